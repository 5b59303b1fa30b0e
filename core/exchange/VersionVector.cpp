#include "exchange/VersionVector.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace focal {

void VersionVector::include(const QUuid &site, qint64 sequence)
{
    if (site.isNull() || sequence <= 0)
        return;
    auto it = m_entries.find(site);
    if (it == m_entries.end())
        m_entries.insert(site, sequence);
    else if (*it < sequence)
        *it = sequence;
}

void VersionVector::merge(const VersionVector &other)
{
    for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it)
        include(it.key(), it.value());
}

bool VersionVector::includes(const VersionVector &other) const
{
    for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it)
        if (at(it.key()) < it.value())
            return false;
    return true;
}

VersionVector::Order VersionVector::compare(const VersionVector &other) const
{
    const bool mine = includes(other);
    const bool theirs = other.includes(*this);
    if (mine && theirs)
        return Order::Equal;
    if (mine)
        return Order::After;
    if (theirs)
        return Order::Before;
    return Order::Concurrent;
}

QJsonObject VersionVector::toJson() const
{
    QJsonObject o;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        o.insert(it.key().toString(QUuid::WithoutBraces), double(it.value()));
    return o;
}

std::optional<VersionVector> VersionVector::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    // Sequences are whole numbers a double holds exactly.
    constexpr double largest = 9007199254740991.0; // 2^53 - 1
    VersionVector v;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QUuid site = QUuid::fromString(it.key());
        if (site.isNull() || !it.value().isDouble())
            return std::nullopt;
        const double d = it.value().toDouble();
        if (!(d >= 1.0 && d <= largest) || d != double(qint64(d)))
            return std::nullopt;
        v.m_entries.insert(site, qint64(d));
    }
    return v;
}

void FieldClocks::set(const QString &field, const VersionVector &clock)
{
    if (clock.isEmpty())
        m_fields.remove(field);
    else
        m_fields.insert(field, clock);
}

void FieldClocks::bump(const QString &field, const QUuid &site, qint64 sequence)
{
    VersionVector v = of(field);
    v.include(site, sequence);
    set(field, v);
}

VersionVector FieldClocks::knowledge() const
{
    VersionVector all;
    for (const auto &v : m_fields)
        all.merge(v);
    return all;
}

QJsonObject FieldClocks::toJson() const
{
    QJsonObject o;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

std::optional<FieldClocks> FieldClocks::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    FieldClocks c;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().isEmpty())
            return std::nullopt;
        auto v = VersionVector::fromJson(it.value());
        if (!v)
            return std::nullopt;
        c.set(it.key(), *v);
    }
    return c;
}

QString FieldClocks::toText() const
{
    if (m_fields.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<FieldClocks> FieldClocks::fromText(const QString &text)
{
    if (text.isEmpty())
        return FieldClocks{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

} // namespace focal
