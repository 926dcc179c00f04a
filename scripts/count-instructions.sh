#!/usr/bin/env bash
# Instructions per figure, counted by valgrind (callgrind): repeatable whatever else the machine is doing,
# unlike seconds on a shared 2-core machine. For each view and format, `radix render` runs once with one
# copy of the scenario and once with three; the difference over two is one figure (simulation, layout,
# drawing, encoding and writing), with start-up and font loading cancelled out.
#
#   scripts/count-instructions.sh [SCENARIO] [VIEW:FORMAT …]     (default: scenario 02, the sheet as png, svg, pdf)
#
# Needs valgrind and a release build (`swift build -c release --product radix`). Valgrind cannot read
# Swift 6's debug info, so a copy of the binary without it is counted.
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-$(ls Scenarios/02-*.yaml | head -1)}
shift || true
pairs=("$@")
[ ${#pairs[@]} -eq 0 ] && pairs=(sheet:png sheet:svg sheet:pdf)
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .build/release/radix "$work/radix"
strip -g "$work/radix"
count() {  # view format copies → instructions
  local args=()
  for _ in $(seq "$3"); do args+=("$scenario"); done
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/radix" render "${args[@]}" \
    --view "$1" --format "$2" --out "$work/out" >/dev/null 2>"$work/log"
  grep -o 'Collected : [0-9]*' "$work/log" | grep -o '[0-9]*$'
}
printf '%-16s %16s\n' "figure" "instructions"
for pair in "${pairs[@]}"; do
  view=${pair%%:*}; format=${pair##*:}
  one=$(count "$view" "$format" 1); three=$(count "$view" "$format" 3)
  printf '%-16s %16d\n' "$view.$format" $(( (three - one) / 2 ))
done
