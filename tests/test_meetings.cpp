// Meetings on the default data: the minutes lifecycle and its locking (refusals leave the
// database exactly as it was), meetings from templates and duplicated ones, and open
// commitments carried into the next meeting's agenda; each with its exact undo and redo.

#include "data/DefaultData.h"
#include "meetings/CarryOver.h"
#include "meetings/MeetingTemplates.h"
#include "meetings/MinutesLifecycle.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace focal;
using focal::test::dumpTables;
using focal::test::TestDatabase;
using MS = MinutesStatus;

namespace {

QUuid key(const char *table, const char *k)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(k));
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

class MeetingsTest : public ::testing::Test
{
protected:
    TestDatabase t{TestDatabase::Content::DefaultData};
    Repository repo{t.db()};
    const QUuid august = key(Meeting::table, "seg-vc-2020-08-06");
    const QUuid seguridad = key(WorkingGroup::table, "seguridad");
    const QDateTime now{QDate(2020, 8, 20), QTime(15, 30), Qt::UTC};

    MinutesLifecycle::Recorded step(const QUuid &meeting, MS to, const char *note = "")
    {
        auto r = MinutesLifecycle::record(t.db(), meeting, to, u8(note), now);
        EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message.toStdString());
        return r ? *r : MinutesLifecycle::Recorded{};
    }

    void lock(const QUuid &meeting)
    {
        step(meeting, MS::Circulated);
        step(meeting, MS::Approved);
        step(meeting, MS::Locked);
    }

    MS status(const QUuid &meeting) { return repo.get<Meeting>(meeting)->minutesStatus; }

    QList<AgendaItem> agenda(const QUuid &meeting)
    {
        return repo
            .listWhere<AgendaItem>("meeting_id", column::toVariant(meeting),
                                   QStringLiteral("position"))
            .value();
    }
};

TEST_F(MeetingsTest, TheAllowedStepsAreTheDocumentedOnes)
{
    EXPECT_EQ(MinutesLifecycle::allowedNext(MS::Draft), QList<MS>{MS::Circulated});
    EXPECT_EQ(MinutesLifecycle::allowedNext(MS::Circulated), (QList<MS>{MS::Approved, MS::Draft}));
    EXPECT_EQ(MinutesLifecycle::allowedNext(MS::Approved), (QList<MS>{MS::Locked, MS::Draft}));
    EXPECT_EQ(MinutesLifecycle::allowedNext(MS::Locked), QList<MS>{MS::Draft});
    EXPECT_TRUE(MinutesLifecycle::isReopening(MS::Locked, MS::Draft));
    EXPECT_TRUE(MinutesLifecycle::isReopening(MS::Approved, MS::Draft));
    EXPECT_FALSE(MinutesLifecycle::isReopening(MS::Circulated, MS::Draft));
}

TEST_F(MeetingsTest, MinutesGoFromDraftToLockedWithOneEventPerStep)
{
    EXPECT_EQ(status(august), MS::Draft);
    lock(august);
    EXPECT_EQ(status(august), MS::Locked);
    const auto events = MinutesLifecycle::history(t.db(), august).value();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].state, MS::Circulated);
    EXPECT_EQ(events[1].state, MS::Approved);
    EXPECT_EQ(events[2].state, MS::Locked);
    EXPECT_EQ(events[2].at, now);
}

TEST_F(MeetingsTest, StepsOutOfOrderAreRefusedAndWriteNothing)
{
    const QStringList before = dumpTables(t.db());
    auto skip = MinutesLifecycle::record(t.db(), august, MS::Approved, QString(), now);
    ASSERT_FALSE(skip.ok());
    EXPECT_EQ(skip.error().code, Error::Code::Invalid);
    EXPECT_EQ(dumpTables(t.db()), before);
    auto lockDraft = MinutesLifecycle::record(t.db(), august, MS::Locked, QString(), now);
    EXPECT_FALSE(lockDraft.ok());
    auto reopenDraft = MinutesLifecycle::reopen(t.db(), august, u8("por error"), now);
    ASSERT_FALSE(reopenDraft.ok());
    EXPECT_EQ(reopenDraft.error().code, Error::Code::Invalid);
    EXPECT_EQ(dumpTables(t.db()), before);
}

