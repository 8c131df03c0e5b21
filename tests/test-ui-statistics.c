/* test-ui-statistics.c: the pictures of the sourcing in the window: the
 * statistics window's chart, lists and CSV say the numbers of
 * kaynak-sourcing-stats.h, follow the document live, and "Copy as CSV"
 * puts that CSV on the clipboard; the sourcing map names its claims, puts
 * each at its place and gives it back for a click there, and draws a
 * document of many claims with at most one node per pixel row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-sourcing-map.h"
#include "kaynak-statistics-window.h"
#include "kaynak-test-scheme.h"
#include "kaynak-test-ui-util.h"

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_height (data) > 0;
}

static KaynakSourcingMap *
find_map (KaynakWindow *window)
{
  GtkWidget *map = kaynak_test_find_descendant (GTK_WIDGET (window), KAYNAK_TYPE_SOURCING_MAP);

  g_assert_nonnull (map);
  /* the strip is as tall as the article once the window is laid out */
  kaynak_test_wait_until (is_laid_out, map);
  return KAYNAK_SOURCING_MAP (map);
}

static KaynakWindow *
open_example (void)
{
  KaynakWindow *window = kaynak_test_ui_new_window (kaynak_test_ui_application ());
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  return window;
}

static KaynakStatisticsWindow *
open_statistics (KaynakWindow *window)
{
  KaynakStatisticsWindow *statistics;

  g_action_group_activate_action (G_ACTION_GROUP (window), "statistics", NULL);
  kaynak_test_flush_events ();
  statistics = g_object_get_data (G_OBJECT (window), "kaynak-statistics-window");
  g_assert_true (KAYNAK_IS_STATISTICS_WINDOW (statistics));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (statistics)));
  return statistics;
}

/* What the chart must say, from the numbers alone */
static char *
expected_description (KaynakSourcingStats *stats)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < stats->rows->len; i++)
    {
      KaynakSourcingRow *row = &g_array_index (stats->rows, KaynakSourcingRow, i);

      g_string_append_printf (text, "%s%s: %u claim%s.", i > 0 ? " " : "", row->label,
                              row->claims, row->claims == 1 ? "" : "s");
    }
  return g_string_free (text, FALSE);
}

static void
close_window (KaynakWindow *window)
{
  kaynak_document_mark_saved (kaynak_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

/* Presses Copy as CSV and returns what the clipboard then holds */
static char *
copy_csv (KaynakStatisticsWindow *statistics)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (statistics));
  GdkContentProvider *content;
  GValue value = G_VALUE_INIT;
  char *text;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (statistics), "statistics.copy-csv", NULL));
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  text = g_value_dup_string (&value);
  g_value_unset (&value);
  return text;
}

static void
test_chart_and_csv (void)
{
  KaynakWindow *window = open_example ();
  KaynakStatisticsWindow *statistics = open_statistics (window);
  KaynakSourcingStats *stats = kaynak_statistics_window_get_stats (statistics);
  g_autoptr(KaynakSourcingStats) fresh = kaynak_sourcing_stats_new (kaynak_window_get_document (window));
  KaynakSourceBars *bars = kaynak_statistics_window_get_bars (statistics);
  g_autofree char *description = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *expected_csv = NULL;

  /* the example: Ukrayna 1, Beyaz Saray 3, Kremlin (sessizlik) 1, and
   * the document's "Kaynaksız" source with none */
  g_assert_nonnull (stats);
  g_assert_cmpuint (stats->claims, ==, 5);
  g_assert_cmpuint (stats->rows->len, ==, 4);
  description = expected_description (stats);
  g_assert_cmpstr (description, ==,
                   "Ukrayna: 1 claim. Beyaz Saray: 3 claims. Kremlin (sessizlik): 1 claim. "
                   "Kaynaksız: 0 claims.");
  g_assert_cmpstr (kaynak_source_bars_get_description (bars), ==, description);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (bars), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bars), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description);

  /* the CSV is the numbers' own */
  csv = kaynak_statistics_window_dup_csv (statistics);
  expected_csv = kaynak_sourcing_stats_to_csv (fresh, NULL);
  g_assert_cmpstr (csv, ==, expected_csv);
  g_assert_true (g_str_has_prefix (csv, "section,id,label,kind,claims,orphaned,characters,share_percent\r\n"
                                        "source,ukraine,Ukrayna,official-statement,1,0,"));
  /* no scale: the five statuses, as the window shows them */
  g_assert_nonnull (strstr (csv, "\r\nstatus,unverified,Unverified,,"));
  g_assert_null (strstr (csv, "verdict"));

  /* Copy as CSV: what the clipboard holds is that CSV */
  {
    g_autofree char *copied = copy_csv (statistics);

    g_assert_cmpstr (copied, ==, csv);
  }

  /* a second Ctrl+Shift+T shows the same window, not another */
  g_assert_true (open_statistics (window) == statistics);

  close_window (window);
}

