#!/usr/bin/env bash
# The GitHub Action's logic (action.yml runs it; Tests/suites/test_action.py runs it locally
# against the emulator with a faked GITHUB_* environment). Inputs come as environment:
#   PRUNE_PLAN          the plan manifest (required)
#   PRUNE_MODE          plan (default) | apply: apply acts on exactly the versions just planned
#   PRUNE_VERSION       the release to install (default: the action's own, Sources/prune/PruneVersion.swift)
#   PRUNE_REPORT        apply's report (default prune-report.json)
#   PRUNE_SHARD         K/N: this job's share of the packages
#   PRUNE_ARGS          more arguments for plan and apply (split on spaces), e.g. --region eu-west-1
#   PRUNE_RELEASES      https://github.com/OWNER/prune/releases/download (the action passes its own repository)
#   PRUNE_TARBALL       a local prune-VERSION-linux-ARCH.tar.gz instead of the download (SHA256SUMS beside it)
# Writes: `prune plan --format markdown` (and apply's summary) to $GITHUB_STEP_SUMMARY; outputs
# report, plan (the saved plan), acted-on, failed, exit-code to $GITHUB_OUTPUT; prune's directory
# to $GITHUB_PATH. Exits with prune's exit code (2 from `--detailed-exitcode` counts as success).
set -euo pipefail

action_dir=$(cd "$(dirname "$0")/.." && pwd)
plan="${PRUNE_PLAN:?the plan input is required}"
mode="${PRUNE_MODE:-plan}"
report="${PRUNE_REPORT:-prune-report.json}"
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
outputs="${GITHUB_OUTPUT:-/dev/null}"
case "$mode" in
    plan | apply) ;;
    *)
        echo "::error::mode must be 'plan' or 'apply', not '$mode'"
        exit 64
        ;;
esac

# --- install: the release tarball, checked against SHA256SUMS ---
if [ -n "${PRUNE_TARBALL:-}" ]; then
    name=$(basename "$PRUNE_TARBALL" .tar.gz)
    source_dir=$(cd "$(dirname "$PRUNE_TARBALL")" && pwd)
else
    version="${PRUNE_VERSION:-}"
    if [ -z "$version" ]; then
        version=$(sed -n 's/^let pruneVersion = "\([^"]*\)"$/\1/p' "$action_dir/Sources/prune/PruneVersion.swift")
    fi
    version="${version#v}"
    case "$(uname -m)" in
        x86_64 | amd64) arch=x86_64 ;;
        aarch64 | arm64) arch=aarch64 ;;
        *)
            echo "::error::no prune release for $(uname -s) $(uname -m)"
            exit 1
            ;;
    esac
    name="prune-$version-linux-$arch"
    releases="${PRUNE_RELEASES:?PRUNE_RELEASES (the releases URL) is required without PRUNE_TARBALL}"
    source_dir="$temp/prune-download-$version"
    mkdir -p "$source_dir"
    for file in "$name.tar.gz" SHA256SUMS; do
        curl --fail --silent --show-error --location --retry 3 -o "$source_dir/$file" "$releases/v$version/$file"
    done
fi
install_dir="$temp/prune-install"
rm -rf "$install_dir"
mkdir -p "$install_dir"
if ! grep -q " $name.tar.gz\$" "$source_dir/SHA256SUMS"; then
    echo "::error::$name.tar.gz is not listed in SHA256SUMS"
    exit 1
fi
if ! (cd "$source_dir" && grep " $name.tar.gz\$" SHA256SUMS | sha256sum --check --status -); then
    echo "::error::$name.tar.gz does not match its SHA256SUMS entry"
    exit 1
fi
tar -C "$install_dir" -xzf "$source_dir/$name.tar.gz"
bin="$install_dir/$name"
echo "$bin" >>"${GITHUB_PATH:-/dev/null}"
echo "prune $("$bin/prune" --version) installed in $bin"

# --- plan, saved; then apply of exactly that plan ---
# PRUNE_ARGS go to both commands (common flags: --region, --profile, --endpoint-url, ...);
# the shard to the plan only (the saved plan records it).
extra=()
if [ -n "${PRUNE_ARGS:-}" ]; then read -r -a extra <<<"$PRUNE_ARGS"; fi
shard=()
if [ -n "${PRUNE_SHARD:-}" ]; then shard=(--shard "$PRUNE_SHARD"); fi
saved="${report%.json}-plan.json"
[ "$saved" != "$report" ] || saved="$report-plan.json"

# Reads one number out of a JSON document (jq, else python3).
json_number() {
    if command -v jq >/dev/null 2>&1; then
        jq -r "$2" "$1"
    else
        python3 -c 'import json, sys
value = json.load(open(sys.argv[1]))
for key in sys.argv[2].strip(".").split("."):
    value = value[key]
print(value)' "$1" "$2"
    fi
}

status=0
"$bin/prune" plan "$plan" --format markdown --out "$saved" ${shard[@]+"${shard[@]}"} ${extra[@]+"${extra[@]}"} \
    >>"$summary" || status=$?
acted=0
failed=0
if [ "$status" = 0 ] || [ "$status" = 2 ]; then
    acted=$(json_number "$saved" .summary.act)
    if [ "$mode" = apply ]; then
        status=0
        "$bin/prune" apply "$saved" --report "$report" ${extra[@]+"${extra[@]}"} || status=$?
        if [ -f "$report" ]; then
            acted=$(json_number "$report" .summary.succeeded)
            failed=$(json_number "$report" .summary.failed)
        fi
    fi
fi
{
    echo "plan=$saved"
    if [ "$mode" = apply ]; then echo "report=$report"; else echo "report="; fi
    echo "acted-on=$acted"
    echo "failed=$failed"
    echo "exit-code=$status"
} >>"$outputs"
echo "prune $mode: exit $status, acted on $acted, failed $failed"
if [ "$status" = 2 ] && [ "$mode" = plan ]; then exit 0; fi
exit "$status"
