#include "SyntheticData.h"
#include "SyntheticWords.h"

#include "model/RecordId.h"

#include "data/DefaultData.h"
#include "Language.h"
#include "model/Country.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace focal::bench {
namespace {

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Every random choice goes through one seeded generator, in a fixed order: same seed, same data.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}

    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // both ends included
    bool chance(int percent) { return below(100) < percent; }
    template <typename C> const auto &pick(const C &c) { return c[below(int(c.size()))]; }
    // One of a few values, repeated to weigh them: pickOf({Done, Done, Dropped}).
    template <typename T> T pickOf(std::initializer_list<T> values)
    {
        return *(values.begin() + below(int(values.size())));
    }

    // A record id made as Focal makes them (time-ordered, see createRecordId), from the seeded
    // generator and the simulated clock: QUuid::createUuid() would not repeat.
    QUuid uuid(const QDateTime &when) { return createRecordId(when.toMSecsSinceEpoch(), m_rng); }

private:
    QRandomGenerator m_rng;
};

struct CountryInfo
{
    QUuid id;
    QString name;
    Place place;
    QList<QUuid> institutions;
    QStringList institutionNames;
};

struct GroupInfo
{
    QUuid id;
    QString name;
    const QStringList *topics = nullptr;
};

struct SubgroupInfo
{
    QUuid id;
    int group = 0; // index into Generator::m_groups
    int number = 0;
    QString name;
};

class Generator
{
public:
    Generator(Database &db, const SyntheticOptions &options)
        : m_repo(db), m_options(options), m_dice(options.seed),
          m_referenceDay(options.firstYear + options.years - 1, 6, 30)
    {}

    Result<void> run();
    const SyntheticCounts &counts() const { return m_counts; }
    QDateTime now() const { return m_now; }

private:
    Result<void> loadDefaults();
    Result<void> plansOf(int year, const std::vector<int> &productsPerPlan, int &planIndex);
    Result<void> plan(int year, int group, int subgroup, int products);
    Result<void> meetingsOf(int year, const std::vector<int> &commitmentsPer,
                            const std::vector<int> &decisionsPer, int &meetingIndex);
    Result<void> meeting(const QDate &date, int commitments, int decisions,
                         QHash<QUuid, int> &numbers);
    Result<void> agreement(const Meeting &m, const QStringList &topics, int position,
                           bool commitment);