typedef struct
{
  KaynakStatisticsWindow *statistics;
  guint                   claims;
} WaitClaims;

static gboolean
has_claims (gpointer data)
{
  WaitClaims *wait = data;
  KaynakSourcingStats *stats = kaynak_statistics_window_get_stats (wait->statistics);

  return stats != NULL && stats->claims == wait->claims;
}

static void
test_live (void)
{
  KaynakWindow *window = open_example ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakStatisticsWindow *statistics = open_statistics (window);
  KaynakSourceBars *bars = kaynak_statistics_window_get_bars (statistics);
  WaitClaims wait = { statistics, 6 };
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  /* "Bu durum" at the start of the last paragraph, tagged as Ukrayna */
  g_assert_nonnull (kaynak_document_create_claim (document, 0, 5, "ukraine", &error));
  g_assert_no_error (error);
  kaynak_test_wait_until (has_claims, &wait);
  description = expected_description (kaynak_statistics_window_get_stats (statistics));
  g_assert_true (g_str_has_prefix (description, "Ukrayna: 2 claims."));
  g_assert_cmpstr (kaynak_source_bars_get_description (bars), ==, description);

  g_assert_true (kaynak_document_undo (document));
  wait.claims = 5;
  kaynak_test_wait_until (has_claims, &wait);
  g_assert_true (g_str_has_prefix (kaynak_source_bars_get_description (bars), "Ukrayna: 1 claim."));

  close_window (window);
}

static KaynakWindow *
open_file (const char *dir,
           const char *name)
{
  KaynakWindow *window = kaynak_test_ui_new_window (kaynak_test_ui_application ());
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  return window;
}

/* The rows' spoken names, one per line */
static char *
spoken_rows (GtkListBox *list)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                   "");

      /* the check gives back the row's name when it is not "" */
      g_string_append_printf (text, "%s\n", label != NULL ? label : "");
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  GtkListBox *list;
  const char *expected;
} WaitRows;

static gboolean
rows_say (gpointer data)
{
  WaitRows *wait = data;
  g_autofree char *rows = spoken_rows (wait->list);

  return g_strcmp0 (rows, wait->expected) == 0;
}

/* With a verdict scale the status list counts the scale's verdicts, as
 * --stats does, each with its colour, then "No verdict"; it follows a
 * verdict given and its undo; Copy as CSV writes the same rows, not the
 * statuses */
static void
test_verdicts (void)
{
  KaynakWindow *window = open_file ("codebook", "teyit-haber.kaynak.json");
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakStatisticsWindow *statistics = open_statistics (window);
  GtkListBox *list = kaynak_statistics_window_get_status_list (statistics);
  WaitRows wait = { list, NULL };
  g_autofree char *rows = spoken_rows (list);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (rows, ==,
                   "Doğru: 0 claims\nÇoğunlukla doğru: 1 claim\nYarı doğru: 0 claims\n"
                   "Yanıltıcı: 0 claims\nYanlış: 1 claim\nNo verdict: 1 claim\n");
  {
    g_autofree char *copied = copy_csv (statistics);

    g_assert_nonnull (strstr (copied, "\r\nverdict,dogru,Doğru,,0,,,\r\n"
                                      "verdict,cogunlukla-dogru,Çoğunlukla doğru,,1,,,\r\n"
                                      "verdict,yari-dogru,Yarı doğru,,0,,,\r\n"
                                      "verdict,yaniltici,Yanıltıcı,,0,,,\r\n"
                                      "verdict,yanlis,Yanlış,,1,,,\r\n"
                                      "verdict,,No verdict,,1,,,\r\n"
                                      "total,article,"));
    g_assert_null (strstr (copied, "status,"));
  }
  g_assert_true (kaynak_document_set_claim_verdict (document, "6f0c2b1e-5d7a-4c1b-9a3e-00000000d003",
                                                    "dogru", &error));
  g_assert_no_error (error);
  wait.expected = "Doğru: 1 claim\nÇoğunlukla doğru: 1 claim\nYarı doğru: 0 claims\n"
                  "Yanıltıcı: 0 claims\nYanlış: 1 claim\nNo verdict: 0 claims\n";
  kaynak_test_wait_until (rows_say, &wait);
  /* the CSV follows the verdict given, as the list does */
  {
    g_autofree char *copied = copy_csv (statistics);

    g_assert_nonnull (strstr (copied, "\r\nverdict,dogru,Doğru,,1,,,\r\n"));
    g_assert_nonnull (strstr (copied, "\r\nverdict,,No verdict,,0,,,\r\n"));
  }
  g_assert_true (kaynak_document_undo (document));
  wait.expected = rows;
  kaynak_test_wait_until (rows_say, &wait);
  close_window (window);

  /* without a scale, the five statuses */
  window = open_example ();
  statistics = open_statistics (window);
  g_free (rows);
  rows = spoken_rows (kaynak_statistics_window_get_status_list (statistics));
  g_assert_null (strstr (rows, "No verdict"));
  {
    g_auto(GStrv) lines = g_strsplit (rows, "\n", -1);

    /* five rows and the empty string after the last newline */
    g_assert_cmpuint (g_strv_length (lines), ==, KAYNAK_N_CLAIM_STATUSES + 1);
  }
  close_window (window);
}

