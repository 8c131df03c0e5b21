/* test-format-names.c: what the brat, CoNLL and ClaimReview exports write
 * beyond the golden files of test-formats.c:
 *
 *  - type names are given once per export run (brat types, CoNLL tags):
 *    one name per source label across every article, reserved names
 *    avoided, and an earlier Kaynak export into the same brat folder read
 *    back rather than overwritten; a hand-made annotation.conf is refused;
 *  - brat files stay one annotation per line for Python's splitlines()
 *    (form feed, U+2028… in quotes, notes and the article);
 *  - ClaimReview strings are safe inside an HTML <script> element, and the
 *    fact-checker is a Person or an Organization, with or without a name;
 *  - import errors name each line and file once, on one line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-test-util.h"

static void
add_source (KaynakDocument *document,
            const char     *id,
            const char     *label,
            const char     *color)
{
  g_autoptr(KaynakSource) source = kaynak_source_new (id, label, color, 0,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_add_source (document, source, &error));
  g_assert_no_error (error);
}

/* A claim over the first @quote, added (transfer full) */
static KaynakClaim *
add_claim (KaynakDocument    *document,
           const char        *quote,
           const char        *source_id,
           KaynakClaimStatus  status,
           const char        *note)
{
  const char *text = kaynak_document_get_text (document);
  const char *p = strstr (text, quote);
  guint start, end;
  g_autoptr(KaynakClaim) claim = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (p);
  start = (guint) g_utf8_pointer_to_offset (text, p);
  end = start + (guint) g_utf8_strlen (quote, -1);
  claim = kaynak_claim_new (NULL, start, end);
  kaynak_claim_set_quote (claim, quote);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_status (claim, status);
  kaynak_claim_set_note (claim, note ? note : "");
  kaynak_claim_set_modified (claim, "2026-11-29T11:30:00Z");
  g_assert_true (kaynak_document_add_claim (document, claim, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&claim);
}

/* Article A: "Ahmet Öz" and "Ahmet: Öz", whose safe names clash; article
 * B: only "Ahmet: Öz" */
static KaynakDocument *
make_a (void)
{
  KaynakDocument *document = kaynak_document_new ("Bir dedi. İki dedi.", -1);

  kaynak_document_set_title (document, "a");
  add_source (document, "oz", "Ahmet Öz", "#e01b24");
  add_source (document, "oz-colon", "Ahmet: Öz", "#3584e4");
  g_object_unref (add_claim (document, "Bir dedi", "oz", KAYNAK_CLAIM_STATUS_UNVERIFIED, NULL));
  g_object_unref (add_claim (document, "İki dedi", "oz-colon", KAYNAK_CLAIM_STATUS_UNVERIFIED, NULL));
  return document;
}

static KaynakDocument *
make_b (void)
{
  KaynakDocument *document = kaynak_document_new ("Üç dedi.", -1);

  kaynak_document_set_title (document, "b");
  add_source (document, "oz-colon", "Ahmet: Öz", "#2ec27e");
  g_object_unref (add_claim (document, "Üç dedi", "oz-colon", KAYNAK_CLAIM_STATUS_UNVERIFIED, NULL));
  return document;
}

static void
export_folder (const char      *format,
               GFile           *folder,
               KaynakDocument **documents,
               guint            n)
{
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup (format), NULL, folder, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (kaynak_export_writer_add (writer, documents[i], &error));
      g_assert_no_error (error);
    }
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
}

