#include "reports/ReportTexts.h"

#include "storage/Database.h"
#include "storage/Repository.h"

namespace focal {

bool ReportTexts::isKnownKind(const QString &kind)
{
    return kind == QLatin1String(annualIntroduction);
}

Result<std::optional<ReportText>> ReportTexts::find(Database &db, const QUuid &groupId,
                                                    const QString &kind)
{
    Repository repo(db);
    auto rows = repo.select<ReportText>(QStringLiteral("group_id = ? AND kind = ?"),
                                        {column::toVariant(groupId), kind}, QString());
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ReportText>();
    return std::optional<ReportText>(rows->first());
}

Result<QString> ReportTexts::introduction(Database &db, const QUuid &groupId)
{
    auto text = find(db, groupId, QLatin1String(annualIntroduction));
    if (!text)
        return text.error();
    return text.value() ? text.value()->body : QString();
}

Result<void> ReportTexts::setIntroduction(Database &db, const QUuid &groupId, const QString &body)
{
    if (groupId.isNull())
        return Error{
            Error::Code::Invalid, tr("Choose the working group the introduction is for."), {}};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto existing = find(db, groupId, QLatin1String(annualIntroduction));
    if (!existing)
        return existing.error();
    Repository repo(db);
    Result<void> written;
    if (body.trimmed().isEmpty()) {
        if (existing.value())
            written = repo.remove<ReportText>(existing.value()->meta.id);
    } else if (existing.value()) {
        ReportText text = *existing.value();
        if (text.body == body)
            return tx.commit();
        text.body = body;
        written = repo.update(text);
    } else {
        ReportText text;
        text.groupId = groupId;
        text.kind = QLatin1String(annualIntroduction);
        text.body = body;
        written = repo.insert(text);
    }
    if (!written)
        return written;
    return tx.commit();
}

} // namespace focal
