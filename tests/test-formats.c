/* test-formats.c: dataset exports and imports.
 *
 *  - golden files: every export of a fixture document built in code over
 *    the start of the seed article, compared byte for byte with
 *    tests/data/formats/golden/ (KAYNAK_REGENERATE_GOLDEN=1 rewrites them);
 *  - round trips: export → import gives the same claims, sources, offsets;
 *  - bad input: errors name the line or JSON path, nothing half-imported;
 *  - HTML escaping, the Turkish tokeniser and sentence rule as tables.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-document-private.h"
#include "kaynak-file-names.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"

/* The first two paragraphs of the seed article (data/samples). */
static const char article[] =
  "Rusya Devlet Başkanı Vladimir Putin haziranda Kuzey Kore’ye resmi ziyarette bulunmuş, "
  "taraflar arasında ‘kapsamlı stratejik ortaklık anlaşması’ imzalanmıştı. Ukrayna’dan 25 "
  "Ekim’de gelen açıklamada Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 "
  "Ekim’de konuşlandırılmasının planlandığı iddia edilmişti. Bunu ABD de doğrulamıştı. Beyaz "
  "Saray’dan aynı gün yapılan açıklamada Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla "
  "asker getirildiği ve bunların bazılarının muhtemelen Kursk bölgesine yerleştirildiği "
  "açıklanmıştı.\n\nKremlin ise konuyla ilgili yorum yapmadı.";

static guint
offset_of (const char *text,
           const char *needle)
{
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_pointer_to_offset (text, p);
}

static void
add_claim (KaynakDocument    *document,
           const char        *id,
           const char        *quote,
           const char        *source_id,
           KaynakClaimStatus  status,
           const char        *note)
{
  const char *text = kaynak_document_get_text (document);
  guint start = offset_of (text, quote);
  guint end = start + g_utf8_strlen (quote, -1);
  g_autoptr(KaynakClaim) claim = kaynak_claim_new (id, start, end);
  g_autofree char *prefix = kaynak_document_dup_slice (document, start > 32 ? start - 32 : 0, start);
  g_autofree char *suffix = kaynak_document_dup_slice (document, end, end + 32);
  g_autoptr(GError) error = NULL;

  kaynak_claim_set_quote (claim, quote);
  kaynak_claim_set_prefix (claim, prefix);
  kaynak_claim_set_suffix (claim, suffix);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_status (claim, status);
  kaynak_claim_set_note (claim, note);
  kaynak_claim_set_author (claim, "Ayşe Test");
  kaynak_claim_set_created (claim, "2026-11-29T10:00:00Z");
  kaynak_claim_set_modified (claim, "2026-11-29T11:30:00Z");
  g_assert_true (kaynak_document_add_claim (document, claim, &error));
  g_assert_no_error (error);
}

static void
add_source (KaynakDocument   *document,
            const char       *id,
            const char       *label,
            const char       *color,
            KaynakSourceKind  kind)
{
  g_autoptr(KaynakSource) source = kaynak_source_new (id, label, color, 0, kind);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_add_source (document, source, &error));
  g_assert_no_error (error);
}

#define C_UKRAYNA "6f0c2b1e-5d7a-4c1b-9a3e-000000000001"
#define C_SARAY   "6f0c2b1e-5d7a-4c1b-9a3e-000000000002"
#define C_ASKER   "6f0c2b1e-5d7a-4c1b-9a3e-000000000003"
#define C_ABD     "6f0c2b1e-5d7a-4c1b-9a3e-000000000004"
#define C_KREMLIN "6f0c2b1e-5d7a-4c1b-9a3e-000000000005"

/* The fixture: four sources of different kinds, claims with every status,
 * a claim nested in another, one without a source, a note with quotes,
 * commas and a line break, and two links. */
static KaynakDocument *
make_fixture (void)
{
  KaynakDocument *document = kaynak_document_new (article, -1);
  g_autoptr(KaynakLink) link1 = kaynak_link_new ("9b1d7c55-1111-4a1a-8a1a-000000000001",
                                                 KAYNAK_LINK_TYPE_CONFIRMS, C_ABD, C_UKRAYNA);
  g_autoptr(KaynakLink) link2 = kaynak_link_new ("9b1d7c55-1111-4a1a-8a1a-000000000002",
                                                 KAYNAK_LINK_TYPE_RESPONDS_TO, C_KREMLIN, C_SARAY);

  kaynak_document_set_title (document, "Kuzey Kore askerleri Rusya’da");
  kaynak_document_set_url (document, "https://example.org/haber/kuzey-kore-askerleri");
  kaynak_document_set_language (document, "tr");
  kaynak_document_set_outlet (document, "Örnek Gazete");
  kaynak_document_set_published (document, "2024-10-30");
  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/kuzey-kore-askerleri");

  add_source (document, "ukrayna", "Ukrayna", "#3584e4", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  add_source (document, "beyaz-saray", "Beyaz Saray", "#e66100", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  add_source (document, "abd", "ABD yetkilileri", "#2ec27e", KAYNAK_SOURCE_KIND_ANONYMOUS);
  add_source (document, "kremlin", "Kremlin (Dışişleri)", "#9141ac", KAYNAK_SOURCE_KIND_NO_COMMENT);

  add_claim (document, C_UKRAYNA,
             "Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 Ekim’de "
             "konuşlandırılmasının planlandığı",
             "ukrayna", KAYNAK_CLAIM_STATUS_SUPPORTED, "ABD de doğruladı.");
  add_claim (document, C_SARAY,
             "Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği",
             "beyaz-saray", KAYNAK_CLAIM_STATUS_MISLEADING,
             "Sayı, \"üç bin\" değil;\nbaşka kaynaklar 10.000 diyor.");
  add_claim (document, C_ASKER, "üç binden fazla asker", "abd",
             KAYNAK_CLAIM_STATUS_REFUTED, "");
  add_claim (document, C_ABD, "Bunu ABD de doğrulamıştı", NULL,
             KAYNAK_CLAIM_STATUS_UNVERIFIED, "");
  add_claim (document, C_KREMLIN, "Kremlin ise konuyla ilgili yorum yapmadı", "kremlin",
             KAYNAK_CLAIM_STATUS_UNVERIFIABLE, "");

  _kaynak_document_bulk_add_link (document, link1);
  _kaynak_document_bulk_add_link (document, link2);
  _kaynak_document_finish_bulk (document);
  kaynak_document_mark_saved (document);
  return document;
}

/* --- Golden files -------------------------------------------------------- */

static char *
golden_path (const char *format,
             const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "formats", "golden", format, name, NULL);
}

static void
check_golden (const char *format,
              const char *name,
              const char *data,
              gsize       length)
{
  g_autofree char *path = golden_path (format, name);
  g_autofree char *expected = NULL;
  gsize expected_length = 0;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("KAYNAK_REGENERATE_GOLDEN") != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_mkdir_with_parents (dir, 0755);
      g_assert_true (g_file_set_contents (path, data, length, &error));
      g_test_message ("regenerated %s", path);
      return;
    }
  g_assert_true (g_file_get_contents (path, &expected, &expected_length, &error));
  g_assert_no_error (error);
  if (expected_length != length || memcmp (expected, data, length) != 0)
    {
      g_autofree char *actual = g_strconcat (path, ".actual", NULL);

      g_file_set_contents (actual, data, length, NULL);
      g_test_message ("%s differs from the export; see %s", path, actual);
    }
  g_assert_cmpmem (data, length, expected, expected_length);
}

static guint
count_char (const char *s,
            char        c)
{
  guint n = 0;

  for (; *s; s++)
    n += *s == c;
  return n;
}

static void
test_golden_dataset (gconstpointer data)
{
  const KaynakExporter *exporter = kaynak_exporter_lookup (data);
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  KaynakExportOptions options = { .csv_spreadsheet = TRUE };

  g_assert_nonnull (exporter);
  bytes = kaynak_export_document_to_bytes (exporter, &options, document, &error);
  g_assert_no_error (error);
  name = g_strconcat ("dataset", exporter->extension, NULL);
  check_golden (exporter->name, name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_golden_folder (gconstpointer data)
{
  const KaynakExporter *exporter = kaynak_exporter_lookup (data);
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  KaynakExportOptions options = {
    .fact_checker_name = "Örnek Doğrulama",
    .fact_checker_url = "https://example.org/dogrulama",
  };
  GDir *d;
  const char *name;

  g_assert_nonnull (exporter);
  writer = kaynak_export_writer_new_folder (exporter, &options, folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);

  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, ==, kaynak_export_writer_get_n_files (writer));
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      check_golden (exporter->name, g_ptr_array_index (names, i), contents, length);
    }
  kaynak_test_remove_tree (dir);
}