static KaynakDocument *
import_one (const char *importer,
            const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = kaynak_importer_import (kaynak_importer_lookup (importer), file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  return g_object_ref (g_ptr_array_index (documents, 0));
}

/* The label of the source of claim @i */
static const char *
claim_label (KaynakDocument *document,
             guint           i)
{
  g_autoptr(KaynakClaim) claim = g_list_model_get_item (kaynak_document_get_claims (document), i);
  KaynakSource *source;

  g_assert_nonnull (claim);
  g_assert_nonnull (kaynak_claim_get_source_id (claim));
  source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (claim));
  g_assert_nonnull (source);
  return kaynak_source_get_label (source);
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* --- Type names ---------------------------------------------------------- */

/* Two articles in one brat export: "Ahmet: Öz" has one name in both */
static void
test_brat_one_run (void)
{
  g_autoptr(KaynakDocument) a = make_a ();
  g_autoptr(KaynakDocument) b = make_b ();
  KaynakDocument *both[] = { a, b };
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakDocument) back_a = NULL;
  g_autoptr(KaynakDocument) back_b = NULL;
  g_autofree char *ann_b = NULL;

  export_folder ("brat", folder, both, 2);
  ann_b = read_file (dir, "b.ann");
  g_assert_nonnull (strstr (ann_b, "T1\tAhmet_Oz_2 0 7\t"));

  back_a = import_one ("brat", dir, "a.ann");
  g_assert_cmpstr (claim_label (back_a, 0), ==, "Ahmet Öz");
  g_assert_cmpstr (claim_label (back_a, 1), ==, "Ahmet: Öz");
  back_b = import_one ("brat", dir, "b.ann");
  g_assert_cmpstr (claim_label (back_b, 0), ==, "Ahmet: Öz");
  kaynak_test_remove_tree (dir);
}

/* One article at a time into the same folder (the window's Export, or
 * repeated command lines): the second run keeps the first one's types */
static void
test_brat_separate_runs (void)
{
  g_autoptr(KaynakDocument) a = make_a ();
  g_autoptr(KaynakDocument) b = make_b ();
  g_autoptr(KaynakDocument) other = kaynak_document_new ("Beyaz Saray açıkladı.", -1);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakDocument) back_a = NULL;
  g_autoptr(KaynakDocument) back_b = NULL;
  g_autoptr(KaynakDocument) back_other = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *visual = NULL;

  kaynak_document_set_title (other, "other");
  add_source (other, "saray", "Beyaz Saray", "#9141ac");
  g_object_unref (add_claim (other, "Beyaz Saray açıkladı", "saray",
                             KAYNAK_CLAIM_STATUS_UNVERIFIED, NULL));

  export_folder ("brat", folder, &other, 1);
  export_folder ("brat", folder, &b, 1);
  export_folder ("brat", folder, &a, 1);

  conf = read_file (dir, "annotation.conf");
  g_assert_true (g_str_has_prefix (conf, "# Made by Kaynak"));
  g_assert_nonnull (strstr (conf, "[entities]\nBeyaz_Saray\nAhmet_Oz\nAhmet_Oz_2\n\n"));
  visual = read_file (dir, "visual.conf");
  g_assert_nonnull (strstr (visual, "Beyaz_Saray | Beyaz Saray\n"));
  g_assert_nonnull (strstr (visual, "Ahmet_Oz | Ahmet: Öz\n"));
  g_assert_nonnull (strstr (visual, "Ahmet_Oz_2 | Ahmet Öz\n"));
  /* first come, first served: b's colour stays with its type */
  g_assert_nonnull (strstr (visual, "Ahmet_Oz\tbgColor:#2ec27e\n"));

  back_other = import_one ("brat", dir, "other.ann");
  g_assert_cmpstr (claim_label (back_other, 0), ==, "Beyaz Saray");
  back_b = import_one ("brat", dir, "b.ann");
  g_assert_cmpstr (claim_label (back_b, 0), ==, "Ahmet: Öz");
  back_a = import_one ("brat", dir, "a.ann");
  g_assert_cmpstr (claim_label (back_a, 0), ==, "Ahmet Öz");
  g_assert_cmpstr (claim_label (back_a, 1), ==, "Ahmet: Öz");
  kaynak_test_remove_tree (dir);
}

