/* kaynak-sourcing-map.c: where each source's claims fall in the article
 * (see kaynak-sourcing-map.h).
 *
 * Two steps, so that neither is paid more often than it must be:
 *  - places: each placed claim's height in the article, as a share of the
 *    scrollable height (the scrollbar's scale).  A claim added, removed
 *    or changed moves its own mark (a binary search and an insertion);
 *    all are found again when the sources or the text's height change, or
 *    after more than a few claims changed at once;
 *  - buckets: one per pixel row of the strip, the claim first there and
 *    the source with most claims there, made again when the strip's height
 *    changes or the places do.
 * A claim's height is its paragraph's top from the text view's line
 * heights (which GTK keeps for every line, laid out or estimated), plus
 * the paragraph's height times the claim's share of its characters: no
 * paragraph is laid out for the map, so a 5 MB article costs no more than
 * its claims.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-claim-row.h"
#include "kaynak-sourcing-map.h"

#define MAP_WIDTH        14
#define MARK_HEIGHT      3
/* how far from a mark a click still reaches it */
#define CLICK_SLOP       3
/* layout settles in bursts while GTK measures the text in the background */
#define RELAYOUT_DELAY_MS 500
/* …but no later than this after the first change, while GTK measures a
 * long article in the background for seconds */
#define RELAYOUT_MAX_WAIT_US (3 * G_USEC_PER_SEC)
#define CHANGE_DELAY_MS   50
/* single-claim changes in one burst before a full refresh takes over */
#define MAX_MOVES         64

typedef struct
{
  /* top of the claim as a share of the scrollable height, 0–1 */
  float   place;
  /* index into colors; n_sources for "no source" */
  guint   source;
} Mark;

typedef struct
{
  /* index of the first claim in this pixel row, or -1 */
  int     first;
  guint   source;
} Bucket;

struct _KaynakSourcingMap
{
  GtkWidget          parent_instance;

  KaynakArticleView *view;
  KaynakDocument    *document;
  GtkAdjustment     *vadjustment;

  /* places: marks[i] is claims[i]'s, in document order */
  GArray            *marks;
  GPtrArray         *claims;
  GdkRGBA           *colors;
  guint              n_sources;
  /* source id → its index in colors + 1 */
  GHashTable        *source_index;
  /* changes of single claims since the last full refresh, in this burst:
   * past a few, one full refresh is cheaper than moving each */
  guint              n_moves;
  guint              burst_id;

  /* buckets for a strip buckets_height pixels high */
  GArray            *buckets;
  int                buckets_height;

  guint              refresh_id;
  /* the text's height changed: places again once it settles */
  guint              relayout_id;
  gint64             relayout_since;
};

G_DEFINE_FINAL_TYPE (KaynakSourcingMap, kaynak_sourcing_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- Places ------------------------------------------------------------- */

static void update_name (KaynakSourcingMap *self);
static void queue_refresh (KaynakSourcingMap *self,
                           guint              delay_ms);

static guint
source_of (KaynakSourcingMap *self,
           KaynakClaim       *claim)
{
  const char *source_id = kaynak_claim_get_source_id (claim);
  guint at = source_id ? GPOINTER_TO_UINT (g_hash_table_lookup (self->source_index, source_id)) : 0;

  return at > 0 ? at - 1 : self->n_sources;
}

/* The height of code point @start as a share of @upper, the scrollable
 * height: its paragraph's top, plus the paragraph's height times the
 * share of the paragraph's characters before it */
static float
place_of (GtkTextView *text_view,
          guint        start,
          double       upper)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter iter;
  int line_y, line_height, line_chars;
  double y;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
  gtk_text_view_get_line_yrange (text_view, &iter, &line_y, &line_height);
  line_chars = gtk_text_iter_get_chars_in_line (&iter);
  y = gtk_text_view_get_top_margin (text_view) + line_y;
  if (line_chars > 0)
    y += (double) line_height * gtk_text_iter_get_line_offset (&iter) / line_chars;
  return (float) CLAMP (y / upper, 0.0, 1.0);
}

