/* kaynak-file-private.h: what the native file's parts share, not API.
 *
 * Among themselves and with the drafts.  The tests' switches are in
 * kaynak-test-hooks.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kaynak-claims-reader.h"
#include "kaynak-codebook.h"
#include "kaynak-document.h"
#include "kaynak-field-values.h"
#include "kaynak-file.h"
#include "kaynak-json-guard.h"
#include "kaynak-json-reader.h"

G_BEGIN_DECLS

/* --- Parsing (kaynak-file-parse.c) ---------------------------------------- */

/* A Kaynak file parsed by json-glib.  The claims of a file are most of it,
 * and json-glib's tree of 100,000 claims is slow to build and to free (a
 * GHashTable per object, a node per value, all at once).  So the claims
 * array is cut out before parsing: the rest of the document is parsed as
 * one tree and each claim on its own, in turn, reusing memory that stays
 * in the cache (_kaynak_file_parse_claim()).  Files of any other shape
 * are parsed whole. */
typedef struct
{
  JsonParser     *parser;    /* the document; its "claims" is [] when split */
  const char     *data;      /* the JSON text (borrowed from the bytes) */
  gsize           length;
  GArray         *claims;    /* KaynakJsonSpan per claim in data, or NULL */
  gsize           tree_size; /* bytes of JSON in the parser's tree */
  KaynakJsonCount count;     /* values of the whole document */
  /* it has an integer json-glib cannot hold, so a negative number read
   * from it may be one (kaynak_json_guard_check_counted()) */
  gboolean        numbers_overflowed;
} KaynakParsedFile;

/* Checks @bytes raw (size, encoding, depth, the budgets of values) and
 * parses them, the claims cut out when they can be.  On failure @parsed
 * holds nothing and @error says why: SYNTAX in plain words with the line
 * and column, TOO_LARGE, TOO_DEEP, ENCODING. */
gboolean  _kaynak_file_parse          (GBytes                 *bytes,
                                       KaynakParsedFile       *parsed,
                                       GError                **error);
/* Parses claims[@i] of a file whose claims were cut out, with @parser
 * (reused from claim to claim: its root is the claim); a syntax error is
 * placed in the whole file. */
gboolean  _kaynak_file_parse_claim    (const KaynakParsedFile *parsed,
                                       JsonParser             *parser,
                                       guint                   i,
                                       GError                **error);
/* Frees what @parsed holds, now */
void      _kaynak_parsed_file_clear   (KaynakParsedFile       *parsed);
/* The same when the caller is done: a large tree is freed on a worker
 * thread (_kaynak_json_release()) */
void      _kaynak_parsed_file_release (KaynakParsedFile       *parsed);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KaynakParsedFile, _kaynak_parsed_file_clear)

/* The JSON tree of a Kaynak file as the loader parses it, behind the same
 * guard and budget, with its "claims" emptied when they could be cut out
 * (a draft's header is read this way: never all the claims at once). */
JsonNode *_kaynak_file_parse_without_claims (GBytes  *bytes,
                                             GError **error);

/* --- A claim's pieces, source and cue ranges (kaynak-file-spans.c) ------ */

/* Reads "pieces", "source_ranges" and "cue_ranges" of the claim @object
 * (claims[@index], at @where) onto @claim, which has its start, end,
 * quote, context and orphaned already; every rule checked, the message
 * naming the member.  @reader counts the three members only. */
gboolean _kaynak_file_read_claim_spans (const KaynakJsonReader *reader,
                                        JsonObject             *object,
                                        const KaynakJsonPath   *where,
                                        guint                   index,
                                        KaynakClaim            *claim,
                                        guint                   text_length,
                                        gboolean                text_changed,
                                        GError                **error);

/* The same from a claim read without a tree (kaynak-claims-reader.h):
 * FALSE, without an error, when a rule is broken; the claim is then read
 * through its tree and _kaynak_file_read_claim_spans() words the error */
gboolean _kaynak_file_set_claim_spans  (const KaynakClaimFields *fields,
                                        guint                    index,
                                        KaynakClaim             *claim,
                                        guint                    text_length,
                                        gboolean                 text_changed);
/* --- A claim as it is checked (kaynak-file-evidence.c) ------------------ */

/* Reads "checkable" and "evidence" of the claim @object (at @where) onto
 * @claim, every piece of evidence checked (kaynak_evidence_check()), the
 * message naming the member.  @reader counts the two members only. */
gboolean _kaynak_file_read_claim_checked (const KaynakJsonReader *reader,
                                          JsonObject             *object,
                                          const KaynakJsonPath   *where,
                                          KaynakClaim            *claim,
                                          GError                **error);