/* A brat configuration Kaynak did not write is never replaced */
static void
test_brat_foreign_conf (void)
{
  static const char *const names[] = { "annotation.conf", "visual.conf" };
  static const char foreign[] = "[entities]\nPerson\n";
  g_autoptr(KaynakDocument) a = make_a ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
      g_autoptr(GFile) folder = g_file_new_for_path (dir);
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(KaynakExportWriter) writer = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      g_autofree char *ann = g_build_filename (dir, "a.ann", NULL);

      g_assert_true (g_file_set_contents (path, foreign, -1, NULL));
      writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("brat"), NULL, folder, &error);
      g_assert_null (writer);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, names[i]));
      g_assert_nonnull (strstr (error->message, "not written by Kaynak"));
      after = read_file (dir, names[i]);
      g_assert_cmpstr (after, ==, foreign);
      g_assert_false (g_file_test (ann, G_FILE_TEST_EXISTS));
      kaynak_test_remove_tree (dir);
    }
}

/* Names annotation.conf declares for itself are not given to sources */
static void
test_brat_reserved (void)
{
  static const char *const labels[] = { "Status", "confirms", "responds to", "Claim", "AnnotatorNotes" };
  static const char *const types[] = { "Status_2", "confirms_2", "responds_to_2", "Claim_2", "AnnotatorNotes_2" };
  g_autoptr(KaynakDocument) document = kaynak_document_new ("bir iki üç dört beş", -1);
  static const char *const words[] = { "bir", "iki", "üç", "dört", "beş" };
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakDocument) back = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *ann = NULL;

  kaynak_document_set_title (document, "r");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);

      add_source (document, id, labels[i], "#3584e4");
      g_object_unref (add_claim (document, words[i], id, KAYNAK_CLAIM_STATUS_UNVERIFIED, NULL));
    }
  export_folder ("brat", folder, &document, 1);

  conf = read_file (dir, "annotation.conf");
  ann = read_file (dir, "r.ann");
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autofree char *entity = g_strdup_printf ("\n%s\n", types[i]);
      g_autofree char *t_line = g_strdup_printf ("T%u\t%s ", i + 1, types[i]);

      g_assert_nonnull (strstr (conf, entity));
      g_assert_nonnull (strstr (ann, t_line));
    }
  back = import_one ("brat", dir, "r.ann");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_assert_cmpstr (claim_label (back, i), ==, labels[i]);
  kaynak_test_remove_tree (dir);
}

/* One CoNLL dataset: one tag per source label in every article */
static void
test_conll_one_run (void)
{
  g_autoptr(KaynakDocument) a = make_a ();
  g_autoptr(KaynakDocument) b = make_b ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  writer = kaynak_export_writer_new_stream (kaynak_exporter_lookup ("conll"), NULL, stream, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, a, &error));
  g_assert_true (kaynak_export_writer_add (writer, b, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));

  g_assert_nonnull (strstr (text, "Bir\tB-Ahmet_Oz\n"));
  g_assert_nonnull (strstr (text, "İki\tB-Ahmet_Oz_2\n"));
  g_assert_nonnull (strstr (text, "Üç\tB-Ahmet_Oz_2\n"));
}

/* --- brat and Python's line breaks --------------------------------------- */

/* Where Python's str.splitlines(), and so brat, ends a line */
static gboolean
python_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d ||
         c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* The lines of @text as Python's splitlines() makes them */
static GPtrArray *
python_splitlines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!python_line_break (c))
        continue;
      g_ptr_array_add (lines, g_strndup (start, p - start));
      if (c == '\r' && p[1] == '\n')
        p++;
      start = g_utf8_next_char (p);
    }
  if (*start)
    g_ptr_array_add (lines, g_strdup (start));
  return lines;
}