    Deadline productDeadline(int year);
    Deadline commitmentDeadline(const QDate &from);
    QString sentence(const QString &topic, int year);
    std::vector<int> spread(int total, int buckets);
    void at(const QDate &date, int minutes)
    {
        m_now = QDateTime(date, QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
    }

    // A record is made with its id and change stamps (when the synthetic history says it was
    // made) and kept until flush() writes it with the others of its kind.
    template <typename T> Result<void> insert(T &record, qint64 &counter)
    {
        record.meta.id = m_dice.uuid(m_now);
        record.meta.created = m_now;
        record.meta.modified = m_now;
        record.meta.modifiedBy = m_repo.database().context().author;
        record.meta.site = m_repo.database().context().site;
        pendingOf(record).append(record);
        ++counter;
        ++m_pendingCount;
        return {};
    }
    // Writes what insert() kept, as an import does (Repository::insertAll with the records' own
    // stamps), parents before children.
    Result<void> flush();
    Result<void> flushIfFull() { return m_pendingCount >= 20000 ? flush() : Result<void>(); }

    QList<Plan> &pendingOf(const Plan &) { return m_plans; }
    QList<PlanItem> &pendingOf(const PlanItem &i)
    {
        return i.parentId.isNull() ? m_lines : m_products;
    }
    QList<PlanItemCountry> &pendingOf(const PlanItemCountry &) { return m_productCountries; }
    QList<Meeting> &pendingOf(const Meeting &) { return m_meetings; }
    QList<MeetingCountry> &pendingOf(const MeetingCountry &) { return m_meetingCountries; }
    QList<Agreement> &pendingOf(const Agreement &) { return m_agreements; }

    Repository m_repo;
    SyntheticOptions m_options;
    Dice m_dice;
    QDate m_referenceDay; // "today" of the synthetic history: statuses depend on it, not the clock
    QDateTime m_now;      // what the change stamps say: when the record was made
    SyntheticCounts m_counts;
    std::vector<CountryInfo> m_countries;
    std::vector<GroupInfo> m_groups;
    std::vector<SubgroupInfo> m_subgroups;
    QList<Plan> m_plans;
    QList<PlanItem> m_lines;
    QList<PlanItem> m_products;
    QList<PlanItemCountry> m_productCountries;
    QList<Meeting> m_meetings;
    QList<MeetingCountry> m_meetingCountries;
    QList<Agreement> m_agreements;
    int m_pendingCount = 0;
};

Result<void> Generator::flush()
{
    const auto write = [this](auto &records) -> Result<void> {
        auto r = m_repo.insertAll(records, Repository::Stamps::AsGiven);
        records.clear();
        return r;
    };
    m_pendingCount = 0;
    Result<void> r = write(m_plans);
    if (r)
        r = write(m_lines);
    if (r)
        r = write(m_products);
    if (r)
        r = write(m_productCountries);
    if (r)
        r = write(m_meetings);
    if (r)
        r = write(m_meetingCountries);
    if (r)
        r = write(m_agreements);
    return r;
}

Result<void> Generator::loadDefaults()
{
    auto countries = m_repo.list<Country>(QStringLiteral("iso2"));
    auto institutions = m_repo.list<Institution>(QStringLiteral("name"));
    auto areas = m_repo.list<ThematicArea>(QStringLiteral("position"));
    auto groups = m_repo.list<WorkingGroup>();
    auto subgroups = m_repo.list<Subgroup>(QStringLiteral("group_id, number"));
    if (!countries)
        return countries.error();
    if (!institutions)
        return institutions.error();
    if (!areas)
        return areas.error();
    if (!groups)
        return groups.error();
    if (!subgroups)
        return subgroups.error();

    for (const Country &c : *countries)
        m_countries.push_back({c.meta.id, c.nameEs, placeOf(c.iso2), {}, {}});
    for (const Institution &i : *institutions) {
        for (CountryInfo &c : m_countries) {
            if (c.id == i.countryId) {
                c.institutions << i.meta.id;
                c.institutionNames << i.name;
            }
        }
    }
    // Groups in the order of their thematic areas, so that indexes do not depend on UUIDs.
    for (const ThematicArea &a : *areas) {
        for (const WorkingGroup &g : *groups) {
            if (g.areaId == a.meta.id)
                m_groups.push_back({g.meta.id, g.name, &topicsFor(g.shortName)});
        }
    }
    for (const Subgroup &s : *subgroups) {
        for (int gi = 0; gi < int(m_groups.size()); ++gi) {
            if (m_groups[gi].id == s.groupId)
                m_subgroups.push_back({s.meta.id, gi, s.number, s.name});
        }
    }
    if (m_countries.size() < 3 || m_groups.empty())
        return Error{Error::Code::Invalid,
                     QStringLiteral("The synthetic data needs the PROSUR default data first."),
                     {}};
    return {};
}

// Splits `total` into `buckets` random parts that add up exactly (a multinomial draw).
std::vector<int> Generator::spread(int total, int buckets)
{
    std::vector<int> parts(std::max(buckets, 1), 0);
    for (int i = 0; i < total; ++i)
        ++parts[m_dice.below(int(parts.size()))];
    return parts;
}

Result<void> Generator::run()
{
    if (auto r = loadDefaults(); !r)
        return r;

    const int plansPerYear = int(m_groups.size() + m_subgroups.size());
    const std::vector<int> productsPerPlan =
        spread(m_options.planProducts, m_options.years * plansPerYear);
    const int meetings = m_options.years * m_options.meetingsPerYear;
    const std::vector<int> commitmentsPer = spread(m_options.commitments, meetings);
    const std::vector<int> decisionsPer = spread(m_options.plainAgreements, meetings);

    int planIndex = 0;
    int meetingIndex = 0;
    for (int year = m_options.firstYear; year < m_options.firstYear + m_options.years; ++year) {
        if (auto r = plansOf(year, productsPerPlan, planIndex); !r)
            return r;
        if (auto r = meetingsOf(year, commitmentsPer, decisionsPer, meetingIndex); !r)
            return r;
        if (auto r = flushIfFull(); !r)
            return r;
    }
    return flush();
}

Result<void> Generator::plansOf(int year, const std::vector<int> &productsPerPlan, int &planIndex)
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        if (auto r = plan(year, g, -1, productsPerPlan[planIndex++]); !r)
            return r;
    }
    for (int s = 0; s < int(m_subgroups.size()); ++s) {
        if (auto r = plan(year, m_subgroups[s].group, s, productsPerPlan[planIndex++]); !r)
            return r;
    }
    return {};
}

