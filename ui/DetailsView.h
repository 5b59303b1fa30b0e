#pragma once

#include "DetailsHtml.h"
#include "NodeKind.h"

#include <QTextBrowser>
#include <QUuid>

namespace focal {

class Repository;

// The right-hand pane: the selected record of the forum, read-only, as rich text. It remembers
// which record it shows and redraws it after every committed change to the database.
class DetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsView(Repository &repository, QWidget *parent = nullptr);

    void showRecord(NodeKind kind, const QUuid &id);
    void showNothing();
    void refresh();

    NodeKind currentKind() const { return m_kind; }
    QUuid currentId() const { return m_id; }

private:
    DetailsHtml m_html;
    NodeKind m_kind = NodeKind::Forum;
    QUuid m_id;
    bool m_showing = false;
};

} // namespace focal
