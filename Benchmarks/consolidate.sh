#!/usr/bin/env bash
# End-to-end benchmark (SPEC §11): N filled submissions made from thidua's own
# template, consolidated by thidua (release build) and by the reference pipeline
# a competent user would write (python-calamine + XlsxWriter, one process), in the
# same run so the ratio holds on a noisy machine. Prints seconds, sheets/s and
# peak memory of each. Not part of the tests.
#
# usage: Benchmarks/consolidate.sh [N ...]     (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
python3 -c "import python_calamine, xlsxwriter" 2>/dev/null || pip install -q python-calamine XlsxWriter
swift build -c release --product thidua >/dev/null
swift build -c release --product thidua-generate >/dev/null
BIN=$(swift build -c release --show-bin-path)
WORK=${TMPDIR:-/tmp}/thidua-bench
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

measure() { # label, files, command...
  local label=$1 files=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || true
  read -r secs kb < <(tail -n 1 "$WORK/time")
  awk -v l="$label" -v n="$files" -v s="$secs" -v k="$kb" \
    'BEGIN { printf "%-28s %7d files %8.2f s %9.0f sheets/s %7.0f MB peak\n", l, n, s, n / (s > 0 ? s : 0.001), k / 1024 }'
}

for n in "${sizes[@]}"; do
  rm -rf "$WORK/inbox-$n"; mkdir -p "$WORK"
  "$BIN/thidua-generate" "$n" "$WORK/inbox-$n"
  sync
  measure "thidua consolidate" "$n" "$BIN/thidua" consolidate "$WORK/inbox-$n" -o "$WORK/report-$n.xlsx" --quiet
  measure "thidua consolidate, 1 thread" "$n" "$BIN/thidua" consolidate "$WORK/inbox-$n" -o "$WORK/report1-$n.xlsx" --quiet --threads 1
  measure "reference (calamine)" "$n" python3 Benchmarks/reference_pipeline.py "$WORK/inbox-$n" "$WORK/reference-$n.xlsx"
done
