#include "exchange/Exchange.h"

#include "exchange/ConflictStore.h"

namespace focal {
namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("focal::ImportPreview", text);
}

QString conflictText(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::Field:
        return translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "changed here and there"));
    case Conflict::Kind::DeletedHere:
        return translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "deleted here, changed there"));
    case Conflict::Kind::DeletedThere:
        return translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "changed here, deleted there"));
    case Conflict::Kind::Duplicate:
        return translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "the same as a record here"));
    }
    return {};
}

} // namespace

QString ImportPreview::summary(int limit) const
{
    QStringList lines;
    lines << translate(
                 QT_TRANSLATE_NOOP("focal::ImportPreview",
                                   "%1 added, %2 changed, %3 deleted, %4 conflicts, %5 unchanged."))
                 .arg(added)
                 .arg(changed)
                 .arg(deleted)
                 .arg(conflicts)
                 .arg(unchanged);
    int shown = 0;
    for (const Change &c : changes) {
        if (shown == limit) {
            lines << translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "... and %1 more."))
                         .arg(changes.size() - shown);
            break;
        }
        ++shown;
        const QString what =
            c.table + QStringLiteral(" \u201c") + c.recordLabel + QStringLiteral("\u201d");
        const QString fields = c.fields.join(QStringLiteral(", "));
        switch (c.kind) {
        case Change::Kind::Added:
            lines << translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "+ %1: new")).arg(what);
            break;
        case Change::Kind::Changed:
            lines << translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "~ %1: %2"))
                         .arg(what, fields);
            break;
        case Change::Kind::Deleted:
            lines
                << translate(QT_TRANSLATE_NOOP("focal::ImportPreview", "- %1: deleted")).arg(what);
            break;
        case Change::Kind::Conflict:
            lines << (fields.isEmpty() ? translate(QT_TRANSLATE_NOOP("focal::ImportPreview",
                                                                     "! %1: conflict, %2"))
                                             .arg(what, conflictText(c.conflict))
                                       : translate(QT_TRANSLATE_NOOP("focal::ImportPreview",
                                                                     "! %1: conflict in %2, %3"))
                                             .arg(what, fields, conflictText(c.conflict)));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace focal
