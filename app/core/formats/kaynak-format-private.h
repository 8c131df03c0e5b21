/* kaynak-format-private.h: what the format files share: the writer's
 * insides and small helpers for escaping, naming and rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kaynak-export.h"
#include "kaynak-output-folder.h"
#include "kaynak-sentence.h"

G_BEGIN_DECLS

struct _KaynakExportWriter
{
  const KaynakExporter *exporter;
  /* deep copies of the caller's options */
  KaynakExportOptions   options;
  char                 *fact_checker_name;
  char                 *fact_checker_url;

  GOutputStream        *stream;   /* dataset exporters */
  GFile                *folder;   /* per-document exporters… */
  KaynakOutputFolder   *output_folder;  /* …which write there through this */
  GHashTable           *stems;    /* stems used in the folder so far */

  GString              *buffer;   /* reused for each document's output */

  gpointer              data;     /* the format's own state */
  GDestroyNotify        data_free;

  guint                 n_documents;
  guint                 n_claims;
  guint                 n_skipped;
  guint                 n_files;
  /* claims in pieces written as their covering range (doccano) */
  guint                 n_widened;
};

/* The exporters and importers, one per format file */
extern const KaynakExporter kaynak_format_jsonl;
extern const KaynakExporter kaynak_format_doccano;
extern const KaynakExporter kaynak_format_csv;
extern const KaynakExporter kaynak_format_w3c;
extern const KaynakExporter kaynak_format_brat;
extern const KaynakExporter kaynak_format_conll;
extern const KaynakExporter kaynak_format_claimreview;
extern const KaynakExporter kaynak_format_html;

GPtrArray *kaynak_import_doccano (GFile *file, GCancellable *cancellable, GError **error);
GPtrArray *kaynak_import_brat    (GFile *file, GCancellable *cancellable, GError **error);
/* One brat article from its files, as kaynak-brat-files.c paired them:
 * @visual_conf may be NULL; @given is the file the user named, which
 * messages name first; @report (may be NULL) has what was made added to
 * it (kaynak-brat-files.h). */
struct _KaynakBratReport;
GPtrArray *kaynak_import_brat_pair (GFile        *txt,
                                    GFile        *ann,
                                    GFile        *visual_conf,
                                    GFile        *given,
                                    struct _KaynakBratReport *report,
                                    GCancellable *cancellable,
                                    GError      **error);
/* Appends the brat offsets of @n ranges (@bounds: start, end, start,
 * end… in code points of @chars) to @spans ("S E;S E") and their text to
 * @text, fragments joined by a space: each range split at line breaks,
 * which a brat span may not hold.  Nothing for ranges of line breaks only. */
void       kaynak_format_brat_append_span (GString        *spans,
                                           GString        *text,
                                           const gunichar *chars,
                                           const guint    *bounds,
                                           guint           n);
/* The brat export's attribution style (kaynak-format-brat-attribution.c),
 * which kaynak-format-brat.c hands over to when the options ask for it */
gboolean   kaynak_format_brat_attribution_begin  (KaynakExportWriter *writer,
                                                  GError            **error);
gboolean   kaynak_format_brat_attribution_add    (KaynakExportWriter *writer,
                                                  KaynakDocument     *document,
                                                  GError            **error);
gboolean   kaynak_format_brat_attribution_finish (KaynakExportWriter *writer,
                                                  GError            **error);
/* Whether @data (an annotation.conf) is the attribution style's */
gboolean   kaynak_format_brat_is_attribution_conf (const char *data);
/* Labels and colours (type → string) from the text of a brat visual.conf */
void       kaynak_format_brat_parse_visual_conf (const char *data,
                                                 gsize       length,
                                                 GHashTable *labels,
                                                 GHashTable *colors);
GPtrArray *kaynak_import_w3c     (GFile *file, GCancellable *cancellable, GError **error);
/* The same, and @report (optional) receives what re-anchoring did: claims
 * moved or found edited (n_reanchored), kept as orphans (n_orphaned), one
 * message each with the annotation's JSON path. */
GPtrArray *kaynak_import_w3c_with_report (GFile             *file,
                                          KaynakLoadReport **report,
                                          GCancellable      *cancellable,
                                          GError           **error);

/* The writer's output buffer, emptied */
GString   *kaynak_format_reset_buffer (KaynakExportWriter *writer);
/* Writes all of @text to the writer's stream. */
gboolean   kaynak_format_write        (KaynakExportWriter *writer,
                                       const char         *text,
                                       gsize               length,
                                       GError            **error);
/* A unique file stem in the writer's folder for @document (adds "-2",
 * "-3"… when two documents would share one). */
char      *kaynak_format_unique_stem  (KaynakExportWriter *writer,
                                       KaynakDocument     *document);
