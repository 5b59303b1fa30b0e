#include "RecordHtml.h"

#include "query/RecordRow.h"
#include "storage/Database.h"

namespace focal {
namespace {

// Bookkeeping columns: they say nothing to a person reading the record.
bool isHidden(const QString &column)
{
    static const QStringList hidden = {
        QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("modified_at"),
        QStringLiteral("modified_by"), QStringLiteral("site_id"), QStringLiteral("position"),
        QStringLiteral("file_data"), QStringLiteral("mime_type"), QStringLiteral("deadline"),
        // Bookkeeping: exchange (change sequence, field clocks) and columns derived for SQL.
        QStringLiteral("change_seq"), QStringLiteral("clocks"), QStringLiteral("deadline_end"),
        QStringLiteral("due_end")};
    return hidden.contains(column) || column.endsWith(QLatin1String("_id"));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") +
           text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

} // namespace

QString RecordHtml::kindLabel(const QString &table)
{
    // The table names are core's; people see these.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("institution"), QT_TR_NOOP("Institution")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("thematic_area"), QT_TR_NOOP("Thematic area")},
        {QStringLiteral("working_group"), QT_TR_NOOP("Working group")},
        {QStringLiteral("group_text"), QT_TR_NOOP("Group text")},
        {QStringLiteral("subgroup"), QT_TR_NOOP("Subgroup")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("plan_item"), QT_TR_NOOP("Plan item")},
        {QStringLiteral("meeting_series"), QT_TR_NOOP("Meeting series")},
        {QStringLiteral("meeting"), QT_TR_NOOP("Meeting")},
        {QStringLiteral("agreement"), QT_TR_NOOP("Agreement")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("milestone"), QT_TR_NOOP("Milestone")},
    };
    const char *label = labels.value(table);
    return label ? tr(label) : table;
}

QString RecordHtml::columnLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("deadline_text"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("due_text"), QT_TR_NOOP("Due")},
        {QStringLiteral("due"), QT_TR_NOOP("Due date")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("objective"), QT_TR_NOOP("Objective")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("organiser"), QT_TR_NOOP("Organiser")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("recipient"), QT_TR_NOOP("Recipient")},
        {QStringLiteral("annex_code"), QT_TR_NOOP("Annex")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("acronym"), QT_TR_NOOP("Acronym")},
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("name_es"), QT_TR_NOOP("Name (Spanish)")},
        {QStringLiteral("name_pt"), QT_TR_NOOP("Name (Portuguese)")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name (English)")},
        {QStringLiteral("time"), QT_TR_NOOP("Time")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("country_id"), QT_TR_NOOP("Country")},
        {QStringLiteral("group_id"), QT_TR_NOOP("Working group")},
        {QStringLiteral("subgroup_id"), QT_TR_NOOP("Subgroup")},
        {QStringLiteral("sort_order"), QT_TR_NOOP("Order")},
    };
    if (const char *label = labels.value(column))
        return tr(label);
    // A column added later still shows, named after what it holds: "progress_notes" reads
    // "Progress notes".
    QString words = column;
    if (words.endsWith(QLatin1String("_id")))
        words.chop(3);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString RecordHtml::page(const QString &table, const QUuid &id)
{
    auto row = RecordRow::read(m_database, table, id);
    if (!row) {
        if (row.error().code == Error::Code::Invalid || row.error().code == Error::Code::NotFound)
            return paragraph(row.error().message);
        return paragraph(tr("This record could not be read: %1").arg(row.error().message));
    }
    const auto valueOf = [&](const QString &column) {
        for (const auto &c : *row)
            if (c.first == column)
                return c.second.toString();
        return QString();
    };
    QString heading;
    for (const char *column : {"title", "name", "name_es", "text"}) {
        heading = valueOf(QLatin1String(column));
        if (!heading.isEmpty())
            break;
    }
    QString html = QStringLiteral("<p><small>") + kindLabel(table).toHtmlEscaped() +
                   QStringLiteral("</small></p><h2>") + heading.toHtmlEscaped() +
                   QStringLiteral("</h2><table cellspacing='0' cellpadding='4'>");
    for (const auto &[column, stored] : *row) {
        const QString value = stored.toString();
        if (isHidden(column) || value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td valign='top'><b>") + columnLabel(column).toHtmlEscaped() +
                QStringLiteral("</b></td><td>") +
                value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace focal
