#!/usr/bin/env bash
# PNG encoding speed and size: javax.imageio against org.misibench.render.image.PngEncoder at
# deflate levels 1, 2, 4, 6 with each row filter, on a synthetic 512x512 molecule-like image and on
# pure noise; then PngWriterPool images/s with 1 and 2 threads for PngOptions.defaults().
#
# Method (details in PngBench's javadoc and bench/png-encoding.md): warm-up, then 3 interleaved
# repetitions of every configuration, medians reported. Prints Markdown tables.
#
#   bench/png-encoding.sh [SCRATCH_DIR]     # the pool writes its files there (default: a mktemp folder)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mvn -B -ntp -o -q -pl render-vulkan test-compile
CP_FILE="$(mktemp)"
SCRATCH="${1:-$(mktemp -d)}"
trap 'rm -f "$CP_FILE"; [ -z "${1:-}" ] && rm -rf "$SCRATCH"' EXIT
mvn -B -ntp -o -q -pl render-vulkan dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="render-vulkan/target/test-classes:render-vulkan/target/classes:$(cat "$CP_FILE")"
java -cp "$CP" org.misibench.render.image.PngBench "$SCRATCH"
echo
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(uname -sr)"
