#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace focal {

// What a value knows of the changes made to it: for each site (installation), the highest change
// sequence of that site the value includes. Sites number their write transactions 1, 2, 3, ...
// (Database::changeSequence()). Two values are ordered when one includes every change the other
// does; otherwise they were made without knowledge of each other (concurrent): a conflict.
class VersionVector
{
public:
    enum class Order {
        Equal,     // the same changes
        Before,    // this one is older: the other includes all of it and more
        After,     // this one is newer
        Concurrent // each has a change the other does not know
    };

    qint64 at(const QUuid &site) const { return m_entries.value(site, 0); }
    // Raises the entry of `site` to `sequence` (never lowers it).
    void include(const QUuid &site, qint64 sequence);
    // The union: for every site, the higher of the two.
    void merge(const VersionVector &other);
    Order compare(const VersionVector &other) const;
    // Whether this includes every change `other` includes (Equal or After).
    bool includes(const VersionVector &other) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QMap<QUuid, qint64> &entries() const { return m_entries; }

    bool operator==(const VersionVector &other) const { return m_entries == other.m_entries; }

    // {"<site uuid without braces>": sequence, ...}; sequences are positive.
    QJsonObject toJson() const;
    // Refuses (nullopt) anything but an object of site UUIDs to positive integers.
    static std::optional<VersionVector> fromJson(const QJsonValue &value);

private:
    QMap<QUuid, qint64> m_entries;
};

// The version vectors of one record's fields. A field not listed has the empty vector: it
// still holds the value the record was created with. Only fields changed after the record's
// creation are listed, so most records carry none.
class FieldClocks
{
public:
    VersionVector of(const QString &field) const { return m_fields.value(field); }
    void set(const QString &field, const VersionVector &clock);
    // A change of `field` by `site` in its write transaction `sequence`: the field's vector,
    // with that change included.
    void bump(const QString &field, const QUuid &site, qint64 sequence);
    // Everything the record's fields know (the union of their vectors).
    VersionVector knowledge() const;
    bool isEmpty() const { return m_fields.isEmpty(); }
    const QMap<QString, VersionVector> &fields() const { return m_fields; }

    bool operator==(const FieldClocks &other) const { return m_fields == other.m_fields; }

    // {"<column>": {"<site>": sequence}, ...}
    QJsonObject toJson() const;
    static std::optional<FieldClocks> fromJson(const QJsonValue &value);

    // The stored form (the `clocks` column): compact JSON, or a null QString when empty
    // (stored as NULL).
    QString toText() const;
    // From the stored form; a null or empty text is the empty set of clocks.
    static std::optional<FieldClocks> fromText(const QString &text);

private:
    QMap<QString, VersionVector> m_fields;
};

} // namespace focal
