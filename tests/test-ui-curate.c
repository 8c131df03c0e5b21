/* test-ui-curate.c: Compare With… in the real window: the marks in the
 * article's margin (one per difference, its kind as a style class, named,
 * drawn beside its line and following the article as it scrolls), a mark
 * clicked selecting its difference, Leave Out (Keep Mine of a claim only
 * they marked) taking the mark away and undo bringing it back, and Take
 * From choosing whose version Take Theirs takes when two others differ.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-article-view.h"
#include "kaynak-curate-margin.h"
#include "kaynak-curate-window.h"
#include "kaynak-test-ui-util.h"

static KaynakApplication *app;

static const char *TEXT =
  "Beyaz Saray açıkladı: asker yok. Kremlin yorum yapmadı. "
  "Bakan da konuştu. Muhalefet itiraz etti.";

static guint
offset_of (const char *words)
{
  const char *p = strstr (TEXT, words);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (TEXT, p - TEXT);
}

static KaynakDocument *
new_document (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  return kaynak_document_new_for_article (TEXT, -1, none, "", NULL);
}

static void
mark (KaynakDocument *document,
      const char     *words,
      const char     *source_id,
      const char     *label)
{
  guint start = offset_of (words);

  if (source_id != NULL && kaynak_document_lookup_source (document, source_id) == NULL)
    {
      g_autoptr(KaynakSource) source = kaynak_source_new (source_id, label, "#336699", 0,
                                                          KAYNAK_SOURCE_KIND_NAMED);
      g_assert_true (kaynak_document_add_source (document, source, NULL));
    }
  g_assert_nonnull (kaynak_document_create_claim (document, start, start + g_utf8_strlen (words, -1),
                                                  source_id, NULL));
}

typedef struct
{
  KaynakWindow       *window;
  KaynakDocument     *mine;
  KaynakCurateWindow *curate;
  KaynakCurateMargin *margin;
  GtkListBox         *list;
} Fixture;

static void
open_curation (Fixture        *f,
               KaynakDocument *mine,
               KaynakDocument *const *theirs,
               const char * const *names,
               guint           n)
{
  KaynakArticleView *view;
  KaynakCuration *curation;
  GtkTextView *text_view;

  f->window = kaynak_test_ui_new_window (app);
  f->mine = mine;
  kaynak_window_set_document (f->window, mine);
  kaynak_test_flush_events ();
  view = KAYNAK_ARTICLE_VIEW (kaynak_test_find_descendant (GTK_WIDGET (f->window),
                                                          KAYNAK_TYPE_ARTICLE_VIEW));
  curation = kaynak_curation_new (mine, "ayse.kaynak.json", theirs, names, n, NULL);
  g_assert_nonnull (curation);
  f->curate = KAYNAK_CURATE_WINDOW (kaynak_curate_window_new (GTK_WINDOW (f->window), view,
                                                              curation, "Compare With"));
  gtk_window_present (GTK_WINDOW (f->curate));
  kaynak_test_flush_events ();
  text_view = kaynak_article_view_get_text_view (view);
  /* GTK 4.8 gives the gutter's holder, the margin in it */
  f->margin = KAYNAK_CURATE_MARGIN (kaynak_test_find_descendant (gtk_text_view_get_gutter (text_view, GTK_TEXT_WINDOW_LEFT),
                                                                KAYNAK_TYPE_CURATE_MARGIN));
  g_assert_nonnull (f->margin);
  f->list = GTK_LIST_BOX (kaynak_test_find_descendant (GTK_WIDGET (f->curate), GTK_TYPE_LIST_BOX));
}

static void
close_curation (Fixture *f)
{
  KaynakArticleView *view = KAYNAK_ARTICLE_VIEW (kaynak_test_find_descendant (GTK_WIDGET (f->window),
                                                                              KAYNAK_TYPE_ARTICLE_VIEW));

  gtk_window_destroy (GTK_WINDOW (f->curate));
  kaynak_test_flush_events ();
  /* the margin goes with the curation */
  g_assert_null (gtk_text_view_get_gutter (kaynak_article_view_get_text_view (view), GTK_TEXT_WINDOW_LEFT));
  kaynak_document_mark_saved (f->mine);
  gtk_window_destroy (GTK_WINDOW (f->window));
  kaynak_test_flush_events ();
}

/* The marks, in the margin's order */
static GPtrArray *
marks_of (KaynakCurateMargin *margin)
{
  GPtrArray *marks = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (margin)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (marks, child);
  return marks;
}

static int
selected_index (GtkListBox *list)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);

  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

