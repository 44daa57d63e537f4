#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite with CTest.
# Extra arguments go to ctest (e.g. -L unit, -R tst_store, -LE slow).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages
configure_and_build

log_step "Testing"
cd "$BUILD_DIR"
exec ctest --output-on-failure --timeout 900 --parallel "$(nproc)" "$@"
