#!/usr/bin/env bash
# Runs every test suite: Swift (build + swift test), the example site build, the
# JavaScript tests and the browser suite. It goes on after a failure, so one run shows
# every problem, and exits non-zero if any step failed.
# Expects the dependencies installed (make test does that first).
set -uo pipefail
cd "$(dirname "$0")/.."

swift=${SWIFT:-swift}
failed=()

step() { # step NAME COMMAND...: runs and times one step, remembers a failure
  local name=$1 start=$SECONDS
  shift
  echo "==> $name"
  if "$@"; then
    echo "==> $name: ok ($((SECONDS - start)) s)"
  else
    echo "==> $name: FAILED ($((SECONDS - start)) s)"
    failed+=("$name")
  fi
}

skip() { echo "==> $1: skipped ($2)"; failed+=("$1"); }

step "swift build" "$swift" build --build-tests

# The temporary folders the tests make (fixture sites, plans, pytest's tmp_path, nginx) all go
# into one folder, removed when the run ends. Set after the build: swift build keeps files there.
tests_tmp=$(mktemp -d -t kaart-tests-XXXXXX) || { echo "make test: no temporary folder"; exit 1; }
trap 'rm -rf "$tests_tmp"' EXIT
export TMPDIR=$tests_tmp

if [[ " ${failed[*]} " == *" swift build "* ]]; then
  skip "swift test" "the build failed"
  skip "example site" "the build failed"
else
  step "swift test" "$swift" test --skip-build
  step "hsds export" .venv/bin/python -m pytest Tests/hsds -ra
  # The example plans need tokens; a fresh clone has none, so issue them first.
  step "example plan tokens" .build/debug/kaart plan token --alle --content content
  step "example site" .build/debug/kaart build --content content --templates templates --output public
fi

js_tests=()
if [ -d Tests/js ]; then
  mapfile -t js_tests < <(find Tests/js -name '*.test.mjs' | sort)
fi
if [ ${#js_tests[@]} -gt 0 ]; then
  step "node tests" node --test "${js_tests[@]}"
else
  echo "==> node tests: none in Tests/js/"
fi

if [[ " ${failed[*]} " == *" example site "* ]]; then
  skip "browser tests" "no freshly built site"  # an old public/ would test stale output
else
  step "browser tests" .venv/bin/python -m pytest Tests/browser -ra
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "make test: FAILED: ${failed[*]}"
  exit 1
fi
echo "make test: all steps passed"
