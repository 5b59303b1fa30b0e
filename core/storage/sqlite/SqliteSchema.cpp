#include "SqliteSchema.h"

#include "model/Record.h"
#include "storage/Database.h"
#include "storage/Searchable.h"

#include <utility>

namespace focal {
namespace {

// Columns every record carries (see RecordMeta).
const char *const metaColumns = "id TEXT PRIMARY KEY NOT NULL, "
                                "created_at TEXT NOT NULL, "
                                "modified_at TEXT NOT NULL, "
                                "modified_by TEXT NOT NULL DEFAULT '', "
                                "site_id TEXT";

QString table(const char *name, const char *columns)
{
    return QStringLiteral("CREATE TABLE %1 (%2, %3)")
        .arg(QLatin1String(name), QLatin1String(metaColumns), QString::fromUtf8(columns));
}

// Updates and deletions keep the index exact at once (a deletion may cascade to rows core never
// sees). Insertions are indexed in bulk when the write transaction commits (see
// Database::commitWrite): a trigger there would make SQLite flush the FTS5 index after every row.
// As of version 1; version 6 replaces the update triggers (searchUpdateTrigger).
QStringList searchTriggersVersion1()
{
    QStringList sql;
    for (const Searchable *s = Searchable::begin(); s != Searchable::end(); ++s) {
        const QString t = QString::fromLatin1(s->table);
        const QString row = QStringLiteral("NEW");
        const QString old = QStringLiteral("OLD");
        const QString dropOld =
            QStringLiteral(
                "INSERT INTO search_index(search_index, rowid, title, body) "
                "SELECT 'delete', rowid, %1, %2 FROM search_doc WHERE record_id = OLD.id; "
                "DELETE FROM search_doc WHERE record_id = OLD.id;")
                .arg(Searchable::expression(s->title, old), Searchable::expression(s->body, old));
        const QString addNew =
            QStringLiteral(
                "INSERT INTO search_doc(record_id, kind, title) VALUES (NEW.id, '%1', %2); "
                "INSERT INTO search_index(rowid, title, body) VALUES "
                "(last_insert_rowid(), %2, %3);")
                .arg(t, Searchable::expression(s->title, row),
                     Searchable::expression(s->body, row));
        sql << QStringLiteral("CREATE TRIGGER %1_search_au AFTER UPDATE ON %1 BEGIN %2 %3 END")
                   .arg(t, dropOld, addNew)
            << QStringLiteral("CREATE TRIGGER %1_search_ad AFTER DELETE ON %1 BEGIN %2 END")
                   .arg(t, dropOld);
    }
    return sql;
}

QStringList version1()
{
    QStringList s;
    s << QStringLiteral(
        "CREATE TABLE focal_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");
    s << table("country", "iso2 TEXT NOT NULL UNIQUE CHECK (length(iso2) = 2), "
                          "iso3 TEXT NOT NULL DEFAULT '', iso_numeric TEXT NOT NULL DEFAULT '', "
                          "name_es TEXT NOT NULL, name_pt TEXT NOT NULL DEFAULT '', "
                          "name_en TEXT NOT NULL DEFAULT ''");
    s << table("forum", "name TEXT NOT NULL, full_name TEXT NOT NULL DEFAULT '', "
                        "founding_declaration TEXT NOT NULL DEFAULT '', founding_date TEXT, "
                        "website TEXT NOT NULL DEFAULT ''");
    s << table("forum_member",
               "forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE, "
               "country_id TEXT NOT NULL REFERENCES country(id) ON DELETE RESTRICT, "
               "joined_on TEXT, UNIQUE (forum_id, country_id)");
    s << table("pro_tempore", "forum_id TEXT NOT NULL REFERENCES forum(id) ON DELETE CASCADE, "
                              "country_id TEXT NOT NULL REFERENCES country(id) ON DELETE RESTRICT, "
                              "start_date TEXT, end_date TEXT");
    s << table("organisation", "name TEXT NOT NULL, acronym TEXT NOT NULL DEFAULT '', "
                               "kind TEXT NOT NULL, "
                               "country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
                               "description TEXT NOT NULL DEFAULT ''");
    s << table("institution", "country_id TEXT NOT NULL REFERENCES country(id) ON DELETE RESTRICT, "
                              "name TEXT NOT NULL, acronym TEXT NOT NULL DEFAULT '', "
                              "kind TEXT NOT NULL");
    s << table("person", "name TEXT NOT NULL, "
                         "country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
                         "institution_id TEXT REFERENCES institution(id) ON DELETE SET NULL, "
                         "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                         "active_from TEXT, active_to TEXT");
    s << table("thematic_area",
               "code TEXT NOT NULL UNIQUE, name_es TEXT NOT NULL, "
               "name_pt TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '', "
               "position INTEGER NOT NULL DEFAULT 0");
    s << table("working_group",
               "area_id TEXT NOT NULL UNIQUE REFERENCES thematic_area(id) ON DELETE RESTRICT, "
               "name TEXT NOT NULL, short_name TEXT NOT NULL UNIQUE, "
               "objective TEXT NOT NULL DEFAULT '', context TEXT NOT NULL DEFAULT ''");
    s << table("person_role", "person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE, "
                              "role TEXT NOT NULL, "
                              "group_id TEXT REFERENCES working_group(id) ON DELETE CASCADE, "
                              "subgroup_id TEXT REFERENCES subgroup(id) ON DELETE CASCADE");
    s << table("group_country",
               "group_id TEXT NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, "
               "country_id TEXT NOT NULL REFERENCES country(id) ON DELETE RESTRICT, "
               "status TEXT NOT NULL, UNIQUE (group_id, country_id)");
    s << table("group_institution",
               "group_id TEXT NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, "
               "institution_id TEXT NOT NULL REFERENCES institution(id) ON DELETE RESTRICT, "
               "position INTEGER NOT NULL DEFAULT 0, UNIQUE (group_id, institution_id)");
    s << table("group_text",
               "group_id TEXT NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, "
               "section TEXT NOT NULL, year INTEGER, position INTEGER NOT NULL DEFAULT 0, "
               "title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT ''");
    s << table("subgroup",
               "group_id TEXT NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, "
               "number INTEGER NOT NULL, name TEXT NOT NULL, objective TEXT NOT NULL DEFAULT '', "
               "leader_country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
               "UNIQUE (group_id, number)");
    s << table("subgroup_member",
               "subgroup_id TEXT NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE, "
               "country_id TEXT NOT NULL REFERENCES country(id) ON DELETE RESTRICT, "
               "position INTEGER NOT NULL DEFAULT 0, UNIQUE (subgroup_id, country_id)");
    s << table("document",
               "group_id TEXT REFERENCES working_group(id) ON DELETE CASCADE, "
               "subgroup_id TEXT REFERENCES subgroup(id) ON DELETE SET NULL, "
               "annex_code TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, date TEXT, "
               "sender_country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
               "kind TEXT NOT NULL, status TEXT NOT NULL, recipient TEXT NOT NULL DEFAULT '', "
               "file_name TEXT NOT NULL DEFAULT '', mime_type TEXT NOT NULL DEFAULT '', "
               "file_data BLOB");
    s << table("milestone", "date TEXT, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                            "group_id TEXT REFERENCES working_group(id) ON DELETE CASCADE, "
                            "subgroup_id TEXT REFERENCES subgroup(id) ON DELETE CASCADE, "
                            "country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
                            "document_id TEXT REFERENCES document(id) ON DELETE SET NULL");
    s << table("plan", "group_id TEXT NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, "
                       "subgroup_id TEXT REFERENCES subgroup(id) ON DELETE CASCADE, "
                       "kind TEXT NOT NULL, year INTEGER, title TEXT NOT NULL, "
                       "status TEXT NOT NULL, item_label TEXT NOT NULL, "
                       "document_id TEXT REFERENCES document(id) ON DELETE SET NULL");
    s << table("plan_item", "plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE, "
                            "parent_id TEXT REFERENCES plan_item(id) ON DELETE CASCADE, "
                            "position INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
                            "deadline TEXT NOT NULL DEFAULT '', "
                            "deadline_text TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
                            "notes TEXT NOT NULL DEFAULT ''");
    s << table("plan_item_country",
               "item_id TEXT NOT NULL REFERENCES plan_item(id) ON DELETE CASCADE, "
               "country_id TEXT NOT NULL REFERENCES country(id) ON DELETE RESTRICT, "
               "UNIQUE (item_id, country_id)");
    s << table("meeting_series",
               "group_id TEXT REFERENCES working_group(id) ON DELETE CASCADE, "
               "title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
               "participants_count INTEGER, participants_approx INTEGER NOT NULL DEFAULT 0");
    s << table(
        "meeting",
        "series_id TEXT REFERENCES meeting_series(id) ON DELETE SET NULL, "
        "kind TEXT NOT NULL, date TEXT, start_time TEXT, time_zone TEXT NOT NULL DEFAULT '', "
        "number INTEGER, title TEXT NOT NULL, scope TEXT NOT NULL, "
        "group_id TEXT REFERENCES working_group(id) ON DELETE CASCADE, "
        "subgroup_id TEXT REFERENCES subgroup(id) ON DELETE CASCADE, "
        "country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
        "organiser TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '', "
        "participants_count INTEGER, summary TEXT NOT NULL DEFAULT '', "
        "minutes TEXT NOT NULL DEFAULT ''");
    s << table("meeting_country",
               "meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
               "country_id TEXT NOT NULL REFERENCES country(id) ON DELETE RESTRICT, "
               "role TEXT NOT NULL, UNIQUE (meeting_id, country_id, role)");
    s << table("meeting_participant",
               "meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
               "institution_id TEXT REFERENCES institution(id) ON DELETE RESTRICT, "
               "organisation_id TEXT REFERENCES organisation(id) ON DELETE RESTRICT, "
               "CHECK ((institution_id IS NULL) <> (organisation_id IS NULL))");
    s << table("agreement",
               "meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
               "position INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
               "is_commitment INTEGER NOT NULL DEFAULT 0, "
               "responsible_country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
               "responsible_institution_id TEXT REFERENCES institution(id) ON DELETE SET NULL, "
               "action TEXT NOT NULL DEFAULT '', due TEXT NOT NULL DEFAULT '', "
               "due_text TEXT NOT NULL DEFAULT '', status TEXT, "
               "document_id TEXT REFERENCES document(id) ON DELETE SET NULL");

    // Indexes on the columns that lists and joins follow.
    s << QStringLiteral("CREATE INDEX institution_country ON institution(country_id)")
      << QStringLiteral("CREATE INDEX person_country ON person(country_id)")
      << QStringLiteral("CREATE INDEX person_role_person ON person_role(person_id)")
      << QStringLiteral("CREATE INDEX group_text_group ON group_text(group_id, section, year)")
      << QStringLiteral("CREATE INDEX subgroup_leader ON subgroup(leader_country_id)")
      << QStringLiteral("CREATE INDEX document_group ON document(group_id)")
      << QStringLiteral("CREATE INDEX milestone_date ON milestone(date)")
      << QStringLiteral("CREATE INDEX plan_group ON plan(group_id, year)")
      << QStringLiteral("CREATE INDEX plan_item_plan ON plan_item(plan_id, parent_id, position)")
      << QStringLiteral("CREATE INDEX plan_item_parent ON plan_item(parent_id)")
      << QStringLiteral("CREATE INDEX meeting_date ON meeting(date)")
      << QStringLiteral("CREATE INDEX meeting_group ON meeting(group_id)")
      << QStringLiteral("CREATE INDEX meeting_subgroup ON meeting(subgroup_id)")
      << QStringLiteral("CREATE INDEX meeting_country_meeting ON meeting_country(meeting_id)")
      << QStringLiteral(
             "CREATE INDEX meeting_participant_meeting ON meeting_participant(meeting_id)")
      << QStringLiteral("CREATE INDEX agreement_meeting ON agreement(meeting_id, position)")
      << QStringLiteral("CREATE INDEX agreement_country ON agreement(responsible_country_id)");

    // Full-text search: a small map from records to index rows, and a contentless FTS5 index
    // that folds case and accents ("peru" finds "Perú").
    s << QStringLiteral("CREATE TABLE search_doc (rowid INTEGER PRIMARY KEY, "
                        "record_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL)")
      << QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='', "
                        "tokenize = 'unicode61 remove_diacritics 2')");
    s << searchTriggersVersion1();
    return s;
}

// Version 2: a plan's life (dated events and kept versions) and reprogrammed items.
QStringList version2()
{
    QStringList s;
    s << QStringLiteral("ALTER TABLE plan_item ADD COLUMN carried_from_id TEXT "
                        "REFERENCES plan_item(id) ON DELETE SET NULL")
      << QStringLiteral(
             "ALTER TABLE plan_item ADD COLUMN original_deadline TEXT NOT NULL DEFAULT ''")
      << QStringLiteral(
             "ALTER TABLE plan_item ADD COLUMN original_deadline_text TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("CREATE INDEX plan_item_carried ON plan_item(carried_from_id)");
    s << table("plan_event", "plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE, "
                             "state TEXT NOT NULL, date TEXT NOT NULL, "
                             "country_id TEXT REFERENCES country(id) ON DELETE RESTRICT, "
                             "recipient TEXT NOT NULL DEFAULT '', "
                             "meeting_id TEXT REFERENCES meeting(id) ON DELETE SET NULL, "
                             "note TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("CREATE INDEX plan_event_plan ON plan_event(plan_id, date)")
      << QStringLiteral("CREATE INDEX plan_event_country ON plan_event(country_id)")
      << QStringLiteral("CREATE INDEX plan_event_meeting ON plan_event(meeting_id)");
    s << table("plan_version", "plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE, "
                               "number INTEGER NOT NULL, date TEXT NOT NULL, state TEXT NOT NULL, "
                               "event_id TEXT REFERENCES plan_event(id) ON DELETE SET NULL, "
                               "label TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL, "
                               "UNIQUE (plan_id, number)")
      << QStringLiteral("CREATE INDEX plan_version_event ON plan_version(event_id)");
    return s;
}

// Version 3: meetings get agendas, linked documents, people as participants, a minutes
// lifecycle; commitments may serve a plan item.
QStringList version3()
{
    QStringList s;
    s << QStringLiteral(
             "ALTER TABLE meeting ADD COLUMN minutes_status TEXT NOT NULL DEFAULT 'draft'")
      << QStringLiteral("ALTER TABLE meeting_participant ADD COLUMN person_id TEXT "
                        "REFERENCES person(id) ON DELETE CASCADE")
      << QStringLiteral(
             "ALTER TABLE meeting_participant ADD COLUMN role TEXT NOT NULL DEFAULT 'attended'")
      << QStringLiteral("CREATE INDEX meeting_participant_person ON meeting_participant(person_id)")
      << QStringLiteral("ALTER TABLE agreement ADD COLUMN plan_item_id TEXT "
                        "REFERENCES plan_item(id) ON DELETE SET NULL")
      << QStringLiteral("CREATE INDEX agreement_plan_item ON agreement(plan_item_id)");
    s << table("agenda_item", "meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
                              "position INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL, "
                              "presenter_country_id TEXT REFERENCES country(id) ON DELETE "
                              "RESTRICT, duration_minutes INTEGER CHECK (duration_minutes > 0), "
                              "agreement_id TEXT REFERENCES agreement(id) ON DELETE SET NULL")
      << QStringLiteral("CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position)")
      << QStringLiteral("CREATE INDEX agenda_item_country ON agenda_item(presenter_country_id)")
      << QStringLiteral("CREATE INDEX agenda_item_agreement ON agenda_item(agreement_id)");
    s << table("meeting_document",
               "meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
               "position INTEGER NOT NULL DEFAULT 0, "
               "document_id TEXT REFERENCES document(id) ON DELETE CASCADE, "
               "url TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT ''")
      << QStringLiteral(
             "CREATE INDEX meeting_document_meeting ON meeting_document(meeting_id, position)")
      << QStringLiteral("CREATE INDEX meeting_document_document ON meeting_document(document_id)");
    s << table("minutes_event",
               "meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
               "state TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("CREATE INDEX minutes_event_meeting ON minutes_event(meeting_id, at)");
    return s;
}

// Version 4: the end day of every stored deadline, so that queries select what is overdue or
// coming without reading every item (the home page on a large database), and texts of a working
// group's reports that people edit (the annual report's introduction).
QStringList version4()
{
    QStringList s;
    s << QStringLiteral("ALTER TABLE plan_item ADD COLUMN deadline_end TEXT")
      << QStringLiteral("CREATE INDEX plan_item_deadline_end ON plan_item(deadline_end)")
      << QStringLiteral("ALTER TABLE agreement ADD COLUMN due_end TEXT")
      << QStringLiteral("CREATE INDEX agreement_due_end ON agreement(due_end)");
    s << table("report_text",
               "group_id TEXT NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, "
               "kind TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', UNIQUE (group_id, kind)");
    return s;
}

// Fills `endColumn` of every row of `table` from its deadline code in `codeColumn`, as
// Repository writes it for new rows (column::endDay). The codes are decoded in C++ (SQL cannot),
// all read first and then written through one prepared UPDATE that Database::write reuses.
// A code that cannot be read leaves NULL: focal-cli check reports that row.
Result<void> fillEndDays(Database &db, const QString &table, const QString &codeColumn,
                         const QString &endColumn)
{
    QList<std::pair<QVariant, QVariant>> ends; // (end day, id)
    {
        auto rows =
            db.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 <> ''").arg(codeColumn, table));
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            const auto deadline = Deadline::fromCode(rows.value().value(1).toString());
            if (deadline && !deadline->isUndefined())
                ends.append({column::endDay(*deadline), rows.value().value(0)});
        }
    }
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2 = :p0 WHERE id = :p1").arg(table, endColumn);
    for (const auto &[end, id] : std::as_const(ends))
        if (auto r = db.write(sql, {end, id}); !r)
            return r.error();
    return {};
}

// The data of version 4: the end days of the deadlines stored before it. The search index's
// update triggers fire on any column and would index every row again for a column no search text
// uses (half a minute for 80 000 rows instead of under a second): they are set aside for the fill
// and put back exactly as stored, in the same transaction.
Result<void> fillVersion4(Database &db)
{
    QStringList triggers;
    for (const char *table : {"plan_item", "agreement"}) {
        auto q = db.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                        "AND name = ?"),
                         {QLatin1String(table) + QStringLiteral("_search_au")});
        if (!q)
            return q.error();
        if (!q.value().next())
            continue;
        triggers << q.value().value(0).toString();
        if (auto r = db.exec(QStringLiteral("DROP TRIGGER %1_search_au").arg(QLatin1String(table)));
            !r)
            return r.error();
    }
    if (auto r = fillEndDays(db, QStringLiteral("plan_item"), QStringLiteral("deadline"),
                             QStringLiteral("deadline_end"));
        !r)
        return r;
    if (auto r = fillEndDays(db, QStringLiteral("agreement"), QStringLiteral("due"),
                             QStringLiteral("due_end"));
        !r)
        return r;
    for (const QString &sql : std::as_const(triggers))
        if (auto r = db.exec(sql); !r)
            return r.error();
    return {};
}

// The record tables as of version 5, written out rather than taken from AllRecordTypes: a step
// must stay what it was when a later version adds a record type (which brings its own columns and
// trigger in its own step).
const char *const version5RecordTables[] = {"country",          "forum",
                                            "forum_member",     "pro_tempore",
                                            "organisation",     "institution",
                                            "person",           "thematic_area",
                                            "working_group",    "subgroup",
                                            "subgroup_member",  "person_role",
                                            "group_country",    "group_institution",
                                            "group_text",       "document",
                                            "milestone",        "plan",
                                            "plan_item",        "plan_item_country",
                                            "plan_event",       "plan_version",
                                            "meeting_series",   "meeting",
                                            "meeting_country",  "meeting_participant",
                                            "agreement",        "agenda_item",
                                            "meeting_document", "minutes_event",
                                            "report_text"};

// Version 5: exchange bookkeeping (docs/exchange.md). Every record table gets the change
// sequence of the transaction that last wrote a row and the row's field clocks; deletions leave
// tombstones; conflicts and the packages sent and received are kept.
QStringList version5()
{
    QStringList s;
    for (const char *t : version5RecordTables)
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0")
                 .arg(QLatin1String(t))
          << QStringLiteral("ALTER TABLE %1 ADD COLUMN clocks TEXT").arg(QLatin1String(t));
    s << QStringLiteral("INSERT OR REPLACE INTO focal_meta(key, value) VALUES ('change_seq', '0')");
    s << QStringLiteral("CREATE TABLE tombstone (record_id TEXT PRIMARY KEY NOT NULL, "
                        "tbl TEXT NOT NULL, clocks TEXT, deleted_at TEXT NOT NULL, site_id TEXT, "
                        "author TEXT NOT NULL DEFAULT '', "
                        "change_seq INTEGER NOT NULL DEFAULT 0)")
      << QStringLiteral("CREATE INDEX tombstone_change_seq ON tombstone(change_seq)");
    for (const char *t : version5RecordTables)
        s << tombstoneTrigger(QLatin1String(t));
    s << QStringLiteral(
        "CREATE TABLE conflict (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, "
        "tbl TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', "
        "local_value TEXT, incoming_value TEXT, incoming_clocks TEXT NOT NULL DEFAULT '', "
        "incoming_site TEXT, incoming_author TEXT NOT NULL DEFAULT '', incoming_modified TEXT, "
        "package_id TEXT, detected_at TEXT NOT NULL, "
        "UNIQUE (record_id, field, incoming_clocks))");
    s << QStringLiteral(
             "CREATE TABLE package_log (id TEXT PRIMARY KEY NOT NULL, direction TEXT NOT NULL "
             "CHECK (direction IN ('sent','received')), country_id TEXT, site_id TEXT, "
             "created_at TEXT NOT NULL, change_seq INTEGER NOT NULL, "
             "sha256 TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '')")
      << QStringLiteral("CREATE INDEX package_log_country ON package_log(country_id, direction, "
                        "change_seq)");
    return s;
}

// The record tables with a search entry as of version 6, written out (see version5RecordTables).
const char *const version6SearchTables[] = {
    "country",        "institution", "organisation", "person",   "thematic_area",
    "working_group",  "group_text",  "subgroup",     "plan",     "plan_item",
    "meeting_series", "meeting",     "agreement",    "document", "milestone"};

// Version 6: an update rewrites a record's index entry under the entry's own row number instead
// of a new one. FTS5 writes its pending entries out whenever a row number is lower than the one
// before: with a new number for every update, each row of a many-row update (an import) became
// an index segment of its own, eight times the work. An update of a record without an entry
// (inserted in the transaction still open) writes nothing: the entry is made at commit.
QStringList version6()
{
    QStringList s;
    for (const char *t : version6SearchTables) {
        const QString table = QLatin1String(t);
        s << QStringLiteral("DROP TRIGGER IF EXISTS %1_search_au").arg(table)
          << searchUpdateTrigger(table);
    }
    return s;
}

} // namespace

QString searchUpdateTrigger(const QString &table)
{
    const Searchable *s = Searchable::find(table);
    if (!s)
        return {};
    const QString old = QStringLiteral("OLD");
    const QString row = QStringLiteral("NEW");
    return QStringLiteral(
               "CREATE TRIGGER %1_search_au AFTER UPDATE ON %1 BEGIN "
               "INSERT INTO search_index(search_index, rowid, title, body) "
               "SELECT 'delete', rowid, %2, %3 FROM search_doc WHERE record_id = OLD.id; "
               "UPDATE search_doc SET record_id = NEW.id, title = %4 WHERE record_id = OLD.id; "
               "INSERT INTO search_index(rowid, title, body) "
               "SELECT rowid, %4, %5 FROM search_doc WHERE record_id = NEW.id; END")
        .arg(table, Searchable::expression(s->title, old), Searchable::expression(s->body, old),
             Searchable::expression(s->title, row), Searchable::expression(s->body, row));
}

QString tombstoneTrigger(const QString &table)
{
    // Every deleted row, including those the schema's cascades delete, which core never sees.
    // INSERT OR REPLACE: a record deleted, put back and deleted again keeps one tombstone, the
    // latest. The site, author and change sequence are those of the deleting transaction.
    return QStringLiteral(
               "CREATE TRIGGER %1_tombstone_ad AFTER DELETE ON %1 BEGIN "
               "INSERT OR REPLACE INTO tombstone(record_id, tbl, clocks, deleted_at, site_id, "
               "author, change_seq) VALUES (OLD.id, '%1', OLD.clocks, "
               "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
               "(SELECT value FROM focal_meta WHERE key = 'site_id'), "
               "coalesce((SELECT value FROM focal_meta WHERE key = 'author'), ''), "
               "coalesce((SELECT CAST(value AS INTEGER) FROM focal_meta "
               "WHERE key = 'change_seq'), 0)); END")
        .arg(table);
}

QList<MigrationStep> sqliteMigrations()
{
    return {MigrationStep{1, version1(), {}}, MigrationStep{2, version2(), {}},
            MigrationStep{3, version3(), {}}, MigrationStep{4, version4(), fillVersion4},
            MigrationStep{5, version5(), {}}, MigrationStep{6, version6(), {}}};
}

} // namespace focal
