#!/usr/bin/env bash
# Runs clang-tidy 14 with the repo's .clang-tidy over the project's own sources (src/**.cpp and the
# src/ headers they include; not tests/, not the generated moc/uic/rcc files), every kept check an
# error. It reads the build tree's compile_commands.json and needs the generated headers, so it
# builds first (a no-op after scripts/test.sh on the same build directory).
#
# Time: clang-tidy parses every translation unit again (Qt and Eigen headers included) and runs
# its checks over the whole AST. Measured (clang-tidy 14, CPU seconds per file): parsing alone
# ~3.5 s; the first, broader check set 7.5-10 s; the kept set ~6 s (8 files from core, storage,
# models and app: 48 CPU s). For the ~176 files in src/ that is ~18 CPU minutes, about 9 minutes
# of wall time on 2 idle cores; measured on an idle machine: 397 s for all of src/ (2026-12-03).
# .ci/run calls it after the Release tests. If it grows over ~8 minutes, drop checks in
# .clang-tidy first, then restrict the files here (e.g. src/app to a nightly run).
#
# Usage: scripts/tidy.sh [regex of files]   e.g. scripts/tidy.sh '/src/core/'
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

VALUEDESK_PACKAGES=(clang-tidy-14)
install_packages
configure_and_build

files="${1:-^$VALUEDESK_ROOT/src/.*\.cpp$}"
log "clang-tidy ($files)"
start=$(date +%s)
status=0
# -quiet drops the per-file "N warnings generated" noise; findings and failures still print.
run-clang-tidy-14 -p "$VALUEDESK_BUILD_DIR" -j "${VALUEDESK_TIDY_JOBS:-2}" -quiet \
    -header-filter "^$VALUEDESK_ROOT/src/" "$files" || status=$?
log "clang-tidy took $(($(date +%s) - start)) s"
exit "$status"