/* Writes @contents atomically to @name inside the writer's folder, as a
 * regular file and never through a link (kaynak-output-folder.h). */
gboolean   kaynak_format_write_file   (KaynakExportWriter *writer,
                                       const char         *name,
                                       const char         *contents,
                                       gsize               length,
                                       GError            **error);

/* Appends @s as a JSON string literal (with quotes).  UTF-8 is kept as it
 * is; quotes, backslashes and control characters are escaped. */
void       kaynak_json_append_string  (GString *out, const char *s);
void       kaynak_json_append_len     (GString *out, const char *s, gsize length);
/* The same, also safe to paste inside an HTML <script> element: "<", ">"
 * and "&" become \u003c, \u003e and \u0026 (so no "</script>" or "<!--"
 * can end or change the element), U+2028 and U+2029 become \u2028 and
 * \u2029 (line terminators to older JavaScript parsers).  JSON parsers
 * read the same string either way. */
void       kaynak_json_append_len_script_safe (GString *out, const char *s, gsize length);
/* Appends @s escaped for HTML text and attribute values (& < > " '). */
void       kaynak_html_append_escaped (GString *out, const char *s, gssize length);

/* A small pretty-printing JSON emitter (two-space indentation, keys in the
 * order given) that appends to a GString the caller may flush and empty at
 * any point: formats stream large collections with it instead of building
 * a json-glib tree. */
#define KAYNAK_JSON_MAX_DEPTH 32

typedef struct
{
  GString  *out;
  guint     depth;
  gboolean  empty[KAYNAK_JSON_MAX_DEPTH];  /* nothing written yet at that depth */
  gboolean  script_safe;  /* strings as kaynak_json_append_len_script_safe() */
} KaynakJson;

void kaynak_json_init         (KaynakJson *json, GString *out);
/* Every key and string from now on safe inside an HTML <script> element */
void kaynak_json_set_script_safe (KaynakJson *json, gboolean script_safe);
/* @key NULL inside arrays and for the root */
void kaynak_json_begin_object (KaynakJson *json, const char *key);
void kaynak_json_end_object   (KaynakJson *json);
void kaynak_json_begin_array  (KaynakJson *json, const char *key);
void kaynak_json_end_array    (KaynakJson *json);
void kaynak_json_string       (KaynakJson *json, const char *key, const char *value);
/* leaves the member out when @value is NULL or "" */
void kaynak_json_nonempty     (KaynakJson *json, const char *key, const char *value);
void kaynak_json_uint         (KaynakJson *json, const char *key, guint value);
/* @literal written as it is: a number or a JSON value already serialised */
void kaynak_json_raw          (KaynakJson *json, const char *key, const char *literal);

/* The path a dataset records for @document ("" when it has no file). */
char      *kaynak_format_document_path (KaynakExportWriter *writer,
                                        KaynakDocument     *document);
/* The document id datasets record: the SHA-256 of the article text. */
const char *kaynak_format_document_id  (KaynakDocument *document);

/* Claims to export, in document order: everything but orphans.  Counts
 * the orphans as skipped.  (transfer container) */
GPtrArray *kaynak_format_export_claims (KaynakExportWriter *writer,
                                        KaynakDocument     *document);

/* A type name brat (and CoNLL tags) accept: ASCII letters, digits and
 * underscores, starting with a letter; Turkish letters transliterated
 * ("Dışişleri Bakanlığı" → "Disisleri_Bakanligi").  "Claim" for NULL. */
char      *kaynak_format_safe_type_name (const char *label);
/* TRUE when @name is such a name */
gboolean   kaynak_format_is_safe_type_name (const char *name);
/* The brat relation name of a link type: its id with "_" for "-"
 * ("responds_to") */
char      *kaynak_format_relation_name  (KaynakLinkType type);

/* The type names of one export run (brat types, CoNLL tags): one name per
 * source label across every document of the run, so that one name never
 * means two sources and one source never gets two names.  First come,
 * first served: a label gets its safe name, or "_2", "_3"… when another
 * label has it already.  "Claim" (claims without a source), "Status",
 * "AnnotatorNotes" and the relation names are reserved: brat's
 * annotation.conf declares them beside the entity types. */
typedef struct _KaynakTypeNames KaynakTypeNames;

KaynakTypeNames *kaynak_type_names_new    (void);
void             kaynak_type_names_free   (KaynakTypeNames *names);
/* The name of @label (a source's label), given now if it has none yet.
 * Labels are compared exactly: two labels that brat would show alike
 * ("A\nB", "A B") get two names, so that each comes back as it was. */
const char      *kaynak_type_names_get    (KaynakTypeNames *names,
                                           const char      *label);
/* Records a name given by an earlier run (read back from its
 * annotation.conf and visual.conf): @name keeps meaning @label.  FALSE
 * when @name is reserved or taken, or @label has a name already. */
