// A plan's life: the steps it may take and those refused (with the data left as it was), the
// versions kept on the way and their comparison, and carrying a year's unfinished items into
// the next year's plan, with exact undo.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "plans/PlanLifecycle.h"
#include "plans/PlanVersions.h"
#include "plans/Reprogramming.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <functional>

using namespace focal;
using focal::test::TestDatabase;
using DS = DocumentStatus;

namespace {

QUuid key(const char *table, const char *k)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(k));
}

Deadline parsed(const char *words)
{
    const auto d = Deadline::parse(QString::fromUtf8(words));
    EXPECT_TRUE(d.has_value()) << words;
    return d.value_or(Deadline());
}

class PlansTest : public ::testing::Test
{
protected:
    TestDatabase t{TestDatabase::Content::DefaultData};
    Repository repo{t.db()};
    const QDate today{2021, 1, 15};

    // A draft annual plan of the Security group's subgroup 1.
    QUuid addPlan(int year, DS status = DS::Draft)
    {
        Plan p;
        p.groupId = key(WorkingGroup::table, "seguridad");
        p.subgroupId = key(Subgroup::table, "seg-sg1");
        p.kind = PlanKind::Annual;
        p.year = year;
        p.title = QStringLiteral("Plan de Trabajo %1").arg(year);
        p.status = status;
        EXPECT_TRUE(repo.insert(p).ok());
        return p.meta.id;
    }

    PlanItem addItem(const QUuid &planId, const QUuid &parentId, int position, const char *text,
                     const char *deadline = "", PlanItemStatus status = PlanItemStatus::Proposed,
                     QList<const char *> countries = {})
    {
        PlanItem i;
        i.planId = planId;
        i.parentId = parentId;
        i.position = position;
        i.text = QString::fromUtf8(text);
        i.deadline = parsed(deadline);
        i.deadlineText = QString::fromUtf8(deadline);
        i.status = status;
        EXPECT_TRUE(repo.insert(i).ok());
        for (const char *iso : countries) {
            PlanItemCountry pc;
            pc.itemId = i.meta.id;
            pc.countryId = key(Country::table, iso);
            EXPECT_TRUE(repo.insert(pc).ok());
        }
        return i;
    }

    PlanEvent event(const QUuid &planId, DS state, QDate date, const char *recipient = "",
                    const char *note = "")
    {
        PlanEvent e;
        e.planId = planId;
        e.state = state;
        e.date = date;
        e.recipient = QString::fromUtf8(recipient);
        e.note = QString::fromUtf8(note);
        return e;
    }

    DS status(const QUuid &planId) { return repo.get<Plan>(planId)->status; }
};

} // namespace

TEST(PlanLifecycle, AllowedNextStates)
{
    using L = QList<DS>;
    EXPECT_EQ(PlanLifecycle::allowedNext(DS::Draft), L{DS::SentForComments});
    EXPECT_EQ(PlanLifecycle::allowedNext(DS::SentForComments),
              (L{DS::ObservationsReceived, DS::Approved, DS::Draft}));
    EXPECT_EQ(PlanLifecycle::allowedNext(DS::ObservationsReceived),
              (L{DS::SentForComments, DS::Approved, DS::Draft}));
    EXPECT_EQ(PlanLifecycle::allowedNext(DS::Approved), (L{DS::Delivered, DS::Draft}));
    EXPECT_EQ(PlanLifecycle::allowedNext(DS::Delivered), L{DS::Draft});
    EXPECT_TRUE(PlanLifecycle::isReopening(DS::Approved, DS::Draft));
    EXPECT_TRUE(PlanLifecycle::isReopening(DS::Delivered, DS::Draft));
    EXPECT_FALSE(PlanLifecycle::isReopening(DS::SentForComments, DS::Draft));
}