Deadline Generator::productDeadline(int year)
{
    using Kind = Deadline::Kind;
    const int r = m_dice.below(100);
    std::optional<Deadline> d;
    if (r < 35) {
        d = Deadline::bimester(year, m_dice.between(1, 6));
    } else if (r < 55) {
        d = Deadline::quarter(year, m_dice.between(1, 4));
    } else if (r < 70) {
        d = Deadline::semester(year, m_dice.between(1, 2));
    } else if (r < 80) {
        d = Deadline::month(year, m_dice.between(1, 12));
    } else if (r < 86) {
        const int from = m_dice.between(1, 10);
        d = Deadline::monthRange(year, from, year, m_dice.between(from + 1, 12));
    } else if (r < 90) {
        d = Deadline::year(year);
    } else if (r < 95) {
        // Written as PROSUR does: "Cuarto bimestre 2020 Primer bimestre 2021".
        const int b = m_dice.between(1, 5);
        d = Deadline::list(
            {Deadline::Period{.kind = Kind::Bimester, .year = year, .index = b},
             Deadline::Period{.kind = Kind::Bimester, .year = year, .index = b + 1}});
    }
    return d.value_or(Deadline());
}

Deadline Generator::commitmentDeadline(const QDate &from)
{
    const QDate later = from.addDays(m_dice.between(20, 150));
    const int r = m_dice.below(100);
    std::optional<Deadline> d;
    if (r < 30)
        d = Deadline::date(later);
    else if (r < 60)
        d = Deadline::month(later.year(), later.month());
    else if (r < 80)
        d = Deadline::bimester(later.year(), (later.month() + 1) / 2);
    else if (r < 90)
        d = Deadline::quarter(later.year(), (later.month() + 2) / 3);
    return d.value_or(Deadline());
}

Result<void> Generator::plan(int year, int group, int subgroup, int products)
{
    const GroupInfo &g = m_groups[group];
    const bool past = year < m_referenceDay.year();
    at(QDate(year - 1, 11, 1).addDays(m_dice.below(60)), m_dice.below(480));

    Plan p;
    p.groupId = g.id;
    p.kind = PlanKind::Annual;
    p.year = year;
    if (subgroup >= 0) {
        const SubgroupInfo &s = m_subgroups[subgroup];
        p.subgroupId = s.id;
        p.title = QStringLiteral("Plan de Trabajo %1 del Subgrupo %2: %3")
                      .arg(year)
                      .arg(s.number)
                      .arg(s.name);
    } else {
        p.title = QStringLiteral("Plan de Trabajo %1 del %2").arg(year).arg(g.name);
    }
    p.status = past ? (m_dice.chance(80) ? DocumentStatus::Delivered : DocumentStatus::Approved)
                    : m_dice.pickOf({DocumentStatus::Draft, DocumentStatus::SentForComments,
                                     DocumentStatus::ObservationsReceived});
    p.itemLabel = PlanItemLabel::Products;
    if (auto r = insert(p, m_counts.plans); !r)
        return r;

    const int lines = std::max(1, (products + m_options.productsPerLine / 2) /
                                      std::max(1, m_options.productsPerLine));
    const std::vector<int> perLine = spread(products, lines);
    for (int l = 0; l < lines; ++l) {
        const QString &topic = m_dice.pick(*g.topics);
        PlanItem line;
        line.planId = p.meta.id;
        line.position = l;
        line.text = m_dice.pick(lineOpenings()) + QLatin1Char(' ') + topic +
                    (m_dice.chance(30) ? QStringLiteral(" entre los países de PROSUR") : QString());
        line.status = past ? PlanItemStatus::Done : PlanItemStatus::Approved;
        if (auto r = insert(line, m_counts.planLines); !r)
            return r;

        for (int k = 0; k < perLine[l]; ++k) {
            const Noun &n = m_dice.pick(nouns());
            const CountryInfo &c = m_dice.pick(m_countries);
            PlanItem item;
            item.planId = p.meta.id;
            item.parentId = line.meta.id;
            item.position = k;
            item.text = capitalised(n.noun) + QStringLiteral(" sobre ") + m_dice.pick(*g.topics) +
                        (m_dice.chance(40) ? QStringLiteral(", con la participación de ") + c.name
                                           : QString()) +
                        QLatin1Char('.');
            item.deadline = productDeadline(year);
            item.deadlineText = item.deadline.toText(Language::Spanish);
            if (item.deadline.isUndefined())
                item.status = PlanItemStatus::Proposed;
            else if (item.deadline.end() < m_referenceDay)
                item.status =
                    m_dice.pickOf({PlanItemStatus::Done, PlanItemStatus::Done, PlanItemStatus::Done,
                                   PlanItemStatus::Done, PlanItemStatus::Done, PlanItemStatus::Done,
                                   PlanItemStatus::Reprogrammed, PlanItemStatus::Cancelled,
                                   PlanItemStatus::InProgress});
            else
                item.status = m_dice.pickOf({PlanItemStatus::Proposed, PlanItemStatus::Approved,
                                             PlanItemStatus::InProgress});
            if (m_dice.chance(15))
                item.notes = m_dice.pick(notes());
            if (auto r = insert(item, m_counts.planProducts); !r)
                return r;

            if (m_dice.chance(10)) {
                PlanItemCountry ic;
                ic.itemId = item.meta.id;
                ic.countryId = c.id;
                if (auto r = insert(ic, m_counts.planItemCountries); !r)
                    return r;
            }
        }
    }
    return {};
}

