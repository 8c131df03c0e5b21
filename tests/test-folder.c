/* test-folder.c: an article's state of work and a folder's progress
 * (issue 18): the state's ids and lists, its member in the file, undo,
 * new becoming in progress with the first claim; the light summary of a
 * Kaynak file against the full load on many files, hostile files listed
 * with their error, which files are a folder's articles, the cache by
 * file stamp, Next Unfinished.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "kaynak-article-summary.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include "kaynak-file-serialize.h"
#include "kaynak-folder.h"
#include "kaynak-test-util.h"

#define TEXT "Bakan, “ekonomi büyüyor” dedi. Muhalefet ise buna itiraz etti ve rakamların yanlış olduğunu söyledi."

static KaynakDocument *
new_document (void)
{
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_document_new_for_article (TEXT, -1, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static KaynakDocument *
round_trip (KaynakDocument *document)
{
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autoptr(GError) error = NULL;
  KaynakDocument *loaded = kaynak_file_load_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return loaded;
}

static GBytes *
replace_in (GBytes     *bytes,
            const char *from,
            const char *to)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) parts = g_strsplit (text, from, 2);
  char *joined;

  g_assert_nonnull (parts[1]);
  joined = g_strjoin (to, parts[0], parts[1], NULL);
  return g_bytes_new_take (joined, strlen (joined));
}

static void
test_state_ids (void)
{
  KaynakArticleState state = KAYNAK_ARTICLE_STATE_NEW;
  g_autoptr(GError) error = NULL;
  guint set = 0;

  for (guint i = 0; i < KAYNAK_N_ARTICLE_STATES; i++)
    {
      g_assert_true (kaynak_article_state_from_id (kaynak_article_state_to_id (i), &state));
      g_assert_cmpuint (state, ==, i);
    }
  g_assert_cmpstr (kaynak_article_state_to_id (KAYNAK_ARTICLE_STATE_IN_PROGRESS), ==, "in-progress");
  g_assert_false (kaynak_article_state_from_id ("Done", &state));
  g_assert_false (kaynak_article_state_from_id (NULL, &state));

  g_assert_true (kaynak_article_states_parse ("done, reviewed", &set, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (set, ==, KAYNAK_ARTICLE_STATE_BIT (KAYNAK_ARTICLE_STATE_DONE) |
                             KAYNAK_ARTICLE_STATE_BIT (KAYNAK_ARTICLE_STATE_REVIEWED));
  g_assert_false (kaynak_article_states_parse ("done,finished", &set, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“finished”"));
  g_clear_error (&error);
  g_assert_false (kaynak_article_states_parse (" , ", &set, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);

  g_assert_true (kaynak_article_state_is_finished (KAYNAK_ARTICLE_STATE_DONE));
  g_assert_true (kaynak_article_state_is_finished (KAYNAK_ARTICLE_STATE_REVIEWED));
  g_assert_false (kaynak_article_state_is_finished (KAYNAK_ARTICLE_STATE_IN_PROGRESS));
  g_assert_cmpstr (kaynak_article_state_describe (KAYNAK_ARTICLE_STATE_DONE, 0), ==, "Done, No Claims");
  g_assert_cmpstr (kaynak_article_state_describe (KAYNAK_ARTICLE_STATE_DONE, 3), ==, "Done");
}

static void
test_state_round_trip (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(GBytes) fresh = kaynak_file_serialize (document);

  /* a file never worked on has no "state": "new" is its absence */
  g_assert_null (g_strstr_len (g_bytes_get_data (fresh, NULL), g_bytes_get_size (fresh), "\"state\""));

  for (guint i = 0; i < KAYNAK_N_ARTICLE_STATES; i++)
    {
      g_autoptr(KaynakDocument) loaded = NULL;

      kaynak_document_set_state (document, i);
      loaded = round_trip (document);
      g_assert_cmpuint (kaynak_document_get_state (loaded), ==, i);
      /* what the loader reads is the saved state, nothing to undo */
      g_assert_false (kaynak_document_get_modified (loaded));
      g_assert_false (kaynak_document_get_can_undo (loaded));
    }
  {
    g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
    const char *data = g_bytes_get_data (bytes, NULL);

    /* at the top, right after the version */
    g_assert_nonnull (strstr (data, "\"version\" : 1,\n  \"state\" : \"reviewed\",\n"));
  }
}

