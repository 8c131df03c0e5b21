/* kaynak-source.h: who a claim comes from (a person, an institution,
 * "Kremlin silence", an unnamed official…).
 *
 * A KaynakSource is read-only to the outside: change it through
 * kaynak_document_update_source() so that the change is undoable and
 * signalled.  Property notifications are emitted on every change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kaynak-enums.h"
#include "kaynak-types.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SOURCE (kaynak_source_get_type ())

G_DECLARE_FINAL_TYPE (KaynakSource, kaynak_source, KAYNAK, SOURCE, GObject)

/* A new, detached source.  @id may be NULL for a fresh random id.
 * @color is "#rrggbb".  @shortcut is 1–9, or 0 for none. */
KaynakSource       *kaynak_source_new             (const char        *id,
                                                   const char        *label,
                                                   const char        *color,
                                                   guint              shortcut,
                                                   KaynakSourceKind   kind);
/* A deep copy, same id.  Used for undo snapshots and for editing. */
KaynakSource       *kaynak_source_copy            (KaynakSource      *self);

const char         *kaynak_source_get_id          (KaynakSource      *self);
const char         *kaynak_source_get_label       (KaynakSource      *self);
const char         *kaynak_source_get_color       (KaynakSource      *self);
guint               kaynak_source_get_shortcut    (KaynakSource      *self);
KaynakSourceKind    kaynak_source_get_kind        (KaynakSource      *self);
/* NULL-terminated, never NULL (may be empty) */
const char * const *kaynak_source_get_aliases     (KaynakSource      *self);
/* never NULL, may be "" */
const char         *kaynak_source_get_description (KaynakSource      *self);

/* Setters for detached sources (a copy being edited, or one not yet added
 * to a document).  Calling them on a source inside a document bypasses
 * undo; use kaynak_document_update_source() instead. */
void                kaynak_source_set_label       (KaynakSource      *self,
                                                   const char        *label);
void                kaynak_source_set_color       (KaynakSource      *self,
                                                   const char        *color);
void                kaynak_source_set_shortcut    (KaynakSource      *self,
                                                   guint              shortcut);
void                kaynak_source_set_kind        (KaynakSource      *self,
                                                   KaynakSourceKind   kind);
void                kaynak_source_set_aliases     (KaynakSource      *self,
                                                   const char * const *aliases);
void                kaynak_source_set_description (KaynakSource      *self,
                                                   const char        *description);
/* Copies every field but the id from @from. */
void                kaynak_source_assign          (KaynakSource      *self,
                                                   KaynakSource      *from);
gboolean            kaynak_source_equal           (KaynakSource      *a,
                                                   KaynakSource      *b);

/* TRUE if @color is "#rrggbb" (hex digits, either case). */
gboolean            kaynak_color_is_valid         (const char        *color);

/* The default scheme for a new document: a few generic sources with
 * shortcuts 1–6 and distinct colours.  Returns (transfer full) a
 * GPtrArray of KaynakSource. */
GPtrArray          *kaynak_source_default_scheme  (void);

/* A colour for the n-th source from a palette that reads well on light and
 * dark backgrounds, cycling when n is past its end. */
const char         *kaynak_source_palette_color   (guint              n);

G_END_DECLS
