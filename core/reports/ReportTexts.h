#pragma once

#include "model/ReportText.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace focal {

class Database;

// Reads and writes the texts people edit for a working group's reports (see ReportText). The
// report builders read them; an empty or missing text means the report writes its own.
class ReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(focal::ReportTexts)

public:
    static constexpr const char *annualIntroduction = "annual_introduction";

    // The kinds a report text may have (the default data refuses any other).
    static bool isKnownKind(const QString &kind);

    // The group's text of that kind, if one is stored.
    static Result<std::optional<ReportText>> find(Database &db, const QUuid &groupId,
                                                  const QString &kind);
    // The annual report's introduction as stored; empty when the group has none.
    static Result<QString> introduction(Database &db, const QUuid &groupId);
    // Stores the introduction (through Repository, in one transaction); blank text removes it,
    // so that the report writes its generated introduction again.
    static Result<void> setIntroduction(Database &db, const QUuid &groupId, const QString &body);
};

} // namespace focal
