# The two commands of the README:
#   make render   — install what is missing, build, and draw every scenario into Renders/
#   make test     — install what is missing, build, and run every test
SWIFT ?= swift
BUILD_FLAGS ?= -c release

.PHONY: deps build render test bench validate clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product radix

render: build
	$(SWIFT) run $(BUILD_FLAGS) radix run Scenarios/*.yaml > Renders/reports.txt
	$(SWIFT) run $(BUILD_FLAGS) radix run --json Scenarios/*.yaml > Renders/reports.json

validate: build
	$(SWIFT) run $(BUILD_FLAGS) radix validate Scenarios/*.yaml

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) run -c release radix-benchmark

clean:
	rm -rf .build
