#!/usr/bin/env bash
# Coverage-guided fuzzing of load → check → simulate → report → scene with libFuzzer (`make fuzz`).
#
# SwiftPM builds the radix-fuzz target in a scratch directory of its own (.build/fuzz, so the normal build is
# not instrumented) with -sanitize=fuzzer, which instruments the code for coverage and links libFuzzer, and
# -D RADIX_LIBFUZZER, which makes the target's @main call libFuzzer's driver (SwiftPM gives an executable its
# own entry point, so libFuzzer's main() is not used); it links with lld, as gold stops with an internal error
# on these objects. The corpus starts from a copy of Scenarios/*.yaml in
# .build/fuzz-corpus (never committed); crashes go to .build/fuzz-crashes/crash-<sha1>. Replay one with the
# normal build:
#   swift build --product radix-fuzz && .build/debug/radix-fuzz .build/fuzz-crashes/crash-…
#
# FUZZ_SECONDS (default 180) bounds the run; FUZZ_JOBS (default 1) runs that many fuzzing processes;
# extra arguments go to libFuzzer (e.g. -max_len=8192).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-180}"
jobs="${FUZZ_JOBS:-1}"
corpus=.build/fuzz-corpus
crashes=.build/fuzz-crashes
swift build -c release --scratch-path .build/fuzz --product radix-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DRADIX_LIBFUZZER -Xswiftc -use-ld=lld
mkdir -p "$corpus" "$crashes"
cp Scenarios/*.yaml "$corpus"/
# A dictionary of the words the scenario files use (keys, enum values, levels), so that mutations spell them.
grep -ohE '[A-Za-z][A-Za-z0-9_-]{2,}' Scenarios/*.yaml | sort -u | sed 's/.*/"&"/' > .build/fuzz.dict
binary="$(swift build -c release --scratch-path .build/fuzz --show-bin-path)/radix-fuzz"
args=(-max_total_time="$seconds" -dict=.build/fuzz.dict -max_len=4096 -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/")
if [ "$jobs" -gt 1 ]; then args+=(-jobs="$jobs" -workers="$jobs"); fi
exec "$binary" "${args[@]}" "$@" "$corpus"