gboolean         kaynak_type_names_take   (KaynakTypeNames *names,
                                           const char      *name,
                                           const char      *label);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakTypeNames, kaynak_type_names_free)

/* Appends @text with every character Python's str.splitlines() breaks at
 * (\n, \r, \v, \f, \x1c–\x1e, U+0085, U+2028, U+2029) and tabs as one
 * space each: brat reads its files a line at a time that way. */
void       kaynak_format_append_one_line (GString *out, const char *text);
/* A source label as brat's visual.conf shows it: on one line (as above),
 * trimmed, '|' (which brat reads as a separator) as '¦'.  Newly
 * allocated.  Kaynak keeps the exact label beside it (brat export). */
char      *kaynak_format_one_line_label  (const char *label);
/* TRUE for the characters kaynak_format_append_one_line() replaces
 * except the tab: where Python, and so brat, ends a line. */
gboolean   kaynak_format_is_line_break   (gunichar c);

/* A name-based (version 5 style, SHA-1) UUID URN over @name, stable
 * across runs: "urn:uuid:…". */
char      *kaynak_format_uuid_urn      (const char *name);

/* @links (KaynakLink) as "type:from>to" strings joined by "; " */
char      *kaynak_format_links_string  (GPtrArray      *links);

/* What the row-based formats (JSONL, CSV) need of a document, computed
 * once per document. */
typedef struct
{
  KaynakDocument *document;
  gunichar       *text;       /* UCS-4 copy of the article */
  guint           length;     /* code points */
  GArray         *sentences;  /* KaynakSpan */
  char           *path;
  GHashTable     *links;      /* claim id → GPtrArray of KaynakLink */
} KaynakFormatDoc;

KaynakFormatDoc *kaynak_format_doc_new      (KaynakExportWriter *writer,
                                             KaynakDocument     *document);
void             kaynak_format_doc_free     (KaynakFormatDoc    *doc);
/* The sentence(s) holding the claim, as a pointer into the document's
 * text and a byte length */
const char      *kaynak_format_doc_sentence_bytes (KaynakFormatDoc *doc,
                                                   KaynakClaim     *claim,
                                                   gsize           *length);
/* The links touching the claim (transfer none; may be NULL) */
GPtrArray       *kaynak_format_doc_links    (KaynakFormatDoc    *doc,
                                             KaynakClaim        *claim);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakFormatDoc, kaynak_format_doc_free)

/* Helpers for importers */
/* Makes a claim over [start, end) with quote, prefix and suffix from the
 * document's text (not added). */
KaynakClaim *kaynak_format_new_claim   (KaynakDocument *document,
                                        const char     *id,
                                        guint           start,
                                        guint           end);
/* Reads all of @file, refusing it over @max_size bytes before reading. */
char        *kaynak_format_read_file   (GFile          *file,
                                        gsize           max_size,
                                        gsize          *length,
                                        GCancellable   *cancellable,
                                        GError        **error);
/* Parses one JSON value with the depth and encoding guard first.  @where
 * (e.g. "$.items") prefixes the parser's error messages when not NULL. */
JsonNode    *kaynak_format_parse_json  (const char     *data,
                                        gsize           length,
                                        const char     *where,
                                        GError        **error);
/* The same for line @line of a JSON Lines file, starting at byte @byte of
 * it: every message names that line (and no other). */
JsonNode    *kaynak_format_parse_json_line (const char *data,
                                            gsize       length,
                                            guint       line,
                                            gsize       byte,
                                            GError    **error);
/* @text for quoting in an error message, on one line: \n, \r and \t as
 * those two characters, other controls and line breaks as \uXXXX */
char        *kaynak_format_escape_for_message (const char *text);
/* Prefixes @error's message with "@file_name: " */
void         kaynak_format_prefix_error (GError       **error,
                                         GFile         *file);

/* --- Pieces, source and cue ranges in the exports (kaynak-format-pieces.c) */

/* "32 40;54 61": ranges as brat writes a span in pieces; "" for none */
char      *kaynak_format_ranges_string  (const KaynakRange *ranges,
                                         guint              n);
/* The claim's pieces the same way ("32 40" for one piece) */
char      *kaynak_format_pieces_string  (KaynakClaim       *claim);
/* The words of each piece joined by " … ", as the claim list shows them;
 * the quote for a claim of one piece */
char      *kaynak_format_pieces_quote   (KaynakClaim       *claim);
/* The words of a claim's source (@cue FALSE) or cue ranges, joined by
 * " … "; "" for none */
char      *kaynak_format_ranges_quote   (KaynakClaim       *claim,
                                         gboolean           cue);

/* --- A claim as it is checked in the exports (kaynak-format-evidence.c) -- */

