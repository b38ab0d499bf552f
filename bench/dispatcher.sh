#!/usr/bin/env bash
# Benchmark of the outbox dispatcher: how fast queued messages reach real SMTP servers on loopback, with one
# and with two dispatchers on one database. Prints the machine facts and the figures; exits non-zero when a
# message was duplicated, lost or left unsent (or the build failed). See bench/README.md.
#
#   bench/dispatcher.sh                      # 2000 messages per run, 4 sending threads per dispatcher
#   BENCH_MESSAGES=500 BENCH_CONCURRENCY=8 bench/dispatcher.sh
set -euo pipefail

cd "$(dirname "$0")/.."
messages="${BENCH_MESSAGES:-2000}"
concurrency="${BENCH_CONCURRENCY:-4}"
log="target/benchmark/dispatcher-maven.log"
result="target/benchmark/dispatcher.txt"
mkdir -p target/benchmark
rm -f "$result"

echo "Taskmail dispatcher benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine: $(nproc) cpus, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) memory, $(uname -sr)"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | sed 's/^/java: /'
echo "messages per run: $messages, sending threads per dispatcher: $concurrency"
echo "building and running (Maven log: $log) ..."

status=0
./mvnw -B test -Dtest=DispatcherBenchmark -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.messages="$messages" -Dbench.concurrency="$concurrency" >"$log" 2>&1 || status=$?

if [[ -f "$result" ]]; then
    cat "$result"
else
    echo "no figures were produced; the end of the Maven log:" >&2
    tail -n 60 "$log" >&2
fi
if [[ $status -ne 0 ]]; then
    echo "FAILED: the benchmark did not pass (duplicates, missing or unsent messages, or a build error); see $log" >&2
    grep -E 'Tests run:|FAIL|AssertionFailedError' "$log" | tail -n 20 >&2 || true
    exit "$status"
fi
echo "every message arrived exactly once"
