#!/usr/bin/env bash
# Whole-pipeline throughput and memory: `./misi generate` (prepare → items and images of all nine
# tasks at 512 × 512 → draft release) on the first N complexes of the PoseBusters + Astex set.
#
# Method: each configuration "N:PARTITIONS" runs once, cold, in a fresh output folder, timed by
# /usr/bin/time (wall time and peak RSS of the whole JVM, start-up and draft export included).
# The heap is read from the JVM's GC log: the largest heap in use after a collection (the live
# set, what must fit) and the largest committed heap. Items, images and complexes come from the
# run's own report. Complexes are taken in sorted order (Astex first, then PoseBusters).
#
# With a heap cap (BENCH_JAVA_OPTS="-Xmx256m"), a run that completes proves its live set fits the
# cap: the way to show memory stays flat as the input grows (G1 without a cap lets garbage pile up
# in the old generation, so its after-collection figures overstate what is live).
#
#   [BENCH_JAVA_OPTS=-Xmx256m] bench/pipeline-throughput.sh [DATA_DIR] [N:PARTITIONS ...]
#   default: 128:1 128:2 512:2
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA="$(cd "${1:-../shared/data/posebusters-astex}" && pwd)"
shift || true
CONFIGS=("${@:-128:1 128:2 512:2}")
read -r -a CONFIGS <<<"${CONFIGS[*]}"

./misi --version >/dev/null   # build first, outside the measurement
mapfile -t ALL < <(find "$DATA" -mindepth 2 -maxdepth 2 -type d | sort)
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
printf '%-6s %-10s %8s %9s %8s %8s %10s %10s %10s %12s %12s\n' complexes partitions wall_s items images \
    quarantined complexes/s items/s images/s heap_live_MB rss_MB
for config in "${CONFIGS[@]}"; do
    n="${config%%:*}"; partitions="${config##*:}"
    input="$WORK/input-$n"
    if [[ ! -d "$input" ]]; then
        mkdir -p "$input"
        for d in "${ALL[@]:0:$n}"; do ln -s "$d" "$input/$(basename "$d")"; done
    fi
    out="$WORK/out-$n-$partitions"
    report="$out.report"
    MISI_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Xlog:gc:file=$out.gc.log" /usr/bin/time -f '%e %M' -o "$out.time" \
        ./misi generate --input "$input" --out "$out" --partitions "$partitions" --size 512 --fresh >"$report" 2>/dev/null
    read -r wall rss_kb <"$out.time"
    items="$(awk '$1 == "all" {print $4}' "$report")"
    prepared="$(sed -nE 's/.*complexes prepared: ([0-9]+), quarantined: ([0-9]+).*/\1/p' "$report")"
    quarantined="$(sed -nE 's/.*complexes prepared: ([0-9]+), quarantined: ([0-9]+).*/\2/p' "$report")"
    images="$(find "$out/images" -name '*.png' | wc -l)"
    # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 310M->52M(512M) 8.1ms": live = after, committed = (…)
    live_mb="$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$out.gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1)"
    printf '%-6s %-10s %8.1f %9s %8s %8s %10.2f %10.1f %10.1f %12s %12d\n' "$prepared" "$partitions" "$wall" "$items" \
        "$images" "$quarantined" "$(bc -l <<<"$prepared / $wall")" "$(bc -l <<<"$items / $wall")" \
        "$(bc -l <<<"$images / $wall")" "${live_mb:-?}" "$((rss_kb / 1024))"
    rm -rf "$out"
done
echo "JVM options: ${BENCH_JAVA_OPTS:-(none)}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), renderer: lavapipe unless a GPU is present"