TEST_F(MeetingsTest, LockedMinutesRefuseEditsUntilReopenedWithAReason)
{
    lock(august);
    auto meeting = repo.get<Meeting>(august).value();
    EXPECT_TRUE(MinutesLifecycle::isLocked(meeting));
    const auto refused = MinutesLifecycle::checkEditable(t.db(), august);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    EXPECT_TRUE(refused.error().message.contains(meeting.title));

    const QStringList locked = dumpTables(t.db());
    EXPECT_FALSE(MinutesLifecycle::reopen(t.db(), august, QString(), now).ok());
    EXPECT_FALSE(MinutesLifecycle::reopen(t.db(), august, u8("   "), now).ok());
    EXPECT_FALSE(MinutesLifecycle::record(t.db(), august, MS::Circulated, QString(), now).ok());
    EXPECT_EQ(dumpTables(t.db()), locked);

    const auto reopened =
        MinutesLifecycle::reopen(t.db(), august, u8("  Corregir el nombre de Ecuador "), now);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(status(august), MS::Draft);
    EXPECT_EQ(reopened->event.note, u8("Corregir el nombre de Ecuador"));
    EXPECT_EQ(reopened->event.state, MS::Draft);
    EXPECT_TRUE(MinutesLifecycle::checkEditable(t.db(), august).ok());
    EXPECT_EQ(MinutesLifecycle::history(t.db(), august)->size(), 4);
}

TEST_F(MeetingsTest, UndoOfAStepRestoresTheDatabaseExactlyAndRedoWritesItAgain)
{
    step(august, MS::Circulated);
    const QStringList before = dumpTables(t.db());
    const auto approved = step(august, MS::Approved);
    const QStringList after = dumpTables(t.db());
    ASSERT_NE(before, after);
    ASSERT_TRUE(MinutesLifecycle::undo(t.db(), approved).ok());
    EXPECT_EQ(dumpTables(t.db()), before);
    ASSERT_TRUE(MinutesLifecycle::redo(t.db(), approved).ok());
    EXPECT_EQ(dumpTables(t.db()), after);
}

TEST_F(MeetingsTest, TheTemplatesAreTheGroupVideoconferenceAndTheWorkshop)
{
    const auto all = MeetingTemplates::all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].title, u8("Videoconferencia del Grupo"));
    EXPECT_EQ(all[0].kind, MeetingKind::Videoconference);
    EXPECT_EQ(all[0].durationMinutes, 90);
    EXPECT_EQ(all[0].agenda.first().title, u8("Palabras de bienvenida"));
    EXPECT_EQ(all[1].title, u8("Taller de puntos focales"));
    EXPECT_EQ(all[1].kind, MeetingKind::Workshop);
    EXPECT_EQ(all[1].displayName(), u8("Focal points workshop"));
    EXPECT_FALSE(MeetingTemplates::find(QStringLiteral("nada")).has_value());
}

TEST_F(MeetingsTest, AMeetingFromTheTemplateHasItsAgendaNumberAndInvitedCountries)
{
    const QStringList before = dumpTables(t.db());
    auto created = MeetingTemplates::createFromTemplate(
        t.db(), QStringLiteral("videoconferencia-grupo"), seguridad, QUuid(), QDate(2020, 10, 15));
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const Meeting m = repo.get<Meeting>(created->meeting.meta.id).value();
    EXPECT_EQ(m.kind, MeetingKind::Videoconference);
    EXPECT_EQ(m.scope, MeetingScope::Group);
    EXPECT_EQ(m.date, QDate(2020, 10, 15));
    EXPECT_EQ(m.startTime, QTime(10, 0));
    EXPECT_EQ(m.timeZone, u8("America/Santiago"));
    EXPECT_EQ(m.number, 4); // after the group's 1st, 2nd and 3rd videoconferences of 2019
    EXPECT_EQ(m.minutesStatus, MS::Draft);
    const auto items = agenda(m.meta.id);
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items[0].title, u8("Palabras de bienvenida"));
    EXPECT_EQ(items[1].title, u8("Revisión de compromisos"));
    EXPECT_EQ(items[2].title, u8("Avance de los subgrupos"));
    EXPECT_EQ(items[4].title, u8("Varios"));
    EXPECT_EQ(items[4].position, 4);
    int active = 0;
    const auto members =
        repo.listWhere<GroupCountry>("group_id", column::toVariant(seguridad)).value();
    for (const auto &g : members)
        active += g.status == ParticipationStatus::Active ? 1 : 0;
    const auto invited =
        repo.listWhere<MeetingCountry>("meeting_id", column::toVariant(m.meta.id)).value();
    ASSERT_GT(active, 0);
    EXPECT_EQ(invited.size(), active);
    for (const auto &c : invited)
        EXPECT_EQ(c.role, MeetingRole::Invited);

    const QStringList after = dumpTables(t.db());
    ASSERT_TRUE(MeetingTemplates::undo(t.db(), *created).ok());
    EXPECT_EQ(dumpTables(t.db()), before);
    ASSERT_TRUE(MeetingTemplates::redo(t.db(), *created).ok());
    EXPECT_EQ(dumpTables(t.db()), after);
}

