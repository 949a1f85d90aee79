#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test through CTest (GUI tests run
# with QT_QPA_PLATFORM=offscreen, set per test). Benchmarks (label "bench") are not run here:
# run them with  ctest --test-dir build -L bench --output-on-failure
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
configure_and_build

# For a sanitizer build (-DENABLE_SANITIZERS=ON; harmless otherwise): the first finding fails
# the test with a stack trace; leak reports from Qt's, fontconfig's and the system libraries' own
# one-time allocations are suppressed (scripts/lsan.supp), ours are not.
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=0:print_stacktrace=1:detect_leaks=1:strict_init_order=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$VALUEDESK_ROOT/scripts/lsan.supp:print_suppressions=0}"

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR" 2>/dev/null || true
log "Testing"
ctest --test-dir "$VALUEDESK_BUILD_DIR" --output-on-failure -LE bench \
    --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
