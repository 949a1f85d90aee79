#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test through CTest (GUI tests run
# with QT_QPA_PLATFORM=offscreen, set per test). Benchmarks (label "bench") are not run here:
# run them with  ctest --test-dir build -L bench --output-on-failure
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
configure_and_build

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR" 2>/dev/null || true
log "Testing"
ctest --test-dir "$VALUEDESK_BUILD_DIR" --output-on-failure -LE bench \
    --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
