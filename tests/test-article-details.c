/* test-article-details.c: the article's details as the user edits them:
 * one undo step per change, signalled, marking the document modified, and
 * the publication date's rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-language.h"

static KaynakArticleDetails *
details_new (const char *title,
             const char *url,
             const char *outlet,
             const char *published,
             const char *language)
{
  KaynakArticleDetails *details = kaynak_article_details_new ();

  kaynak_article_details_set_title (details, title);
  kaynak_article_details_set_url (details, url);
  kaynak_article_details_set_outlet (details, outlet);
  kaynak_article_details_set_published (details, published);
  kaynak_article_details_set_language (details, language);
  return details;
}

static void
count_signal (gpointer object,
              gpointer data)
{
  (*(guint *) data)++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    data)
{
  GString *log = data;

  g_string_append_printf (log, "%s;", pspec->name);
}

static void
assert_details (KaynakDocument *document,
                const char     *title,
                const char     *url,
                const char     *outlet,
                const char     *published,
                const char     *language)
{
  g_assert_cmpstr (kaynak_document_get_title (document), ==, title);
  g_assert_cmpstr (kaynak_document_get_url (document), ==, url);
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, outlet);
  g_assert_cmpstr (kaynak_document_get_published (document), ==, published);
  g_assert_cmpstr (kaynak_document_get_language (document), ==, language);
}

static void
test_edit_undo_redo (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bir haber metni.", -1);
  g_autoptr(KaynakArticleDetails) first = NULL;
  g_autoptr(KaynakArticleDetails) second = NULL;
  g_autoptr(KaynakArticleDetails) copy = NULL;
  g_autoptr(GString) notified = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  kaynak_document_set_title (document, "haber");
  kaynak_document_mark_saved (document);
  g_signal_connect (document, "changed", G_CALLBACK (count_signal), &changed);
  g_signal_connect (document, "notify", G_CALLBACK (count_notify), notified);

  first = details_new ("Rusya'ya asker", "https://example.org/haber", "Örnek Gazete",
                       "2024-03-05", "tr");
  g_assert_true (kaynak_document_set_details (document, first, &error));
  g_assert_no_error (error);
  assert_details (document, "Rusya'ya asker", "https://example.org/haber", "Örnek Gazete",
                  "2024-03-05", "tr");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_true (kaynak_document_get_can_undo (document));
  g_assert_nonnull (strstr (notified->str, "title;"));
  g_assert_nonnull (strstr (notified->str, "language;"));
  g_assert_nonnull (strstr (notified->str, "modified;"));

  /* Changing the caller's copy afterwards changes nothing in the document */
  kaynak_article_details_set_title (first, "something else");
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "Rusya'ya asker");

  /* The same details again: no step, no signal */
  copy = kaynak_document_dup_details (document);
  g_assert_true (kaynak_document_set_details (document, copy, &error));
  g_assert_cmpuint (changed, ==, 1);

  /* A second change is a second step */
  second = kaynak_article_details_copy (copy);
  kaynak_article_details_set_language (second, "en-GB");
  g_assert_true (kaynak_document_set_details (document, second, &error));
  g_assert_cmpuint (changed, ==, 2);

  g_assert_true (kaynak_document_undo (document));
  assert_details (document, "Rusya'ya asker", "https://example.org/haber", "Örnek Gazete",
                  "2024-03-05", "tr");
  g_assert_true (kaynak_document_undo (document));
  assert_details (document, "haber", "", "", "", "");
  /* Back where it was saved */
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_false (kaynak_document_get_can_undo (document));
  g_assert_cmpuint (changed, ==, 4);

  g_assert_true (kaynak_document_redo (document));
  g_assert_true (kaynak_document_redo (document));
  assert_details (document, "Rusya'ya asker", "https://example.org/haber", "Örnek Gazete",
                  "2024-03-05", "en-GB");
  g_assert_true (kaynak_document_get_modified (document));
}

