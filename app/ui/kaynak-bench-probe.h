/* kaynak-bench-probe.h: what the window benchmark (app/bench/kaynak-ui-bench.c)
 * reads from a running `kaynak`, where the user stops the clock.
 *
 * Off unless the environment names a file in KAYNAK_BENCH_PROBE; then
 * the window appends to it, from its frame clock's "after-paint" (the
 * frame has been drawn and handed to the display), one line per event:
 *
 *   open PAINT_US CPU_US CLAIMS
 *     the first painted frame in which the document is shown, the text
 *     it shows has its highlights and the claim list holds every claim;
 *   key KEYVAL EVENT_MS ARRIVAL_US PAINT_US CPU_ARRIVAL_US CPU_PAINT_US
 *     the first frame painted after a key press (not a modifier) reached
 *     the window: the X server's time of the event, when GTK delivered it
 *     and when the frame that followed was painted.
 *
 * Times ending in _US are CLOCK_MONOTONIC microseconds (g_get_monotonic_time(),
 * the clock the benchmark reads in its own process); CPU_ times are this
 * process's CPU time.  With KAYNAK_BENCH_PROBE_HOLD naming a FIFO, the
 * window stops after writing the "open" line until a byte arrives on it,
 * so that a screenshot shows exactly that frame.  With
 * KAYNAK_BENCH_PROBE_CALLGRIND=1, under `valgrind --tool=callgrind
 * --instr-atstart=no`, each key's instructions from its arrival to the
 * frame painted after it are one callgrind dump, "key KEYVAL state
 * MODIFIERS" (kaynak-window-bench --callgrind runs it so).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-window.h"

G_BEGIN_DECLS

/* Does nothing unless KAYNAK_BENCH_PROBE is set */
void kaynak_bench_probe_attach (KaynakWindow *window);

G_END_DECLS