/* Every mark mapped and placed beside its line */
static gboolean
marks_drawn (gpointer data)
{
  GPtrArray *marks = data;

  for (guint i = 0; i < marks->len; i++)
    if (!gtk_widget_get_mapped (marks->pdata[i]) || !gtk_widget_get_child_visible (marks->pdata[i]))
      return FALSE;
  return TRUE;
}

static void
test_margin_marks (void)
{
  g_autoptr(KaynakDocument) mine = new_document ();
  g_autoptr(KaynakDocument) theirs = new_document ();
  KaynakDocument *others[] = { theirs };
  const char *names[] = { "mehmet.kaynak.json" };
  g_autoptr(GPtrArray) marks = NULL;
  Fixture f = { 0 };
  graphene_rect_t first, second;

  mark (mine, "asker yok", NULL, NULL);                       /* only mine */
  mark (mine, "Kremlin yorum yapmadı", NULL, NULL);           /* differ */
  mark (theirs, "Kremlin yorum yapmadı", "kremlin", "Kremlin");
  mark (theirs, "Muhalefet itiraz etti", NULL, NULL);         /* only theirs */
  kaynak_document_clear_history (mine);
  open_curation (&f, mine, others, names, 1);

  g_assert_cmpuint (kaynak_curate_margin_get_n_marks (f.margin), ==, 3);
  marks = marks_of (f.margin);
  g_assert_cmpuint (marks->len, ==, 3);
  g_assert_true (gtk_widget_has_css_class (marks->pdata[0], "only-mine"));
  g_assert_true (gtk_widget_has_css_class (marks->pdata[1], "differ"));
  g_assert_true (gtk_widget_has_css_class (marks->pdata[2], "only-theirs"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (marks->pdata[2]), ==,
                   "Difference 3 of 3: Only mehmet.kaynak.json marked “Muhalefet itiraz etti”");
  /* drawn in the margin (on a frame that may come after the events are
   * flushed, on a busy machine), the later one no higher than the earlier */
  kaynak_test_wait_until (marks_drawn, marks);
  g_assert_true (gtk_widget_compute_bounds (marks->pdata[0], GTK_WIDGET (f.margin), &first));
  g_assert_true (gtk_widget_compute_bounds (marks->pdata[2], GTK_WIDGET (f.margin), &second));
  g_assert_cmpfloat (first.size.width, >, 0);
  g_assert_cmpfloat (second.origin.y, >=, first.origin.y);

  /* a mark clicked selects its difference */
  g_assert_cmpint (selected_index (f.list), ==, 0);
  g_signal_emit_by_name (marks->pdata[2], "clicked");
  g_assert_cmpint (selected_index (f.list), ==, 2);

  /* Leave Out: the difference and its mark go; undo brings them back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.curate), "curate.keep-mine", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_curate_margin_get_n_marks (f.margin), ==, 2);
  g_assert_cmpuint (kaynak_document_get_n_claims (mine), ==, 2);
  g_assert_true (kaynak_document_undo (mine));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_curate_margin_get_n_marks (f.margin), ==, 3);

  close_curation (&f);
}

typedef struct
{
  GtkWidget          *mark;
  KaynakCurateMargin *margin;
  int                 y;
} MarkAt;

/* The mark shown with its top @y px below the margin's, its line's */
static gboolean
mark_at (gpointer data)
{
  MarkAt *at = data;
  graphene_rect_t bounds;

  return gtk_widget_get_child_visible (at->mark) &&
         gtk_widget_compute_bounds (at->mark, GTK_WIDGET (at->margin), &bounds) &&
         (int) bounds.origin.y == at->y;
}

static gboolean
mark_hidden (gpointer mark)
{
  return !gtk_widget_get_child_visible (mark);
}

static gboolean
mark_shown (gpointer mark)
{
  return gtk_widget_get_child_visible (mark);
}

static gboolean
text_laid_out (gpointer text_view)
{
  GtkTextIter end;
  GdkRectangle rect;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view));

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (text_view), &end);
  gtk_text_view_get_iter_location (text_view, &end, &rect);
  return gtk_widget_get_mapped (text_view) &&
         gtk_adjustment_get_upper (adjustment) >= rect.y + rect.height;
}

