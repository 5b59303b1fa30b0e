#include "MinutesReport.h"

#include "GroupReportData.h"
#include "ReportWords.h"
#include "storage/Repository.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace focal::report {
namespace {

void writeAttendance(ReportContent &content, Repository &repo, const GroupReportData &data,
                     const Meeting &meeting, Language lang, Result<void> &result)
{
    const QVariant id = column::toVariant(meeting.meta.id);
    auto countries = repo.listWhere<MeetingCountry>("meeting_id", id);
    auto participants = repo.listWhere<MeetingParticipant>("meeting_id", id);
    if (!countries || !participants) {
        result = !countries ? countries.error() : participants.error();
        return;
    }
    QList<QUuid> attended;
    QList<QUuid> invited;
    for (const MeetingCountry &c : *countries) {
        QList<QUuid> &list = c.role == MeetingRole::Invited ? invited : attended;
        if (!list.contains(c.countryId))
            list << c.countryId;
    }
    // Invited countries that also attended are listed once, as attending.
    invited.removeIf([&](const QUuid &c) { return attended.contains(c); });
    QStringList bodies;
    QStringList people;
    for (const MeetingParticipant &p : *participants) {
        if (p.role == MeetingRole::Invited)
            continue;
        if (data.organisations.contains(p.organisationId)) {
            const Organisation &o = data.organisations[p.organisationId];
            bodies << (o.acronym.isEmpty()
                           ? o.name
                           : o.name + QStringLiteral(" (") + o.acronym + QLatin1Char(')'));
        } else if (data.institutionsById.contains(p.institutionId)) {
            const Institution &i = data.institutionsById[p.institutionId];
            bodies << i.name + QStringLiteral(" (") + data.countryName(i.countryId, lang) +
                          QLatin1Char(')');
        } else if (!p.personId.isNull()) {
            auto person = repo.get<Person>(p.personId);
            if (!person) {
                result = person.error();
                return;
            }
            const QString country = data.countryName(person->countryId, lang);
            people << (country.isEmpty()
                           ? person->name
                           : person->name + QStringLiteral(" (") + country + QLatin1Char(')'));
        }
    }
    bool any = false;
    auto line = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        content.labelled(ReportWords::text(lang, key), value);
        any = true;
    };
    line("label.countries", ReportWords::joinList(data.countryNames(attended, lang), lang));
    line("label.invited", ReportWords::joinList(data.countryNames(invited, lang), lang));
    line("label.institutions", bodies.join(QStringLiteral(", ")));
    line("label.people", people.join(QStringLiteral(", ")));
    if (meeting.participantsCount)
        line("label.count", QString::number(*meeting.participantsCount));
    else if (!people.isEmpty())
        line("label.count", QString::number(people.size()));
    if (!any)
        content.note(ReportWords::text(lang, "none"));
}

} // namespace

void MinutesReport::writeMinutes(ReportContent &content, const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    QStringList listItems;
    const QTextList *currentList = nullptr;
    auto flush = [&] {
        if (!listItems.isEmpty())
            content.bullets(listItems);
        listItems.clear();
        currentList = nullptr;
    };
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QString text = b.text();
        text.remove(QChar::ObjectReplacementCharacter); // what an image leaves
        text = text.trimmed();
        if (b.textList() != currentList)
            flush();
        if (text.isEmpty())
            continue;
        if (b.textList()) {
            currentList = b.textList();
            listItems << text;
        } else {
            content.paragraph(text);
        }
    }
    flush();
}

