#!/usr/bin/env bash
# Console load check: the review queue and item pages with 200,000 items in H2 and 20 curators
# signed in at once, against the real console (`./misi console`, WildFly on loopback).
#
# Method:
#  1. `./misi generate` on the bundled sample (591 real items and their images) into a fresh folder.
#  2. The items are copied in SQL until the table holds about 200,000 (each copy a new id and run,
#     review states mixed: 60 % pending, 25 % approved, 10 % rejected, 5 % flagged), so the queue
#     has the size and spread the issue names; the copies share the real items' JSON and images.
#  3. A curator is added, the console started on a side port (PORT, default 18080), and
#     bench/ConsoleLoad.java drives SESSIONS sessions (default 20) for SECONDS (default 120) after a
#     warm-up: queue views (half of them deep, by keyset after a random item), three pages each,
#     two items per page with their first image, the dashboard one visit in ten. Closed loop
#     without think time; the driver prints p50/p95/p99/max per request kind.
#
#   bench/console-load.sh [SESSIONS] [SECONDS] [PORT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SESSIONS="${1:-20}"
SECONDS_TO_RUN="${2:-120}"
PORT="${3:-18080}"
COPIES=338   # 591 items × (1 + 338) ≈ 200,000

./misi --version >/dev/null   # build first
OUT="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    # TERM, not INT: a background job of a script ignores SIGINT; the JVM stops WildFly on either
    if [[ -n "$SERVER_PID" ]]; then kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$OUT"
}
trap cleanup EXIT

echo "load: generating the sample's items into $OUT ..."
./misi generate --out "$OUT" --fresh >"$OUT/generate.log" 2>&1

H2_JAR="$(ls jobs/target/lib/h2-*.jar | head -1)"
sql() {
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:$OUT/db/misi;AUTO_SERVER=TRUE" -user sa -password "" -sql "$1"
}
echo "load: copying items to about 200,000 ..."
sql "INSERT INTO misi.item (item_id, task, split, complex_id, run_id, job_execution_id, answer, item_json, json_sha256,
        review_state, version, created_at, updated_at)
     SELECT i.item_id || '-' || LPAD(CAST(r.X AS VARCHAR), 3, '0'), i.task, i.split, i.complex_id, i.run_id + MOD(r.X, 8),
        i.job_execution_id, i.answer, i.item_json, i.json_sha256,
        CASE WHEN MOD(r.X, 20) < 12 THEN 'pending' WHEN MOD(r.X, 20) < 17 THEN 'approved'
             WHEN MOD(r.X, 20) < 19 THEN 'rejected' ELSE 'flagged' END,
        0, i.created_at, i.updated_at
     FROM misi.item i CROSS JOIN SYSTEM_RANGE(1, $COPIES) r" >/dev/null
sql "ANALYZE" >/dev/null
ITEMS="$(sql "SELECT COUNT(*) FROM misi.item" | sed -n 2p | tr -d ' ')"
sql "SELECT item_id FROM misi.item ORDER BY RAND() LIMIT 2000" | sed '1d;/^(/d;/^$/d' >"$OUT/ids.txt"
echo "load: $ITEMS items; $(wc -l <"$OUT/ids.txt") ids to start deep pages from"

PASSWORD="load-$RANDOM-$RANDOM"
echo "$PASSWORD" | ./misi user add loadtest --role curator --out "$OUT" >/dev/null

echo "load: starting the console on port $PORT ..."
./misi console --out "$OUT" --port "$PORT" >"$OUT/console.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/misi/login.xhtml"; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/console.log"; exit 1; }
    sleep 1
done

java bench/ConsoleLoad.java "http://127.0.0.1:$PORT/misi/" loadtest "$PASSWORD" "$SESSIONS" "$SECONDS_TO_RUN" "$OUT/ids.txt"
echo "items in H2: $ITEMS"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); server and load driver on the same machine"