static void
find_places (KaynakSourcingMap *self)
{
  GtkTextView *text_view;
  GtkTextBuffer *buffer;
  GListModel *sources, *claims;
  guint n_claims;
  double upper, top_margin;
  int line_y = 0, line_height = 0;
  /* the paragraph (buffer line) of the last claim: [line_start, line_end) */
  guint line_start = 0, line_end = 0, line_chars = 0;

  g_array_set_size (self->marks, 0);
  g_ptr_array_set_size (self->claims, 0);
  g_clear_pointer (&self->colors, g_free);
  g_hash_table_remove_all (self->source_index);
  self->n_sources = 0;
  self->buckets_height = -1;
  self->n_moves = 0;

  if (self->document == NULL || self->view == NULL)
    {
      update_name (self);
      return;
    }

  text_view = kaynak_article_view_get_text_view (self->view);
  buffer = gtk_text_view_get_buffer (text_view);
  sources = kaynak_document_get_sources (self->document);
  claims = kaynak_document_get_claims (self->document);
  n_claims = g_list_model_get_n_items (claims);
  upper = self->vadjustment != NULL ? gtk_adjustment_get_upper (self->vadjustment) : 0;
  top_margin = gtk_text_view_get_top_margin (text_view);

  self->n_sources = g_list_model_get_n_items (sources);
  self->colors = g_new0 (GdkRGBA, self->n_sources + 1);
  for (guint i = 0; i < self->n_sources; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

      if (!gdk_rgba_parse (&self->colors[i], kaynak_source_get_color (source)))
        self->colors[i] = (GdkRGBA) { 0.5f, 0.5f, 0.5f, 1.0f };
      g_hash_table_insert (self->source_index, g_strdup (kaynak_source_get_id (source)),
                           GUINT_TO_POINTER (i + 1));
    }
  /* claims without a source are grey, as in the article */
  self->colors[self->n_sources] = (GdkRGBA) { 0.55f, 0.55f, 0.55f, 1.0f };

  for (guint i = 0; i < n_claims; i++)
    {
      KaynakClaim *claim = g_list_model_get_item (claims, i);
      guint start = kaynak_claim_get_start (claim);
      Mark mark;
      double y;

      if (kaynak_claim_get_orphaned (claim) || upper <= 0)
        {
          g_object_unref (claim);
          continue;
        }

      /* Claims come in document order and many share a paragraph: the
       * buffer is asked once per paragraph, which is what walking a
       * paragraph full of highlight tags costs */
      if (i == 0 || start < line_start || start >= line_end)
        {
          GtkTextIter iter;

          gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
          gtk_text_view_get_line_yrange (text_view, &iter, &line_y, &line_height);
          line_chars = gtk_text_iter_get_chars_in_line (&iter);
          line_start = start - gtk_text_iter_get_line_offset (&iter);
          line_end = line_start + MAX (line_chars, 1);
        }
      y = top_margin + line_y;
      if (line_chars > 0)
        y += (double) line_height * (start - line_start) / line_chars;

      mark.place = (float) CLAMP (y / upper, 0.0, 1.0);
      mark.source = source_of (self, claim);
      g_array_append_val (self->marks, mark);
      g_ptr_array_add (self->claims, claim);
    }

  update_name (self);
}

static void
update_name (KaynakSourcingMap *self)
{
  g_autofree char *name = NULL;

  if (self->document == NULL)
    name = g_strdup (_("Sourcing map"));
  else
    /* TRANSLATORS: the sourcing map's name for a screen reader */
    name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sourcing map, %u claim",
                                         "Sourcing map, %u claims", self->claims->len),
                            self->claims->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* --- One claim at a time ------------------------------------------------ */

static gboolean
burst_over (gpointer user_data)
{
  KaynakSourcingMap *self = user_data;

  self->burst_id = 0;
  self->n_moves = 0;
  return G_SOURCE_REMOVE;
}

/* Whether a change of one claim can be followed on its own: not while a
 * full refresh is due anyway, nor past MAX_MOVES in one burst (removing a
 * source retags all its claims: one refresh beats thousands of moves) */
