#include "PlanVersions.h"

#include "plans/PlanContent.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace focal {
namespace {

const QString formatName = QStringLiteral("focal-plan-snapshot");

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString countriesText(const QList<QUuid> &ids)
{
    QStringList out;
    for (const QUuid &id : ids)
        out << uuidText(id);
    return out.join(QLatin1Char(';'));
}

QString deadlineWords(const Deadline &d, const QString &written)
{
    return written.isEmpty() ? d.toText(Language::Spanish) : written;
}

// Empty for an item never reprogrammed (no first deadline kept).
QString originalWords(const PlanVersions::Item &i)
{
    if (i.originalDeadlineText.isEmpty() && !i.originalDeadline.isUndefined())
        return i.originalDeadline.toText(Language::Spanish);
    return i.originalDeadlineText;
}

// Reads one snapshot item; returns the name of the first bad field, or an empty string.
QString readItem(const QJsonObject &o, PlanVersions::Item &item)
{
    const auto uuid = [&](const char *name, QUuid &out, bool required) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            out = QUuid();
            return !required;
        }
        out = QUuid::fromString(v.toString());
        return v.isString() && !out.isNull();
    };
    const auto string = [&](const char *name, QString &out) {
        const QJsonValue v = o.value(QLatin1String(name));
        out = v.toString();
        return v.isString() || v.isUndefined();
    };
    const auto deadline = [&](const char *name, Deadline &out) {
        QString code;
        if (!string(name, code))
            return false;
        const auto d = Deadline::fromCode(code);
        if (d)
            out = *d;
        return d.has_value();
    };
    if (!uuid("id", item.id, true))
        return QStringLiteral("id");
    if (!uuid("parent", item.parentId, false))
        return QStringLiteral("parent");
    if (!uuid("carried_from", item.carriedFromId, false))
        return QStringLiteral("carried_from");
    const QJsonValue position = o.value(QLatin1String("position"));
    if (!position.isDouble())
        return QStringLiteral("position");
    item.position = position.toInt();
    if (!string("text", item.text))
        return QStringLiteral("text");
    if (!deadline("deadline", item.deadline))
        return QStringLiteral("deadline");
    if (!string("deadline_text", item.deadlineText))
        return QStringLiteral("deadline_text");
    QString status;
    string("status", status);
    const auto s = enumFromKey<PlanItemStatus>(status);
    if (!s)
        return QStringLiteral("status");
    item.status = *s;
    if (!string("notes", item.notes))
        return QStringLiteral("notes");
    if (!deadline("original_deadline", item.originalDeadline))
        return QStringLiteral("original_deadline");
    if (!string("original_deadline_text", item.originalDeadlineText))
        return QStringLiteral("original_deadline_text");
    const QJsonValue countries = o.value(QLatin1String("countries"));
    if (!countries.isArray() && !countries.isUndefined())
        return QStringLiteral("countries");
    for (const QJsonValue &c : countries.toArray()) {
        const QUuid id = QUuid::fromString(c.toString());
        if (id.isNull())
            return QStringLiteral("countries");
        item.countryIds << id;
    }
    return {};
}

QList<PlanVersions::FieldChange> fieldChanges(const PlanVersions::Item &a,
                                              const PlanVersions::Item &b)
{
    using F = PlanVersions::Field;
    QList<PlanVersions::FieldChange> out;
    const auto add = [&](F f, const QString &before, const QString &after) {
        if (before != after)
            out.append({f, before, after});
    };
    add(F::Parent, uuidText(a.parentId), uuidText(b.parentId));
    add(F::Position, QString::number(a.position), QString::number(b.position));
    add(F::Text, a.text, b.text);
    // Words alone may differ ("1er bimestre" / "Primer bimestre") with the same meaning: a
    // change of words is a change, shown as the words.
    if (a.deadline != b.deadline || a.deadlineText != b.deadlineText)
        out.append({F::Deadline, deadlineWords(a.deadline, a.deadlineText),
                    deadlineWords(b.deadline, b.deadlineText)});
    add(F::Status, enumKey(a.status), enumKey(b.status));
    add(F::Notes, a.notes, b.notes);
    add(F::Countries, countriesText(a.countryIds), countriesText(b.countryIds));
    if (a.originalDeadline != b.originalDeadline ||
        a.originalDeadlineText != b.originalDeadlineText)
        out.append({F::OriginalDeadline, originalWords(a), originalWords(b)});
    add(F::CarriedFrom, uuidText(a.carriedFromId), uuidText(b.carriedFromId));
    return out;
}

PlanVersions::Direction direction(const Deadline &before, const Deadline &after)
{
    using D = PlanVersions::Direction;
    if (before.isUndefined())
        return D::Defined;
    if (after.isUndefined())
        return D::Undefined;
    if (after.end() > before.end())
        return D::Later;
    if (after.end() < before.end())
        return D::Earlier;
    return D::Reshaped;
}

} // namespace

Result<QList<PlanVersions::Item>> PlanVersions::current(Database &db, const QUuid &planId)
{
    Repository repo(db);
    auto rows = repo.listWhere<PlanItem>("plan_id", column::toVariant(planId),
                                         QStringLiteral("position, rowid"));
    if (!rows)
        return rows.error();
    auto countries = PlanContent::countriesByItem(db, planId);
    if (!countries)
        return countries.error();
    const QHash<QUuid, QList<QUuid>> &countriesOf = *countries;

    const auto toItem = [&](const PlanItem &r) {
        Item item{r.meta.id,
                  r.parentId,
                  r.position,
                  r.text,
                  r.deadline,
                  r.deadlineText,
                  r.status,
                  r.notes,
                  countriesOf.value(r.meta.id),
                  r.originalDeadline,
                  r.originalDeadlineText,
                  r.carriedFromId};
        std::sort(item.countryIds.begin(), item.countryIds.end(),
                  [](const QUuid &a, const QUuid &b) { return uuidText(a) < uuidText(b); });
        return item;
    };
    QList<Item> out;
    for (const PlanItem &line : *rows) {
        if (!line.parentId.isNull())
            continue;
        out << toItem(line);
        for (const PlanItem &child : *rows)
            if (child.parentId == line.meta.id)
                out << toItem(child);
    }
    return out;
}

