#pragma once

#include <QString>
#include <QVariant>

namespace focal {

// How a stored value reads to a person when only its table and column are known (a generic
// record page, a listing): an enum key becomes its translated label ("proposed" -> "proposed"
// in English, "propuesto" in Spanish), anything else its text.
QString columnValueLabel(const QString &table, const QString &column, const QVariant &value);

} // namespace focal
