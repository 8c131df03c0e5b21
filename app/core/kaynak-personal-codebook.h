/* kaynak-personal-codebook.h: the user's own codebook, edited in
 * Preferences: the sources of the source library plus a verdict scale and
 * fields (docs/CODEBOOK.md).
 *
 * The scale and the fields are kept in a codebook file without sources
 * beside the library, $XDG_DATA_HOME/kaynak/codebook.json, written whole
 * or not at all after every change; the sources stay the library's (one
 * home for them) and are added when the codebook is made
 * (kaynak_personal_codebook_make_codebook()).
 *
 * Every change is checked by writing the definitions out and reading them
 * back through kaynak_codebook_new_from_bytes(), so that Preferences can
 * never store a codebook the reader would refuse.  Ids of new verdicts,
 * fields and choices are made from their labels as sources' ids are
 * (kaynak_source_slug_for_label(), then "-2", "-3"…) and never change when
 * a label does: documents store them.
 *
 * Every change is one step of the codebook's own undo history
 * (kaynak_personal_codebook_undo()), which Preferences offers with Ctrl+Z
 * and an Undo toast.
 *
 * A file that cannot be read (broken JSON, a newer Kaynak, a refused
 * definition) is never written over, as the source library's is not: the
 * codebook is then empty, refuses every change with the reason, and is not
 * used for new documents, until the file is mended or moved away.
 *
 * GTK-free, like the rest of app/core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-codebook.h"
#include "kaynak-document.h"
#include "kaynak-source-library.h"

G_BEGIN_DECLS

/* The id a document records for a codebook made from Preferences */
#define KAYNAK_PERSONAL_CODEBOOK_ID        "personal"
/* Its file, beside the source library's library.json */
#define KAYNAK_PERSONAL_CODEBOOK_FILE_NAME "codebook.json"

#define KAYNAK_TYPE_PERSONAL_CODEBOOK (kaynak_personal_codebook_get_type ())

G_DECLARE_FINAL_TYPE (KaynakPersonalCodebook, kaynak_personal_codebook, KAYNAK, PERSONAL_CODEBOOK, GObject)

/* A codebook kept in @file whose sources are those of @library (may be
 * NULL: no sources); empty until kaynak_personal_codebook_load() */
KaynakPersonalCodebook *kaynak_personal_codebook_new         (GFile               *file,
                                                              KaynakSourceLibrary *library);
/* The user's: codebook.json in the folder of the default source library,
 * loaded the first time it is asked for (transfer none; lives as long as
 * the process) */
KaynakPersonalCodebook *kaynak_personal_codebook_get_default (void);

/* The codebook a new document takes when no folder's codebook and no
 * chosen one applies: the user's scale and fields (without the library's
 * sources, see below), when it has verdicts or fields and could be read;
 * else NULL (transfer full) */
KaynakCodebook *kaynak_personal_codebook_dup_for_new_document (void);

/* A new annotation (an article just opened, text just pasted) that no
 * folder's codebook and no chosen one applies to adopts the user's
 * codebook, its scale and fields (kaynak_document_use_codebook()); the
 * library's sources stay in the library, offered in Tag as… as before,
 * rather than filling every new document.  Not an undo step: the document
 * starts so.  FALSE, changing nothing, when @document has a codebook
 * already, has claims, or the user's codebook is empty or unreadable. */
gboolean      kaynak_personal_codebook_adopt_for_new   (KaynakDocument          *document,
                                                        GError                 **error);

GFile        *kaynak_personal_codebook_get_file       (KaynakPersonalCodebook  *self);
/* Reads the file: a file that does not exist is an empty codebook.  On
 * failure the codebook is empty and read-only, and the error is kept. */
gboolean      kaynak_personal_codebook_load           (KaynakPersonalCodebook  *self,
                                                       GError                 **error);
const GError *kaynak_personal_codebook_get_load_error (KaynakPersonalCodebook  *self);

/* The definitions as they are now: verdicts and fields as
 * kaynak_codebook_get_verdicts() and _get_fields() (transfer none, valid
 * until the next change) */
GPtrArray    *kaynak_personal_codebook_get_verdicts    (KaynakPersonalCodebook *self);
GPtrArray    *kaynak_personal_codebook_get_fields      (KaynakPersonalCodebook *self);
const KaynakCodebookValue *
              kaynak_personal_codebook_find_verdict    (KaynakPersonalCodebook *self,
                                                        const char             *id);
const KaynakCodebookField *
              kaynak_personal_codebook_find_field      (KaynakPersonalCodebook *self,
                                                        const char             *id);
gboolean      kaynak_personal_codebook_get_rating_range (KaynakPersonalCodebook *self,
                                                         double                 *best,
                                                         double                 *worst);
/* No verdicts and no fields: new documents keep Kaynak's five statuses */
gboolean      kaynak_personal_codebook_is_empty        (KaynakPersonalCodebook *self);