// One walk through every allowed step: each changes the status, adds an event, and the sent,
// approved and delivered ones keep a numbered version linked to their event.
TEST_F(PlansTest, EveryAllowedStepIsRecorded)
{
    const QUuid plan = addPlan(2020);
    struct Step
    {
        DS state;
        const char *recipient;
        const char *note;
    };
    const QList<Step> walk = {{DS::SentForComments, "Integrantes del Subgrupo", ""},
                              {DS::ObservationsReceived, "", ""},
                              {DS::SentForComments, "Integrantes del Subgrupo", "Enviado de nuevo"},
                              {DS::Approved, "", ""},
                              {DS::Delivered, "Presidencia Pro Tempore", ""},
                              {DS::Draft, "", "Se reabre para incorporar la ciberseguridad"},
                              {DS::SentForComments, "Integrantes", ""},
                              {DS::Draft, "", ""}, // withdrawn: no reason needed
                              {DS::SentForComments, "Integrantes", ""},
                              {DS::ObservationsReceived, "", ""},
                              {DS::Approved, "", ""},
                              {DS::Draft, "", "Reabierto"},
                              {DS::SentForComments, "Integrantes", ""},
                              {DS::ObservationsReceived, "", ""},
                              {DS::Draft, "", ""}};
    QDate date(2020, 3, 2);
    int versions = 0;
    for (int i = 0; i < walk.size(); ++i) {
        const Step &s = walk[i];
        auto done =
            PlanLifecycle::record(t.db(), event(plan, s.state, date, s.recipient, s.note), today);
        ASSERT_TRUE(done.ok()) << i << ": " << done.error().message.toStdString();
        EXPECT_EQ(status(plan), s.state) << i;
        EXPECT_EQ(done->planBefore.status, i == 0 ? DS::Draft : walk[i - 1].state);
        const bool keeps =
            s.state == DS::SentForComments || s.state == DS::Approved || s.state == DS::Delivered;
        EXPECT_EQ(done->version.has_value(), keeps) << i;
        if (keeps) {
            ++versions;
            EXPECT_EQ(done->version->number, versions);
            EXPECT_EQ(done->version->eventId, done->event.meta.id);
            EXPECT_EQ(done->version->state, s.state);
            EXPECT_EQ(done->version->date, date);
        }
        date = date.addDays(i % 2); // same-day steps are allowed
    }
    auto history = PlanLifecycle::history(t.db(), plan);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), walk.size());
    for (int i = 0; i < walk.size(); ++i)
        EXPECT_EQ(history->at(i).state, walk[i].state) << i;
    EXPECT_EQ(history->at(4).recipient, QStringLiteral("Presidencia Pro Tempore"));
    EXPECT_EQ(PlanVersions::list(t.db(), plan)->size(), versions);
    EXPECT_EQ(versions, 8);
}

namespace {

struct RefusalRow
{
    const char *name;
    DS from; // the plan's status, reached through recorded steps
    std::function<void(PlanEvent &, const QUuid &meeting)> change;
    PlanLifecycle::Field field;
    const char *message;
};

void PrintTo(const RefusalRow &r, std::ostream *os)
{
    *os << r.name;
}

class Refusal : public PlansTest, public testing::WithParamInterface<RefusalRow>
{
};

} // namespace

// Each refusal is Invalid, names its field, and leaves every table exactly as it was.
TEST_P(Refusal, LeavesTheDatabaseUnchanged)
{
    const QUuid plan = addPlan(2020);
    // Steps to reach the starting state, all dated 2020-06-01.
    QList<DS> path;
    switch (GetParam().from) {
    case DS::Delivered:
        path = {DS::SentForComments, DS::Approved, DS::Delivered};
        break;
    case DS::Approved:
        path = {DS::SentForComments, DS::Approved};
        break;
    case DS::SentForComments:
        path = {DS::SentForComments};
        break;
    default:
        break;
    }
    for (DS s : path)
        ASSERT_TRUE(
            PlanLifecycle::record(t.db(), event(plan, s, QDate(2020, 6, 1), "Integrantes"), today)
                .ok());
    PlanEvent e = event(plan, PlanLifecycle::allowedNext(GetParam().from).first(),
                        QDate(2020, 7, 1), "Integrantes", "");
    GetParam().change(e, key(Meeting::table, "seg-sg1-vc-2020-09-24"));

    const QStringList before = test::dumpTables(t.db());
    auto problems = PlanLifecycle::check(t.db(), e, today);
    ASSERT_TRUE(problems.ok());
    ASSERT_EQ(problems->size(), 1);
    EXPECT_EQ(problems->first().field, GetParam().field);
    auto r = PlanLifecycle::record(t.db(), e, today);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_EQ(r.error().message, QString::fromUtf8(GetParam().message));
    EXPECT_EQ(test::dumpTables(t.db()), before);
}

