#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

namespace focal {
class Database;
}

namespace focal::bench {

// How much synthetic data to make. The defaults give about 100 000 records: 20 years of
// meetings (8 000 meetings with their countries and 24 000 agreements, 20 000 of them
// commitments) and 180 annual plans with 5 000 lines of action and 50 000 products.
struct SyntheticOptions
{
    quint32 seed = 20190322; // the Declaración de Santiago that founded PROSUR
    int firstYear = 2006;
    int years = 20;
    int meetingsPerYear = 400;
    int commitments = 20000;
    int plainAgreements = 4000; // agreements that are decisions, not commitments
    int planProducts = 50000;
    int productsPerLine = 10; // on average
};

// What generate() inserted, per kind of record.
struct SyntheticCounts
{
    qint64 meetings = 0;
    qint64 meetingCountries = 0;
    qint64 agreements = 0; // commitments included
    qint64 commitments = 0;
    qint64 plans = 0;
    qint64 planLines = 0;
    qint64 planProducts = 0;
    qint64 planItemCountries = 0;

    qint64 total() const
    {
        return meetings + meetingCountries + agreements + plans + planLines + planProducts +
               planItemCountries;
    }
};

// A large, deterministic database for the benchmarks: realistic Spanish text with accents (so
// that accent-less searches such as "cooperacion" or "peru" mean something), written through
// Repository inside one outer WriteTransaction, which is the path the application itself uses.
// The same seed gives the same records, ids and change stamps on every machine.
class SyntheticData
{
public:
    // Adds the synthetic records to `db`, which must already hold the PROSUR default data (the
    // records refer to its countries, groups, subgroups and institutions). All or nothing.
    static Result<SyntheticCounts> generate(Database &db, const SyntheticOptions &options = {});

    // Creates a new database file at `path` (which must not exist), loads the default data and
    // generates. On failure the half-made file is removed.
    static Result<SyntheticCounts> createFile(const QString &path,
                                              const SyntheticOptions &options = {});
};

} // namespace focal::bench
