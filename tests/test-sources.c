/* test-sources.c: sources as the people and institutions they are.
 *
 * Slug ids that never change, one name for one source (labels and
 * aliases), a distinct colour and a free key for a new source, removing a
 * used source with its claims moved in one undo step, the order of
 * Tag as…, the one source a new annotation starts with, and the sample
 * article's own sources.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-color.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"

static const char article[] =
  "Ukrayna, Rusya’ya üç binden fazla asker getirildiğini açıkladı. "
  "Beyaz Saray bunu doğruladı. Kremlin ise yorum yapmadı.";

static void
test_slug (void)
{
  static const struct {
    const char *label;
    const char *slug;
  } cases[] = {
    { "Ukraine", "ukraine" },
    { "White House", "white-house" },
    { "Beyaz Saray", "beyaz-saray" },
    { "Dışişleri Bakanlığı", "disisleri-bakanligi" },
    { "İÇİŞLERİ ÖĞÜŞ", "icisleri-ogus" },
    { "çok güçlü şüphe", "cok-guclu-suphe" },
    { "EU–NATO joint statement", "eu-nato-joint-statement" },
    { "  Kremlin  (silence)!  ", "kremlin-silence" },
    { "Ministère de l’Intérieur", "ministere-de-l-interieur" },
    { "ABD", "abd" },
    { "G7", "g7" },
    { "—", "source" },
    { "", "source" },
    { "Уkraina", "kraina" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *slug = kaynak_source_slug_for_label (cases[i].label);

      g_assert_cmpstr (slug, ==, cases[i].slug);
    }

  {
    /* short: at most 48 characters, never ending in a hyphen */
    g_autofree char *slug = kaynak_source_slug_for_label (
      "Birleşmiş Milletler İnsan Hakları Yüksek Komiserliği Sözcüsü ve Ekibi");

    g_assert_cmpuint (strlen (slug), <=, 48);
    g_assert_false (g_str_has_suffix (slug, "-"));
    g_assert_true (g_str_has_prefix (slug, "birlesmis-milletler-insan-haklari"));
  }
}

static KaynakDocument *
new_document (void)
{
  g_autoptr(GError) error = NULL;
  KaynakDocument *doc = kaynak_document_new_for_article (article, -1, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static KaynakSource *
add (KaynakDocument   *doc,
     const char       *label,
     KaynakSourceKind  kind)
{
  g_autoptr(KaynakSource) source = kaynak_document_make_source (doc, label, kind);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_add_source (doc, source, &error));
  g_assert_no_error (error);
  return kaynak_document_lookup_source (doc, kaynak_source_get_id (source));
}

/* A new document starts with one source, Unattributed, on key 1 */
static void
test_default_scheme (void)
{
  g_autoptr(KaynakDocument) doc = new_document ();
  GListModel *sources = kaynak_document_get_sources (doc);
  g_autoptr(KaynakSource) only = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 1);
  only = g_list_model_get_item (sources, 0);
  g_assert_cmpstr (kaynak_source_get_id (only), ==, "unattributed");
  g_assert_cmpstr (kaynak_source_get_label (only), ==, "Unattributed");
  g_assert_cmpint (kaynak_source_get_kind (only), ==, KAYNAK_SOURCE_KIND_UNATTRIBUTED);
  g_assert_cmpuint (kaynak_source_get_shortcut (only), ==, 1);
  g_assert_false (kaynak_document_get_can_undo (doc));
}

/* Ids are slugs of the first label, unique in the document, and stay
 * what they were when the label changes */