static gboolean
can_move (KaynakSourcingMap *self)
{
  if (self->refresh_id != 0 || self->vadjustment == NULL ||
      gtk_adjustment_get_upper (self->vadjustment) <= 0)
    return FALSE;
  if (++self->n_moves > MAX_MOVES)
    {
      queue_refresh (self, CHANGE_DELAY_MS);
      return FALSE;
    }
  if (self->burst_id == 0)
    self->burst_id = g_idle_add (burst_over, self);
  return TRUE;
}

/* --- Buckets kept up to date one claim at a time ------------------------
 *
 * A tag adds one claim: its pixel row is tallied again and the other rows'
 * first claims shift by one, O(height + the row's claims), rather than
 * every claim tallied again (100,000 at a time in a large document).  The
 * result is what ensure_buckets() would find: the same tally, in the same
 * order, over the same claims. */

static int
row_of (const Mark *mark,
        int         height)
{
  return CLAMP ((int) (mark->place * height), 0, height - 1);
}

/* Whether the buckets are those of the strip as it is now */
static gboolean
buckets_current (KaynakSourcingMap *self)
{
  return self->buckets_height > 0 &&
         self->buckets_height == gtk_widget_get_height (GTK_WIDGET (self));
}

/* The source with most claims in row @r, found as ensure_buckets() does */
static void
tally_row (KaynakSourcingMap *self,
           int                r)
{
  Bucket *bucket = &g_array_index (self->buckets, Bucket, r);
  g_autofree guint *tally = NULL;
  guint best;

  if (bucket->first < 0)
    return;
  tally = g_new0 (guint, self->n_sources + 1);
  best = g_array_index (self->marks, Mark, bucket->first).source;
  for (guint j = (guint) bucket->first; j < self->marks->len; j++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, j);

      if (row_of (mark, self->buckets_height) != r)
        break;
      if (++tally[mark->source] > tally[best])
        best = mark->source;
    }
  bucket->source = best;
}

/* After the mark at @index was inserted */
static void
buckets_inserted (KaynakSourcingMap *self,
                  guint              index)
{
  int height = self->buckets_height;
  int r;
  Bucket *own;

  if (!buckets_current (self))
    {
      self->buckets_height = -1;
      return;
    }
  r = row_of (&g_array_index (self->marks, Mark, index), height);
  for (int b = 0; b < height; b++)
    {
      Bucket *bucket = &g_array_index (self->buckets, Bucket, b);

      if (b != r && bucket->first >= (int) index)
        bucket->first++;
    }
  own = &g_array_index (self->buckets, Bucket, r);
  if (own->first < 0 || own->first > (int) index)
    own->first = (int) index;
  tally_row (self, r);
}

/* After the mark @removed, which was at @index, was removed */
static void
buckets_removed (KaynakSourcingMap *self,
                 const Mark        *removed,
                 guint              index)
{
  int height = self->buckets_height;
  int r;
  Bucket *own;

  if (!buckets_current (self))
    {
      self->buckets_height = -1;
      return;
    }
  r = row_of (removed, height);
  for (int b = 0; b < height; b++)
    {
      Bucket *bucket = &g_array_index (self->buckets, Bucket, b);

      if (b != r && bucket->first > (int) index)
        bucket->first--;
    }
  own = &g_array_index (self->buckets, Bucket, r);
  if (own->first == (int) index &&
      (index >= self->marks->len ||
       row_of (&g_array_index (self->marks, Mark, index), height) != r))
    own->first = -1;
  else if (own->first > (int) index)
    own->first--;
  tally_row (self, r);
}

static void
remove_claim (KaynakSourcingMap *self,
              KaynakClaim       *claim)
{
  guint i;

  if (g_ptr_array_find (self->claims, claim, &i))
    {
      Mark removed = g_array_index (self->marks, Mark, i);

      g_ptr_array_remove_index (self->claims, i);
      g_array_remove_index (self->marks, i);
      buckets_removed (self, &removed, i);
    }
}

