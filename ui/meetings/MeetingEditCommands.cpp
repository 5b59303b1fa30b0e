#include "MeetingEditCommands.h"

#include "Commands.h"
#include "commands/ReorderAgendaCommand.h"
#include "MinutesText.h"

#include <QUrl>

#include <algorithm>

namespace focal::commands {
namespace {

// The facade's sentences, translated in one context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(focal::MeetingEditCommands)
};

Error invalid(const QString &message)
{
    return Error{Error::Code::Invalid, message, {}};
}

Result<void> refuseLocked(ForumDocument &document, const QUuid &meetingId)
{
    auto meeting = document.repository().get<Meeting>(meetingId);
    if (!meeting)
        return meeting.error();
    if (meeting->minutesStatus == MinutesStatus::Locked)
        return invalid(Text::tr("The minutes of this meeting are locked: reopen them to change "
                                "the meeting."));
    return {};
}

template <typename T> Result<T> lockedOrGet(ForumDocument &document, const QUuid &id)
{
    auto record = document.repository().get<T>(id);
    if (!record)
        return record.error();
    if (auto open = refuseLocked(document, record->meetingId); !open)
        return open.error();
    return record;
}

// What hangs from a meeting, in order: by position where the table has one.
template <typename T>
Result<QList<T>> ofMeeting(ForumDocument &document, const QUuid &meetingId,
                           const QString &orderBy = QStringLiteral("position, rowid"))
{
    return document.repository().listWhere<T>("meeting_id",
                                              meetingId.toString(QUuid::WithoutBraces), orderBy);
}

template <typename T>
Result<void> removeOne(ForumDocument &document, const QUuid &id, const QString &text)
{
    if (auto found = lockedOrGet<T>(document, id); !found)
        return found.error();
    auto plan = planRemoval(document, QLatin1String(T::table), id);
    if (!plan)
        return plan.error();
    return remove(document, std::move(plan).value(), text);
}

} // namespace

const QStringList &meetingTimeZones()
{
    static const QStringList zones = {QStringLiteral("America/Santiago"),
                                      QStringLiteral("America/Asuncion"),
                                      QStringLiteral("America/Lima"),
                                      QStringLiteral("America/Guayaquil"),
                                      QStringLiteral("America/Argentina/Buenos_Aires"),
                                      QStringLiteral("America/Sao_Paulo"),
                                      QStringLiteral("America/Bogota"),
                                      QStringLiteral("America/Guyana")};
    return zones;
}

std::optional<FieldProblem> checkMeeting(const Meeting &m)
{
    if (m.title.trimmed().isEmpty())
        return FieldProblem{QStringLiteral("title"), Text::tr("A meeting needs a title.")};
    if (!m.date.isValid())
        return FieldProblem{QStringLiteral("date"), Text::tr("The date is not a valid date.")};
    if (!m.timeZone.isEmpty() && !meetingTimeZones().contains(m.timeZone))
        return FieldProblem{QStringLiteral("timeZone"),
                            Text::tr("Choose one of the forum's time zones.")};
    if (m.number && *m.number < 1)
        return FieldProblem{QStringLiteral("number"),
                            Text::tr("The number counts meetings from 1 (or stays empty).")};
    if (m.participantsCount && *m.participantsCount < 0)
        return FieldProblem{QStringLiteral("attendees"),
                            Text::tr("The number of attendees cannot be negative.")};
    return std::nullopt;
}

std::optional<FieldProblem> checkAgreement(const Agreement &a)
{
    if (a.text.trimmed().isEmpty())
        return FieldProblem{QStringLiteral("text"), Text::tr("Write what was agreed or decided.")};
    // The words are kept as written; they must mean the deadline stored with them.
    QString why;
    const auto parsed = Deadline::parse(a.dueText, &why);
    if (!parsed)
        return FieldProblem{QStringLiteral("due"), why};
    if (!(*parsed == a.due))
        return FieldProblem{QStringLiteral("due"),
                            Text::tr("The due date does not match its words.")};
    if (!a.isCommitment)
        return std::nullopt;
    if (a.responsibleCountryId.isNull())
        return FieldProblem{QStringLiteral("country"),
                            Text::tr("A commitment needs the country responsible for it.")};
    if (!a.status)
        return FieldProblem{QStringLiteral("status"), Text::tr("A commitment needs a status.")};
    return std::nullopt;
}

