#!/usr/bin/env bash
# Preparation throughput: complexes prepared per second (read with CDK, ligand chosen, waters
# removed, 10 Å pocket cut) over a folder of complexes, by default the 512 PoseBusters + Astex
# complexes of the workplace's shared data.
#
# Method: `./misi prepare` times itself from the first complex to the last (JVM start-up and the
# folder scan excluded, JIT warm-up included: a cold run, as a batch job sees it). Each thread
# count runs RUNS times, alternating, and the script prints every run and the median.
#
#   bench/prepare-throughput.sh [DATA_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA="${1:-../shared/data/posebusters-astex}"
RUNS="${2:-3}"

./misi --version >/dev/null   # build first, outside the measurement
declare -A rates
for run in $(seq 1 "$RUNS"); do
    for threads in 1 2; do
        line="$(./misi prepare --threads "$threads" "$DATA" | tail -n 1)"
        echo "run $run, $threads thread(s): $line"
        rate="$(sed -E 's/.*\(([0-9.]+) complexes\/s.*/\1/' <<<"$line")"
        rates[$threads]+="$rate "
    done
done
for threads in 1 2; do
    median="$(tr ' ' '\n' <<<"${rates[$threads]}" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    echo "median, $threads thread(s): $median complexes/s"
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