/* ,"checkable":"…","evidence":[{"url":…,"archived":…,"date":…,"note":…}]
 * for a JSON Lines record: checkable is the sentence the user wrote, else
 * the quote; every piece of evidence has all four members ("" for none) */
void       kaynak_format_append_checked (GString           *out,
                                         KaynakClaim       *claim);
/* The evidence as one readable cell: one line per piece, "1. URL
 * (archived: URL) DATE: NOTE" with the parts there are; "" for none */
char      *kaynak_format_evidence_text  (KaynakClaim       *claim);
/* Appends to @claim's evidence the piece a W3C body with purpose
 * "linking" holds, as the export writes it (a SpecificResource whose
 * source is an http or https address); a body that is not, or a claim
 * that holds KAYNAK_EVIDENCE_MAX_ITEMS already, is left: a linking body
 * is anyone's, and losing a link is no loss of the claim.  An archived
 * copy or date that breaks the rules is left out, the rest kept. */
void       kaynak_format_w3c_read_evidence (JsonObject     *body,
                                            KaynakClaim    *claim);

/* --- A codebook's verdicts and fields in the exports
 * (kaynak-format-codebook.c).  Every function does nothing for a document
 * without a codebook, so that its exports stay as they were. ---------- */

/* TRUE when @document carries a verdict scale or fields */
gboolean   kaynak_format_has_codebook   (KaynakDocument    *document);
/* ,"verdict":"id","verdict_label":"…","fields":{…},"source_fields":{…}
 * for a JSON Lines record (values as the file holds them) */
void       kaynak_format_append_codebook_jsonl (GString        *out,
                                                KaynakDocument *document,
                                                KaynakClaim    *claim,
                                                KaynakSource   *source);
/* The CSV columns: verdict, verdict_label, then one per field, named
 * "field:ID" for claims' and "source_field:ID" for sources', then one
 * named the same way per field id the first article's claims or sources
 * hold a value of that its definitions no longer have (first met first;
 * the value written as the file keeps it) (header: a leading comma and
 * the names; row: the cells).  The columns are the first article's. */
typedef struct _KaynakCsvColumns KaynakCsvColumns;
KaynakCsvColumns *kaynak_csv_columns_new  (KaynakDocument   *document);
void              kaynak_csv_columns_free (KaynakCsvColumns *columns);
void       kaynak_format_append_codebook_csv_header (GString          *out,
                                                     KaynakCsvColumns *columns);
void       kaynak_format_append_codebook_csv_row    (GString          *out,
                                                     KaynakCsvColumns *columns,
                                                     KaynakDocument   *document,
                                                     KaynakClaim      *claim,
                                                     KaynakSource     *source,
                                                     gboolean          spreadsheet);
/* W3C bodies: the verdict and each field value, a TextualBody whose
 * "value" is the value's label, with purpose "classifying" and
 * "kaynak:term" (a term under the document's codebook) for a verdict, a
 * choice or yes/no, "describing" for numbers, dates, text and links; each
 * field's body says its "kaynak:field" */
void       kaynak_format_append_codebook_w3c (KaynakJson     *json,
                                              KaynakDocument *document,
                                              KaynakClaim    *claim);
/* The IRI of a term of @document's codebook: the verdict scale's
 * (@field_id NULL) or a field's, @value_id a verdict or choice id */
char      *kaynak_format_codebook_term  (KaynakDocument *document,
                                         const char     *field_id,
                                         const char     *value_id);
/* HTML: the fields of the claim and its source as a <dl class="fields">;
 * nothing when none is set */
void       kaynak_format_append_codebook_html (GString        *out,
                                               KaynakDocument *document,
                                               KaynakClaim    *claim,
                                               KaynakSource   *source);
/* brat: the fields brat can hold (yes/no as a binary attribute, one
 * choice as a multi-valued one) per claim, collected across a run for
 * annotation.conf; the rest of the fields as AnnotatorNotes text */
typedef struct _KaynakBratFields KaynakBratFields;
KaynakBratFields *kaynak_brat_fields_new    (void);
void              kaynak_brat_fields_free   (KaynakBratFields *fields);
/* Appends the claim's attribute lines (A…) and one AnnotatorNotes line
 * (#…) for the fields brat has no attribute for; @n_attr and @n_note are
 * the document's counters */
void              kaynak_brat_fields_append (KaynakBratFields *fields,
                                             GString          *ann,
                                             KaynakDocument   *document,
                                             KaynakClaim      *claim,
                                             guint             t_id,
                                             guint            *n_attr,
                                             guint            *n_note);
/* The [attributes] lines for annotation.conf */
void              kaynak_brat_fields_append_conf (KaynakBratFields *fields,
                                                  GString          *conf);
/* The attribute name of a field ("Verdict" is the scale's) */
char             *kaynak_brat_field_attribute (const char *field_id);

G_END_DECLS
