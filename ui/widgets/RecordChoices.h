#pragma once

#include <QUuid>

class QComboBox;

namespace focal {

class Database;
class Repository;

// The record combos of the dialogs that choose what to export or print (a package, a PDF): each
// entry holds its record's id as its data.
namespace choices {

// Appends the working groups, by name.
void addWorkingGroups(QComboBox *box, Repository &repo);
// Refills `box` with the plans of `group` (every plan when it is null), each after its handle
// ("SG1 2021 — Plan de trabajo"); the plan `select` is chosen when offered, else the first.
void fillPlans(QComboBox *box, Database &db, const QUuid &group, const QUuid &select);
// Refills `box` with the meetings of `group` (every meeting when it is null), newest first, as
// "date — title". The meeting `select` stays choosable whatever the group, and is chosen.
void fillMeetings(QComboBox *box, Repository &repo, const QUuid &group, const QUuid &select);

} // namespace choices
} // namespace focal