static void
insert_claim (KaynakSourcingMap *self,
              KaynakClaim       *claim)
{
  GtkTextView *text_view = kaynak_article_view_get_text_view (self->view);
  guint lo = 0, hi = self->claims->len;
  Mark mark;

  if (kaynak_claim_get_orphaned (claim))
    return;
  /* the claims stay in document order, the order of their places */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (kaynak_claim_compare (g_ptr_array_index (self->claims, mid), claim) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  mark.place = place_of (text_view, kaynak_claim_get_start (claim),
                         gtk_adjustment_get_upper (self->vadjustment));
  mark.source = source_of (self, claim);
  g_ptr_array_insert (self->claims, (int) lo, g_object_ref (claim));
  g_array_insert_val (self->marks, lo, mark);
  buckets_inserted (self, lo);
}

static void
moved (KaynakSourcingMap *self)
{
  /* the buckets followed the claim (buckets_inserted(), _removed()) */
  update_name (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_claim_added (KaynakSourcingMap *self,
                KaynakClaim       *claim)
{
  if (!can_move (self))
    return;
  insert_claim (self, claim);
  moved (self);
}

static void
on_claim_removed (KaynakSourcingMap *self,
                  KaynakClaim       *claim)
{
  if (!can_move (self))
    return;
  remove_claim (self, claim);
  moved (self);
}

static void
on_claim_changed (KaynakSourcingMap *self,
                  KaynakClaim       *claim)
{
  if (!can_move (self))
    return;
  remove_claim (self, claim);
  insert_claim (self, claim);
  moved (self);
}

/* --- Buckets ------------------------------------------------------------ */

static void
ensure_buckets (KaynakSourcingMap *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autofree guint *tally = NULL;
  int row = -1;
  guint best = 0;

  if (height == self->buckets_height)
    return;

  self->buckets_height = height;
  g_array_set_size (self->buckets, MAX (height, 0));
  for (int r = 0; r < height; r++)
    g_array_index (self->buckets, Bucket, r).first = -1;
  if (height <= 0)
    return;

  /* The places rise with the claims' order, so a row's claims come
   * together: tally them, keep the source with most, clear the tally. */
  tally = g_new0 (guint, self->n_sources + 1);
  for (guint i = 0; i <= self->marks->len; i++)
    {
      Mark *mark = i < self->marks->len ? &g_array_index (self->marks, Mark, i) : NULL;
      int r = mark ? CLAMP ((int) (mark->place * height), 0, height - 1) : -2;

      if (r != row && row >= 0)
        {
          Bucket *bucket = &g_array_index (self->buckets, Bucket, row);

          bucket->source = best;
          for (guint j = bucket->first; j < i; j++)
            tally[g_array_index (self->marks, Mark, j).source] = 0;
        }
      if (mark == NULL)
        break;
      if (r != row)
        {
          row = r;
          g_array_index (self->buckets, Bucket, row).first = (int) i;
          best = mark->source;
        }
      if (++tally[mark->source] > tally[best])
        best = mark->source;
    }
}

/* --- Drawing and input -------------------------------------------------- */

static void
get_fg (GtkWidget *widget,
        GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* Where the selected claim's source is named (its source ranges): a
 * hollow mark in the text's colour, unlike the claims' filled ones.  A
 * claim has a few such ranges, each placed as a claim is. */
static void
draw_source_words (KaynakSourcingMap *self,
                   GtkSnapshot       *snapshot,
                   int                width,
                   int                height)
{
  const KaynakRange *ranges;
  KaynakClaim *claim;
  GtkTextView *text_view;
  double upper;
  GdkRGBA fg;
  guint n;

  if (self->view == NULL || self->vadjustment == NULL || height < 8)
    return;
  claim = kaynak_article_view_get_selected_claim (self->view);
  if (claim == NULL || kaynak_claim_get_orphaned (claim))
    return;
  ranges = kaynak_claim_get_source_ranges (claim, &n);
  upper = gtk_adjustment_get_upper (self->vadjustment);
  if (n == 0 || upper <= 0)
    return;

  text_view = kaynak_article_view_get_text_view (self->view);
  get_fg (GTK_WIDGET (self), &fg);
  for (guint i = 0; i < n; i++)
    {
      float y = place_of (text_view, ranges[i].start, upper) * height;
      const float widths[4] = { 1.5f, 1.5f, 1.5f, 1.5f };
      const GdkRGBA colors[4] = { fg, fg, fg, fg };
      GskRoundedRect box;

      gsk_rounded_rect_init_from_rect (&box,
                                       &GRAPHENE_RECT_INIT (1, CLAMP (y - 3, 0, height - 7), width - 2, 7),
                                       2);
      gtk_snapshot_append_border (snapshot, &box, widths, colors);
    }
}

static void
kaynak_sourcing_map_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  KaynakSourcingMap *self = KAYNAK_SOURCING_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA track;

  get_fg (widget, &track);
  track.alpha *= 0.07f;
  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, 0, width, height));

  ensure_buckets (self);
  /* one node per run of rows of one colour: at most one per pixel row */
  for (int r = 0; r < height; )
    {
      Bucket *bucket = &g_array_index (self->buckets, Bucket, r);
      int end = r + 1;

      if (bucket->first < 0)
        {
          r++;
          continue;
        }
      while (end < height
             && g_array_index (self->buckets, Bucket, end).first >= 0
             && g_array_index (self->buckets, Bucket, end).source == bucket->source)
        end++;
      gtk_snapshot_append_color (snapshot, &self->colors[bucket->source],
                                 &GRAPHENE_RECT_INIT (2, MIN (r, height - MARK_HEIGHT), width - 4,
                                                      MAX (end - r, MARK_HEIGHT)));
      r = end;
    }
  draw_source_words (self, snapshot, width, height);
}

static void
kaynak_sourcing_map_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? MAP_WIDTH : 0;
}

