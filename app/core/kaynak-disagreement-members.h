/* kaynak-disagreement-members.h: theirs' value of one member of a merge's
 * record, applied to the document (kaynak-document-disagreements.c is the
 * unit that reads the records and resolves them; this is how the members
 * beyond a claim's source, status, note, cues and place, and the members
 * Kaynak does not know, are taken from theirs).  Not API: only
 * kaynak-document-disagreements.c uses it.
 *
 * Each function applies one member through the document's own setter (so
 * it is checked as an edit by hand is) inside the caller's undo group, or
 * fails with KAYNAK_ERROR_INVALID and a message that names the member.
 * A member theirs did not have is given as NULL or a JSON null: the
 * member is cleared (no checkable sentence, no evidence, …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kaynak-document.h"
#include "kaynak-source.h"

G_BEGIN_DECLS

/* Member @name of @object (which may be NULL) as a whole number from 0
 * to G_MAXUINT: TRUE and *@out, else FALSE */
gboolean _kaynak_disagreement_uint_member         (JsonObject     *object,
                                                   const char     *name,
                                                   guint          *out);

/* Whether _kaynak_disagreement_take_claim_member() applies @name: the
 * members below, and every member Kaynak does not know */
gboolean _kaynak_disagreement_claim_member_takes  (const char     *name);
/* A claim's "pieces" (with its place: NULL or one piece is one range
 * @start–@end), "checkable", "evidence", "agreed_by", "source_ranges",
 * "cue_ranges", "verdict", "fields", "attribution", "author", or a member
 * Kaynak does not know (kept as its JSON text) */
gboolean _kaynak_disagreement_take_claim_member   (KaynakDocument *document,
                                                   const char     *id,
                                                   const char     *name,
                                                   JsonNode       *value,
                                                   KaynakUnknown  *raw,
                                                   GError        **error);
gboolean _kaynak_disagreement_take_claim_place    (KaynakDocument *document,
                                                   const char     *id,
                                                   JsonObject     *values,
                                                   GError        **error);

/* A source's members beyond those kaynak_document_update_source() takes
 * from a copy: "type" and "fields" (own steps, after the copy is applied)
 * and those Kaynak does not know (put in the copy @changes) */
gboolean _kaynak_disagreement_source_member_takes (const char     *name);
gboolean _kaynak_disagreement_take_source_unknown (KaynakSource   *changes,
                                                   const char     *name,
                                                   JsonNode       *value,
                                                   KaynakUnknown  *raw);
gboolean _kaynak_disagreement_take_source_member  (KaynakDocument *document,
                                                   const char     *id,
                                                   const char     *name,
                                                   JsonNode       *value,
                                                   GError        **error);

/* The members Kaynak does not know at @level (CLAIM, SOURCE, LINK or
 * METADATA) among the "members" of record @index of @records, the raw
 * JSON text of a "disagreements" list as the file wrote it: their values
 * exactly as written (json-glib would write 0.10 back as 0.1 and
 * "\u00e7" as "ç").  NULL when there are none. */
KaynakUnknown *_kaynak_disagreement_raw_members   (const char         *records,
                                                   guint               index,
                                                   KaynakUnknownLevel  level);
/* theirs' value of the member @name Kaynak does not know, as JSON text
 * for a KaynakUnknown (from @raw where it is there, else @value written
 * by json-glib); NULL: theirs had none, the member goes */
char    *_kaynak_disagreement_unknown_text        (KaynakUnknown  *raw,
                                                   const char     *name,
                                                   JsonNode       *value);

G_END_DECLS
