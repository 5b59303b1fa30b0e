#include "PlanTable.h"

#include "exchange/Csv.h"
#include "model/Country.h"
#include "query/Lookup.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace focal {
namespace {

enum Column {
    LineColumn,
    ProductColumn,
    DeadlineColumn,
    CountriesColumn,
    StatusColumn,
    NotesColumn
};
constexpr int ColumnCount = 6;
constexpr int NoColumn = -1; // a column with an empty header

// The canonical header, in English (the program's source language), in column order.
const std::array<const char *, ColumnCount> canonicalHeader = {
    "Line of action", "Product or activity", "Deadline", "Responsible countries", "Status",
    "Notes"};

// Header names accepted for each column, folded (no accents, lower case), in the three working
// languages: what the seed report's tables and people's spreadsheets use.
const QHash<QString, Column> &headerNames()
{
    static const QHash<QString, Column> names = [] {
        QHash<QString, Column> h;
        auto add = [&](Column c, std::initializer_list<const char *> words) {
            for (const char *w : words)
                h.insert(QString::fromUtf8(w), c);
        };
        add(LineColumn, {"line of action", "lines of action", "linea de accion", "lineas de accion",
                         "linha de acao", "linhas de acao", "line", "lines", "linea", "lineas",
                         "linha", "linhas"});
        add(ProductColumn,
            {"product or activity", "products or activities", "product", "products", "activity",
             "activities", "producto o actividad", "productos o actividades", "producto",
             "productos", "actividad", "actividades", "produto ou atividade",
             "produtos ou atividades", "produto", "produtos", "atividade", "atividades"});
        add(DeadlineColumn, {"deadline", "plazo", "prazo"});
        add(CountriesColumn, {"responsible countries", "countries", "paises responsables",
                              "paises responsaveis", "paises"});
        add(StatusColumn, {"status", "estado", "situacion", "situacao"});
        add(NotesColumn, {"notes", "notas", "observaciones", "observacoes"});
        return h;
    }();
    return names;
}

// Status words people write in Spanish and Portuguese (and English spellings the labels miss).
const QHash<QString, PlanItemStatus> &statusWords()
{
    static const QHash<QString, PlanItemStatus> words = [] {
        QHash<QString, PlanItemStatus> h;
        auto add = [&](PlanItemStatus s, std::initializer_list<const char *> list) {
            for (const char *w : list)
                h.insert(QString::fromUtf8(w), s);
        };
        add(PlanItemStatus::Proposed, {"propuesto", "propuesta", "proposto", "proposta"});
        add(PlanItemStatus::Approved, {"aprobado", "aprobada", "aprovado", "aprovada"});
        add(PlanItemStatus::InProgress, {"en curso", "en progreso", "en ejecucion", "em curso",
                                         "em andamento", "em execucao", "ongoing"});
        add(PlanItemStatus::Done,
            {"cumplido", "cumplida", "realizado", "realizada", "terminado", "completado",
             "concluido", "concluida", "hecho", "feito", "completed", "finished"});
        add(PlanItemStatus::Reprogrammed, {"reprogramado", "reprogramada", "rescheduled"});
        add(PlanItemStatus::Cancelled, {"cancelado", "cancelada", "canceled", "anulado"});
        for (const auto &e : EnumTable<PlanItemStatus>::entries) {
            const QString key = QString::fromLatin1(e.key);
            h.insert(key, e.value);
            h.insert(QString(key).replace(u'_', u' '), e.value);
            h.insert(QString::fromLatin1(e.label), e.value); // the English label
        }
        return h;
    }();
    return words;
}

// Line breaks inside cells as Qt's text widgets hold them.
QString cellText(const QString &cell)
{
    QString s = cell;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return s.trimmed();
}

Error invalid(const QString &message)
{
    return Error{Error::Code::Invalid, message, {}};
}

// Everything one parse needs to resolve, looked up once.
class RowReader
{
public:
    QHash<QString, QUuid> countries; // folded ISO2, ISO3 and names -> id
    QStringList countryChoices;      // ISO2 codes, for error messages

    Result<QList<QUuid>> countryIds(const QString &cell, int line) const
    {
        static const QRegularExpression separators(QStringLiteral("[;,\\n]"));
        QList<QUuid> ids;
        for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (name.isEmpty())
                continue;
            const QUuid id = countries.value(Lookup::fold(name));
            if (id.isNull())
                return invalid(
                    PlanTable::tr("Line %1: there is no country \"%2\"; write an ISO code "
                                  "(%3) or a name.")
                        .arg(line)
                        .arg(name, countryChoices.join(QStringLiteral(", "))));
            if (!ids.contains(id))
                ids << id;
        }
        return ids;
    }
};

std::optional<PlanItemStatus> statusOf(const QString &cell)
{
    if (cell.isEmpty())
        return PlanItemStatus::Proposed;
    const QString folded = Lookup::fold(cell);
    if (auto s = statusWords().constFind(folded); s != statusWords().constEnd())
        return *s;
    for (const auto &e : EnumTable<PlanItemStatus>::entries) // the label in the running language
        if (Lookup::fold(enumLabel(e.value)) == folded)
            return e.value;
    return std::nullopt;
}

