/* test-paste.c: an article made from the clipboard's text (New From
 * Clipboard): read as a .txt file is read, its language detected, unsaved,
 * its title and the name Save proposes from its first line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-article-import.h"
#include "kaynak-document-file.h"
#include "kaynak-error.h"
#include "kaynak-file-names.h"
#include "kaynak-text-import.h"
#include "kaynak-test-util.h"

#define ARTICLE \
  "ABD: Kuzey Kore askerleri Rusya'da\n" \
  "\n" \
  "Beyaz Saray, Kuzey Kore'nin Rusya'ya üç binden fazla asker gönderdiğini " \
  "açıkladı. Sözcü, askerlerin ve subayların bu hafta içinde cepheye " \
  "gideceğini ve bunun için bir plan olduğunu söyledi.\n"

/* The first line, white space tidied; long lines cut at a word */
static void
test_first_line (void)
{
  static const struct { const char *text; const char *title; } cases[] = {
    { ARTICLE, "ABD: Kuzey Kore askerleri Rusya'da" },
    { "\n\n  \t İstanbul’da   çığ  \r\nikinci satır", "İstanbul’da çığ" },
    { "Tek satır", "Tek satır" },
    /* 20 words of 9 letters: cut after the last whole word within 80 */
    { "abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi "
      "abcdefghi abcdefghi abcdefghi abcdefghi\nx",
      "abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi…" },
    { "   \n\t\r\n  ", NULL },
    { "", NULL },
  };
  g_autoptr(GString) one_word = g_string_new (NULL);
  g_autofree char *cut = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = kaynak_text_dup_first_line (cases[i].text, -1);

      g_assert_cmpstr (title, ==, cases[i].title);
      if (title != NULL)
        g_assert_cmpint (g_utf8_strlen (title, -1), <=, KAYNAK_TEXT_TITLE_MAX);
    }

  /* one word longer than the limit is cut where it reaches it */
  for (guint i = 0; i < 200; i++)
    g_string_append (one_word, "ş");
  cut = kaynak_text_dup_first_line (one_word->str, -1);
  g_assert_cmpint (g_utf8_strlen (cut, -1), ==, KAYNAK_TEXT_TITLE_MAX);
  g_assert_true (g_str_has_suffix (cut, "ş…"));

  /* @length is respected: the line ends where the data does */
  {
    g_autofree char *part = kaynak_text_dup_first_line ("Kuzey Kore", 5);

    g_assert_cmpstr (part, ==, "Kuzey");
  }
}

/* The name Save proposes: the title's file-safe stem (kaynak-file-names.h),
 * Turkish letters kept, punctuation gone, the length capped */
static void
test_save_name (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_text_import_data ((const guint8 *) ARTICLE,
                                                           strlen (ARTICLE), NULL, NULL);
  g_autoptr(KaynakDocument) unsafe = NULL;
  g_autoptr(KaynakDocument) longer = NULL;
  g_autofree char *name = NULL;
  g_autofree char *unsafe_name = NULL;
  g_autofree char *long_name = NULL;
  const char *bad = "../../etc/passwd: “Çözüm” <ş>|*?\\ şimdi\nikinci";
  GString *many = g_string_new (NULL);

  g_assert_nonnull (doc);
  name = kaynak_document_dup_file_name (doc);
  g_assert_cmpstr (name, ==, "abd-kuzey-kore-askerleri-rusya-da.kaynak.json");

  unsafe = kaynak_text_import_data ((const guint8 *) bad, strlen (bad), NULL, NULL);
  unsafe_name = kaynak_document_dup_file_name (unsafe);
  g_assert_cmpstr (unsafe_name, ==, "etc-passwd-çözüm-ş-şimdi.kaynak.json");

  for (guint i = 0; i < 40; i++)
    g_string_append (many, "Öğrenci ");
  longer = kaynak_text_import_data ((const guint8 *) many->str, many->len, NULL, NULL);
  g_string_free (many, TRUE);
  long_name = kaynak_document_dup_file_name (longer);
  g_assert_true (g_str_has_suffix (long_name, ".kaynak.json"));
  g_assert_true (g_str_has_prefix (long_name, "öğrenci-öğrenci-"));
  g_assert_cmpint (g_utf8_strlen (long_name, -1), <=, 60 + 9 + strlen (".kaynak.json"));
}