QString Generator::sentence(const QString &topic, int year)
{
    const CountryInfo &c = m_dice.pick(m_countries);
    const Noun &n = m_dice.pick(nouns());
    switch (m_dice.below(7)) {
    case 0:
        return QStringLiteral("Se revisaron los avances del Plan de Trabajo %1 en materia de %2.")
            .arg(year)
            .arg(topic);
    case 1:
        return QStringLiteral("La delegación de %1 presentó %2 %3 sobre %4.")
            .arg(c.name, n.article, n.noun, topic);
    case 2:
        return QStringLiteral("Los países intercambiaron experiencias sobre %1 y acordaron "
                              "profundizar la cooperación técnica.")
            .arg(topic);
    case 3: {
        const CountryInfo &other =
            m_countries[(&c - m_countries.data() + m_dice.between(1, int(m_countries.size()) - 1)) %
                        m_countries.size()]; // another country than c
        return QStringLiteral("Se analizaron las observaciones recibidas de %1 y %2 al "
                              "documento sobre %3.")
            .arg(c.name, other.name, topic);
    }
    case 4:
        return QStringLiteral("BID-INTAL expuso la metodología de trabajo propuesta para %1.")
            .arg(topic);
    case 5:
        return QStringLiteral("La Coordinación Nacional de %1 recordó los plazos de entrega del "
                              "informe anual.")
            .arg(c.name);
    default:
        return QStringLiteral("Se destacó la importancia de la cooperación regional en %1.")
            .arg(topic);
    }
}

Result<void> Generator::meetingsOf(int year, const std::vector<int> &commitmentsPer,
                                   const std::vector<int> &decisionsPer, int &meetingIndex)
{
    // Dates first, in order, so that rowid order is the calendar order (as in real use).
    std::vector<QDate> dates;
    const QDate first(year, 1, 1);
    for (int i = 0; i < m_options.meetingsPerYear; ++i) {
        QDate d = first.addDays(m_dice.below(first.daysInYear()));
        // Meetings happen on working days: the next Monday, or the Friday before at year's end.
        if (d.dayOfWeek() > 5) {
            const QDate monday = d.addDays(8 - d.dayOfWeek());
            d = monday.year() == year ? monday : d.addDays(5 - d.dayOfWeek());
        }
        dates.push_back(d);
    }
    std::sort(dates.begin(), dates.end());

    QHash<QUuid, int> numbers; // videoconferences are numbered per group and year
    for (const QDate &d : dates) {
        const int i = meetingIndex++;
        if (auto r = meeting(d, commitmentsPer[i], decisionsPer[i], numbers); !r)
            return r;
    }
    return {};
}