INSTANTIATE_TEST_SUITE_P(
    Each, Refusal,
    testing::Values(
        RefusalRow{"DraftCannotBeApproved", DS::Draft,
                   [](PlanEvent &e, const QUuid &) { e.state = DS::Approved; },
                   PlanLifecycle::Field::State, "A plan that is draft cannot become approved."},
        RefusalRow{"DeliveredCannotBeSentAgain", DS::Delivered,
                   [](PlanEvent &e, const QUuid &) { e.state = DS::SentForComments; },
                   PlanLifecycle::Field::State,
                   "A plan that is delivered cannot become sent for comments."},
        RefusalRow{"NoDate", DS::Draft, [](PlanEvent &e, const QUuid &) { e.date = QDate(); },
                   PlanLifecycle::Field::Date, "Give the date of this step."},
        RefusalRow{"FutureDate", DS::Draft,
                   [](PlanEvent &e, const QUuid &) { e.date = QDate(2021, 1, 16); },
                   PlanLifecycle::Field::Date, "The date 2021-01-16 is in the future."},
        RefusalRow{"BeforeTheLastStep", DS::SentForComments,
                   [](PlanEvent &e, const QUuid &) { e.date = QDate(2020, 5, 31); },
                   PlanLifecycle::Field::Date,
                   "The plan's last step is dated 2020-06-01; this one cannot be earlier."},
        RefusalRow{"SentToNobody", DS::Draft,
                   [](PlanEvent &e, const QUuid &) { e.recipient = QStringLiteral("  "); },
                   PlanLifecycle::Field::Recipient, "Say to whom the plan was sent."},
        RefusalRow{"DeliveredToNobody", DS::Approved,
                   [](PlanEvent &e, const QUuid &) { e.recipient.clear(); },
                   PlanLifecycle::Field::Recipient, "Say to whom the plan was delivered."},
        RefusalRow{"ReopenedWithoutReason", DS::Delivered, [](PlanEvent &, const QUuid &) {},
                   PlanLifecycle::Field::Note, "Say why the delivered plan is reopened."},
        RefusalRow{"UnknownCountry", DS::Draft,
                   [](PlanEvent &e, const QUuid &) { e.countryId = QUuid::createUuid(); },
                   PlanLifecycle::Field::Country, "The acting country does not exist."},
        RefusalRow{"UnknownMeeting", DS::Draft,
                   [](PlanEvent &e, const QUuid &) { e.meetingId = QUuid::createUuid(); },
                   PlanLifecycle::Field::Meeting, "The meeting does not exist."}));

TEST_F(PlansTest, UndoAndRedoOfARecordingAreExact)
{
    const QUuid plan = addPlan(2020);
    addItem(plan, {}, 1, "Línea", "Primer bimestre 2020");
    const QStringList before = test::dumpTables(t.db());
    auto done = PlanLifecycle::record(
        t.db(), event(plan, DS::SentForComments, QDate(2020, 3, 2), "Integrantes"), today);
    ASSERT_TRUE(done.ok());
    const QStringList after = test::dumpTables(t.db());
    ASSERT_NE(after, before);
    ASSERT_TRUE(PlanLifecycle::undo(t.db(), *done).ok());
    EXPECT_EQ(test::dumpTables(t.db()), before);
    ASSERT_TRUE(PlanLifecycle::redo(t.db(), *done).ok());
    EXPECT_EQ(test::dumpTables(t.db()), after);
}

