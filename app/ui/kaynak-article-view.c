/* kaynak-article-view.c: the article with its claims highlighted; where
 * claims are made and retagged.
 *
 * The view wires its parts: the text view that draws the selected claim's
 * frame (kaynak-article-text.c), the highlighter that paints the claims
 * into each document's buffer (kaynak-highlighter.c) and the "Tag as…"
 * popover (kaynak-tag-popover.c); it holds the selected claim, scrolls to
 * it and tags.  What the user does with the mouse and the keys, and the
 * popover's answers, are in kaynak-article-view-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kaynak-article-text.h"
#include "kaynak-article-view-private.h"
#include "kaynak-selection-snap.h"
#include "kaynak-document-codebook.h"
#include "kaynak-error.h"

/* Lines of about this many characters read best */
#define READING_WIDTH_CHARS 70

G_DEFINE_FINAL_TYPE (KaynakArticleView, kaynak_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_CLAIM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLAIM_SELECTED,
  CLAIM_ACTIVATED,
  CLAIM_DELETED,
  CLAIM_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_caret_description (KaynakArticleView *self);
static void on_mark_set              (KaynakArticleView *self,
                                      GtkTextIter       *location,
                                      GtkTextMark       *mark,
                                      GtkTextBuffer     *buffer);

/* --- The buffer ---------------------------------------------------------- */

static void
on_frame_changed (KaynakArticleView *self,
                  KaynakHighlighter *highlighter)
{
  const KaynakRange *frames, *source, *cue;
  guint n_frames, n_source, n_cue;
  GdkRGBA color;

  kaynak_highlighter_get_frame (highlighter, NULL, NULL, &color);
  frames = kaynak_highlighter_get_frames (highlighter, &n_frames);
  source = kaynak_highlighter_get_source_marks (highlighter, &n_source);
  cue = kaynak_highlighter_get_cue_marks (highlighter, &n_cue);
  kaynak_article_text_set_frames (KAYNAK_ARTICLE_TEXT (self->text_view), frames, n_frames, &color);
  kaynak_article_text_set_marks (KAYNAK_ARTICLE_TEXT (self->text_view), source, n_source,
                                 cue, n_cue, self->dark);
}

/* A fresh buffer per document, with a highlighter of its own: its tags
 * are the document's sources, and highlighting it before the text view
 * sees it costs no layout work. */
static GtkTextBuffer *
build_buffer (KaynakArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (NULL);
  GtkTextIter start;

  g_set_object (&self->buffer, buffer);

  if (self->document != NULL)
    gtk_text_buffer_set_text (buffer,
                              kaynak_document_get_text (self->document),
                              (int) kaynak_document_get_text_bytes (self->document));

  if (self->highlighter != NULL)
    g_signal_handlers_disconnect_by_data (self->highlighter, self);
  g_clear_object (&self->highlighter);
  self->highlighter = kaynak_highlighter_new (buffer, self->document, self->dark);
  g_signal_connect_object (self->highlighter, "frame-changed",
                           G_CALLBACK (on_frame_changed), self, G_CONNECT_SWAPPED);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  self->scroll_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
  g_signal_connect_object (buffer, "notify::cursor-position",
                           G_CALLBACK (update_caret_description), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "mark-set",
                           G_CALLBACK (on_mark_set), self, G_CONNECT_SWAPPED);

  return buffer;
}

/* --- Highlights painted in chunks ------------------------------------- */

/* The code points the view shows, with a screen's height more on each
 * side so that a short scroll finds them painted too */
static void
get_shown_range (KaynakArticleView *self,
                 guint             *start,
                 guint             *end)
{
  GdkRectangle visible;
  GtkTextIter a, b;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &a, 0, MAX (visible.y - visible.height, 0));
  gtk_text_view_get_iter_at_location (self->text_view, &b, visible.width,
                                      visible.y + 2 * MAX (visible.height, 1));
  gtk_text_iter_forward_line (&b);
  *start = (guint) gtk_text_iter_get_offset (&a);
  *end = (guint) gtk_text_iter_get_offset (&b);
}

/* In the frame's update phase, before GTK lays out and draws: what the
 * frame will show gets its highlights first. */
