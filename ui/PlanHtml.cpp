#include "PlanHtml.h"

#include "DeadlineWords.h"
#include "HomeHtml.h"

#include "model/Country.h"
#include "model/Enums.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"
#include "support/UiLanguage.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace focal {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &html, const QString &attributes = {})
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, html);
}

QString headerRow(const QStringList &labels)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &l : labels)
        html += QStringLiteral("<th align=\"left\">") + esc(l) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}

QString tableOpen()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "width=\"100%\">");
}

// Progress notes under the text they belong to.
QString notesHtml(const QString &notes)
{
    if (notes.trimmed().isEmpty())
        return {};
    return QStringLiteral("<br><small><i>") + esc(notes.trimmed()) + QStringLiteral("</i></small>");
}

QString shownDeadline(const Deadline &deadline, const QString &words)
{
    return deadlineWords(deadline, words, UiLanguage::current());
}

} // namespace

Result<QString> PlanHtml::page(const QUuid &planId)
{
    auto plan = m_repository.get<Plan>(planId);
    if (!plan)
        return plan.error();
    auto group = m_repository.get<WorkingGroup>(plan->groupId);
    if (!group)
        return group.error();
    QString owner = group->name;
    if (!plan->subgroupId.isNull()) {
        auto subgroup = m_repository.get<Subgroup>(plan->subgroupId);
        if (!subgroup)
            return subgroup.error();
        owner = tr("Subgroup %1: %2 (%3)")
                    .arg(QString::number(subgroup->number), subgroup->name, group->name);
    }

    QString html = QStringLiteral("<h1>") + esc(plan->title) + QStringLiteral("</h1>");
    html += QStringLiteral("<p><b>%1:</b> %2<br><b>%3:</b> %4")
                .arg(esc(tr("Of")), esc(owner), esc(tr("Kind")), esc(enumLabel(plan->kind)));
    if (plan->year)
        html +=
            QStringLiteral("<br><b>%1:</b> %2").arg(esc(tr("Year")), QString::number(*plan->year));
    html += QStringLiteral("<br><b>%1:</b> %2</p>")
                .arg(esc(tr("Status")), esc(enumLabel(plan->status)));

    auto life = lifeHtml(planId);
    if (!life)
        return life.error();
    html += *life;
    auto table = tableHtml(planId, plan->itemLabel == PlanItemLabel::Activities ? tr("Activities")
                                                                                : tr("Products"));
    if (!table)
        return table.error();
    return html + *table;
}

Result<QString> PlanHtml::lifeHtml(const QUuid &planId)
{
    const QVariant id = column::toVariant(planId);
    auto events = m_repository.listWhere<PlanEvent>("plan_id", id, QStringLiteral("date"));
    if (!events)
        return events.error();
    auto versions = m_repository.listWhere<PlanVersion>("plan_id", id, QStringLiteral("number"));
    if (!versions)
        return versions.error();

    QString html = QStringLiteral("<h2>") + esc(tr("History")) + QStringLiteral("</h2>");
    if (events->isEmpty()) {
        html += QStringLiteral("<p><i>") + esc(tr("No step of this plan's life is recorded yet.")) +
                QStringLiteral("</i></p>");
    } else {
        html += tableOpen() +
                headerRow({tr("Date"), tr("Step"), tr("By"), tr("To"), tr("Meeting"), tr("Note")});
        for (const PlanEvent &e : *events) {
            QString by, meeting;
            if (!e.countryId.isNull())
                if (auto c = m_repository.get<Country>(e.countryId))
                    by = esc(c->name());
            if (!e.meetingId.isNull())
                if (auto m = m_repository.get<Meeting>(e.meetingId))
                    meeting =
                        QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(esc(HomeHtml::linkTo(QLatin1String(Meeting::table), e.meetingId)
                                         .toString(QUrl::FullyEncoded)),
                                 esc(m->title));
            html += QStringLiteral("<tr>") +
                    cell(esc(QLocale().toString(e.date, QLocale::ShortFormat))) +
                    cell(esc(enumLabel(e.state))) + cell(by) + cell(esc(e.recipient)) +
                    cell(meeting) + cell(esc(e.note)) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    if (!versions->isEmpty()) {
        html += QStringLiteral("<h2>") + esc(tr("Versions kept")) + QStringLiteral("</h2><ul>");
        for (const PlanVersion &v : *versions)
            html += QStringLiteral("<li>") +
                    esc(tr("Version %1, %2: %3")
                            .arg(QString::number(v.number),
                                 QLocale().toString(v.date, QLocale::ShortFormat),
                                 v.label.isEmpty() ? enumLabel(v.state) : v.label)) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

Result<QString> PlanHtml::tableHtml(const QUuid &planId, const QString &itemHeading)
{
    auto items = m_repository.listWhere<PlanItem>("plan_id", column::toVariant(planId),
                                                  QStringLiteral("position"));
    if (!items)
        return items.error();
    auto countries = m_repository.list<Country>();
    if (!countries)
        return countries.error();
    QHash<QUuid, QString> countryName;
    for (const Country &c : *countries)
        countryName.insert(c.meta.id, c.name(UiLanguage::current()));
    QHash<QUuid, QStringList> responsible;
    for (const PlanItem &i : *items) {
        auto owners =
            m_repository.listWhere<PlanItemCountry>("item_id", column::toVariant(i.meta.id));
        if (!owners)
            return owners.error();
        for (const PlanItemCountry &o : *owners)
            responsible[i.meta.id] << countryName.value(o.countryId);
    }

    QList<const PlanItem *> lines;
    QHash<QUuid, QList<const PlanItem *>> children;
    for (const PlanItem &i : *items) {
        if (i.parentId.isNull())
            lines << &i;
        else
            children[i.parentId] << &i;
    }
    QString html = QStringLiteral("<h2>") + esc(tr("Lines of action")) + QStringLiteral("</h2>");
    if (lines.isEmpty())
        return html + QStringLiteral("<p><i>") + esc(tr("This plan has no lines of action yet.")) +
               QStringLiteral("</i></p>");
    html += tableOpen() + headerRow({tr("Line of action"), itemHeading, tr("Deadline"),
                                     tr("Countries"), tr("Status")});
    for (const PlanItem *line : lines) {
        const QList<const PlanItem *> products = children.value(line->meta.id);
        const int span = std::max<qsizetype>(1, products.size());
        QString row = QStringLiteral("<tr>") + cell(esc(line->text) + notesHtml(line->notes),
                                                    QStringLiteral("rowspan=\"%1\"").arg(span));
        if (products.isEmpty()) {
            html += row + cell({}) + cell({}) + cell({}) + cell(esc(enumLabel(line->status))) +
                    QStringLiteral("</tr>");
            continue;
        }
        for (const PlanItem *p : products) {
            QString deadline = esc(shownDeadline(p->deadline, p->deadlineText));
            if (!p->originalDeadlineText.isEmpty() || p->originalDeadline != Deadline())
                deadline +=
                    QStringLiteral("<br><small>") +
                    esc(tr("first: %1")
                            .arg(shownDeadline(p->originalDeadline, p->originalDeadlineText))) +
                    QStringLiteral("</small>");
            QStringList names = responsible.value(p->meta.id);
            names.sort();
            row += cell(esc(p->text) + notesHtml(p->notes)) + cell(deadline) +
                   cell(esc(names.join(QStringLiteral(", ")))) + cell(esc(enumLabel(p->status))) +
                   QStringLiteral("</tr>");
            html += row;
            row = QStringLiteral("<tr>");
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace focal