// The seed: subgroup 1's plan received observations on 24.09.2020; it can be approved after
// that, not before, and the approval keeps version 2.
TEST_F(PlansTest, TheSeedsSubgroup1PlanGoesOnFromItsObservations)
{
    const QUuid sg1 = key(Plan::table, "seg-sg1-2021");
    EXPECT_EQ(status(sg1), DS::ObservationsReceived);
    EXPECT_EQ(PlanLifecycle::allowedNext(status(sg1)),
              (QList<DS>{DS::SentForComments, DS::Approved, DS::Draft}));
    auto early = PlanLifecycle::record(t.db(), event(sg1, DS::Approved, QDate(2020, 9, 23)), today);
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("2020-09-24")));
    PlanEvent approval = event(sg1, DS::Approved, QDate(2020, 12, 10));
    approval.countryId = key(Country::table, "CL");
    auto done = PlanLifecycle::record(t.db(), approval, today);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(status(sg1), DS::Approved);
    ASSERT_TRUE(done->version.has_value());
    EXPECT_EQ(done->version->number, 2);
    auto history = PlanLifecycle::history(t.db(), sg1);
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->last().state, DS::Approved);
}

// Versions are numbered per plan and compared by item UUID: added, removed, changed fields with
// old and new values, and deadlines moved later or earlier.
TEST_F(PlansTest, VersionsAreNumberedAndCompared)
{
    const QUuid plan = addPlan(2020);
    const PlanItem line = addItem(plan, {}, 1, "Coordinaciones");
    PlanItem kept = addItem(plan, line.meta.id, 1, "Documento de planificación",
                            "Primer bimestre 2020", PlanItemStatus::Proposed, {"CL"});
    PlanItem earlier = addItem(plan, line.meta.id, 2, "Taller", "Segundo semestre 2020");
    const PlanItem dropped = addItem(plan, line.meta.id, 3, "Encuesta", "Por definir.");

    auto v1 = PlanVersions::take(t.db(), plan, DS::SentForComments, QDate(2020, 3, 2), {},
                                 QStringLiteral("primera"));
    ASSERT_TRUE(v1.ok());
    EXPECT_EQ(v1->number, 1);

    kept.deadline = parsed("Cuarto bimestre 2020");
    kept.deadlineText = QStringLiteral("Cuarto bimestre 2020");
    kept.text = QStringLiteral("Documento de planificación regional");
    ASSERT_TRUE(repo.update(kept).ok());
    PlanItemCountry ar;
    ar.itemId = kept.meta.id;
    ar.countryId = key(Country::table, "AR");
    ASSERT_TRUE(repo.insert(ar).ok());
    earlier.deadline = parsed("Primer trimestre 2020");
    earlier.deadlineText = QStringLiteral("Primer trimestre 2020");
    ASSERT_TRUE(repo.update(earlier).ok());
    ASSERT_TRUE(repo.remove<PlanItem>(dropped.meta.id).ok());
    const PlanItem added = addItem(plan, line.meta.id, 3, "Seminario", "Oct – dic. 2020");

    auto v2 = PlanVersions::take(t.db(), plan, DS::Approved, QDate(2020, 9, 24), {}, {});
    ASSERT_TRUE(v2.ok());
    EXPECT_EQ(v2->number, 2);
    auto list = PlanVersions::list(t.db(), plan);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).label, QStringLiteral("primera"));

    auto a = PlanVersions::parse(v1->snapshot);
    auto b = PlanVersions::parse(v2->snapshot);
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(a->size(), 4);
    EXPECT_EQ(a->at(1).countryIds, QList<QUuid>{key(Country::table, "CL")});
    const PlanVersions::Diff d = PlanVersions::diff(*a, *b);

    ASSERT_EQ(d.added.size(), 1);
    EXPECT_EQ(d.added[0].id, added.meta.id);
    EXPECT_EQ(d.added[0].text, QStringLiteral("Seminario"));
    EXPECT_EQ(d.added[0].deadline.toCode(), QStringLiteral("2020-10..2020-12"));
    ASSERT_EQ(d.removed.size(), 1);
    EXPECT_EQ(d.removed[0].id, dropped.meta.id);

    ASSERT_EQ(d.changed.size(), 2);
    const auto &c0 = d.changed[0];
    EXPECT_EQ(c0.after.id, kept.meta.id);
    ASSERT_EQ(c0.fields.size(), 3);
    using F = PlanVersions::Field;
    EXPECT_EQ(c0.fields[0].field, F::Text);
    EXPECT_EQ(c0.fields[0].before, QStringLiteral("Documento de planificación"));
    EXPECT_EQ(c0.fields[0].after, QStringLiteral("Documento de planificación regional"));
    EXPECT_EQ(c0.fields[1].field, F::Deadline);
    EXPECT_EQ(c0.fields[1].before, QStringLiteral("Primer bimestre 2020"));
    EXPECT_EQ(c0.fields[1].after, QStringLiteral("Cuarto bimestre 2020"));
    EXPECT_EQ(c0.fields[2].field, F::Countries);
    EXPECT_EQ(c0.fields[2].before.split(u';').size(), 1);
    EXPECT_EQ(c0.fields[2].after.split(u';').size(), 2);
    EXPECT_EQ(d.changed[1].after.id, earlier.meta.id);

    ASSERT_EQ(d.moved.size(), 2);
    EXPECT_EQ(d.moved[0].id, kept.meta.id);
    EXPECT_EQ(d.moved[0].before.toCode(), QStringLiteral("2020-B1"));
    EXPECT_EQ(d.moved[0].after.toCode(), QStringLiteral("2020-B4"));
    EXPECT_EQ(d.moved[0].direction, PlanVersions::Direction::Later);
    EXPECT_EQ(d.moved[1].id, earlier.meta.id);
    EXPECT_EQ(d.moved[1].direction, PlanVersions::Direction::Earlier);

    // The reverse comparison mirrors it; a version compared with itself shows nothing.
    const PlanVersions::Diff back = PlanVersions::diff(*b, *a);
    EXPECT_EQ(back.added.size(), 1);
    EXPECT_EQ(back.added[0].id, dropped.meta.id);
    EXPECT_EQ(back.moved[0].direction, PlanVersions::Direction::Earlier);
    EXPECT_TRUE(PlanVersions::diff(*a, *a).isEmpty());

    // Against the current content: the version 2 content is the current one, until an edit.
    EXPECT_TRUE(PlanVersions::diffWithCurrent(t.db(), *v2)->isEmpty());
    kept.status = PlanItemStatus::InProgress;
    ASSERT_TRUE(repo.update(kept).ok());
    auto now = PlanVersions::diffWithCurrent(t.db(), *v2);
    ASSERT_TRUE(now.ok());
    ASSERT_EQ(now->changed.size(), 1);
    ASSERT_EQ(now->changed[0].fields.size(), 1);
    EXPECT_EQ(now->changed[0].fields[0].field, F::Status);
    EXPECT_EQ(now->changed[0].fields[0].before, QStringLiteral("proposed"));
    EXPECT_EQ(now->changed[0].fields[0].after, QStringLiteral("in_progress"));
    EXPECT_TRUE(now->moved.isEmpty());
}

