#include "exchange/ExchangeText.h"

#include "model/Country.h"
#include "storage/Repository.h"
#include "widgets/DeadlineEdit.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace focal {

QString ExchangeText::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("name_es"), QT_TR_NOOP("Name (Spanish)")},
        {QStringLiteral("name_pt"), QT_TR_NOOP("Name (Portuguese)")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name (English)")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("time"), QT_TR_NOOP("Time")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("deadline_text"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("due_text"), QT_TR_NOOP("Due")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("objective"), QT_TR_NOOP("Objective")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("organiser"), QT_TR_NOOP("Organiser")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("annex_code"), QT_TR_NOOP("Annex")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File")},
        {QStringLiteral("country_id"), QT_TR_NOOP("Country")},
        {QStringLiteral("group_id"), QT_TR_NOOP("Working group")},
        {QStringLiteral("subgroup_id"), QT_TR_NOOP("Subgroup")},
        {QStringLiteral("sort_order"), QT_TR_NOOP("Order")},
    };
    if (const char *label = labels.value(column))
        return tr(label);
    // Columns named after what they hold: "progress_notes" reads "Progress notes".
    QString words = column;
    if (words.endsWith(QLatin1String("_id")))
        words.chop(3);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString ExchangeText::changeKind(ImportPreview::Change::Kind kind)
{
    switch (kind) {
    case ImportPreview::Change::Kind::Added:
        return tr("Added");
    case ImportPreview::Change::Kind::Changed:
        return tr("Changed");
    case ImportPreview::Change::Kind::Deleted:
        return tr("Deleted");
    case ImportPreview::Change::Kind::Conflict:
        return tr("Conflict");
    }
    return {};
}

QColor ExchangeText::changeColour(ImportPreview::Change::Kind kind)
{
    switch (kind) {
    case ImportPreview::Change::Kind::Added:
        return QColor(0x2e, 0x7d, 0x32); // green
    case ImportPreview::Change::Kind::Changed:
        return QColor(0x15, 0x65, 0xc0); // blue
    case ImportPreview::Change::Kind::Deleted:
        return QColor(0x61, 0x61, 0x61); // grey
    case ImportPreview::Change::Kind::Conflict:
        return QColor(0xc6, 0x28, 0x28); // red
    }
    return {};
}

QIcon ExchangeText::changeIcon(ImportPreview::Change::Kind kind)
{
    QPixmap swatch(12, 12);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(changeColour(kind));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(swatch);
}

QString ExchangeText::conflictKind(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::Field:
        return tr("both changed");
    case Conflict::Kind::DeletedHere:
        return tr("deleted here, changed there");
    case Conflict::Kind::DeletedThere:
        return tr("changed here, deleted there");
    case Conflict::Kind::Duplicate:
        return tr("added on both sides");
    }
    return {};
}

QString ExchangeText::siteLabel(Database &db, const SiteIdentity &identity)
{
    if (!identity.isComplete())
        return {};
    auto country = Repository(db).get<Country>(identity.countryId);
    const QString name =
        country ? country->name(DeadlineEdit::interfaceLanguage()) : tr("unknown country");
    return name + QStringLiteral(" · ") + identity.focalPoint.trimmed();
}

QString ExchangeText::sender(const package::Manifest &manifest)
{
    const QString author =
        manifest.sender.author.isEmpty() ? tr("an unnamed focal point") : manifest.sender.author;
    const QString when = QLocale().toString(manifest.created.toLocalTime(), QLocale::ShortFormat);
    return manifest.sender.country.isEmpty()
               ? tr("%1, %2").arg(author, when)
               : tr("%1 (%2), %3").arg(author, manifest.sender.country, when);
}

} // namespace focal
