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
#include "kaynak-unknown.h"
#include "kaynak-field-values.h"

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

/* The scheme a new document starts with: one source, "Unattributed"
 * (id "unattributed", kind unattributed, key 1).  Returns (transfer full)
 * a GPtrArray of KaynakSource. */
GPtrArray          *kaynak_source_default_scheme  (void);

/* The least CIEDE2000 difference between any two palette colours painted
 * as highlights in either style, and between each and the text selection
 * (kaynak-color.h); tests/test-color.c holds the palette to it. */
#define KAYNAK_PALETTE_MIN_DISTANCE 10.0

/* How many colours the palette has (at least twelve) */
guint               kaynak_source_palette_size    (void);
/* The n-th palette colour, cycling when n is past its end */
const char         *kaynak_source_palette_color   (guint              n);
/* The n-th palette colour's name for people ("Crimson"), translated */
const char         *kaynak_source_palette_color_name (guint           n);
/* The index of @color in the palette (either case), or -1 */
int                 kaynak_source_palette_find    (const char        *color);
/* The palette colour that looks most unlike every colour in @used (a
 * NULL-terminated list of "#rrggbb", may be NULL): the colour for a new
 * source. */
const char         *kaynak_source_palette_pick    (const char * const *used);

/* A source id made from @label: lower-case ASCII letters and digits
 * joined by single hyphens, Turkish letters spelt without their marks
 * ("Dışişleri Bakanlığı" → "disisleri-bakanligi"), other accents dropped,
 * at most 48 characters; "source" when nothing is left.  Not unique on
 * its own: kaynak_document_dup_new_source_id() makes it so. */
char               *kaynak_source_slug_for_label  (const char        *label);

/* The order of Tag as…: sources with a key by key, then the others by use
 * (@uses_a, @uses_b: their numbers of claims), most used first; 0 for a
 * tie, which keeps the document's order in a stable sort. */
int                 kaynak_source_compare_for_tagging (KaynakSource  *a,
                                                       guint          uses_a,
                                                       KaynakSource  *b,
                                                       guint          uses_b);

/* Whether @folded (kaynak_text_fold()) is the label or an alias of
 * @source */
gboolean      kaynak_source_has_folded_name      (KaynakSource    *source,
                                                  const char      *folded);
/* Whether @a and @b have a name (label or alias) in common, folded: the
 * one test of "the same source" across documents and the library */
gboolean      kaynak_source_shares_name          (KaynakSource    *a,
                                                  KaynakSource    *b);

/* Other names as typed in one field, "ABD, Amerika Birleşik Devletleri":
 * split at commas (a comma cannot be in a name as it stands in an
 * article), trimmed, without empty ones, the label (NULL: none) or a
 * name given twice, in any case (kaynak_text_fold_equal()).  The Sources
 * dialog and the library's page both read the field this way. */
GStrv         kaynak_source_parse_aliases    (const char   *text,
                                              const char   *label);
/* The other names of @self as that field shows them, joined by ", " */
char         *kaynak_source_dup_aliases_text (KaynakSource *self);

/* The members of its file Kaynak does not know (kaynak-unknown.h), NULL
 * for none; kept through copies and edits, written back on save */
KaynakUnknown *kaynak_source_get_unknown (KaynakSource *self);
void           kaynak_source_set_unknown (KaynakSource *self,
                                          KaynakUnknown *unknown);

/* A codebook's field values on the source (issue 19;
 * kaynak_document_set_source_field() changes them undoably): NULL when
 * unset (transfer none).  The setters are for detached sources; @value is
 * copied, NULL unsets. */
JsonNode          *kaynak_source_get_field  (KaynakSource      *self,
                                             const char        *field_id);
void               kaynak_source_set_field  (KaynakSource      *self,
                                             const char        *field_id,
                                             JsonNode          *value);
KaynakFieldValues *kaynak_source_get_fields (KaynakSource      *self);
void               kaynak_source_set_fields (KaynakSource      *self,
                                             KaynakFieldValues *fields);

G_END_DECLS
