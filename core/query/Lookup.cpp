#include "Lookup.h"

#include "storage/Repository.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace focal {
namespace {

std::optional<QUuid> asUuid(const QString &text)
{
    const QUuid id = QUuid::fromString(text.trimmed());
    if (id.isNull())
        return std::nullopt;
    return id;
}

QStringList shortNames(const QList<WorkingGroup> &groups)
{
    QStringList names;
    for (const WorkingGroup &g : groups)
        names << g.shortName;
    names.sort();
    return names;
}

// The words a group answers to besides its short name: those of four letters or more in its
// area's three names and in its own name ("de", "al", "y" would match half the forum).
QSet<QString> wordsOf(const WorkingGroup &group, const QList<ThematicArea> &areas)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QStringList names{group.name};
    for (const ThematicArea &a : areas)
        if (a.meta.id == group.areaId)
            names << a.nameEs << a.namePt << a.nameEn << a.code;
    QSet<QString> words;
    for (const QString &name : names) {
        words.insert(Lookup::fold(name));
        for (const QString &w : Lookup::fold(name).split(separators, Qt::SkipEmptyParts))
            if (w.size() >= 4)
                words.insert(w);
    }
    // Group names all start "Grupo de Trabajo de ...": those words say nothing.
    words.remove(QStringLiteral("grupo"));
    words.remove(QStringLiteral("trabajo"));
    return words;
}

} // namespace

QString Lookup::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toCaseFolded().simplified();
}

Result<WorkingGroup> Lookup::group(Database &db, const QString &text)
{
    Repository repo(db);
    if (auto id = asUuid(text)) {
        auto g = repo.get<WorkingGroup>(*id);
        if (!g && g.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound,
                         tr("There is no working group with the UUID %1.").arg(text.trimmed()),
                         {}};
        return g;
    }
    auto groups = repo.list<WorkingGroup>(QStringLiteral("short_name"));
    if (!groups)
        return groups.error();
    auto areas = repo.list<ThematicArea>();
    if (!areas)
        return areas.error();
    const QString wanted = fold(text);
    const QString choices = shortNames(*groups).join(QStringLiteral(", "));
    if (wanted.isEmpty())
        return Error{Error::Code::Invalid,
                     tr("Say which working group: one of %1, or its UUID.").arg(choices),
                     {}};
    for (const WorkingGroup &g : *groups)
        if (fold(g.shortName) == wanted)
            return g;
    QList<WorkingGroup> found;
    for (const WorkingGroup &g : *groups)
        if (wordsOf(g, *areas).contains(wanted))
            found << g;
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1)
        return Error{Error::Code::Invalid,
                     tr("\"%1\" could be several working groups: %2. Say which one.")
                         .arg(text.trimmed(), shortNames(found).join(QStringLiteral(", "))),
                     {}};
    return Error{
        Error::Code::NotFound,
        tr("There is no working group \"%1\"; choose one of: %2.").arg(text.trimmed(), choices),
        {}};
}

Result<QList<Plan>> Lookup::plans(Database &db, const QUuid &groupId, std::optional<int> year)
{
    Repository repo(db);
    auto all = repo.list<Plan>();
    if (!all)
        return all.error();
    auto groups = repo.list<WorkingGroup>();
    if (!groups)
        return groups.error();
    auto subgroups = repo.list<Subgroup>();
    if (!subgroups)
        return subgroups.error();
    QHash<QUuid, QString> groupName;
    for (const WorkingGroup &g : *groups)
        groupName.insert(g.meta.id, g.shortName);
    QHash<QUuid, int> subgroupNumber;
    for (const Subgroup &s : *subgroups)
        subgroupNumber.insert(s.meta.id, s.number);
    QList<Plan> out;
    for (const Plan &p : *all)
        if ((groupId.isNull() || p.groupId == groupId) && (!year || p.year == year))
            out << p;
    std::stable_sort(out.begin(), out.end(), [&](const Plan &a, const Plan &b) {
        auto key = [&](const Plan &p) {
            return std::make_tuple(groupName.value(p.groupId), p.kind != PlanKind::Sectoral,
                                   p.year.value_or(0), subgroupNumber.value(p.subgroupId, 0));
        };
        return key(a) < key(b);
    });
    return out;
}