Result<void> Generator::meeting(const QDate &date, int commitments, int decisionCount,
                                QHash<QUuid, int> &numbers)
{
    at(date, m_dice.below(600));
    const int year = date.year();
    const CountryInfo &presidency = m_countries[year % m_countries.size()];

    Meeting m;
    const int r = m_dice.below(100);
    m.kind = r < 55   ? MeetingKind::Videoconference
             : r < 70 ? MeetingKind::Workshop
             : r < 85 ? MeetingKind::Training
                      : MeetingKind::EmailExchange;
    const int s = m_dice.below(100);
    m.scope = s < 10   ? MeetingScope::Forum
              : s < 25 ? MeetingScope::National
              : s < 40 ? MeetingScope::Subgroup
                       : MeetingScope::Group;
    if (m.scope == MeetingScope::Subgroup && m_subgroups.empty())
        m.scope = MeetingScope::Group;

    int group = m_dice.below(int(m_groups.size()));
    const SubgroupInfo *sub = nullptr;
    if (m.scope == MeetingScope::Subgroup) {
        sub = &m_dice.pick(m_subgroups);
        group = sub->group;
    }
    const GroupInfo &g = m_groups[group];
    const QStringList &topics = m.scope == MeetingScope::Forum ? topicsFor(QString()) : *g.topics;
    const QString &topic = m_dice.pick(topics);
    const CountryInfo &host =
        m.scope == MeetingScope::National ? m_dice.pick(m_countries) : presidency;

    if (m.scope != MeetingScope::Forum && (m.scope != MeetingScope::National || m_dice.chance(50)))
        m.groupId = g.id;
    if (sub)
        m.subgroupId = sub->id;
    if (m.scope == MeetingScope::National)
        m.countryId = host.id;
    m.date = date;
    m.startTime = QTime(m_dice.between(8, 16), m_dice.chance(50) ? 0 : 30);
    m.timeZone = host.place.timeZone;

    const QString who =
        m.scope == MeetingScope::Forum      ? QStringLiteral("los Coordinadores Nacionales")
        : m.scope == MeetingScope::National ? QStringLiteral("los puntos focales de ") + host.name
        : sub ? QStringLiteral("el Subgrupo %1: %2").arg(sub->number).arg(sub->name)
              : QStringLiteral("el ") + g.name;
    switch (m.kind) {
    case MeetingKind::Videoconference: {
        // One numbering per subgroup, group, country (national meetings) and for the forum.
        const QUuid key = sub ? sub->id : m.scope == MeetingScope::National ? host.id : m.groupId;
        m.number = ++numbers[key];
        m.title = QStringLiteral("%1ª Videoconferencia con %2").arg(*m.number).arg(who);
        m.location =
            QStringLiteral("https://prosur.zoom.us/j/%1").arg(m_dice.between(100000000, 999999999));
        break;
    }
    case MeetingKind::Workshop:
        m.title = QStringLiteral("Taller sobre ") + topic;
        m.location = host.place.city;
        break;
    case MeetingKind::Training:
        m.title = QStringLiteral("Capacitación en ") + topic;
        m.location = m_dice.chance(50) ? host.place.city : QStringLiteral("Plataforma virtual");
        break;
    case MeetingKind::EmailExchange:
        m.title = QStringLiteral("Intercambio de correos sobre ") + topic;
        break;
    }
    m.organiser = m.scope == MeetingScope::National && !host.institutionNames.isEmpty()
                      ? m_dice.pick(host.institutionNames)
                      : QStringLiteral("Presidencia Pro Tempore de ") + presidency.name;
    if (m.kind != MeetingKind::EmailExchange)
        m.participantsCount = m_dice.between(6, 60);
    m.summary = sentence(topic, year) + QLatin1Char(' ') + sentence(m_dice.pick(topics), year);
    if (m.kind != MeetingKind::EmailExchange) {
        QStringList minutes;
        const int n = m_dice.between(3, 6);
        for (int k = 0; k < n; ++k)
            minutes << sentence(m_dice.pick(topics), year);
        m.minutes = minutes.join(QLatin1Char(' '));
    }
    if (auto r = insert(m, m_counts.meetings); !r)
        return r;

    // The countries present: the host organises national meetings; others list who attended.
    if (m.scope == MeetingScope::National) {
        MeetingCountry mc;
        mc.meetingId = m.meta.id;
        mc.countryId = host.id;
        mc.role = MeetingRole::Organiser;
        if (auto r = insert(mc, m_counts.meetingCountries); !r)
            return r;
    } else {
        const int n = m_dice.below(3);
        const int start = m_dice.below(int(m_countries.size()));
        for (int k = 0; k < n; ++k) {
            MeetingCountry mc;
            mc.meetingId = m.meta.id;
            mc.countryId = m_countries[(start + k) % m_countries.size()].id;
            mc.role = MeetingRole::Attended;
            if (auto r = insert(mc, m_counts.meetingCountries); !r)
                return r;
        }
    }

    int position = 0;
    for (int k = 0; k < decisionCount; ++k) {
        if (auto r = agreement(m, topics, position++, false); !r)
            return r;
    }
    for (int k = 0; k < commitments; ++k) {
        if (auto r = agreement(m, topics, position++, true); !r)
            return r;
    }
    return {};
}

