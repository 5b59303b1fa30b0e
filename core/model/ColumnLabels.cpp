#include "ColumnLabels.h"

#include "model/Country.h"
#include "model/Document.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Milestone.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"

#include <QHash>

#include <functional>

namespace focal {
namespace {

using Labeller = std::function<QString(const QVariant &)>;

template <typename M> struct EnumOf
{
    using type = void;
};
template <typename E>
requires std::is_enum_v<E>
struct EnumOf<E>
{
    using type = E;
};
template <typename E>
requires std::is_enum_v<E>
struct EnumOf<std::optional<E>>
{
    using type = E;
};

// Registers a labeller for every enum column of record type T, found from its field list.
template <typename T> void addEnumColumns(QHash<QString, Labeller> &labellers)
{
    std::apply(
        [&](auto... fields) {
            (
                [&](auto f) {
                    using Member = std::remove_cvref_t<decltype(std::declval<T>().*(f.member))>;
                    using E = typename EnumOf<Member>::type;
                    if constexpr (!std::is_void_v<E>) {
                        labellers.insert(QLatin1String(T::table) + QLatin1Char('.') +
                                             QLatin1String(f.column),
                                         [](const QVariant &v) {
                                             const auto e = enumFromKey<E>(v.toString());
                                             return e ? enumLabel(*e) : v.toString();
                                         });
                    }
                }(fields),
                ...);
        },
        T::fields());
}

const QHash<QString, Labeller> &labellers()
{
    static const QHash<QString, Labeller> all = [] {
        QHash<QString, Labeller> l;
        addEnumColumns<Organisation>(l);
        addEnumColumns<Institution>(l);
        addEnumColumns<PersonRole>(l);
        addEnumColumns<GroupCountry>(l);
        addEnumColumns<GroupText>(l);
        addEnumColumns<Document>(l);
        addEnumColumns<Plan>(l);
        addEnumColumns<PlanItem>(l);
        addEnumColumns<PlanEvent>(l);
        addEnumColumns<PlanVersion>(l);
        addEnumColumns<Meeting>(l);
        addEnumColumns<MeetingCountry>(l);
        addEnumColumns<Agreement>(l);
        addEnumColumns<MeetingParticipant>(l);
        addEnumColumns<MinutesEvent>(l);
        return l;
    }();
    return all;
}

} // namespace

QString columnValueLabel(const QString &table, const QString &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    const auto it = labellers().find(table + QLatin1Char('.') + column);
    return it == labellers().end() ? value.toString() : (*it)(value);
}

} // namespace focal
