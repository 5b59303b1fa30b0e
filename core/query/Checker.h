#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace focal {

class Database;

struct CheckReport
{
    QStringList problems; // the data is damaged or breaks a rule that must hold
    QStringList warnings; // allowed, but worth a look (a subgroup with fewer than three countries)
    bool ok() const { return problems.isEmpty(); }
};

// Checks a database: file integrity, foreign keys, that every stored value can be read, and the
// domain's rules. Reads only.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(focal::Checker)

public:
    static Result<CheckReport> run(Database &db);
};

} // namespace focal