static void
on_pressed (GtkGestureClick   *gesture,
            int                n_press,
            double             x,
            double             y,
            KaynakSourcingMap *self)
{
  KaynakClaim *claim = kaynak_sourcing_map_get_claim_at (self, y);
  GtkTextView *text_view;
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  if (claim == NULL || self->view == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  /* as Alt+Down does: the caret to the claim's start (so a screen reader
   * says which claim it is in), then the claim selected and scrolled to */
  text_view = kaynak_article_view_get_text_view (self->view);
  buffer = gtk_text_view_get_buffer (text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) kaynak_claim_get_start (claim));
  gtk_text_buffer_place_cursor (buffer, &iter);
  kaynak_article_view_select_claim (self->view, claim);
  /* so that Alt+Down and Alt+Up go on from here */
  gtk_widget_grab_focus (GTK_WIDGET (text_view));
}

static gboolean
on_query_tooltip (GtkWidget         *widget,
                  int                x,
                  int                y,
                  gboolean           keyboard,
                  GtkTooltip        *tooltip,
                  KaynakSourcingMap *self)
{
  KaynakClaim *claim = kaynak_sourcing_map_get_claim_at (self, y);
  const char *source_id;
  KaynakSource *source;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;

  if (claim == NULL)
    return FALSE;
  source_id = kaynak_claim_get_source_id (claim);
  source = source_id ? kaynak_document_lookup_source (self->document, source_id) : NULL;
  /* a claim in pieces by its pieces' words */
  words = kaynak_claim_dup_shown_quote (claim);
  /* TRANSLATORS: a mark's tooltip: the source, then the claim's words */
  text = g_strdup_printf (_("%s: “%s”"), source ? kaynak_source_get_label (source) : _("No source"),
                          words);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* --- Following the view ------------------------------------------------- */

static gboolean
refresh_timeout (gpointer user_data)
{
  KaynakSourcingMap *self = user_data;

  self->refresh_id = 0;
  kaynak_sourcing_map_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (KaynakSourcingMap *self,
               guint              delay_ms)
{
  if (self->refresh_id == 0)
    self->refresh_id = delay_ms > 0 ? g_timeout_add (delay_ms, refresh_timeout, self)
                                    : g_idle_add (refresh_timeout, self);
}

/* Sources (colours, a source gone) and anything else: all again, after
 * the frame that shows the change */
static void
on_sources_changed (KaynakSourcingMap *self)
{
  queue_refresh (self, CHANGE_DELAY_MS);
}

static gboolean
relayout_timeout (gpointer user_data)
{
  KaynakSourcingMap *self = user_data;

  self->relayout_id = 0;
  kaynak_sourcing_map_refresh (self);
  return G_SOURCE_REMOVE;
}

/* GTK measures a long text in the background after it is shown, and the
 * height changes with every chunk: finding 100,000 places again each time
 * would cost more than the measuring.  The marks wait until the height
 * has stopped changing for a moment (they are close meanwhile: estimated
 * heights are near the real ones), or a few seconds at most. */
static void
on_vadjustment_changed (KaynakSourcingMap *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->relayout_id != 0 && now - self->relayout_since < RELAYOUT_MAX_WAIT_US)
    g_clear_handle_id (&self->relayout_id, g_source_remove);
  if (self->relayout_id == 0)
    {
      if (self->relayout_since == 0 || now - self->relayout_since >= RELAYOUT_MAX_WAIT_US)
        self->relayout_since = now;
      self->relayout_id = g_timeout_add (RELAYOUT_DELAY_MS, relayout_timeout, self);
    }
}

static void
set_document (KaynakSourcingMap *self,
              KaynakDocument    *document)
{
  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "claim-added", G_CALLBACK (on_claim_added), self);
      g_signal_connect_swapped (document, "claim-removed", G_CALLBACK (on_claim_removed), self);
      g_signal_connect_swapped (document, "claim-changed", G_CALLBACK (on_claim_changed), self);
      g_signal_connect_swapped (document, "source-added", G_CALLBACK (on_sources_changed), self);
      g_signal_connect_swapped (document, "source-removed", G_CALLBACK (on_sources_changed), self);
      g_signal_connect_swapped (document, "source-changed", G_CALLBACK (on_sources_changed), self);
    }
  /* the view fills its buffer first; the places wait for its lines */
  queue_refresh (self, 0);
}

