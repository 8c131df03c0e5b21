/* kaynak-rejection.h: a suggestion the user rejected — a range of the
 * article, the words it covered and the words around them — kept in the file's optional
 * "rejected_suggestions" (docs/FORMAT.md) so the suggester never proposes
 * it again.  Immutable once made, so the undo history may share it.
 *
 * No GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_REJECTION (kaynak_rejection_get_type ())
G_DECLARE_FINAL_TYPE (KaynakRejection, kaynak_rejection, KAYNAK, REJECTION, GObject)

/* [@start, @end) in code points, @quote the text it covered, @prefix and
 * @suffix (may be NULL or "": a rejection of a file written before they
 * were kept) the text just before and after it, which tell this place
 * from the same words elsewhere when the article changed */
KaynakRejection *kaynak_rejection_new       (guint            start,
                                             guint            end,
                                             const char      *quote,
                                             const char      *prefix,
                                             const char      *suffix);
guint            kaynak_rejection_get_start (KaynakRejection *self);
guint            kaynak_rejection_get_end   (KaynakRejection *self);
const char      *kaynak_rejection_get_quote (KaynakRejection *self);
/* "" when not known */
const char      *kaynak_rejection_get_prefix (KaynakRejection *self);
const char      *kaynak_rejection_get_suffix (KaynakRejection *self);
/* "start-end": what the undo history knows it by (a range is rejected at
 * most once) */
const char      *kaynak_rejection_get_id    (KaynakRejection *self);

G_END_DECLS