QString PlanVersions::toJson(const QList<Item> &items)
{
    QJsonArray array;
    for (const Item &i : items) {
        QJsonArray countries;
        for (const QUuid &c : i.countryIds)
            countries << uuidText(c);
        array << QJsonObject{{QStringLiteral("id"), uuidText(i.id)},
                             {QStringLiteral("parent"), uuidText(i.parentId)},
                             {QStringLiteral("position"), i.position},
                             {QStringLiteral("text"), i.text},
                             {QStringLiteral("deadline"), i.deadline.toCode()},
                             {QStringLiteral("deadline_text"), i.deadlineText},
                             {QStringLiteral("status"), enumKey(i.status)},
                             {QStringLiteral("notes"), i.notes},
                             {QStringLiteral("countries"), countries},
                             {QStringLiteral("original_deadline"), i.originalDeadline.toCode()},
                             {QStringLiteral("original_deadline_text"), i.originalDeadlineText},
                             {QStringLiteral("carried_from"), uuidText(i.carriedFromId)}};
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("items"), array}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<QList<PlanVersions::Item>> PlanVersions::parse(const QString &snapshot)
{
    const auto invalid = [](const QString &detail) {
        return Error{Error::Code::Invalid, tr("The kept version of the plan cannot be read."),
                     detail};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(snapshot.toUtf8(), &parseError);
    if (!doc.isObject())
        return invalid(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != formatName)
        return invalid(QStringLiteral("not a plan snapshot"));
    if (root.value(QLatin1String("version")).toInt() != FormatVersion)
        return Error{Error::Code::Invalid,
                     tr("The kept version of the plan was written by a newer Focal."),
                     QStringLiteral("snapshot version %1")
                         .arg(root.value(QLatin1String("version")).toInt())};
    if (!root.value(QLatin1String("items")).isArray())
        return invalid(QStringLiteral("no item list"));
    QList<Item> items;
    for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
        Item item;
        const QString bad = v.isObject() ? readItem(v.toObject(), item) : QStringLiteral("item");
        if (!bad.isEmpty())
            return invalid(QStringLiteral("item %1: field %2").arg(items.size() + 1).arg(bad));
        items << item;
    }
    return items;
}

Result<PlanVersion> PlanVersions::take(Database &db, const QUuid &planId, DocumentStatus state,
                                       QDate date, const QUuid &eventId, const QString &label,
                                       const QUuid &versionId)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto items = current(db, planId);
    if (!items)
        return items.error();
    auto last = db.exec(QStringLiteral("SELECT MAX(number) FROM plan_version WHERE plan_id = ?"),
                        {column::toVariant(planId)});
    if (!last)
        return last.error();
    PlanVersion v;
    v.meta.id = versionId;
    v.planId = planId;
    v.number = (last.value().next() ? last.value().value(0).toInt() : 0) + 1;
    v.date = date;
    v.state = state;
    v.eventId = eventId;
    v.label = label;
    v.snapshot = toJson(*items);
    if (auto r = Repository(db).insert(v); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return v;
}

Result<QList<PlanVersion>> PlanVersions::list(Database &db, const QUuid &planId)
{
    return Repository(db).listWhere<PlanVersion>("plan_id", column::toVariant(planId),
                                                 QStringLiteral("number"));
}

QString PlanVersions::fieldLabel(Field field)
{
    switch (field) {
    case Field::Parent:
        return tr("Line of action");
    case Field::Position:
        return tr("Position");
    case Field::Text:
        return tr("Text");
    case Field::Deadline:
        return tr("Deadline");
    case Field::Status:
        return tr("Status");
    case Field::Notes:
        return tr("Notes");
    case Field::Countries:
        return tr("Responsible countries");
    case Field::OriginalDeadline:
        return tr("Original deadline");
    case Field::CarriedFrom:
        return tr("Carried from");
    }
    return {};
}

PlanVersions::Diff PlanVersions::diff(const QList<Item> &older, const QList<Item> &newer)
{
    QHash<QUuid, const Item *> olderById;
    for (const Item &i : older)
        olderById.insert(i.id, &i);
    QSet<QUuid> newerIds;
    Diff d;
    for (const Item &b : newer) {
        newerIds.insert(b.id);
        const Item *a = olderById.value(b.id);
        if (!a) {
            d.added << b;
            continue;
        }
        const QList<FieldChange> fields = fieldChanges(*a, b);
        if (fields.isEmpty())
            continue;
        d.changed << Change{*a, b, fields};
        if (a->deadline != b.deadline)
            d.moved << DeadlineMove{b.id, b.text, a->deadline, b.deadline,
                                    direction(a->deadline, b.deadline)};
    }
    for (const Item &a : older)
        if (!newerIds.contains(a.id))
            d.removed << a;
    return d;
}

Result<PlanVersions::Diff> PlanVersions::diffWithCurrent(Database &db, const PlanVersion &version)
{
    auto older = parse(version.snapshot);
    if (!older)
        return older.error();
    auto now = current(db, version.planId);
    if (!now)
        return now.error();
    return diff(*older, *now);
}

} // namespace focal
