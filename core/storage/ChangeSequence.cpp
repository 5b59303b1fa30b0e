#include "ChangeSequence.h"

#include "storage/Database.h"

namespace focal {

Result<void> ChangeSequence::raise(Database &db)
{
    const qint64 seen = std::exchange(m_counter, -1); // stays -1 unless the raise succeeds
    // This connection's own commits leave the counter as it is; anyone else's change it.
    auto counter = db.exec(db.dialect().externalChangeCounterSql());
    if (!counter)
        return counter.error();
    if (!counter.value().next())
        return db.errorFrom(counter.value().lastError());
    const qint64 now = counter.value().value(0).toLongLong();
    if (now != seen) {
        auto stored =
            db.exec(QStringLiteral("SELECT value FROM focal_meta WHERE key = 'change_seq'"));
        if (!stored)
            return stored.error();
        bool ok = stored.value().next();
        const qint64 value = ok ? stored.value().value(0).toLongLong(&ok) : 0;
        if (!ok)
            return Error{Error::Code::Corrupt, tr("The database file is damaged."),
                         QStringLiteral("focal_meta.change_seq")};
        m_sequence = value;
    }
    static const QString raised =
        QStringLiteral("UPDATE focal_meta SET value = :p0 WHERE key = 'change_seq'");
    if (auto r = db.write(raised, {QString::number(m_sequence + 1)}); !r)
        return r.error();
    ++m_sequence;
    m_counter = now;
    return {};
}

void ChangeSequence::rolledBack()
{
    if (m_counter >= 0) // raised in the transaction that rolled back
        --m_sequence;
    m_counter = -1;
}

} // namespace focal
