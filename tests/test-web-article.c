/* test-web-article.c: saved web pages, MHTML and PDFs as articles, with
 * their details; the new article details (author, retrieved, archived
 * copy) in the model, the file and the exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <fcntl.h>
#include <json-glib/json-glib.h>
#include <unistd.h>

#include "kaynak-article-details.h"
#include "kaynak-article-import.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include "kaynak-file-serialize.h"
#include "kaynak-html-article.h"
#include "kaynak-pdf-text.h"
#include "kaynak-test-util.h"

static KaynakDocument *
import_data (const char *name,
             GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "web", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return kaynak_article_import_file (file, NULL, NULL, error);
}

static char *
extract_string (const char           *html,
                KaynakArticleDetails *details,
                GError              **error)
{
  return kaynak_html_article_extract (html, strlen (html), NULL, NULL, details, error);
}

/* A Turkish news site with JSON-LD in an @graph: the body is articleBody,
 * paragraphs trimmed and one blank line apart; the details come from
 * JSON-LD and OpenGraph; nav, share bar, caption and related news are not
 * in it */
static void
test_json_ld (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = import_data ("tr-haber-jsonld.html", &error);
  g_autofree char *today = kaynak_article_retrieved_today ();

  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (document), ==,
                   "Güney Kore istihbaratı, Kuzey Kore'nin Rusya'ya üç binden fazla asker "
                   "gönderdiğini açıkladı.\n\n"
                   "Ulusal İstihbarat Servisi'nin açıklamasına göre askerler Vladivostok "
                   "üzerinden eğitim kamplarına taşındı.\n\n"
                   "Kremlin Sözcüsü Dmitriy Peskov ise iddiaları \"asılsız\" olarak nitelendirdi.");
  g_assert_cmpstr (kaynak_document_get_title (document), ==,
                   "Kuzey Kore Rusya'ya 3 binden fazla asker gönderdi");
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Örnek Haber");
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Ayşe Yılmaz");
  g_assert_cmpstr (kaynak_document_get_published (document), ==, "2024-10-31T09:15:00+03:00");
  g_assert_cmpstr (kaynak_document_get_url (document), ==,
                   "https://www.ornekhaber.com.tr/dunya/kuzey-kore-asker-12345");
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "tr");
  g_assert_cmpstr (kaynak_document_get_retrieved (document), ==, today);
  g_assert_nonnull (kaynak_document_get_article_file (document));
}

/* An English site with only OpenGraph: the <article> element, without
 * its header, share list, figure and caption, advert and script; the
 * author from <meta name="author">, not article:author's profile address;
 * og:locale is not needed when <html lang> says en-GB */
static void
test_opengraph (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = import_data ("en-news-opengraph.html", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (document), ==,
                   "The city council voted on Tuesday to approve new bus lanes on three main "
                   "roads, despite objections from local traders.\n\n"
                   "Councillor Mary Brown said the lanes would cut journey times by 20 per cent.\n\n"
                   "Traders worried\n\n"
                   "Shop owners said the changes would reduce footfall.");
  g_assert_cmpstr (kaynak_document_get_title (document), ==,
                   "Council approves new bus lanes despite objections");
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Example Gazette");
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Jane Doe");
  g_assert_cmpstr (kaynak_document_get_published (document), ==, "2024-05-14T07:30:00Z");
  g_assert_cmpstr (kaynak_document_get_url (document), ==,
                   "https://www.example-gazette.co.uk/news/local/council-bus-lanes");
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "en-GB");
}

/* Neither JSON-LD nor OpenGraph nor <article>: the densest run of
 * paragraphs (the sidebar's two short ones and the footer are not it);
 * unclosed <p> elements are closed as a browser would */
static void
test_densest (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = import_data ("tr-plain.html", &error);
  const char *text;

  g_assert_no_error (error);
  text = kaynak_document_get_text (document);
  g_assert_true (g_str_has_prefix (text, "Belediye meclisi su zammını onayladı\n\nBelediye meclisi dün"));
  g_assert_true (g_str_has_suffix (text, "belirtti.\n\nYeni tarife ocak ayında yürürlüğe girecek."));
  g_assert_null (strstr (text, "Döviz"));
  g_assert_null (strstr (text, "©"));
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "Belediye meclisi su zammını onayladı");
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Mehmet Kaya");
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "");
  g_assert_cmpstr (kaynak_document_get_url (document), ==, "");
}

