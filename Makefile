# The two commands of the README:
#   make render   — install what is missing, build, and draw every scenario into Renders/
#   make test     — install what is missing, build, and run every test
SWIFT ?= swift
BUILD_FLAGS ?= -c release

.PHONY: deps test-deps build render test bench count validate calibrate fuzz clean

deps:
	@./scripts/install-deps.sh

# The tests also need headless Chromium (the batch gallery's browser test); rendering does not.
test-deps:
	@./scripts/install-deps.sh test

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product radix

# The sheet of every scenario as PNG and SVG (with alt-text sidecars), the dermatome atlases, one sweep,
# the reports, a three-case sample quiz, and one population figure.
render: build
	.build/release/radix render Scenarios/*.yaml --view sheet --format png --format svg --out Renders > /dev/null
	.build/release/radix atlas --format png --format svg --out Renders > /dev/null
	.build/release/radix sweep Scenarios/02-l4-l5-left-subarticular-extrusion.yaml --vary 'lesions[0].size_mm=1...12:12' --format png --out Renders/sweeps > /dev/null
	.build/release/radix run Scenarios/*.yaml > Renders/reports.txt
	.build/release/radix run --json Scenarios/*.yaml > Renders/reports.json
	.build/release/radix quiz --count 3 --seed 2024 --out Renders/quiz > /dev/null
	.build/release/radix population Scenarios/02-l4-l5-left-subarticular-extrusion.yaml --samples 10000 --seed 1 --format png --out Renders/population > /dev/null
	.build/release/radix population Scenarios/02-l4-l5-left-subarticular-extrusion.yaml --vary 'lesions[0].size_mm=1...8:8' --samples 2000 --seed 1 --format png --out Renders/population > /dev/null

# docs/calibration.md: every published threshold, the sweep that measures it, Radix's value, pass or fail.
calibrate:
	$(SWIFT) build $(BUILD_FLAGS) --product radix-calibrate
	.build/release/radix-calibrate > docs/calibration.md.tmp && mv docs/calibration.md.tmp docs/calibration.md

validate: build
	.build/release/radix validate Scenarios/*.yaml

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product radix-benchmark
	$(SWIFT) build -c release --product render-benchmark
	$(SWIFT) build -c release --product batch-benchmark
	.build/release/radix-benchmark
	.build/release/render-benchmark
	.build/release/batch-benchmark

# Instructions per figure under valgrind: repeatable on a busy machine, where seconds are not.
count: deps
	$(SWIFT) build -c release --product radix
	./scripts/count-instructions.sh

# Coverage-guided fuzzing (libFuzzer) of load → check → simulate → report → scene, seeded from Scenarios/;
# FUZZ_SECONDS (default 180). Not part of `make test`. Crashes land in .build/fuzz-crashes/.
fuzz: deps
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),180) ./scripts/fuzz.sh

clean:
	rm -rf .build