/* The counts the writer reports for the fixture */
static void
test_counts (void)
{
  static const struct { const char *format; guint n_claims, n_skipped; } cases[] = {
    { "jsonl", 5, 0 },
    { "csv", 5, 0 },
    { "w3c", 5, 0 },
    /* the nested "üç binden fazla asker" loses to the claim around it */
    { "conll", 4, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KaynakDocument) document = make_fixture ();
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autoptr(KaynakExportWriter) writer = NULL;
      g_autoptr(GError) error = NULL;

      writer = kaynak_export_writer_new_stream (kaynak_exporter_lookup (cases[i].format), NULL,
                                                stream, &error);
      g_assert_no_error (error);
      g_assert_true (kaynak_export_writer_add (writer, document, &error));
      g_assert_true (kaynak_export_writer_finish (writer, &error));
      g_assert_cmpuint (kaynak_export_writer_get_n_claims (writer), ==, cases[i].n_claims);
      g_assert_cmpuint (kaynak_export_writer_get_n_skipped (writer), ==, cases[i].n_skipped);
    }
}

/* An orphan (its quote is no longer in the article) has no offsets to
 * export: every format leaves it out and counts it */
static void
test_orphans (void)
{
  const KaynakExporter * const *exporters = kaynak_exporters ();

  for (guint i = 0; exporters[i] != NULL; i++)
    {
      g_autoptr(KaynakDocument) document = make_fixture ();
      g_autoptr(KaynakClaim) orphan = kaynak_claim_new ("6f0c2b1e-5d7a-4c1b-9a3e-0000000000ff", 0, 0);
      g_autoptr(KaynakExportWriter) writer = NULL;
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
      g_autoptr(GFile) folder = g_file_new_for_path (dir);
      g_autoptr(GError) error = NULL;
      guint expected_skipped;

      kaynak_claim_set_quote (orphan, "artık makalede olmayan bir cümle");
      kaynak_claim_set_orphaned (orphan, TRUE);
      kaynak_claim_set_status (orphan, KAYNAK_CLAIM_STATUS_REFUTED);
      g_assert_true (kaynak_document_add_claim (document, orphan, &error));
      g_assert_no_error (error);

      if (exporters[i]->kind == KAYNAK_EXPORT_DATASET)
        writer = kaynak_export_writer_new_stream (exporters[i], NULL, stream, &error);
      else
        writer = kaynak_export_writer_new_folder (exporters[i], NULL, folder, &error);
      g_assert_no_error (error);
      g_assert_true (kaynak_export_writer_add (writer, document, &error));
      g_assert_true (kaynak_export_writer_finish (writer, &error));
      g_assert_no_error (error);

      /* the orphan, plus what the format leaves out of the fixture anyway */
      expected_skipped = 1 + (g_str_equal (exporters[i]->name, "conll") ? 1 : 0) +
                         (g_str_equal (exporters[i]->name, "claimreview") ? 1 : 0);
      g_test_message ("%s: %u skipped", exporters[i]->name, kaynak_export_writer_get_n_skipped (writer));
      g_assert_cmpuint (kaynak_export_writer_get_n_skipped (writer), ==, expected_skipped);
      g_output_stream_close (stream, NULL, NULL);
      if (exporters[i]->kind == KAYNAK_EXPORT_DATASET)
        {
          GMemoryOutputStream *m = G_MEMORY_OUTPUT_STREAM (stream);
          g_autofree char *data = g_strndup (g_memory_output_stream_get_data (m),
                                             g_memory_output_stream_get_data_size (m));

          g_assert_null (strstr (data, "0000000000ff"));
          g_assert_null (strstr (data, "olmayan bir"));
        }
      else
        {
          GDir *d = g_dir_open (dir, 0, NULL);
          const char *name;

          while ((name = g_dir_read_name (d)) != NULL)
            {
              g_autofree char *path = g_build_filename (dir, name, NULL);
              g_autofree char *data = NULL;

              g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
              g_assert_null (strstr (data, "olmayan bir"));
            }
          g_dir_close (d);
        }
      kaynak_test_remove_tree (dir);
    }
}

/* Dataset exporters refuse a folder and the others refuse a stream */
static void
test_kinds (void)
{
  const KaynakExporter * const *exporters = kaynak_exporters ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  for (guint i = 0; exporters[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      KaynakExportWriter *writer;

      if (exporters[i]->kind == KAYNAK_EXPORT_DATASET)
        writer = kaynak_export_writer_new_folder (exporters[i], NULL, folder, &error);
      else
        writer = kaynak_export_writer_new_stream (exporters[i], NULL, stream, &error);
      g_assert_null (writer);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT);
    }
  g_assert_null (kaynak_exporter_lookup ("docx"));
  g_assert_null (kaynak_importer_lookup ("csv"));
  kaynak_test_remove_tree (dir);
}

/* --- Round trips --------------------------------------------------------- */

static const char *
source_label (KaynakDocument *document,
              KaynakClaim    *claim)
{
  const char *id = kaynak_claim_get_source_id (claim);

  return id ? kaynak_source_get_label (kaynak_document_lookup_source (document, id)) : NULL;
}

typedef enum
{
  SAME_OFFSETS = 0,
  SAME_STATUS = 1 << 0,
  SAME_NOTE = 1 << 1,       /* exactly */
  SAME_NOTE_LINE = 1 << 2,  /* with line breaks as spaces (brat) */
  SAME_IDS = 1 << 3,
  SAME_LINKS = 1 << 4,
} Same;

static void
assert_same_claims (KaynakDocument *a,
                    KaynakDocument *b,
                    Same            same)
{
  GListModel *ca = kaynak_document_get_claims (a);
  GListModel *cb = kaynak_document_get_claims (b);

  g_assert_cmpstr (kaynak_document_get_text (a), ==, kaynak_document_get_text (b));
  g_assert_cmpuint (g_list_model_get_n_items (ca), ==, g_list_model_get_n_items (cb));
  for (guint i = 0; i < g_list_model_get_n_items (ca); i++)
    {
      g_autoptr(KaynakClaim) x = g_list_model_get_item (ca, i);
      g_autoptr(KaynakClaim) y = g_list_model_get_item (cb, i);

      g_assert_cmpuint (kaynak_claim_get_start (x), ==, kaynak_claim_get_start (y));
      g_assert_cmpuint (kaynak_claim_get_end (x), ==, kaynak_claim_get_end (y));
      g_assert_cmpstr (kaynak_claim_get_quote (x), ==, kaynak_claim_get_quote (y));
      g_assert_cmpstr (kaynak_claim_get_prefix (x), ==, kaynak_claim_get_prefix (y));
      g_assert_cmpstr (kaynak_claim_get_suffix (x), ==, kaynak_claim_get_suffix (y));
      g_assert_cmpstr (source_label (a, x), ==, source_label (b, y));
      if (same & SAME_STATUS)
        g_assert_cmpint (kaynak_claim_get_status (x), ==, kaynak_claim_get_status (y));
      if (same & SAME_NOTE)
        g_assert_cmpstr (kaynak_claim_get_note (x), ==, kaynak_claim_get_note (y));
      if (same & SAME_NOTE_LINE)
        {
          g_autofree char *note = g_strdelimit (g_strdup (kaynak_claim_get_note (x)), "\n\r\t", ' ');

          g_assert_cmpstr (note, ==, kaynak_claim_get_note (y));
        }
      if (same & SAME_IDS)
        {
          g_assert_cmpstr (kaynak_claim_get_id (x), ==, kaynak_claim_get_id (y));
          g_assert_cmpstr (kaynak_claim_get_created (x), ==, kaynak_claim_get_created (y));
          g_assert_cmpstr (kaynak_claim_get_modified (x), ==, kaynak_claim_get_modified (y));
          g_assert_cmpstr (kaynak_claim_get_author (x), ==, kaynak_claim_get_author (y));
        }
    }

  if (same & SAME_LINKS)
    {
      GListModel *la = kaynak_document_get_links (a);
      GListModel *lb = kaynak_document_get_links (b);

      g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
      for (guint i = 0; i < g_list_model_get_n_items (la); i++)
        {
          g_autoptr(KaynakLink) x = g_list_model_get_item (la, i);
          g_autoptr(KaynakLink) y = g_list_model_get_item (lb, i);
          KaynakClaim *xf = kaynak_document_lookup_claim (a, kaynak_link_get_from (x));
          KaynakClaim *yf = kaynak_document_lookup_claim (b, kaynak_link_get_from (y));
          KaynakClaim *xt = kaynak_document_lookup_claim (a, kaynak_link_get_to (x));
          KaynakClaim *yt = kaynak_document_lookup_claim (b, kaynak_link_get_to (y));

          g_assert_cmpint (kaynak_link_get_link_type (x), ==, kaynak_link_get_link_type (y));
          g_assert_cmpuint (kaynak_claim_get_start (xf), ==, kaynak_claim_get_start (yf));
          g_assert_cmpuint (kaynak_claim_get_start (xt), ==, kaynak_claim_get_start (yt));
        }
    }
}

