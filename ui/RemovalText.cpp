#include "RemovalText.h"

namespace focal {
namespace {

// Singular and plural source texts; kept apart (rather than "%n row(s)") so that English
// reads well without a translation file.
struct Words
{
    const char *table;
    const char *one;
    const char *many;
};

// clang-format off
constexpr Words tableWords[] = {
    {"country", QT_TRANSLATE_NOOP("focal::RemovalText", "1 country"),
                QT_TRANSLATE_NOOP("focal::RemovalText", "%1 countries")},
    {"forum_member", QT_TRANSLATE_NOOP("focal::RemovalText", "1 forum membership"),
                     QT_TRANSLATE_NOOP("focal::RemovalText", "%1 forum memberships")},
    {"pro_tempore", QT_TRANSLATE_NOOP("focal::RemovalText", "1 pro tempore presidency"),
                    QT_TRANSLATE_NOOP("focal::RemovalText", "%1 pro tempore presidencies")},
    {"organisation", QT_TRANSLATE_NOOP("focal::RemovalText", "1 organisation"),
                     QT_TRANSLATE_NOOP("focal::RemovalText", "%1 organisations")},
    {"institution", QT_TRANSLATE_NOOP("focal::RemovalText", "1 institution"),
                    QT_TRANSLATE_NOOP("focal::RemovalText", "%1 institutions")},
    {"person", QT_TRANSLATE_NOOP("focal::RemovalText", "1 person"),
               QT_TRANSLATE_NOOP("focal::RemovalText", "%1 people")},
    {"person_role", QT_TRANSLATE_NOOP("focal::RemovalText", "1 role of a person"),
                    QT_TRANSLATE_NOOP("focal::RemovalText", "%1 roles of people")},
    {"thematic_area", QT_TRANSLATE_NOOP("focal::RemovalText", "1 thematic area"),
                      QT_TRANSLATE_NOOP("focal::RemovalText", "%1 thematic areas")},
    {"working_group", QT_TRANSLATE_NOOP("focal::RemovalText", "1 working group"),
                      QT_TRANSLATE_NOOP("focal::RemovalText", "%1 working groups")},
    {"group_country", QT_TRANSLATE_NOOP("focal::RemovalText", "1 participating country"),
                      QT_TRANSLATE_NOOP("focal::RemovalText", "%1 participating countries")},
    {"group_institution", QT_TRANSLATE_NOOP("focal::RemovalText", "1 participating institution"),
                          QT_TRANSLATE_NOOP("focal::RemovalText", "%1 participating institutions")},
    {"group_text", QT_TRANSLATE_NOOP("focal::RemovalText", "1 report text"),
                   QT_TRANSLATE_NOOP("focal::RemovalText", "%1 report texts")},
    {"subgroup", QT_TRANSLATE_NOOP("focal::RemovalText", "1 subgroup"),
                 QT_TRANSLATE_NOOP("focal::RemovalText", "%1 subgroups")},
    {"subgroup_member", QT_TRANSLATE_NOOP("focal::RemovalText", "1 member country"),
                        QT_TRANSLATE_NOOP("focal::RemovalText", "%1 member countries")},
    {"document", QT_TRANSLATE_NOOP("focal::RemovalText", "1 document"),
                 QT_TRANSLATE_NOOP("focal::RemovalText", "%1 documents")},
    {"milestone", QT_TRANSLATE_NOOP("focal::RemovalText", "1 milestone"),
                  QT_TRANSLATE_NOOP("focal::RemovalText", "%1 milestones")},
    {"plan", QT_TRANSLATE_NOOP("focal::RemovalText", "1 plan"),
             QT_TRANSLATE_NOOP("focal::RemovalText", "%1 plans")},
    {"plan_item", QT_TRANSLATE_NOOP("focal::RemovalText", "1 plan item"),
                  QT_TRANSLATE_NOOP("focal::RemovalText", "%1 plan items")},
    {"plan_item_country", QT_TRANSLATE_NOOP("focal::RemovalText", "1 country of a plan item"),
                          QT_TRANSLATE_NOOP("focal::RemovalText", "%1 countries of plan items")},
    {"meeting_series", QT_TRANSLATE_NOOP("focal::RemovalText", "1 meeting series"),
                       QT_TRANSLATE_NOOP("focal::RemovalText", "%1 meeting series")},
    {"meeting", QT_TRANSLATE_NOOP("focal::RemovalText", "1 meeting"),
                QT_TRANSLATE_NOOP("focal::RemovalText", "%1 meetings")},
    {"meeting_country", QT_TRANSLATE_NOOP("focal::RemovalText", "1 country at a meeting"),
                        QT_TRANSLATE_NOOP("focal::RemovalText", "%1 countries at meetings")},
    {"meeting_participant", QT_TRANSLATE_NOOP("focal::RemovalText", "1 meeting participant"),
                            QT_TRANSLATE_NOOP("focal::RemovalText", "%1 meeting participants")},
    {"agreement", QT_TRANSLATE_NOOP("focal::RemovalText", "1 agreement"),
                  QT_TRANSLATE_NOOP("focal::RemovalText", "%1 agreements")},
};

// What a record "does" that forbids deleting it: (referring table, column) -> verb phrase.
struct Reference
{
    const char *table;
    const char *column;
    const char *one;
    const char *many;
};

constexpr Reference references[] = {
    {"subgroup", "leader_country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it leads 1 subgroup"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it leads %1 subgroups")},
    {"subgroup_member", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is a member of 1 subgroup"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is a member of %1 subgroups")},
    {"group_country", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it takes part in 1 working group"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it takes part in %1 working groups")},
    {"group_institution", "institution_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it takes part in 1 working group"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it takes part in %1 working groups")},
    {"forum_member", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is a member of the forum"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is a member of the forum")},
    {"pro_tempore", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it held the pro tempore presidency once"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it held the pro tempore presidency %1 times")},
    {"institution", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it has 1 institution"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it has %1 institutions")},
    {"person", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "1 person belongs to it"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "%1 people belong to it")},
    {"working_group", "area_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it has a working group"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it has %1 working groups")},
    {"meeting_country", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it took part in 1 meeting"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it took part in %1 meetings")},
    {"meeting_participant", "institution_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it took part in 1 meeting"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it took part in %1 meetings")},
    {"plan_item_country", "country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is named in 1 plan item"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is named in %1 plan items")},
    {"agreement", "responsible_country_id",
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is responsible for 1 agreement"),
     QT_TRANSLATE_NOOP("focal::RemovalText", "it is responsible for %1 agreements")},
};
// clang-format on

QString pick(const char *one, const char *many, int count)
{
    return count == 1 ? RemovalText::tr(one) : RemovalText::tr(many).arg(count);
}

} // namespace