/* The codebook as the rest of Kaynak reads one: the library's sources,
 * the scale and the fields (transfer full) */
KaynakCodebook *kaynak_personal_codebook_make_codebook (KaynakPersonalCodebook  *self,
                                                        GError                 **error);

/* --- The verdict scale ---------------------------------------------------- */

/* A new verdict at the end of the scale; its id is made from @label.
 * @color: #rrggbb or NULL.  Returns the new id (newly allocated) or NULL. */
char     *kaynak_personal_codebook_add_verdict      (KaynakPersonalCodebook  *self,
                                                     const char              *label,
                                                     const char              *color,
                                                     GError                 **error);
/* The verdict @id's label, description, colour and rating become those of
 * @changes (its id is not read): one step, for an edit dialog */
gboolean  kaynak_personal_codebook_update_verdict   (KaynakPersonalCodebook    *self,
                                                     const char                *id,
                                                     const KaynakCodebookValue *changes,
                                                     GError                   **error);
gboolean  kaynak_personal_codebook_rename_verdict   (KaynakPersonalCodebook  *self,
                                                     const char              *id,
                                                     const char              *label,
                                                     GError                 **error);
gboolean  kaynak_personal_codebook_describe_verdict (KaynakPersonalCodebook  *self,
                                                     const char              *id,
                                                     const char              *description,
                                                     GError                 **error);
/* @color: #rrggbb, or NULL for none */
gboolean  kaynak_personal_codebook_recolor_verdict  (KaynakPersonalCodebook  *self,
                                                     const char              *id,
                                                     const char              *color,
                                                     GError                 **error);
/* Needs a rating scale (kaynak_personal_codebook_set_rating_range()) */
gboolean  kaynak_personal_codebook_set_verdict_rating (KaynakPersonalCodebook  *self,
                                                       const char              *id,
                                                       gboolean                 has_rating,
                                                       double                   rating,
                                                       GError                 **error);
/* To @position (0 is the best), the others moved along */
gboolean  kaynak_personal_codebook_move_verdict     (KaynakPersonalCodebook  *self,
                                                     const char              *id,
                                                     guint                    position,
                                                     GError                 **error);
gboolean  kaynak_personal_codebook_remove_verdict   (KaynakPersonalCodebook  *self,
                                                     const char              *id,
                                                     GError                 **error);
/* The scale's best and worst ratings; without a range (@has_range FALSE)
 * the verdicts' ratings go too, in the same step */
gboolean  kaynak_personal_codebook_set_rating_range (KaynakPersonalCodebook  *self,
                                                     gboolean                 has_range,
                                                     double                   best,
                                                     double                   worst,
                                                     GError                 **error);

/* --- Fields ----------------------------------------------------------------- */

/* Checks @field as kaynak_personal_codebook_set_field() would, without
 * changing anything: for a dialog to say what is wrong as it is filled */
gboolean  kaynak_personal_codebook_check_field      (KaynakPersonalCodebook     *self,
                                                     const char                 *id,
                                                     const KaynakCodebookField  *field,
                                                     GError                    **error);
/* Adds @field (@id NULL) or makes the field @id what @field says (label,
 * description, target, type, choices, min and max; its id is not read).
 * Choices with an id keep it; choices without one (NULL or "") get one
 * made from their label.  One step.  @new_id (may be NULL): the field's id,
 * newly allocated. */
gboolean  kaynak_personal_codebook_set_field        (KaynakPersonalCodebook     *self,
                                                     const char                 *id,
                                                     const KaynakCodebookField  *field,
                                                     char                      **new_id,
                                                     GError                    **error);
gboolean  kaynak_personal_codebook_move_field       (KaynakPersonalCodebook  *self,
                                                     const char              *id,
                                                     guint                    position,
                                                     GError                 **error);
gboolean  kaynak_personal_codebook_remove_field     (KaynakPersonalCodebook  *self,
                                                     const char              *id,
                                                     GError                 **error);

/* A field to fill in and give to _set_field(): a deep copy of @field, or
 * an empty one (NULL), and its free function */
KaynakCodebookField *kaynak_codebook_field_copy (const KaynakCodebookField *field);
void                 kaynak_codebook_field_free (KaynakCodebookField       *field);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakCodebookField, kaynak_codebook_field_free)
/* A choice appended to @field (id made when the field is set) */
void                 kaynak_codebook_field_add_choice (KaynakCodebookField *field,
                                                       const char          *label);

/* --- Undo ------------------------------------------------------------------- */

gboolean    kaynak_personal_codebook_can_undo       (KaynakPersonalCodebook *self);
/* What the next undo takes back, for people ("Add verdict “Doğru”"), or NULL */
const char *kaynak_personal_codebook_get_undo_label (KaynakPersonalCodebook *self);
gboolean    kaynak_personal_codebook_undo           (KaynakPersonalCodebook  *self,
                                                     GError                 **error);

G_END_DECLS
