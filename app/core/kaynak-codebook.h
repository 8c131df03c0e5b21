/* kaynak-codebook.h: a team's codebook (docs/CODEBOOK.md).
 *
 * A codebook holds what a team agrees on before it annotates: its sources
 * with stable ids, its verdict scale and its fields (typed attributes on
 * claims or on sources).  It is read once, checked through the same guard
 * and reader as every Kaynak file, and never changed after: a team changes
 * a codebook by writing a new file, and kaynak_codebook_diff() says what
 * changed between two of them.
 *
 * Its hash (kaynak_codebook_get_hash()) is that of a canonical writing of
 * what it holds, not of the file's bytes, so that re-indenting a codebook
 * or reordering the members of its objects does not make every document
 * made with it say "the codebook changed".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KAYNAK_CODEBOOK_FORMAT_NAME    "kaynak-codebook"
#define KAYNAK_CODEBOOK_FORMAT_VERSION 1
/* The name that makes a codebook apply to a folder and its subfolders */
#define KAYNAK_CODEBOOK_FOLDER_NAME    "kaynak-codebook.json"

/* What a field may hold; the strings are those of the file */
typedef enum
{
  KAYNAK_FIELD_CHOICE,     /* "choice": one id of its choices */
  KAYNAK_FIELD_CHOICES,    /* "choices": several ids of its choices, each once */
  KAYNAK_FIELD_NUMBER,     /* "number": a number, within min and max when set */
  KAYNAK_FIELD_DATE,       /* "date": YYYY-MM-DD */
  KAYNAK_FIELD_TEXT,       /* "text": any string */
  KAYNAK_FIELD_LINK,       /* "link": an http or https address */
  KAYNAK_FIELD_YES_NO,     /* "yes-no": true or false */
} KaynakFieldType;

/* What a field describes */
typedef enum
{
  KAYNAK_FIELD_ON_CLAIM,   /* "claim" */
  KAYNAK_FIELD_ON_SOURCE,  /* "source" */
} KaynakFieldTarget;

/* One verdict of the scale, one choice of a field: an id that documents
 * store, a label people read, a description shown as help */
typedef struct
{
  char    *id;
  char    *label;
  char    *description;    /* "" when none */
  char    *color;          /* verdicts: #rrggbb; choices: NULL */
  gboolean has_rating;     /* verdicts: a rating value for ClaimReview */
  double   rating;
} KaynakCodebookValue;

typedef struct
{
  char              *id;
  char              *label;
  char              *description;   /* "" when none */
  KaynakFieldTarget  target;
  KaynakFieldType    type;
  GPtrArray         *choices;       /* KaynakCodebookValue; empty unless a choice type */
  gboolean           has_min, has_max;
  double             min, max;      /* numbers only */
} KaynakCodebookField;

#define KAYNAK_TYPE_CODEBOOK (kaynak_codebook_get_type ())
G_DECLARE_FINAL_TYPE (KaynakCodebook, kaynak_codebook, KAYNAK, CODEBOOK, GObject)

/* Reads a codebook from @bytes (the contents of a file).  Every problem is
 * reported with its JSON path ("fields[2].choices[0].id is missing"), and
 * a codebook of a newer version is refused with KAYNAK_ERROR_NEWER_VERSION. */
KaynakCodebook *kaynak_codebook_new_from_bytes (GBytes          *bytes,
                                                GError         **error);
KaynakCodebook *kaynak_codebook_new_from_file  (GFile           *file,
                                                GCancellable    *cancellable,
                                                GError         **error);

const char     *kaynak_codebook_get_id          (KaynakCodebook *self);
const char     *kaynak_codebook_get_name        (KaynakCodebook *self);
const char     *kaynak_codebook_get_description (KaynakCodebook *self);

/* "sha256:" and 64 hex digits of the canonical writing (see above) */
const char     *kaynak_codebook_get_hash        (KaynakCodebook *self);

/* KaynakSource, in the file's order (transfer none) */
GPtrArray      *kaynak_codebook_get_sources     (KaynakCodebook *self);

/* The verdict scale: KaynakCodebookValue in the file's order, best first
 * by convention (transfer none).  Empty when the codebook keeps Kaynak's
 * five statuses. */
GPtrArray      *kaynak_codebook_get_verdicts    (KaynakCodebook *self);
const KaynakCodebookValue *
                kaynak_codebook_find_verdict    (KaynakCodebook *self,
                                                 const char     *id);
/* The rating scale's best and worst values, when the scale has ratings */
gboolean        kaynak_codebook_get_rating_range (KaynakCodebook *self,
                                                  double         *best,
                                                  double         *worst);

/* KaynakCodebookField in the file's order (transfer none) */
GPtrArray      *kaynak_codebook_get_fields      (KaynakCodebook *self);
const KaynakCodebookField *
                kaynak_codebook_find_field      (KaynakCodebook *self,
                                                 const char     *id);

/* The file's words for a type and a target ("yes-no", "source") */
const char     *kaynak_field_type_to_string     (KaynakFieldType   type);
const char     *kaynak_field_target_to_string   (KaynakFieldTarget target);

/* Checks that @value may be the value of @field, KAYNAK_ERROR_INVALID
 * naming the field and what is wrong otherwise ("“Topic” has no choice
 * “sports”").  null is never a value: a field without a value is left out. */
gboolean        kaynak_codebook_field_check_value (const KaynakCodebookField *field,
                                                   JsonNode                  *value,
                                                   GError                   **error);

/* The codebook written canonically: two-space indentation, members in the
 * order docs/CODEBOOK.md gives, nothing the reader did not understand */
GBytes         *kaynak_codebook_to_bytes        (KaynakCodebook *self);

/* The kaynak-codebook.json that applies to @file: in its folder or the
 * nearest parent, not above @top (the folder the user opened; NULL: the
 * file's own folder only).  A symlinked codebook or one that is not a
 * regular file is not taken.  Returns (transfer full) or NULL. */
GFile          *kaynak_codebook_find_for_file   (GFile          *file,
                                                 GFile          *top);

/* --- What changed between two codebooks ------------------------------- */

typedef enum
{
  KAYNAK_CODEBOOK_VERDICT_REMOVED,
  KAYNAK_CODEBOOK_VERDICT_ADDED,
  KAYNAK_CODEBOOK_VERDICT_RENAMED,     /* same id, another label */
  KAYNAK_CODEBOOK_FIELD_REMOVED,
  KAYNAK_CODEBOOK_FIELD_ADDED,
  KAYNAK_CODEBOOK_FIELD_RETYPED,       /* same id, another type or target */
  KAYNAK_CODEBOOK_CHOICE_REMOVED,
  KAYNAK_CODEBOOK_CHOICE_ADDED,
  KAYNAK_CODEBOOK_SOURCE_REMOVED,
  KAYNAK_CODEBOOK_SOURCE_ADDED,
} KaynakCodebookChangeKind;

typedef struct
{
  KaynakCodebookChangeKind kind;
  char *id;          /* the verdict's, field's or source's id */
  char *choice;      /* CHOICE_*: the choice's id; else NULL */
  char *message;     /* a sentence for people, translated */
} KaynakCodebookChange;

void       kaynak_codebook_change_free (KaynakCodebookChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakCodebookChange, kaynak_codebook_change_free)

/* What a document made with @before meets when it is opened with @after:
 * KaynakCodebookChange in the order verdicts, fields (with their choices),
 * sources.  Descriptions and colours are not changes a document notices
 * and are not listed.  Empty when nothing that matters changed. */
GPtrArray *kaynak_codebook_diff (KaynakCodebook *before,
                                 KaynakCodebook *after);

G_END_DECLS