static void
on_view_document (KaynakSourcingMap *self)
{
  set_document (self, kaynak_article_view_get_document (self->view));
}

static void
set_vadjustment (KaynakSourcingMap *self,
                 GtkAdjustment     *adjustment)
{
  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (on_vadjustment_changed), self);
}

static void
on_text_view_vadjustment (KaynakSourcingMap *self)
{
  GtkTextView *text_view = kaynak_article_view_get_text_view (self->view);

  set_vadjustment (self, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view)));
  queue_refresh (self, RELAYOUT_DELAY_MS);
}

/* --- GObject ------------------------------------------------------------ */

static void
kaynak_sourcing_map_dispose (GObject *object)
{
  KaynakSourcingMap *self = KAYNAK_SOURCING_MAP (object);

  kaynak_sourcing_map_set_article_view (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->burst_id, g_source_remove);
  g_clear_handle_id (&self->relayout_id, g_source_remove);

  G_OBJECT_CLASS (kaynak_sourcing_map_parent_class)->dispose (object);
}

static void
kaynak_sourcing_map_finalize (GObject *object)
{
  KaynakSourcingMap *self = KAYNAK_SOURCING_MAP (object);

  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_pointer (&self->buckets, g_array_unref);
  g_clear_pointer (&self->colors, g_free);
  g_clear_pointer (&self->source_index, g_hash_table_unref);

  G_OBJECT_CLASS (kaynak_sourcing_map_parent_class)->finalize (object);
}

