#!/usr/bin/env bash
# Runs kaart's libFuzzer harnesses, each for N minutes (default 10).
#
#   fuzz/run.sh                 every target, 10 minutes each
#   fuzz/run.sh 2               every target, 2 minutes each
#   fuzz/run.sh 10 FuzzRRule    one target
#
# New interesting inputs go to fuzz/corpus/<target>/ (commit them; `fuzz/run.sh --merge` shrinks
# the corpus first). A crash, a failed check or a hang (> 10 s for one input) stops the target and
# leaves the input in fuzz/crashes/<target>/; add it to Tests/KaartCoreTests/Hostile/FuzzRegressionTests.swift.
# Not part of `make test`: the seeded property tests in Tests/KaartCoreTests/Hostile/ are.
set -euo pipefail
cd "$(dirname "$0")"

all_targets=(FuzzFrontMatter FuzzRRule FuzzOpeningHours FuzzNormalizer FuzzScanner)
merge=false
if [ "${1:-}" = "--merge" ]; then merge=true; shift; fi
minutes=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

swift=${SWIFT:-swift}
scratch=${FUZZ_SCRATCH:-.build-fuzz}
# -sanitize=fuzzer instruments every Swift module (KaartCore, Yams) for coverage and links
# libFuzzer's main; -parse-as-library because the harnesses have no main of their own.
"$swift" build --scratch-path "$scratch" -c debug \
  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
bin="$scratch/debug"

status=0
for target in "${targets[@]}"; do
  corpus="corpus/$target"
  crashes="crashes/$target"
  mkdir -p "$corpus" "$crashes"
  if $merge; then
    # Keep only inputs that add coverage, so the committed corpus stays small.
    merged=$(mktemp -d)
    "$bin/$target" -merge=1 "$merged" "$corpus" >/dev/null 2>&1
    rm -rf "$corpus" && mv "$merged" "$corpus"
  fi
  echo "==> $target: $minutes min, corpus $(ls "$corpus" | wc -l) files"
  log="$crashes/last-run.log"
  start=$SECONDS
  "$bin/$target" "$corpus" -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1 || true
  stats="$((SECONDS - start)) s, $(grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec' "$log" | tr -s ' ' | tr '\n' ' ')"
  if compgen -G "$crashes/crash-*" >/dev/null || compgen -G "$crashes/timeout-*" >/dev/null || compgen -G "$crashes/oom-*" >/dev/null \
     || compgen -G "$crashes/leak-*" >/dev/null; then
    echo "==> $target: FINDING ($stats), see $crashes/ and $log"
    grep -E "ERROR|Fatal error|precondition" "$log" | head -5
    status=1
  elif grep -q "run interrupted" "$log"; then
    echo "==> $target: interrupted from outside ($stats)"
    status=1
  else
    echo "==> $target: no finding ($stats)"
  fi
done
exit $status
