#include "SearchDock.h"

#include "RecordHtml.h"

#include "query/Search.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

namespace focal {
namespace {

enum Role { TableRole = Qt::UserRole + 1, IdRole };

// Long enough to skip the searches of a word half typed, short enough not to be noticed.
constexpr int typingPause = 200; // ms

} // namespace

SearchDock::SearchDock(QLineEdit *field, QWidget *parent)
    : QDockWidget(tr("Search Results"), parent), m_field(field), m_results(new QListWidget),
      m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDock"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(true);
    m_results->setMinimumWidth(260);
    setWidget(m_results);

    m_delay->setSingleShot(true);
    m_delay->setInterval(typingPause);
    connect(m_delay, &QTimer::timeout, this, &SearchDock::run);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_delay->start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        runNow();
        activate(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
    });
    m_field->installEventFilter(this);
    connect(m_results, &QListWidget::itemActivated, this, &SearchDock::activate);
}

void SearchDock::setDatabase(Database *database)
{
    m_database = database;
    m_delay->stop();
    m_results->clear();
    m_shownText.clear();
    if (m_database && !m_field->text().trimmed().isEmpty())
        m_delay->start(); // the same words, in the newly opened database
}

void SearchDock::runNow()
{
    if (m_delay->isActive() || m_shownText != m_field->text().trimmed()) {
        m_delay->stop();
        run();
    }
}

void SearchDock::run()
{
    const QString text = m_field->text().trimmed();
    m_results->clear();
    m_shownText = text;
    if (text.isEmpty() || !m_database)
        return;
    show();
    auto hits = Search::run(*m_database, text);
    if (!hits) {
        auto *item = new QListWidgetItem(tr("The search failed: %1").arg(hits.error().message));
        item->setFlags(Qt::NoItemFlags);
        m_results->addItem(item);
        return;
    }
    if (hits->isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing found for “%1”").arg(text));
        item->setFlags(Qt::NoItemFlags);
        m_results->addItem(item);
        return;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        const QString kind = RecordHtml::kindLabel(hit.kind);
        // The kind first: a narrow dock cuts long titles, and the kind tells hits apart.
        auto *item = new QListWidgetItem(tr("%1: %2").arg(kind, hit.title));
        item->setToolTip(hit.title);
        item->setData(TableRole, hit.kind);
        item->setData(IdRole, hit.id);
        m_results->addItem(item);
    }
    m_results->setCurrentRow(0);
}

void SearchDock::activate(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    emit hitActivated(item->data(TableRole).toString(), item->data(IdRole).toUuid());
}

void SearchDock::clear()
{
    m_delay->stop();
    m_field->clear();
    m_results->clear();
    m_shownText.clear();
}

bool SearchDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape) {
            clear();
            return true;
        }
        if (key == Qt::Key_Down && m_results->count() > 0) {
            runNow();
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace focal
