#include "exchange/ExchangeText.h"

#include "model/Country.h"
#include "storage/Repository.h"
#include "widgets/DeadlineEdit.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace focal {

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