static gboolean
paint_shown_tick (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  KaynakArticleView *self = data;
  guint start, end;

  if (self->highlighter == NULL || !kaynak_highlighter_get_pending (self->highlighter))
    {
      self->paint_tick = 0;
      return G_SOURCE_REMOVE;
    }

  get_shown_range (self, &start, &end);
  kaynak_highlighter_paint_now (self->highlighter, start, end);
  return G_SOURCE_CONTINUE;
}

static void
watch_painting (KaynakArticleView *self)
{
  if (self->paint_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->paint_tick);
      self->paint_tick = 0;
    }
  if (self->highlighter != NULL && kaynak_highlighter_get_pending (self->highlighter))
    self->paint_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                     paint_shown_tick, self, NULL);
}

gboolean
kaynak_article_view_get_shown_highlighted (KaynakArticleView *self)
{
  GdkRectangle visible;
  GtkTextIter a, b;

  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), FALSE);

  if (self->highlighter == NULL)
    return TRUE;
  if (!kaynak_highlighter_get_pending (self->highlighter))
    return TRUE;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &a, 0, visible.y);
  gtk_text_view_get_iter_at_location (self->text_view, &b, visible.width, visible.y + visible.height);
  gtk_text_iter_forward_line (&b);
  return kaynak_highlighter_is_painted (self->highlighter,
                                        (guint) gtk_text_iter_get_offset (&a),
                                        (guint) gtk_text_iter_get_offset (&b));
}

/* --- Selection and scrolling ------------------------------------------- */

static void
scroll_to_range (KaynakArticleView *self,
                 guint              start,
                 guint              end)
{
  GdkRectangle visible, location;
  GtkTextIter iter;

  if (self->buffer == NULL)
    return;

  /* Before the first allocation the text view lays out at a bogus width
   * and the scroll lands far off; do it once the view has its size. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->text_view)))
    {
      self->scroll_pending = TRUE;
      self->scroll_start = start;
      return;
    }
  self->scroll_pending = FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, start);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);

  /* Leave the view alone when the start is already in sight: jumping
   * under the reader's eyes is worse than a claim that runs off the
   * bottom. */
  if (visible.height > 0 &&
      location.y >= visible.y &&
      location.y + location.height <= visible.y + visible.height)
    return;

  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &iter);
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.1, TRUE, 0.0, 0.3);
}

static gboolean
on_scroll_idle (gpointer data)
{
  KaynakArticleView *self = data;

  self->scroll_idle = 0;
  if (self->scroll_pending)
    scroll_to_range (self, self->scroll_start, self->scroll_start);
  return G_SOURCE_REMOVE;
}

static void
on_text_view_map (KaynakArticleView *self)
{
  /* After the first layout pass, which runs before idle handlers */
  if (self->scroll_pending && self->scroll_idle == 0)
    self->scroll_idle = g_idle_add_full (G_PRIORITY_LOW, on_scroll_idle, self, NULL);
}

void
_kaynak_article_view_clear_text_selection (KaynakArticleView *self)
{
  GtkTextIter insert;

  if (self->buffer == NULL || !gtk_text_buffer_get_has_selection (self->buffer))
    return;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &insert,
                                    gtk_text_buffer_get_insert (self->buffer));
  gtk_text_buffer_place_cursor (self->buffer, &insert);
}

void
kaynak_article_view_clear_text_selection (KaynakArticleView *self)
{
  g_return_if_fail (KAYNAK_IS_ARTICLE_VIEW (self));

  _kaynak_article_view_clear_text_selection (self);
}

void
_kaynak_article_view_set_selected_claim (KaynakArticleView *self,
                                         KaynakClaim       *claim,
                                         gboolean           scroll)
{
  if (self->selected_claim == claim)
    {
      if (claim != NULL && scroll)
        scroll_to_range (self, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
      return;
    }

  g_set_object (&self->selected_claim, claim);
  kaynak_highlighter_set_selected_claim (self->highlighter, claim);

  if (claim != NULL && scroll && !kaynak_claim_get_orphaned (claim))
    scroll_to_range (self, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));

  _kaynak_article_view_update_actions (self);
  g_signal_emit (self, signals[CLAIM_SELECTED], 0, claim);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM]);
}