/* The marks follow the article as it scrolls */
static void
test_marks_scroll (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(KaynakDocument) mine = NULL;
  g_autoptr(KaynakDocument) theirs = NULL;
  KaynakDocument *others[1];
  const char *names[] = { "mehmet.kaynak.json" };
  g_autoptr(GPtrArray) marks = NULL;
  KaynakArticleView *view;
  GtkAdjustment *adjustment;
  graphene_rect_t first;
  Fixture f = { 0 };
  guint start;

  for (guint i = 0; i < 80; i++)
    g_string_append (text, "Bir paragraf daha, uzun bir haberin ortasında.\n");
  start = g_utf8_strlen (text->str, -1);
  g_string_append (text, "Kremlin yorum yapmadı.\n");
  for (guint i = 0; i < 20; i++)
    g_string_append (text, "Son paragraflar.\n");
  mine = kaynak_document_new_for_article (text->str, -1, none, "", NULL);
  theirs = kaynak_document_new_for_article (text->str, -1, none, "", NULL);
  g_assert_nonnull (kaynak_document_create_claim (theirs, start, start + 7, NULL, NULL));
  others[0] = theirs;
  open_curation (&f, mine, others, names, 1);

  marks = marks_of (f.margin);
  g_assert_cmpuint (marks->len, ==, 1);
  view = KAYNAK_ARTICLE_VIEW (kaynak_test_find_descendant (GTK_WIDGET (f.window), KAYNAK_TYPE_ARTICLE_VIEW));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (kaynak_article_view_get_text_view (view)));
  {
    GtkTextView *text_view = kaynak_article_view_get_text_view (view);
    GtkTextIter iter;
    GdkRectangle rect;

    gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, (int) start);
    /* the whole text laid out, so the line's place is measured, not
     * estimated, and the view can scroll to it */
    kaynak_test_wait_until (text_laid_out, text_view);
    gtk_text_view_get_iter_location (text_view, &iter, &rect);
    g_assert_cmpint (rect.y, >, 1000);      /* far below the first screen */
    /* its line brought 100 px, then 300 px below the view's top: the mark
     * moves down 200 px with it (on the frame after the scroll) */
    gtk_adjustment_set_value (adjustment, rect.y - 100);
    kaynak_test_wait_until (mark_shown, marks->pdata[0]);
    g_assert_true (gtk_widget_compute_bounds (marks->pdata[0], GTK_WIDGET (f.margin), &first));
    gtk_adjustment_set_value (adjustment, rect.y - 300);
    kaynak_test_wait_until (mark_at, &(MarkAt) { marks->pdata[0], f.margin, (int) first.origin.y + 200 });
    /* scrolled far away: not drawn over the margin's edge */
    gtk_adjustment_set_value (adjustment, 0);
    kaynak_test_wait_until (mark_hidden, marks->pdata[0]);
  }

  close_curation (&f);
}

static GtkDropDown *
take_from (Fixture *f)
{
  return GTK_DROP_DOWN (kaynak_test_find_descendant (GTK_WIDGET (f->curate), GTK_TYPE_DROP_DOWN));
}

static void
test_take_from (void)
{
  g_autoptr(KaynakDocument) mine = new_document ();
  g_autoptr(KaynakDocument) b = new_document ();
  g_autoptr(KaynakDocument) c = new_document ();
  KaynakDocument *others[] = { b, c };
  const char *names[] = { "b.kaynak.json", "c.kaynak.json" };
  GtkDropDown *drop;
  KaynakClaim *claim;
  Fixture f = { 0 };

  mark (b, "Kremlin yorum yapmadı", "kremlin", "Kremlin");
  mark (c, "Kremlin yorum yapmadı", "peskov", "Peskov");
  mark (b, "Bakan da konuştu", NULL, NULL);
  open_curation (&f, mine, others, names, 2);
  drop = take_from (&f);

  /* two versions of the first: Take From shown, the first chosen */
  g_assert_cmpint (selected_index (f.list), ==, 0);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (drop))));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop)), ==, 2);
  gtk_drop_down_set_selected (drop, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.curate), "curate.take-theirs", NULL));
  kaynak_test_flush_events ();
  claim = kaynak_document_find_claim_with_range (mine, offset_of ("Kremlin"), offset_of (". Bakan"));
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_source_get_label (kaynak_document_lookup_source (mine, kaynak_claim_get_source_id (claim))),
                   ==, "Peskov");
  g_assert_cmpstr (kaynak_claim_get_agreed_by (claim)[0], ==, "c.kaynak.json");
  g_assert_null (kaynak_claim_get_agreed_by (claim)[1]);

  /* one version left: Take From hidden */
  g_assert_cmpuint (kaynak_curate_margin_get_n_marks (f.margin), ==, 1);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (drop))));

  close_curation (&f);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/curate-ui/margin-marks", test_margin_marks);
  g_test_add_func ("/kaynak/curate-ui/marks-scroll", test_marks_scroll);
  g_test_add_func ("/kaynak/curate-ui/take-from", test_take_from);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "curate-ui", add_tests);
}
