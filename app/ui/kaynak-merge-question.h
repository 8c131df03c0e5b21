/* kaynak-merge-question.h: the question before merging sources: which of
 * the selected sources to keep.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

/* An AdwMessageDialog over @parent asking which of the sources @ids (two
 * or more, in the document's order) to keep, with a drop-down of them
 * ("Keep"), starting on the one with the most claims; responses "cancel"
 * and "merge".  Present it and connect to "response". */
GtkWidget  *kaynak_merge_question_new         (GtkWindow          *parent,
                                               KaynakDocument     *document,
                                               const char * const *ids);
/* The id of the source chosen to keep */
const char *kaynak_merge_question_get_keep_id (GtkWidget          *question);

G_END_DECLS