guint
_kaynak_article_view_get_caret_offset (KaynakArticleView *self)
{
  GtkTextIter insert;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &insert,
                                    gtk_text_buffer_get_insert (self->buffer));
  return (guint) gtk_text_iter_get_offset (&insert);
}

/* The article's accessible description says which claim the caret is in,
 * with its source and status, so that a screen reader user hears what the
 * colour shows.  Outside claims it says how to tag. */
static void
update_caret_description (KaynakArticleView *self)
{
  KaynakClaim *claim = NULL;
  g_autofree char *text = NULL;

  if (self->buffer != NULL && self->document != NULL)
    claim = kaynak_highlighter_get_claim_at (self->highlighter, _kaynak_article_view_get_caret_offset (self));

  if (claim != NULL)
    {
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id != NULL
                             ? kaynak_document_lookup_source (self->document, source_id)
                             : NULL;

      /* Translators: the article's description for screen readers while
       * the caret is in a claim: source, then status */
      text = g_strdup_printf (_("In a claim. Source: %s. Status: %s."),
                              source != NULL ? kaynak_source_get_label (source) : _("No source"),
                              kaynak_document_claim_verdict_label (self->document, claim));
    }
  else
    text = g_strdup (_("Select text and press 1 to 9 to tag it with a source, "
                       "or Menu for the list of sources"));

  if (g_strcmp0 (text, self->caret_description) == 0)
    return;

  g_free (self->caret_description);
  self->caret_description = g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->caret_description,
                                  -1);
}

/* --- Tagging ------------------------------------------------------------- */

KaynakClaim *
_kaynak_article_view_retag_claim (KaynakArticleView *self,
                                  KaynakClaim       *claim,
                                  const char        *source_id,
                                  GError           **error)
{
  g_autoptr(KaynakClaim) hold = g_object_ref (claim);

  if (!kaynak_document_retag_claim (self->document, claim, source_id, error))
    return NULL;

  _kaynak_article_view_clear_text_selection (self);
  _kaynak_article_view_set_selected_claim (self, claim, FALSE);
  return claim;
}

/* --- "Tag as…" ----------------------------------------------------------- */

void
_kaynak_article_view_clear_popover_target (KaynakArticleView *self)
{
  self->popover_has_range = FALSE;
  g_clear_object (&self->popover_claim);
}

/* The rectangle, in our coordinates, to point the popover at: the end of
 * the range, where a mouse selection was released. */
static void
range_pointing_rect (KaynakArticleView *self,
                     guint              start,
                     guint              end,
                     GdkRectangle      *rect)
{
  GdkRectangle s, e;
  GtkTextIter a, b;
  graphene_point_t in, out;
  int x, y, width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, end);
  gtk_text_view_get_iter_location (self->text_view, &a, &s);
  gtk_text_view_get_iter_location (self->text_view, &b, &e);

  if (s.y == e.y)
    {
      /* One line: point at its middle */
      rect->x = s.x;
      rect->width = MAX (1, e.x - s.x);
    }
  else
    {
      rect->x = e.x;
      rect->width = 1;
    }
  rect->y = e.y;
  rect->height = e.height;

  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect->x, rect->y, &x, &y);
  in = GRAPHENE_POINT_INIT (x, y);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self), &in, &out))
    out = in;

  /* Scrolled out of sight: still point somewhere inside the view */
  rect->x = CLAMP ((int) out.x, 0, MAX (0, width - rect->width));
  rect->y = CLAMP ((int) out.y, 0, MAX (0, height - rect->height));
}

/* Keeps the actions in step with the text selection */
static void
on_mark_set (KaynakArticleView *self,
             GtkTextIter       *location,
             GtkTextMark       *mark,
             GtkTextBuffer     *buffer)
{
  if (mark == gtk_text_buffer_get_insert (buffer) ||
      mark == gtk_text_buffer_get_selection_bound (buffer))
    _kaynak_article_view_update_actions (self);
}

/* --- Document signals -------------------------------------------------------- */