Result<QString> Lookup::handle(Database &db, const Plan &plan)
{
    Repository repo(db);
    auto group = repo.get<WorkingGroup>(plan.groupId);
    if (!group)
        return group.error();
    if (plan.kind == PlanKind::Sectoral)
        return group->shortName + QStringLiteral("/sectoral");
    const QString year = plan.year ? QString::number(*plan.year) : QStringLiteral("?");
    if (plan.subgroupId.isNull())
        return group->shortName + u'/' + year;
    auto subgroup = repo.get<Subgroup>(plan.subgroupId);
    if (!subgroup)
        return subgroup.error();
    return group->shortName + u'/' + QString::number(subgroup->number) + u'/' + year;
}

Result<Plan> Lookup::plan(Database &db, const QString &text)
{
    Repository repo(db);
    if (auto id = asUuid(text)) {
        auto p = repo.get<Plan>(*id);
        if (!p && p.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound,
                         tr("There is no plan with the UUID %1.").arg(text.trimmed()),
                         {}};
        return p;
    }
    const QStringList parts = text.trimmed().split(u'/');
    auto badForm = [&] {
        return Error{Error::Code::Invalid,
                     tr("\"%1\" does not name a plan. Write its UUID, GROUP/sectoral, GROUP/YEAR "
                        "or GROUP/SUBGROUP/YEAR, e.g. seguridad/1/2021.")
                         .arg(text.trimmed()),
                     {}};
    };
    if (parts.size() < 2 || parts.size() > 3)
        return badForm();
    auto group = Lookup::group(db, parts.first());
    if (!group)
        return group.error();

    auto number = [](const QString &s, int min, int max) -> std::optional<int> {
        bool ok = false;
        const int n = s.trimmed().toInt(&ok);
        return ok && n >= min && n <= max ? std::optional<int>(n) : std::nullopt;
    };
    const QString last = fold(parts.last());
    const bool sectoral = parts.size() == 2 &&
                          (last == QLatin1String("sectoral") || last == QLatin1String("sectorial"));
    const auto year = sectoral ? std::nullopt : number(parts.last(), 1900, 2200);
    if (!sectoral && !year)
        return badForm();
    QUuid subgroupId;
    if (parts.size() == 3) {
        const auto n = number(parts.at(1), 1, 999);
        if (!n)
            return badForm();
        auto subgroups = repo.listWhere<Subgroup>("group_id", column::toVariant(group->meta.id));
        if (!subgroups)
            return subgroups.error();
        QStringList numbers;
        for (const Subgroup &s : *subgroups) {
            numbers << QString::number(s.number);
            if (s.number == *n)
                subgroupId = s.meta.id;
        }
        if (subgroupId.isNull())
            return Error{
                Error::Code::NotFound,
                tr("The working group %1 has no subgroup %2; its subgroups are: %3.")
                    .arg(group->shortName)
                    .arg(*n)
                    .arg(numbers.isEmpty() ? tr("none") : numbers.join(QStringLiteral(", "))),
                {}};
    }

    auto candidates = plans(db, group->meta.id);
    if (!candidates)
        return candidates.error();
    QList<Plan> found;
    QStringList handles;
    for (const Plan &p : *candidates) {
        if (auto h = handle(db, p))
            handles << *h;
        const bool match =
            sectoral ? p.kind == PlanKind::Sectoral
                     : p.kind == PlanKind::Annual && p.year == year && p.subgroupId == subgroupId;
        if (match)
            found << p;
    }
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1) {
        QStringList ids;
        for (const Plan &p : found)
            ids << p.meta.id.toString(QUuid::WithoutBraces);
        return Error{Error::Code::Invalid,
                     tr("\"%1\" names several plans; use the UUID of one: %2.")
                         .arg(text.trimmed(), ids.join(QStringLiteral(", "))),
                     {}};
    }
    handles.removeDuplicates();
    return Error{Error::Code::NotFound,
                 tr("There is no plan \"%1\". The plans of %2 are: %3.")
                     .arg(text.trimmed(), group->shortName,
                          handles.isEmpty() ? tr("none") : handles.join(QStringLiteral(", "))),
                 {}};
}

} // namespace focal