TEST_F(MeetingsTest, AnUnknownTemplateOrAForeignSubgroupIsRefused)
{
    const QStringList before = dumpTables(t.db());
    EXPECT_EQ(MeetingTemplates::createFromTemplate(t.db(), QStringLiteral("x"), seguridad, {},
                                                   QDate(2021, 1, 1))
                  .error()
                  .code,
              Error::Code::NotFound);
    EXPECT_FALSE(MeetingTemplates::createFromTemplate(
                     t.db(), QStringLiteral("videoconferencia-grupo"), seguridad, {}, QDate())
                     .ok());
    EXPECT_EQ(dumpTables(t.db()), before);
}

TEST_F(MeetingsTest, DuplicatingANumberedMeetingNumbersItsCopyAndTitle)
{
    const QUuid third = key(Meeting::table, "seg-vc3-2019");
    auto copy = MeetingTemplates::duplicate(t.db(), third, QDate(2020, 1, 20));
    ASSERT_TRUE(copy.ok());
    const Meeting m = repo.get<Meeting>(copy->meeting.meta.id).value();
    EXPECT_EQ(m.number, 4);
    EXPECT_EQ(m.title, u8("4ª Videoconferencia"));
    EXPECT_EQ(m.date, QDate(2020, 1, 20));
    EXPECT_EQ(m.groupId, seguridad);
    EXPECT_TRUE(repo.listWhere<Agreement>("meeting_id", column::toVariant(m.meta.id))->isEmpty());
}

TEST_F(MeetingsTest, DuplicatingCopiesCountriesAsInvitedAndAgendaButNotAgreementsOrMinutes)
{
    Meeting source = repo.get<Meeting>(august).value();
    source.minutes = u8("# Acta\n\nTexto");
    ASSERT_TRUE(repo.update(source).ok());
    AgendaItem item;
    item.meetingId = august;
    item.position = 3;
    item.title = u8("Resumen general del Grupo");
    item.presenterCountryId = key(Country::table, "CL");
    item.durationMinutes = 20;
    ASSERT_TRUE(repo.insert(item).ok());
    lock(august); // a locked meeting may still be copied

    const QStringList before = dumpTables(t.db());
    auto copy = MeetingTemplates::duplicate(t.db(), august, QDate(2020, 11, 5));
    ASSERT_TRUE(copy.ok());
    const Meeting m = repo.get<Meeting>(copy->meeting.meta.id).value();
    EXPECT_FALSE(m.number.has_value());
    EXPECT_EQ(m.title, source.title);
    EXPECT_TRUE(m.minutes.isEmpty());
    EXPECT_EQ(m.minutesStatus, MS::Draft);
    const auto countries =
        repo.listWhere<MeetingCountry>("meeting_id", column::toVariant(m.meta.id)).value();
    ASSERT_EQ(countries.size(), 4);
    for (const auto &c : countries)
        EXPECT_EQ(c.role, MeetingRole::Invited);
    // The seed's three agenda items of August, then the one added here.
    const auto items = agenda(m.meta.id);
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[1].presenterCountryId, key(Country::table, "CL"));
    EXPECT_EQ(items[3].title, u8("Resumen general del Grupo"));
    EXPECT_EQ(items[3].presenterCountryId, key(Country::table, "CL"));
    EXPECT_EQ(items[3].durationMinutes, 20);
    EXPECT_EQ(items[3].position, 3);
    EXPECT_NE(items[3].meta.id, item.meta.id);
    EXPECT_TRUE(repo.listWhere<Agreement>("meeting_id", column::toVariant(m.meta.id))->isEmpty());

    ASSERT_TRUE(MeetingTemplates::undo(t.db(), *copy).ok());
    EXPECT_EQ(dumpTables(t.db()), before);
}

