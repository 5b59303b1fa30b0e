#!/usr/bin/env python3
"""Writes the hostile package corpus of tests/data/packages (docs/package-format.md).

Every *.focalpkg file here must be refused by PackageFile::read with the code and words
test_packagefile's table gives for its name; valid.focal-seed is the sound package the faults are
cut from (and a seed for tests/fuzz). Run it from anywhere: python3 make_corpus.py
The output is deterministic, so running it again changes no file.
"""

import hashlib
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = "6f1c1a52-3d55-4a0e-9a51-0c8f4f3b9e01"
COUNTRY_ID = "0b3f5d6e-1c2a-5b7e-8f90-123456789abc"
DOCUMENT_ID = "1c4a6e7f-2d3b-5c8f-9a01-23456789abcd"


def country(record_id=COUNTRY_ID):
    return {"table": "country", "id": record_id, "created": "2020-03-01T10:00:00.000Z",
            "modified": "2020-03-01T10:00:00.000Z", "modifiedBy": "Ana", "site": SITE,
            "fields": {"iso2": "PY", "iso3": "PRY", "iso_numeric": "600", "name_es": "Paraguay",
                       "name_pt": "Paraguai", "name_en": "Paraguay"},
            "clocks": {}}


def document(file_name="informe.pdf", record_id=DOCUMENT_ID):
    return {"table": "document", "id": record_id, "created": "2020-03-02T10:00:00.000Z",
            "modified": "2020-03-02T11:00:00.000Z", "modifiedBy": "João", "site": SITE,
            "fields": {"group_id": None, "subgroup_id": None, "annex_code": "2.a",
                       "title": "Informe de gestión", "date": "2020-02-29",
                       "sender_country_id": COUNTRY_ID, "kind": "other", "status": "draft",
                       "recipient": "", "file_name": file_name, "mime_type": "", "file_data": None},
            "clocks": {"title": {SITE: 7}}}


def payload(records, deletions=None):
    return {"records": records, "deletions": deletions or [], "attachments": []}


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def manifest(records, stored, inflated, version=1, deletions=0):
    tables = {}
    for r in records:
        tables[r["table"]] = tables.get(r["table"], 0) + 1
    return {"format": "focal-package", "formatVersion": version,
            "packageId": "7d444840-9dc0-11d1-b245-5ffdce74fad2",
            "created": "2021-01-15T12:00:00.000Z",
            "sender": {"site": SITE, "country": "PY", "author": "Ana"},
            "recipientCountry": "CL", "selection": "all",
            "contents": {"records": len(records), "deletions": deletions, "attachments": 0,
                         "tables": tables},
            "payload": {"bytes": len(stored), "inflatedBytes": inflated,
                        "sha256": hashlib.sha256(stored).hexdigest()}}


def compress(raw, declared=None):
    """What qCompress writes: the size big-endian, then a zlib stream."""
    size = len(raw) if declared is None else declared
    return struct.pack(">I", size) + zlib.compress(raw, 9)


def package(records, raw=None, declared=None, edit=None, version=1):
    """A package of `records`, or of the payload bytes `raw`, with a manifest that fits the
    stored bytes; `edit` may alter the manifest before it is written."""
    raw = dumps(payload(records)) if raw is None else raw
    stored = compress(raw, declared)
    m = manifest(records, stored, len(raw) if declared is None else declared, version)
    if edit:
        edit(m)
    return b"FOCAL-PACKAGE\n" + dumps(m) + b"\n" + stored


def main():
    good_records = [country(), document()]
    good = package(good_records)
    manifest_end = good.index(b"\n", 14)
    files = {"valid.focal-seed": good}

    files["empty.focalpkg"] = b""
    files["not-a-package.focalpkg"] = b"PK\x03\x04\x14\x00\x00\x00 this is a zip file, not a package\n"
    files["truncated-in-magic.focalpkg"] = good[:9]
    files["truncated-in-manifest.focalpkg"] = good[:manifest_end - 40]
    files["truncated-after-manifest.focalpkg"] = good[:manifest_end + 1]
    files["truncated-in-payload.focalpkg"] = good[:manifest_end + 1 + (len(good) - manifest_end) // 2]
    files["truncated-last-byte.focalpkg"] = good[:-1]

    sha_at = good.index(b'"sha256":"') + len(b'"sha256":"')
    altered = bytearray(good)
    altered[sha_at] = ord("1") if altered[sha_at] == ord("0") else ord("0")
    files["altered-checksum.focalpkg"] = bytes(altered)
    altered = bytearray(good)
    altered[manifest_end + 30] ^= 0x20
    files["altered-payload-byte.focalpkg"] = bytes(altered)

    # The size in front of the stream (and the manifest, so they agree) says 4 GB.
    files["payload-size-lie.focalpkg"] = package(good_records, declared=0xFFFFFFF0)

    def huge_counts(m):
        m["contents"]["records"] = 10 ** 15
        m["contents"]["tables"] = {"country": 10 ** 15}
    files["huge-counts.focalpkg"] = package(good_records, edit=huge_counts)

    deep = b"[" * 10000 + b"]" * 10000
    raw = dumps(payload(good_records))
    files["deep-nesting.focalpkg"] = package(good_records, raw=raw[:-1] + b',"deep":' + deep + b"}")

    def deep_manifest(m):
        m["selection"] = "@DEEP@"
    text = package(good_records, edit=deep_manifest)
    files["deep-nesting-manifest.focalpkg"] = text.replace(b'"@DEEP@"', deep)

    files["duplicate-uuid.focalpkg"] = package([country(), country()])
    files["path-traversal-dotdot.focalpkg"] = package([country(), document("../../etc/passwd")])
    files["path-traversal-drive.focalpkg"] = package([country(), document("C:\\Windows\\x")])
    files["path-traversal-slash.focalpkg"] = package([country(), document("a/b")])

    raw = dumps(payload(good_records)).replace("Informe de gestión".encode(), b"Informe \xff\xfe")
    files["invalid-utf8.focalpkg"] = package(good_records, raw=raw)

    files["unknown-format-version.focalpkg"] = package(good_records, version=2)

    unknown = country()
    unknown["table"] = "sqlite_master"
    files["unknown-table.focalpkg"] = package([unknown], edit=lambda m: m["contents"].update(
        tables={"country": 1}))
    unknown = country()
    unknown["fields"]["capital"] = "Asunción"
    files["unknown-column.focalpkg"] = package([unknown])
    wrong = country()
    wrong["fields"]["name_es"] = 12
    files["wrong-value-type.focalpkg"] = package([wrong])

    # A few kilobytes that inflate to 16 MB while the size in front says 1000 bytes.
    bomb = struct.pack(">I", 1000) + zlib.compress(b" " * (16 << 20), 9)
    m = manifest(good_records, bomb, 1000)
    files["zip-bomb.focalpkg"] = b"FOCAL-PACKAGE\n" + dumps(m) + b"\n" + bomb

    def long_manifest(m):
        m["selection"] = "x" * (64 << 10)
    long_one = package(good_records, edit=long_manifest)
    files["manifest-too-long.focalpkg"] = long_one[:(64 << 10) + 2000]

    for name, data in sorted(files.items()):
        with open(os.path.join(HERE, name), "wb") as out:
            out.write(data)


if __name__ == "__main__":
    main()
