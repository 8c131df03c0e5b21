#!/usr/bin/env bash
# run-tests.sh: install what is missing, build, and run every test twice:
#
#   1. _build       a normal debug build;
#   2. _build-asan  the same under AddressSanitizer and
#                   UndefinedBehaviorSanitizer.
#
# Both runs happen inside a headless X server (xvfb-run) with a private
# D-Bus session, so the UI tests drive real widgets without a desktop.
# Settings, recent files and caches go to a temporary folder: the tests
# never touch the user's own.  Extra arguments are passed to `meson test`
# in both runs, e.g.  bash build-aux/run-tests.sh --suite core
#
# Then the core tests once more under valgrind's memcheck, and a short
# fuzzing run of the loader (see the block near the end).
#
# Exits non-zero if any build, test or fuzz run fails, and ends with:
#   run-tests: N passed, N failed, N skipped
# (the totals over the debug, asan+ubsan and memcheck runs, plus the fuzz
# run as one test: skipped when clang or libFuzzer cannot be had).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

bash build-aux/setup-deps.sh

scratch=$(mktemp -d "${TMPDIR:-/tmp}/kaynak-tests.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/runtime"

# A clean, private environment for the tests.
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache"
# Every window writes drafts there: never into the real ~/.local/state
export XDG_STATE_HOME="$scratch/state"
export GSETTINGS_BACKEND=memory
export G_SLICE=always-malloc
unset WAYLAND_DISPLAY DISPLAY DBUS_SESSION_BUS_ADDRESS

# meson setup, or reconfigure an existing folder so new options apply.
# A folder left behind by a failed first setup has no coredata and is
# simply set up again.  The output is shown only when it fails.
configure () {
  local dir=$1
  shift
  local reconfigure=()
  [ -f "$dir/meson-private/coredata.dat" ] && reconfigure=(--reconfigure)
  if ! meson setup "${reconfigure[@]}" "$dir" "$@" >"$scratch/setup.log" 2>&1; then
    cat "$scratch/setup.log"
    return 1
  fi
}

# run_suite BUILD_DIR LOGBASE [meson test arguments...]
# Runs `meson test` in a fresh X server and session bus.  The schema of
# this build folder is used, so the UI finds its settings uninstalled.
run_suite () {
  local dir=$1 logbase=$2
  shift 2
  rm -f "$dir/meson-logs/$logbase.json"
  GSETTINGS_SCHEMA_DIR="$root/$dir/data" \
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    dbus-run-session -- \
    meson test -C "$dir" --no-rebuild --print-errorlogs --logbase "$logbase" "$@"
}

failures=()
built=()

# Results of an earlier run must not be counted in this one's summary.
rm -f _build/meson-logs/testlog.json _build/meson-logs/testlog-valgrind.json \
  _build-asan/meson-logs/testlog-asan.json _build-asan/meson-logs/testlog-asan-ui.json

# build_and_test NAME BUILD_DIR [meson setup options...] -- COMMAND
build_and_test () {
  local name=$1 dir=$2
  shift 2
  local setup_args=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    setup_args+=("$1")
    shift
  done
  [ $# -gt 0 ] && shift

  echo "run-tests: == $name build in $dir =="
  if ! configure "$dir" "${setup_args[@]}"; then
    failures+=("$name: meson setup failed")
    return 0
  fi
  if ! meson compile -C "$dir"; then
    failures+=("$name: build failed")
    return 0
  fi
  built+=("$dir")
  if ! "$@"; then
    failures+=("$name: tests failed")
  fi
}

plain_tests () {
  run_suite _build testlog "${test_args[@]}"
}

# Under the sanitizers every error stops the test with a stack trace.
# The 'data' suite only validates data files with system tools, so it
# runs once, in the debug build.
# Leak checking is on for everything but the UI and end-to-end suites:
# GTK, fontconfig and Mesa keep one-time allocations that LeakSanitizer
# reports as leaks and that are not ours to fix.  The timeouts are stretched because the
# instrumented build is a few times slower.
asan_tests () {
  local status=0
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  # The C tests' own waits (kaynak_test_run_until(), the UI tests' frames
  # and dialogs) get three times their deadlines, as the journeys do
  export KAYNAK_TEST_TIMEOUT_SCALE=3
  # fontconfig's configuration, loaded by poppler and cairo in the PDF
  # tests, lives as long as the process (build-aux/lsan.supp)
  LSAN_OPTIONS="suppressions=$PWD/build-aux/lsan.supp" \
  ASAN_OPTIONS="halt_on_error=1:print_stacktrace=1:detect_leaks=1" \
    run_suite _build-asan testlog-asan --timeout-multiplier 4 --no-suite ui --no-suite e2e \
      --no-suite data "${test_args[@]}" || status=1
  # The end-to-end journeys wait for each effect with deadlines: three
  # times longer ones for the instrumented binary
  ASAN_OPTIONS="halt_on_error=1:print_stacktrace=1:detect_leaks=0" \
  KAYNAK_E2E_TIMEOUT_SCALE=3 \
    run_suite _build-asan testlog-asan-ui --timeout-multiplier 4 --suite ui --suite e2e \
      "${test_args[@]}" || status=1
  return $status
}

test_args=("$@")

build_and_test "debug" _build -- plain_tests
build_and_test "asan+ubsan" _build-asan \
  -Db_sanitize=address,undefined -Db_lundef=false \
  -- asan_tests

# --- Robust helper's steps: memcheck on the core tests, then a bounded fuzz
# run of the loader.  Each runs only when its tool is installed; a finding
# fails the run like a failing test.
if command -v valgrind >/dev/null 2>&1 && [[ " ${built[*]} " == *" _build "* ]]; then
  echo "run-tests: == valgrind memcheck on the core tests in _build =="
  # meson names the log after the setup: testlog-valgrind.{txt,json}
  meson test -C _build --no-rebuild --print-errorlogs --setup valgrind --suite core ||
    failures+=("valgrind: a core test failed under memcheck (_build/meson-logs/testlog-valgrind.txt)")
fi
# The fuzz run counts as one test in the totals.  run-fuzz.sh installs
# clang and libFuzzer when it can; when it cannot (exit 77) the run is
# skipped, with its reason, rather than failed.
echo "run-tests: == fuzzing the loader for 60 s in _build-fuzz =="
fuzz_status=0
FUZZ_DETECT_LEAKS=0 bash build-aux/run-fuzz.sh 60 || fuzz_status=$?
case $fuzz_status in
  0)  fuzz_result=passed ;;
  77) fuzz_result=skipped
      echo "run-tests: fuzz run skipped: clang or libFuzzer is missing and could not be installed (see above)" >&2 ;;
  1)  fuzz_result=failed
      failures+=("fuzz: the fuzzer found a problem (inputs in _build-fuzz/findings/)") ;;
  *)  fuzz_result=failed
      failures+=("fuzz: the fuzzer could not be set up or built (run-fuzz.sh exit $fuzz_status)") ;;
