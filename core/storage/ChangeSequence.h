#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace focal {

class Database;

// The change sequence of this site's write transactions (docs/exchange.md): 1, 2, 3, ... stored
// in focal_meta.change_seq and raised inside each outermost write transaction, so that a
// rollback gives the number back. The number is kept in memory and read again only when another
// connection committed since this one last raised it: the write lock makes that check exact, and
// another Focal's numbers are never reused.
class ChangeSequence
{
    Q_DECLARE_TR_FUNCTIONS(focal::ChangeSequence)

public:
    // The current transaction's number; outside one, the last this connection used or read.
    qint64 current() const { return m_sequence; }
    // Called right after the outermost write transaction of `db` began.
    Result<void> raise(Database &db);
    // That transaction rolled back, and the raise with it.
    void rolledBack();

private:
    qint64 m_sequence = 0;
    // The external change counter when this connection last raised the number; -1 when unknown
    // (never raised, or given back), which makes the next raise read the stored number.
    qint64 m_counter = -1;
};

} // namespace focal
