#!/usr/bin/env bash
# The explorer's speed over loopback: starts `radix serve` on 127.0.0.1 (a free port), then, one request at a
# time, N times each: simulate + a single-view SVG (axial), and the sheet SVG. Prints p50/p95 in ms of the
# time curl measured for the request (connection on loopback included, curl's start not); then 200 renders from
# 8 clients at once, counted by status. Not a test.
#   scripts/explorer-benchmark.sh [RADIX_BINARY] [N]     (default .build/release/radix, else .build/debug/radix; N=100)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then bin=.build/release/radix; [ -x "$bin" ] || bin=.build/debug/radix; fi
n=${2:-100}
[ "$n" -ge 1 ] && [ "$n" -le 1000 ] || { echo "N must be 1 … 1000" >&2; exit 2; }
file=Scenarios/02-l4-l5-left-subarticular-extrusion.yaml
log=$(mktemp); out=$(mktemp)
"$bin" serve Scenarios --port 0 --host 127.0.0.1 >"$out" 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log" "$out"' EXIT
for _ in $(seq 50); do grep -q 'http://' "$out" && break; sleep 0.1; done
port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$out")
[ -n "$port" ] || { echo "radix serve did not start" >&2; cat "$log" >&2; exit 1; }
base=http://127.0.0.1:$port
post() { curl -s --noproxy '*' -o /dev/null -w '%{time_total}\n' --data-binary @"$file" "$base$1"; }
stats() { sort -n | awk '{ a[NR] = $1 * 1000 } END { printf "p50 %.1f ms, p95 %.1f ms (n=%d)\n", a[int((NR + 1) * 0.5)], a[int(NR * 0.95 + 0.5)], NR }'; }
post /api/simulate >/dev/null; post '/api/render?view=axial&format=svg' >/dev/null   # warm up
echo "binary: $bin"
echo "goals (issue 14): simulate + single-view SVG ≤ 50 ms, sheet ≤ 150 ms; 200 renders from 8 clients all 200"
echo -n "simulate + axial SVG: "
for _ in $(seq "$n"); do
  a=$(post /api/simulate); b=$(post '/api/render?view=axial&format=svg')
  echo "$a $b" | awk '{ print $1 + $2 }'
done | stats
echo -n "sheet SVG:            "
for _ in $(seq "$n"); do post '/api/render?view=sheet&format=svg'; done | stats
echo -n "200 axial SVG renders, 8 clients at once: "
seq 200 | xargs -P 8 -I{} curl -s --noproxy '*' -o /dev/null -w '%{http_code}\n' --data-binary @"$file" "$base/api/render?view=axial&format=svg" \
  | sort | uniq -c | awk '{ printf "%s× %s  ", $1, $2 } END { print "" }'
