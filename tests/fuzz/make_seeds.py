#!/usr/bin/env python3
"""Seeds tests/fuzz/corpus from the hostile corpus (tests/data/packages).

fuzz_package reads its first byte as a mode: even, the rest is a whole package file; odd, the
rest is a payload that the harness frames as a sound package. Every corpus file becomes a
whole-file seed, and the payload of the valid package a payload seed. The two seeds from the
default data (default-file, default-payload) were written once by encoding two records of every
table of TestDatabase's default data (see docs/fuzzing.md) and are kept as they are.
"""

import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGES = os.path.join(HERE, "..", "data", "packages")
OUT = os.path.join(HERE, "corpus")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(os.listdir(PACKAGES)):
        if name.endswith(".py"):
            continue
        with open(os.path.join(PACKAGES, name), "rb") as f:
            data = f.read()
        stem = os.path.splitext(name)[0]
        with open(os.path.join(OUT, "file-" + stem), "wb") as out:
            out.write(b"\x00" + data)
        if name == "valid.focal-seed":
            stored = data[data.index(b"\n", 14) + 1:]
            (size,) = struct.unpack(">I", stored[:4])
            payload = zlib.decompress(stored[4:])
            assert len(payload) == size
            with open(os.path.join(OUT, "payload-valid"), "wb") as out:
                out.write(b"\x01" + payload)


if __name__ == "__main__":
    main()
