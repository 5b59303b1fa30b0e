#pragma once

#include "DetailsHtml.h"
#include "NodeKind.h"
#include "RecordHtml.h"

#include <QTextBrowser>
#include <QUuid>

namespace focal {

class Repository;

// The right-hand pane: the selected record of the forum, read-only, as rich text; or a record
// the tree does not show, opened from the search results. It remembers which record it shows
// and redraws it after every committed change to the database.
class DetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsView(Repository &repository, QWidget *parent = nullptr);

    void showRecord(NodeKind kind, const QUuid &id);
    // A record the tree does not show (a meeting, a plan item, ...), by its table.
    void showOtherRecord(const QString &table, const QUuid &id);
    void showNothing();
    void refresh();

    NodeKind currentKind() const { return m_kind; }
    // Null while a record of another kind is shown: any tree row is then a different record.
    QUuid currentId() const { return m_otherTable.isEmpty() ? m_id : QUuid(); }
    QString otherTable() const { return m_otherTable; }

private:
    DetailsHtml m_html;
    RecordHtml m_records;
    QString m_otherTable; // set while showing a record of another kind than the tree's
    NodeKind m_kind = NodeKind::Forum;
    QUuid m_id;
    bool m_showing = false;
};

} // namespace focal