/* The highlighter repaints; the view lets go of what was removed */
static void
on_claim_removed (KaynakArticleView *self,
                  KaynakClaim       *claim)
{
  if (claim == self->selected_claim)
    _kaynak_article_view_set_selected_claim (self, NULL, FALSE);
  if (claim == self->popover_claim)
    _kaynak_article_view_clear_popover_target (self);
}

static void
on_dark_changed (KaynakArticleView *self)
{
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  kaynak_highlighter_set_dark (self->highlighter, self->dark);
}

/* --- GtkWidget --------------------------------------------------------------- */

/* About READING_WIDTH_CHARS characters of the text view's own font, plus
 * its margins; measured again only when the font changes. */
static void
update_reading_width (KaynakArticleView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->text_view));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PangoFontMetrics *metrics;
  int char_width, width;

  if (font == NULL ||
      (self->measured_font != NULL && pango_font_description_equal (font, self->measured_font)))
    return;

  g_clear_pointer (&self->measured_font, pango_font_description_free);
  self->measured_font = pango_font_description_copy (font);

  metrics = pango_context_get_metrics (context, font, NULL);
  char_width = pango_font_metrics_get_approximate_char_width (metrics);
  pango_font_metrics_unref (metrics);

  width = READING_WIDTH_CHARS * char_width / PANGO_SCALE
          + gtk_text_view_get_left_margin (self->text_view)
          + gtk_text_view_get_right_margin (self->text_view);
  width = MAX (width, 360);
  adw_clamp_scrollable_set_maximum_size (self->clamp, width);
  adw_clamp_scrollable_set_tightening_threshold (self->clamp, width * 3 / 4);
}

static void
kaynak_article_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->scroller), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
kaynak_article_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);

  update_reading_width (self);
  gtk_widget_allocate (GTK_WIDGET (self->scroller), width, height, baseline, NULL);
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static gboolean
kaynak_article_view_grab_focus (GtkWidget *widget)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
ensure_css (GtkWidget *widget)
{
  static const char *path = "/io/github/kaynak/Kaynak/ui/kaynak-article-view.css";
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "kaynak-article-view-css"))
    return;
  /* Without the resource (a test linked without it) the view still works,
   * only plainer. */
  if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, path);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "kaynak-article-view-css",
                          g_steal_pointer (&provider), g_object_unref);
}

static void
disconnect_document (KaynakArticleView *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
}

static void
kaynak_article_view_dispose (GObject *object)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (object);

  g_clear_handle_id (&self->release_idle, g_source_remove);
  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  if (self->paint_tick != 0 && self->text_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->paint_tick);
  self->paint_tick = 0;
  disconnect_document (self);
  g_clear_object (&self->document);
  g_clear_object (&self->selected_claim);
  if (self->highlighter != NULL)
    g_signal_handlers_disconnect_by_data (self->highlighter, self);
  g_clear_object (&self->highlighter);
  _kaynak_article_view_clear_popover_target (self);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_ARTICLE_VIEW);

  G_OBJECT_CLASS (kaynak_article_view_parent_class)->dispose (object);
}

static void
kaynak_article_view_finalize (GObject *object)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (object);

  g_clear_object (&self->buffer);
  g_clear_pointer (&self->measured_font, pango_font_description_free);
  g_clear_pointer (&self->caret_description, g_free);

  G_OBJECT_CLASS (kaynak_article_view_parent_class)->finalize (object);
}

