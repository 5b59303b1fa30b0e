#!/usr/bin/env bash
# End-to-end smoke test of the desktop program: runs the real `focal` under a virtual X server
# with a new temporary database, waits until its main window is mapped and takes a screenshot.
#
# Usage: smoke.sh FOCAL_BINARY SCREENSHOT.png
# Exits 0 only when the screenshot was written and focal was still running after it was taken;
# 77 (ctest: skipped) when xvfb-run, xwininfo or ImageMagick's import is missing.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 FOCAL_BINARY SCREENSHOT.png" >&2
    exit 2
fi
focal_bin=$(realpath "$1")
shot=$(realpath -m "$2")

# Outside: check the tools and start over inside a fresh X server of a known size.
if [[ -z "${FOCAL_SMOKE_INNER:-}" ]]; then
    for tool in xvfb-run xwininfo import; do
        if ! command -v "$tool" >/dev/null; then
            echo "skipped: $tool not found"
            exit 77
        fi
    done
    export FOCAL_SMOKE_INNER=1
    exec xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" \
        bash "$0" "$focal_bin" "$shot"
fi

work=$(mktemp -d)
focal_pid=""
cleanup() {
    if [[ -n "$focal_pid" ]] && kill -0 "$focal_pid" 2>/dev/null; then
        kill "$focal_pid"
        wait "$focal_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A private home: the run must neither read nor write the settings or the database of whoever
# runs it, and must start from the default window layout.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb # ctest may carry offscreen from the unit tests

rm -f "$shot"
"$focal_bin" --database "$work/focal.db" >"$work/focal.log" 2>&1 &
focal_pid=$!

# The title is "Focal — focal.db"; match the ASCII part, whatever encoding xwininfo prints.
window=""
for _ in $(seq 1 60); do
    if ! kill -0 "$focal_pid" 2>/dev/null; then
        echo "FAIL: focal exited before showing its window; its output:" >&2
        cat "$work/focal.log" >&2
        exit 1
    fi
    window=$(xwininfo -root -tree | awk '/focal\.db/ { print $1; exit }')
    if [[ -n "$window" ]] && xwininfo -id "$window" | grep -q "Map State: IsViewable"; then
        break
    fi
    window=""
    sleep 0.5
done
if [[ -z "$window" ]]; then
    echo "FAIL: no window titled like 'Focal — focal.db' within 30 s" >&2
    cat "$work/focal.log" >&2
    exit 1
fi

sleep 1 # mapped is not painted: give the first paint a moment
import -window root "$shot"

if ! kill -0 "$focal_pid" 2>/dev/null; then
    echo "FAIL: focal was no longer running after the screenshot" >&2
    cat "$work/focal.log" >&2
    exit 1
fi
if [[ ! -s "$shot" ]]; then
    echo "FAIL: no screenshot at $shot" >&2
    exit 1
fi
if [[ ! -s "$work/focal.db" ]]; then
    echo "FAIL: focal did not create its database at $work/focal.db" >&2
    exit 1
fi
echo "ok: focal showed window $window; screenshot at $shot"