Result<void> editMeeting(ForumDocument &document, const Meeting &after, const QString &text)
{
    if (auto open = refuseLocked(document, after.meta.id); !open)
        return open;
    auto stored = document.repository().get<Meeting>(after.meta.id);
    if (!stored)
        return stored.error();
    Meeting cleaned = after;
    // Minutes left as they were are written back as they were: the fields of a meeting whose
    // minutes another program wrote (too long, say) can still be corrected.
    if (after.minutes != stored->minutes) {
        if (const QString tooLong = MinutesText::tooLongMessage(after.minutes.size());
            !tooLong.isEmpty())
            return invalid(tooLong);
        cleaned.minutes = MinutesText::clean(after.minutes);
    }
    if (auto problem = checkMeeting(cleaned))
        return invalid(problem->message);
    return edit(document, cleaned, text);
}

Result<void> setMinutes(ForumDocument &document, const QUuid &meetingId, const QString &markdown)
{
    if (const QString tooLong = MinutesText::tooLongMessage(markdown.size()); !tooLong.isEmpty())
        return invalid(tooLong);
    if (auto open = refuseLocked(document, meetingId); !open)
        return open;
    auto meeting = document.repository().get<Meeting>(meetingId);
    if (!meeting)
        return meeting.error();
    Meeting changed = *meeting;
    changed.minutes = MinutesText::clean(markdown);
    return edit(document, changed, Text::tr("Edit the minutes"),
                QStringLiteral("minutes:") + meetingId.toString());
}

Result<void> setMeetingCountry(ForumDocument &document, const QUuid &meetingId,
                               const QUuid &countryId, MeetingRole role, bool present)
{
    if (auto open = refuseLocked(document, meetingId); !open)
        return open;
    auto rows = ofMeeting<MeetingCountry>(document, meetingId, QStringLiteral("rowid"));
    if (!rows)
        return rows.error();
    const auto it = std::find_if(rows->cbegin(), rows->cend(), [&](const MeetingCountry &c) {
        return c.countryId == countryId && c.role == role;
    });
    if (present == (it != rows->cend()))
        return {};
    if (!present) {
        auto plan = planRemoval(document, QLatin1String(MeetingCountry::table), it->meta.id);
        if (!plan)
            return plan.error();
        return remove(document, std::move(plan).value(),
                      Text::tr("Remove a country (%1)").arg(enumLabel(role)));
    }
    MeetingCountry row;
    row.meetingId = meetingId;
    row.countryId = countryId;
    row.role = role;
    return add(document, row, Text::tr("Add a country (%1)").arg(enumLabel(role)));
}

Result<QUuid> addParticipant(ForumDocument &document, MeetingParticipant participant)
{
    if (auto open = refuseLocked(document, participant.meetingId); !open)
        return open.error();
    const int named = int(!participant.institutionId.isNull()) +
                      int(!participant.organisationId.isNull()) +
                      int(!participant.personId.isNull());
    if (named != 1)
        return invalid(Text::tr("Choose one institution, organisation or person."));
    if (auto added = add(document, participant, Text::tr("Add a participant")); !added)
        return added.error();
    return participant.meta.id;
}

Result<void> removeParticipant(ForumDocument &document, const QUuid &participantId)
{
    return removeOne<MeetingParticipant>(document, participantId, Text::tr("Remove a participant"));
}