/* The two members of @claim's values, written only when there is one */
void     _kaynak_file_write_claim_checked (JsonObject            *object,
                                           const char            *checkable,
                                           const KaynakEvidenceList *evidence);

/* --- What a file of version 2 carries of a codebook (kaynak-file-codebook.c) */

/* "fields" of the claim or source @object (at @where): NULL in @values
 * when it has none; a value no field type could hold refused with its
 * path.  @reader counts the member only. */
gboolean _kaynak_file_read_field_values      (const KaynakJsonReader  *reader,
                                              JsonObject              *object,
                                              const KaynakJsonPath    *where,
                                              KaynakFieldValues      **values,
                                              GError                 **error);
/* "verdict" and "fields" of the claim @object onto @claim */
gboolean _kaynak_file_read_claim_codebook    (const KaynakJsonReader  *reader,
                                              JsonObject              *object,
                                              const KaynakJsonPath    *where,
                                              KaynakClaim             *claim,
                                              GError                 **error);
/* The same from a claim read without a tree (kaynak-claims-reader.h):
 * @verdict and @values (NULL: none) onto @claim when they keep the rules
 * above; FALSE, without an error, when not, for the tree's path to word
 * it.  @integers: a value is a whole number; @numbers_overflowed: the
 * file has one json-glib could not hold (KaynakJsonReader's) */
gboolean _kaynak_file_claim_codebook_from_text (const char              *verdict,
                                                KaynakFieldValues       *values,
                                                gboolean                 integers,
                                                gboolean                 numbers_overflowed,
                                                KaynakClaim             *claim);
/* The top's "codebook", given to @document as loaded (not recorded) */
gboolean _kaynak_file_read_document_codebook (const KaynakJsonReader  *reader,
                                              JsonObject              *root,
                                              KaynakDocument          *document,
                                              GError                 **error);
/* Each writes only what there is */
void     _kaynak_file_write_field_values     (JsonObject              *object,
                                              KaynakFieldValues       *values);
void     _kaynak_file_write_claim_codebook   (JsonObject              *object,
                                              const char              *verdict,
                                              KaynakFieldValues       *fields);
void     _kaynak_file_write_document_codebook (JsonObject             *root,
                                               KaynakCodebook         *codebook);

/* Frees @data with @destroy, on a worker thread when the JSON it came
 * from (or became) is @size bytes or more: json-glib's tree of a large
 * file takes about half as long to free as to build, and nothing waits
 * for it.  The loader's parsers and the serialiser's reference tree. */
void    _kaynak_json_release (gpointer       data,
                              GDestroyNotify destroy,
                              gsize          size);


/* --- What the codebook (kaynak-codebook.c) shares with the file --------- */

/* The whole of @file, refused by its type and size before it is read,
 * the error naming the file */
GBytes     *_kaynak_file_read_bytes     (GFile                   *file,
                                         GCancellable            *cancellable,
                                         GError                 **error);
/* The source objects of @array (the member "sources" of the root), with
 * every rule and message of a document's sources, appended to @sources */
gboolean    _kaynak_file_read_sources   (const KaynakJsonReader  *reader,
                                         JsonArray               *array,
                                         GPtrArray               *sources,
                                         GError                 **error);
/* A source object as a document writes it (kaynak-file-serialize.c) */
JsonObject *_kaynak_file_source_to_json (KaynakSource            *source);

/* kaynak-file-attribution.c (issue 19): a claim's "attribution" (a source
 * kind's id) and a source's "type", optional; read checked, with the
 * member's path in the message, and written only when set */
gboolean _kaynak_file_read_claim_attribution  (const KaynakJsonReader *reader,
                                               JsonObject             *object,
                                               const KaynakJsonPath   *where,
                                               KaynakClaim            *claim,
                                               GError                **error);
/* The fast path's (kaynak-claims-reader.h): @id NULL is none; FALSE when
 * it is no kind, for the slow path to say so */
gboolean _kaynak_file_claim_attribution_from_text (const char         *id,
                                                   KaynakClaim        *claim);
void     _kaynak_file_write_claim_attribution (JsonObject             *object,
                                               gboolean                set,
                                               guint                   kind);
gboolean _kaynak_file_read_source_type        (const KaynakJsonReader *reader,
                                               JsonObject             *object,
                                               const KaynakJsonPath   *where,
                                               KaynakSourceType       *type,
                                               GError                **error);
void     _kaynak_file_write_source_type       (JsonObject             *object,
                                               KaynakSource           *source);

G_END_DECLS