static GPtrArray *
import_bytes (const char *importer,
              const char *dir,
              const char *name,
              GBytes     *bytes,
              GError    **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  return kaynak_importer_import (kaynak_importer_lookup (importer), file, NULL, NULL, error);
}

static void
test_roundtrip_doccano (void)
{
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *back;

  bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup ("doccano"), NULL, document, &error);
  g_assert_no_error (error);
  documents = import_bytes ("doccano", dir, "in.jsonl", bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  back = g_ptr_array_index (documents, 0);
  assert_same_claims (document, back, SAME_OFFSETS);
  g_assert_cmpstr (kaynak_document_get_title (back), ==, kaynak_document_get_title (document));
  g_assert_cmpstr (kaynak_document_get_url (back), ==, kaynak_document_get_url (document));
  g_assert_cmpstr (kaynak_document_get_language (back), ==, "tr");
  g_assert_cmpstr (kaynak_document_get_outlet (back), ==, kaynak_document_get_outlet (document));
  g_assert_cmpstr (kaynak_document_get_published (back), ==, kaynak_document_get_published (document));
  g_assert_false (kaynak_document_get_modified (back));
  kaynak_test_remove_tree (dir);
}

/* What doccano 1.6 and later export: "entities" with offset objects */
static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The document's links as "type from-quote → to-quote" lines, sorted:
 * comparable across documents whose claim ids differ */
static char *
describe_links (KaynakDocument *document)
{
  GListModel *links = kaynak_document_get_links (document);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);
      KaynakClaim *from = kaynak_document_lookup_claim (document, kaynak_link_get_from (link));
      KaynakClaim *to = kaynak_document_lookup_claim (document, kaynak_link_get_to (link));

      g_ptr_array_add (lines, g_strdup_printf ("%s %u-%u → %u-%u",
                                               kaynak_link_type_to_id (kaynak_link_get_link_type (link)),
                                               kaynak_claim_get_start (from), kaynak_claim_get_end (from),
                                               kaynak_claim_get_start (to), kaynak_claim_get_end (to)));
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (out, FALSE);
}

/* Claim links leave as doccano relations and come back as links */
static void
test_roundtrip_doccano_relations (void)
{
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = describe_links (document);
  g_autofree char *actual = NULL;
  g_autofree char *text = NULL;

  bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup ("doccano"), NULL, document, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\"relations\":[{\"id\":0,\"from_id\":"));
  documents = import_bytes ("doccano", dir, "in.jsonl", bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (document)), ==, 2);
  actual = describe_links (g_ptr_array_index (documents, 0));
  g_assert_cmpstr (actual, ==, expected);
  kaynak_test_remove_tree (dir);
}

/* What doccano itself exports from a project with relations: entities
 * with its own ids, no "label" */
static void
test_import_doccano_relations (void)
{
  static const char line[] =
    "{\"id\": 7, \"text\": \"Bakan dedi ki. Sözcü de doğruladı.\", "
    "\"entities\": [{\"id\": 101, \"label\": \"Bakan\", \"start_offset\": 6, \"end_offset\": 13},"
    " {\"id\": 102, \"label\": \"Sözcü\", \"start_offset\": 15, \"end_offset\": 33}],"
    " \"relations\": [{\"id\": 9, \"from_id\": 102, \"to_id\": 101, \"type\": \"confirms\"}]}\n";
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GBytes) bytes = g_bytes_new_static (line, strlen (line));
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *links = NULL;

  documents = import_bytes ("doccano", dir, "doccano.jsonl", bytes, &error);
  g_assert_no_error (error);
  links = describe_links (g_ptr_array_index (documents, 0));
  g_assert_cmpstr (links, ==, "confirms 15-33 → 6-13\n");
  kaynak_test_remove_tree (dir);
}

/* The fixture's ClaimReview file, parsed */
static JsonNode *
export_claimreview (KaynakDocument            *document,
                    const KaynakExportOptions *options,
                    GError                   **error)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  JsonNode *root = NULL;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("claimreview"), options,
                                            folder, error);
  g_assert_nonnull (writer);
  if (kaynak_export_writer_add (writer, document, error) &&
      kaynak_export_writer_finish (writer, error))
    {
      path = g_build_filename (dir, "kuzey-kore-askerleri-rusya-da.claimreview.jsonld", NULL);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      root = json_from_string (contents, NULL);
      g_assert_nonnull (root);
    }
  else
    g_assert_cmpuint (kaynak_export_writer_get_n_files (writer), ==, 0);
  kaynak_test_remove_tree (dir);
  return root;
}

static const char *
member_string (JsonObject *object,
               const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);

  for (guint i = 0; parts[i + 1] != NULL; i++)
    {
      g_assert_true (json_object_has_member (object, parts[i]));
      object = json_object_get_object_member (object, parts[i]);
    }
  g_assert_true (json_object_has_member (object, parts[g_strv_length (parts) - 1]));
  return json_object_get_string_member (object, parts[g_strv_length (parts) - 1]);
}

/* Every review carries Google's required properties and the recommended
 * ones Fact Check Explorer reads; the verdicts on a scale have a value */
static void
test_claimreview_required (void)
{
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  KaynakExportOptions options = { 0 };
  JsonArray *reviews;

  /* no fact-checker in the options: the site publishing the fact-check */
  root = export_claimreview (document, &options, &error);
  g_assert_no_error (error);
  reviews = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (reviews), ==, 4);
  for (guint i = 0; i < json_array_get_length (reviews); i++)
    {
      JsonObject *review = json_array_get_object_element (reviews, i);
      JsonObject *item = json_object_get_object_member (review, "itemReviewed");
      JsonObject *rating = json_object_get_object_member (review, "reviewRating");
      const char *verdict = member_string (review, "reviewRating.alternateName");

      g_assert_cmpstr (member_string (review, "url"), ==,
                       "https://example.org/dogrulama/kuzey-kore-askerleri");
      g_assert_cmpstr (member_string (review, "claimReviewed"), !=, "");
      g_assert_cmpstr (member_string (review, "datePublished"), ==, "2026-11-29");
      g_assert_cmpstr (member_string (review, "author.@type"), ==, "Organization");
      g_assert_cmpstr (member_string (review, "author.url"), ==, "https://example.org");
      g_assert_cmpstr (member_string (review, "itemReviewed.@type"), ==, "Claim");
      g_assert_cmpstr (member_string (review, "itemReviewed.appearance.url"), ==,
                       "https://example.org/haber/kuzey-kore-askerleri");
      g_assert_cmpstr (member_string (review, "itemReviewed.datePublished"), ==, "2024-10-30");
      /* every claim of the fixture with a verdict has a source that is
       * not unattributed: an Organization or a Person with its name */
      g_assert_cmpstr (member_string (review, "itemReviewed.author.name"), !=, "");
      g_assert_true (json_object_has_member (item, "author"));
      if (g_str_equal (verdict, "Unverifiable"))
        g_assert_false (json_object_has_member (rating, "ratingValue"));
      else
        {
          gint64 value = json_object_get_int_member (rating, "ratingValue");

          g_assert_cmpint (json_object_get_int_member (rating, "bestRating"), ==, 3);
          g_assert_cmpint (json_object_get_int_member (rating, "worstRating"), ==, 1);
          g_assert_cmpint (value, ==, g_str_equal (verdict, "Refuted") ? 1
                                      : g_str_equal (verdict, "Misleading") ? 2 : 3);
        }
    }
  /* anonymous → Person, official statement → Organization */
  g_assert_cmpstr (member_string (json_array_get_object_element (reviews, 2), "itemReviewed.author.@type"),
                   ==, "Person");
  g_assert_cmpstr (member_string (json_array_get_object_element (reviews, 2), "itemReviewed.author.name"),
                   ==, "ABD yetkilileri");
}

/* A claim whose source is unattributed has no author: no Person named
 * after the kind */
static void
test_claimreview_unattributed (void)
{
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autoptr(KaynakSource) source = kaynak_source_new ("belirsiz", "Belirtilmemiş", "#77767b", 0,
                                                      KAYNAK_SOURCE_KIND_UNATTRIBUTED);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  KaynakExportOptions options = { .fact_checker_name = "Örnek Doğrulama" };
  KaynakClaim *claim = kaynak_document_lookup_claim (document, C_ABD);
  JsonArray *reviews;
  guint n_without = 0;

  g_assert_true (kaynak_document_add_source (document, source, &error));
  kaynak_claim_set_source_id (claim, "belirsiz");
  kaynak_claim_set_status (claim, KAYNAK_CLAIM_STATUS_REFUTED);
  root = export_claimreview (document, &options, &error);
  g_assert_no_error (error);
  reviews = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (reviews), ==, 5);
  for (guint i = 0; i < json_array_get_length (reviews); i++)
    {
      JsonObject *review = json_array_get_object_element (reviews, i);
      JsonObject *item = json_object_get_object_member (review, "itemReviewed");

      g_assert_cmpstr (member_string (review, "author.name"), ==, "Örnek Doğrulama");
      if (!json_object_has_member (item, "author"))
        {
          n_without++;
          g_assert_cmpstr (member_string (review, "claimReviewed"), ==, "Bunu ABD de doğrulamıştı");
        }
    }
  g_assert_cmpuint (n_without, ==, 1);
}

