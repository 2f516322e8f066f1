#!/usr/bin/env bash
# End-to-end benchmark (SPEC §11): N filled submissions made from thidua's own
# template, consolidated by thidua (release build) with the report, the JSON and the
# return lists, and by the reference pipeline a competent user would write
# (python-calamine + XlsxWriter, one process), in the same run so the ratio holds on a
# noisy machine. Prints seconds, sheets/s and peak memory of each, and thidua's
# per-phase profile (THIDUA_PROFILE=1). Not part of the tests.
#
# A run whose command exits above 1 (thidua) or above 0 (reference), or whose report
# does not open with all seven sheets, is a failure: the script says so and exits 1.
#
# usage: Benchmarks/consolidate.sh [N ...]     (default: 1000 10000 52000)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
python3 -c "import python_calamine, xlsxwriter" 2>/dev/null || pip install -q python-calamine XlsxWriter
swift build -c release --product thidua >/dev/null
swift build -c release --product thidua-generate >/dev/null
BIN=$(swift build -c release --show-bin-path)
WORK=${TMPDIR:-/tmp}/thidua-bench
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 52000)
failed=0

measure() { # label, files, highest good exit, report, command...
  local label=$1 files=$2 ok=$3 report=$4; shift 4
  rm -f "$report"
  local status=0
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || status=$?
  read -r secs kb < <(tail -n 1 "$WORK/time")
  local sheets
  sheets=$(python3 -c "from python_calamine import CalamineWorkbook as W; print(len(W.from_path('$report').sheet_names))" \
           2>/dev/null || echo 0)
  if [ "$status" -gt "$ok" ] || { [ "$ok" -gt 0 ] && [ "$sheets" -ne 7 ]; } || [ "$sheets" -eq 0 ]; then
    printf '%-34s %7d files  FAILED: exit %d, report with %d sheets\n' "$label" "$files" "$status" "$sheets"
    grep -v '^profile' "$WORK/stderr" | tail -n 3 | sed 's/^/    /'
    failed=1
    return
  fi
  awk -v l="$label" -v n="$files" -v s="$secs" -v k="$kb" -v e="$status" \
    'BEGIN { printf "%-34s %7d files %8.2f s %9.0f sheets/s %7.0f MB peak  (exit %d)\n", l, n, s, n / (s > 0 ? s : 0.001), k / 1024, e }'
  grep '^profile' "$WORK/stderr" | sed 's/^/    /' || true
}

for n in "${sizes[@]}"; do
  mkdir -p "$WORK"
  inbox="$WORK/inbox-$n"
  [ -f "$inbox/.complete" ] || { rm -rf "$inbox"; "$BIN/thidua-generate" "$n" "$inbox"; touch "$inbox/.complete"; }
  sync
  out="$WORK/out-$n"; rm -rf "$out"; mkdir -p "$out"
  THIDUA_PROFILE=1 measure "thidua consolidate (json, lists)" "$n" 1 "$out/report.xlsx" \
    "$BIN/thidua" consolidate "$inbox" -o "$out/report.xlsx" --json "$out/ket-qua.json" --return-dir "$out/tra-lai" --quiet
  echo "    return lists: $(ls "$out/tra-lai" 2>/dev/null | wc -l)"
  THIDUA_PROFILE=1 measure "thidua consolidate (report only)" "$n" 1 "$out/report-only.xlsx" \
    "$BIN/thidua" consolidate "$inbox" -o "$out/report-only.xlsx" --quiet
  THIDUA_PROFILE=1 measure "thidua, 1 thread (json, lists)" "$n" 1 "$out/report1.xlsx" \
    "$BIN/thidua" consolidate "$inbox" -o "$out/report1.xlsx" --json "$out/k1.json" --return-dir "$out/tra1" --quiet --threads 1
  measure "reference (calamine)" "$n" 0 "$out/reference.xlsx" \
    python3 Benchmarks/reference_pipeline.py "$inbox" "$out/reference.xlsx"
done
exit $failed