TEST(PlanVersions, MalformedSnapshotsAreRefusedWithAClearMessage)
{
    const QList<QString> bad = {
        QString(),
        QStringLiteral("{"),
        QStringLiteral("[]"),
        QStringLiteral(R"({"format":"other","version":1,"items":[]})"),
        QStringLiteral(R"({"format":"focal-plan-snapshot","version":1})"),
        QStringLiteral(R"({"format":"focal-plan-snapshot","version":1,"items":[3]})"),
        QStringLiteral(R"({"format":"focal-plan-snapshot","version":1,"items":[{"id":"x"}]})"),
        QStringLiteral(R"({"format":"focal-plan-snapshot","version":1,"items":[{"id":)"
                       R"("5b0c3f4e-1d2a-4c3b-8e9f-0a1b2c3d4e5f","position":1,"status":"done",)"
                       R"("deadline":"2020-B9"}]})"),
        QStringLiteral(R"({"format":"focal-plan-snapshot","version":1,"items":[{"id":)"
                       R"("5b0c3f4e-1d2a-4c3b-8e9f-0a1b2c3d4e5f","position":1,"status":"gone"}]})"),
    };
    for (const QString &s : bad) {
        auto r = PlanVersions::parse(s);
        ASSERT_FALSE(r.ok()) << s.toStdString();
        EXPECT_EQ(r.error().code, Error::Code::Invalid);
        EXPECT_EQ(r.error().message,
                  QStringLiteral("The kept version of the plan cannot be read."));
    }
    auto newer = PlanVersions::parse(
        QStringLiteral(R"({"format":"focal-plan-snapshot","version":2,"items":[]})"));
    ASSERT_FALSE(newer.ok());
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("newer Focal")));
    auto empty = PlanVersions::parse(
        QStringLiteral(R"({"format":"focal-plan-snapshot","version":1,"items":[]})"));
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->isEmpty());
}