static void
test_brat_line_breaks (void)
{
  /* every line break Python knows, in the article and in the note */
  static const char article[] =
    "Bir\fiki\vüç\xe2\x80\xa8" "dört\xe2\x80\xa9" "beş\xc2\x85" "altı\x1cyedi son.";
  static const char note[] = "a\fb\vc\xe2\x80\xa8" "d\xe2\x80\xa9" "e\xc2\x85" "f\x1cg\th\ni";
  g_autoptr(KaynakDocument) document = kaynak_document_new (article, -1);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakClaim) claim = NULL;
  g_autoptr(KaynakClaim) inner = NULL;
  g_autoptr(KaynakDocument) back = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *ann = NULL;
  g_autofree char *visual = NULL;
  gunichar *text;
  glong n_chars;

  kaynak_document_set_title (document, "lb");
  add_source (document, "s", "Bir\x1cKaynak\xe2\x80\xa8", "#3584e4");
  claim = add_claim (document, "Bir\fiki\vüç\xe2\x80\xa8" "dört\xe2\x80\xa9" "beş\xc2\x85" "altı\x1cyedi",
                     "s", KAYNAK_CLAIM_STATUS_REFUTED, note);
  inner = add_claim (document, "dört", NULL, KAYNAK_CLAIM_STATUS_UNVERIFIED, NULL);
  export_folder ("brat", folder, &document, 1);

  /* brat sees exactly the lines Kaynak wrote */
  ann = read_file (dir, "lb.ann");
  lines = python_splitlines (ann);
  g_assert_cmpuint (lines->len, ==, 4);  /* T1, A1, #1, T2 */
  g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, 0),
                                   "T1\tBir_Kaynak 0 3;4 7;8 10;11 15;16 19;20 24;25 29\t"
                                   "Bir iki üç dört beş altı yedi"));
  g_assert_cmpstr (g_ptr_array_index (lines, 2), ==, "#1\tAnnotatorNotes T1\ta b c d e f g h i");
  visual = read_file (dir, "visual.conf");
  g_ptr_array_unref (lines);
  lines = python_splitlines (visual);
  g_assert_true (g_ptr_array_find_with_equal_func (lines, "Bir_Kaynak | Bir Kaynak", g_str_equal, NULL));

  /* every fragment is at the code points of the .txt it names */
  text = g_utf8_to_ucs4_fast (article, -1, &n_chars);
  {
    static const guint bounds[][2] = { { 0, 3 }, { 4, 7 }, { 8, 10 }, { 11, 15 }, { 16, 19 },
                                       { 20, 24 }, { 25, 29 } };
    static const char *const words[] = { "Bir", "iki", "üç", "dört", "beş", "altı", "yedi" };

    for (guint i = 0; i < G_N_ELEMENTS (bounds); i++)
      {
        g_autofree char *word = g_ucs4_to_utf8 (text + bounds[i][0], bounds[i][1] - bounds[i][0],
                                                NULL, NULL, NULL);

        g_assert_cmpstr (word, ==, words[i]);
      }
  }
  g_free (text);

  /* and Kaynak reads it back at the same offsets */
  back = import_one ("brat", dir, "lb.ann");
  {
    g_autoptr(KaynakClaim) first = g_list_model_get_item (kaynak_document_get_claims (back), 0);
    g_autoptr(KaynakClaim) second = g_list_model_get_item (kaynak_document_get_claims (back), 1);

    g_assert_cmpuint (kaynak_claim_get_start (first), ==, kaynak_claim_get_start (claim));
    g_assert_cmpuint (kaynak_claim_get_end (first), ==, kaynak_claim_get_end (claim));
    g_assert_cmpuint (kaynak_claim_get_start (second), ==, kaynak_claim_get_start (inner));
    g_assert_cmpuint (kaynak_claim_get_end (second), ==, kaynak_claim_get_end (inner));
    g_assert_cmpstr (kaynak_claim_get_note (first), ==, "a b c d e f g h i");
  }
  kaynak_test_remove_tree (dir);
}

/* --- ClaimReview ---------------------------------------------------------- */