static void
test_state_refused (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(GBytes) bytes = NULL;
  static const struct { const char *state; const char *message; } cases[] = {
    { "\"state\" : \"archived\"", "state “archived” is not an article state" },
    { "\"state\" : 3", "state must be a string" },
    { "\"state\" : \"Done\"", "state “Done” is not an article state" },
  };

  kaynak_document_set_state (document, KAYNAK_ARTICLE_STATE_DONE);
  bytes = kaynak_file_serialize (document);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bad = replace_in (bytes, "\"state\" : \"done\"", cases[i].state);
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) light_error = NULL;
      g_autoptr(KaynakDocument) loaded = kaynak_file_load_bytes (bad, NULL, &error);
      KaynakArticleSummary summary = { 0 };

      g_assert_null (loaded);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      /* the list says the same */
      g_assert_false (kaynak_article_summary_read (g_bytes_get_data (bad, NULL),
                                                   g_bytes_get_size (bad), &summary, &light_error));
      g_assert_error (light_error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (light_error->message, cases[i].message));
    }
}

static void
test_state_undo (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  guint changed = 0;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  kaynak_document_set_state (document, KAYNAK_ARTICLE_STATE_DONE);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (kaynak_document_get_modified (document));
  /* the same state again is no step */
  kaynak_document_set_state (document, KAYNAK_ARTICLE_STATE_DONE);
  g_assert_cmpuint (changed, ==, 1);
  kaynak_document_set_state (document, KAYNAK_ARTICLE_STATE_REVIEWED);

  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_DONE);
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_NEW);
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_true (kaynak_document_redo (document));
  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_DONE);
  g_assert_cmpuint (changed, ==, 5);
}

static void
test_state_first_claim (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_NEW);
  claim = kaynak_document_create_claim (document, 8, 24, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (claim);
  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_IN_PROGRESS);

  /* one step: undoing the claim makes the article new again */
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 0);
  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_NEW);
  g_assert_true (kaynak_document_redo (document));
  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_IN_PROGRESS);

  /* a claim added as it is (an import) leaves a new article new */
  {
    g_autoptr(KaynakDocument) imported = new_document ();
    g_autoptr(KaynakClaim) copy = kaynak_claim_copy (claim);

    g_assert_true (kaynak_document_add_claim (imported, copy, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (kaynak_document_get_state (imported), ==, KAYNAK_ARTICLE_STATE_NEW);
  }

  /* done is the user's word: a claim added afterwards leaves it done */
  kaynak_document_set_state (document, KAYNAK_ARTICLE_STATE_DONE);
  kaynak_document_create_claim (document, 40, 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_state (document), ==, KAYNAK_ARTICLE_STATE_DONE);
}

/* --- The light summary ------------------------------------------------------- */

static char *
random_title (GRand *rand)
{
  static const char * const words[] = {
    "Ekonomi", "büyüyor", "“iddia”", "Beyaz Saray", "quote\"d", "back\\slash", "tab\there",
    "İstanbul", "şişe", "🙂", "line\nbreak",
  };
  GString *title = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 5);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  return g_string_free (title, FALSE);
}

static KaynakDocument *
random_document (GRand *rand)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autofree char *title = random_title (rand);
  guint n_sources = g_rand_int_range (rand, 1, 5);
  guint n_claims = g_rand_int_range (rand, 0, 12);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_sources; i++)
    {
      g_autofree char *label = g_strdup_printf ("Kaynak %u", i);
      g_autoptr(KaynakSource) source = kaynak_document_make_source (document, label,
                                                                    KAYNAK_SOURCE_KIND_NAMED);

      g_assert_true (kaynak_document_add_source (document, source, &error));
    }
  for (guint i = 0; i < n_claims; i++)
    {
      guint start = g_rand_int_range (rand, 0, 90);
      guint end = start + g_rand_int_range (rand, 1, 10);
      GListModel *sources = kaynak_document_get_sources (document);
      g_autoptr(KaynakSource) source = NULL;

      if (g_rand_boolean (rand))
        source = g_list_model_get_item (sources, g_rand_int_range (rand, 0, g_list_model_get_n_items (sources)));
      kaynak_document_tag_range (document, start, end,
                                 source ? kaynak_source_get_id (source) : NULL, NULL);
    }
  kaynak_document_set_title (document, title);
  kaynak_document_set_state (document, g_rand_int_range (rand, 0, KAYNAK_N_ARTICLE_STATES));
  return g_steal_pointer (&document);
}

static guint
count_sources_used (KaynakDocument *document)
{
  g_autoptr(GHashTable) counts = kaynak_document_count_claims_by_source (document);

  return g_hash_table_size (counts);
}

