#!/usr/bin/env bash
# Installs what is missing, builds, creates a demo customer file if there is none, and opens
# ValueDesk on it. Any arguments are passed to the app (e.g. another .vdb file).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
configure_and_build --target valuedesk valuedesk-cli

demo_dir="${VALUEDESK_DEMO_DIR:-$VALUEDESK_ROOT/demo}"
demo_file="$demo_dir/demo.vdb"
if [ ! -f "$demo_file" ]; then
    mkdir -p "$demo_dir"
    log "Creating the demo customer file $demo_file"
    "$VALUEDESK_BUILD_DIR/src/cli/valuedesk-cli" demo "$demo_file" --customers 2000 --seed 1
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ] \
    && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    log "No display found (DISPLAY and WAYLAND_DISPLAY are unset). Run this from a desktop session,"
    log "or try it headless: xvfb-run -a ./scripts/run.sh"
    exit 1
fi

log "Starting ValueDesk"
if [ $# -gt 0 ]; then
    exec "$VALUEDESK_BUILD_DIR/src/app/valuedesk" "$@"
fi
exec "$VALUEDESK_BUILD_DIR/src/app/valuedesk" "$demo_file"