TEST_F(MeetingsTest, OpenCommitmentsAreCarriedOnceAfterTheAgenda)
{
    auto next = MeetingTemplates::createFromTemplate(
        t.db(), QStringLiteral("videoconferencia-grupo"), seguridad, QUuid(), QDate(2020, 10, 15));
    ASSERT_TRUE(next.ok());
    const QUuid meeting = next->meeting.meta.id;
    const QStringList before = dumpTables(t.db());

    auto carried = CarryOver::carryOpenCommitments(t.db(), meeting);
    ASSERT_TRUE(carried.ok()) << carried.error().message.toStdString();
    // Of the group's commitments only Paraguay's cybersecurity proposal is still open (Chile's
    // plan went again to the subgroup, Paraguay's annual proposal was sent on 11.08.2020).
    ASSERT_EQ(carried->items.size(), 1);
    const auto items = agenda(meeting);
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items[5].title, u8("Seguimiento: Paraguay: Enviar una propuesta sobre "
                                 "Ciberseguridad para ser analizada por los demás participantes"));
    EXPECT_EQ(items[5].position, 5);
    EXPECT_EQ(items[5].presenterCountryId, key(Country::table, "PY"));
    const Agreement followed = repo.get<Agreement>(items[5].agreementId).value();
    EXPECT_EQ(followed.meetingId, august);
    EXPECT_EQ(followed.status, CommitmentStatus::Open);

    const QStringList after = dumpTables(t.db());
    auto again = CarryOver::carryOpenCommitments(t.db(), meeting);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->items.isEmpty());
    EXPECT_EQ(dumpTables(t.db()), after);

    ASSERT_TRUE(CarryOver::undo(t.db(), *carried).ok());
    EXPECT_EQ(dumpTables(t.db()), before);
    ASSERT_TRUE(CarryOver::redo(t.db(), *carried).ok());
    EXPECT_EQ(dumpTables(t.db()), after);
}

TEST_F(MeetingsTest, CarryingFollowsTheCommitmentsStatusAndDate)
{
    // A commitment made open again is carried; nothing from a later meeting is.
    Agreement chile;
    const auto agreements =
        repo.listWhere<Agreement>("meeting_id", column::toVariant(august)).value();
    for (const auto &a : agreements)
        if (a.isCommitment && a.responsibleCountryId == key(Country::table, "CL"))
            chile = a;
    ASSERT_FALSE(chile.meta.id.isNull());
    chile.status = CommitmentStatus::Open;
    ASSERT_TRUE(repo.update(chile).ok());

    auto earlier = MeetingTemplates::createFromTemplate(
        t.db(), QStringLiteral("videoconferencia-grupo"), seguridad, QUuid(), QDate(2020, 8, 1));
    ASSERT_TRUE(earlier.ok());
    EXPECT_TRUE(CarryOver::pending(t.db(), earlier->meeting.meta.id)->isEmpty());

    auto later = MeetingTemplates::createFromTemplate(
        t.db(), QStringLiteral("videoconferencia-grupo"), seguridad, QUuid(), QDate(2020, 9, 1));
    ASSERT_TRUE(later.ok());
    const auto pending = CarryOver::pending(t.db(), later->meeting.meta.id).value();
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending[0].meta.id, chile.meta.id); // in the order of the meeting's agreements
    EXPECT_EQ(pending[1].responsibleCountryId, key(Country::table, "PY"));
}

TEST_F(MeetingsTest, CarryingIntoLockedMinutesOrANationalMeetingIsRefused)
{
    auto next = MeetingTemplates::createFromTemplate(
        t.db(), QStringLiteral("videoconferencia-grupo"), seguridad, QUuid(), QDate(2020, 10, 15));
    ASSERT_TRUE(next.ok());
    lock(next->meeting.meta.id);
    const QStringList before = dumpTables(t.db());
    auto refused = CarryOver::carryOpenCommitments(t.db(), next->meeting.meta.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    auto national =
        CarryOver::carryOpenCommitments(t.db(), key(Meeting::table, "taller-cl-2019-05-06"));
    ASSERT_FALSE(national.ok());
    EXPECT_EQ(national.error().code, Error::Code::Invalid);
    EXPECT_EQ(dumpTables(t.db()), before);
}

TEST_F(MeetingsTest, TheNextMeetingOfTheGroupIsFoundByDate)
{
    const auto afterSecond = CarryOver::nextMeetingOf(t.db(), key(Meeting::table, "seg-vc2-2019"));
    ASSERT_TRUE(afterSecond.ok());
    ASSERT_TRUE(afterSecond->has_value());
    EXPECT_EQ((*afterSecond)->meta.id, key(Meeting::table, "seg-vc3-2019"));
    // The subgroup's meeting of September follows August's in the group.
    const auto afterAugust = CarryOver::nextMeetingOf(t.db(), august);
    ASSERT_TRUE(afterAugust->has_value());
    EXPECT_EQ((*afterAugust)->meta.id, key(Meeting::table, "seg-sg1-vc-2020-09-24"));
    const auto last =
        CarryOver::nextMeetingOf(t.db(), key(Meeting::table, "seg-sg1-vc-2020-09-24"));
    ASSERT_TRUE(last.ok());
    EXPECT_FALSE(last->has_value());
}

} // namespace
