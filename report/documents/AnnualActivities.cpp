#include "AnnualActivities.h"

#include "GroupReportData.h"
#include "ReportContent.h"
#include "ReportWords.h"
#include "storage/Repository.h"

#include <algorithm>

namespace focal::report {
AnnualActivities::AnnualActivities(ReportContent &content, Database &db,
                                   const GroupReportData &data, int year, Language lang)
    : m_content(content), m_repo(db), m_data(data), m_year(year), m_lang(lang)
{}

void AnnualActivities::subsection(const QString &title)
{
    m_content.heading(2, ReportWords::letter(++m_letter) + QStringLiteral(". ") + title);
    m_wrote = true;
}

QString AnnualActivities::annexRef(const QUuid &documentId) const
{
    const Document *d = m_data.document(documentId);
    if (!d || d->annexCode.isEmpty())
        return {};
    return ReportWords::text(m_lang, "seeAnnex").arg(d->annexCode);
}

void AnnualActivities::texts()
{
    QList<GroupText> untitled;
    QList<QString> titles;
    QHash<QString, QList<GroupText>> titled;
    for (TextSection s : {TextSection::Activities, TextSection::Pandemic, TextSection::Other}) {
        for (const GroupText &t : m_data.textsOf(s, m_year)) {
            if (t.title.trimmed().isEmpty()) {
                untitled << t;
                continue;
            }
            if (!titled.contains(t.title))
                titles << t.title;
            titled[t.title] << t;
        }
    }
    for (const GroupText &t : untitled) {
        m_content.paragraphs(t.body);
        m_wrote = true;
    }
    for (const QString &title : titles) {
        subsection(title);
        for (const GroupText &t : titled.value(title))
            m_content.paragraphs(t.body);
    }
}

// Workshops and trainings held as a series: the description, the dates of the year (where the
// description announces them with a colon, as "... de Chile:" does), the participants.
Result<void> AnnualActivities::series()
{
    QList<QUuid> order;
    QHash<QUuid, QList<const Meeting *>> meetingsOf;
    for (const Meeting &m : m_data.meetings) {
        if (m.seriesId.isNull() || !inYear(m.date) || !m_data.series.contains(m.seriesId))
            continue;
        if (!meetingsOf.contains(m.seriesId))
            order << m.seriesId;
        meetingsOf[m.seriesId] << &m;
    }
    for (const QUuid &id : order) {
        const MeetingSeries s = m_data.series.value(id);
        subsection(s.title);
        QStringList dateItems;
        for (const Meeting *m : meetingsOf.value(id))
            dateItems << ReportWords::date(m->date, m_lang);
        const QStringList paragraphs =
            s.description.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        const bool announced =
            !paragraphs.isEmpty() && paragraphs.first().trimmed().endsWith(QLatin1Char(':'));
        if (announced) {
            m_content.paragraph(paragraphs.first().trimmed());
            m_content.bullets(dateItems);
            for (qsizetype i = 1; i < paragraphs.size(); ++i)
                m_content.paragraph(paragraphs.at(i).trimmed());
        } else {
            for (const QString &p : paragraphs)
                m_content.paragraph(p.trimmed());
            m_content.labelled(ReportWords::text(m_lang, "act.dates"),
                               ReportWords::joinList(dateItems, m_lang));
        }
        if (s.participantsCount) {
            const char *key = s.participantsApprox ? "act.aboutPeople" : "act.people";
            m_content.labelled(ReportWords::text(m_lang, "act.participants"),
                               ReportWords::text(m_lang, key).arg(*s.participantsCount));
        }
        // The organisations and institutions that took part in the year's meetings of the series.
        QStringList names;
        for (const Meeting *m : meetingsOf.value(id)) {
            auto people =
                m_repo.listWhere<MeetingParticipant>("meeting_id", column::toVariant(m->meta.id));
            if (!people)
                return people.error();
            for (const MeetingParticipant &p : *people) {
                QString name;
                if (m_data.organisations.contains(p.organisationId)) {
                    const Organisation &o = m_data.organisations[p.organisationId];
                    name = o.acronym.isEmpty() ? o.name : o.acronym;
                } else if (m_data.institutionsById.contains(p.institutionId)) {
                    name = m_data.institutionsById[p.institutionId].name;
                }
                if (!name.isEmpty() && p.role != MeetingRole::Invited && !names.contains(name))
                    names << name;
            }
        }
        if (!names.isEmpty())
            m_content.labelled(ReportWords::text(m_lang, "act.with"),
                               ReportWords::joinList(names, m_lang));
    }
    return {};
}

// The group's own meetings of the year that are not part of a series (and those of the forum),
// each with its summary and its agreements; a commitment says who owes what, by when, and
// where it stands.
Result<void> AnnualActivities::groupMeetings()
{
    QList<Meeting> meetings;
    for (const Meeting &m : m_data.meetings)
        if (m.seriesId.isNull() && m.subgroupId.isNull() && inYear(m.date))
            meetings << m;
    if (meetings.isEmpty())
        return {};
    subsection(ReportWords::text(m_lang, "act.meetings"));
    for (const Meeting &m : meetings) {
        m_content.labelled(m.title, ReportWords::date(m.date, m_lang));
        if (!m.summary.trimmed().isEmpty())
            m_content.paragraphs(m.summary);
        auto agreements = m_repo.listWhere<Agreement>("meeting_id", column::toVariant(m.meta.id),
                                                      QStringLiteral("position, rowid"));
        if (!agreements)
            return agreements.error();
        QStringList items;
        for (const Agreement &a : *agreements) {
            if (!a.isCommitment) {
                items << a.text;
                continue;
            }
            const QString what = a.action.trimmed().isEmpty() ? a.text : a.action;
            QString commitment =
                ReportWords::text(m_lang, "act.commitment")
                    .arg(m_data.countryName(a.responsibleCountryId, m_lang), what,
                         ReportWords::deadline(a.due, a.dueText, m_lang),
                         ReportWords::label(a.status.value_or(CommitmentStatus::Open), m_lang));
            const QString ref = annexRef(a.documentId);
            if (!ref.isEmpty())
                commitment += QLatin1Char(' ') + ref;
            // The agreement as the meeting wrote it, then the commitment it makes.
            items << (a.text.trimmed() == what.trimmed()
                          ? commitment
                          : a.text + QChar::LineSeparator + commitment);
        }
        if (!items.isEmpty()) {
            m_content.paragraph(ReportWords::text(m_lang, "act.agreements") + QLatin1Char(':'));
            m_content.bullets(items);
        }
    }
    return {};
}

// Dated facts of the group as a whole (the delivery of the sectoral plan), and the steps of the
// group's own plans that no such fact already tells.
void AnnualActivities::groupMilestones()
{
    for (const Milestone &m : m_data.milestones) {
        if (!m.subgroupId.isNull() || !inYear(m.date))
            continue;
        subsection(m.title);
        m_content.paragraphs(m.description.trimmed().isEmpty() ? ReportWords::date(m.date, m_lang)
                                                               : m.description);
    }
    for (const PlanEvent &e : m_data.planEvents) {
        const Plan *p = m_data.plan(e.planId);
        if (!p || !p->subgroupId.isNull() || !inYear(e.date))
            continue;
        const bool told = std::any_of(
            m_data.milestones.begin(), m_data.milestones.end(), [&](const Milestone &m) {
                return m.date == e.date && m.subgroupId.isNull() && m.documentId == p->documentId;
            });
        if (told)
            continue;
        subsection(p->title);
        QString text = ReportWords::date(e.date, m_lang) + QStringLiteral(": ") +
                       (e.note.isEmpty() ? ReportWords::label(e.state, m_lang) : e.note);
        const QString ref = annexRef(p->documentId);
        m_content.paragraph(ref.isEmpty() ? text : text + QLatin1Char(' ') + ref);
    }
}

// Each subgroup's year: its plans' steps (the last step of a plan in the year points to the
// plan's annex), its meetings no step already tells, its milestones no step of the same day
// already tells; by date.
void AnnualActivities::subgroups()
{
    for (const Subgroup &s : m_data.subgroups) {
        QList<std::pair<QDate, QString>> entries;
        QSet<QUuid> toldMeetings;
        QSet<QDate> stepDays;
        QHash<QUuid, QUuid> lastEventOfPlan;
        for (const PlanEvent &e : m_data.planEvents) {
            const Plan *p = m_data.plan(e.planId);
            if (p && p->subgroupId == s.meta.id && inYear(e.date))
                lastEventOfPlan.insert(p->meta.id, e.meta.id);
        }
        for (const PlanEvent &e : m_data.planEvents) {
            const Plan *p = m_data.plan(e.planId);
            if (!p || p->subgroupId != s.meta.id || !inYear(e.date))
                continue;
            QString text = e.note.trimmed();
            if (text.isEmpty())
                text = ReportWords::text(m_lang, "act.planStep")
                           .arg(p->year ? QString::number(*p->year) : QString(),
                                ReportWords::label(e.state, m_lang));
            if (lastEventOfPlan.value(p->meta.id) == e.meta.id) {
                const QString ref = annexRef(p->documentId);
                if (!ref.isEmpty())
                    text += QLatin1Char(' ') + ref;
            }
            entries.append({e.date, text});
            stepDays.insert(e.date);
            if (!e.meetingId.isNull())
                toldMeetings.insert(e.meetingId);
        }
        for (const Meeting &m : m_data.meetings) {
            if (m.subgroupId != s.meta.id || !inYear(m.date) || toldMeetings.contains(m.meta.id))
                continue;
            entries.append({m.date, m.summary.trimmed().isEmpty()
                                        ? m.title
                                        : m.title + QStringLiteral(": ") + m.summary.trimmed()});
        }
        for (const Milestone &m : m_data.milestones) {
            if (m.subgroupId != s.meta.id || !inYear(m.date) || stepDays.contains(m.date))
                continue;
            entries.append({m.date, m.description.trimmed().isEmpty() ? m.title : m.description});
        }
        if (entries.isEmpty())
            continue;
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        m_content.heading(2, ReportWords::text(m_lang, "subgroup.activities").arg(s.name));
        m_wrote = true;
        for (const auto &[day, text] : entries)
            m_content.paragraph(ReportWords::date(day, m_lang) + QStringLiteral(": ") + text);
    }
}

Result<void> AnnualActivities::run()
{
    texts();
    if (auto r = series(); !r)
        return r;
    if (auto r = groupMeetings(); !r)
        return r;
    groupMilestones();
    subgroups();
    if (!m_wrote)
        m_content.paragraph(ReportWords::text(m_lang, "act.none").arg(m_year));
    return {};
}

Result<void> AnnualActivities::write(ReportContent &content, Database &db,
                                     const GroupReportData &data, int year, int sectionNumber,
                                     Language lang)
{
    content.heading(1, QStringLiteral("%1. ").arg(sectionNumber) +
                           ReportWords::text(lang, "sec.activities").arg(year));
    AnnualActivities writer(content, db, data, year, lang);
    return writer.run();
}

} // namespace focal::report
