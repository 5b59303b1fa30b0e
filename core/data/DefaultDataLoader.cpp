#include "data/DefaultDataLoader.h"

#include "model/Country.h"
#include "model/Document.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/Milestone.h"
#include "model/WorkingGroup.h"
#include "plans/PlanLifecycle.h"
#include "plans/PlanVersions.h"
#include "reports/ReportTexts.h"

namespace focal::defaultdata {

QString Loader::text(const QJsonObject &o, const char *name, bool required) const
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isNull() || v.isUndefined()) {
        if (required)
            fail(DefaultData::tr("\"%1\" is missing.").arg(QLatin1String(name)));
        return {};
    }
    if (!v.isString())
        fail(DefaultData::tr("\"%1\" must be text.").arg(QLatin1String(name)));
    if (required && v.toString().trimmed().isEmpty())
        fail(DefaultData::tr("\"%1\" is empty.").arg(QLatin1String(name)));
    return v.toString();
}

QDate Loader::date(const QJsonObject &o, const char *name) const
{
    const QString s = text(o, name);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        fail(DefaultData::tr("\"%1\" is not a date (YYYY-MM-DD): %2").arg(QLatin1String(name), s));
    return d;
}

std::optional<int> Loader::number(const QJsonObject &o, const char *name) const
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        fail(DefaultData::tr("\"%1\" must be a whole number.").arg(QLatin1String(name)));
    return v.toInt();
}

QUuid Loader::refKey(const char *table, const QString &key) const
{
    if (!m_keys.value(QLatin1String(table)).contains(key))
        fail(DefaultData::tr("\"%1\" names no %2 defined before it.")
                 .arg(key, QLatin1String(table)));
    return DefaultData::keyUuid(table, key);
}

QUuid Loader::ref(const char *table, const QJsonObject &o, const char *name, bool required) const
{
    const QString key = text(o, name, required);
    return key.isEmpty() ? QUuid() : refKey(table, key);
}

QUuid Loader::define(const char *table, const QString &key)
{
    QSet<QString> &keys = m_keys[QLatin1String(table)];
    if (key.isEmpty())
        fail(DefaultData::tr("A %1 has no key.").arg(QLatin1String(table)));
    if (keys.contains(key))
        fail(DefaultData::tr("The key \"%1\" is used twice.").arg(key));
    keys.insert(key);
    return DefaultData::keyUuid(table, key);
}

Deadline Loader::deadline(const QJsonObject &o, const char *name, QString *written) const
{
    *written = text(o, name);
    QString why;
    const auto d = Deadline::parse(*written, &why);
    if (!d)
        fail(DefaultData::tr("The deadline \"%1\" is not understood: %2").arg(*written, why));
    return *d;
}

QJsonArray Loader::array(const QJsonObject &o, const char *name) const
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(DefaultData::tr("\"%1\" must be a list.").arg(QLatin1String(name)));
    return v.toArray();
}

void Loader::countries(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        Country c;
        c.iso2 = text(o, "iso2", true);
        m_where = QStringLiteral("countries/") + c.iso2;
        c.meta.id = define(Country::table, c.iso2);
        c.iso3 = text(o, "iso3");
        c.numeric = text(o, "numeric");
        c.nameEs = text(o, "name_es", true);
        c.namePt = text(o, "name_pt", true);
        c.nameEn = text(o, "name_en", true);
        save(c);
    }
}

void Loader::forum(const QJsonObject &o)
{
    m_where = QStringLiteral("forum");
    Forum f;
    f.meta.id = define(Forum::table, text(o, "key", true));
    f.name = text(o, "name", true);
    f.fullName = text(o, "full_name");
    f.foundingDeclaration = text(o, "founding_declaration");
    f.foundingDate = date(o, "founding_date");
    f.website = text(o, "website");
    save(f);
    for (const QJsonValue &v : array(o, "members")) {
        ForumMember m;
        m.forumId = f.meta.id;
        m.countryId = ref(Country::table, v.toObject(), "country", true);
        m.meta.id = DefaultData::keyUuid(ForumMember::table, text(v.toObject(), "country"));
        m.joinedOn = date(v.toObject(), "joined_on");
        save(m);
    }
}

