# Shared set-up of scripts/run.sh and scripts/test.sh: install what is missing (Debian 12
# packages), configure and build. Quiet on success; on failure the log tail is printed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${PRIVATECA_BUILD_DIR:-$ROOT/build}"
LOG_DIR="$BUILD_DIR/logs"

# Everything the build, the app and the test suites need.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    postgresql-15
    libssl-dev openssl
    fonts-dejavu-core
    awscli python3-boto3 curl
)

log_step() { printf '==> %s\n' "$*"; }

run_logged() {
    # run_logged <log name> <command...>: silent unless the command fails.
    local name="$1"; shift
    mkdir -p "$LOG_DIR"
    if ! "$@" >"$LOG_DIR/$name.log" 2>&1; then
        echo "error: $name failed; last lines of $LOG_DIR/$name.log:" >&2
        tail -n 60 "$LOG_DIR/$name.log" >&2
        exit 1
    fi
}

install_missing_packages() {
    local missing=()
    local pkg
    for pkg in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return
    fi
    log_step "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    run_logged apt-update "${sudo[@]}" apt-get update -qq
    run_logged apt-install "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    mkdir -p "$BUILD_DIR"
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        log_step "Configuring ($BUILD_DIR)"
        run_logged configure cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRIVATECA_WERROR=ON "$@"
    fi
    log_step "Building"
    run_logged build cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
