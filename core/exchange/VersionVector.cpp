#include "exchange/VersionVector.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <utility>

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

namespace {

bool plainName(const QString &name)
{
    for (QChar c : name)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
              c == u'_'))
            return false;
    return !name.isEmpty();
}

} // namespace

// Written for every row an import or an edit changes, so spelled directly: exactly the compact
// JSON QJsonDocument gives (keys sorted as text, whole numbers as digits), which stored clocks
// are compared by. A field name that would need escaping takes Qt's writer.
QString FieldClocks::toText() const
{
    if (m_fields.isEmpty())
        return {};
    QString out;
    out.reserve(int(m_fields.size()) * 64);
    out += QLatin1Char('{');
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!plainName(it.key()))
            return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
        if (it != m_fields.cbegin())
            out += QLatin1Char(',');
        out += QLatin1Char('"') + it.key() + QStringLiteral("\":{");
        QList<std::pair<QString, qint64>> entries;
        entries.reserve(it.value().entries().size());
        for (auto e = it.value().entries().cbegin(); e != it.value().entries().cend(); ++e)
            entries.append({e.key().toString(QUuid::WithoutBraces), e.value()});
        std::sort(entries.begin(), entries.end());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += QLatin1Char('"') + entries.at(i).first + QStringLiteral("\":") +
                   QString::number(entries.at(i).second);
        }
        out += QLatin1Char('}');
    }
    out += QLatin1Char('}');
    return out;
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
