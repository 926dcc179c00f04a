#!/usr/bin/env bash
# Instructions per simulated person in `radix population`, counted by valgrind (callgrind): repeatable whatever
# else the machine is doing. Every teaching scenario runs once with LOW and once with HIGH samples on one worker;
# the difference over the extra samples is one person (drawing the anatomy, building its spine, simulating it,
# counting it), with start-up, parsing, the reports and the first pictures cancelled out.
#
#   scripts/count-population.sh [LOW HIGH]     (default: 100 and 400 samples of each of Scenarios/*.yaml)
#
# Needs valgrind and a release build (`swift build -c release --product radix`). Valgrind cannot read
# Swift 6's debug info, so a copy of the binary without it is counted.
set -euo pipefail
cd "$(dirname "$0")/.."
low=${1:-100}; high=${2:-400}
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .build/release/radix "$work/radix"
strip -g "$work/radix"
count() {  # samples → instructions
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/radix" population Scenarios/*.yaml \
    --samples "$1" --seed 1 --jobs 1 >/dev/null 2>"$work/log"
  grep -o 'Collected : [0-9]*' "$work/log" | grep -o '[0-9]*$'
}
n=$(ls Scenarios/*.yaml | wc -l)
a=$(count "$low"); b=$(count "$high")
printf 'population: %d scenarios, %d and %d samples each: %d and %d instructions\n' "$n" "$low" "$high" "$a" "$b"
printf 'population: %d instructions a person (mean over the scenarios)\n' $(( (b - a) / (n * (high - low)) ))