esac
# --- End of the robust helper's steps.

# Count the results in meson's JSON logs (one object per test).
summary_status=0
summary=$(python3 - "$root" "$fuzz_result" <<'PY'
import json
import os
import sys

root = sys.argv[1]
fuzz_result = sys.argv[2]
logs = ['_build/meson-logs/testlog.json',
        '_build-asan/meson-logs/testlog-asan.json',
        '_build-asan/meson-logs/testlog-asan-ui.json',
        '_build/meson-logs/testlog-valgrind.json']
passed = failed = skipped = 0
for log in logs:
    path = os.path.join(root, log)
    if not os.path.exists(path):
        continue
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            entry = json.loads(line)
            result = entry.get('result', '')
            if result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
            else:
                failed += 1
                where = 'memcheck' if 'valgrind' in log else log.split('/')[0]
                print('run-tests: FAILED %s (%s) in %s'
                      % (entry.get('name'), result, where),
                      file=sys.stderr)
# The fuzz run, one test; its failure is already among the failures above.
if fuzz_result == 'passed':
    passed += 1
elif fuzz_result == 'skipped':
    skipped += 1
else:
    failed += 1
print('%d passed, %d failed, %d skipped' % (passed, failed, skipped))
sys.exit(1 if failed else 0)
PY
) || summary_status=1

for f in "${failures[@]}"; do
  echo "run-tests: $f" >&2
done
# The closing line stands alone as "N passed, N failed, N skipped" so CI
# reads it; what it sums is said on the line before.
echo "run-tests: totals over the debug, asan+ubsan, memcheck and fuzz runs:"
echo "run-tests: $summary"

if [ ${#failures[@]} -ne 0 ] || [ $summary_status -ne 0 ]; then
  exit 1
fi