static void
test_map (void)
{
  KaynakWindow *window = open_example ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakSourcingMap *map = find_map (window);
  GListModel *claims = kaynak_document_get_claims (document);
  double last_y = -1;

  g_assert_nonnull (map);
  g_assert_true (kaynak_sourcing_map_get_article_view (map) == kaynak_window_get_article_view (window));
  kaynak_sourcing_map_refresh (map);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sourcing map, 5 claims");

  /* in article order, top to bottom; a claim alone in its row comes back
   * from a click there */
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);
      double y = kaynak_sourcing_map_get_claim_y (map, claim);

      g_assert_cmpfloat (y, >=, last_y);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (map)));
      last_y = y;
    }
  {
    g_autoptr(KaynakClaim) first = g_list_model_get_item (claims, 0);
    g_autoptr(KaynakClaim) last = g_list_model_get_item (claims, g_list_model_get_n_items (claims) - 1);

    g_assert_true (kaynak_sourcing_map_get_claim_at (map, kaynak_sourcing_map_get_claim_y (map, first)) == first);
    g_assert_true (kaynak_sourcing_map_get_claim_at (map, kaynak_sourcing_map_get_claim_y (map, last)) == last);
  }
  /* far from every mark, nothing */
  g_assert_null (kaynak_sourcing_map_get_claim_at (map, gtk_widget_get_height (GTK_WIDGET (map)) - 1));

  /* a new claim gets its mark at once, in its place; undo takes it away */
  {
    KaynakClaim *added = kaynak_document_create_claim (document, 0, 5, "ukraine", NULL);
    g_autoptr(KaynakClaim) first = NULL;

    g_assert_nonnull (added);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Sourcing map, 6 claims");
    first = g_list_model_get_item (claims, 0);
    g_assert_true (first == added);
    g_assert_cmpfloat (kaynak_sourcing_map_get_claim_y (map, added), >=, 0);
    g_assert_true (kaynak_sourcing_map_get_claim_at (map, kaynak_sourcing_map_get_claim_y (map, added)) == added);
    g_assert_true (kaynak_document_undo (document));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Sourcing map, 5 claims");
    g_assert_cmpfloat (kaynak_sourcing_map_get_claim_y (map, added), ==, -1);
  }

  close_window (window);
}

static guint
count_color_nodes (GskRenderNode *node)
{
  guint n = 0;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_COLOR_NODE:
      return 1;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        n += count_color_nodes (gsk_container_node_get_child (node, i));
      return n;
    default:
      return 0;
    }
}

