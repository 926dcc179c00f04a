# The two commands of the README:
#   make render   — install what is missing, build, and draw every scenario into Renders/ (full-size into Renders/full/)
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

# What the repository keeps in Renders/ (a regeneration adds about 6 MB to a clone; README "What Renders/ holds"):
# every scenario's sheet and every dermatome atlas as an editable SVG with its alt text; PNG previews,
# PREVIEW_WIDTH px wide, of what the README shows (the sheets of PREVIEWS, the atlases, one sweep, the three-case
# sample quiz, the population figures of scenario 02); the reports. Full-size PNGs (2400 px) of every sheet and atlas and the A4 handout PDFs go into
# Renders/full/, which git ignores.
RENDERS ?= Renders
PREVIEW_WIDTH ?= 1000
PREVIEWS ?= 02 11 14 21
render: build
	.build/release/radix render Scenarios/*.yaml --view sheet --format svg --svg-text editable --out $(RENDERS) > /dev/null
	.build/release/radix render $(foreach n,$(PREVIEWS),Scenarios/$(n)-*.yaml) --view sheet --format png --width $(PREVIEW_WIDTH) --out $(RENDERS) > /dev/null
	.build/release/radix atlas --format svg --svg-text editable --out $(RENDERS) > /dev/null
	.build/release/radix atlas --format png --width $(PREVIEW_WIDTH) --out $(RENDERS) > /dev/null
	.build/release/radix sweep Scenarios/02-l4-l5-left-subarticular-extrusion.yaml --vary 'lesions[0].size_mm=1...12:12' --format png --width $(PREVIEW_WIDTH) --out $(RENDERS)/sweeps > /dev/null
	.build/release/radix run Scenarios/*.yaml > $(RENDERS)/reports.txt
	.build/release/radix run --json Scenarios/*.yaml > $(RENDERS)/reports.json
	.build/release/radix quiz --count 3 --seed 2024 --width $(PREVIEW_WIDTH) --out $(RENDERS)/quiz > /dev/null
	.build/release/radix render Scenarios/*.yaml --view sheet --format png --format pdf --out $(RENDERS)/full > /dev/null
	.build/release/radix atlas --format png --out $(RENDERS)/full > /dev/null
	.build/release/radix population Scenarios/02-l4-l5-left-subarticular-extrusion.yaml --samples 10000 --seed 1 --format png --width $(PREVIEW_WIDTH) --out $(RENDERS)/population > /dev/null
	.build/release/radix population Scenarios/02-l4-l5-left-subarticular-extrusion.yaml --vary 'lesions[0].size_mm=1...8:8' --samples 2000 --seed 1 --format png --width $(PREVIEW_WIDTH) --out $(RENDERS)/population > /dev/null

# docs/calibration.md: every published threshold, the sweep that measures it, Radix's value, pass or fail.
calibrate:
	$(SWIFT) build $(BUILD_FLAGS) --product radix-calibrate
	.build/release/radix-calibrate > docs/calibration.md.tmp; status=$$?; mv docs/calibration.md.tmp docs/calibration.md; exit $$status

validate: build
	.build/release/radix validate Scenarios/*.yaml

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product radix-benchmark
	$(SWIFT) build -c release --product render-benchmark
	$(SWIFT) build -c release --product batch-benchmark
	$(SWIFT) build -c release --product radix
	.build/release/radix-benchmark
	.build/release/render-benchmark
	.build/release/batch-benchmark
	./scripts/explorer-benchmark.sh .build/release/radix

# Instructions per figure and per simulated person under valgrind: repeatable on a busy machine, where seconds are not.
count: deps
	$(SWIFT) build -c release --product radix
	./scripts/count-instructions.sh
	./scripts/count-population.sh

# Coverage-guided fuzzing (libFuzzer) of load → check → simulate → report → scene, seeded from Scenarios/;
# FUZZ_SECONDS (default 180). Not part of `make test`. Crashes land in .build/fuzz-crashes/.
fuzz: deps
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),180) ./scripts/fuzz.sh

clean:
	rm -rf .build
