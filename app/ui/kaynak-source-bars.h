/* kaynak-source-bars.h: a bar chart of claims per source, each bar in its
 * source's colour with the source's name and its number of claims.
 *
 * Drawn with GtkSnapshot: text and the axis take the style's foreground
 * colour, so the chart follows the light and the dark style, and nothing
 * is a bitmap, so it is crisp at any scale.  For screen readers it is an
 * image named "Claims per source" whose description says every number
 * ("Ukrayna: 4 claims. Beyaz Saray: 1 claim."), the colour never being
 * the only carrier.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-sourcing-stats.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SOURCE_BARS (kaynak_source_bars_get_type ())

G_DECLARE_FINAL_TYPE (KaynakSourceBars, kaynak_source_bars, KAYNAK, SOURCE_BARS, GtkWidget)

GtkWidget  *kaynak_source_bars_new             (void);
/* Shows @stats' rows (copied; NULL shows nothing) */
void        kaynak_source_bars_set_stats       (KaynakSourceBars    *self,
                                                KaynakSourcingStats *stats);
/* What the chart tells a screen reader, as its accessible description */
const char *kaynak_source_bars_get_description (KaynakSourceBars    *self);

G_END_DECLS