static void
test_ids (void)
{
  g_autoptr(KaynakDocument) doc = new_document ();
  KaynakSource *ukraine = add (doc, "Ukrayna", KAYNAK_SOURCE_KIND_NAMED);
  KaynakSource *again, *third;
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (kaynak_source_get_id (ukraine), ==, "ukrayna");

  /* a second source whose name makes the same slug gets -2, then -3 */
  again = add (doc, "UKRAYNA!", KAYNAK_SOURCE_KIND_NAMED);
  g_assert_cmpstr (kaynak_source_get_id (again), ==, "ukrayna-2");
  third = add (doc, "ukrayna?", KAYNAK_SOURCE_KIND_NAMED);
  g_assert_cmpstr (kaynak_source_get_id (third), ==, "ukrayna-3");

  /* renaming keeps the id; a later source may then take the old slug's
   * next number, never the renamed one's id */
  changes = kaynak_source_copy (ukraine);
  kaynak_source_set_label (changes, "Ukraine");
  g_assert_true (kaynak_document_update_source (doc, "ukrayna", changes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_source_get_label (kaynak_document_lookup_source (doc, "ukrayna")), ==, "Ukraine");
  g_assert_null (kaynak_document_lookup_source (doc, "ukraine"));
  {
    g_autofree char *id = kaynak_document_dup_new_source_id (doc, "Ukrayna");
    g_assert_cmpstr (id, ==, "ukrayna-4");
  }

  /* a file's UUID ids stay as they are */
  {
    g_autoptr(KaynakSource) old = kaynak_source_new ("0b6f1c4e-3d2a-4f6b-9c1d-2e3f4a5b6c7d",
                                                     "Eski", "#123456", 0,
                                                     KAYNAK_SOURCE_KIND_NAMED);
    g_assert_true (kaynak_document_add_source (doc, old, NULL));
    g_assert_nonnull (kaynak_document_lookup_source (doc, "0b6f1c4e-3d2a-4f6b-9c1d-2e3f4a5b6c7d"));
  }
}

/* A new source takes the first free key, none past nine, and a colour
 * unlike every colour in use */
static void
test_new_source_key_and_colour (void)
{
  g_autoptr(KaynakDocument) doc = new_document ();
  GListModel *sources = kaynak_document_get_sources (doc);

  for (guint i = 0; i < 11; i++)
    {
      g_autofree char *label = g_strdup_printf ("Kaynak %u", i + 2);
      KaynakSource *made = add (doc, label, KAYNAK_SOURCE_KIND_NAMED);
      guint n = g_list_model_get_n_items (sources);

      g_assert_cmpuint (kaynak_source_get_shortcut (made), ==, i + 2 <= 9 ? i + 2 : 0);
      for (guint k = 0; k + 1 < n; k++)
        {
          g_autoptr(KaynakSource) other = g_list_model_get_item (sources, k);

          /* twelve sources, twelve palette colours: all distinct */
          g_assert_cmpfloat (kaynak_color_drawn_distance (kaynak_source_get_color (made),
                                                          kaynak_source_get_color (other)),
                             >=, KAYNAK_PALETTE_MIN_DISTANCE);
        }
    }
}

/* One name, one source: a label or an alias finds its source in any case,
 * and an edit may not give a second source a name the first has */
static void
test_names (void)
{
  g_autoptr(KaynakDocument) doc = new_document ();
  KaynakSource *usa = add (doc, "United States", KAYNAK_SOURCE_KIND_NAMED);
  KaynakSource *wh = add (doc, "White House", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(KaynakSource) changes = kaynak_source_copy (usa);
  g_autoptr(GError) error = NULL;
  const char *aliases[] = { "ABD", "Amerika Birleşik Devletleri", NULL };
  const char *taken[] = { "Beyaz Saray", NULL };

  kaynak_source_set_aliases (changes, aliases);
  g_assert_true (kaynak_document_update_source (doc, "united-states", changes, &error));
  g_assert_no_error (error);

  g_assert_true (kaynak_document_find_source_by_name (doc, "abd", NULL) == usa);
  g_assert_true (kaynak_document_find_source_by_name (doc, "AMERİKA BİRLEŞİK DEVLETLERİ", NULL) == usa);
  g_assert_true (kaynak_document_find_source_by_name (doc, "white  house", NULL) == wh);
  g_assert_null (kaynak_document_find_source_by_name (doc, "abd", "united-states"));
  g_assert_null (kaynak_document_find_source_by_name (doc, "Kremlin", NULL));

  /* "Beyaz Saray" for the White House, then refused as the USA's alias */
  g_clear_object (&changes);
  changes = kaynak_source_copy (wh);
  kaynak_source_set_aliases (changes, taken);
  g_assert_true (kaynak_document_update_source (doc, "white-house", changes, NULL));
  g_clear_object (&changes);
  changes = kaynak_source_copy (usa);
  kaynak_source_set_aliases (changes, taken);
  g_assert_false (kaynak_document_update_source (doc, "united-states", changes, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  /* nor as a label */
  kaynak_source_set_aliases (changes, NULL);
  kaynak_source_set_label (changes, "beyaz saray");
  g_assert_false (kaynak_document_update_source (doc, "united-states", changes, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_cmpstr (kaynak_source_get_label (usa), ==, "United States");
  g_assert_cmpuint (g_strv_length ((char **) kaynak_source_get_aliases (usa)), ==, 2);

  /* a source's own names are its own to recase */
  g_clear_object (&changes);
  changes = kaynak_source_copy (usa);
  kaynak_source_set_label (changes, "UNITED STATES");
  g_assert_true (kaynak_document_update_source (doc, "united-states", changes, NULL));
}

/* Removing a used source moves its claims to another source, or leaves
 * them without one, and one undo brings both back */
static void
test_remove_moving_claims (void)
{
  g_autoptr(KaynakDocument) doc = new_document ();
  KaynakSource *ukraine = add (doc, "Ukrayna", KAYNAK_SOURCE_KIND_NAMED);
  KaynakSource *wh = add (doc, "Beyaz Saray", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  g_autoptr(GError) error = NULL;

  first = g_strdup (kaynak_claim_get_id (kaynak_document_create_claim (doc, 0, 7, "ukrayna", &error)));
  second = g_strdup (kaynak_claim_get_id (kaynak_document_create_claim (doc, 18, 42, "ukrayna", &error)));
  third = g_strdup (kaynak_claim_get_id (kaynak_document_create_claim (doc, 65, 77, "beyaz-saray", &error)));
  g_assert_no_error (error);
  g_assert_nonnull (ukraine);
  g_assert_nonnull (wh);

  /* not to itself, not to nothing that exists */
  g_assert_false (kaynak_document_remove_source_moving_claims (doc, "ukrayna", "ukrayna", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_remove_source_moving_claims (doc, "ukrayna", "nobody", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_nonnull (kaynak_document_lookup_source (doc, "ukrayna"));

  g_assert_true (kaynak_document_remove_source_moving_claims (doc, "ukrayna", "beyaz-saray", &error));
  g_assert_no_error (error);
  g_assert_null (kaynak_document_lookup_source (doc, "ukrayna"));
  g_assert_cmpuint (kaynak_document_count_claims_for_source (doc, "beyaz-saray"), ==, 3);
  g_assert_cmpstr (kaynak_claim_get_source_id (kaynak_document_lookup_claim (doc, first)), ==, "beyaz-saray");

  /* one step back: the source and both claims' source */
  g_assert_true (kaynak_document_undo (doc));
  g_assert_nonnull (kaynak_document_lookup_source (doc, "ukrayna"));
  g_assert_cmpstr (kaynak_claim_get_source_id (kaynak_document_lookup_claim (doc, first)), ==, "ukrayna");
  g_assert_cmpstr (kaynak_claim_get_source_id (kaynak_document_lookup_claim (doc, second)), ==, "ukrayna");
  g_assert_cmpstr (kaynak_claim_get_source_id (kaynak_document_lookup_claim (doc, third)), ==, "beyaz-saray");
  g_assert_cmpuint (kaynak_document_count_claims_for_source (doc, "beyaz-saray"), ==, 1);

  /* or left without a source */
  g_assert_true (kaynak_document_remove_source_moving_claims (doc, "ukrayna", NULL, &error));
  g_assert_no_error (error);
  g_assert_null (kaynak_claim_get_source_id (kaynak_document_lookup_claim (doc, first)));
  g_assert_cmpuint (kaynak_document_count_claims_for_source (doc, NULL), ==, 2);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpuint (kaynak_document_count_claims_for_source (doc, "ukrayna"), ==, 2);
  g_assert_true (kaynak_document_redo (doc));
  g_assert_null (kaynak_document_lookup_source (doc, "ukrayna"));
}

/* Tag as… lists sources by key, then by number of claims */
static void
test_tagging_order (void)
{
  g_autoptr(KaynakDocument) doc = new_document ();
  g_autoptr(GHashTable) counts = NULL;
  KaynakSource *a, *b, *keyed;
  g_autoptr(KaynakSource) changes = NULL;

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *label = g_strdup_printf ("Anahtarlı %u", i);
      add (doc, label, KAYNAK_SOURCE_KIND_NAMED);
    }
  a = add (doc, "Az", KAYNAK_SOURCE_KIND_NAMED);
  b = add (doc, "Çok", KAYNAK_SOURCE_KIND_NAMED);
  g_assert_cmpuint (kaynak_source_get_shortcut (a), ==, 0);
  keyed = kaynak_document_lookup_shortcut (doc, 2);

  kaynak_document_create_claim (doc, 0, 7, kaynak_source_get_id (a), NULL);
  kaynak_document_create_claim (doc, 18, 42, kaynak_source_get_id (b), NULL);
  kaynak_document_create_claim (doc, 65, 77, kaynak_source_get_id (b), NULL);

  counts = kaynak_document_count_claims_by_source (doc);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, kaynak_source_get_id (b))), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, kaynak_source_get_id (a))), ==, 1);
  g_assert_false (g_hash_table_contains (counts, "unattributed"));

  /* without a key, the more used first */
  g_assert_cmpint (kaynak_source_compare_for_tagging (b, 2, a, 1), <, 0);
  g_assert_cmpint (kaynak_source_compare_for_tagging (a, 1, b, 2), >, 0);
  g_assert_cmpint (kaynak_source_compare_for_tagging (a, 1, b, 1), ==, 0);
  /* a key beats any use */
  g_assert_cmpint (kaynak_source_compare_for_tagging (keyed, 0, b, 2), <, 0);
  g_assert_cmpint (kaynak_source_compare_for_tagging (b, 2, keyed, 0), >, 0);
  /* keys in their order */
  g_assert_cmpint (kaynak_source_compare_for_tagging (kaynak_document_lookup_shortcut (doc, 1), 0,
                                                      keyed, 5), <, 0);

  /* giving "Az" key 2 puts it among the keyed ones */
  changes = kaynak_source_copy (a);
  kaynak_source_set_shortcut (changes, 2);
  g_assert_true (kaynak_document_update_source (doc, kaynak_source_get_id (a), changes, NULL));
  g_assert_cmpint (kaynak_source_compare_for_tagging (a, 1, b, 2), <, 0);
  /* and the source that had key 2 lost it, so it now follows the used */
  g_assert_cmpuint (kaynak_source_get_shortcut (keyed), ==, 0);
  g_assert_cmpint (kaynak_source_compare_for_tagging (keyed, 0, b, 2), >, 0);
}

/* data/samples/seed-article.kaynak.json: the sample article with its own
 * sources, keys 1–6, kinds and Turkish aliases, no claims */
static void
test_sample_sources (void)
{
  static const struct {
    const char       *id;
    const char       *label;
    KaynakSourceKind  kind;
    const char       *alias;
  } expected[] = {
    { "ukraine", "Ukraine", KAYNAK_SOURCE_KIND_NAMED, "Ukrayna" },
    { "white-house", "White House", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, "Beyaz Saray" },
    { "united-states", "United States", KAYNAK_SOURCE_KIND_NAMED, "ABD" },
    { "kremlin", "Kremlin", KAYNAK_SOURCE_KIND_NO_COMMENT, NULL },
    { "eu-nato-joint-statement", "EU–NATO joint statement", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT,
      "AB–NATO ortak açıklaması" },
    { "unattributed", "Unattributed", KAYNAK_SOURCE_KIND_UNATTRIBUTED, NULL },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.kaynak.json", NULL);
  g_autofree char *text_path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                      "seed-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GListModel *sources;

  doc = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (text_path, &text, NULL, &error));
  g_assert_cmpstr (kaynak_document_get_text (doc), ==, text);
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 0);

  sources = kaynak_document_get_sources (doc);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      const char * const *aliases = kaynak_source_get_aliases (source);

      g_assert_cmpstr (kaynak_source_get_id (source), ==, expected[i].id);
      g_assert_cmpstr (kaynak_source_get_label (source), ==, expected[i].label);
      g_assert_cmpint (kaynak_source_get_kind (source), ==, expected[i].kind);
      g_assert_cmpuint (kaynak_source_get_shortcut (source), ==, i + 1);
      if (expected[i].alias != NULL)
        g_assert_true (g_strv_contains (aliases, expected[i].alias));
      /* the colours are the palette's and look distinct from each other */
      for (guint k = 0; k < i; k++)
        {
          g_autoptr(KaynakSource) other = g_list_model_get_item (sources, k);

          g_assert_cmpfloat (kaynak_color_drawn_distance (kaynak_source_get_color (source),
                                                          kaynak_source_get_color (other)),
                             >=, KAYNAK_PALETTE_MIN_DISTANCE);
        }
    }
  g_assert_true (kaynak_document_find_source_by_name (doc, "Amerika Birleşik Devletleri", NULL) ==
                 kaynak_document_lookup_source (doc, "united-states"));
}

/* The other names field, as the Sources dialog and the library's page
 * read it: split at commas, trimmed, no empty name, no repeat and not the
 * label again, in any case by the Turkish rules */
static void
test_parse_aliases (void)
{
  g_auto(GStrv) a = kaynak_source_parse_aliases (" ABD , Amerika Birleşik Devletleri,,abd, ", NULL);
  g_auto(GStrv) b = kaynak_source_parse_aliases ("istanbul, Istanbul Valiliği, İSTANBUL VALİLİĞİ",
                                                 "İSTANBUL");
  g_auto(GStrv) c = kaynak_source_parse_aliases ("", "X");
  g_autoptr(KaynakSource) source = kaynak_source_new ("us", "United States", "#1c71d8", 0,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autofree char *text = NULL;
  const char *want_a[] = { "ABD", "Amerika Birleşik Devletleri", NULL };
  /* names fold as kaynak_text_fold() folds them: I, İ, ı and i alike */
  const char *want_b[] = { "Istanbul Valiliği", NULL };

  g_assert_true (g_strv_equal ((const char * const *) a, want_a));
  g_assert_true (g_strv_equal ((const char * const *) b, want_b));
  g_assert_cmpuint (g_strv_length (c), ==, 0);

  kaynak_source_set_aliases (source, (const char * const *) a);
  text = kaynak_source_dup_aliases_text (source);
  g_assert_cmpstr (text, ==, "ABD, Amerika Birleşik Devletleri");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/sources/slug-from-label", test_slug);
  g_test_add_func ("/kaynak/sources/new-document-starts-unattributed", test_default_scheme);
  g_test_add_func ("/kaynak/sources/ids-unique-and-never-change", test_ids);
  g_test_add_func ("/kaynak/sources/new-source-free-key-distinct-colour", test_new_source_key_and_colour);
  g_test_add_func ("/kaynak/sources/one-name-one-source", test_names);
  g_test_add_func ("/kaynak/sources/remove-moves-claims-in-one-step", test_remove_moving_claims);
  g_test_add_func ("/kaynak/sources/tag-as-order-key-then-use", test_tagging_order);
  g_test_add_func ("/kaynak/sources/sample-has-its-own-sources", test_sample_sources);
  g_test_add_func ("/kaynak/sources/other-names-field", test_parse_aliases);

  return g_test_run ();
}
