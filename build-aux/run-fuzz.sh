#!/usr/bin/env bash
# run-fuzz.sh [SECONDS]: fuzz the file loader and the text decoder with
# libFuzzer under AddressSanitizer and UndefinedBehaviorSanitizer.
#
#   bash build-aux/run-fuzz.sh          # one minute
#   bash build-aux/run-fuzz.sh 36000    # ten hours
#
# Configures _build-fuzz with clang (-Dfuzzing=true), builds only the fuzz
# target, and runs it for SECONDS (default 60) on a copy of the seed corpus
# in tests/fuzz/corpus.  New interesting inputs are kept in
# _build-fuzz/corpus, so the next run starts from where this one ended.
# A finding (crash, leak, sanitizer report, timeout, out of memory) is
# written to _build-fuzz/findings/; keep the input as a regression test
# under tests/data/bad/.
#
# Needs clang and libclang-rt-14-dev (Debian 12); they are installed with
# apt-get when missing and running as root.
#
# Exit status, so that callers (run-tests.sh) can tell a finding from a
# fuzzer that could not run:
#   0   no finding in SECONDS
#   1   the fuzzer found a problem (inputs in _build-fuzz/findings/)
#   2   wrong arguments
#   3   meson setup or the build failed, or the target lacks a sanitizer
#   77  could not run here: clang or the libFuzzer runtime is missing and
#       cannot be installed (not root, no apt-get, or apt-get failed)
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

seconds=${1:-60}
case $seconds in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
build=_build-fuzz

need=()
command -v clang >/dev/null 2>&1 || need+=(clang)
# The libFuzzer runtime lives in libclang-rt-*-dev on Debian 12.
if command -v clang >/dev/null 2>&1; then
  rt=$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a 2>/dev/null || true)
  [ -f "$rt" ] || need+=(libclang-rt-14-dev)
else
  need+=(libclang-rt-14-dev)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "run-fuzz: installing ${need[*]}"
    if ! apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; then
      echo "run-fuzz: cannot run: apt-get could not install ${need[*]}" >&2
      exit 77
    fi
  else
    echo "run-fuzz: cannot run: needs ${need[*]} (as root: apt-get install ${need[*]})" >&2
    exit 77
  fi
fi

# -Dfuzzing=true does the rest (see meson.build): the whole build with
# -fsanitize=fuzzer-no-link, so libFuzzer sees the core's branches, and
# with ASan and UBSan; only the fuzz target links the fuzzer's main().
setup=(-Dfuzzing=true -Dbuildtype=debugoptimized)
if [ -f "$build/meson-private/coredata.dat" ]; then
  meson setup --reconfigure "$build" "${setup[@]}" >"$build.setup.log" 2>&1 ||
    { cat "$build.setup.log"; exit 3; }
else
  rm -rf "$build"
  CC=clang meson setup "$build" "${setup[@]}" >"$build.setup.log" 2>&1 ||
    { cat "$build.setup.log"; exit 3; }
fi
rm -f "$build.setup.log"
ninja -C "$build" tests/fuzz/fuzz-load || exit 3

# A fuzzer without the sanitizers would run and find next to nothing:
# make sure the option really brought them in.
symbols=$(nm "$build/tests/fuzz/fuzz-load" 2>/dev/null || true)
for symbol in __asan_report_load __ubsan_handle_; do
  if [[ $symbols != *"$symbol"* ]]; then
    echo "run-fuzz: $build/tests/fuzz/fuzz-load lacks $symbol: not built with ASan and UBSan" >&2
    exit 3
  fi
done

mkdir -p "$build/corpus" "$build/findings" || exit 3
cp -n tests/fuzz/corpus/* "$build/corpus/" 2>/dev/null || true

# FUZZ_DETECT_LEAKS=0 turns libFuzzer's per-input leak check off (the test
# command does: in a short run it reported "indirect" leaks that no single
# input reproduces, i.e. state carried between inputs, which made CI flaky).
# Leaks stay checked deterministically: the fuzz-replay test runs every
# corpus input under ASan's leak checker and valgrind in run-tests.sh.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=${FUZZ_DETECT_LEAKS:-1}:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export G_SLICE=always-malloc
export G_DEBUG=gc-friendly

echo "run-fuzz: fuzzing for $seconds s (findings go to $build/findings/)"
status=0
"$build/tests/fuzz/fuzz-load" \
  -max_total_time="$seconds" \
  -max_len=65536 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -dict=tests/fuzz/fuzz.dict \
  -artifact_prefix="$build/findings/" \
  -print_final_stats=1 \
  -detect_leaks="${FUZZ_DETECT_LEAKS:-1}" \
  "$build/corpus" tests/fuzz/corpus || status=$?

# libFuzzer exits 77 on a finding (its -error_exitcode), the very code
# that says "could not run" to run-tests.sh: every finding leaves as 1.
if [ $status -ne 0 ]; then
  echo "run-fuzz: FOUND a problem (exit $status); inputs in $build/findings/:" >&2
  ls -l "$build/findings/" >&2 || true
  exit 1
fi
echo "run-fuzz: no finding in $seconds s"
