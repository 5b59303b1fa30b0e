#include "MeetingCommands.h"

#include "exchange/ICalendar.h"
#include "model/Country.h"
#include "query/Commitments.h"
#include "query/Lookup.h"
#include "storage/Repository.h"

#include <QDir>

namespace focal::cli {

Result<QString> MeetingCommands::exportIcs(Database &db, bool upcoming, const QString &group,
                                           const QString &file, QDate today, const QDateTime &stamp)
{
    QUuid groupId;
    if (!group.isEmpty()) {
        auto g = Lookup::group(db, group);
        if (!g)
            return g.error();
        groupId = g->meta.id;
    }
    auto meetings = ICalendar::meetings(db, upcoming ? today : QDate(), groupId);
    if (!meetings)
        return meetings.error();
    auto written = ICalendar::exportMeetings(db, *meetings, file, stamp);
    if (!written)
        return written.error();
    return tr("Wrote %n meeting(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(file));
}

Result<QUuid> MeetingCommands::country(Database &db, const QString &text)
{
    auto countries = Repository(db).list<Country>(QStringLiteral("iso2"));
    if (!countries)
        return countries.error();
    const QString wanted = Lookup::fold(text);
    QStringList codes;
    for (const Country &c : *countries) {
        codes << c.iso2;
        for (const QString &name : {c.iso2, c.iso3, c.nameEs, c.namePt, c.nameEn})
            if (!name.isEmpty() && Lookup::fold(name) == wanted)
                return c.meta.id;
    }
    return Error{Error::Code::NotFound,
                 tr("There is no country \"%1\"; name it by its ISO code (%2) or its name.")
                     .arg(text, codes.join(QStringLiteral(", "))),
                 {}};
}

std::optional<CommitmentStatus> MeetingCommands::status(const QString &text)
{
    const QString wanted = Lookup::fold(text);
    for (const QString &key : enumKeys<CommitmentStatus>()) {
        const auto value = enumFromKey<CommitmentStatus>(key);
        if (wanted == key || wanted == Lookup::fold(enumLabel(*value)))
            return value;
    }
    return std::nullopt;
}

Result<Table> MeetingCommands::commitments(Database &db, const CommitmentQuery &query,
                                           bool allColumns)
{
    CommitmentFilter filter;
    filter.status = query.status;
    filter.overdueOnly = query.overdueOnly;
    if (!query.country.isEmpty()) {
        auto c = country(db, query.country);
        if (!c)
            return c.error();
        filter.countryId = *c;
    }
    if (!query.group.isEmpty()) {
        auto g = Lookup::group(db, query.group);
        if (!g)
            return g.error();
        filter.groupId = g->meta.id;
    }
    auto list = Commitments::list(db, filter, query.today);
    if (!list)
        return list.error();
    const Table all = Commitments::table(*list);
    if (allColumns)
        return all;
    // A terminal line has room for what identifies the work and its state.
    Table t;
    QList<int> columns;
    for (const char *key :
         {"due", "country", "status", "overdue", "meeting_date", "group", "action"}) {
        const int i = int(all.keys.indexOf(QLatin1String(key)));
        columns << i;
        t.keys << all.keys.at(i);
        t.headers << all.headers.at(i);
    }
    for (const QVariantList &row : all.rows) {
        QVariantList shown;
        for (int i : columns)
            shown << (all.keys.at(i) == QLatin1String("overdue")
                          ? QVariant(row.at(i).toBool() ? tr("overdue") : QString())
                          : row.at(i));
        t.rows << shown;
    }
    return t;
}

} // namespace focal::cli
