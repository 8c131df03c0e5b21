/* kaynak-bench-random.h: the benchmarks' one random number generator.
 *
 * xorshift64* from a fixed seed: every machine generates the same data,
 * so a figure in the README names data anyone can make again.  Each
 * benchmark is its own program, so the state is its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

static guint64 kaynak_bench_random_state = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

static inline guint32
kaynak_bench_random (void)
{
  kaynak_bench_random_state ^= kaynak_bench_random_state >> 12;
  kaynak_bench_random_state ^= kaynak_bench_random_state << 25;
  kaynak_bench_random_state ^= kaynak_bench_random_state >> 27;
  return (guint32) ((kaynak_bench_random_state * G_GUINT64_CONSTANT (0x2545f4914f6cdd1d)) >> 32);
}
