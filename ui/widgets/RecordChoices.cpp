#include "widgets/RecordChoices.h"

#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "query/Lookup.h"
#include "storage/Repository.h"

#include <QComboBox>
#include <QLocale>
#include <QSignalBlocker>

namespace focal::choices {

void addWorkingGroups(QComboBox *box, Repository &repo)
{
    auto groups = repo.list<WorkingGroup>(QStringLiteral("name"));
    if (groups)
        for (const WorkingGroup &g : *groups)
            box->addItem(g.name, g.meta.id);
}

void fillPlans(QComboBox *box, Database &db, const QUuid &group, const QUuid &select)
{
    const QSignalBlocker quiet(box);
    box->clear();
    auto plans = Lookup::plans(db, group);
    if (plans)
        for (const Plan &p : *plans) {
            auto handle = Lookup::handle(db, p);
            box->addItem(handle ? *handle + QStringLiteral(" — ") + p.title : p.title, p.meta.id);
        }
    box->setCurrentIndex(qMax(0, box->findData(select)));
}

void fillMeetings(QComboBox *box, Repository &repo, const QUuid &group, const QUuid &select)
{
    const QSignalBlocker quiet(box);
    box->clear();
    const QString newestFirst = QStringLiteral("date DESC, rowid");
    auto meetings =
        group.isNull() ? repo.list<Meeting>(newestFirst)
                       : repo.listWhere<Meeting>("group_id", column::toVariant(group), newestFirst);
    if (meetings)
        for (const Meeting &m : *meetings)
            box->addItem(QLocale().toString(m.date, QLocale::ShortFormat) + QStringLiteral(" — ") +
                             m.title,
                         m.meta.id);
    if (box->findData(select) < 0 && !select.isNull())
        if (auto m = repo.get<Meeting>(select))
            box->insertItem(0, m->title, m->meta.id);
    box->setCurrentIndex(qMax(0, box->findData(select)));
}

} // namespace focal::choices
