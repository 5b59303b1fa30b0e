#include "HomeHtml.h"

#include "DeadlineWords.h"
#include "query/Dashboard.h"
#include "storage/Database.h"
#include "support/UiLanguage.h"

#include <QLocale>
#include <QUrlQuery>

namespace focal {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &table, const QUuid &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(HomeHtml::linkTo(table, id).toString(QUrl::FullyEncoded).toHtmlEscaped(), esc(text));
}

QString itemLine(const DeadlineItem &item)
{
    QString where = esc(item.groupName);
    if (item.subgroupNumber)
        where = HomeHtml::tr("subgroup %1").arg(*item.subgroupNumber);
    return QStringLiteral("<li><b>%1</b> — %2 <span style=\"color:#555\">(%3, %4)</span></li>")
        .arg(esc(deadlineWords(item.deadline, item.deadlineText, UiLanguage::current())),
             link(QStringLiteral("plan_item"), item.id, item.text), esc(item.planTitle), where);
}

QString tallyTable(const QList<Tally> &tallies, const QString &first, const QStringList &columns,
                   const std::function<QStringList(const Tally &)> &cells)
{
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">") +
        esc(first) + QStringLiteral("</th>");
    for (const QString &c : columns)
        html += QStringLiteral("<th align=\"right\">") + esc(c) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const Tally &t : tallies) {
        html += QStringLiteral("<tr><td>") + esc(t.name) + QStringLiteral("</td>");
        for (const QString &cell : cells(t))
            html += QStringLiteral("<td align=\"right\">") + esc(cell) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A list of deadlines as Dashboard cut it, with a line saying how many more there are: a page
// listing thousands of items helps nobody and takes seconds to lay out. The plan timeline
// (Plans menu) shows them all.
QString itemList(const DeadlineList &list)
{
    QString out = QStringLiteral("<ul>");
    for (const DeadlineItem &item : list.items)
        out += itemLine(item);
    if (list.total > list.items.size())
        out += QStringLiteral("<li><i>") +
               esc(HomeHtml::tr("… and %n more (see the plan timeline)", nullptr,
                                int(list.total - list.items.size()))) +
               QStringLiteral("</i></li>");
    return out + QStringLiteral("</ul>");
}

// One country's or subgroup's pending deadlines: its name as a link to its record with the
// counts, then what is overdue and what is coming, each said in words and not by colour alone.
QString deadlineGroup(const DeadlineGroup &group, int horizonDays)
{
    QString html = QStringLiteral("<h3>%1 <span style=\"font-weight:normal\">— %2</span></h3>")
                       .arg(link(group.table, group.id, group.name),
                            esc(HomeHtml::tr("%1 overdue, %2 in the next %3 days")
                                    .arg(group.overdue.total)
                                    .arg(group.upcoming.total)
                                    .arg(horizonDays)));
    const auto list = [](const QString &label, const QString &colour, const DeadlineList &items) {
        if (items.total == 0)
            return QString();
        return QStringLiteral("<p style=\"margin-bottom:0\"><b style=\"color:%1\">%2</b></p>")
                   .arg(colour, esc(label)) +
               itemList(items);
    };
    html += list(HomeHtml::tr("Overdue (%1)").arg(group.overdue.total), QStringLiteral("#b00020"),
                 group.overdue);
    html += list(HomeHtml::tr("Coming up (%1)").arg(group.upcoming.total),
                 QStringLiteral("#1a5fb4"), group.upcoming);
    return html;
}

} // namespace