/* An article without a fact-check address, or without its own address,
 * is refused with a message saying what to set, and no file is written */
static void
test_claimreview_missing_url_refused (void)
{
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  KaynakExportOptions options = { 0 };

  kaynak_document_set_fact_check_url (document, "");
  root = export_claimreview (document, &options, &error);
  g_assert_null (root);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no fact-check address"));
  g_assert_nonnull (strstr (error->message, "Article Details"));
  g_clear_error (&error);

  kaynak_document_set_fact_check_url (document, "dogrulama/haber");
  root = export_claimreview (document, &options, &error);
  g_assert_null (root);
  g_assert_nonnull (strstr (error->message, "is not a web address"));
  g_clear_error (&error);

  kaynak_document_set_fact_check_url (document, "https://example.org/d");
  kaynak_document_set_url (document, "");
  root = export_claimreview (document, &options, &error);
  g_assert_null (root);
  g_assert_nonnull (strstr (error->message, "no web address"));
}

static void
test_import_doccano_entities (void)
{
  static const char line[] =
    "{\"id\": 7, \"text\": \"Bakan dün konuştu.\", \"entities\": [{\"id\": 1, \"label\": \"Bakanlık\","
    " \"start_offset\": 0, \"end_offset\": 5}], \"relations\": [], \"Comments\": []}\n";
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GBytes) bytes = g_bytes_new_static (line, sizeof line - 1);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakClaim) claim = NULL;
  KaynakDocument *document;

  documents = import_bytes ("doccano", dir, "new.jsonl", bytes, &error);
  g_assert_no_error (error);
  document = g_ptr_array_index (documents, 0);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Bakan");
  g_assert_cmpstr (source_label (document, claim), ==, "Bakanlık");
  kaynak_test_remove_tree (dir);
}

/* An annotation from another tool may have only a quote: it is found */
static void
test_import_w3c_quote_only (void)
{
  static const char collection[] =
    "{\"type\": \"AnnotationCollection\", \"kaynak:documents\": [{\"id\": \"urn:x:1\","
    " \"kaynak:text\": \"Ali geldi. Veli geldi.\"}], \"first\": {\"items\": [{\"type\": \"Annotation\","
    " \"body\": {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"Tanık\"},"
    " \"target\": {\"source\": \"urn:x:1\", \"selector\": {\"type\": \"TextQuoteSelector\","
    " \"exact\": \"geldi\", \"prefix\": \"Veli \"}}}]}}";
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GBytes) bytes = g_bytes_new_static (collection, sizeof collection - 1);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakClaim) claim = NULL;
  KaynakDocument *document;

  documents = import_bytes ("w3c", dir, "quote.jsonld", bytes, &error);
  g_assert_no_error (error);
  document = g_ptr_array_index (documents, 0);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  /* the second "geldi", the one after "Veli " */
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 16);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 21);
  g_assert_cmpstr (source_label (document, claim), ==, "Tanık");
  kaynak_test_remove_tree (dir);
}

static void
test_roundtrip_brat (void)
{
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stem = kaynak_document_dup_stem (document);
  g_autofree char *ann = g_strconcat (dir, "/", stem, ".ann", NULL);
  g_autoptr(GFile) ann_file = g_file_new_for_path (ann);
  KaynakDocument *back;
  KaynakSource *kremlin;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("brat"), NULL, folder, &error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);

  documents = kaynak_importer_import (kaynak_importer_lookup ("brat"), ann_file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  back = g_ptr_array_index (documents, 0);
  assert_same_claims (document, back, SAME_STATUS | SAME_NOTE_LINE | SAME_LINKS);
  /* labels and colours come back from visual.conf */
  {
    g_autoptr(KaynakClaim) last = g_list_model_get_item (kaynak_document_get_claims (back), 4);

    kremlin = kaynak_document_lookup_source (back, kaynak_claim_get_source_id (last));
  }
  g_assert_cmpstr (kaynak_source_get_label (kremlin), ==, "Kremlin (Dışişleri)");
  g_assert_cmpstr (kaynak_source_get_color (kremlin), ==, "#9141ac");
  kaynak_test_remove_tree (dir);
}