/* The bytes are read by the .txt rules: a byte order mark dropped,
 * Windows-1254 recognised, binary data, empty and blank text refused */
static void
test_import_data (void)
{
  static const guint8 bom[] = { 0xEF, 0xBB, 0xBF, 'B', 'i', 'r', '\n' };
  /* "Çığ" in Windows-1254 */
  static const guint8 cp1254[] = { 0xC7, 0xFD, 0xF0, '\n' };
  static const guint8 binary[] = { 'a', 0, 'b' };
  g_autoptr(KaynakDocument) with_bom = NULL;
  g_autoptr(KaynakDocument) turkish = NULL;
  g_autoptr(KaynakDocument) none = NULL;
  g_autoptr(GError) error = NULL;
  KaynakTextEncoding encoding = KAYNAK_TEXT_ENCODING_UTF8;

  with_bom = kaynak_text_import_data (bom, sizeof bom, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (with_bom), ==, "Bir\n");
  g_assert_cmpint (encoding, ==, KAYNAK_TEXT_ENCODING_UTF8_BOM);
  g_assert_null (kaynak_document_get_file (with_bom));
  g_assert_null (kaynak_document_get_article_file (with_bom));
  {
    g_autofree char *today = kaynak_article_retrieved_today ();

    g_assert_cmpstr (kaynak_document_get_retrieved (with_bom), ==, today);
  }

  turkish = kaynak_text_import_data (cp1254, sizeof cp1254, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (turkish), ==, "Çığ\n");
  g_assert_cmpint (encoding, ==, KAYNAK_TEXT_ENCODING_WINDOWS_1254);

  none = kaynak_text_import_data (binary, sizeof binary, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_BINARY);
  g_clear_error (&error);

  none = kaynak_text_import_data ((const guint8 *) "", 0, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  none = kaynak_text_import_data ((const guint8 *) " \n\t ", 4, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  /* over the limit, refused as a file of that size is, without a copy */
  none = kaynak_text_import_data ((const guint8 *) "x", KAYNAK_TEXT_MAX_SIZE + 1, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
}

/* Held as an opened .txt is: the default sources, the author, the
 * language detected; but unsaved, since the text is nowhere else */
static void
test_open_text (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-paste-XXXXXX");
  g_autofree char *drafts_path = g_build_filename (dir, "drafts", NULL);
  g_autoptr(GFile) drafts_folder = g_file_new_for_path (drafts_path);
  g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new_for_folder (drafts_folder);
  g_autoptr(KaynakDocumentFile) file = kaynak_document_file_new (drafts);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  kaynak_document_file_set_new_annotation (file, NULL, "Ayşe");
  g_assert_true (kaynak_document_file_open_text (file, (const guint8 *) ARTICLE,
                                                 strlen (ARTICLE), NULL, &error));
  g_assert_no_error (error);

  document = kaynak_document_file_get_document (file);
  g_assert_cmpstr (kaynak_document_get_text (document), ==, ARTICLE);
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "ABD: Kuzey Kore askerleri Rusya'da");
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "tr");
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), >, 0);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_false (kaynak_document_get_can_undo (document));
  g_assert_null (kaynak_document_get_file (document));

  /* a refusal keeps what was held */
  g_assert_false (kaynak_document_file_open_text (file, (const guint8 *) "  ", 2, NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_true (kaynak_document_file_get_document (file) == document);

  g_clear_object (&file);
  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/paste/first-line", test_first_line);
  g_test_add_func ("/kaynak/paste/save-name", test_save_name);
  g_test_add_func ("/kaynak/paste/import-data", test_import_data);
  g_test_add_func ("/kaynak/paste/open-text", test_open_text);

  return g_test_run ();
}