/* 20,000 claims: the strip draws one node per run of rows at most */
static void
test_map_many_claims (void)
{
  KaynakWindow *window = kaynak_test_ui_new_window (kaynak_test_ui_application ());
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KaynakDocument) document = NULL;
  KaynakSourcingMap *map;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GPtrArray) scheme = kaynak_test_six_sources ();
  guint n = 20000;
  int height;

  for (guint i = 0; i < n / 4; i++)
    g_string_append (text, "Ukrayna açıkladı, Beyaz Saray doğruladı, Kremlin sessiz.\n");
  document = kaynak_document_new_for_article (text->str, text->len, scheme, NULL, NULL);
  g_assert_nonnull (document);
  kaynak_document_begin_group (document);
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (kaynak_document_create_claim (document, i * 14, i * 14 + 7,
                                                    i % 3 == 0 ? NULL : "named-person", NULL));
  kaynak_document_end_group (document);
  kaynak_window_set_document (window, document);
  kaynak_test_flush_events ();

  map = find_map (window);
  kaynak_sourcing_map_refresh (map);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sourcing map, 20000 claims");
  height = gtk_widget_get_height (GTK_WIDGET (map));
  g_assert_cmpint (height, >, 0);
  GTK_WIDGET_GET_CLASS (map)->snapshot (GTK_WIDGET (map), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  /* the track and the marks: never one per claim */
  g_assert_cmpuint (count_color_nodes (node), >, 1);
  g_assert_cmpuint (count_color_nodes (node), <=, (guint) height + 1);

  close_window (window);
}

/* A tag in a large document: the strip's rows follow the new claim one
 * at a time (not every claim tallied again), and come out as a full
 * tally finds them, for claims added, retagged and removed */
static void
test_map_follows_one_claim (void)
{
  KaynakWindow *window = kaynak_test_ui_new_window (kaynak_test_ui_application ());
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GPtrArray) scheme = kaynak_test_six_sources ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  KaynakSourcingMap *map;
  guint n = 4000;

  for (guint i = 0; i < n / 4 + 40; i++)
    g_string_append (text, "Ukrayna açıkladı, Beyaz Saray doğruladı, Kremlin sessiz.\n");
  document = kaynak_document_new_for_article (text->str, text->len, scheme, NULL, NULL);
  kaynak_document_begin_group (document);
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (kaynak_document_create_claim (document, i * 14, i * 14 + 7,
                                                    i % 3 == 0 ? NULL : "named-person", NULL));
  kaynak_document_end_group (document);
  kaynak_window_set_document (window, document);
  kaynak_test_flush_events ();
  map = find_map (window);
  kaynak_sourcing_map_refresh (map);
  /* drawn once: the buckets are made */
  GTK_WIDGET_GET_CLASS (map)->snapshot (GTK_WIDGET (map), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_true (_kaynak_sourcing_map_check_buckets (map));

  for (guint k = 0; k < 30; k++)
    {
      guint start = (k * 977) % (n * 14);
      KaynakClaim *claim = kaynak_document_create_claim (document, start + 1, start + 5,
                                                         k % 2 ? "named-person" : NULL, NULL);
      g_assert_nonnull (claim);
      g_assert_true (_kaynak_sourcing_map_check_buckets (map));
      if (k % 3 == 0)
        {
          kaynak_document_retag_claim (document, claim, k % 2 ? NULL : "named-person", NULL);
          g_assert_true (_kaynak_sourcing_map_check_buckets (map));
        }
      if (k % 4 == 1)
        {
          kaynak_document_remove_claim (document, kaynak_claim_get_id (claim), NULL);
          g_assert_true (_kaynak_sourcing_map_check_buckets (map));
        }
    }
  /* the last claim of the text, alone in its row at the bottom */
  {
    g_autoptr(KaynakClaim) last = g_list_model_get_item (kaynak_document_get_claims (document),
                                                         kaynak_document_get_n_claims (document) - 1);

    g_assert_true (kaynak_document_remove_claim (document, kaynak_claim_get_id (last), NULL));
    g_assert_true (_kaynak_sourcing_map_check_buckets (map));
  }

  close_window (window);
}

static void
add_tests (void)
{
  /* The accessible properties are read through GTK's test backend, which
   * needs no accessibility bus; each widget asks for its backend when it
   * is made, so this reaches every widget of these tests. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_add_func ("/kaynak/statistics/chart-and-csv-match-the-numbers", test_chart_and_csv);
  g_test_add_func ("/kaynak/statistics/follows-the-document", test_live);
  g_test_add_func ("/kaynak/statistics/counts-the-verdict-scale", test_verdicts);
  g_test_add_func ("/kaynak/statistics/map-places-and-clicks", test_map);
  g_test_add_func ("/kaynak/statistics/map-draws-per-row-not-per-claim", test_map_many_claims);
  g_test_add_func ("/kaynak/statistics/map-follows-one-claim", test_map_follows_one_claim);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "statistics", add_tests);
}