Result<QUuid> addMeetingDocument(ForumDocument &document, MeetingDocument link)
{
    if (auto open = refuseLocked(document, link.meetingId); !open)
        return open.error();
    link.url = link.url.trimmed();
    link.title = link.title.trimmed();
    if (link.documentId.isNull()) {
        const QUrl url(link.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return invalid(Text::tr("A link must be a web address starting with http:// or "
                                    "https://."));
    } else {
        link.url.clear();
    }
    auto existing = ofMeeting<MeetingDocument>(document, link.meetingId);
    if (!existing)
        return existing.error();
    link.position = existing->isEmpty() ? 1 : existing->last().position + 1;
    if (auto added = add(document, link, Text::tr("Link a document")); !added)
        return added.error();
    return link.meta.id;
}

Result<void> removeMeetingDocument(ForumDocument &document, const QUuid &linkId)
{
    return removeOne<MeetingDocument>(document, linkId, Text::tr("Remove a document link"));
}

Result<QUuid> addAgendaItem(ForumDocument &document, const QUuid &meetingId, const QString &title)
{
    if (auto open = refuseLocked(document, meetingId); !open)
        return open.error();
    if (title.trimmed().isEmpty())
        return invalid(Text::tr("An agenda item needs a title."));
    auto items = ofMeeting<AgendaItem>(document, meetingId);
    if (!items)
        return items.error();
    AgendaItem item;
    item.meetingId = meetingId;
    item.title = title.trimmed();
    item.position = items->isEmpty() ? 1 : items->last().position + 1;
    if (auto added = add(document, item, Text::tr("Add an agenda item")); !added)
        return added.error();
    return item.meta.id;
}

Result<void> editAgendaItem(ForumDocument &document, const AgendaItem &after)
{
    if (auto found = lockedOrGet<AgendaItem>(document, after.meta.id); !found)
        return found.error();
    if (after.title.trimmed().isEmpty())
        return invalid(Text::tr("An agenda item needs a title."));
    if (after.durationMinutes && *after.durationMinutes <= 0)
        return invalid(Text::tr("A duration is a number of minutes greater than zero."));
    return edit(document, after, Text::tr("Edit an agenda item"));
}

Result<void> removeAgendaItem(ForumDocument &document, const QUuid &itemId)
{
    return removeOne<AgendaItem>(document, itemId, Text::tr("Remove an agenda item"));
}

Result<void> moveAgendaItem(ForumDocument &document, const QUuid &itemId, int offset)
{
    auto item = lockedOrGet<AgendaItem>(document, itemId);
    if (!item)
        return item.error();
    auto items = ofMeeting<AgendaItem>(document, item->meetingId);
    if (!items)
        return items.error();
    QList<AgendaItem> order = *items;
    const qsizetype from = std::distance(
        order.cbegin(), std::find_if(order.cbegin(), order.cend(),
                                     [&](const AgendaItem &i) { return i.meta.id == itemId; }));
    const qsizetype to = from + offset;
    if (to < 0 || to >= order.size())
        return invalid(Text::tr("The item cannot move further."));
    order.move(from, to);
    QList<AgendaItem> before, after;
    Repository &repo = document.repository();
    auto written = document.retryingBusy([&] {
        before.clear();
        after.clear();
        WriteTransaction tx(document.database());
        if (!tx.begun())
            return tx.begun();
        for (int i = 0; i < order.size(); ++i) {
            if (order.at(i).position == i + 1)
                continue;
            AgendaItem changed = order.at(i);
            before << changed;
            changed.position = i + 1;
            if (auto updated = repo.update(changed); !updated)
                return updated;
            after << changed;
        }
        return tx.commit();
    });
    if (!written)
        return written;
    document.undoStack().push(
        new ReorderAgendaCommand(document, before, after, Text::tr("Move an agenda item")));
    return {};
}

Result<QUuid> addAgreement(ForumDocument &document, const QUuid &meetingId, const QString &text)
{
    if (auto open = refuseLocked(document, meetingId); !open)
        return open.error();
    auto agreements = ofMeeting<Agreement>(document, meetingId);
    if (!agreements)
        return agreements.error();
    Agreement agreement;
    agreement.meetingId = meetingId;
    agreement.text = text.trimmed();
    agreement.position = agreements->isEmpty() ? 1 : agreements->last().position + 1;
    if (auto problem = checkAgreement(agreement))
        return invalid(problem->message);
    if (auto added = add(document, agreement, Text::tr("Add an agreement")); !added)
        return added.error();
    return agreement.meta.id;
}

Result<void> editAgreement(ForumDocument &document, const Agreement &after)
{
    if (auto found = lockedOrGet<Agreement>(document, after.meta.id); !found)
        return found.error();
    Agreement written = after;
    if (!written.isCommitment) {
        // An agreement that is not a commitment owes nothing: no status to track.
        written.status.reset();
    }
    if (auto problem = checkAgreement(written))
        return invalid(problem->message);
    return edit(document, written, Text::tr("Edit an agreement"));
}

Result<void> removeAgreement(ForumDocument &document, const QUuid &agreementId)
{
    return removeOne<Agreement>(document, agreementId, Text::tr("Remove an agreement"));
}

} // namespace focal::commands