static void
test_roundtrip_w3c (void)
{
  g_autoptr(KaynakDocument) document = make_fixture ();
  g_autoptr(KaynakDocument) second = kaynak_document_new ("İkinci makale: “Evet” dedi.", -1);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sa, *sb;
  KaynakDocument *back;

  /* a second article without a URL (so a urn:uuid id) and a claim */
  add_claim (second, "6f0c2b1e-5d7a-4c1b-9a3e-000000000006", "“Evet” dedi", NULL,
             KAYNAK_CLAIM_STATUS_REFUTED, "");
  writer = kaynak_export_writer_new_stream (kaynak_exporter_lookup ("w3c"), NULL, stream, &error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_add (writer, second, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_output_stream_close (stream, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  /* also validated against the W3C suite by meson (w3c-validate) */
  check_golden ("w3c", "two-articles.jsonld", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  documents = import_bytes ("w3c", dir, "in.jsonld", bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 2);
  back = g_ptr_array_index (documents, 0);
  assert_same_claims (document, back, SAME_STATUS | SAME_NOTE | SAME_IDS | SAME_LINKS);
  assert_same_claims (second, g_ptr_array_index (documents, 1), SAME_IDS);
  g_assert_cmpstr (kaynak_document_get_outlet (back), ==, "Örnek Gazete");
  g_assert_cmpstr (kaynak_document_get_published (back), ==, "2024-10-30");
  g_assert_cmpstr (kaynak_document_get_fact_check_url (back), ==,
                   "https://example.org/dogrulama/kuzey-kore-askerleri");
  g_assert_cmpstr (kaynak_document_get_fact_check_url (g_ptr_array_index (documents, 1)), ==, "");

  sa = kaynak_document_get_sources (document);
  sb = kaynak_document_get_sources (back);
  g_assert_cmpuint (g_list_model_get_n_items (sa), ==, g_list_model_get_n_items (sb));
  for (guint i = 0; i < g_list_model_get_n_items (sa); i++)
    {
      g_autoptr(KaynakSource) x = g_list_model_get_item (sa, i);
      g_autoptr(KaynakSource) y = g_list_model_get_item (sb, i);

      g_assert_true (kaynak_source_equal (x, y));
    }
  kaynak_test_remove_tree (dir);
}

static void
test_import_text (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GBytes) bytes = g_bytes_new_static (article, sizeof article - 1);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = import_bytes ("text", dir, "haber.txt", bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpstr (kaynak_document_get_text (g_ptr_array_index (documents, 0)), ==, article);
  kaynak_test_remove_tree (dir);
}

/* --- Bad input ----------------------------------------------------------- */

static void
test_bad_input (void)
{
  static const struct {
    const char *importer;
    const char *name;       /* file name; brat cases also get NAME.txt */
    const char *contents;
    const char *expected;   /* must appear in the message */
  } cases[] = {
    { "doccano", "a.jsonl", "{\"text\": \"abc\", \"label\": [[0, 2, \"X\"]]}\n"
                            "{\"text\": \"abc\", \"label\": [[1, 9, \"X\"]]}\n",
      "line 2: label[0]: the span 1–9 is empty or past the end of the text (3 characters)" },
    { "doccano", "b.jsonl", "{\"text\": \"abc\"}\n\n{\"text\": \"abc\", \"label\": [[0, 2, \"X\"]\n",
      "not valid JSON: line 3, column " },
    { "doccano", "c.jsonl", "{\"label\": []}\n", "line 1: “text” is missing" },
    { "doccano", "d.jsonl", "{\"text\": \"abc\", \"label\": [[0, 1]]}\n", "line 1: label[0]: expected" },
    { "doccano", "e.jsonl", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
      "line 1" },
    { "brat", "f.ann", "T1\tX 0 3\tabd\n", "line 1: the text “abd” does not match" },
    { "brat", "g.ann", "T1\tX 0 3\tabc\nT2\tX 2 40\tc\n", "line 2: the span 2–40" },
    { "brat", "h.ann", "T1\tX 0 3\tabc\nA1\tStatus T1 maybe\n", "line 2: unknown status “maybe”" },
    { "brat", "i.ann", "T1\tX 0 3\tabc\nR1\tconfirms Arg1:T1 Arg2:T9\n", "line 2: a relation argument" },
    { "brat", "j.ann", "Q1\tsomething\n", "line 1: “Q1” is not a brat annotation id" },
    { "w3c", "k.jsonld", "{\"type\": \"AnnotationCollection\"}", "kaynak:documents" },
    { "w3c", "l.jsonld",
      "{\"type\": \"AnnotationCollection\", \"kaynak:documents\": [{\"id\": \"urn:x:1\", \"kaynak:text\": \"abc\"}],"
      " \"first\": {\"items\": [{\"type\": \"Annotation\", \"target\": {\"source\": \"urn:x:1\", \"selector\": ["
      "{\"type\": \"TextPositionSelector\", \"start\": 1, \"end\": 4}]}}]}}",
      "first.items[0].target: the range 1–4 is empty or past the end of the article (3 characters)" },
    { "w3c", "m.jsonld",
      "{\"type\": \"AnnotationCollection\", \"kaynak:documents\": [{\"id\": \"urn:x:1\", \"kaynak:text\": \"abc\"}],"
      " \"first\": {\"items\": [{\"type\": \"Annotation\", \"target\": {\"source\": \"urn:x:2\", \"selector\": []}}]}}",
      "first.items[0].target: the target’s source names no article" },
    { "w3c", "n.jsonld", "{\"type\": ", "not valid JSON: line 1, column 10: the file ends" },
    /* strict JSON for every import, as for Kaynak's own files */
    { "w3c", "n2.jsonld", "{\"type\": // the type\n\"AnnotationCollection\"}",
      "not valid JSON: line 1, column 10: JSON has no comments" },
    { "doccano", "n3.jsonl", "{\"text\": \"abc\"}\n{\"text\": 'abc'}\n",
      "not valid JSON: line 2, column 10: a string must be in double quotes" },
    { "doccano", "n4.jsonl", "{\"text\": \"abc\", \"label\": [[0, 02, \"X\"]]}\n",
      "not valid JSON: line 1, column 31: a number must not start with 0" },
    { "doccano", "o.jsonl", "{\"text\": \"abc\", \"label\": [[-1, 2, \"X\"]]}", "label[0]: start and end must be non-negative integers" },
    { "doccano", "p.jsonl", "{\"text\": \"abc\", \"label\": [[0.5, 2, \"X\"]]}", "label[0]: start and end must be non-negative integers" },
    { "doccano", "q.jsonl", "{\"text\": \"abc\", \"label\": \"X\"}", "“label” must be an array" },
    { "doccano", "r.jsonl", "{\"text\": \"abc\", \"labels\": [{\"start_offset\": 0, \"end_offset\": 2}]}", "labels[0]: the label must be a non-empty string" },
    { "doccano", "s.jsonl", "\n\n", "holds no article" },
    { "doccano", "s1.jsonl", "{\"text\": \"abc\", \"entities\": [{\"id\": 4, \"label\": \"X\", \"start_offset\": 0, \"end_offset\": 1}],"
                             " \"relations\": [{\"from_id\": 4, \"to_id\": 5, \"type\": \"confirms\"}]}",
      "line 1: relations[0]: no entity of this line has the id 5" },
    { "doccano", "s2.jsonl", "{\"text\": \"abc\", \"entities\": [{\"id\": 4, \"label\": \"X\", \"start_offset\": 0, \"end_offset\": 1},"
                             " {\"id\": 5, \"label\": \"X\", \"start_offset\": 1, \"end_offset\": 2}],"
                             " \"relations\": [{\"from_id\": 4, \"to_id\": 5, \"type\": \"supports\"}]}",
      "line 1: relations[0]: the type must be one of Kaynak’s links" },
    { "doccano", "s3.jsonl", "{\"text\": \"abc\", \"entities\": [], \"relations\": [{\"from_id\": \"a\"}]}",
      "line 1: relations[0]: from_id and to_id must be non-negative integers" },
    { "brat", "t.ann", "T1\tX 0\tabc\n", "line 1: “0” is not a START END pair" },
    { "brat", "u.ann", "T1\tX 2 1\tb\n", "line 1: the span 2–1 is empty" },
    { "brat", "z.ann", "T1\tX 0 2\tab\r\nT2\tX 1 3\tbc \r\n", "line 2: the text “bc ” does not match" },
    { "brat", "v.ann", "T1\tX 0 1\ta\nT1\tX 1 2\tb\n", "line 2: the id T1 is used twice" },
    { "w3c", "w.jsonld", "[1, 2]", "not a W3C AnnotationCollection" },
    { "w3c", "x.jsonld",
      "{\"type\": \"AnnotationCollection\", \"kaynak:documents\": [{\"id\": \"urn:x:1\", \"kaynak:text\": \"abc\"}],"
      " \"first\": {\"items\": [{\"type\": \"Annotation\", \"target\": 5}]}}",
      "first.items[0].target: expected one target object" },
    { "w3c", "y.jsonld",
      "{\"type\": \"AnnotationCollection\", \"kaynak:documents\": [{\"id\": \"urn:x:1\", \"kaynak:text\": \"abc\"}],"
      " \"first\": {\"items\": [{\"type\": \"Annotation\", \"body\": {\"purpose\": \"assessing\", \"value\": \"maybe\"},"
      " \"target\": {\"source\": \"urn:x:1\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 2}}}]}}",
      "first.items[0].body[0]: unknown status “maybe”" },
  };
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].contents, strlen (cases[i].contents));
      g_autoptr(GPtrArray) documents = NULL;
      g_autoptr(GError) error = NULL;

      if (g_str_equal (cases[i].importer, "brat"))
        {
          g_autofree char *txt = g_build_filename (dir, cases[i].name, NULL);

          strcpy (txt + strlen (txt) - 4, ".txt");
          g_assert_true (g_file_set_contents (txt, "abc", 3, NULL));
        }
      documents = import_bytes (cases[i].importer, dir, cases[i].name, bytes, &error);
      g_test_message ("%s: %s", cases[i].name, error ? error->message : "(no error)");
      g_assert_null (documents);
      g_assert_error (error, KAYNAK_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, cases[i].expected));
      /* the message names the file */
      g_assert_nonnull (strstr (error->message, cases[i].name));
    }
  kaynak_test_remove_tree (dir);
}

/* --- HTML escaping ------------------------------------------------------- */

static void
test_html_escaping (void)
{
  static const char hostile[] = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> 'x' & y";
  g_autoptr(KaynakDocument) document = kaynak_document_new (hostile, -1);
  g_autoptr(KaynakSource) source = kaynak_source_new ("s", "<b onmouseover=alert(3)>", "#ff0000", 0,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;
  g_autofree char *lower = NULL;
  KaynakClaim *claim;

  kaynak_document_set_title (document, "</title><script>alert(4)</script>");
  kaynak_document_set_url (document, "javascript:alert(5)");
  kaynak_document_set_outlet (document, "\"><img src=x onerror=alert(6)>");
  g_assert_true (kaynak_document_add_source (document, source, NULL));
  claim = kaynak_document_create_claim (document, 0, 30, "s", &error);
  g_assert_no_error (error);
  kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim),
                                  "<script>alert(7)</script>\"><img src=x onerror=alert(8)>", NULL);

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("html"), NULL, folder, &error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_no_error (error);
  {
    g_autofree char *stem = kaynak_document_dup_stem (document);
    g_autofree char *name = g_strconcat (stem, ".html", NULL);

    g_assert_cmpstr (stem, ==, "title-script-alert-4-script");
    path = g_build_filename (dir, name, NULL);
  }
  g_assert_true (g_file_get_contents (path, &html, NULL, &error));
  g_assert_no_error (error);
  lower = g_ascii_strdown (html, -1);

  /* no element or attribute made from the input survives */
  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "<img"));
  g_assert_null (strstr (lower, "<b "));
  g_assert_null (strstr (lower, "href=\"javascript"));
  /* … and the text is still there, escaped */
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "&quot;&gt;&lt;img src=x onerror=alert(8)&gt;"));
  g_assert_nonnull (strstr (html, "&lt;b onmouseover=alert(3)&gt;"));
  g_assert_nonnull (strstr (html, "javascript:alert(5)"));
  g_assert_nonnull (strstr (html, "Content-Security-Policy"));
  kaynak_test_remove_tree (dir);
}

/* --- JSON escaping ------------------------------------------------------- */

/* Every JSONL line parses, and strings with quotes, backslashes, control
 * characters and U+2028 come back exactly. */
static char *export_one_file (const char     *format,
                              KaynakDocument *document);

/* The report lays the article out in paragraphs as the window does (an
 * empty line an empty paragraph), a claim across a line break highlighted
 * on both sides, colours as classes (no style attribute), headers with
 * their scope, and the page's language only when it is a tag */
