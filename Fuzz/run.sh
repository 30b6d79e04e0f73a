#!/usr/bin/env bash
# Builds the libFuzzer target for the manifest parser and runs it.
#
#   Fuzz/run.sh                    # 10 minutes (FUZZ_SECONDS=600)
#   FUZZ_SECONDS=3600 Fuzz/run.sh  # longer
#   FUZZ_JOBS=2 Fuzz/run.sh        # parallel workers (fork mode)
#
# The target (Fuzz/FuzzManifest.swift) is compiled with every Sources/PruneManifest source
# into one module, with -sanitize=fuzzer,address; CLibYAML's module map comes from
# Sources/CLibYAML and libyaml from the system (-lyaml; libyaml itself is not instrumented,
# so coverage counts the Swift side). Seeds: Fuzz/corpus (the examples and a third of the
# broken-manifest corpus); new inputs go to .build-fuzz/corpus (not committed); crashes to
# Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${FUZZ_OUT:-.build-fuzz}
SECONDS_TO_RUN=${FUZZ_SECONDS:-600}
mkdir -p "$OUT/corpus" Fuzz/crashes
if [[ ! -x "$OUT/fuzz-manifest" || -n "${FUZZ_REBUILD:-}" ]]; then
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name PruneFuzz \
        -I Sources/CLibYAML -lyaml \
        $(find Sources/PruneManifest -name '*.swift' | sort) Fuzz/FuzzManifest.swift \
        -o "$OUT/fuzz-manifest"
fi
# The one known leak (in Foundation, not prune) is suppressed; every other leak still stops the run.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0}
args=("$OUT/corpus" Fuzz/corpus
    -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=10 -rss_limit_mb=2048
    -dict=Fuzz/manifest.dict -artifact_prefix=Fuzz/crashes/ -print_final_stats=1)
if [[ -n "${FUZZ_JOBS:-}" ]]; then args+=(-fork="$FUZZ_JOBS" -ignore_crashes=1); fi
exec "$OUT/fuzz-manifest" "${args[@]}"
