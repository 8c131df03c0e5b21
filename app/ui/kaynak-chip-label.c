/* kaynak-chip-label.c: one line of text measured from a cache.
 *
 * What it draws is what GtkLabel (GTK 4.8) draws for a label with
 * xalign 0, yalign 0.5, ellipsize end and no wrap: the layout made by
 * gtk_widget_create_pango_layout() (the widget's font and the CSS's text
 * attributes), placed as gtk_label's get_layout_location() places it, and
 * drawn with gtk_snapshot_render_layout().  Only measuring differs: the
 * size of a text in a font is laid out once and kept (a few source names
 * in a document; the cache is bounded), and the layout to draw is made
 * only when the row is drawn, which most bound rows of a list never are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-chip-label.h"

struct _KaynakChipLabel
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;   /* for drawing, made when first drawn */
  char        *font_key; /* what the size of a text depends on, or NULL */
};

G_DEFINE_FINAL_TYPE (KaynakChipLabel, kaynak_chip_label, GTK_TYPE_WIDGET)

typedef struct
{
  int width;     /* logical size, Pango units */
  int height;
  int baseline;
  int min_width; /* GtkLabel's "smallest" layout, given no width: the */
  int min_height;  /* ellipsis; its minimum comes from it */
  int min_baseline;
} Size;

/* Names are few, but a document may have many sources: past this the
 * cache starts again rather than grow without bound */
#define CACHE_MAX 4096

static GHashTable *size_cache;
static guint n_measured_layouts;

guint
_kaynak_chip_label_get_n_measured_layouts (void)
{
  return n_measured_layouts;
}

static char *
make_font_key (KaynakChipLabel *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  g_autofree char *font_text = font != NULL ? pango_font_description_to_string (font) : g_strdup ("");
  PangoLayout *probe = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  PangoAttrList *attrs = pango_layout_get_attributes (probe);
  g_autofree char *attrs_text = attrs != NULL ? pango_attr_list_to_string (attrs) : g_strdup ("");
  char *key;

  /* the CSS's text attributes (letter spacing, font features…) change
   * the size as much as the font does */
  key = g_strdup_printf ("%s\n%s\n%d\n%d", font_text, attrs_text,
                         gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                         (int) gtk_widget_get_direction (GTK_WIDGET (self)));
  g_object_unref (probe);
  return key;
}

static const Size *
get_size (KaynakChipLabel *self)
{
  g_autofree char *key = NULL;
  Size *size;

  if (self->font_key == NULL)
    self->font_key = make_font_key (self);
  key = g_strconcat (self->font_key, "\n", self->text, NULL);

  if (size_cache == NULL)
    size_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  size = g_hash_table_lookup (size_cache, key);
  if (size == NULL)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      PangoRectangle logical;

      n_measured_layouts++;
      size = g_new0 (Size, 1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_extents (layout, NULL, &logical);
      size->width = logical.width;
      size->height = logical.height;
      size->baseline = pango_layout_get_baseline (layout);
      /* GtkLabel's minimum for an ellipsized label: the layout given no
       * width at all, which leaves the ellipsis */
      pango_layout_set_width (layout, 0);
      pango_layout_get_extents (layout, NULL, &logical);
      size->min_width = logical.width;
      size->min_height = logical.height;
      size->min_baseline = pango_layout_get_baseline (layout);
      g_object_unref (layout);

      if (g_hash_table_size (size_cache) >= CACHE_MAX)
        g_hash_table_remove_all (size_cache);
      g_hash_table_insert (size_cache, g_steal_pointer (&key), size);
    }
  return size;
}

static void
kaynak_chip_label_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  const Size *size = get_size (KAYNAK_CHIP_LABEL (widget));

  /* as gtk_label_get_preferred_layout_size() rounds them */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = PANGO_PIXELS_CEIL (MIN (size->min_width, size->width));
      *natural = PANGO_PIXELS_CEIL (size->width);
    }
  else
    {
      /* one line, whatever the width */
      *minimum = PANGO_PIXELS_CEIL (MIN (size->min_height, size->height));
      *natural = PANGO_PIXELS_CEIL (MAX (size->min_height, size->height));
      *minimum_baseline = PANGO_PIXELS_CEIL (size->min_baseline);
      *natural_baseline = PANGO_PIXELS_CEIL (size->baseline);
    }
}

static void
kaynak_chip_label_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KaynakChipLabel *self = KAYNAK_CHIP_LABEL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float xalign = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1.0f : 0.0f;
  int baseline = gtk_widget_get_allocated_baseline (widget);
  PangoRectangle logical;
  float x, y;

  if (self->text == NULL || self->text[0] == '\0')
    return;

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (widget, self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      /* GtkLabel's justify left */
      pango_layout_set_alignment (self->layout, xalign > 0 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  pango_layout_set_width (self->layout, width * PANGO_SCALE);

  /* as gtk_label's get_layout_location() */
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  x = floorf ((xalign * (width - logical.width)) - logical.x);
  if (baseline != -1)
    y = baseline - pango_layout_get_baseline (self->layout) / PANGO_SCALE;
  else
    y = floorf ((height - logical.height) * 0.5f);

  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), x, y, self->layout);
}

static void
drop_layout (KaynakChipLabel *self)
{
  g_clear_object (&self->layout);
}

static void
drop_font (KaynakChipLabel *self)
{
  drop_layout (self);
  g_clear_pointer (&self->font_key, g_free);
}

static void
kaynak_chip_label_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kaynak_chip_label_parent_class)->css_changed (widget, change);
  /* a new font or colour: the layout to draw is made again; the sizes
   * are cached by font, so a new font measures anew */
  drop_font (KAYNAK_CHIP_LABEL (widget));
  gtk_widget_queue_resize (widget);
}

static void
kaynak_chip_label_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  drop_font (KAYNAK_CHIP_LABEL (widget));
  gtk_widget_queue_resize (widget);
}

static void
kaynak_chip_label_finalize (GObject *object)
{
  KaynakChipLabel *self = KAYNAK_CHIP_LABEL (object);

  g_free (self->text);
  drop_font (self);

  G_OBJECT_CLASS (kaynak_chip_label_parent_class)->finalize (object);
}

static void
kaynak_chip_label_class_init (KaynakChipLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kaynak_chip_label_finalize;
  widget_class->measure = kaynak_chip_label_measure;
  widget_class->snapshot = kaynak_chip_label_snapshot;
  widget_class->css_changed = kaynak_chip_label_css_changed;
  widget_class->direction_changed = kaynak_chip_label_direction_changed;

  /* styled as the label it stands for */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
kaynak_chip_label_init (KaynakChipLabel *self)
{
  self->text = g_strdup ("");
}

GtkWidget *
kaynak_chip_label_new (void)
{
  return g_object_new (KAYNAK_TYPE_CHIP_LABEL, NULL);
}

const char *
kaynak_chip_label_get_text (KaynakChipLabel *self)
{
  g_return_val_if_fail (KAYNAK_IS_CHIP_LABEL (self), NULL);
  return self->text;
}

void
kaynak_chip_label_set_text (KaynakChipLabel *self,
                            const char      *text)
{
  g_return_if_fail (KAYNAK_IS_CHIP_LABEL (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  drop_layout (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