static void
test_html_layout (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bir iki.\n\nÜç dört.", -1);
  g_autoptr(KaynakSource) source = kaynak_source_new ("a", "A", "#3584e4", 1,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  g_assert_true (kaynak_document_add_source (document, source, &error));
  g_assert_nonnull (kaynak_document_create_claim (document, 4, 12, "a", &error));
  kaynak_document_set_language (document, "tr\"><x");
  html = export_one_file ("html", document);

  g_assert_nonnull (strstr (html, "<html lang=\"und\">"));
  g_assert_null (strstr (html, " style="));
  g_assert_nonnull (strstr (html, ".s1{background:#3584e455;border-bottom:2px solid #3584e4}"));
  g_assert_nonnull (strstr (html, "<div class=\"article\">\n"
                                  "<p>Bir <mark class=\"s1\" title=\"A\">iki.</mark></p>\n"
                                  "<p><br></p>\n"
                                  "<p><mark class=\"s1\" title=\"A\">Üç</mark>"
                                  "<sup class=\"n\"><a href=\"#claim-1\">1</a></sup> dört.</p>\n"
                                  "</div>"));
  g_assert_nonnull (strstr (html, "<th scope=\"col\">#</th>"));
  g_assert_nonnull (strstr (html, "<th scope=\"row\">1</th>"));
  g_assert_nonnull (strstr (html, "@media print{"));

  kaynak_document_set_language (document, "tr");
  g_clear_pointer (&html, g_free);
  html = export_one_file ("html", document);
  g_assert_nonnull (strstr (html, "<html lang=\"tr\">"));
}

static void
test_jsonl_escaping (void)
{
  static const char text[] = "a\x01b \"q\" \\ \t\r\n\xe2\x80\xa8 son\x1f.";
  static const char note[] = "not\x02e \"\\\"\n\x7f";
  g_autoptr(KaynakDocument) document = kaynak_document_new (text, -1);
  guint length = kaynak_document_get_length (document);
  KaynakClaim *claim;
  g_autoptr(GError) error = NULL;
  static const char * const formats[] = { "jsonl", "doccano" };

  claim = kaynak_document_create_claim (document, 0, length, NULL, &error);
  g_assert_no_error (error);
  kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim), note, NULL);
  kaynak_document_set_title (document, "\x03\"\\");

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GBytes) bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup (formats[f]),
                                                                 NULL, document, &error);
      g_autofree char *line = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;

      g_assert_no_error (error);
      g_assert_cmpuint (count_char (line, '\n'), ==, 1);
      g_assert_true (json_parser_load_from_data (parser, line, -1, &error));
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      if (f == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (object, "quote"), ==, text);
          g_assert_cmpstr (json_object_get_string_member (object, "note"), ==, note);
          g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "\x03\"\\");
        }
      else
        g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, text);
    }
}

/* --- Tokeniser and sentences --------------------------------------------- */

static char *
join_spans (const char *text,
            GArray     *spans)
{
  g_autofree gunichar *u = g_utf8_to_ucs4_fast (text, -1, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      KaynakSpan *s = &g_array_index (spans, KaynakSpan, i);
      g_autofree char *piece = g_ucs4_to_utf8 (u + s->start, s->end - s->start, NULL, NULL, NULL);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, piece);
    }
  return g_string_free (out, FALSE);
}

