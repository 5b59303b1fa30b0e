#pragma once

#include "query/Listings.h"

#include <QTextStream>

namespace focal::cli {

// Prints a listing as an aligned text table (long cells shortened) or as a JSON array of objects.
void printTable(QTextStream &out, const Table &table);
void printJson(QTextStream &out, const Table &table);

} // namespace focal::cli
