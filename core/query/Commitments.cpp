#include "Commitments.h"

#include "model/Record.h"
#include "storage/Database.h"

#include <algorithm>

namespace focal {
namespace {

QUuid uuid(const QVariant &v)
{
    return QUuid::fromString(v.toString());
}

QString nameColumn(Language lang)
{
    return QStringLiteral("name_") + languageCode(lang);
}

bool passes(const Commitment &c, const CommitmentFilter &f)
{
    return (f.countryId.isNull() || c.countryId == f.countryId) &&
           (!f.status || c.status == *f.status) && (!f.overdueOnly || c.overdue) &&
           (f.groupId.isNull() || c.groupId == f.groupId);
}

} // namespace

QString Commitments::noCountry()
{
    return tr("(no country)");
}

Result<QList<Commitment>> Commitments::list(Database &db, const CommitmentFilter &filter,
                                            QDate today, Language lang)
{
    // A meeting of a subgroup or of a series may name its group only through them.
    auto q = db.exec(
        QStringLiteral(
            "SELECT a.id, m.id, m.date, m.title, g.id, g.name, g.short_name, s.id, s.number, "
            "s.name, c.id, c.iso2, c.%1, i.id, i.name, a.action, a.text, a.due, a.due_text, "
            "a.status, a.plan_item_id, p.text, a.document_id, d.title "
            "FROM agreement a JOIN meeting m ON m.id = a.meeting_id "
            "LEFT JOIN subgroup s ON s.id = m.subgroup_id "
            "LEFT JOIN meeting_series ms ON ms.id = m.series_id "
            "LEFT JOIN working_group g ON g.id = COALESCE(m.group_id, s.group_id, ms.group_id) "
            "LEFT JOIN country c ON c.id = a.responsible_country_id "
            "LEFT JOIN institution i ON i.id = a.responsible_institution_id "
            "LEFT JOIN plan_item p ON p.id = a.plan_item_id "
            "LEFT JOIN document d ON d.id = a.document_id "
            "WHERE a.is_commitment = 1 ORDER BY m.date, a.position")
            .arg(nameColumn(lang)));
    if (!q)
        return q.error();
    QList<Commitment> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        Commitment c;
        c.id = uuid(r.value(0));
        c.meetingId = uuid(r.value(1));
        c.meetingDate = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        c.meetingTitle = r.value(3).toString();
        c.groupId = uuid(r.value(4));
        c.groupName = r.value(5).toString();
        c.groupShortName = r.value(6).toString();
        c.subgroupId = uuid(r.value(7));
        column::fromVariant(r.value(8), c.subgroupNumber);
        c.subgroupName = r.value(9).toString();
        c.countryId = uuid(r.value(10));
        c.countryIso2 = r.value(11).toString();
        c.countryName = r.value(12).toString();
        c.institutionId = uuid(r.value(13));
        c.institutionName = r.value(14).toString();
        c.action = r.value(15).toString();
        if (c.action.trimmed().isEmpty())
            c.action = r.value(16).toString();
        c.dueText = r.value(18).toString();
        std::optional<CommitmentStatus> status;
        if (!column::fromVariant(r.value(17), c.due) || !column::fromVariant(r.value(19), status))
            return Error{Error::Code::Corrupt,
                         tr("A stored commitment cannot be read; run \"focal-cli check\"."),
                         c.id.toString(QUuid::WithoutBraces)};
        // A commitment recorded without a status has not been settled: it is still owed.
        c.status = status.value_or(CommitmentStatus::Open);
        c.overdue = c.status == CommitmentStatus::Open && c.due.isOverdue(today);
        c.planItemId = uuid(r.value(20));
        c.planItemText = r.value(21).toString();
        c.documentId = uuid(r.value(22));
        c.documentTitle = r.value(23).toString();
        if (passes(c, filter))
            out.append(c);
    }
    // Rows come by meeting date, so a stable sort by deadline keeps that as the tie-break.
    std::stable_sort(out.begin(), out.end(), [](const Commitment &a, const Commitment &b) {
        return Deadline::lessByEnd(a.due, b.due);
    });
    return out;
}

CommitmentMatrix Commitments::matrix(const QList<Commitment> &commitments)
{
    CommitmentMatrix m;
    CommitmentCount none{{}, noCountry()};
    QHash<QUuid, int> index;
    for (const Commitment &c : commitments) {
        CommitmentCount *row = &none;
        if (!c.countryId.isNull()) {
            auto it = index.find(c.countryId);
            if (it == index.end()) {
                it = index.insert(c.countryId, int(m.rows.size()));
                m.rows.append({c.countryId, c.countryName});
            }
            row = &m.rows[*it];
        }
        for (CommitmentCount *count : {row, &m.totals}) {
            switch (c.status) {
            case CommitmentStatus::Open:
                ++count->open;
                break;
            case CommitmentStatus::Done:
                ++count->done;
                break;
            case CommitmentStatus::Dropped:
                ++count->dropped;
                break;
            }
            if (c.overdue)
                ++count->overdue;
        }
    }
    std::sort(m.rows.begin(), m.rows.end(), [](const CommitmentCount &a, const CommitmentCount &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (none.total() > 0)
        m.rows.append(none);
    m.totals.name = tr("Total");
    return m;
}

Table Commitments::table(const QList<Commitment> &commitments, Language lang)
{
    Table t;
    t.keys = {QStringLiteral("due"),       QStringLiteral("due_code"),
              QStringLiteral("country"),   QStringLiteral("institution"),
              QStringLiteral("action"),    QStringLiteral("status"),
              QStringLiteral("overdue"),   QStringLiteral("meeting_date"),
              QStringLiteral("meeting"),   QStringLiteral("group"),
              QStringLiteral("subgroup"),  QStringLiteral("plan_item"),
              QStringLiteral("document"),  QStringLiteral("id"),
              QStringLiteral("meeting_id")};
    t.headers = {tr("Due"),      tr("Due (code)"), tr("Country"),     tr("Institution"),
                 tr("Action"),   tr("Status"),     tr("Overdue"),     tr("Meeting date"),
                 tr("Meeting"),  tr("Group"),      tr("Subgroup"),    tr("Plan item"),
                 tr("Document"), tr("UUID"),       tr("Meeting UUID")};
    auto text = [](const QUuid &id) {
        return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
    };
    for (const Commitment &c : commitments) {
        const QString due =
            c.due.isUndefined() && !c.dueText.trimmed().isEmpty() ? c.dueText : c.due.toText(lang);
        t.rows << QVariantList{
            due,
            c.due.toCode(),
            c.countryIso2.isEmpty() ? QVariant() : QVariant(c.countryIso2),
            c.institutionName.isEmpty() ? QVariant() : QVariant(c.institutionName),
            c.action,
            enumKey(c.status),
            c.overdue,
            c.meetingDate.isValid() ? QVariant(c.meetingDate.toString(Qt::ISODate)) : QVariant(),
            c.meetingTitle,
            c.groupShortName.isEmpty() ? QVariant() : QVariant(c.groupShortName),
            c.subgroupNumber ? QVariant(*c.subgroupNumber) : QVariant(),
            c.planItemText.isEmpty() ? QVariant() : QVariant(c.planItemText),
            c.documentTitle.isEmpty() ? QVariant() : QVariant(c.documentTitle),
            text(c.id),
            text(c.meetingId)};
    }
    return t;
}

} // namespace focal
