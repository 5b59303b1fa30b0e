#pragma once

#include "storage/RecordRemoval.h"

#include <QCoreApplication>

namespace focal {

// Puts a RecordRemoval plan into plain words: what refers to a record that cannot be deleted,
// and what would go with one that can. Table and column names never reach the person.
class RemovalText
{
    Q_DECLARE_TR_FUNCTIONS(focal::RemovalText)

public:
    // "Chile cannot be deleted: it leads 1 subgroup and takes part in 1 working group."
    static QString refusal(const QString &name, const RecordRemoval::Plan &plan);
    // "Delete subgroup 1? With it go 4 member countries and 1 plan."
    static QString confirmation(const QString &name, const RecordRemoval::Plan &plan);
    // "3 member countries of a subgroup", for a table and a count.
    static QString rows(const QString &table, int count);

private:
    static QString blocker(const RecordRemoval::Blocker &blocker);
    static QString joined(const QStringList &parts);
};

} // namespace focal
