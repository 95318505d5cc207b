#!/usr/bin/env bash
# Measures the run command: time until "CloudWindow ... is ready" on an empty data directory
# (first start: PostgreSQL binaries unpacked, initdb, schema, demo data) and on a kept one
# (restart), and the memory of the JVM and the PostgreSQL processes after 30 idle seconds.
# Usage, from the repository root after `./mvnw -B -q -DskipTests package`:
#   server/bench/run-command.sh
# Prints the figures and writes them to server/target/bench/run-command.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=server/target/cloudwindow-server.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -q -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
out=server/target/bench/run-command.txt
mkdir -p "$(dirname "$out")"
trap 'rm -rf "$work"' EXIT

measure() {
  local label=$1 log start end pid
  log=$(mktemp "$work/run-XXXX.log")
  start=$(date +%s%N)
  # A tmpdir of our own, so the first start really unpacks the PostgreSQL binaries.
  mkdir -p "$work/tmp"
  java -Djava.io.tmpdir="$work/tmp" -jar "$jar" --spring.profiles.active=demo --cloudwindow.data-directory="$work/data" \
    --server.port=18080 --cloudwindow.tls.port=18443 > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 480); do grep -q "is ready" "$log" && break; sleep 0.25; done
  end=$(date +%s%N)
  grep -q "is ready" "$log" || { echo "$label: not ready after 120 s, see $log" >&2; kill "$pid"; exit 1; }
  sleep 30
  local jvm pg=0 v
  jvm=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")
  # The postmaster names our data directory on its command line; its children are the backends.
  local master
  master=$(pgrep -f -- "-D $work/data/pg" | head -n 1 || true)
  for p in $master $( [ -n "$master" ] && pgrep -P "$master" || true); do
    v=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0); pg=$((pg + ${v:-0}))
  done
  printf '%s: ready in %.1f s; after 30 s idle: JVM %d MB, PostgreSQL %d MB (PSS)\n' \
    "$label" "$(echo "($end - $start) / 1000000000" | bc -l)" $((jvm / 1024)) $((pg / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

{
  echo "run command on $(nproc) cores, $(date -u +%FT%TZ), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  measure "first start (empty data directory)"
  measure "restart (kept data directory)"
} | tee "$out"