void Loader::organisations(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("organisations/") + text(o, "key");
        Organisation org;
        org.meta.id = define(Organisation::table, text(o, "key", true));
        org.name = text(o, "name", true);
        org.acronym = text(o, "acronym");
        org.kind = enumValue<OrganisationKind>(o, "kind");
        org.countryId = ref(Country::table, o, "country");
        org.description = text(o, "description");
        save(org);
    }
}

void Loader::institutions(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("institutions/") + text(o, "key");
        Institution i;
        i.meta.id = define(Institution::table, text(o, "key", true));
        i.countryId = ref(Country::table, o, "country", true);
        i.name = text(o, "name", true);
        i.acronym = text(o, "acronym");
        i.kind = enumValue<InstitutionKind>(o, "kind");
        save(i);
    }
}

void Loader::people(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("people/") + text(o, "key");
        Person p;
        const QString key = text(o, "key", true);
        p.meta.id = define(Person::table, key);
        p.name = text(o, "name", true);
        p.countryId = ref(Country::table, o, "country");
        p.institutionId = ref(Institution::table, o, "institution");
        p.email = text(o, "email");
        p.phone = text(o, "phone");
        p.activeFrom = date(o, "active_from");
        p.activeTo = date(o, "active_to");
        save(p);
        int n = 0;
        for (const QJsonValue &rv : array(o, "roles")) {
            const QJsonObject ro = rv.toObject();
            PersonRole r;
            r.meta.id = DefaultData::keyUuid(PersonRole::table,
                                             key + QLatin1Char('/') + QString::number(++n));
            r.personId = p.meta.id;
            r.role = enumValue<PersonRoleKind>(ro, "role");
            r.groupId = ref(WorkingGroup::table, ro, "group");
            r.subgroupId = ref(Subgroup::table, ro, "subgroup");
            save(r);
        }
    }
}

void Loader::areas(const QJsonArray &a)
{
    int position = 0;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("areas/") + text(o, "key");
        ThematicArea area;
        area.code = text(o, "key", true);
        area.meta.id = define(ThematicArea::table, area.code);
        area.nameEs = text(o, "name_es", true);
        area.namePt = text(o, "name_pt", true);
        area.nameEn = text(o, "name_en", true);
        area.position = ++position;
        save(area);

        const QJsonObject g = o.value(QLatin1String("group")).toObject();
        WorkingGroup group;
        group.meta.id = define(WorkingGroup::table, text(g, "key", true));
        group.areaId = area.meta.id;
        group.name = text(g, "name", true);
        group.shortName = text(g, "short_name", true);
        group.objective = text(g, "objective");
        group.context = text(g, "context");
        save(group);
    }
}

void Loader::groupParts(const QJsonObject &root)
{
    for (const QJsonValue &v : array(root, "group_countries")) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("group_countries/%1/%2").arg(text(o, "group"), text(o, "country"));
        GroupCountry gc;
        gc.meta.id = DefaultData::keyUuid(GroupCountry::table,
                                          text(o, "group") + QLatin1Char('/') + text(o, "country"));
        gc.groupId = ref(WorkingGroup::table, o, "group", true);
        gc.countryId = ref(Country::table, o, "country", true);
        gc.status = enumValue<ParticipationStatus>(o, "status");
        save(gc);
    }
    int position = 0;
    for (const QJsonValue &v : array(root, "group_institutions")) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("group_institutions/%1/%2")
                      .arg(text(o, "group"), text(o, "institution"));
        GroupInstitution gi;
        gi.meta.id = DefaultData::keyUuid(
            GroupInstitution::table, text(o, "group") + QLatin1Char('/') + text(o, "institution"));
        gi.groupId = ref(WorkingGroup::table, o, "group", true);
        gi.institutionId = ref(Institution::table, o, "institution", true);
        gi.position = ++position;
        save(gi);
    }
    for (const QJsonValue &v : array(root, "group_texts")) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("group_texts/") + text(o, "key");
        GroupText t;
        t.meta.id = define(GroupText::table, text(o, "key", true));
        t.groupId = ref(WorkingGroup::table, o, "group", true);
        t.section = enumValue<TextSection>(o, "section");
        t.year = number(o, "year");
        t.position = number(o, "position").value_or(0);
        t.title = text(o, "title");
        t.body = text(o, "body", true);
        save(t);
    }
    // Texts people edit for the group's reports (the annual report's introduction).
    for (const QJsonValue &v : array(root, "report_texts")) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("report_texts/") + text(o, "key");
        ReportText t;
        t.meta.id = define(ReportText::table, text(o, "key", true));
        t.groupId = ref(WorkingGroup::table, o, "group", true);
        t.kind = text(o, "kind", true);
        if (!ReportTexts::isKnownKind(t.kind))
            fail(DefaultData::tr("Unknown kind of report text: %1").arg(t.kind));
        t.body = text(o, "body", true);
        save(t);
    }
}

