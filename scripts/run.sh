#!/usr/bin/env bash
# Installs what is missing, builds, and starts Private CA Manager on the embedded default store.
# Arguments are passed to the program (e.g. --data-dir DIR).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages
configure_and_build

if [ -x "$BUILD_DIR/app/privateca" ]; then
    exec "$BUILD_DIR/app/privateca" "$@"
elif [ -x "$BUILD_DIR/app/privateca-server" ]; then
    exec "$BUILD_DIR/app/privateca-server" "$@"
else
    echo "error: no executable was built" >&2
    exit 1
fi
