#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QUuid>

namespace focal {

class Repository;

// The read-only page of a plan for the details pane: what it is and whose, its life (the dated
// events: sent for comments to whom, observations, approval, delivery), the versions kept, and
// its table of lines of action and products as the report prints it. Stored text is escaped;
// meetings are links to their records.
class PlanHtml
{
    Q_DECLARE_TR_FUNCTIONS(focal::PlanHtml)

public:
    explicit PlanHtml(Repository &repository) : m_repository(repository) {}

    Result<QString> page(const QUuid &planId);

private:
    Result<QString> lifeHtml(const QUuid &planId);
    Result<QString> tableHtml(const QUuid &planId, const QString &itemHeading);

    Repository &m_repository;
};

} // namespace focal