void Loader::subgroups(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QString key = text(o, "key", true);
        m_where = QStringLiteral("subgroups/") + key;
        Subgroup s;
        s.meta.id = define(Subgroup::table, key);
        s.groupId = ref(WorkingGroup::table, o, "group", true);
        s.number = number(o, "number").value_or(0);
        s.name = text(o, "name", true);
        s.objective = text(o, "objective");
        s.leaderCountryId = ref(Country::table, o, "leader", true);
        save(s);
        int position = 0;
        for (const QJsonValue &m : array(o, "members")) {
            SubgroupMember member;
            member.meta.id =
                DefaultData::keyUuid(SubgroupMember::table, key + QLatin1Char('/') + m.toString());
            member.subgroupId = s.meta.id;
            member.countryId = refKey(Country::table, m.toString());
            member.position = ++position;
            save(member);
        }
    }
}

void Loader::documents(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("documents/") + text(o, "key");
        Document d;
        d.meta.id = define(Document::table, text(o, "key", true));
        d.groupId = ref(WorkingGroup::table, o, "group");
        d.subgroupId = ref(Subgroup::table, o, "subgroup");
        d.annexCode = text(o, "annex_code");
        d.title = text(o, "title", true);
        d.date = date(o, "date");
        d.senderCountryId = ref(Country::table, o, "sender");
        d.kind = enumValue<DocumentKind>(o, "kind");
        d.status = enumValue<DocumentStatus>(o, "status");
        d.recipient = text(o, "recipient");
        save(d);
    }
}

void Loader::milestones(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("milestones/") + text(o, "key");
        Milestone m;
        m.meta.id = define(Milestone::table, text(o, "key", true));
        m.date = date(o, "date");
        m.title = text(o, "title", true);
        m.description = text(o, "description");
        m.groupId = ref(WorkingGroup::table, o, "group");
        m.subgroupId = ref(Subgroup::table, o, "subgroup");
        m.countryId = ref(Country::table, o, "country");
        m.documentId = ref(Document::table, o, "document");
        save(m);
    }
}

void Loader::plans(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QString key = text(o, "key", true);
        m_where = QStringLiteral("plans/") + key;
        Plan p;
        p.meta.id = define(Plan::table, key);
        p.groupId = ref(WorkingGroup::table, o, "group", true);
        p.subgroupId = ref(Subgroup::table, o, "subgroup");
        p.kind = enumValue<PlanKind>(o, "kind");
        p.year = number(o, "year");
        p.title = text(o, "title", true);
        p.status = enumValue<DocumentStatus>(o, "status");
        p.itemLabel = enumValue<PlanItemLabel>(o, "item_label");
        p.documentId = ref(Document::table, o, "document");
        save(p);

        int lineNo = 0;
        for (const QJsonValue &lv : array(o, "lines")) {
            const QJsonObject lo = lv.toObject();
            const QString lineKey = key + QLatin1Char('/') + QString::number(++lineNo);
            m_where = QStringLiteral("plans/") + lineKey;
            PlanItem line;
            line.meta.id = DefaultData::keyUuid(PlanItem::table, lineKey);
            line.planId = p.meta.id;
            line.position = lineNo;
            line.text = text(lo, "text", true);
            line.status = enumValue<PlanItemStatus>(lo, "status");
            save(line);
            int itemNo = 0;
            for (const QJsonValue &iv : array(lo, "items")) {
                const QJsonObject io = iv.toObject();
                const QString itemKey = lineKey + QLatin1Char('/') + QString::number(++itemNo);
                m_where = QStringLiteral("plans/") + itemKey;
                PlanItem item;
                item.meta.id = DefaultData::keyUuid(PlanItem::table, itemKey);
                item.planId = p.meta.id;
                item.parentId = line.meta.id;
                item.position = itemNo;
                item.text = text(io, "text", true);
                item.deadline = deadline(io, "deadline", &item.deadlineText);
                item.status = enumValue<PlanItemStatus>(io, "status");
                save(item);
                for (const QJsonValue &c : array(io, "responsible")) {
                    PlanItemCountry pc;
                    pc.meta.id = DefaultData::keyUuid(PlanItemCountry::table,
                                                      itemKey + QLatin1Char('/') + c.toString());
                    pc.itemId = item.meta.id;
                    pc.countryId = refKey(Country::table, c.toString());
                    save(pc);
                }
            }
        }
        planEvents(o, p, key);
    }
}