/* A Turkish page in windows-1254, declared in its <meta>: read as such */
static void
test_windows_1254 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = import_data ("tr-windows-1254.html", &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (kaynak_document_get_text (document),
                                   "İzmir'de gece saatlerinde başlayan sağanak yağış, Çiğli"));
  g_assert_cmpstr (kaynak_document_get_title (document), ==,
                   "İzmir'de şiddetli yağış: Çiğli'de su baskını");
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Ege Gündem");
}

/* A page as Chromium saves it: quoted-printable HTML in a MIME part; the
 * address from the part's Content-Location */
static void
test_mhtml (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = import_data ("en-daily-example.mhtml", &error);
  const char *text;

  g_assert_no_error (error);
  text = kaynak_document_get_text (document);
  g_assert_nonnull (strstr (text, "7.6 million people in England — the highest on record."));
  g_assert_nonnull (strstr (text, "\n\n“The figures are falling month by month,” she told"));
  g_assert_null (strstr (text, "Share"));
  g_assert_null (strstr (text, "margin"));
  g_assert_cmpstr (kaynak_document_get_url (document), ==,
                   "https://www.daily-example.com/news/health/waiting-lists-2024");
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Daily Example");
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Sam Taylor");
  g_assert_cmpstr (kaynak_document_get_published (document), ==, "2024-09-02T18:05:00+01:00");
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "en");
}

/* An MHTML part's declared charset is honoured over a guess */
static void
test_mhtml_charset (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-web-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "sayfa.mht", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;
  /* "Şişli'de ağaç" in windows-1254 */
  const char mhtml[] =
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/related; boundary=\"B\"\r\n\r\n"
    "--B\r\n"
    "Content-Type: text/html; charset=windows-1254\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    "<html><body><p>=DEi=FEli'de a=F0a=E7 dikildi.</p></body></html>\r\n"
    "--B--\r\n";

  g_assert_true (g_file_set_contents (path, mhtml, -1, NULL));
  document = kaynak_article_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (document), ==, "Şişli'de ağaç dikildi.");
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "sayfa");
  kaynak_test_remove_tree (dir);
}

/* Hostile and empty pages get a message, never a crash; memory and time
 * stay linear (a page nested 200 000 deep is walked without recursion) */
static void
test_hostile (void)
{
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new ("<html><body>");
  g_autofree char *text = NULL;

  text = extract_string ("<html><head><title>Boş</title></head><body></body></html>", details, &error);
  g_assert_null (text);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no article text"));
  g_clear_error (&error);

  text = extract_string ("", details, &error);
  g_assert_null (text);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  /* Malformed: unclosed elements, stray end tags, a broken attribute */
  text = extract_string ("<p>Bir <b>iki</i> üç<p class=\"x>dört</div></span>beş", details, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Bir iki üç"));
  g_clear_pointer (&text, g_free);

  for (guint i = 0; i < 200000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "<p>En dipteki paragraf.</p>");
  text = kaynak_html_article_extract (deep->str, deep->len, NULL, NULL, details, &error);
  /* libxml2 may stop at its own depth limit: then the page has no text
   * Kaynak can find, which is said; either way no crash */
  if (text == NULL)
    {
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_clear_error (&error);
    }
  else
    g_assert_cmpstr (text, ==, "En dipteki paragraf.");
  g_clear_pointer (&text, g_free);

  /* JSON-LD nested past the guard is skipped, not parsed */
  {
    g_autoptr(GString) page = g_string_new ("<html><head><script type=\"application/ld+json\">");

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (page, '[');
    g_string_append (page, "</script></head><body><article><p>Metin.</p></article></body></html>");
    text = kaynak_html_article_extract (page->str, page->len, NULL, NULL, details, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (text, ==, "Metin.");
    g_clear_pointer (&text, g_free);
  }
}

/* A page over the limit is refused before it is read, naming the file */
static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-web-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "dev.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;
  int fd = open (path, O_CREAT | O_WRONLY, 0644);

  g_assert_cmpint (fd, >=, 0);
  /* sparse: nothing is written */
  g_assert_cmpint (ftruncate (fd, (off_t) KAYNAK_HTML_MAX_SIZE + 1), ==, 0);
  close (fd);
  document = kaynak_article_import_file (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "dev.html"));
  kaynak_test_remove_tree (dir);
}

