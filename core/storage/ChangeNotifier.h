#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace focal {

// Tells views that data changed, whoever changed it: after each committed write transaction it
// names the tables that were written, so item models refresh what they show. "*" stands for
// every table: another program changed the database (see Database::pollExternalChanges).
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void committed(const QSet<QString> &tables);
};

} // namespace focal
