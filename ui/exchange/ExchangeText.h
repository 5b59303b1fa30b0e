#pragma once

#include "exchange/Exchange.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace focal {

class Database;

// How the exchange's values read to a person in the program's dialogs: a column's label, the
// kind of a change or conflict with its colour and icon, a site's country and focal point.
// One place, so that the import preview and the conflicts view say the same things.
class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(focal::ExchangeText)

public:
    static QString changeKind(ImportPreview::Change::Kind kind);
    static QColor changeColour(ImportPreview::Change::Kind kind);
    // A small round swatch of the change's colour: the kind is told by word and colour.
    static QIcon changeIcon(ImportPreview::Change::Kind kind);
    static QString conflictKind(Conflict::Kind kind);
    // "Chile · María Pérez", or an empty text when the identity is not complete.
    static QString siteLabel(Database &db, const SiteIdentity &identity);
    // A manifest's sender, as one line: "María Pérez (CL), 29 Nov 2026 14:02".
    static QString sender(const package::Manifest &manifest);
};

} // namespace focal