static void
kaynak_article_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTED_CLAIM:
      g_value_set_object (value, self->selected_claim);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_article_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kaynak_article_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_article_view_class_init (KaynakArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_article_view_dispose;
  object_class->finalize = kaynak_article_view_finalize;
  object_class->get_property = kaynak_article_view_get_property;
  object_class->set_property = kaynak_article_view_set_property;

  widget_class->measure = kaynak_article_view_measure;
  widget_class->size_allocate = kaynak_article_view_size_allocate;
  widget_class->grab_focus = kaynak_article_view_grab_focus;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KAYNAK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CLAIM] =
    g_param_spec_object ("selected-claim", NULL, NULL, KAYNAK_TYPE_CLAIM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CLAIM_SELECTED] =
    g_signal_new ("claim-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  signals[CLAIM_PICKED] =
    g_signal_new ("claim-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  signals[CLAIM_DELETED] =
    g_signal_new ("claim-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);

  g_type_ensure (ADW_TYPE_CLAMP_SCROLLABLE);
  g_type_ensure (KAYNAK_TYPE_ARTICLE_TEXT);
  g_type_ensure (KAYNAK_TYPE_TAG_POPOVER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleView, clamp);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleView, popover);
  gtk_widget_class_bind_template_callback (widget_class, on_text_view_map);
  _kaynak_article_view_class_init_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "kaynakarticleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kaynak_article_view_init (KaynakArticleView *self)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_css (GTK_WIDGET (self));
  /* A drag selects whole words, so the user sees what they will tag */
  kaynak_selection_snap_attach (self->text_view);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article view"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article"),
                                  -1);
  update_caret_description (self);
  _kaynak_article_view_update_actions (self);

  _kaynak_article_view_add_keys (self);
  /* Tag as… offers the user's library as a name is typed */
  kaynak_tag_popover_set_library (self->popover, kaynak_source_library_get_default ());

  if (adw_is_initialized ())
    {
      AdwStyleManager *style = adw_style_manager_get_default ();

      self->dark = adw_style_manager_get_dark (style);
      g_signal_connect_object (style, "notify::dark",
                               G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
    }

  buffer = build_buffer (self);
  gtk_text_view_set_buffer (self->text_view, buffer);
}

/* --- Public API ---------------------------------------------------------------- */

GtkWidget *
kaynak_article_view_new (void)
{
  return g_object_new (KAYNAK_TYPE_ARTICLE_VIEW, NULL);
}

KaynakDocument *
kaynak_article_view_get_document (KaynakArticleView *self)
{
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), NULL);

  return self->document;
}

void
kaynak_article_view_set_document (KaynakArticleView *self,
                                  KaynakDocument    *document)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;

  g_return_if_fail (KAYNAK_IS_ARTICLE_VIEW (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  _kaynak_article_view_clear_popover_target (self);
  disconnect_document (self);
  _kaynak_article_view_set_selected_claim (self, NULL, FALSE);
  g_set_object (&self->document, document);

  buffer = build_buffer (self);
  gtk_text_view_set_buffer (self->text_view, buffer);
  watch_painting (self);

  if (document != NULL)
    {
      g_signal_connect_object (document, "claim-removed",
                               G_CALLBACK (on_claim_removed), self, G_CONNECT_SWAPPED);
      /* a claim retagged, re-rated or deleted under the caret */
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (update_caret_description), self, G_CONNECT_SWAPPED);
    }
  update_caret_description (self);
  _kaynak_article_view_update_actions (self);

  kaynak_tag_popover_set_sources (self->popover,
                                  document != NULL ? kaynak_document_get_sources (document) : NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkTextView *
kaynak_article_view_get_text_view (KaynakArticleView *self)
{
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

KaynakClaim *
kaynak_article_view_get_selected_claim (KaynakArticleView *self)
{
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), NULL);

  return self->selected_claim;
}

void
kaynak_article_view_select_claim (KaynakArticleView *self,
                                  KaynakClaim       *claim)
{
  g_return_if_fail (KAYNAK_IS_ARTICLE_VIEW (self));
  g_return_if_fail (claim == NULL || KAYNAK_IS_CLAIM (claim));

  _kaynak_article_view_set_selected_claim (self, claim, TRUE);
}

gboolean
kaynak_article_view_select_next_claim (KaynakArticleView *self)
{
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), FALSE);

  return _kaynak_article_view_select_neighbour (self, TRUE);
}

gboolean
kaynak_article_view_select_previous_claim (KaynakArticleView *self)
{
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), FALSE);

  return _kaynak_article_view_select_neighbour (self, FALSE);
}

gboolean
kaynak_article_view_get_selection_range (KaynakArticleView *self,
                                         guint             *start,
                                         guint             *end)
{
  GtkTextIter a, b;
  guint s, e;

  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), FALSE);

  if (self->document == NULL ||
      !gtk_text_buffer_get_selection_bounds (self->buffer, &a, &b))
    return FALSE;

  s = (guint) gtk_text_iter_get_offset (&a);
  e = (guint) gtk_text_iter_get_offset (&b);
  if (!kaynak_document_trim_range (self->document, &s, &e))
    return FALSE;

  if (start != NULL)
    *start = s;
  if (end != NULL)
    *end = e;
  return TRUE;
}