// Reads the header row into column positions; empty when the row is not a header.
std::optional<QList<int>> headerColumns(const QStringList &row, QString *why)
{
    QList<int> columns;
    for (const QString &cell : row) {
        const QString name = Lookup::fold(cellText(cell));
        if (name.isEmpty()) { // a spreadsheet's unused column: its cells must stay empty
            columns << NoColumn;
            continue;
        }
        auto c = headerNames().constFind(name);
        if (c == headerNames().constEnd()) {
            *why = PlanTable::tr("the column \"%1\" is not known").arg(cellText(cell));
            return std::nullopt;
        }
        if (columns.contains(*c)) {
            *why = PlanTable::tr("the column \"%1\" is there twice").arg(cellText(cell));
            return std::nullopt;
        }
        columns << *c;
    }
    if (!columns.contains(LineColumn) || !columns.contains(ProductColumn)) {
        *why = PlanTable::tr("the columns \"%1\" and \"%2\" are needed")
                   .arg(QString::fromLatin1(canonicalHeader[LineColumn]),
                        QString::fromLatin1(canonicalHeader[ProductColumn]));
        return std::nullopt;
    }
    return columns;
}

} // namespace

Result<QList<PlanTable::Line>> PlanTable::parse(Database &db, const QString &text, QChar delimiter,
                                                bool hasHeader)
{
    auto csv = Csv::parse(text, delimiter);
    if (!csv)
        return csv.error();
    const Csv::Rows &rows = *csv;

    RowReader reader;
    auto countries = Repository(db).list<Country>(QStringLiteral("iso2"));
    if (!countries)
        return countries.error();
    for (const Country &c : *countries) {
        for (const QString &name : {c.iso2, c.iso3, c.nameEs, c.namePt, c.nameEn})
            if (!name.isEmpty())
                reader.countries.insert(Lookup::fold(name), c.meta.id);
        reader.countryChoices << c.iso2;
    }

    QList<int> columns;
    qsizetype first = 0;
    QString why;
    if (!rows.rows.isEmpty()) {
        auto header = headerColumns(rows.rows.first(), &why);
        if (hasHeader && !header)
            return invalid(tr("Line %1: this is not the header of a plan table: %2. The columns "
                              "are: %3.")
                               .arg(rows.lines.first())
                               .arg(why, [] {
                                   QStringList names;
                                   for (const char *n : canonicalHeader)
                                       names << QString::fromLatin1(n);
                                   return names.join(QStringLiteral(", "));
                               }()));
        if (header) {
            columns = *header;
            first = 1;
        } else {
            // Pasted rows without a header: the columns in their canonical order.
            for (int c = 0; c < std::min<int>(ColumnCount, rows.rows.first().size()); ++c)
                columns << c;
            if (rows.rows.first().size() > ColumnCount)
                return invalid(tr("Line %1: %2 columns; a plan table has at most %3.")
                                   .arg(rows.lines.first())
                                   .arg(rows.rows.first().size())
                                   .arg(ColumnCount));
        }
    }

    QList<Line> lines;
    for (qsizetype r = first; r < rows.rows.size(); ++r) {
        const QStringList &row = rows.rows.at(r);
        const int lineNo = rows.lines.at(r);
        if (std::all_of(row.begin(), row.end(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue; // a spreadsheet's empty row
        if (row.size() != columns.size())
            return invalid(tr("Line %1: %2 columns where the table has %3.")
                               .arg(lineNo)
                               .arg(row.size())
                               .arg(columns.size()));
        std::array<QString, ColumnCount> cell;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (columns.at(i) != NoColumn)
                cell[columns.at(i)] = cellText(row.at(i));
            else if (!row.at(i).trimmed().isEmpty())
                return invalid(tr("Line %1: column %2 has no header; its value \"%3\" would be "
                                  "lost.")
                                   .arg(lineNo)
                                   .arg(i + 1)
                                   .arg(cellText(row.at(i))));
        }

        QString deadlineWhy;
        const auto deadline = Deadline::parse(cell[DeadlineColumn], &deadlineWhy);
        if (!deadline)
            return invalid(tr("Line %1: the deadline \"%2\" is not a deadline: %3")
                               .arg(lineNo)
                               .arg(cell[DeadlineColumn], deadlineWhy));
        const auto status = statusOf(cell[StatusColumn]);
        if (!status)
            return invalid(tr("Line %1: the status \"%2\" is not known; write one of: %3.")
                               .arg(lineNo)
                               .arg(cell[StatusColumn],
                                    enumKeys<PlanItemStatus>().join(QStringLiteral(", "))));
        auto countryIds = reader.countryIds(cell[CountriesColumn], lineNo);
        if (!countryIds)
            return invalid(countryIds.error().message);

        PlanItem fields;
        fields.deadline = *deadline;
        fields.deadlineText = cell[DeadlineColumn]; // the words as written
        fields.status = *status;
        fields.notes = cell[NotesColumn];

        if (!cell[LineColumn].isEmpty()) {
            Line line;
            line.line.text = cell[LineColumn];
            if (cell[ProductColumn].isEmpty()) { // the line's own row: its items follow
                fields.text = line.line.text;
                line.line = fields;
                line.countryIds = *countryIds;
                lines << line;
                continue;
            }
            lines << line;
        } else if (lines.isEmpty()) {
            return invalid(tr("Line %1: the first row needs a line of action.").arg(lineNo));
        }
        if (cell[ProductColumn].isEmpty())
            return invalid(tr("Line %1: the row has neither a line of action nor a product or "
                              "activity.")
                               .arg(lineNo));
        fields.text = cell[ProductColumn];
        lines.last().items << Item{fields, *countryIds};
    }
    if (lines.isEmpty())
        return invalid(tr("There are no rows to import."));
    return lines;
}

Result<QString> PlanTable::toCsv(Database &db, const QUuid &planId)
{
    Repository repo(db);
    auto plan = repo.get<Plan>(planId);
    if (!plan)
        return plan.error();
    auto items = repo.listWhere<PlanItem>("plan_id", column::toVariant(planId),
                                          QStringLiteral("position, rowid"));
    if (!items)
        return items.error();
    auto countries = repo.list<Country>();
    if (!countries)
        return countries.error();
    QHash<QUuid, QString> iso2;
    for (const Country &c : *countries)
        iso2.insert(c.meta.id, c.iso2);
    auto links = repo.list<PlanItemCountry>();
    if (!links)
        return links.error();
    QHash<QUuid, QStringList> countriesOf;
    for (const PlanItemCountry &l : *links)
        countriesOf[l.itemId] << iso2.value(l.countryId);

    auto cells = [&](const PlanItem &i) {
        const QString deadline = !i.deadlineText.isEmpty()  ? i.deadlineText
                                 : i.deadline.isUndefined() ? QString()
                                                            : i.deadline.toText(Language::Spanish);
        return QStringList{deadline, countriesOf.value(i.meta.id).join(QStringLiteral("; ")),
                           enumKey(i.status), i.notes};
    };
    QList<QStringList> out;
    QStringList header;
    for (const char *n : canonicalHeader)
        header << QString::fromLatin1(n);
    out << header;
    for (const PlanItem &line : *items) {
        if (!line.parentId.isNull())
            continue;
        QList<PlanItem> children;
        for (const PlanItem &i : *items)
            if (i.parentId == line.meta.id)
                children << i;
        const bool ownRow = children.isEmpty() || !line.deadline.isUndefined() ||
                            !line.deadlineText.isEmpty() || !line.notes.isEmpty() ||
                            line.status != PlanItemStatus::Proposed ||
                            countriesOf.contains(line.meta.id);
        if (ownRow)
            out << (QStringList{line.text, QString()} + cells(line));
        for (qsizetype c = 0; c < children.size(); ++c)
            out << (QStringList{c == 0 && !ownRow ? line.text : QString(), children[c].text} +
                    cells(children[c]));
    }
    return Csv::write(out);
}

Result<void> PlanTable::apply(Database &db, const QUuid &planId, const QList<Line> &lines,
                              Mode mode)
{
    Repository repo(db);
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto plan = repo.get<Plan>(planId);
    if (!plan)
        return plan.error();
    auto existing = repo.listWhere<PlanItem>("plan_id", column::toVariant(planId));
    if (!existing)
        return existing.error();
    int position = 0;
    for (const PlanItem &i : *existing) {
        if (!i.parentId.isNull())
            continue;
        if (mode == Mode::Append) {
            position = std::max(position, i.position);
            continue;
        }
        // Through RecordRemoval, so that what refers to the old items is handled as a deletion
        // from the GUI would handle it (and refused the same way).
        auto removal = RecordRemoval::plan(db, QLatin1String(PlanItem::table), i.meta.id);
        if (!removal)
            return removal.error();
        if (auto done = RecordRemoval::execute(db, *removal); !done)
            return done;
    }
    auto link = [&](const QUuid &itemId, const QList<QUuid> &countryIds) -> Result<void> {
        for (const QUuid &c : countryIds) {
            PlanItemCountry pc;
            pc.itemId = itemId;
            pc.countryId = c;
            if (auto r = repo.insert(pc); !r)
                return r;
        }
        return {};
    };
    for (const Line &l : lines) {
        PlanItem line = l.line;
        line.meta = {};
        line.planId = planId;
        line.parentId = {};
        line.position = ++position;
        if (auto r = repo.insert(line); !r)
            return r;
        if (auto r = link(line.meta.id, l.countryIds); !r)
            return r;
        int itemPosition = 0;
        for (const Item &i : l.items) {
            PlanItem item = i.item;
            item.meta = {};
            item.planId = planId;
            item.parentId = line.meta.id;
            item.position = ++itemPosition;
            if (auto r = repo.insert(item); !r)
                return r;
            if (auto r = link(item.meta.id, i.countryIds); !r)
                return r;
        }
    }
    return tx.commit();
}

} // namespace focal