QString RemovalText::rows(const QString &table, int count)
{
    for (const Words &w : tableWords)
        if (table == QLatin1String(w.table))
            return pick(w.one, w.many, count);
    return count == 1 ? tr("1 other record") : tr("%1 other records").arg(count);
}

QString RemovalText::blocker(const RecordRemoval::Blocker &blocker)
{
    for (const Reference &r : references)
        if (blocker.table == QLatin1String(r.table) && blocker.column == QLatin1String(r.column))
            return pick(r.one, r.many, blocker.count);
    return tr("%1 refer to it").arg(rows(blocker.table, blocker.count));
}

QString RemovalText::joined(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(tr(", ")), parts.last());
}

QString RemovalText::refusal(const QString &name, const RecordRemoval::Plan &plan)
{
    QStringList reasons;
    for (const RecordRemoval::Blocker &b : plan.blockers)
        reasons << blocker(b);
    return tr("%1 cannot be deleted: %2. Change or delete those first.").arg(name, joined(reasons));
}

QString RemovalText::confirmation(const QString &name, const RecordRemoval::Plan &plan)
{
    QStringList along;
    for (const auto &count : plan.cascadeCounts())
        along << rows(count.first, count.second);
    if (along.isEmpty())
        return tr("Delete %1?").arg(name);
    return tr("Delete %1? With it go %2.").arg(name, joined(along));
}

} // namespace focal
