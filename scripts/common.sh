# Shared set-up of scripts/run.sh and scripts/test.sh: install what is missing (Debian 12
# packages), configure and build. Quiet on success; on failure the log tail is printed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${PRIVATECA_BUILD_DIR:-$ROOT/build}"
LOG_DIR="$BUILD_DIR/logs"

# Everything the build, the app and the test suites need (fonts-wqy-microhei: Japanese and
# Chinese glyphs for the translated screens and their screenshots; qt6-translations-l10n:
# Qt's own texts, e.g. the wizard's buttons, in those languages).
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    postgresql-15
    libssl-dev openssl
    fonts-dejavu-core fonts-wqy-microhei
    awscli python3-boto3 python3-cryptography curl
    nginx-light
)
# What the sanitizer and fuzzing tree of scripts/test.sh needs besides.
SANITIZER_PACKAGES=(clang-14 libclang-rt-14-dev libfuzzer-14-dev)

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
    for pkg in "${PACKAGES[@]}" "$@"; do
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

# configure_and_build [cmake -D options...]: configures the main tree when it is new or when
# one of the options differs from its cache, then builds it.
configure_and_build() {
    mkdir -p "$BUILD_DIR"
    if [ ! -f "$BUILD_DIR/build.ninja" ] || ! cache_has "$BUILD_DIR" "$@"; then
        log_step "Configuring ($BUILD_DIR)"
        run_logged configure cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRIVATECA_WERROR=ON "$@"
    fi
    log_step "Building"
    run_logged build cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

# cache_has <build dir> [-DNAME=VALUE...]: whether the tree's CMake cache holds every value.
cache_has() {
    local dir="$1"; shift
    local option name value
    for option in "$@"; do
        option="${option#-D}"
        name="${option%%=*}"
        value="${option#*=}"
        grep -q "^${name}:[A-Z]*=${value}\$" "$dir/CMakeCache.txt" 2>/dev/null || return 1
    done
}

# The sanitizer tree, <build>/sanitize: clang with AddressSanitizer and UndefinedBehaviorSanitizer,
# the engine, server and hostile-traffic suites and the libFuzzer targets (no desktop app).
SANITIZER_DIR="$BUILD_DIR/sanitize"
configure_and_build_sanitizer_tree() {
    if [ ! -f "$SANITIZER_DIR/build.ninja" ]; then
        log_step "Configuring the sanitizer tree ($SANITIZER_DIR)"
        run_logged configure-sanitize cmake -S "$ROOT" -B "$SANITIZER_DIR" -G Ninja \
            -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DPRIVATECA_WERROR=ON \
            -DPRIVATECA_FUZZ=ON -DPRIVATECA_BUILD_GUI=OFF -DPRIVATECA_BUILD_BENCH=OFF
    fi
    log_step "Building the sanitizer tree"
    run_logged build-sanitize cmake --build "$SANITIZER_DIR" --parallel "$(nproc)"
}
