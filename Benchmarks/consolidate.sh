#!/usr/bin/env bash
# End-to-end benchmark (SPEC §11): N filled submissions made from thidua's own template,
# consolidated by thidua (release build) and by the reference pipeline a competent user would
# write (python-calamine + XlsxWriter, one process), in the same run so the ratio holds on a
# noisy machine. Rows:
#   report + JSON      `consolidate -o R --json J`: the row the ratio and sheets/s targets are for
#   report only        `consolidate -o R`
#   + return lists     `consolidate -o R --json J --return-dir L`: the lists' cost is this run's
#                      CPU minus the report + JSON run's, per list, beside the floor of one
#                      libxlsxwriter workbook of a list's content (Benchmarks/list_floor.c)
#   1 reading worker   report + JSON with --threads 1
#   reference          python-calamine + XlsxWriter
# Each row prints wall seconds, CPU seconds (user + system, workers included), sheets/s and
# peak memory (the largest single process). A run whose command exits above 1 (thidua) or above
# 0 (reference), or whose report does not open with every sheet, is a failure: the script says
# so and exits 1. thidua's per-phase profile (THIDUA_PROFILE=1) follows its rows.
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
mkdir -p "$WORK"
cc -O2 -o "$WORK/list_floor" Benchmarks/list_floor.c $(pkg-config --cflags --libs xlsxwriter)
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 52000)
failed=0
declare -A CPU WALL

measure() { # key, label, files, highest good exit, report, command...
  local key=$1 label=$2 files=$3 ok=$4 report=$5; shift 5
  rm -f "$report"
  local status=0
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || status=$?
  read -r secs user sys kb < <(tail -n 1 "$WORK/time")
  local sheets
  sheets=$(python3 -c "from python_calamine import CalamineWorkbook as W; print(len(W.from_path('$report').sheet_names))" \
           2>/dev/null || echo 0)
  if [ "$status" -gt "$ok" ] || [ "$sheets" -eq 0 ]; then
    printf '%-26s %7d files  FAILED: exit %d, report with %d sheets\n' "$label" "$files" "$status" "$sheets"
    grep -v '^profile' "$WORK/stderr" | tail -n 3 | sed 's/^/    /'
    failed=1
    return
  fi
  CPU[$key]=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  WALL[$key]=$secs
  awk -v l="$label" -v n="$files" -v s="$secs" -v c="${CPU[$key]}" -v k="$kb" -v e="$status" -v sh="$sheets" \
    'BEGIN { printf "%-26s %7d files %8.2f s wall %8.2f s CPU %8.0f sheets/s %6.0f MB peak  (exit %d, %d sheets)\n",
             l, n, s, c, n / (s > 0 ? s : 0.001), k / 1024, e, sh }'
  grep '^profile' "$WORK/stderr" | sed 's/^/    /' || true
}

for n in "${sizes[@]}"; do
  inbox="$WORK/inbox-$n"
  [ -f "$inbox/.complete" ] || { rm -rf "$inbox"; "$BIN/thidua-generate" "$n" "$inbox"; touch "$inbox/.complete"; }
  sync
  out="$WORK/out-$n"; rm -rf "$out"; mkdir -p "$out"
  THIDUA_PROFILE=1 measure json "thidua report + JSON" "$n" 1 "$out/report.xlsx" \
    "$BIN/thidua" consolidate "$inbox" -o "$out/report.xlsx" --json "$out/ket-qua.json" --quiet
  THIDUA_PROFILE=1 measure report "thidua report only" "$n" 1 "$out/report-only.xlsx" \
    "$BIN/thidua" consolidate "$inbox" -o "$out/report-only.xlsx" --quiet
  THIDUA_PROFILE=1 measure lists "thidua + return lists" "$n" 1 "$out/report-l.xlsx" \
    "$BIN/thidua" consolidate "$inbox" -o "$out/report-l.xlsx" --json "$out/k-l.json" --return-dir "$out/tra-lai" --quiet
  THIDUA_PROFILE=1 measure one "thidua, 1 reading worker" "$n" 1 "$out/report1.xlsx" \
    "$BIN/thidua" consolidate "$inbox" -o "$out/report1.xlsx" --json "$out/k1.json" --quiet --threads 1
  measure reference "reference (calamine)" "$n" 0 "$out/reference.xlsx" \
    python3 Benchmarks/reference_pipeline.py "$inbox" "$out/reference.xlsx"
  lists=$(ls "$out/tra-lai" 2>/dev/null | wc -l)
  floor_dir=/dev/shm/thidua-list-floor; [ -d /dev/shm ] || floor_dir="$WORK/list-floor"
  rm -rf "$floor_dir"; mkdir -p "$floor_dir"
  floor=$("$WORK/list_floor" "$(( lists < 5000 ? (lists > 0 ? lists : 1) : 5000 ))" "$floor_dir")
  rm -rf "$floor_dir"
  echo "    return lists: $lists; C floor of one list's workbook: $floor"
  if [ -n "${CPU[json]:-}" ] && [ -n "${CPU[lists]:-}" ] && [ "$lists" -gt 0 ]; then
    awk -v a="${CPU[lists]}" -v b="${CPU[json]}" -v n="$lists" -v f="$floor" 'BEGIN {
      split(f, p, " "); fl = p[3] + p[7]
      per = (a - b) * 1000 / n
      printf "    a return list costs %.3f ms of CPU; the floor %.3f ms: %.2fx (target <= 1.3x)\n", per, fl, per / fl }'
  fi
  if [ -n "${WALL[json]:-}" ] && [ -n "${WALL[reference]:-}" ]; then
    awk -v t="${WALL[json]}" -v r="${WALL[reference]}" \
      'BEGIN { printf "    report + JSON: %.2fx the reference (target >= 3x)\n", r / t }'
  fi
  unset CPU WALL; declare -A CPU WALL
done
exit $failed
