#!/usr/bin/env bash
# CPU cost (user + system) of one `thidua watch` refresh after a new file lands in an
# N-file inbox, against one full `thidua consolidate` of the same inbox (release build).
# The watcher's CPU time is read from /proc/PID/stat before the file is copied in and
# once the JSON names it and the watcher is idle again; the figure is the mean over K
# files, copied in one at a time. Not part of the tests.
#
# usage: Benchmarks/watch.sh [N] [K] [extra options…]   (default: 2000 10)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product thidua >/dev/null
swift build -c release --product thidua-generate >/dev/null
BIN=$(swift build -c release --show-bin-path)
n=${1:-2000}; k=${2:-10}; shift $(( $# < 2 ? $# : 2 ))
WORK=${TMPDIR:-/tmp}/thidua-watch-bench
rm -rf "$WORK"; mkdir -p "$WORK/inbox" "$WORK/spare" "$WORK/out"
"$BIN/thidua-generate" $((n + k)) "$WORK/all" >/dev/null
ls "$WORK/all" | sort | head -n "$n" | while read -r f; do mv "$WORK/all/$f" "$WORK/inbox/"; done
mv "$WORK/all"/* "$WORK/spare/"
tick=$(getconf CLK_TCK)

/usr/bin/time -f "%U %S %M" -o "$WORK/time" "$BIN/thidua" consolidate "$WORK/inbox" \
  -o "$WORK/out/full.xlsx" --json "$WORK/out/full.json" --quiet "$@" || [ $? -le 1 ]
read -r user sys kb < <(tail -n 1 "$WORK/time")
full=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')

THIDUA_WATCH_DEBOUNCE=0.2 "$BIN/thidua" watch "$WORK/inbox" -o "$WORK/out/watch.xlsx" \
  --json "$WORK/out/watch.json" --quiet "$@" >"$WORK/watch.log" 2>&1 &
pid=$!
trap 'kill -INT $pid 2>/dev/null || true' EXIT
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
idle() { # until the watcher's CPU time stands still for half a second
  local a b; a=$(cpu); while sleep 0.5; b=$(cpu); [ "$a" != "$b" ]; do a=$b; done
}
until [ -s "$WORK/out/watch.json" ]; do sleep 0.2; done
idle
first=$(cpu)
total=0
mapfile -t spare < <(ls "$WORK/spare" | sort)
for f in "${spare[@]}"; do
  before=$(cpu)
  cp "$WORK/spare/$f" "$WORK/inbox/$f"
  until grep -qF "\"$f\"" "$WORK/out/watch.json"; do sleep 0.05; done
  idle
  total=$((total + $(cpu) - before))
done
peak=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
kill -INT $pid; wait $pid || true; trap - EXIT
"$BIN/thidua" consolidate "$WORK/inbox" -o "$WORK/out/check.xlsx" --json "$WORK/out/check.json" --quiet "$@" || [ $? -le 1 ]
cmp -s "$WORK/out/watch.json" "$WORK/out/check.json" && same=yes || same=no
awk -v n="$n" -v k="$k" -v t="$total" -v hz="$tick" -v f="$full" -v s="$first" -v m="$kb" -v p="$peak" -v same="$same" 'BEGIN {
  printf "inbox of %d files (release, CPU = user + system)\n", n
  printf "  full consolidate:                 %6.2f s CPU, %4.0f MB peak\n", f, m / 1024
  printf "  watch, first consolidation:       %6.2f s CPU; peak memory after all refreshes %.0f MB\n", s / hz, p / 1024
  printf "  watch, refresh after 1 new file:  %6.3f s CPU (mean of %d)  = %.1f%% of a full consolidate\n", t / hz / k, k, 100 * t / hz / k / f
  printf "  watch JSON identical to a fresh consolidate of the final inbox: %s\n", same
}'