namespace {

// A 2020 plan of subgroup 1 as the seed's pandemic year left it: some items done, the rest not.
struct Plan2020
{
    QUuid plan;
    PlanItem line1, done, inProgress, proposed; // line 1 and its products
    PlanItem line2, line2Done;                  // a line whose products are all done
    PlanItem line3;                             // a line without products, still to do
    PlanItem line4;                             // a cancelled line without products
};

} // namespace

class Reprogram : public PlansTest
{
protected:
    Plan2020 make2020()
    {
        Plan2020 p;
        p.plan = addPlan(2020);
        p.line1 = addItem(p.plan, {}, 1, "Coordinaciones regionales");
        p.done = addItem(p.plan, p.line1.meta.id, 1, "Diagnóstico", "Primer bimestre 2020",
                         PlanItemStatus::Done, {"CL"});
        p.inProgress = addItem(p.plan, p.line1.meta.id, 2, "Documento de planificación",
                               "Primer bimestre 2020", PlanItemStatus::InProgress, {"CL", "AR"});
        p.proposed = addItem(p.plan, p.line1.meta.id, 3, "Seminario", "Oct – dic. 2020");
        p.line2 = addItem(p.plan, {}, 2, "Intercambio");
        p.line2Done = addItem(p.plan, p.line2.meta.id, 1, "Informe", "2020", PlanItemStatus::Done);
        p.line3 = addItem(p.plan, {}, 3, "Mesa de ciberseguridad", "Por definir.");
        p.line4 = addItem(p.plan, {}, 4, "Encuesta", "", PlanItemStatus::Cancelled);
        return p;
    }

    QList<PlanItem> items(const QUuid &plan)
    {
        return *repo.select<PlanItem>(QStringLiteral("plan_id = ?"), {column::toVariant(plan)},
                                      QStringLiteral("parent_id IS NOT NULL, position"));
    }
};

