/* test-language.c: Turkish or English guessed from an article's text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-document.h"
#include "kaynak-language.h"

static void
test_turkish (void)
{
  g_assert_cmpstr (kaynak_language_detect (
    "Ukrayna, Rusya'nın Kuzey Kore'den getirdiği askerlerin cepheye "
    "sürüldüğünü açıkladı. Beyaz Saray da bu bilgiyi doğruladı.", -1), ==, "tr");
  /* Capitals only, with the dotted İ */
  g_assert_cmpstr (kaynak_language_detect ("İSTANBUL'DA BUGÜN HAVA ÇOK GÜZEL VE ILIK", -1), ==, "tr");
  /* Short but clear */
  g_assert_cmpstr (kaynak_language_detect ("Bu çok güzel.", -1), ==, "tr");
}

static void
test_english (void)
{
  g_assert_cmpstr (kaynak_language_detect (
    "Ukraine said that more than three thousand soldiers had been brought "
    "to Russia to fight, and the White House confirmed it on Tuesday.", -1), ==, "en");
  g_assert_cmpstr (kaynak_language_detect ("The cat is on the mat.", -1), ==, "en");
}

static void
test_mixed (void)
{
  /* A Turkish article quoting an English sentence is Turkish */
  g_assert_cmpstr (kaynak_language_detect (
    "Beyaz Saray sözcüsü açıklamasında “we are aware of the reports” dedi. "
    "Açıklama, Ukrayna'nın iddialarının ardından geldi ve Kremlin henüz "
    "bir yorum yapmadı. Uzmanlara göre bu gelişme çok önemli.", -1), ==, "tr");
  /* Half and half: no guess */
  g_assert_null (kaynak_language_detect (
    "The news of the day is that the ministry said it. "
    "Bu çok önemli ve doğru bir haber, dedi.", -1));
}

static void
test_too_little (void)
{
  g_assert_null (kaynak_language_detect ("", -1));
  g_assert_null (kaynak_language_detect ("   \n\t ", -1));
  g_assert_null (kaynak_language_detect ("Merhaba", -1));
  g_assert_null (kaynak_language_detect ("The end", -1));
  g_assert_null (kaynak_language_detect ("2024 — 3 000 / 15 %", -1));
  /* Neither language: German has ö and ü, but too few words with them */
  g_assert_null (kaynak_language_detect (
    "Die Soldaten wurden an die Front geschickt, sagte das Ministerium am "
    "Dienstag in einer Erklärung, die von mehreren Zeitungen zitiert wurde.", -1));
  /* @length is honoured: only "The" is read */
  g_assert_null (kaynak_language_detect ("The cat is on the mat.", 3));
}

/* Only the first KAYNAK_LANGUAGE_SAMPLE characters are read: a Turkish
 * start decides, whatever follows */
static void
test_sampled (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, -1) < KAYNAK_LANGUAGE_SAMPLE)
    g_string_append (text, "Bu haber çok önemli ve doğru. ");
  for (guint i = 0; i < 20000; i++)
    g_string_append (text, "The news is what the ministry said. ");
  g_assert_cmpstr (kaynak_language_detect (text->str, (gssize) text->len), ==, "tr");
}

static void
test_seed_article (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.txt", NULL);
  g_autofree char *text = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = NULL;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  g_assert_cmpstr (kaynak_language_detect (text, (gssize) length), ==, "tr");

  /* A new annotation gets the detected language, kept as saved */
  document = kaynak_document_new_for_article (text, (gssize) length, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "tr");
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_false (kaynak_document_get_can_undo (document));
}

static void
test_article_language_kept (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("The cat is on the mat.", -1);
  g_autoptr(GError) error = NULL;

  kaynak_document_set_language (document, "en-GB");
  g_assert_true (kaynak_document_start_annotation (document, NULL, NULL, &error));
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "en-GB");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/language/turkish", test_turkish);
  g_test_add_func ("/kaynak/language/english", test_english);
  g_test_add_func ("/kaynak/language/mixed-goes-to-the-clear-majority", test_mixed);
  g_test_add_func ("/kaynak/language/empty-or-short-is-unknown", test_too_little);
  g_test_add_func ("/kaynak/language/only-the-start-is-read", test_sampled);
  g_test_add_func ("/kaynak/language/sample-article-is-turkish", test_seed_article);
  g_test_add_func ("/kaynak/language/new-annotation-keeps-a-known-language",
                   test_article_language_kept);

  return g_test_run ();
}
