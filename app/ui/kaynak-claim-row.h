/* kaynak-claim-row.h: one row of the claim list: the quote, a chip with
 * the source's colour and name, and the status.  Rows are recycled by the
 * list view, so a row follows whatever claim it is bound to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM_ROW (kaynak_claim_row_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimRow, kaynak_claim_row, KAYNAK, CLAIM_ROW, GtkWidget)

GtkWidget   *kaynak_claim_row_new       (void);
/* @document and @claim may be NULL (unbinding).  Binding the claim and
 * document the row already has does nothing: the row follows its claim's
 * changes by itself */
void         kaynak_claim_row_bind      (KaynakClaimRow *self,
                                         KaynakDocument *document,
                                         KaynakClaim    *claim);
KaynakClaim *kaynak_claim_row_get_claim (KaynakClaimRow *self);

/* Tests only: how many times any row was bound to a claim it did not
 * already show, since the start, so that a test can check that a jump of
 * the list binds a screenful of rows, not the list, and that a new claim
 * fills its own row only (tests/test-ui-claim-list.c). */
guint        _kaynak_claim_row_get_n_binds (void);

/* The words a row and the details pane show for @claim: its quote, or a
 * claim in several pieces as its pieces' own words joined with " … "
 * (never the words between them); line breaks and tabs become spaces, so
 * rows stay one height.  Free with g_free(). */
char        *kaynak_claim_dup_shown_quote (KaynakClaim  *claim);

/* A small round swatch of a "#rrggbb" colour (also used by the source
 * filter and the sources dialog). */
GtkWidget   *kaynak_color_dot_new       (const char     *color);
void         kaynak_color_dot_set_color (GtkWidget      *dot,
                                         const char     *color);

G_END_DECLS