static void
test_summary_matches_load (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(KaynakDocument) document = random_document (rand);
      g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
      g_autoptr(KaynakDocument) loaded = NULL;
      g_autoptr(GError) error = NULL;
      KaynakArticleSummary summary = { 0 };

      loaded = kaynak_file_load_bytes (bytes, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (kaynak_article_summary_read (g_bytes_get_data (bytes, NULL),
                                                  g_bytes_get_size (bytes), &summary, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (summary.title, ==, kaynak_document_get_title (loaded));
      g_assert_cmpuint (summary.state, ==, kaynak_document_get_state (loaded));
      g_assert_cmpuint (summary.n_claims, ==, kaynak_document_get_n_claims (loaded));
      g_assert_cmpuint (summary.n_sources_used, ==, count_sources_used (loaded));
      kaynak_article_summary_clear (&summary);
    }
}

static void
test_summary_hostile (void)
{
  static const struct { const char *data; gint code; } cases[] = {
    { "", KAYNAK_ERROR_SYNTAX },
    { "{\"format\": \"kaynak\", \"version\": 1,", KAYNAK_ERROR_SYNTAX },
    { "{\"format\": \"kaynak\" // comment\n}", KAYNAK_ERROR_SYNTAX },
    { "[1, 2, 3]", KAYNAK_ERROR_NOT_KAYNAK },
    { "\"kaynak\"", KAYNAK_ERROR_NOT_KAYNAK },
    { "{\"format\": \"other\", \"version\": 1}", KAYNAK_ERROR_NOT_KAYNAK },
    { "{\"format\": \"kaynak\", \"version\": 3}", KAYNAK_ERROR_NEWER_VERSION },
    { "{\"format\": \"kaynak\", \"version\": 0}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak\", \"version\": \"1\"}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak\"}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak\", \"version\": 1, \"metadata\": []}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak\", \"version\": 1, \"metadata\": {\"title\": 5}}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak\", \"version\": 1, \"claims\": {}}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak\", \"version\": 1, \"claims\": [1, 2]}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak\", \"version\": 1, \"title\": \"\xff\xfe\"}", KAYNAK_ERROR_ENCODING },
    { "{\"format\": \"kaynak\", \"version\": 1, \"t\": \"\\u0000\"}", KAYNAK_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      KaynakArticleSummary summary = { 0 };

      g_test_message ("case %u", i);
      g_assert_false (kaynak_article_summary_read (cases[i].data, strlen (cases[i].data),
                                                   &summary, &error));
      g_assert_error (error, KAYNAK_ERROR, cases[i].code);
    }

  /* 100,000 '[' overflow no stack */
  {
    g_autofree char *deep = g_strnfill (100000, '[');
    g_autoptr(GError) error = NULL;
    KaynakArticleSummary summary = { 0 };

    g_assert_false (kaynak_article_summary_read (deep, strlen (deep), &summary, &error));
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_DEEP);
  }
}

/* --- Listing a folder ---------------------------------------------------------- */

static void
write_file (const char *dir,
            const char *name,
            const char *data,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (parent, 0700);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
write_document (const char        *dir,
                const char        *name,
                const char        *title,
                KaynakArticleState state,
                guint              n_claims)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < n_claims; i++)
    g_assert_nonnull (kaynak_document_tag_range (document, i * 5, i * 5 + 4, NULL, NULL));
  kaynak_document_set_title (document, title);
  kaynak_document_set_state (document, state);
  bytes = kaynak_file_serialize (document);
  write_file (dir, name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GPtrArray *
list (const char        *dir,
      gboolean           recursive,
      KaynakFolderCache *cache)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  GPtrArray *articles = kaynak_folder_list (folder, recursive, cache, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (articles);
  return articles;
}

static char *
describe_list (GPtrArray *articles)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < articles->len; i++)
    {
      KaynakFolderArticle *a = articles->pdata[i];

      g_string_append_printf (out, "%s|%s|%s|%u%s\n", kaynak_folder_article_get_name (a),
                              kaynak_folder_article_get_title (a),
                              kaynak_article_state_to_id (kaynak_folder_article_get_state (a)),
                              kaynak_folder_article_get_n_claims (a),
                              kaynak_folder_article_get_error (a) ? "|error" : "");
    }
  return g_string_free (out, FALSE);
}

static void
test_folder_articles (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-folder-XXXXXX");
  g_autoptr(GPtrArray) flat = NULL;
  g_autoptr(GPtrArray) deep = NULL;
  g_autofree char *flat_text = NULL;
  g_autofree char *deep_text = NULL;

  write_file (dir, "a.txt", TEXT, -1);
  write_document (dir, "a.kaynak.json", "Ekonomi büyüyor", KAYNAK_ARTICLE_STATE_DONE, 3);
  write_file (dir, "b.txt", TEXT, -1);
  write_file (dir, "c.HTML", "<p>x</p>", -1);
  write_file (dir, "d.pdf", "%PDF-1.4", -1);
  write_file (dir, "e.mhtml", "MIME", -1);
  write_file (dir, "f.htm", "<p>x</p>", -1);
  write_file (dir, "notes.md", "not an article", -1);
  write_file (dir, ".hidden.txt", TEXT, -1);
  write_document (dir, "g.kaynak.json", "", KAYNAK_ARTICLE_STATE_DONE, 0);
  write_file (dir, "h.kaynak.json", "{\"format\": \"kaynak\", \"version\": 9}", -1);
  write_file (dir, "sub/i.txt", TEXT, -1);
  write_document (dir, "sub/j.kaynak.json", "Alt", KAYNAK_ARTICLE_STATE_REVIEWED, 1);

  flat = list (dir, FALSE, NULL);
  flat_text = describe_list (flat);
  g_assert_cmpstr (flat_text, ==,
                   "a.kaynak.json|Ekonomi büyüyor|done|3\n"
                   "b.txt|b.txt|new|0\n"
                   "c.HTML|c.HTML|new|0\n"
                   "d.pdf|d.pdf|new|0\n"
                   "e.mhtml|e.mhtml|new|0\n"
                   "f.htm|f.htm|new|0\n"
                   "g.kaynak.json|g.kaynak.json|done|0\n"
                   "h.kaynak.json|h.kaynak.json|new|0|error\n");
  g_assert_cmpuint (kaynak_folder_count_finished (flat), ==, 2);
  g_assert_true (kaynak_folder_article_get_annotated (flat->pdata[0]));
  g_assert_false (kaynak_folder_article_get_annotated (flat->pdata[1]));
  g_assert_nonnull (strstr (kaynak_folder_article_get_error (flat->pdata[7]), "newer Kaynak"));

  /* Next Unfinished: after the first, round the end, past unreadable files */
  g_assert_cmpuint (kaynak_folder_next_unfinished (flat, G_MAXUINT), ==, 1);
  g_assert_cmpuint (kaynak_folder_next_unfinished (flat, 1), ==, 2);
  g_assert_cmpuint (kaynak_folder_next_unfinished (flat, 5), ==, 1);

  deep = list (dir, TRUE, NULL);
  deep_text = describe_list (deep);
  g_assert_true (g_str_has_suffix (deep_text,
                                   "h.kaynak.json|h.kaynak.json|new|0|error\n"
                                   "sub/i.txt|i.txt|new|0\n"
                                   "sub/j.kaynak.json|Alt|reviewed|1\n"));
  g_assert_cmpuint (kaynak_folder_count_finished (deep), ==, 3);

  kaynak_test_remove_tree (dir);
}

static void
test_folder_all_finished (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-folder-XXXXXX");
  g_autoptr(GPtrArray) articles = NULL;

  write_document (dir, "a.kaynak.json", "A", KAYNAK_ARTICLE_STATE_DONE, 1);
  write_document (dir, "b.kaynak.json", "B", KAYNAK_ARTICLE_STATE_REVIEWED, 1);
  articles = list (dir, FALSE, NULL);
  g_assert_cmpuint (kaynak_folder_next_unfinished (articles, 0), ==, G_MAXUINT);
  g_assert_cmpuint (kaynak_folder_next_unfinished (articles, G_MAXUINT), ==, G_MAXUINT);
  kaynak_test_remove_tree (dir);
}

static void
set_mtime (const char *path,
           time_t      when)
{
  struct utimbuf times = { when, when };

  g_assert_cmpint (utime (path, &times), ==, 0);
}

static void
test_folder_cache (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-folder-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "a.kaynak.json", NULL);
  g_autoptr(KaynakFolderCache) cache = kaynak_folder_cache_new ();
  g_autofree char *original = NULL;
  gsize length;

  write_document (dir, "a.kaynak.json", "Bir", KAYNAK_ARTICLE_STATE_DONE, 2);
  set_mtime (path, 1700000000);
  {
    g_autoptr(GPtrArray) articles = list (dir, FALSE, cache);

    g_assert_cmpuint (kaynak_folder_article_get_state (articles->pdata[0]), ==, KAYNAK_ARTICLE_STATE_DONE);
  }

  /* Bytes changed behind the same stamp (size and time): the cache
   * answers, so the file was not read again */
  g_assert_true (g_file_get_contents (path, &original, &length, NULL));
  {
    g_autofree char *garbage = g_strnfill (length, 'x');

    write_file (dir, "a.kaynak.json", garbage, length);
    set_mtime (path, 1700000000);
  }
  {
    g_autoptr(GPtrArray) articles = list (dir, FALSE, cache);

    g_assert_null (kaynak_folder_article_get_error (articles->pdata[0]));
    g_assert_cmpstr (kaynak_folder_article_get_title (articles->pdata[0]), ==, "Bir");
  }
  /* A new stamp: read again */
  set_mtime (path, 1700000100);
  {
    g_autoptr(GPtrArray) articles = list (dir, FALSE, cache);

    g_assert_nonnull (kaynak_folder_article_get_error (articles->pdata[0]));
  }
  /* …and saved again, in another state */
  write_document (dir, "a.kaynak.json", "Bir", KAYNAK_ARTICLE_STATE_REVIEWED, 2);
  {
    g_autoptr(GPtrArray) articles = list (dir, FALSE, cache);

    g_assert_null (kaynak_folder_article_get_error (articles->pdata[0]));
    g_assert_cmpuint (kaynak_folder_article_get_state (articles->pdata[0]), ==, KAYNAK_ARTICLE_STATE_REVIEWED);
  }
  kaynak_test_remove_tree (dir);
}