// 2020 -> 2021: the unfinished items go to subgroup 1's existing 2021 plan, after its two lines.
TEST_F(Reprogram, CarriesTheUnfinishedItemsIntoTheNextYearsPlan)
{
    const Plan2020 p = make2020();
    const QUuid target = key(Plan::table, "seg-sg1-2021");
    const int targetItems = items(target).size();

    auto preview = Reprogramming::preview(t.db(), p.plan, 2021);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_FALSE(preview->createsTarget);
    EXPECT_EQ(preview->target.meta.id, target);
    ASSERT_EQ(preview->items.size(), 4); // line 1, its two unfinished products, line 3
    EXPECT_EQ(preview->items[0].source.meta.id, p.line1.meta.id);
    EXPECT_EQ(preview->items[1].source.meta.id, p.inProgress.meta.id);
    EXPECT_EQ(preview->items[2].source.meta.id, p.proposed.meta.id);
    EXPECT_EQ(preview->items[3].source.meta.id, p.line3.meta.id);

    auto done = Reprogramming::execute(t.db(), p.plan, 2021);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_FALSE(done->createdPlan.has_value());
    EXPECT_EQ(done->targetPlanId, target);
    EXPECT_EQ(items(target).size(), targetItems + 4);

    ASSERT_EQ(done->carried.size(), 4);
    const PlanItem &line = done->carried[0];
    EXPECT_TRUE(line.parentId.isNull());
    EXPECT_EQ(line.position, 3); // after the 2021 plan's own two lines
    EXPECT_EQ(line.carriedFromId, p.line1.meta.id);
    const PlanItem doc = *repo.get<PlanItem>(done->carried[1].meta.id);
    EXPECT_EQ(doc.planId, target);
    EXPECT_EQ(doc.parentId, line.meta.id);
    EXPECT_EQ(doc.position, 1);
    EXPECT_EQ(doc.text, QStringLiteral("Documento de planificación"));
    EXPECT_EQ(doc.status, PlanItemStatus::Proposed);
    EXPECT_EQ(doc.carriedFromId, p.inProgress.meta.id);
    EXPECT_EQ(doc.deadline.toCode(), QStringLiteral("2021-B1"));
    EXPECT_EQ(doc.deadlineText, QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(doc.originalDeadline.toCode(), QStringLiteral("2020-B1"));
    EXPECT_EQ(doc.originalDeadlineText, QStringLiteral("Primer bimestre 2020"));
    auto countries = repo.listWhere<PlanItemCountry>("item_id", column::toVariant(doc.meta.id));
    ASSERT_EQ(countries->size(), 2);
    EXPECT_EQ(countries->at(0).countryId, key(Country::table, "CL"));
    EXPECT_EQ(countries->at(1).countryId, key(Country::table, "AR"));
    const PlanItem seminar = *repo.get<PlanItem>(done->carried[2].meta.id);
    EXPECT_EQ(seminar.position, 2);
    EXPECT_EQ(seminar.deadline.toCode(), QStringLiteral("2021-10..2021-12"));
    EXPECT_EQ(seminar.originalDeadlineText, QStringLiteral("Oct – dic. 2020"));
    const PlanItem cyber = *repo.get<PlanItem>(done->carried[3].meta.id);
    EXPECT_EQ(cyber.position, 4);
    EXPECT_TRUE(cyber.deadline.isUndefined());

    // The sources are reprogrammed; what was done or cancelled stays as it was.
    EXPECT_EQ(repo.get<PlanItem>(p.line1.meta.id)->status, PlanItemStatus::Reprogrammed);
    EXPECT_EQ(repo.get<PlanItem>(p.inProgress.meta.id)->status, PlanItemStatus::Reprogrammed);
    EXPECT_EQ(repo.get<PlanItem>(p.proposed.meta.id)->status, PlanItemStatus::Reprogrammed);
    EXPECT_EQ(repo.get<PlanItem>(p.line3.meta.id)->status, PlanItemStatus::Reprogrammed);
    EXPECT_EQ(repo.get<PlanItem>(p.done.meta.id)->status, PlanItemStatus::Done);
    EXPECT_EQ(repo.get<PlanItem>(p.line2.meta.id)->status, PlanItemStatus::Proposed);
    EXPECT_EQ(repo.get<PlanItem>(p.line4.meta.id)->status, PlanItemStatus::Cancelled);

    // Nothing is left to carry a second time.
    auto again = Reprogramming::execute(t.db(), p.plan, 2021);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Invalid);
}

// 2020 -> 2021 -> 2022: the 2022 plan is created; the item keeps the deadline it had first.
TEST_F(Reprogram, TwoReprogrammingsKeepTheFirstDeadline)
{
    const Plan2020 p = make2020();
    auto first = Reprogramming::execute(t.db(), p.plan, 2021);
    ASSERT_TRUE(first.ok());
    auto second = Reprogramming::execute(t.db(), key(Plan::table, "seg-sg1-2021"), 2022);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    ASSERT_TRUE(second->createdPlan.has_value());
    const Plan created = *repo.get<Plan>(second->targetPlanId);
    EXPECT_EQ(created.title, QStringLiteral("Plan de Trabajo 2022"));
    EXPECT_EQ(created.year, 2022);
    EXPECT_EQ(created.subgroupId, key(Subgroup::table, "seg-sg1"));
    EXPECT_EQ(created.status, DS::Draft);
    EXPECT_EQ(created.itemLabel, PlanItemLabel::Products);

    // The 2021 plan's own 2 lines and 5 products, then the 4 items carried from 2020.
    EXPECT_EQ(second->carried.size(), 2 + 5 + 4);
    const QUuid carried2021 = first->carried[1].meta.id; // "Documento de planificación"
    const PlanItem *again = nullptr;
    for (const PlanItem &i : second->carried)
        if (i.carriedFromId == carried2021)
            again = &i;
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->deadline.toCode(), QStringLiteral("2022-B1"));
    EXPECT_EQ(again->deadlineText, QStringLiteral("Primer bimestre 2022"));
    EXPECT_EQ(again->originalDeadline.toCode(), QStringLiteral("2020-B1"));
    EXPECT_EQ(again->originalDeadlineText, QStringLiteral("Primer bimestre 2020"));
    // An item first written in 2021 starts its own chain there.
    const PlanItem *own = nullptr;
    for (const PlanItem &i : second->carried)
        if (i.carriedFromId == key(PlanItem::table, "seg-sg1-2021/1/1"))
            own = &i;
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->originalDeadlineText, QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(own->deadline.toCode(), QStringLiteral("2022-B1"));
}