static void
test_tokenizer (void)
{
  static const struct { const char *text, *tokens; } cases[] = {
    { "Kuzey Kore’ye resmi ziyaret", "Kuzey|Kore’ye|resmi|ziyaret" },
    { "ABD'nin açıklaması", "ABD'nin|açıklaması" },
    { "27-28 Ekim’de", "27-28|Ekim’de" },
    { "27–28 Ekim", "27–28|Ekim" },
    { "‘kapsamlı stratejik ortaklık anlaşması’ imzalanmıştı.",
      "‘|kapsamlı|stratejik|ortaklık|anlaşması|’|imzalanmıştı|." },
    { "\"Evet\" dedi.", "\"|Evet|\"|dedi|." },
    { "“Kore’ye” gitti", "“|Kore’ye|”|gitti" },
    { "'Kore'", "'|Kore|'" },
    { "3.000 asker, %1,5 artış", "3.000|asker|,|%|1,5|artış" },
    { "saat 14:30'da 29/11/2026", "saat|14:30'da|29/11/2026" },
    { "2017’de", "2017’de" },
    { "Rusya-Ukrayna savaşı...", "Rusya-Ukrayna|savaşı|..." },
    { "bitti. Sonra", "bitti|.|Sonra" },
    { "(Reuters) -AA", "(|Reuters|)|-|AA" },
    { "  İstanbul\t\nŞişli  ", "İstanbul|Şişli" },
    /* zero-width characters are never tokens */
    { "Kuzey\u200BKore", "Kuzey|Kore" },
    { "Kuzey \u200B Kore", "Kuzey|Kore" },
    { "\uFEFFAnkara", "Ankara" },
    { "Anka\u00ADra’da", "Anka\u00ADra’da" },
    { "Anka\u00AD ra", "Anka|ra" },
    { "a \u2060 b \u200C \u200D c", "a|b|c" },
    { "می\u200Cخواهم", "می\u200Cخواهم" },
    { "söz\u2060leşme", "söz\u2060leşme" },
    { "\U0001F469\u200D\U0001F4BB dedi", "\U0001F469\u200D\U0001F4BB|dedi" },
    { "\U0001F44D\U0001F3FD\u2764\uFE0F", "\U0001F44D\U0001F3FD|\u2764\uFE0F" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gunichar *u = g_utf8_to_ucs4_fast (cases[i].text, -1, NULL);
      g_autoptr(GArray) tokens = kaynak_tokenize (u, 0, g_utf8_strlen (cases[i].text, -1));
      g_autofree char *joined = join_spans (cases[i].text, tokens);

      g_assert_cmpstr (joined, ==, cases[i].tokens);
    }
}

/* The CoNLL file has no line for a zero-width character, and a soft
 * hyphen or word joiner inside a word is not written */
static void
test_conll_zero_width (void)
{
  static const char text[] =
    "\uFEFFAnka\u00ADra’da \u200B bir\u200Bşey \u2060 söz\u2060leşme \u00AD oldu\u200D.";
  g_autoptr(KaynakDocument) document = kaynak_document_new (text, -1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  KaynakExportOptions options = { 0 };
  g_autofree char *out = NULL;

  bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup ("conll"), &options,
                                           document, &error);
  g_assert_no_error (error);
  out = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpstr (out, ==,
                   "-DOCSTART-\tO\n\n"
                   "Ankara’da\tO\nbir\tO\nşey\tO\nsözleşme\tO\noldu\tO\n.\tO\n\n");
}

static void
test_sentences (void)
{
  static const struct { const char *text, *sentences; } cases[] = {
    { "Birinci cümle. İkinci cümle.", "Birinci cümle.|İkinci cümle." },
    { "15. yüzyılda kuruldu. Sonra büyüdü.", "15. yüzyılda kuruldu.|Sonra büyüdü." },
    { "Dr. Ahmet geldi. Gitti.", "Dr. Ahmet geldi.|Gitti." },
    { "A. Yılmaz konuştu! Ne dedi? Bilinmiyor…", "A. Yılmaz konuştu!|Ne dedi?|Bilinmiyor…" },
    { "Satır bir\nSatır iki", "Satır bir|Satır iki" },
    { "“Geliyoruz!” dedi. Sonra", "“Geliyoruz!” dedi.|Sonra" },
    { "Sayı 3.5 oldu. Tamam.", "Sayı 3.5 oldu.|Tamam." },
    { "  \n\n  ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gunichar *u = g_utf8_to_ucs4_fast (cases[i].text, -1, NULL);
      g_autoptr(GArray) sentences = kaynak_sentences_split (u, g_utf8_strlen (cases[i].text, -1));
      g_autofree char *joined = join_spans (cases[i].text, sentences);

      g_assert_cmpstr (joined, ==, cases[i].sentences);
    }
}

/* --- Exporting files in one call ------------------------------------------ */

typedef struct
{
  guint calls;
  guint errors;
} ProgressLog;

static void
log_progress (const KaynakExportFileEvent *event,
              gpointer                     user_data)
{
  ProgressLog *log = user_data;

  g_assert_cmpuint (event->done, ==, log->calls + 1);
  g_assert_cmpuint (event->total, ==, 3);
  g_assert_true ((event->result == KAYNAK_EXPORT_FILE_FAILED) == (event->error != NULL));
  log->calls++;
  log->errors += event->error != NULL;
}

static guint
count_entries (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  if (dir != NULL)
    g_dir_close (dir);
  return n;
}

static void
test_export_files (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autofree char *in = g_build_filename (dir, "in", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *out_path = g_build_filename (out_dir, "all.jsonl", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  const char *paths[] = { in, NULL };
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  ProgressLog log = { 0 };
  KaynakExportCounts counts = { 99, 99, 99 };
  g_autoptr(KaynakExportOutput) dataset = NULL;

  g_mkdir_with_parents (in, 0755);
  g_mkdir_with_parents (out_dir, 0755);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KaynakDocument) document = make_fixture ();
      g_autofree char *name = g_strdup_printf ("%u.kaynak.json", i);
      g_autofree char *path = g_build_filename (in, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (kaynak_file_save (document, file, NULL, &error));
      g_assert_no_error (error);
    }
  {
    g_autofree char *broken = g_build_filename (in, "2.kaynak.json", NULL);

    g_assert_true (g_file_set_contents (broken, "[", 1, NULL));
  }
  files = kaynak_export_collect_files (paths, NULL, NULL);
  g_assert_cmpuint (files->len, ==, 3);

  /* two good files and a broken one */
  dataset = kaynak_export_output_new (out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_files (kaynak_exporter_lookup ("jsonl"), NULL, files, dataset, NULL,
                                      log_progress, &log, &counts, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&dataset, kaynak_export_output_free);
  g_assert_cmpuint (counts.n_failed, ==, 1);
  g_assert_cmpuint (counts.n_exported, ==, 2);
  g_assert_cmpuint (counts.n_nothing_to_write, ==, 0);
  g_assert_cmpuint (counts.n_claims, ==, 10);
  g_assert_cmpuint (log.calls, ==, 3);
  g_assert_cmpuint (log.errors, ==, 1);
  g_assert_true (g_file_get_contents (out_path, &contents, NULL, NULL));
  g_assert_cmpuint (count_char (contents, '\n'), ==, 10);
  g_assert_cmpuint (count_entries (out_dir), ==, 1);  /* no temporary file left */

  /* cancelled: the existing output stays as it was, nothing else appears */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autofree char *after = NULL;

    dataset = kaynak_export_output_new (out, NULL, &error);
    g_assert_no_error (error);
    g_cancellable_cancel (cancellable);
    g_assert_false (kaynak_export_files (kaynak_exporter_lookup ("csv"), NULL, files, dataset, NULL,
                                         NULL, NULL, NULL, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_clear_pointer (&dataset, kaynak_export_output_free);
    g_assert_true (g_file_get_contents (out_path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, contents);
    g_assert_cmpuint (count_entries (out_dir), ==, 1);
  }

  /* per-article formats write into a folder */
  {
    g_autofree char *html_dir = g_build_filename (dir, "html", NULL);
    g_autoptr(GFile) html = g_file_new_for_path (html_dir);

    g_assert_true (kaynak_export_files (kaynak_exporter_lookup ("html"), NULL, files, NULL, html,
                                        NULL, NULL, &counts, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_entries (html_dir), ==, 2);
    g_assert_cmpuint (counts.n_exported, ==, 2);
  }
  kaynak_test_remove_tree (dir);
}

/* --- Collecting files ---------------------------------------------------- */

static void
test_collect (void)
{
  static const char * const files[] = {
    "b.kaynak.json", "a.kaynak.json", "notes.txt", "sub/c.kaynak.json", "sub/deeper/d.kaynak.json",
    ".hidden/e.kaynak.json", "sub/.f.kaynak.json",
  };
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  const char *paths[] = { dir, missing, NULL };
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GFile) root = g_file_new_for_path (dir);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_autofree char *parent = g_path_get_dirname (path);

      g_mkdir_with_parents (parent, 0755);
      g_assert_true (g_file_set_contents (path, "{}", 2, NULL));
    }
  found = kaynak_export_collect_files (paths, NULL, problems);
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *relative = g_file_get_relative_path (root,
                                                            g_ptr_array_index (found, i));

      g_string_append_printf (names, "%s ", relative);
    }
  g_assert_cmpstr (names->str, ==, "a.kaynak.json b.kaynak.json sub/c.kaynak.json sub/deeper/d.kaynak.json ");
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "does not exist"));
  kaynak_test_remove_tree (dir);
}

/* --- CSV cells that a spreadsheet would run ------------------------------ */

/* The cells of the CSV rows in @csv (RFC 4180: quoted cells may hold
 * commas, quotes doubled, line breaks); rows end with CRLF */
static GPtrArray *
csv_rows (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *cell = g_string_new (NULL);
  const char *p = csv;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++; *p && !(p[0] == '"' && p[1] != '"'); p++)
            {
              if (p[0] == '"')
                p++;
              g_string_append_c (cell, *p);
            }
          p++;
          continue;
        }
      if (*p == ',' || (p[0] == '\r' && p[1] == '\n'))
        {
          g_ptr_array_add (row, g_string_free (g_steal_pointer (&cell), FALSE));
          cell = g_string_new (NULL);
          if (*p == '\r')
            {
              g_ptr_array_add (rows, row);
              row = g_ptr_array_new_with_free_func (g_free);
              p++;
            }
          p++;
          continue;
        }
      g_string_append_c (cell, *p++);
    }
  g_string_free (cell, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

/* Where the column @name is in the CSV header row @header */
static guint
csv_column (GPtrArray  *header,
            const char *name)
{
  for (guint c = 0; c < header->len; c++)
    if (g_str_equal (g_ptr_array_index (header, c), name))
      return c;
  g_error ("no column “%s” in the CSV", name);
}

/* The one file a per-article format writes for @document */
static char *
export_one_file (const char     *format,
                 KaynakDocument *document)
{
  const KaynakExporter *exporter = kaynak_exporter_lookup (format);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-formats-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  KaynakExportOptions options = { .fact_checker_name = "Örnek Doğrulama" };
  g_autofree char *contents = NULL;
  const char *name;
  GDir *d;

  writer = kaynak_export_writer_new_folder (exporter, &options, folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_export_writer_get_n_files (writer), ==, 1);

  d = g_dir_open (dir, 0, NULL);
  name = g_dir_read_name (d);
  g_assert_nonnull (name);
  {
    g_autofree char *path = g_build_filename (dir, name, NULL);

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  }
  g_dir_close (d);
  kaynak_test_remove_tree (dir);
  return g_steal_pointer (&contents);
}

/* The article's details, as a user sets them in Article Details, reach
 * the CSV and JSONL columns, ClaimReview's itemReviewed appearance and
 * the HTML report's header */
static void
test_article_details_exported (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Ukrayna açıkladı. ABD doğruladı.", -1);
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) error = NULL;
  KaynakExportOptions options = { 0 };
  KaynakClaim *claim;

  kaynak_article_details_set_title (details, "Başlık, virgüllü");
  kaynak_article_details_set_url (details, "https://example.org/haber/1");
  kaynak_article_details_set_outlet (details, "Örnek Gazete");
  kaynak_article_details_set_published (details, "2024-10-30");
  kaynak_article_details_set_language (details, "tr");
  kaynak_article_details_set_fact_check_url (details, "https://example.org/dogrulama/1");
  g_assert_true (kaynak_document_set_details (document, details, &error));
  claim = kaynak_document_create_claim (document, 0, 16, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_document_set_claim_status (document, kaynak_claim_get_id (claim),
                                                   KAYNAK_CLAIM_STATUS_SUPPORTED, &error));

  /* CSV: the five columns, by name */
  {
    g_autoptr(GBytes) bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup ("csv"),
                                                              &options, document, &error);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autoptr(GPtrArray) rows = csv_rows (text);
    GPtrArray *header = g_ptr_array_index (rows, 0);
    GPtrArray *row = g_ptr_array_index (rows, 1);

    g_assert_cmpuint (rows->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (row, csv_column (header, "title")), ==, "Başlık, virgüllü");
    g_assert_cmpstr (g_ptr_array_index (row, csv_column (header, "url")), ==, "https://example.org/haber/1");
    g_assert_cmpstr (g_ptr_array_index (row, csv_column (header, "outlet")), ==, "Örnek Gazete");
    g_assert_cmpstr (g_ptr_array_index (row, csv_column (header, "published")), ==, "2024-10-30");
    g_assert_cmpstr (g_ptr_array_index (row, csv_column (header, "language")), ==, "tr");
  }

  /* JSON Lines: the same members */
  {
    g_autoptr(GBytes) bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup ("jsonl"),
                                                              &options, document, &error);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autoptr(JsonNode) node = json_from_string (text, &error);
    JsonObject *line;

    g_assert_no_error (error);
    line = json_node_get_object (node);
    g_assert_cmpstr (json_object_get_string_member (line, "title"), ==, "Başlık, virgüllü");
    g_assert_cmpstr (json_object_get_string_member (line, "url"), ==, "https://example.org/haber/1");
    g_assert_cmpstr (json_object_get_string_member (line, "outlet"), ==, "Örnek Gazete");
    g_assert_cmpstr (json_object_get_string_member (line, "published"), ==, "2024-10-30");
    g_assert_cmpstr (json_object_get_string_member (line, "language"), ==, "tr");
  }

  /* ClaimReview: the article is where the claim appeared */
  {
    g_autofree char *text = export_one_file ("claimreview", document);
    g_autoptr(JsonNode) node = json_from_string (text, &error);
    JsonObject *review, *appearance;

    g_assert_no_error (error);
    review = json_array_get_object_element (json_node_get_array (node), 0);
    appearance = json_object_get_object_member (json_object_get_object_member (review, "itemReviewed"),
                                                "appearance");
    g_assert_cmpstr (json_object_get_string_member (appearance, "@type"), ==, "CreativeWork");
    g_assert_cmpstr (json_object_get_string_member (appearance, "url"), ==, "https://example.org/haber/1");
    g_assert_cmpstr (json_object_get_string_member (appearance, "headline"), ==, "Başlık, virgüllü");
    g_assert_cmpstr (json_object_get_string_member (appearance, "datePublished"), ==, "2024-10-30");
    g_assert_cmpstr (json_object_get_string_member (appearance, "inLanguage"), ==, "tr");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (appearance, "publisher"),
                                                    "name"), ==, "Örnek Gazete");
  }

  /* The HTML report's header */
  {
    g_autofree char *html = export_one_file ("html", document);

    g_assert_nonnull (strstr (html, "<html lang=\"tr\">"));
    g_assert_nonnull (strstr (html, "<title>Başlık, virgüllü</title>"));
    g_assert_nonnull (strstr (html, "<h1>Başlık, virgüllü</h1>"));
    g_assert_nonnull (strstr (html, "<p class=\"meta\">Örnek Gazete · 2024-10-30<br>"
                                    "<a href=\"https://example.org/haber/1\""));
  }
}

