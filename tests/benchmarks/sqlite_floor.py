#!/usr/bin/env python3
"""What BM_Generate's records cost SQLite alone, without Qt: the floor of the write path.

Copies the synthetic records of a database made by `focal-bench --generate` into a copy of a
database that holds only the default data (`focal-cli init`), the way Focal writes them: the
connection set up as Focal sets it up (foreign keys, WAL, synchronous NORMAL, 32 MB of cache),
one IMMEDIATE transaction, parents before children, then the search index built with the
statements Focal runs before it commits (SqliteDialect::indexEntriesSql, indexTextSql). Python's
sqlite3 module binds each value through SQLite's C API; nothing of Qt is involved. Prints the
time of each part and the records per second, for each run.

    focal-bench --generate /tmp/synthetic.db
    focal-cli --database /tmp/defaults.db init
    python3 tests/benchmarks/sqlite_floor.py /tmp/synthetic.db /tmp/defaults.db [--runs 3]

See docs/benchmarks.md ("The floor of generation").
"""

import argparse
import json
import os
import shutil
import sqlite3
import tempfile
import time

# The record tables the generator writes, parents first (as Generator::flush writes them).
TABLES = ["plan", "plan_item", "plan_item_country", "meeting", "meeting_country", "agreement"]

# Title and body of the search entry of each searchable table among them, as in
# core/storage/Searchable.cpp.
SEARCHABLE = {
    "plan": ("r.title", "''"),
    "plan_item": ("r.text", "r.deadline_text || ' ' || r.notes"),
    "meeting": ("r.title", "r.summary || ' ' || r.minutes || ' ' || r.organiser || ' ' || r.location"),
    "agreement": ("r.text", "r.action"),
}


def synthetic_rows(synthetic, defaults):
    """The rows of each table that are in the synthetic database and not in the default data."""
    src = sqlite3.connect(f"file:{synthetic}?mode=ro", uri=True)
    base = sqlite3.connect(f"file:{defaults}?mode=ro", uri=True)
    out = {}
    for table in TABLES:
        columns = [row[1] for row in src.execute(f"PRAGMA table_info({table})")]
        known = {row[0] for row in base.execute(f"SELECT id FROM {table}")}
        rows = [r for r in src.execute(f"SELECT * FROM {table} ORDER BY rowid") if r[0] not in known]
        if table == "plan_item":  # lines of action before their products
            parent = columns.index("parent_id")
            rows = [r for r in rows if r[parent] is None] + [r for r in rows if r[parent] is not None]
        out[table] = (columns, rows)
    return out


def run_once(defaults, data, folder):
    path = os.path.join(folder, "floor.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    shutil.copyfile(defaults, path)
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "busy_timeout = 5000", "journal_mode = WAL",
                   "synchronous = NORMAL", "cache_size = -32768"):
        db.execute("PRAGMA " + pragma)
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    for table in TABLES:
        columns, rows = data[table]
        marks = ", ".join("?" * len(columns))
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    inserted = time.perf_counter()
    for table, (title, body) in SEARCHABLE.items():
        ids = json.dumps([r[0] for r in data[table][1]])
        after = db.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()[0]
        db.execute(f"INSERT INTO search_doc(record_id, kind, title) SELECT r.id, '{table}', "
                   f"{title} FROM {table} r WHERE r.id IN (SELECT value FROM json_each(?)) "
                   "AND NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.record_id = r.id) "
                   "ORDER BY r.rowid", (ids,))
        db.execute(f"INSERT INTO search_index(rowid, title, body) SELECT d.rowid, d.title, "
                   f"{body} FROM search_doc d JOIN {table} r ON r.id = d.record_id "
                   f"WHERE d.rowid > ? AND d.kind = '{table}'", (after,))
    indexed = time.perf_counter()
    db.execute("COMMIT")
    done = time.perf_counter()
    db.close()
    return inserted - start, indexed - inserted, done - indexed, done - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("synthetic", help="a database made by focal-bench --generate")
    parser.add_argument("defaults", help="a database made by focal-cli init")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for path in (args.synthetic, args.defaults):
        if not os.path.isfile(path):
            parser.error(f"{path}: no such database file")
    data = synthetic_rows(args.synthetic, args.defaults)
    records = sum(len(rows) for _, rows in data.values())
    print(f"{records} synthetic records; SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):
            insert, index, commit, total = run_once(args.defaults, data, folder)
            print(f"insert {insert:.2f} s, search index {index:.2f} s, commit {commit:.2f} s: "
                  f"{total:.2f} s, {records / total:,.0f} records/s")


if __name__ == "__main__":
    main()
