#!/usr/bin/env bash
# One command for the apply benchmark (prune vs boto3 vs the quota bound); see bench/run.py.
# Sizes: BENCH_PACKAGES, BENCH_VERSIONS, BENCH_KEEP, BENCH_SEED, BENCH_SCALES ("1,20").
# Python: the project's .venv (requirements-dev.txt; created when missing, see Scripts/test).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=Scripts/setup.sh
. Scripts/setup.sh
prune_venv
exec python3 bench/run.py "$@"
