/* kaynak-format-csv.c: the JSONL columns as CSV (RFC 4180: comma
 * separated, CRLF line ends, fields with a comma, quote or line break in
 * double quotes with quotes doubled; also fields that start or end with a
 * space), UTF-8.  Offsets are code points.
 *
 * Two flavours: plain, exact for scripts (every cell as it is), and for
 * spreadsheet programs (csv_spreadsheet): a byte order mark so that they
 * detect UTF-8, and a single quote before every cell that starts with
 * =, +, -, @, a tab or a carriage return, which a spreadsheet would
 * otherwise take for a formula ("=HYPERLINK(…)" in an article is data,
 * not a command).  The quote shows the cell as text, as OWASP advises.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-csv.h"
#include "kaynak-document-attribution.h"
#include "kaynak-format-private.h"

static const char header[] =
  "document_id,document_path,title,url,outlet,published,language,"
  "author,retrieved,archived_url,"
  "claim_id,start,end,quote,prefix,"
  "suffix,sentence,source_id,source_label,source_kind,status,note,links,pieces,pieces_quote,"
  "source_ranges,source_words,cue_ranges,cue_words,checkable,evidence";

/* The header waits for the first article: a codebook's verdict and field
 * columns follow its definitions (kaynak-format-codebook.c).  The writer's
 * data is those columns once the header is out. */
static gboolean
write_header (KaynakExportWriter *writer,
              KaynakDocument     *columns,
              GError            **error)
{
  g_autoptr(GString) line = g_string_new_len (header, sizeof header - 1);

  if (columns != NULL)
    {
      KaynakCsvColumns *codebook = kaynak_csv_columns_new (columns);

      kaynak_format_append_codebook_csv_header (line, codebook);
      writer->data = codebook;
      writer->data_free = (GDestroyNotify) kaynak_csv_columns_free;
    }
  g_string_append (line, "\r\n");
  return kaynak_format_write (writer, line->str, line->len, error);
}

/* The cell itself is kaynak-csv.c's, shared with the statistics */
static void
append_field_len (GString    *out,
                  const char *value,
                  gsize       length,
                  gboolean    spreadsheet,
                  gboolean    last)
{
  kaynak_csv_append_field (out, value, (gssize) length, spreadsheet, last);
}

static void
append_field (GString    *out,
              const char *value,
              gboolean    spreadsheet,
              gboolean    last)
{
  append_field_len (out, value ? value : "", value ? strlen (value) : 0, spreadsheet, last);
}

static gboolean
csv_begin (KaynakExportWriter *writer,
           GError            **error)
{
  if (writer->options.csv_spreadsheet && !kaynak_format_write (writer, "\xEF\xBB\xBF", 3, error))
    return FALSE;
  return TRUE;
}

static gboolean
csv_finish (KaynakExportWriter *writer,
            GError            **error)
{
  /* no article: the header alone, as before */
  if (writer->data == NULL)
    return write_header (writer, NULL, error);
  return TRUE;
}

