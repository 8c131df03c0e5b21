/* kaynak-source-bars.c: claims per source as horizontal bars (see
 * kaynak-source-bars.h).  One row per source: its name at the start and
 * its number at the end of a line, the bar under them.  Horizontal bars
 * keep long Turkish names readable in a 360 px window, where columns
 * would leave them no room.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-source-bars.h"

#define BAR_HEIGHT 12
#define ROW_GAP    12
#define TEXT_GAP   3

typedef struct
{
  char    *label;
  char    *count;
  GdkRGBA  color;
  /* "No source" has no colour of its own: it takes the text's, faded */
  gboolean has_color;
  guint    claims;
} Bar;

struct _KaynakSourceBars
{
  GtkWidget  parent_instance;

  GArray    *bars;
  guint      max_claims;
  char      *description;
};

G_DEFINE_FINAL_TYPE (KaynakSourceBars, kaynak_source_bars, GTK_TYPE_WIDGET)

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->count);
}

static int
line_height (KaynakSourceBars *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int height = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));

  pango_font_metrics_unref (metrics);
  return height;
}

static int
row_height (KaynakSourceBars *self)
{
  return line_height (self) + TEXT_GAP + BAR_HEIGHT + ROW_GAP;
}

static void
kaynak_source_bars_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  KaynakSourceBars *self = KAYNAK_SOURCE_BARS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* names are ellipsized: the chart fits a phone */
      *minimum = 120;
      *natural = 360;
    }
  else
    *minimum = *natural = self->bars->len * row_height (self);
}

/* The style's text colour, as GTK 4.8 gives it */
static void
get_fg (GtkWidget *widget,
        GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
kaynak_source_bars_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  KaynakSourceBars *self = KAYNAK_SOURCE_BARS (widget);
  int width = gtk_widget_get_width (widget);
  int line = line_height (self);
  int step = row_height (self);
  GdkRGBA fg, axis, faded;

  if (self->bars->len == 0 || width <= 0)
    return;

  get_fg (widget, &fg);
  axis = fg;
  axis.alpha *= 0.3f;
  faded = fg;
  faded.alpha *= 0.45f;

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) count = gtk_widget_create_pango_layout (widget, bar->count);
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (widget, bar->label);
      int y = i * step;
      int count_width, bar_width;
      GskRoundedRect rounded;

      /* the number at the end, the name in what is left */
      pango_layout_get_pixel_size (count, &count_width, NULL);
      pango_layout_set_width (label, MAX (0, width - count_width - 12) * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
      gtk_snapshot_append_layout (snapshot, label, &fg);
      gtk_snapshot_restore (snapshot);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width - count_width, y));
      gtk_snapshot_append_layout (snapshot, count, &fg);
      gtk_snapshot_restore (snapshot);

      /* the track, then the bar: whole pixels, so edges stay sharp */
      y += line + TEXT_GAP;
      gtk_snapshot_append_color (snapshot, &axis,
                                 &GRAPHENE_RECT_INIT (0, y + BAR_HEIGHT - 1, width, 1));
      if (bar->claims == 0)
        continue;
      bar_width = MAX (4, (int) ((double) width * bar->claims / self->max_claims + 0.5));
      gsk_rounded_rect_init_from_rect (&rounded, &GRAPHENE_RECT_INIT (0, y, bar_width, BAR_HEIGHT), 3);
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, bar->has_color ? &bar->color : &faded,
                                 &GRAPHENE_RECT_INIT (0, y, bar_width, BAR_HEIGHT));
      gtk_snapshot_pop (snapshot);
    }

  /* the axis the bars grow from */
  gtk_snapshot_append_color (snapshot, &axis,
                             &GRAPHENE_RECT_INIT (0, 0, 1, self->bars->len * step - ROW_GAP));
}

static void
kaynak_source_bars_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kaynak_source_bars_parent_class)->css_changed (widget, change);
  /* the text colour (light or dark style) and the font */
  gtk_widget_queue_resize (widget);
}

static void
kaynak_source_bars_finalize (GObject *object)
{
  KaynakSourceBars *self = KAYNAK_SOURCE_BARS (object);

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (kaynak_source_bars_parent_class)->finalize (object);
}

static void
kaynak_source_bars_class_init (KaynakSourceBarsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kaynak_source_bars_finalize;
  widget_class->measure = kaynak_source_bars_measure;
  widget_class->snapshot = kaynak_source_bars_snapshot;
  widget_class->css_changed = kaynak_source_bars_css_changed;

  gtk_widget_class_set_css_name (widget_class, "sourcebars");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kaynak_source_bars_init (KaynakSourceBars *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
  self->description = g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claims per source"),
                                  -1);
}

GtkWidget *
kaynak_source_bars_new (void)
{
  return g_object_new (KAYNAK_TYPE_SOURCE_BARS, NULL);
}

void
kaynak_source_bars_set_stats (KaynakSourceBars    *self,
                              KaynakSourcingStats *stats)
{
  GString *description = g_string_new (NULL);

  g_return_if_fail (KAYNAK_IS_SOURCE_BARS (self));

  g_array_set_size (self->bars, 0);
  self->max_claims = 0;
  for (guint i = 0; stats != NULL && i < stats->rows->len; i++)
    {
      KaynakSourcingRow *row = &g_array_index (stats->rows, KaynakSourcingRow, i);
      Bar bar = {
        .label = g_strdup (row->label),
        .count = g_strdup_printf ("%u", row->claims),
        .claims = row->claims,
      };

      bar.has_color = row->color != NULL && gdk_rgba_parse (&bar.color, row->color);
      self->max_claims = MAX (self->max_claims, row->claims);
      g_array_append_val (self->bars, bar);

      if (description->len > 0)
        g_string_append_c (description, ' ');
      /* TRANSLATORS: one source's bar for a screen reader, e.g.
       * "Ukrayna: 4 claims." */
      g_string_append_printf (description,
                              g_dngettext (GETTEXT_PACKAGE, "%s: %u claim.", "%s: %u claims.", row->claims),
                              row->label, row->claims);
    }

  g_free (self->description);
  self->description = g_string_free (description, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
kaynak_source_bars_get_description (KaynakSourceBars *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE_BARS (self), NULL);

  return self->description;
}
