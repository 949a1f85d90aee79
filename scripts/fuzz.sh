#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang-14, ASan and UBSan, and runs each for
# SECONDS_PER_TARGET (default 60) over a scratch copy of its seed corpus, so that the corpus in
# the repository stays as it is. Exits non-zero when a target crashes, leaks, times out or runs
# out of memory, and prints where the input that did it was saved.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]
#
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_TARGETS (default all five),
# CC/CXX (default clang-14/clang++-14).
set -euo pipefail

seconds=${1:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [[ $seconds -lt 1 ]]; then
    echo "usage: $0 [SECONDS_PER_TARGET]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
targets=${FUZZ_TARGETS:-"csv xlsx ahpmatrix ahpmodel classification"}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER="${CC:-clang-14}" -DCMAKE_CXX_COMPILER="${CXX:-clang++-14}" \
    -DVALUEDESK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target $(printf 'fuzz_%s ' $targets)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
artifacts="$build/fuzz-artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export TMPDIR="$scratch" # the file-based targets write their input there
failed=()
for target in $targets; do
    corpus="$scratch/corpus-$target"
    mkdir -p "$corpus" "$artifacts/$target"
    cp -r "$root/tests/fuzz/corpus/$target/." "$corpus/"
    echo "== fuzz_$target: ${seconds}s over $(ls "$corpus" | wc -l) seeds"
    dict=()
    case $target in
    ahpmatrix | ahpmodel | classification) dict=(-dict="$root/tests/fuzz/json.dict") ;;
    esac
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb: the readers must stay bounded.
    if ! "$build/fuzz/fuzz_$target" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target/" >"$scratch/$target.log" 2>&1; then
        tail -n 60 "$scratch/$target.log"
        cp "$scratch/$target.log" "$artifacts/$target/last-run.log"
        echo "!! fuzz_$target failed; inputs saved in $artifacts/$target/:" >&2
        ls -1 "$artifacts/$target" | grep -E '^(crash|leak|timeout|oom|slow-unit)-' | sed "s|^|   $artifacts/$target/|" >&2 || true
        echo "   reproduce: $build/fuzz/fuzz_$target <input>" >&2
        failed+=("$target")
    else
        grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "$scratch/$target.log" | tail -n 2
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzzing: no crash in $(wc -w <<<"$targets") targets (${seconds}s each)"