void
kaynak_article_view_set_selection_range (KaynakArticleView *self,
                                         guint              start,
                                         guint              end)
{
  GtkTextIter a, b;

  g_return_if_fail (KAYNAK_IS_ARTICLE_VIEW (self));

  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, (int) MIN (start, G_MAXINT));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, (int) MIN (end, G_MAXINT));
  /* The caret (insert) goes to the end, as after a mouse selection */
  gtk_text_buffer_select_range (self->buffer, &b, &a);
  scroll_to_range (self, start, end);
}

KaynakClaim *
kaynak_article_view_tag_range (KaynakArticleView *self,
                               guint              start,
                               guint              end,
                               const char        *source_id,
                               GError           **error)
{
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->document == NULL)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                           _("No article is open."));
      return NULL;
    }

  /* Tag or retag: the document's rule */
  claim = kaynak_document_tag_range (self->document, start, end, source_id, error);
  if (claim == NULL)
    return NULL;

  _kaynak_article_view_clear_text_selection (self);
  _kaynak_article_view_set_selected_claim (self, claim, FALSE);
  return claim;
}

KaynakClaim *
kaynak_article_view_tag_selection (KaynakArticleView *self,
                                   const char        *source_id,
                                   GError           **error)
{
  guint start, end;

  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kaynak_article_view_get_selection_range (self, &start, &end))
    return kaynak_article_view_tag_range (self, start, end, source_id, error);

  if (self->selected_claim != NULL && self->document != NULL)
    return _kaynak_article_view_retag_claim (self, self->selected_claim, source_id, error);

  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                       _("Select some text or a claim to tag."));
  return NULL;
}

void
kaynak_article_view_show_tag_popover (KaynakArticleView *self)
{
  GdkRectangle rect;
  guint start, end;

  g_return_if_fail (KAYNAK_IS_ARTICLE_VIEW (self));

  _kaynak_article_view_clear_popover_target (self);

  if (kaynak_article_view_get_selection_range (self, &start, &end))
    {
      self->popover_has_range = TRUE;
      self->popover_start = start;
      self->popover_end = end;
    }
  else if (self->selected_claim != NULL && !kaynak_claim_get_orphaned (self->selected_claim))
    {
      self->popover_claim = g_object_ref (self->selected_claim);
      start = kaynak_claim_get_start (self->selected_claim);
      end = kaynak_claim_get_end (self->selected_claim);
    }
  else
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  range_pointing_rect (self, start, end, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  {
    /* by key, then by use: counted now, as claims come and go */
    g_autoptr(GHashTable) uses = kaynak_document_count_claims_by_source (self->document);

    kaynak_tag_popover_set_uses (self->popover, uses);
  }
  kaynak_tag_popover_reset (self->popover);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

void
kaynak_article_view_hide_tag_popover (KaynakArticleView *self)
{
  g_return_if_fail (KAYNAK_IS_ARTICLE_VIEW (self));

  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

KaynakClaim *
kaynak_article_view_select_claim_at_offset (KaynakArticleView *self,
                                            guint              offset)
{
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), NULL);

  claim = kaynak_highlighter_get_claim_at (self->highlighter, offset);
  _kaynak_article_view_set_selected_claim (self, claim, FALSE);
  return claim;
}

void
kaynak_article_view_set_picking (KaynakArticleView *self,
                                  gboolean           picking)
{
  g_return_if_fail (KAYNAK_IS_ARTICLE_VIEW (self));

  self->picking = picking;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), picking ? "crosshair" : "text");
  _kaynak_article_view_update_actions (self);
}

gboolean
kaynak_article_view_get_picking (KaynakArticleView *self)
{
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_VIEW (self), FALSE);

  return self->picking;
}

void
_kaynak_article_view_end_picking (KaynakArticleView *self,
                                  KaynakClaim       *claim)
{
  kaynak_article_view_set_picking (self, FALSE);
  g_signal_emit (self, signals[CLAIM_PICKED], 0, claim);
}