static void
test_refuses_bad_date_and_language (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Text.", -1);
  g_autoptr(KaynakArticleDetails) details = NULL;
  g_autoptr(GError) error = NULL;

  /* A file may carry a date Kaynak would not accept now; editing another
   * field keeps it */
  kaynak_document_set_published (document, "5 March 2024");
  kaynak_document_mark_saved (document);

  details = kaynak_document_dup_details (document);
  kaynak_article_details_set_title (details, "A title");
  g_assert_true (kaynak_document_set_details (document, details, &error));
  g_assert_no_error (error);

  kaynak_article_details_set_published (details, "2024-02-30");
  kaynak_article_details_set_outlet (details, "Outlet");
  g_assert_false (kaynak_document_set_details (document, details, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  /* Nothing of it changed */
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "");
  g_assert_cmpstr (kaynak_document_get_published (document), ==, "5 March 2024");

  kaynak_article_details_set_published (details, "2024-02-29");
  kaynak_article_details_set_language (details, "tr_TR");
  g_assert_false (kaynak_document_set_details (document, details, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "");
}

static void
test_date_rule (void)
{
  static const char * const good[] = {
    "", "2024", "2024-03", "2024-03-05", "2024-02-29", "2024-03-05T14:30:00+03:00",
    "2024-03-05T14:30:00Z",
  };
  static const struct { const char *date; const char *says; } bad[] = {
    { "2023-02-29", "month 02 of 2023 has 28 days" },
    { "2024-13-01", "no month 13" },
    { "2024-04-31", "has 30 days" },
    { "5 March 2024", "Write it as YYYY-MM-DD" },
    { "2024-3-5", "Write it as YYYY-MM-DD" },
    { "24-03-05", "Write it as YYYY-MM-DD" },
    { "2024-03-05 ", "Write it as YYYY-MM-DD" },
    { "2024-03-05T25:00:00Z", "The time in" },
    { "0000-01-01", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", good[i]);
      g_assert_true (kaynak_published_date_check (good[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i].date);
      g_assert_false (kaynak_published_date_check (bad[i].date, &error));
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i].says));
    }
}

static void
test_language_tag_rule (void)
{
  static const char * const good[] = { "", "tr", "en", "en-GB", "az-Latn", "pt-BR", "zh-Hant-TW", "es-419" };
  static const char * const bad[] = { "t", "turkish", "tr_TR", "tr-", "-tr", "en--GB", "en-GB-abcdefghi", "12", "tr GB" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("%s", good[i]);
      g_assert_true (kaynak_language_tag_check (good[i], NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (kaynak_language_tag_check (bad[i], &error));
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    }
}

/* The fact-check's address: one undo step like the other fields, only a
 * web address accepted, kept through a save and a load, and written only
 * when set */
static void
test_fact_check_url (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bir haber metni.", -1);
  g_autoptr(KaynakDocument) back = NULL;
  g_autoptr(KaynakArticleDetails) details = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const bad[] = {
    "dogrulama/haber", "example.org/dogrulama", "file:///home/a.html", "ftp://example.org/a",
    "https://", "javascript:alert(1)",
  };

  /* unset: not in the file */
  bytes = kaynak_file_serialize (document);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               "fact_check_url"));
  g_clear_pointer (&bytes, g_bytes_unref);

  kaynak_document_mark_saved (document);
  details = kaynak_document_dup_details (document);
  kaynak_article_details_set_fact_check_url (details, "https://example.org/dogrulama/haber");
  g_assert_true (kaynak_document_set_details (document, details, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_fact_check_url (document), ==,
                   "https://example.org/dogrulama/haber");
  g_assert_true (kaynak_document_get_modified (document));

  bytes = kaynak_file_serialize (document);
  back = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_fact_check_url (back), ==,
                   "https://example.org/dogrulama/haber");

  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpstr (kaynak_document_get_fact_check_url (document), ==, "");
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_true (kaynak_document_redo (document));
  g_assert_cmpstr (kaynak_document_get_fact_check_url (document), ==,
                   "https://example.org/dogrulama/haber");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;

      kaynak_article_details_set_fact_check_url (details, bad[i]);
      g_assert_false (kaynak_document_set_details (document, details, &local_error));
      g_assert_error (local_error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (local_error->message, "is not a web address"));
      g_assert_cmpstr (kaynak_document_get_fact_check_url (document), ==,
                       "https://example.org/dogrulama/haber");
    }
  g_assert_true (kaynak_fact_check_url_check ("", NULL));
  g_assert_true (kaynak_fact_check_url_check ("http://example.org/a?b=c#d", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/article-details/edit-is-one-undo-step", test_edit_undo_redo);
  g_test_add_func ("/kaynak/article-details/bad-date-or-language-changes-nothing",
                   test_refuses_bad_date_and_language);
  g_test_add_func ("/kaynak/article-details/publication-date-rule", test_date_rule);
  g_test_add_func ("/kaynak/article-details/language-code-rule", test_language_tag_rule);
  g_test_add_func ("/kaynak/article-details/fact-check-url", test_fact_check_url);

  return g_test_run ();
}
