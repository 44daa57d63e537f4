#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite with CTest.
# Extra arguments go to ctest (e.g. -L unit, -R tst_store, -LE fuzz). One CTest run covers the
# main tree and the sanitizer tree (labels asan and fuzz).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages "${SANITIZER_PACKAGES[@]}"
configure_and_build -DPRIVATECA_EXTRA_TEST_TREE="$SANITIZER_DIR"
configure_and_build_sanitizer_tree

log_step "Testing"
cd "$BUILD_DIR"
exec ctest --output-on-failure --timeout 900 --parallel "$(nproc)" "$@"