static void
kaynak_sourcing_map_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KaynakSourcingMap *self = KAYNAK_SOURCING_MAP (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_VIEW:
      g_value_set_object (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_sourcing_map_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KaynakSourcingMap *self = KAYNAK_SOURCING_MAP (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_VIEW:
      kaynak_sourcing_map_set_article_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_sourcing_map_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kaynak_sourcing_map_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
kaynak_sourcing_map_class_init (KaynakSourcingMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_sourcing_map_dispose;
  object_class->finalize = kaynak_sourcing_map_finalize;
  object_class->get_property = kaynak_sourcing_map_get_property;
  object_class->set_property = kaynak_sourcing_map_set_property;
  widget_class->snapshot = kaynak_sourcing_map_snapshot;
  widget_class->measure = kaynak_sourcing_map_measure;
  widget_class->css_changed = kaynak_sourcing_map_css_changed;

  properties[PROP_ARTICLE_VIEW] =
    g_param_spec_object ("article-view", NULL, NULL, KAYNAK_TYPE_ARTICLE_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sourcingmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kaynak_sourcing_map_init (KaynakSourcingMap *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->claims = g_ptr_array_new_with_free_func (g_object_unref);
  self->buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
  self->source_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->buckets_height = -1;

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sourcing map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Where each source's claims are in the article. "
                                    "Alt+Down and Alt+Up go from claim to claim."),
                                  -1);
}

GtkWidget *
kaynak_sourcing_map_new (void)
{
  return g_object_new (KAYNAK_TYPE_SOURCING_MAP, NULL);
}

KaynakArticleView *
kaynak_sourcing_map_get_article_view (KaynakSourcingMap *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCING_MAP (self), NULL);

  return self->view;
}

void
kaynak_sourcing_map_set_article_view (KaynakSourcingMap *self,
                                      KaynakArticleView *view)
{
  g_return_if_fail (KAYNAK_IS_SOURCING_MAP (self));
  g_return_if_fail (view == NULL || KAYNAK_IS_ARTICLE_VIEW (view));

  if (self->view == view)
    return;

  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_signal_handlers_disconnect_by_data (kaynak_article_view_get_text_view (self->view), self);
    }
  set_vadjustment (self, NULL);
  set_document (self, NULL);
  g_set_object (&self->view, view);
  if (view != NULL)
    {
      GtkTextView *text_view = kaynak_article_view_get_text_view (view);

      g_signal_connect_swapped (view, "notify::document", G_CALLBACK (on_view_document), self);
      /* the selected claim's source words are marked */
      g_signal_connect_swapped (view, "notify::selected-claim", G_CALLBACK (gtk_widget_queue_draw), self);
      g_signal_connect_swapped (text_view, "notify::vadjustment",
                                G_CALLBACK (on_text_view_vadjustment), self);
      set_vadjustment (self, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view)));
      set_document (self, kaynak_article_view_get_document (view));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_VIEW]);
}

void
kaynak_sourcing_map_refresh (KaynakSourcingMap *self)
{
  g_return_if_fail (KAYNAK_IS_SOURCING_MAP (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  self->relayout_since = 0;
  find_places (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
_kaynak_sourcing_map_check_buckets (KaynakSourcingMap *self)
{
  g_autoptr(GArray) kept = NULL;
  int height;

  g_return_val_if_fail (KAYNAK_IS_SOURCING_MAP (self), FALSE);

  if (!buckets_current (self))
    return FALSE;
  height = self->buckets_height;
  kept = g_array_copy (self->buckets);
  self->buckets_height = -1;
  ensure_buckets (self);
  for (int r = 0; r < height; r++)
    {
      const Bucket *a = &g_array_index (kept, Bucket, r);
      const Bucket *b = &g_array_index (self->buckets, Bucket, r);

      if (a->first != b->first || (a->first >= 0 && a->source != b->source))
        return FALSE;
    }
  return TRUE;
}

KaynakClaim *
kaynak_sourcing_map_get_claim_at (KaynakSourcingMap *self,
                                  double             y)
{
  int height;

  g_return_val_if_fail (KAYNAK_IS_SOURCING_MAP (self), NULL);

  ensure_buckets (self);
  height = self->buckets_height;
  /* the row itself, then the nearest rows above and below */
  for (int d = 0; d <= CLICK_SLOP + MARK_HEIGHT; d++)
    for (int sign = -1; sign <= 1; sign += 2)
      {
        int r = (int) y + sign * d;

        if (r >= 0 && r < height && g_array_index (self->buckets, Bucket, r).first >= 0)
          {
            KaynakClaim *claim = g_ptr_array_index (self->claims,
                                                    g_array_index (self->buckets, Bucket, r).first);

            /* a claim removed since the places were found is not offered */
            if (kaynak_document_get_claim_position (self->document, claim) == G_MAXUINT)
              return NULL;
            return claim;
          }
      }
  return NULL;
}

double
kaynak_sourcing_map_get_claim_y (KaynakSourcingMap *self,
                                 KaynakClaim       *claim)
{
  guint i;

  g_return_val_if_fail (KAYNAK_IS_SOURCING_MAP (self), -1);

  if (!g_ptr_array_find (self->claims, claim, &i))
    return -1;
  return MIN (g_array_index (self->marks, Mark, i).place * gtk_widget_get_height (GTK_WIDGET (self)),
              gtk_widget_get_height (GTK_WIDGET (self)) - 1);
}
