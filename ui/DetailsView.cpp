#include "DetailsView.h"

#include "storage/Repository.h"

namespace focal {

DetailsView::DetailsView(Repository &repository, QWidget *parent)
    : QTextBrowser(parent), m_html(repository), m_records(repository.database())
{
    setObjectName(QStringLiteral("detailsView"));
    setAccessibleName(tr("Details of the selected item"));
    // The only links are web addresses (DetailsHtml makes no others): they open in the
    // person's browser rather than replacing the record in this pane.
    setOpenExternalLinks(true);
    document()->setDocumentMargin(12);
    showNothing();
    // The page gathers rows of many tables (members, plans, meetings): any write may change it.
    connect(repository.database().notifier(), &ChangeNotifier::committed, this,
            &DetailsView::refresh);
}

void DetailsView::showRecord(NodeKind kind, const QUuid &id)
{
    m_kind = kind;
    m_id = id;
    m_otherTable.clear();
    m_showing = true;
    setHtml(m_html.page(kind, id));
}

void DetailsView::showOtherRecord(const QString &table, const QUuid &id)
{
    // The tree's kind and id are cleared so that selecting any tree row afterwards redraws.
    m_kind = NodeKind::Forum;
    m_id = id;
    m_otherTable = table;
    m_showing = true;
    setHtml(m_records.page(table, id));
}

void DetailsView::showNothing()
{
    m_showing = false;
    m_id = QUuid();
    m_otherTable.clear();
    setHtml(QStringLiteral("<p><i>") +
            tr("Select an item of the forum to see its details.").toHtmlEscaped() +
            QStringLiteral("</i></p>"));
}

void DetailsView::refresh()
{
    if (m_showing && !m_otherTable.isEmpty())
        showOtherRecord(m_otherTable, m_id);
    else if (m_showing)
        showRecord(m_kind, m_id);
    else
        showNothing();
}

} // namespace focal