TEST_F(Reprogram, UndoAndRedoAreExact)
{
    const Plan2020 p = make2020();
    const QStringList before = test::dumpTables(t.db());
    auto done = Reprogramming::execute(t.db(), key(Plan::table, "seg-sg1-2021"), 2023);
    ASSERT_TRUE(done.ok());
    ASSERT_TRUE(done->createdPlan.has_value());
    const QStringList after = test::dumpTables(t.db());
    ASSERT_TRUE(Reprogramming::undo(t.db(), *done).ok());
    EXPECT_EQ(test::dumpTables(t.db()), before);
    ASSERT_TRUE(Reprogramming::redo(t.db(), *done).ok());
    EXPECT_EQ(test::dumpTables(t.db()), after);

    auto into2021 = Reprogramming::execute(t.db(), p.plan, 2021);
    ASSERT_TRUE(into2021.ok());
    const QStringList after2021 = test::dumpTables(t.db());
    ASSERT_TRUE(Reprogramming::undo(t.db(), *into2021).ok());
    EXPECT_EQ(test::dumpTables(t.db()), after);
    ASSERT_TRUE(Reprogramming::redo(t.db(), *into2021).ok());
    EXPECT_EQ(test::dumpTables(t.db()), after2021);
}

TEST_F(Reprogram, RefusalsWriteNothing)
{
    const Plan2020 p = make2020();
    const QStringList before = test::dumpTables(t.db());
    auto same = Reprogramming::execute(t.db(), p.plan, 2020);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().code, Error::Code::Invalid);
    EXPECT_EQ(same.error().message,
              QStringLiteral("The items of the 2020 plan can only be carried into a later year, "
                             "not 2020."));
    auto sectoral = Reprogramming::execute(t.db(), key(Plan::table, "seg-plan-sectorial"), 2021);
    ASSERT_FALSE(sectoral.ok());
    EXPECT_EQ(sectoral.error().message,
              QStringLiteral("Only an annual plan of a given year can be reprogrammed."));
    auto tooFar = Reprogramming::execute(t.db(), p.plan, 2201);
    ASSERT_FALSE(tooFar.ok());
    EXPECT_TRUE(tooFar.error().message.contains(QStringLiteral("cannot be moved to 2201")));
    EXPECT_EQ(test::dumpTables(t.db()), before);
}

TEST(PlanVersions, AChangedFirstDeadlineIsShownInWords)
{
    PlanVersions::Item a;
    a.id = QUuid::createUuid();
    a.text = QStringLiteral("Seminario");
    PlanVersions::Item b = a;
    b.originalDeadline = *Deadline::fromCode(QStringLiteral("2020-B1"));
    const PlanVersions::Diff d = PlanVersions::diff({a}, {b});
    ASSERT_EQ(d.changed.size(), 1);
    ASSERT_EQ(d.changed[0].fields.size(), 1);
    EXPECT_EQ(d.changed[0].fields[0].field, PlanVersions::Field::OriginalDeadline);
    EXPECT_EQ(d.changed[0].fields[0].before, QString());
    EXPECT_EQ(d.changed[0].fields[0].after, QStringLiteral("Primer bimestre 2020"));
    EXPECT_TRUE(d.moved.isEmpty()); // the current deadline did not move
}
