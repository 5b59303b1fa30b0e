#pragma once

#include "DetailsHtml.h"
#include "HomeHtml.h"
#include "NodeKind.h"
#include "RecordHtml.h"

#include <QDate>
#include <QTextBrowser>
#include <QUuid>

#include <functional>

namespace focal {

class Repository;

// The right-hand pane: the selected record of the forum, read-only, as rich text; a record the
// tree does not show, opened from the search results or a link; or the home page. It remembers
// what it shows and redraws it after every committed change to the database. Links of its own
// ("focal:record?...") are reported through recordLinkActivated, never followed as addresses.
class DetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsView(Repository &repository, QWidget *parent = nullptr);

    void showRecord(NodeKind kind, const QUuid &id);
    // A record the tree does not show (a meeting, a plan item, ...), by its table.
    void showOtherRecord(const QString &table, const QUuid &id);
    // The home page as of the day the clock gives (today unless a test says otherwise).
    void showHome();
    void showNothing();
    void refresh();
    // The day the home page is drawn for, asked at every redraw so that it follows midnight.
    void setToday(std::function<QDate()> today);

    NodeKind currentKind() const { return m_kind; }
    // Null while a record of another kind or the home page is shown: any tree row is then a
    // different record.
    QUuid currentId() const { return m_shown == Shown::TreeRecord ? m_id : QUuid(); }
    QString otherTable() const { return m_otherTable; }
    bool showsHome() const { return m_shown == Shown::Home; }

signals:
    void recordLinkActivated(const QString &table, const QUuid &id);

private:
    enum class Shown { Nothing, TreeRecord, OtherRecord, Home };

    void followLink(const QUrl &url);

    DetailsHtml m_html;
    RecordHtml m_records;
    HomeHtml m_home;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    QString m_otherTable; // set while showing a record of another kind than the tree's
    NodeKind m_kind = NodeKind::Forum;
    QUuid m_id;
    Shown m_shown = Shown::Nothing;
};

} // namespace focal