// The events are checked as PlanLifecycle checks a step a person records, except for "today":
// the default data tells what already happened. Versions keep the items as loaded.
void Loader::planEvents(const QJsonObject &o, const Plan &plan, const QString &key)
{
    DocumentStatus state = DocumentStatus::Draft;
    QDate last;
    int eventNo = 0;
    int versionNo = 0;
    for (const QJsonValue &ev : array(o, "events")) {
        const QJsonObject eo = ev.toObject();
        const QString eventKey = key + QLatin1Char('/') + QString::number(++eventNo);
        m_where = QStringLiteral("plans/%1/events/%2").arg(key).arg(eventNo);
        PlanEvent e;
        e.meta.id = DefaultData::keyUuid(PlanEvent::table, eventKey);
        e.planId = plan.meta.id;
        e.state = enumValue<DocumentStatus>(eo, "state");
        e.date = date(eo, "date");
        e.countryId = ref(Country::table, eo, "country");
        e.recipient = text(eo, "recipient");
        e.meetingId = ref(Meeting::table, eo, "meeting");
        e.note = text(eo, "note");
        if (!e.date.isValid())
            fail(DefaultData::tr("\"date\" is missing."));
        if (!PlanLifecycle::isAllowed(state, e.state))
            fail(DefaultData::tr("A plan that is %1 cannot become %2.")
                     .arg(enumKey(state), enumKey(e.state)));
        if (last.isValid() && e.date < last)
            fail(DefaultData::tr("The events must be in the order of their dates."));
        if (PlanLifecycle::needsRecipient(e.state) && e.recipient.trimmed().isEmpty())
            fail(DefaultData::tr("\"recipient\" is missing."));
        if (PlanLifecycle::isReopening(state, e.state) && e.note.trimmed().isEmpty())
            fail(DefaultData::tr("\"note\" is missing: a reopening says why."));
        save(e);
        if (PlanLifecycle::keepsVersion(e.state)) {
            const QUuid versionId = DefaultData::keyUuid(
                PlanVersion::table, key + QLatin1Char('/') + QString::number(++versionNo));
            auto v = PlanVersions::take(m_repo.database(), plan.meta.id, e.state, e.date, e.meta.id,
                                        enumLabel(e.state), versionId);
            if (!v)
                fail(v.error().fullText());
        }
        state = e.state;
        last = e.date;
    }
    if (eventNo > 0 && plan.status != state)
        fail(DefaultData::tr("The plan is %1 but its last event makes it %2.")
                 .arg(enumKey(plan.status), enumKey(state)));
}

void Loader::run(const QJsonObject &root)
{
    m_where = QStringLiteral("format");
    if (text(root, "format", true) != QLatin1String("focal-default-data"))
        fail(DefaultData::tr("This is not a Focal default data file."));
    if (number(root, "version").value_or(0) != 1)
        fail(DefaultData::tr("Unknown version of the default data format."));

    countries(array(root, "countries"));
    forum(root.value(QLatin1String("forum")).toObject());
    organisations(array(root, "organisations"));
    for (const QJsonValue &v : array(root, "pro_tempore")) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("pro_tempore/") + text(o, "key");
        ProTempore p;
        p.meta.id = define(ProTempore::table, text(o, "key", true));
        p.forumId = DefaultData::keyUuid(
            Forum::table, text(root.value(QLatin1String("forum")).toObject(), "key"));
        p.countryId = ref(Country::table, o, "country", true);
        p.start = date(o, "start");
        p.end = date(o, "end");
        save(p);
    }
    institutions(array(root, "institutions"));
    areas(array(root, "areas"));
    groupParts(root);
    subgroups(array(root, "subgroups"));
    people(array(root, "people"));
    documents(array(root, "documents"));
    milestones(array(root, "milestones"));
    meetings(root);
    plans(array(root, "plans"));
}

} // namespace focal::defaultdata