QUrl HomeHtml::linkTo(const QString &table, const QUuid &id)
{
    QUrl url;
    url.setScheme(QStringLiteral("focal"));
    url.setPath(QStringLiteral("record"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("table"), table);
    query.addQueryItem(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    url.setQuery(query);
    return url;
}

bool HomeHtml::parseLink(const QUrl &url, QString *table, QUuid *id)
{
    if (url.scheme() != QLatin1String("focal") || url.path() != QLatin1String("record"))
        return false;
    const QUrlQuery query(url);
    *table = query.queryItemValue(QStringLiteral("table"));
    *id = QUuid::fromString(query.queryItemValue(QStringLiteral("id")));
    return !table->isEmpty() && !id->isNull();
}

Result<QString> HomeHtml::page(QDate today, int horizonDays) const
{
    auto late = Dashboard::overdue(m_db, today, ListLimit);
    auto soon = Dashboard::upcoming(m_db, today, horizonDays, ListLimit);
    auto byCountry = Dashboard::deadlinesPerCountry(m_db, today, horizonDays, GroupListLimit);
    auto bySubgroup = Dashboard::deadlinesPerSubgroup(m_db, today, horizonDays, GroupListLimit);
    auto commitments = Dashboard::openCommitmentsByCountry(m_db, today);
    auto recent = Dashboard::recentMeetings(m_db, today, 5);
    auto next = Dashboard::nextMeetings(m_db, today, 5);
    for (const Error *e :
         {late ? nullptr : &late.error(), soon ? nullptr : &soon.error(),
          byCountry ? nullptr : &byCountry.error(), bySubgroup ? nullptr : &bySubgroup.error(),
          commitments ? nullptr : &commitments.error(), recent ? nullptr : &recent.error(),
          next ? nullptr : &next.error()})
        if (e)
            return *e;

    const QLocale locale;
    QString html = QStringLiteral("<h1>") + esc(tr("Home")) + QStringLiteral("</h1><p>") +
                   esc(tr("As of %1.").arg(locale.toString(today, QLocale::LongFormat))) +
                   QStringLiteral("</p>");

    html += QStringLiteral("<h2>") + esc(tr("Overdue plan deadlines (%n)", nullptr, late->total)) +
            QStringLiteral("</h2>");
    if (late->total == 0)
        html += QStringLiteral("<p>") + esc(tr("Nothing is overdue.")) + QStringLiteral("</p>");
    else
        html += itemList(*late);

    html += QStringLiteral("<h2>") +
            esc(tr("Deadlines in the next %1 days (%2)").arg(horizonDays).arg(soon->total)) +
            QStringLiteral("</h2>");
    if (soon->total == 0)
        html +=
            QStringLiteral("<p>") + esc(tr("No deadline is coming up.")) + QStringLiteral("</p>");
    else
        html += itemList(*soon);

    // The same deadlines again for each responsible country and each subgroup, so that a focal
    // point sees at a glance what falls to their country and to which subgroup.
    const auto groups = [&](const QString &title, const QList<DeadlineGroup> &list) {
        if (list.isEmpty())
            return QString();
        QString out = QStringLiteral("<h2>") + esc(title) + QStringLiteral("</h2>");
        for (const DeadlineGroup &group : list)
            out += deadlineGroup(group, horizonDays);
        return out;
    };
    html += groups(tr("Deadlines by country"), *byCountry);
    html += groups(tr("Deadlines by subgroup"), *bySubgroup);

    html +=
        QStringLiteral("<h2>") + esc(tr("Open commitments by country")) + QStringLiteral("</h2>");
    if (commitments->isEmpty())
        html += QStringLiteral("<p>") + esc(tr("No open commitment.")) + QStringLiteral("</p>");
    else
        html += tallyTable(
            *commitments, tr("Country"), {tr("Open"), tr("Overdue")}, [](const Tally &t) {
                return QStringList{QString::number(t.open), QString::number(t.overdue)};
            });

    const auto meetingList = [&](const QList<MeetingRef> &list, const QString &empty) {
        if (list.isEmpty())
            return QStringLiteral("<p>") + esc(empty) + QStringLiteral("</p>");
        QString out = QStringLiteral("<ul>");
        for (const MeetingRef &m : list)
            out += QStringLiteral("<li>%1 — %2 <span style=\"color:#555\">(%3)</span></li>")
                       .arg(esc(locale.toString(m.date, QLocale::ShortFormat)),
                            link(QStringLiteral("meeting"), m.id, m.title), esc(enumLabel(m.kind)));
        return out + QStringLiteral("</ul>");
    };
    html += QStringLiteral("<h2>") + esc(tr("Next meetings")) + QStringLiteral("</h2>") +
            meetingList(*next, tr("No meeting is planned."));
    html += QStringLiteral("<h2>") + esc(tr("Recent meetings")) + QStringLiteral("</h2>") +
            meetingList(*recent, tr("No meeting yet."));
    return html;
}

} // namespace focal