static gboolean
csv_add (KaynakExportWriter *writer,
         KaynakDocument     *document,
         GError            **error)
{
  g_autoptr(KaynakFormatDoc) doc = kaynak_format_doc_new (writer, document);
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  /* the writer's buffer, reused from document to document */
  GString *out = kaynak_format_reset_buffer (writer);
  gboolean sheet = writer->options.csv_spreadsheet;

  if (writer->data == NULL && !write_header (writer, document, error))
    return FALSE;

  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
      gsize sentence_length;
      const char *sentence = kaynak_format_doc_sentence_bytes (doc, claim, &sentence_length);
      g_autofree char *links = kaynak_format_links_string (kaynak_format_doc_links (doc, claim));
      char start[16], end[16];

      g_snprintf (start, sizeof start, "%u", kaynak_claim_get_start (claim));
      g_snprintf (end, sizeof end, "%u", kaynak_claim_get_end (claim));
      append_field (out, kaynak_format_document_id (document), sheet, FALSE);
      append_field (out, doc->path, sheet, FALSE);
      append_field (out, kaynak_document_get_title (document), sheet, FALSE);
      append_field (out, kaynak_document_get_url (document), sheet, FALSE);
      append_field (out, kaynak_document_get_outlet (document), sheet, FALSE);
      append_field (out, kaynak_document_get_published (document), sheet, FALSE);
      append_field (out, kaynak_document_get_language (document), sheet, FALSE);
      append_field (out, kaynak_document_get_article_author (document), sheet, FALSE);
      append_field (out, kaynak_document_get_retrieved (document), sheet, FALSE);
      append_field (out, kaynak_document_get_archived_url (document), sheet, FALSE);
      append_field (out, kaynak_claim_get_id (claim), sheet, FALSE);
      append_field (out, start, sheet, FALSE);
      append_field (out, end, sheet, FALSE);
      append_field (out, kaynak_claim_get_quote (claim), sheet, FALSE);
      append_field (out, kaynak_claim_get_prefix (claim), sheet, FALSE);
      append_field (out, kaynak_claim_get_suffix (claim), sheet, FALSE);
      append_field_len (out, sentence, sentence_length, sheet, FALSE);
      append_field (out, source ? kaynak_source_get_id (source) : NULL, sheet, FALSE);
      append_field (out, source ? kaynak_source_get_label (source) : NULL, sheet, FALSE);
      /* how this claim is attributed: its own, else its source's kind */
      append_field (out, kaynak_document_claim_attribution_id (document, claim), sheet, FALSE);
      append_field (out, kaynak_claim_status_to_id (kaynak_claim_get_status (claim)), sheet, FALSE);
      append_field (out, kaynak_claim_get_note (claim), sheet, FALSE);
      append_field (out, links, sheet, FALSE);
      /* the pieces and where the source and cue stand, last, so that the
       * columns before keep their places (kaynak-format-pieces.c) */
      {
        g_autofree char *pieces = kaynak_format_pieces_string (claim);
        g_autofree char *pieces_quote = kaynak_format_pieces_quote (claim);
        g_autofree char *source_ranges = NULL;
        g_autofree char *source_words = kaynak_format_ranges_quote (claim, FALSE);
        g_autofree char *cue_ranges = NULL;
        g_autofree char *cue_words = kaynak_format_ranges_quote (claim, TRUE);
        const KaynakRange *ranges;
        guint n;

        ranges = kaynak_claim_get_source_ranges (claim, &n);
        source_ranges = kaynak_format_ranges_string (ranges, n);
        ranges = kaynak_claim_get_cue_ranges (claim, &n);
        cue_ranges = kaynak_format_ranges_string (ranges, n);
        append_field (out, pieces, sheet, FALSE);
        append_field (out, pieces_quote, sheet, FALSE);
        append_field (out, source_ranges, sheet, FALSE);
        append_field (out, source_words, sheet, FALSE);
        append_field (out, cue_ranges, sheet, FALSE);
        append_field (out, cue_words, sheet, FALSE);
      }
      /* the claim as it is checked, after them for the same reason */
      {
        g_autofree char *evidence = kaynak_format_evidence_text (claim);

        append_field (out, kaynak_claim_get_checkable_or_quote (claim), sheet, FALSE);
        append_field (out, evidence, sheet, TRUE);
      }
      /* the codebook's verdict and fields, after everything else; the row
       * ends here */
      g_string_truncate (out, out->len - 2);
      kaynak_format_append_codebook_csv_row (out, writer->data, document, claim, source, sheet);
      g_string_append (out, "\r\n");
    }

  if (!kaynak_format_write (writer, out->str, out->len, error))
    return FALSE;
  writer->n_claims += claims->len;
  return TRUE;
}

const KaynakExporter kaynak_format_csv = {
  .name = "csv",
  .label = N_("CSV, one claim per row"),
  .extension = ".csv",
  .mime_type = "text/csv",
  .kind = KAYNAK_EXPORT_DATASET,
  .begin = csv_begin,
  .add = csv_add,
  .finish = csv_finish,
};