static JsonArray *
export_claimreview (KaynakDocument            *document,
                    const KaynakExportOptions *options,
                    char                     **raw)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat (kaynak_document_get_title (document),
                                       ".claimreview.jsonld", NULL);
  JsonArray *array;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("claimreview"), options,
                                            folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  *raw = read_file (dir, name);
  g_assert_true (json_parser_load_from_data (parser, *raw, -1, &error));
  g_assert_no_error (error);
  array = json_array_ref (json_node_get_array (json_parser_get_root (parser)));
  kaynak_test_remove_tree (dir);
  return array;
}

/* Pasted into <script type="application/ld+json">, nothing ends the
 * element early, and JSON reads the same strings */
static void
test_claimreview_script_safe (void)
{
  static const char quote[] = "Dedi ki </script><script>alert(1)</script> & <!-- \xe2\x80\xa8 -->";
  static const char note[] = "<b>Yanlış</b> & \xe2\x80\xa8 \xe2\x80\xa9 </SCRIPT>";
  g_autofree char *article = g_strconcat ("Giriş. ", quote, " Son.", NULL);
  g_autoptr(KaynakDocument) document = kaynak_document_new (article, -1);
  g_autoptr(JsonArray) reviews = NULL;
  g_autofree char *raw = NULL;
  KaynakExportOptions options = { .fact_checker_name = "<Doğrula & Gör>" };
  JsonObject *review;

  kaynak_document_set_title (document, "x");
  kaynak_document_set_url (document, "https://example.org/?a=1&b=<2>");
  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama?a=1&b=2");
  g_object_unref (add_claim (document, quote, NULL, KAYNAK_CLAIM_STATUS_REFUTED, note));
  reviews = export_claimreview (document, &options, &raw);

  g_assert_null (strchr (raw, '<'));
  g_assert_null (strchr (raw, '>'));
  g_assert_null (strchr (raw, '&'));
  g_assert_null (strstr (raw, "\xe2\x80\xa8"));
  g_assert_null (strstr (raw, "\xe2\x80\xa9"));
  g_assert_nonnull (strstr (raw, "\\u003c/script\\u003e"));
  g_assert_nonnull (strstr (raw, "\\u2028"));

  review = json_array_get_object_element (reviews, 0);
  g_assert_cmpstr (json_object_get_string_member (review, "claimReviewed"), ==,
                   "Dedi ki </script><script>alert(1)</script> & <!-- -->");
  g_assert_cmpstr (json_object_get_string_member (review, "reviewBody"), ==, note);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (review, "author"), "name"),
                   ==, "<Doğrula & Gör>");
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (
                       json_object_get_object_member (review, "itemReviewed"), "appearance"), "url"),
                   ==, "https://example.org/?a=1&b=<2>");
}