/* Quotes (and notes) that start with =, +, -, @, a tab or a carriage
 * return: the plain CSV gives them exactly (quote = text[start:end]),
 * the one for spreadsheets puts a single quote before each, and a byte
 * order mark first; other cells are the same in both */
static void
test_csv_formula_cells (void)
{
  static const char text[] =
    "=HYPERLINK(\"http://example.org\",\"tıkla\") dedi. +90 555 ara. -1 puan. "
    "@bakanlik yazdı. \tsekme. \rsatır. Düz cümle.";
  static const char * const starts[] = { "=HYPERLINK", "+90", "-1", "@bakanlik", "\tsekme",
                                         "\rsatır", "Düz" };
  g_autoptr(KaynakDocument) document = kaynak_document_new (text, -1);
  const KaynakExporter *csv = kaynak_exporter_lookup ("csv");
  KaynakExportOptions plain_options = { 0 };
  KaynakExportOptions sheet_options = { .csv_spreadsheet = TRUE };
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) sheet = NULL;
  g_autoptr(GPtrArray) plain_rows = NULL;
  g_autoptr(GPtrArray) sheet_rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *sheet_text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      const char *at = strstr (text, starts[i]);
      guint start = g_utf8_pointer_to_offset (text, at);
      KaynakClaim *claim = kaynak_document_create_claim (document, start,
                                                         start + g_utf8_strlen (starts[i], -1),
                                                         NULL, &error);

      g_assert_no_error (error);
      g_assert_true (kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim),
                                                     i == 0 ? "=1+1" : "not", &error));
    }

  plain = kaynak_export_document_to_bytes (csv, &plain_options, document, &error);
  g_assert_no_error (error);
  sheet = kaynak_export_document_to_bytes (csv, &sheet_options, document, &error);
  g_assert_no_error (error);
  plain_text = g_strndup (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));
  sheet_text = g_strndup (g_bytes_get_data (sheet, NULL), g_bytes_get_size (sheet));
  g_assert_true (g_str_has_prefix (plain_text, "document_id,"));
  g_assert_true (g_str_has_prefix (sheet_text, "\xef\xbb\xbf" "document_id,"));

  plain_rows = csv_rows (plain_text);
  sheet_rows = csv_rows (sheet_text + 3);
  g_assert_cmpuint (plain_rows->len, ==, 1 + G_N_ELEMENTS (starts));
  g_assert_cmpuint (sheet_rows->len, ==, plain_rows->len);
  for (guint r = 1; r < plain_rows->len; r++)
    {
      GPtrArray *header = g_ptr_array_index (plain_rows, 0);
      GPtrArray *p = g_ptr_array_index (plain_rows, r);
      GPtrArray *q = g_ptr_array_index (sheet_rows, r);
      guint start = (guint) g_ascii_strtoull (g_ptr_array_index (p, csv_column (header, "start")), NULL, 10);
      guint end = (guint) g_ascii_strtoull (g_ptr_array_index (p, csv_column (header, "end")), NULL, 10);
      g_autofree char *slice = kaynak_document_dup_slice (document, start, end);

      g_assert_cmpuint (q->len, ==, p->len);
      /* plain: exactly the article's text */
      g_assert_cmpstr (g_ptr_array_index (p, csv_column (header, "quote")), ==, slice);
      for (guint c = 0; c < p->len; c++)
        {
          const char *cell = g_ptr_array_index (p, c);

          if (strchr ("=+-@\t\r", cell[0]) != NULL && cell[0] != '\0')
            {
              g_autofree char *defused = g_strconcat ("'", cell, NULL);

              g_assert_cmpstr (g_ptr_array_index (q, c), ==, defused);
            }
          else
            g_assert_cmpstr (g_ptr_array_index (q, c), ==, cell);
        }
    }
  /* each kind of start was there */
  g_assert_nonnull (strstr (sheet_text, "\"'=HYPERLINK(\"\"http"));
  g_assert_nonnull (strstr (sheet_text, ",'+90,"));
  g_assert_nonnull (strstr (sheet_text, ",'-1,"));
  g_assert_nonnull (strstr (sheet_text, ",'@bakanlik,"));
  g_assert_nonnull (strstr (sheet_text, ",\"'\tsekme\","));
  g_assert_nonnull (strstr (sheet_text, ",\"'\rsatır\","));
  g_assert_nonnull (strstr (sheet_text, ",'=1+1,"));
}

int
main (int   argc,
      char *argv[])
{
  const KaynakExporter * const *exporters;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  exporters = kaynak_exporters ();
  for (guint i = 0; exporters[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/kaynak/formats/golden/%s", exporters[i]->name);

      g_test_add_data_func (path, exporters[i]->name,
                            exporters[i]->kind == KAYNAK_EXPORT_DATASET
                            ? test_golden_dataset : test_golden_folder);
    }
  g_test_add_func ("/kaynak/formats/counts-what-was-written", test_counts);
  g_test_add_func ("/kaynak/formats/file-or-folder-kinds", test_kinds);
  g_test_add_func ("/kaynak/formats/orphans-left-out-and-counted", test_orphans);
  g_test_add_func ("/kaynak/formats/roundtrip/doccano", test_roundtrip_doccano);
  g_test_add_func ("/kaynak/formats/roundtrip/brat", test_roundtrip_brat);
  g_test_add_func ("/kaynak/formats/import/doccano-entities", test_import_doccano_entities);
  g_test_add_func ("/kaynak/formats/claimreview/required-properties", test_claimreview_required);
  g_test_add_func ("/kaynak/formats/claimreview/unattributed-has-no-author",
                   test_claimreview_unattributed);
  g_test_add_func ("/kaynak/formats/claimreview/missing-address-refused",
                   test_claimreview_missing_url_refused);
  g_test_add_func ("/kaynak/formats/roundtrip/doccano-relations", test_roundtrip_doccano_relations);
  g_test_add_func ("/kaynak/formats/import/doccano-relations", test_import_doccano_relations);
  g_test_add_func ("/kaynak/formats/import/w3c-quote-only", test_import_w3c_quote_only);
  g_test_add_func ("/kaynak/formats/roundtrip/w3c", test_roundtrip_w3c);
  g_test_add_func ("/kaynak/formats/import/plain-text", test_import_text);
  g_test_add_func ("/kaynak/formats/import/bad-input-refused", test_bad_input);
  g_test_add_func ("/kaynak/formats/html/escaping", test_html_escaping);
  g_test_add_func ("/kaynak/formats/html/paragraphs-classes-and-scopes", test_html_layout);
  g_test_add_func ("/kaynak/formats/jsonl/escaping", test_jsonl_escaping);
  g_test_add_func ("/kaynak/formats/csv/formula-cells", test_csv_formula_cells);
  g_test_add_func ("/kaynak/formats/article-details-in-every-export", test_article_details_exported);
  g_test_add_func ("/kaynak/formats/conll/tokens", test_tokenizer);
  g_test_add_func ("/kaynak/formats/sentence-boundaries", test_sentences);
  g_test_add_func ("/kaynak/formats/conll/zero-width-not-tokens", test_conll_zero_width);
  g_test_add_func ("/kaynak/formats/folder-walk-finds-kaynak-files", test_collect);
  g_test_add_func ("/kaynak/formats/export-files-one-dataset-or-one-per-article", test_export_files);

  return g_test_run ();
}
