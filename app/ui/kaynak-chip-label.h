/* kaynak-chip-label.h: the source's name in a claim row's chip.
 *
 * Draws one line of text, ellipsized at the end, exactly as a GtkLabel
 * with xalign 0 would, but measures it from a cache of the sizes of the
 * texts it has laid out (by text and font): the rows of the claim list
 * show a few source names over and over, and a jump of the list binds
 * some 200 rows, each of which a GtkLabel would lay out again to measure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_CHIP_LABEL (kaynak_chip_label_get_type ())

G_DECLARE_FINAL_TYPE (KaynakChipLabel, kaynak_chip_label, KAYNAK, CHIP_LABEL, GtkWidget)

GtkWidget  *kaynak_chip_label_new      (void);
const char *kaynak_chip_label_get_text (KaynakChipLabel *self);
void        kaynak_chip_label_set_text (KaynakChipLabel *self,
                                        const char      *text);
/* How many times a text was laid out to be measured (tests) */
guint       _kaynak_chip_label_get_n_measured_layouts (void);

G_END_DECLS
