#!/usr/bin/env bash
# Render throughput: images per second for the six canonical views of a real pocket (default
# 1G9V_RQ3 from the bundled sample: 10 Å pocket + ligand, 0.2 Å sticks, residue and atom labels,
# 512 x 512, 4x MSAA), on our Vulkan renderer (render only, and with PNG encoding + writing; 1 and
# 2 renderer threads), and PyMOL's headless ray-traced images of the same pocket in the same run,
# as the reference point users know (Debian package `pymol`, `pymol -c`, `png … ray=1`).
#
# Method: each renderer thread warms up on the six views (lavapipe JIT-compiles shaders on first
# use), then renders IMAGES images cycling through the views; the rate is images / wall time,
# PNG writes included when they are measured (the pool is drained before the clock stops).
# PyMOL renders the same six views ROUNDS times after one warm-up image; JVM and PyMOL start-up
# are excluded from both. Every run prints its numbers; run it twice to see the noise.
#
#   bench/render-throughput.sh [COMPLEX_ID] [IMAGES] [DEVICE] [PYMOL_ROUNDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ID="${1:-1G9V_RQ3}"
IMAGES="${2:-120}"
DEVICE="${3:-auto}"
ROUNDS="${4:-2}"

# one Maven run, so the sibling modules resolve to the classes just compiled, not to stale snapshots
mvn -B -ntp -q -Dstyle.color=never -pl jobs -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
CP="jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/bench-classpath.txt)"
java -cp "$CP" org.misibench.bench.RenderBench "$ID" "$IMAGES" "$DEVICE"

if ! command -v pymol >/dev/null 2>&1; then
    echo "pymol is not installed (apt-get install -y pymol): no PyMOL reference this run"
    exit 0
fi
DIR="src/main/resources/misi-sample"
PROTEIN="$(find "$DIR" -name "${ID}_protein.pdb" | head -1)"
LIGAND="$(find "$DIR" -name "${ID}_ligand.sdf" | head -1)"
OUT="$(mktemp -d)"
sed -e "s#@PROTEIN@#$PWD/$PROTEIN#" -e "s#@LIGAND@#$PWD/$LIGAND#" -e "s#@OUT@#$OUT#" -e "s#@ROUNDS@#$ROUNDS#" \
    bench/pymol-views.pml > "$OUT/views.pml"
# Debian's pymol runs `python3 -m pymol`: make sure that is Debian's python, where the module lives
PATH="/usr/bin:$PATH" pymol -cq "$OUT/views.pml"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), PyMOL $(PATH="/usr/bin:$PATH" pymol -cq -d 'print(cmd.get_version()[0])' 2>/dev/null | tail -1)"
