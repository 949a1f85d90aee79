#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing, configure once, build incrementally.
set -euo pipefail

VALUEDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VALUEDESK_BUILD_DIR="${VALUEDESK_BUILD_DIR:-$VALUEDESK_ROOT/build}"
VALUEDESK_BUILD_TYPE="${VALUEDESK_BUILD_TYPE:-Release}"

# Debian 12 packages (see ../shared/toolchain.md for why each is here).
VALUEDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libxkbcommon-dev
    libeigen3-dev libxlsxwriter-dev libminizip-dev libnlopt-dev libnlopt-cxx-dev libuchardet-dev
    libsqlite3-dev
    xvfb xauth fonts-wqy-microhei poppler-utils imagemagick libreoffice-calc-nogui
    dpkg-dev file
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "Not a Debian/Ubuntu system: install the packages listed in scripts/common.sh yourself."
        return 0
    fi
    local missing=()
    local pkg
    for pkg in "${VALUEDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            log "Run as root or install sudo; missing: ${missing[*]}"
            return 1
        fi
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    # Configure only when there is no build tree yet (or the generator is missing): re-running
    # cmake on every call would make "nothing changed" slow.
    if [ ! -f "$VALUEDESK_BUILD_DIR/build.ninja" ]; then
        log "Configuring ($VALUEDESK_BUILD_TYPE) in $VALUEDESK_BUILD_DIR"
        # shellcheck disable=SC2086
        cmake -S "$VALUEDESK_ROOT" -B "$VALUEDESK_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE="$VALUEDESK_BUILD_TYPE" ${VALUEDESK_CMAKE_ARGS:-} >/dev/null
    fi
    log "Building"
    cmake --build "$VALUEDESK_BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
}