Result<void> Generator::agreement(const Meeting &m, const QStringList &topics, int position,
                                  bool commitment)
{
    const QString &topic = m_dice.pick(topics);
    Agreement a;
    a.meetingId = m.meta.id;
    a.position = position;
    if (!commitment) {
        a.text = m_dice.pick(decisions()) + QLatin1Char(' ') + topic + QLatin1Char('.');
        return insert(a, m_counts.agreements);
    }

    const CountryInfo &c = m_dice.pick(m_countries);
    const Noun &n = m_dice.pick(nouns());
    const Verb &v = m_dice.pick(verbs());
    a.isCommitment = true;
    a.responsibleCountryId = c.id;
    if (!c.institutions.isEmpty() && m_dice.chance(60))
        a.responsibleInstitutionId = m_dice.pick(c.institutions);
    a.text = c.name + QLatin1Char(' ') + v.future + QLatin1Char(' ') + n.article +
             QLatin1Char(' ') + n.noun + QStringLiteral(" sobre ") + topic + QLatin1Char('.');
    a.action = capitalised(v.infinitive) + QLatin1Char(' ') + n.article + QLatin1Char(' ') +
               n.noun + QStringLiteral(" y enviarlo a los puntos focales.");
    a.due = commitmentDeadline(m.date);
    a.dueText = a.due.toText(Language::Spanish);
    if (a.due.isUndefined() || a.due.end() >= m_referenceDay)
        a.status = m_dice.chance(90) ? CommitmentStatus::Open : CommitmentStatus::Done;
    else
        a.status =
            m_dice.pickOf({CommitmentStatus::Done, CommitmentStatus::Done, CommitmentStatus::Done,
                           CommitmentStatus::Done, CommitmentStatus::Done, CommitmentStatus::Done,
                           CommitmentStatus::Done, CommitmentStatus::Dropped,
                           CommitmentStatus::Open, CommitmentStatus::Open});
    if (auto r = insert(a, m_counts.agreements); !r)
        return r;
    ++m_counts.commitments;
    return {};
}

// The installation and person the synthetic records say they come from.
QUuid syntheticSite(quint32 seed)
{
    return Dice(seed ^ 0x5eedu).uuid(QDateTime(QDate(2006, 1, 1), QTime(0, 0), Qt::UTC));
}

QString syntheticAuthor()
{
    return QStringLiteral("Generador sintético");
}

} // namespace

Result<SyntheticCounts> SyntheticData::generate(Database &db, const SyntheticOptions &options)
{
    Generator generator(db, options);

    // The change stamps follow the synthetic history (a record is "made" on its date, by one
    // synthetic site and author) instead of the wall clock, so that the output is reproducible.
    const ChangeContext saved = db.context();
    db.context().clock = [&generator] { return generator.now(); };
    db.context().author = syntheticAuthor();
    db.context().site = syntheticSite(options.seed);

    Result<void> done;
    {
        WriteTransaction tx(db);
        done = tx.begun();
        if (done)
            done = generator.run();
        if (done)
            done = tx.commit();
    }
    db.context() = saved; // the clock above refers to the generator, which is about to go
    if (!done)
        return done.error();
    return generator.counts();
}

Result<SyntheticCounts> SyntheticData::createFile(const QString &path,
                                                  const SyntheticOptions &options)
{
    auto opened = Database::open(path, Database::Mode::CreateNew);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();

    // The default data is stamped at a fixed time, site and author too: every record of the file
    // is reproducible (only the database's own site id in focal_meta is new each time).
    db->context().clock = [] { return QDateTime(QDate(2019, 3, 22), QTime(12, 0), Qt::UTC); };
    db->context().author = syntheticAuthor();
    db->context().site = syntheticSite(options.seed);
    Result<SyntheticCounts> result = SyntheticCounts();
    if (auto r = DefaultData::loadEmbedded(*db); !r)
        result = r.error();
    else
        result = generate(*db, options);

    if (!result) {
        const QString file = db->path();
        db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));
    }
    return result;
}

} // namespace focal::bench
