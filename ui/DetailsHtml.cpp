#include "DetailsHtml.h"

#include "PlanHtml.h"
#include "RecordHtml.h"

#include "model/Country.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"

#include <QLocale>
#include <QSet>
#include <QUrl>

namespace focal {
namespace {

// Every builder below takes plain text and escapes it, except where a parameter is named
// `html`: those take markup already built by these functions.

QString heading(const QString &text, int level = 1)
{
    const QString tag = QStringLiteral("h") + QString::number(level);
    return QLatin1Char('<') + tag + QLatin1Char('>') + text.toHtmlEscaped() + QStringLiteral("</") +
           tag + QLatin1Char('>');
}

QString fieldHtml(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<p><b>") + label.toHtmlEscaped() + QStringLiteral(":</b> ") + valueHtml +
           QStringLiteral("</p>");
}

QString field(const QString &label, const QString &value)
{
    return fieldHtml(label, value.toHtmlEscaped());
}

QString italic(const QString &text)
{
    return QStringLiteral("<p><i>") + text.toHtmlEscaped() + QStringLiteral("</i></p>");
}

// Multi-paragraph text as typed: blank lines separate paragraphs, single breaks are kept.
QString prose(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html +=
            QStringLiteral("<p>") +
            paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
            QStringLiteral("</p>");
    return html;
}

QString listHtml(const QStringList &itemsHtml)
{
    if (itemsHtml.isEmpty())
        return {};
    return QStringLiteral("<ul><li>") + itemsHtml.join(QStringLiteral("</li><li>")) +
           QStringLiteral("</li></ul>");
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

QString DetailsHtml::page(NodeKind kind, const QUuid &id)
{
    if (id.isNull() && kind != NodeKind::CountriesRoot)
        return italic(tr("There is no record to show."));
    Result<QString> built = [&]() -> Result<QString> {
        switch (kind) {
        case NodeKind::Forum:
            return forumPage(id);
        case NodeKind::Area:
            return areaPage(id);
        case NodeKind::Group:
            return groupPage(id);
        case NodeKind::Subgroup:
            return subgroupPage(id);
        case NodeKind::CountriesRoot:
            return countriesPage();
        case NodeKind::Country:
            return countryPage(id);
        case NodeKind::Institution:
            return institutionPage(id);
        case NodeKind::Person: // the generic page lists every filled-in column
            return RecordHtml(m_repository.database()).page(QStringLiteral("person"), id);
        case NodeKind::Plan:
            return PlanHtml(m_repository).page(id);
        case NodeKind::Meeting:
            return RecordHtml(m_repository.database()).page(QStringLiteral("meeting"), id);
        case NodeKind::Document:
            return RecordHtml(m_repository.database()).page(QStringLiteral("document"), id);
        case NodeKind::MeetingsRoot:
        case NodeKind::MeetingYear:
        case NodeKind::DocumentsRoot:
            break; // headings: the window shows the home page's summary instead
        }
        return QString();
    }();
    if (!built)
        return italic(tr("This record could not be read. %1").arg(built.error().message));
    return built.value();
}

Result<DetailsHtml::Countries> DetailsHtml::countries()
{
    auto all = m_repository.list<Country>();
    if (!all)
        return all.error();
    Countries byId;
    for (const Country &c : *all)
        byId.insert(c.meta.id, c);
    return byId;
}

QString DetailsHtml::countryName(const Countries &countries, const QUuid &id)
{
    const auto it = countries.constFind(id);
    if (it == countries.constEnd())
        return QStringLiteral("<i>") + tr("unknown country").toHtmlEscaped() +
               QStringLiteral("</i>");
    return it->name().toHtmlEscaped();
}

Result<QString> DetailsHtml::forumPage(const QUuid &id)
{
    auto forum = m_repository.get<Forum>(id);
    if (!forum)
        return forum.error();
    auto members = m_repository.listWhere<ForumMember>("forum_id", column::toVariant(id));
    if (!members)
        return members.error();
    auto presidencies = m_repository.listWhere<ProTempore>("forum_id", column::toVariant(id),
                                                           QStringLiteral("start_date"));
    if (!presidencies)
        return presidencies.error();
    auto names = countries();
    if (!names)
        return names.error();

    QString html = heading(forum->name);
    if (!forum->fullName.isEmpty())
        html += field(tr("Full name"), forum->fullName);
    if (!forum->foundingDeclaration.isEmpty())
        html += field(tr("Founded by"), forum->foundingDeclaration);
    if (forum->foundingDate.isValid())
        html += field(tr("Founded on"), longDate(forum->foundingDate));
    // Only web addresses become links: a stored "file:" or script URL must not be clickable.
    const QUrl site(forum->website);
    if (site.isValid() &&
        (site.scheme() == QLatin1String("http") || site.scheme() == QLatin1String("https")))
        html +=
            fieldHtml(tr("Website"), QStringLiteral("<a href=\"") +
                                         site.toString().toHtmlEscaped() + QStringLiteral("\">") +
                                         forum->website.toHtmlEscaped() + QStringLiteral("</a>"));
    else if (!forum->website.isEmpty())
        html += field(tr("Website"), forum->website);

    QStringList memberItems;
    for (const ForumMember &m : *members)
        memberItems << countryName(*names, m.countryId);
    html += heading(tr("Member countries"), 2) + listHtml(memberItems);

    QStringList presidencyItems;
    for (const ProTempore &p : *presidencies) {
        const QString start = longDate(p.start).toHtmlEscaped();
        presidencyItems << (p.end.isValid()
                                ? tr("%1, from %2 to %3")
                                      .arg(countryName(*names, p.countryId), start,
                                           longDate(p.end).toHtmlEscaped())
                                : tr("%1, since %2").arg(countryName(*names, p.countryId), start));
    }
    if (!presidencyItems.isEmpty())
        html += heading(tr("Pro tempore presidency"), 2) + listHtml(presidencyItems);
    return html;
}

Result<QString> DetailsHtml::areaPage(const QUuid &id)
{
    auto area = m_repository.get<ThematicArea>(id);
    if (!area)
        return area.error();
    auto groups = m_repository.listWhere<WorkingGroup>("area_id", column::toVariant(id));
    if (!groups)
        return groups.error();

    QString html = heading(area->name());
    html += field(tr("Spanish"), area->nameEs);
    html += field(tr("Portuguese"), area->namePt);
    html += field(tr("English"), area->nameEn);
    QStringList groupItems;
    for (const WorkingGroup &g : *groups)
        groupItems << g.name.toHtmlEscaped();
    html += heading(tr("Working group"), 2);
    html += groupItems.isEmpty() ? italic(tr("No working group yet.")) : listHtml(groupItems);
    return html;
}

Result<QString> DetailsHtml::groupPage(const QUuid &id)
{
    auto group = m_repository.get<WorkingGroup>(id);
    if (!group)
        return group.error();
    auto area = m_repository.get<ThematicArea>(group->areaId);
    if (!area)
        return area.error();
    const QVariant groupId = column::toVariant(id);
    auto participants = m_repository.listWhere<GroupCountry>("group_id", groupId);
    if (!participants)
        return participants.error();
    auto links =
        m_repository.listWhere<GroupInstitution>("group_id", groupId, QStringLiteral("position"));
    if (!links)
        return links.error();
    auto subgroups =
        m_repository.listWhere<Subgroup>("group_id", groupId, QStringLiteral("number"));
    if (!subgroups)
        return subgroups.error();
    auto names = countries();
    if (!names)
        return names.error();

    QString html = heading(group->name);
    html += field(tr("Thematic area"), area->name());
    html += heading(tr("Objective"), 2);
    html += group->objective.trimmed().isEmpty() ? italic(tr("Not recorded yet."))
                                                 : prose(group->objective);
    if (!group->context.trimmed().isEmpty())
        html += heading(tr("Context"), 2) + prose(group->context);

    QStringList countryItems;
    for (const GroupCountry &gc : *participants)
        countryItems << tr("%1 — %2").arg(countryName(*names, gc.countryId),
                                          enumLabel(gc.status).toHtmlEscaped());
    html += heading(tr("Participating countries"), 2);
    html += countryItems.isEmpty() ? italic(tr("None recorded.")) : listHtml(countryItems);

    // Anexo 1 of the report: the institutions, grouped by country in the order first listed.
    QList<QUuid> countryOrder;
    QHash<QUuid, QStringList> institutionsOf;
    for (const GroupInstitution &link : *links) {
        auto institution = m_repository.get<Institution>(link.institutionId);
        if (!institution)
            return institution.error();
        if (!institutionsOf.contains(institution->countryId))
            countryOrder << institution->countryId;
        institutionsOf[institution->countryId]
            << (institution->acronym.isEmpty()
                    ? institution->name.toHtmlEscaped()
                    : tr("%1 (%2)").arg(institution->name.toHtmlEscaped(),
                                        institution->acronym.toHtmlEscaped()));
    }
    html += heading(tr("Institutions by country (Annex 1)"), 2);
    if (countryOrder.isEmpty())
        html += italic(tr("None recorded."));
    for (const QUuid &countryId : countryOrder)
        html += QStringLiteral("<p><b>") + countryName(*names, countryId) +
                QStringLiteral("</b></p>") + listHtml(institutionsOf.value(countryId));

    QStringList subgroupItems;
    for (const Subgroup &s : *subgroups)
        subgroupItems << tr("%1. %2 — led by %3")
                             .arg(QString::number(s.number), s.name.toHtmlEscaped(),
                                  countryName(*names, s.leaderCountryId));
    if (!subgroupItems.isEmpty())
        html += heading(tr("Subgroups"), 2) + listHtml(subgroupItems);
    return html;
}

Result<QString> DetailsHtml::subgroupPage(const QUuid &id)
{
    auto subgroup = m_repository.get<Subgroup>(id);
    if (!subgroup)
        return subgroup.error();
    auto group = m_repository.get<WorkingGroup>(subgroup->groupId);
    if (!group)
        return group.error();
    auto members = m_repository.listWhere<SubgroupMember>("subgroup_id", column::toVariant(id),
                                                          QStringLiteral("position"));
    if (!members)
        return members.error();
    auto names = countries();
    if (!names)
        return names.error();

    // The forum's rule counts countries, leader included; a country listed twice counts once.
    QSet<QUuid> inAll;
    if (!subgroup->leaderCountryId.isNull())
        inAll.insert(subgroup->leaderCountryId);
    QStringList memberNames;
    for (const SubgroupMember &m : *members) {
        memberNames << countryName(*names, m.countryId);
        inAll.insert(m.countryId);
    }

    QString html =
        heading(tr("Subgroup %1: %2").arg(QString::number(subgroup->number), subgroup->name));
    html += field(tr("Working group"), group->name);
    html += field(tr("Number"), QString::number(subgroup->number));
    html += fieldHtml(tr("Leader country"), subgroup->leaderCountryId.isNull()
                                                ? tr("none").toHtmlEscaped()
                                                : countryName(*names, subgroup->leaderCountryId));
    html += fieldHtml(tr("Member countries"), memberNames.isEmpty()
                                                  ? tr("none").toHtmlEscaped()
                                                  : memberNames.join(QStringLiteral(", ")));
    if (inAll.size() < Subgroup::minimumCountries)
        html += QStringLiteral("<p style=\"color:#b00020\"><b>") +
                tr("Warning: the forum asks for at least %1 countries in a subgroup, leader "
                   "included; this one has %2.")
                    .arg(QString::number(Subgroup::minimumCountries), QString::number(inAll.size()))
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");
    html += heading(tr("Objective"), 2);
    html += subgroup->objective.trimmed().isEmpty() ? italic(tr("Not recorded yet."))
                                                    : prose(subgroup->objective);
    return html;
}

Result<QString> DetailsHtml::countriesPage()
{
    auto names = countries();
    if (!names)
        return names.error();
    QString html = heading(tr("Countries"));
    html += QStringLiteral("<p>") +
            tr("Countries recorded: %1.").arg(names->size()).toHtmlEscaped() +
            QStringLiteral("</p>");
    return html;
}

Result<QString> DetailsHtml::countryPage(const QUuid &id)
{
    auto country = m_repository.get<Country>(id);
    if (!country)
        return country.error();
    const QVariant countryId = column::toVariant(id);
    auto institutions =
        m_repository.listWhere<Institution>("country_id", countryId, QStringLiteral("name"));
    if (!institutions)
        return institutions.error();
    auto participations = m_repository.listWhere<GroupCountry>("country_id", countryId);
    if (!participations)
        return participations.error();

    QString html = heading(country->name());
    html += heading(tr("Names"), 2);
    html += field(tr("Spanish"), country->nameEs);
    html += field(tr("Portuguese"), country->namePt);
    html += field(tr("English"), country->nameEn);
    html += heading(tr("ISO 3166-1 codes"), 2);
    html += field(tr("Alpha-2"), country->iso2);
    html += field(tr("Alpha-3"), country->iso3);
    html += field(tr("Numeric"), country->numeric);

    QStringList institutionItems;
    for (const Institution &i : *institutions) {
        const QString name = i.acronym.isEmpty() ? i.name.toHtmlEscaped()
                                                 : tr("%1 (%2)").arg(i.name.toHtmlEscaped(),
                                                                     i.acronym.toHtmlEscaped());
        institutionItems << tr("%1 — %2").arg(name, enumLabel(i.kind).toHtmlEscaped());
    }
    html += heading(tr("Institutions"), 2);
    html += institutionItems.isEmpty() ? italic(tr("None recorded.")) : listHtml(institutionItems);

    QStringList groupItems;
    for (const GroupCountry &gc : *participations) {
        auto group = m_repository.get<WorkingGroup>(gc.groupId);
        if (!group)
            return group.error();
        groupItems << tr("%1 — %2").arg(group->name.toHtmlEscaped(),
                                        enumLabel(gc.status).toHtmlEscaped());
    }
    if (!groupItems.isEmpty())
        html += heading(tr("Working groups"), 2) + listHtml(groupItems);
    return html;
}

Result<QString> DetailsHtml::institutionPage(const QUuid &id)
{
    auto institution = m_repository.get<Institution>(id);
    if (!institution)
        return institution.error();
    auto links = m_repository.listWhere<GroupInstitution>("institution_id", column::toVariant(id));
    if (!links)
        return links.error();
    auto names = countries();
    if (!names)
        return names.error();

    QString html = heading(institution->name);
    if (!institution->acronym.isEmpty())
        html += field(tr("Acronym"), institution->acronym);
    html += field(tr("Kind"), enumLabel(institution->kind));
    html += fieldHtml(tr("Country"), countryName(*names, institution->countryId));
    QStringList groupItems;
    for (const GroupInstitution &link : *links) {
        auto group = m_repository.get<WorkingGroup>(link.groupId);
        if (!group)
            return group.error();
        groupItems << group->name.toHtmlEscaped();
    }
    if (!groupItems.isEmpty())
        html += heading(tr("Working groups"), 2) + listHtml(groupItems);
    return html;
}

} // namespace focal