static void
test_claimreview_fact_checker (void)
{
  static const struct {
    const char *name, *url;
    gboolean    person;
    const char *type;   /* NULL: no author */
  } cases[] = {
    { "Ayşe Yılmaz", NULL, TRUE, "Person" },
    { "Örnek Doğrulama", "https://example.org/", FALSE, "Organization" },
    /* a web address alone identifies the fact-checker; no name invented */
    { NULL, "https://example.org/ayse", TRUE, "Person" },
    { "", "https://example.org/", FALSE, "Organization" },
    /* neither: the site that publishes the fact-check, an organisation
     * with its address and no name */
    { NULL, NULL, TRUE, NULL },
    { "", "", FALSE, NULL },
  };
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Yağmur yağdı.", -1);

  kaynak_document_set_title (document, "f");
  kaynak_document_set_url (document, "https://example.org/haber/f");
  kaynak_document_set_fact_check_url (document, "https://dogrula.example.org:8443/f?x=1");
  g_object_unref (add_claim (document, "Yağmur yağdı", NULL, KAYNAK_CLAIM_STATUS_SUPPORTED, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KaynakExportOptions options = {
        .fact_checker_name = cases[i].name,
        .fact_checker_url = cases[i].url,
        .fact_checker_person = cases[i].person,
      };
      g_autoptr(JsonArray) reviews = NULL;
      g_autofree char *raw = NULL;
      JsonObject *review;
      JsonObject *author;

      reviews = export_claimreview (document, &options, &raw);
      review = json_array_get_object_element (reviews, 0);
      author = json_object_get_object_member (review, "author");
      if (cases[i].type == NULL)
        {
          g_assert_cmpstr (json_object_get_string_member (author, "@type"), ==, "Organization");
          g_assert_cmpstr (json_object_get_string_member (author, "url"), ==,
                           "https://dogrula.example.org:8443");
          g_assert_false (json_object_has_member (author, "name"));
          continue;
        }
      g_assert_cmpstr (json_object_get_string_member (author, "@type"), ==, cases[i].type);
      if (cases[i].name != NULL && *cases[i].name != '\0')
        g_assert_cmpstr (json_object_get_string_member (author, "name"), ==, cases[i].name);
      else
        g_assert_false (json_object_has_member (author, "name"));
      if (cases[i].url != NULL && *cases[i].url != '\0')
        g_assert_cmpstr (json_object_get_string_member (author, "url"), ==, cases[i].url);
      else
        g_assert_false (json_object_has_member (author, "url"));
    }
}

/* --- Import errors ------------------------------------------------------- */

static guint
count_substrings (const char *haystack,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static char *
import_error (const char *importer,
              const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = kaynak_importer_import (kaynak_importer_lookup (importer), file, NULL, NULL, &error);
  g_assert_null (documents);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

/* One line per file: the message names the line of the file, no other */
static void
test_doccano_error_lines (void)
{
  static const struct { const char *contents, *expected; } cases[] = {
    { "{\"text\": \"a\"}\n{\"text\": \"a\\u0000b\"}\n", "on line 2," },
    { "{\"text\": \"a\"}\n\n{\"text\": \"a\\qb\"}\n", "line 3, column 12: a backslash" },
    { "{\"text\": \"a\"}\n{\"text\": \"\xff\"}\n", "(line 2, byte 24)" },
    { "{\"text\": \"a\"}\n{\"text\": \"ab\",\n", "not valid JSON: line 2, column 15: " },
  };
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "d.jsonl", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].contents, -1, NULL));
      message = import_error ("doccano", path);
      g_assert_nonnull (strstr (message, cases[i].expected));
      g_assert_null (strstr (message, "line 1"));
      g_assert_null (strstr (message, "<data>"));
      g_assert_cmpuint (count_substrings (message, "line "), ==, 1);
    }
  kaynak_test_remove_tree (dir);
}

static void
test_brat_error_names (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autofree char *txt = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *ann = g_build_filename (dir, "a.ann", NULL);
  g_autofree char *from_txt = NULL;
  g_autofree char *from_ann = NULL;

  g_assert_true (g_file_set_contents (txt, "abc\r\ndef\fg", -1, NULL));
  g_assert_true (g_file_set_contents (ann, "T1\tX 0 3\tabc\nT2\tX 2 10\tc de\n", -1, NULL));

  /* given the .txt: its path once, then the .ann by name */
  from_txt = import_error ("brat", txt);
  g_assert_true (g_str_has_prefix (from_txt, txt));
  g_assert_cmpuint (count_substrings (from_txt, dir), ==, 1);
  g_assert_nonnull (strstr (from_txt, ": a.ann, line 2: "));
  /* the article's line breaks escaped: the message is one line */
  g_assert_nonnull (strstr (from_txt, "(“c\\r\\ndef\\u000Cg”)"));
  g_assert_null (strchr (from_txt, '\n'));
  g_assert_null (strchr (from_txt, '\r'));
  g_assert_null (strchr (from_txt, '\f'));
  g_assert_null (strchr (from_txt, '\t'));

  /* given the .ann: its path once */
  from_ann = import_error ("brat", ann);
  g_assert_true (g_str_has_prefix (from_ann, ann));
  g_assert_cmpuint (count_substrings (from_ann, dir), ==, 1);
  g_assert_nonnull (strstr (from_ann, "a.ann, line 2: "));

  /* whatever is quoted: here an id with a form feed */
  g_clear_pointer (&from_ann, g_free);
  g_assert_true (g_file_set_contents (ann, "T1\fx\tX 0 3\tabc\nQ\v1\tsomething\n", -1, NULL));
  from_ann = import_error ("brat", ann);
  g_assert_nonnull (strstr (from_ann, "line 2: “Q\\u000B1” is not a brat annotation id"));
  kaynak_test_remove_tree (dir);
}