static void
test_folder_missing (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent/kaynak/folder");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = kaynak_folder_list (folder, TRUE, NULL, NULL, &error);

  g_assert_null (articles);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The one state filter of `--export --state` and Export a Folder…: keeps
 * the files in the states asked for, in their order, and a file that
 * cannot be summarised (its export will say why) */
static void
test_export_keep_states (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-keep-states-XXXXXX");
  const char *names[] = { "a.kaynak.json", "b.kaynak.json", "c.kaynak.json",
                          "d.kaynak.json", "e.kaynak.json" };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  guint states = 0;

  write_document (dir, names[0], "A", KAYNAK_ARTICLE_STATE_DONE, 1);
  write_document (dir, names[1], "B", KAYNAK_ARTICLE_STATE_NEW, 0);
  write_file (dir, names[2], "{ \"format\": \"kaynak\", ", -1);
  write_document (dir, names[3], "D", KAYNAK_ARTICLE_STATE_REVIEWED, 2);
  write_document (dir, names[4], "E", KAYNAK_ARTICLE_STATE_IN_PROGRESS, 1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  g_assert_true (kaynak_article_states_parse ("done,reviewed", &states, NULL));
  g_assert_cmpuint (kaynak_export_keep_states (files, states, NULL), ==, 2);
  g_assert_cmpuint (files->len, ==, 3);
  {
    const char *want[] = { "a.kaynak.json", "c.kaynak.json", "d.kaynak.json" };

    for (guint i = 0; i < files->len; i++)
      {
        g_autofree char *name = g_file_get_basename (g_ptr_array_index (files, i));
        g_assert_cmpstr (name, ==, want[i]);
      }
  }

  /* all states: nothing left out */
  g_assert_cmpuint (kaynak_export_keep_states (files, KAYNAK_ARTICLE_STATES_ALL, NULL), ==, 0);
  g_assert_cmpuint (files->len, ==, 3);

  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/article-state/ids", test_state_ids);
  g_test_add_func ("/kaynak/article-state/round-trip", test_state_round_trip);
  g_test_add_func ("/kaynak/article-state/refused", test_state_refused);
  g_test_add_func ("/kaynak/article-state/undo", test_state_undo);
  g_test_add_func ("/kaynak/article-state/first-claim", test_state_first_claim);
  g_test_add_func ("/kaynak/folder/summary-matches-load", test_summary_matches_load);
  g_test_add_func ("/kaynak/folder/summary-hostile", test_summary_hostile);
  g_test_add_func ("/kaynak/folder/articles", test_folder_articles);
  g_test_add_func ("/kaynak/folder/all-finished", test_folder_all_finished);
  g_test_add_func ("/kaynak/folder/cache", test_folder_cache);
  g_test_add_func ("/kaynak/folder/missing", test_folder_missing);
  g_test_add_func ("/kaynak/folder/export-keep-states", test_export_keep_states);

  return g_test_run ();
}
