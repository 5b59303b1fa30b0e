#include "DetailsView.h"

#include "storage/Repository.h"

#include <QDesktopServices>

namespace focal {

DetailsView::DetailsView(Repository &repository, QWidget *parent)
    : QTextBrowser(parent), m_html(repository), m_records(repository.database()),
      m_home(repository.database())
{
    setObjectName(QStringLiteral("detailsView"));
    setAccessibleName(tr("Details of the selected item"));
    // Links are handled here rather than by QTextBrowser: the home page's "focal:" links open
    // a record in the window, web addresses (DetailsHtml's) open in the person's browser, and
    // neither replaces the page with the link's target.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsView::followLink);
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
    m_shown = Shown::TreeRecord;
    setHtml(m_html.page(kind, id));
}

void DetailsView::showOtherRecord(const QString &table, const QUuid &id)
{
    // The tree's kind and id are cleared so that selecting any tree row afterwards redraws.
    m_kind = NodeKind::Forum;
    m_id = id;
    m_otherTable = table;
    m_shown = Shown::OtherRecord;
    setHtml(m_records.page(table, id));
}

void DetailsView::showHome()
{
    m_kind = NodeKind::Forum;
    m_id = QUuid();
    m_otherTable.clear();
    m_shown = Shown::Home;
    auto page = m_home.page(m_today());
    if (page) {
        setHtml(*page);
        return;
    }
    // The details go to the log; the pane says what failed in words.
    qWarning("focal: the home page could not be drawn: %s",
             qUtf8Printable(page.error().fullText()));
    setHtml(QStringLiteral("<p>") +
            tr("The home page could not be shown: %1").arg(page.error().message).toHtmlEscaped() +
            QStringLiteral("</p>"));
}

void DetailsView::showNothing()
{
    m_shown = Shown::Nothing;
    m_id = QUuid();
    m_otherTable.clear();
    setHtml(QStringLiteral("<p><i>") +
            tr("Select an item of the forum to see its details.").toHtmlEscaped() +
            QStringLiteral("</i></p>"));
}

void DetailsView::refresh()
{
    switch (m_shown) {
    case Shown::OtherRecord:
        showOtherRecord(m_otherTable, m_id);
        break;
    case Shown::TreeRecord:
        showRecord(m_kind, m_id);
        break;
    case Shown::Home:
        showHome();
        break;
    case Shown::Nothing:
        showNothing();
        break;
    }
}

void DetailsView::setToday(std::function<QDate()> today)
{
    m_today = std::move(today);
    if (m_shown == Shown::Home)
        showHome();
}

void DetailsView::followLink(const QUrl &url)
{
    QString table;
    QUuid id;
    if (HomeHtml::parseLink(url, &table, &id))
        emit recordLinkActivated(table, id);
    else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
             url.scheme() == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

} // namespace focal