/* Every label comes back from brat exactly: with '|' (brat's separator
 * in visual.conf: "Bakan | Bakanlık" came back as "Bakan"), line breaks
 * Python splits at, tabs, spaces around it, and two labels brat would
 * show alike */
static void
test_brat_label_round_trip (void)
{
  static const char * const labels[] = {
    "Bakan | Bakanlık", "|", "a|b|c", " Kenar boşluklu ", "Satır\nsonu", "Satır sonu",
    "Sekme\tve\u2028ayraç\xc2\x85", "\"Tırnak\" \\ ters", "Düz",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakDocument) back = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-labels-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *visual = NULL;
  GListModel *sources;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_string_append_printf (text, "iddia%u. ", i);
  document = kaynak_document_new (text->str, -1);
  kaynak_document_set_title (document, "etiket");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);
      g_autofree char *quote = g_strdup_printf ("iddia%u", i);
      g_autoptr(KaynakClaim) claim = NULL;

      add_source (document, id, labels[i], "#3584e4");
      claim = add_claim (document, quote, id, KAYNAK_CLAIM_STATUS_UNVERIFIED, NULL);
    }
  export_folder ("brat", folder, &document, 1);

  /* brat shows the label with '¦' and splits nothing; every line is one
   * line to Python */
  visual = read_file (dir, "visual.conf");
  lines = python_splitlines (visual);
  g_assert_true (g_ptr_array_find_with_equal_func (lines, "Bakan_Bakanlik | Bakan ¦ Bakanlık",
                                                   g_str_equal, NULL));
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      /* one '|' on a label line: between the type and the label */
      if (line[0] != '#' && strstr (line, " | ") != NULL)
        g_assert_null (strchr (strchr (line, '|') + 1, '|'));
    }

  back = import_one ("brat", dir, "etiket.ann");
  sources = kaynak_document_get_sources (back);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, G_N_ELEMENTS (labels));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (kaynak_document_get_claims (back), i);
      KaynakSource *source = kaynak_document_lookup_source (back, kaynak_claim_get_source_id (claim));

      g_assert_nonnull (source);
      g_assert_cmpstr (kaynak_source_get_label (source), ==, labels[i]);
    }

  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/format-names/brat/one-run", test_brat_one_run);
  g_test_add_func ("/kaynak/format-names/brat/separate-runs", test_brat_separate_runs);
  g_test_add_func ("/kaynak/format-names/brat/foreign-conf", test_brat_foreign_conf);
  g_test_add_func ("/kaynak/format-names/brat/reserved", test_brat_reserved);
  g_test_add_func ("/kaynak/format-names/conll/one-run", test_conll_one_run);
  g_test_add_func ("/kaynak/format-names/brat/line-breaks", test_brat_line_breaks);
  g_test_add_func ("/kaynak/format-names/brat/label-round-trip", test_brat_label_round_trip);
  g_test_add_func ("/kaynak/format-names/claimreview/script-safe", test_claimreview_script_safe);
  g_test_add_func ("/kaynak/format-names/claimreview/fact-checker", test_claimreview_fact_checker);
  g_test_add_func ("/kaynak/format-names/errors/doccano-lines", test_doccano_error_lines);
  g_test_add_func ("/kaynak/format-names/errors/brat-names", test_brat_error_names);

  return g_test_run ();
}