/* A charset nobody knows does not lose the page */
static void
test_mhtml_unknown_charset (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-web-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "tuhaf.mhtml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;

  g_assert_true (g_file_set_contents (path,
                                      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
                                      "--B\r\nContent-Type: text/html; charset=x-unknown-42\r\n\r\n"
                                      "<html><body><p>Merhaba.</p></body></html>\r\n--B--\r\n", -1, NULL));
  document = kaynak_article_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (document), ==, "Merhaba.");
  kaynak_test_remove_tree (dir);
}

/* A .mhtml that is not MIME, and an MHTML without an HTML part */
static void
test_mhtml_bad (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-web-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "bozuk.mhtml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;

  g_assert_true (g_file_set_contents (path,
                                      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
                                      "--B\r\nContent-Type: text/css\r\n\r\nbody{}\r\n--B--\r\n", -1, NULL));
  document = kaynak_article_import_file (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "bozuk.mhtml"));
  g_assert_nonnull (strstr (error->message, "no HTML page"));
  kaynak_test_remove_tree (dir);
}

/* --- PDF ------------------------------------------------------------------ */

/* A PDF made with cairo: each string of @pages a page, each of its lines
 * a line of text (none: a picture only, as a scan is) */
static GBytes *
make_pdf (const char * const *pages,
          gsize               n_pages,
          const char         *title)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-pdf-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "t.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  char *contents = NULL;
  gsize length = 0;

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  for (gsize p = 0; p < n_pages; p++)
    {
      if (pages[p] == NULL)
        {
          cairo_rectangle (cr, 50, 50, 400, 600);
          cairo_fill (cr);
        }
      else
        {
          g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);

          cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
          cairo_set_font_size (cr, 12);
          for (guint l = 0; lines[l] != NULL; l++)
            {
              cairo_move_to (cr, 50, 80 + 18 * l);
              cairo_show_text (cr, lines[l]);
            }
        }
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  kaynak_test_remove_tree (dir);
  return g_bytes_new_take (contents, length);
}

/* Pages joined in order; "demok-/rasi" joined since "demokrasi" is in the
 * text, "Suudi-/Arabistan" kept; the title from the document */
static void
test_pdf_text (void)
{
  const char * const pages[] = {
    "Demokrasi tartismasi surdu.\nMeclis baskani demok-\nrasi vurgusu yapti.",
    "Ikinci sayfa: Suudi-\nArabistan ziyareti.",
  };
  g_autoptr(GBytes) pdf = make_pdf (pages, G_N_ELEMENTS (pages), "Meclis raporu");
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kaynak_pdf_text_extract (pdf, details, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==,
                   "Demokrasi tartismasi surdu.\nMeclis baskani demokrasi\nvurgusu yapti.\n"
                   "Ikinci sayfa: Suudi-\nArabistan ziyareti.");
  g_assert_cmpstr (kaynak_article_details_get_title (details), ==, "Meclis raporu");
}

static void
test_pdf_scan (void)
{
  const char * const pages[] = { NULL, NULL };
  g_autoptr(GBytes) pdf = make_pdf (pages, G_N_ELEMENTS (pages), NULL);
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kaynak_pdf_text_extract (pdf, details, &error);

  g_assert_null (text);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no text"));
}

static void
test_pdf_not_pdf (void)
{
  g_autoptr(GBytes) junk = g_bytes_new_static ("%PDF-1.7\nnot really", 19);
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kaynak_pdf_text_extract (junk, details, &error);

  g_assert_null (text);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
}

