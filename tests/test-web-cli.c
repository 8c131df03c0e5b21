/* test-web-cli.c: kaynak --new and kaynak --import text with saved web
 * pages, MHTML and PDFs (issue 18), run as a user runs them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-article-import.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

/* Copies tests/data/web/@name into the test's folder */
static void
copy_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "data", "web", name, NULL);
  g_autofree char *to = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = kaynak_test_make_temp_dir ("kaynak-web-cli-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KaynakDocument *
load_or_fail (const char *dir,
              const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* kaynak --new page.html writes page.kaynak.json beside it, with the
 * article's body and every detail the page gives, retrieved today */
static void
test_new_html (Fixture       *fixture,
               gconstpointer  data)
{
  const char *args[] = { "--new", "tr-haber-jsonld.html", NULL };
  g_autoptr(KaynakDocument) document = NULL;
  g_autofree char *today = kaynak_article_retrieved_today ();
  g_auto(KaynakTestRun) run = { 0 };

  copy_in (fixture, "tr-haber-jsonld.html");
  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "tr-haber-jsonld.kaynak.json"));

  document = load_or_fail (fixture->dir, "tr-haber-jsonld.kaynak.json");
  g_assert_true (g_str_has_prefix (kaynak_document_get_text (document),
                                   "Güney Kore istihbaratı, Kuzey Kore'nin"));
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Örnek Haber");
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Ayşe Yılmaz");
  g_assert_cmpstr (kaynak_document_get_published (document), ==, "2024-10-31T09:15:00+03:00");
  g_assert_cmpstr (kaynak_document_get_retrieved (document), ==, today);
  g_assert_cmpstr (kaynak_document_get_url (document), ==,
                   "https://www.ornekhaber.com.tr/dunya/kuzey-kore-asker-12345");
}

static void
test_new_mhtml (Fixture       *fixture,
                gconstpointer  data)
{
  const char *args[] = { "--new", "en-daily-example.mhtml", "--output", "saglik.kaynak.json", NULL };
  g_autoptr(KaynakDocument) document = NULL;
  g_auto(KaynakTestRun) run = { 0 };

  copy_in (fixture, "en-daily-example.mhtml");
  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  document = load_or_fail (fixture->dir, "saglik.kaynak.json");
  g_assert_nonnull (strstr (kaynak_document_get_text (document), "7.62 million"));
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Sam Taylor");
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "en");
}

/* A PDF: its text, line-end hyphens undone, the title and author its
 * document gives; a scanned one is refused, saying why, and nothing is
 * written */
static void
test_new_pdf (Fixture       *fixture,
              gconstpointer  data)
{
  const char *args[] = { "--new", "tr-meclis-raporu.pdf", NULL };
  const char *scan_args[] = { "--new", "taranmis-belge.pdf", NULL };
  g_autofree char *scan_output = g_build_filename (fixture->dir, "taranmis-belge.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = NULL;
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) scan = { 0 };
  const char *text;

  copy_in (fixture, "tr-meclis-raporu.pdf");
  copy_in (fixture, "taranmis-belge.pdf");
  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  document = load_or_fail (fixture->dir, "tr-meclis-raporu.kaynak.json");
  text = kaynak_document_get_text (document);
  g_assert_nonnull (strstr (text, "teslim edildiğini açıkladı.\nMuhalefet ise"));
  g_assert_nonnull (strstr (text, "savundu.\nRaporda,"));
  g_assert_nonnull (strstr (text, "Suudi-\nArabistan"));
  g_assert_cmpstr (kaynak_document_get_title (document), ==,
                   "Meclis Araştırma Raporu: Deprem Bölgesinde Konut");
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "TBMM Araştırma Komisyonu");

  kaynak_test_run_binary (&scan, fixture->dir, scan_args);
  g_assert_cmpint (scan.status, !=, 0);
  g_assert_nonnull (strstr (scan.err, "taranmis-belge.pdf"));
  g_assert_nonnull (strstr (scan.err, "no text"));
  g_assert_false (g_file_test (scan_output, G_FILE_TEST_EXISTS));
}

/* A page with no article in it gets a message, not an empty document */
static void
test_new_empty_page (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *args[] = { "--new", "bos.html", NULL };
  g_autofree char *path = g_build_filename (fixture->dir, "bos.html", NULL);
  g_auto(KaynakTestRun) run = { 0 };

  g_assert_true (g_file_set_contents (path, "<html><body><nav><a href=/>Ana sayfa</a></nav></body></html>",
                                      -1, NULL));
  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "bos.html"));
  g_assert_nonnull (strstr (run.err, "no article text"));
}

/* kaynak --import text takes pages, MHTML and PDFs, named by their stems */
static void
test_import_text (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *args[] = { "--import", "text", "--output", "out",
                         "en-news-opengraph.html", "tr-windows-1254.html", "tr-meclis-raporu.pdf", NULL };
  g_autofree char *out = g_build_filename (fixture->dir, "out", NULL);
  g_autoptr(KaynakDocument) page = NULL;
  g_autoptr(KaynakDocument) turkish = NULL;
  g_autoptr(KaynakDocument) pdf = NULL;
  g_auto(KaynakTestRun) run = { 0 };

  copy_in (fixture, "en-news-opengraph.html");
  copy_in (fixture, "tr-windows-1254.html");
  copy_in (fixture, "tr-meclis-raporu.pdf");
  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 0);

  page = load_or_fail (out, "en-news-opengraph.kaynak.json");
  g_assert_cmpstr (kaynak_document_get_outlet (page), ==, "Example Gazette");
  g_assert_cmpstr (kaynak_document_get_article_author (page), ==, "Jane Doe");
  turkish = load_or_fail (out, "tr-windows-1254.kaynak.json");
  g_assert_true (g_str_has_prefix (kaynak_document_get_text (turkish), "İzmir'de gece"));
  pdf = load_or_fail (out, "tr-meclis-raporu.kaynak.json");
  g_assert_nonnull (strstr (kaynak_document_get_text (pdf), "Komisyon, deprem"));
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("/kaynak/web-cli/new-html", test_new_html);
  add ("/kaynak/web-cli/new-mhtml", test_new_mhtml);
  add ("/kaynak/web-cli/new-pdf", test_new_pdf);
  add ("/kaynak/web-cli/new-empty-page", test_new_empty_page);
  add ("/kaynak/web-cli/import-text", test_import_text);

  return g_test_run ();
}