Result<std::unique_ptr<ReportContent>> MinutesReport::build(Database &db,
                                                            const MinutesReportOptions &options)
{
    Repository repo(db);
    auto meeting = repo.get<Meeting>(options.meetingId);
    if (!meeting) {
        if (meeting.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound, tr("The meeting of the report no longer exists."),
                         meeting.error().detail};
        return meeting.error();
    }
    auto loaded = GroupReportData::load(db, meeting->groupId);
    if (!loaded)
        return loaded.error();
    const GroupReportData &data = *loaded;
    const Language lang = options.language;
    const Meeting &m = *meeting;

    ReportMeta meta;
    meta.title = ReportWords::text(lang, "minutes.title") + QStringLiteral(": ") + m.title;
    meta.subject = data.group.name;
    meta.language = lang;
    meta.author = db.context().author;
    auto content = std::make_unique<ReportContent>(meta);
    QStringList coverLines{ReportWords::date(m.date, lang)};
    if (!data.group.name.isEmpty())
        coverLines << data.group.name;
    content->cover(m.title, coverLines);

    content->labelled(ReportWords::text(lang, "label.date"), ReportWords::date(m.date, lang));
    if (m.startTime.isValid())
        content->labelled(ReportWords::text(lang, "label.time"),
                          ReportWords::time(m.startTime, m.timeZone));
    content->labelled(ReportWords::text(lang, "label.kind"), ReportWords::label(m.kind, lang));
    content->labelled(ReportWords::text(lang, "label.scope"), ReportWords::label(m.scope, lang));
    if (!data.group.name.isEmpty())
        content->labelled(ReportWords::text(lang, "label.group"), data.group.name);
    if (const Subgroup *s = data.subgroup(m.subgroupId))
        content->labelled(ReportWords::text(lang, "label.subgroup"),
                          ReportWords::text(lang, "subgroup.name").arg(s->number).arg(s->name));
    if (!m.countryId.isNull())
        content->labelled(ReportWords::text(lang, "col.country"),
                          data.countryName(m.countryId, lang));
    if (!m.organiser.trimmed().isEmpty())
        content->labelled(ReportWords::text(lang, "label.organiser"), m.organiser);
    if (!m.location.trimmed().isEmpty())
        content->labelled(ReportWords::text(lang, "label.location"), m.location);
    content->labelled(ReportWords::text(lang, "label.minutesStatus"),
                      ReportWords::label(m.minutesStatus, lang));

    int n = 0;
    auto section = [&](const char *key) {
        content->heading(1, QStringLiteral("%1. ").arg(++n) + ReportWords::text(lang, key));
    };
    section("sec.attendance");
    Result<void> attendance;
    writeAttendance(*content, repo, data, m, lang, attendance);
    if (!attendance)
        return attendance.error();

    section("sec.agenda");
    auto agenda = repo.listWhere<AgendaItem>("meeting_id", column::toVariant(m.meta.id),
                                             QStringLiteral("position, rowid"));
    if (!agenda)
        return agenda.error();
    QStringList items;
    for (const AgendaItem &a : *agenda) {
        QStringList extra;
        if (!a.presenterCountryId.isNull())
            extra << ReportWords::text(lang, "agenda.presenter")
                         .arg(data.countryName(a.presenterCountryId, lang));
        if (a.durationMinutes)
            extra << ReportWords::text(lang, "agenda.minutes").arg(*a.durationMinutes);
        items << QStringLiteral("%1. ").arg(items.size() + 1) + a.title +
                     (extra.isEmpty() ? QString()
                                      : QStringLiteral(" (") + extra.join(QStringLiteral(", ")) +
                                            QLatin1Char(')'));
    }
    if (items.isEmpty())
        content->note(ReportWords::text(lang, "none"));
    else
        for (const QString &i : items)
            content->paragraph(i);

    if (!m.summary.trimmed().isEmpty()) {
        section("sec.summary");
        content->paragraphs(m.summary);
    }
    if (!m.minutes.trimmed().isEmpty()) {
        section("sec.minutes");
        writeMinutes(*content, m.minutes);
    }

    auto agreements = repo.listWhere<Agreement>("meeting_id", column::toVariant(m.meta.id),
                                                QStringLiteral("position, rowid"));
    if (!agreements)
        return agreements.error();
    QStringList decisions;
    ReportTable commitments;
    commitments.header << ReportWords::text(lang, "label.responsible")
                       << ReportWords::text(lang, "col.commitment")
                       << ReportWords::text(lang, "label.due")
                       << ReportWords::text(lang, "col.status");
    commitments.widthsPercent = {18, 52, 15, 15};
    for (const Agreement &a : *agreements) {
        if (!a.isCommitment) {
            decisions << a.text;
            continue;
        }
        // The agreement as the meeting worded it, when it says more than the action owed.
        if (!a.action.trimmed().isEmpty() && a.text.trimmed() != a.action.trimmed())
            decisions << a.text;
        QString who = data.countryName(a.responsibleCountryId, lang);
        if (data.institutionsById.contains(a.responsibleInstitutionId))
            who += QStringLiteral(" (") + data.institutionsById[a.responsibleInstitutionId].name +
                   QLatin1Char(')');
        commitments.rows << QStringList{
            who, a.action.trimmed().isEmpty() ? a.text : a.action,
            ReportWords::deadline(a.due, a.dueText, lang),
            ReportWords::label(a.status.value_or(CommitmentStatus::Open), lang)};
    }
    section("sec.agreements");
    if (decisions.isEmpty())
        content->note(ReportWords::text(lang, "none"));
    else
        content->bullets(decisions);
    section("sec.commitments");
    if (commitments.rows.isEmpty())
        content->note(ReportWords::text(lang, "none"));
    else
        content->table(commitments);
    return content;
}

} // namespace focal::report