static void
test_dehyphenate (void)
{
  struct { const char *in, *out; } cases[] = {
    { "bir kelime", "bir kelime" },
    { "ülke-\nler ve ülkeler", "ülkeler\nve ülkeler" },
    { "ÜLKE-\nLER ülkeler", "ÜLKELER\nülkeler" },
    { "iki-\nyüz", "iki-\nyüz" },
    { "son-\n", "son-\n" },
    { "-\nbaş", "-\nbaş" },
    { "kelime-\nsonda kelimesonda", "kelimesonda\nkelimesonda" },
    { "açık-\nladı. Sonra açıkladı", "açıkladı.\nSonra açıkladı" },
    { "açık-\nladı\nSonra açıkladı", "açıkladı\nSonra açıkladı" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = kaynak_pdf_text_dehyphenate (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* --- The new details ------------------------------------------------------ */

/* Author, retrieved and archived copy are set undoably, checked, saved
 * only when set and read back */
static void
test_details_copy (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bir haber metni.", -1);
  g_autoptr(KaynakArticleDetails) details = kaynak_document_dup_details (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-web-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "haber.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) back = NULL;
  g_autofree char *saved = NULL;

  /* Nothing set: nothing written */
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_null (strstr (saved, "\"retrieved\""));
  g_assert_null (strstr (saved, "\"archived_url\""));
  g_assert_null (strstr (saved, "\"author\" : \"Ay"));
  g_clear_pointer (&saved, g_free);

  kaynak_article_details_set_author (details, "Ayşe Yılmaz");
  kaynak_article_details_set_retrieved (details, "2024-11-02");
  kaynak_article_details_set_archived_url (details, "https://web.archive.org/web/2024/https://example.org/1");
  g_assert_true (kaynak_document_set_details (document, details, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Ayşe Yılmaz");
  g_assert_cmpstr (kaynak_document_get_retrieved (document), ==, "2024-11-02");

  kaynak_document_undo (document);
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "");
  g_assert_cmpstr (kaynak_document_get_retrieved (document), ==, "");
  g_assert_cmpstr (kaynak_document_get_archived_url (document), ==, "");
  kaynak_document_redo (document);
  g_assert_cmpstr (kaynak_document_get_archived_url (document), ==,
                   "https://web.archive.org/web/2024/https://example.org/1");

  /* The rules of the date and of an address */
  {
    g_autoptr(KaynakArticleDetails) bad = kaynak_document_dup_details (document);

    kaynak_article_details_set_retrieved (bad, "dün");
    g_assert_false (kaynak_document_set_details (document, bad, &error));
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    g_clear_error (&error);
    kaynak_article_details_set_retrieved (bad, "2024-11-02");
    kaynak_article_details_set_archived_url (bad, "archive.org");
    g_assert_false (kaynak_document_set_details (document, bad, &error));
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpstr (kaynak_document_get_retrieved (document), ==, "2024-11-02");
  }

  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
  back = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_article_author (back), ==, "Ayşe Yılmaz");
  g_assert_cmpstr (kaynak_document_get_retrieved (back), ==, "2024-11-02");
  g_assert_cmpstr (kaynak_document_get_archived_url (back), ==,
                   "https://web.archive.org/web/2024/https://example.org/1");
  kaynak_test_remove_tree (dir);
}

static char *
export_string (const char     *format,
               KaynakDocument *document)
{
  KaynakExportOptions options = { .fact_checker_name = "Örnek Doğrulama" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup (format), &options,
                                           document, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
export_file (const char     *format,
             KaynakDocument *document)
{
  KaynakExportOptions options = { .fact_checker_name = "Örnek Doğrulama" };
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-web-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *contents = NULL;
  GDir *d;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup (format), &options, folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  d = g_dir_open (dir, 0, NULL);
  {
    g_autofree char *path = g_build_filename (dir, g_dir_read_name (d), NULL);

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  }
  g_dir_close (d);
  kaynak_test_remove_tree (dir);
  return g_steal_pointer (&contents);
}

/* Every export with a place for them carries the byline, the retrieval
 * date and the archived copy */
static void
test_details_exported (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Ukrayna açıkladı. ABD doğruladı.", -1);
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  kaynak_article_details_set_title (details, "Başlık");
  kaynak_article_details_set_url (details, "https://example.org/haber/1");
  kaynak_article_details_set_fact_check_url (details, "https://example.org/dogrulama/1");
  kaynak_article_details_set_author (details, "Ayşe Yılmaz");
  kaynak_article_details_set_retrieved (details, "2024-11-02");
  kaynak_article_details_set_archived_url (details, "https://archive.ph/abc12");
  g_assert_true (kaynak_document_set_details (document, details, &error));
  claim = kaynak_document_create_claim (document, 0, 16, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_document_set_claim_status (document, kaynak_claim_get_id (claim),
                                                   KAYNAK_CLAIM_STATUS_SUPPORTED, &error));

  {
    g_autofree char *csv = export_string ("csv", document);

    g_assert_nonnull (strstr (csv, "language,author,retrieved,archived_url,claim_id"));
    g_assert_nonnull (strstr (csv, ",Ayşe Yılmaz,2024-11-02,https://archive.ph/abc12,"));
  }
  {
    g_autofree char *jsonl = export_string ("jsonl", document);
    g_autoptr(JsonNode) node = json_from_string (jsonl, &error);
    JsonObject *line = json_node_get_object (node);

    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (line, "author"), ==, "Ayşe Yılmaz");
    g_assert_cmpstr (json_object_get_string_member (line, "retrieved"), ==, "2024-11-02");
    g_assert_cmpstr (json_object_get_string_member (line, "archived_url"), ==, "https://archive.ph/abc12");
  }
  {
    g_autofree char *doccano = export_string ("doccano", document);
    g_autoptr(JsonNode) node = json_from_string (doccano, &error);
    JsonObject *line = json_node_get_object (node);

    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (line, "author"), ==, "Ayşe Yılmaz");
    g_assert_cmpstr (json_object_get_string_member (line, "retrieved"), ==, "2024-11-02");
    g_assert_cmpstr (json_object_get_string_member (line, "archived_url"), ==, "https://archive.ph/abc12");
  }
  {
    g_autofree char *w3c = export_string ("w3c", document);

    g_assert_nonnull (strstr (w3c, "\"kaynak:author\": \"Ayşe Yılmaz\""));
    g_assert_nonnull (strstr (w3c, "\"kaynak:retrieved\": \"2024-11-02\""));
    g_assert_nonnull (strstr (w3c, "\"kaynak:archivedUrl\": \"https://archive.ph/abc12\""));
  }
  {
    g_autofree char *text = export_file ("claimreview", document);
    g_autoptr(JsonNode) node = json_from_string (text, &error);
    JsonObject *review, *appearance;

    g_assert_no_error (error);
    review = json_array_get_object_element (json_node_get_array (node), 0);
    appearance = json_object_get_object_member (json_object_get_object_member (review, "itemReviewed"),
                                                "appearance");
    g_assert_cmpstr (json_object_get_string_member (appearance, "url"), ==, "https://example.org/haber/1");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (appearance, "author"),
                                                    "name"), ==, "Ayşe Yılmaz");
    g_assert_cmpstr (json_object_get_string_member (appearance, "archivedAt"), ==, "https://archive.ph/abc12");
  }
  {
    g_autofree char *html = export_file ("html", document);

    g_assert_nonnull (strstr (html, "By Ayşe Yılmaz"));
    g_assert_nonnull (strstr (html, "Retrieved 2024-11-02"));
    g_assert_nonnull (strstr (html, "<a href=\"https://archive.ph/abc12\" rel=\"noreferrer\">"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/web-article/json-ld", test_json_ld);
  g_test_add_func ("/kaynak/web-article/opengraph", test_opengraph);
  g_test_add_func ("/kaynak/web-article/densest-paragraphs", test_densest);
  g_test_add_func ("/kaynak/web-article/windows-1254", test_windows_1254);
  g_test_add_func ("/kaynak/web-article/mhtml", test_mhtml);
  g_test_add_func ("/kaynak/web-article/mhtml-charset", test_mhtml_charset);
  g_test_add_func ("/kaynak/web-article/mhtml-bad", test_mhtml_bad);
  g_test_add_func ("/kaynak/web-article/mhtml-unknown-charset", test_mhtml_unknown_charset);
  g_test_add_func ("/kaynak/web-article/hostile", test_hostile);
  g_test_add_func ("/kaynak/web-article/too-large", test_too_large);
  g_test_add_func ("/kaynak/pdf-text/pages", test_pdf_text);
  g_test_add_func ("/kaynak/pdf-text/scan", test_pdf_scan);
  g_test_add_func ("/kaynak/pdf-text/not-a-pdf", test_pdf_not_pdf);
  g_test_add_func ("/kaynak/pdf-text/dehyphenate", test_dehyphenate);
  g_test_add_func ("/kaynak/article-details/copy-fields", test_details_copy);
  g_test_add_func ("/kaynak/article-details/copy-fields-exported", test_details_exported);

  return g_test_run ();
}
