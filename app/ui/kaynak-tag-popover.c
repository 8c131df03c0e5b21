/* kaynak-tag-popover.c: "Tag as…", the source chooser at a selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-scheme.h"
#include "kaynak-source-library.h"
#include "kaynak-tag-popover.h"
#include "kaynak-text-fold.h"

struct _KaynakTagPopover
{
  GtkPopover          parent_instance;

  GtkListBox         *list_box;
  GtkWidget          *list_scroller;
  GtkEntry           *new_entry;
  GtkLabel           *hint_label;
  GtkWidget          *library_section;
  GtkListBox         *library_box;

  GListModel         *sources;
  /* sources → by key → those matching what is typed in "New source…" */
  GtkSortListModel   *sorted;
  GtkFilterListModel *filtered;
  GtkCustomSorter    *sorter;
  GtkCustomFilter    *filter;
  char               *folded_query;
  /* source id → number of claims, for the order past the keys */
  GHashTable         *uses;

  /* the user's library, and what of it matches the name being typed */
  KaynakSourceLibrary *library;
  GListStore          *suggestions;
};

G_DEFINE_FINAL_TYPE (KaynakTagPopover, kaynak_tag_popover, GTK_TYPE_POPOVER)

enum {
  SOURCE_CHOSEN,
  NEW_SOURCE,
  LIBRARY_SOURCE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ROW_SOURCE_KEY   "kaynak-source"
#define ROW_DOT_KEY      "kaynak-dot"
#define ROW_LABEL_KEY    "kaynak-label"
#define ROW_SHORTCUT_KEY "kaynak-shortcut"

static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  KaynakSource *source = g_object_get_data (G_OBJECT (area), ROW_SOURCE_KEY);
  GdkRGBA color;
  double radius = MIN (width, height) / 2.0;

  if (source == NULL || !gdk_rgba_parse (&color, kaynak_source_get_color (source)))
    return;

  cairo_arc (cr, width / 2.0, height / 2.0, radius - 0.5, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_fill_preserve (cr);
  /* A faint rim keeps pale colours visible on a pale popover */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
update_row (GtkWidget *row)
{
  KaynakSource *source = g_object_get_data (G_OBJECT (row), ROW_SOURCE_KEY);
  GtkWidget *dot = g_object_get_data (G_OBJECT (row), ROW_DOT_KEY);
  GtkLabel *label = g_object_get_data (G_OBJECT (row), ROW_LABEL_KEY);
  GtkLabel *shortcut = g_object_get_data (G_OBJECT (row), ROW_SHORTCUT_KEY);
  guint key = kaynak_source_get_shortcut (source);
  g_autofree char *digit = NULL;
  g_autofree char *accessible = NULL;

  gtk_label_set_label (label, kaynak_source_get_label (source));
  if (key >= 1 && key <= 9)
    {
      digit = g_strdup_printf ("%u", key);
      /* TRANSLATORS: accessible name of a "Tag as…" row: source label and
       * its number key */
      accessible = g_strdup_printf (_("%s, key %u"),
                                    kaynak_source_get_label (source), key);
    }
  else
    accessible = g_strdup (kaynak_source_get_label (source));
  gtk_label_set_label (shortcut, digit != NULL ? digit : "");
  gtk_widget_set_visible (GTK_WIDGET (shortcut), digit != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_queue_draw (dot);
}

static guint
uses_of (KaynakTagPopover *self,
         KaynakSource     *source)
{
  if (self->uses == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->uses, kaynak_source_get_id (source)));
}

/* Sources with a key first, in the order of their keys (the order a person
 * reads the digits in), then the others by use, most used first: past
 * nine keys, the likeliest next.  Ties keep the document's order
 * (GtkSortListModel is stable). */
static int
compare_sources (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  KaynakTagPopover *self = user_data;
  KaynakSource *sa = (KaynakSource *) a, *sb = (KaynakSource *) b;

  return kaynak_source_compare_for_tagging (sa, uses_of (self, sa), sb, uses_of (self, sb));
}

static gboolean
source_matches_query (gpointer item,
                      gpointer user_data)
{
  KaynakTagPopover *self = user_data;
  KaynakSource *source = item;
  const char * const *aliases;

  if (self->folded_query == NULL || self->folded_query[0] == '\0')
    return TRUE;
  if (kaynak_text_fold_contains (kaynak_source_get_label (source), self->folded_query))
    return TRUE;
  aliases = kaynak_source_get_aliases (source);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (kaynak_text_fold_contains (aliases[i], self->folded_query))
      return TRUE;
  return FALSE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KaynakSource *source = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *dot;
  GtkWidget *label;
  GtkWidget *shortcut;

  dot = g_object_new (GTK_TYPE_DRAWING_AREA,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                      "content-width", 14,
                      "content-height", 14,
                      "valign", GTK_ALIGN_CENTER,
                      NULL);
  g_object_set_data_full (G_OBJECT (dot), ROW_SOURCE_KEY,
                          g_object_ref (source), g_object_unref);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot, NULL, NULL);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);

  shortcut = gtk_label_new (NULL);
  gtk_widget_add_css_class (shortcut, "dim-label");
  gtk_widget_add_css_class (shortcut, "numeric");

  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), shortcut);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), ROW_SOURCE_KEY,
                          g_object_ref (source), g_object_unref);
  g_object_set_data (G_OBJECT (row), ROW_DOT_KEY, dot);
  g_object_set_data (G_OBJECT (row), ROW_LABEL_KEY, label);
  g_object_set_data (G_OBJECT (row), ROW_SHORTCUT_KEY, shortcut);
  update_row (row);

  /* Sources are edited in place (label, colour, shortcut); follow them so
   * the list never shows a stale name. */
  g_signal_connect_object (source, "notify", G_CALLBACK (update_row), row,
                           G_CONNECT_SWAPPED);

  return row;
}

static void
on_row_activated (KaynakTagPopover *self,
                  GtkListBoxRow    *row)
{
  KaynakSource *source = g_object_get_data (G_OBJECT (row), ROW_SOURCE_KEY);

  if (source != NULL)
    g_signal_emit (self, signals[SOURCE_CHOSEN], 0, source);
}

/* A library source: its colour, its name, and its kind where a document
 * source shows its key (it has none until it is added) */
static GtkWidget *
create_library_row (gpointer item,
                    gpointer user_data)
{
  KaynakSource *source = item;
  const char *kind = kaynak_source_kind_to_label (kaynak_source_get_kind (source));
  GtkWidget *row = create_row (item, user_data);
  GtkLabel *detail = g_object_get_data (G_OBJECT (row), ROW_SHORTCUT_KEY);
  g_autofree char *accessible = NULL;

  g_signal_handlers_disconnect_by_func (source, update_row, row);
  gtk_label_set_label (detail, kind);
  gtk_widget_remove_css_class (GTK_WIDGET (detail), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (detail), "caption");
  gtk_widget_set_visible (GTK_WIDGET (detail), TRUE);
  /* TRANSLATORS: accessible name of a "Tag as…" row offered from the
   * user's source library: its label and its kind */
  accessible = g_strdup_printf (_("%s, %s, from your library"),
                                kaynak_source_get_label (source), kind);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static void
on_library_row_activated (KaynakTagPopover *self,
                          GtkListBoxRow    *row)
{
  KaynakSource *source = g_object_get_data (G_OBJECT (row), ROW_SOURCE_KEY);

  if (source != NULL)
    g_signal_emit (self, signals[LIBRARY_SOURCE_CHOSEN], 0, source);
}

/* The document's source of @source's name, if it has one: then the
 * document's own row is the one to offer (transfer none) */
static KaynakSource *
document_source_like (KaynakTagPopover *self,
                      KaynakSource     *source)
{
  guint n = self->sources != NULL ? g_list_model_get_n_items (self->sources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) own = g_list_model_get_item (self->sources, i);

      if (kaynak_source_shares_name (source, own))
        return own;  /* the model keeps its reference */
    }
  return NULL;
}

static void
update_suggestions (KaynakTagPopover *self,
                    const char       *typed)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) offered = g_ptr_array_new ();

  if (self->library != NULL)
    found = kaynak_source_library_suggest (self->library, typed,
                                           KAYNAK_SOURCE_LIBRARY_MAX_SUGGESTIONS);
  for (guint i = 0; found != NULL && i < found->len; i++)
    if (document_source_like (self, g_ptr_array_index (found, i)) == NULL)
      g_ptr_array_add (offered, g_ptr_array_index (found, i));

  g_list_store_splice (self->suggestions, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->suggestions)),
                       offered->pdata, offered->len);
  gtk_widget_set_visible (self->library_section, offered->len > 0);
}

static void
on_entry_activate (KaynakTagPopover *self,
                   GtkEntry         *entry)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (label[0] == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (entry));
      return;
    }

  g_signal_emit (self, signals[NEW_SOURCE], 0, label);
}

/* Says what Enter will do with the name being typed, and hides the list
 * when no source matches it (rather than leaving a blank gap) */
static void
update_hint (KaynakTagPopover *self)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_entry))));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  KaynakSource *same = NULL;
  g_autofree char *hint = NULL;

  gtk_widget_set_visible (self->list_scroller, n > 0);

  if (typed[0] == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
      return;
    }

  for (guint i = 0; same == NULL && i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      const char * const *aliases = kaynak_source_get_aliases (source);

      /* another name counts as the name: Enter tags "ABD" with the
       * United States (kaynak_document_find_source_by_name()) */
      if (kaynak_text_fold_equal (kaynak_source_get_label (source), typed))
        same = source;
      for (guint k = 0; same == NULL && aliases[k] != NULL; k++)
        if (kaynak_text_fold_equal (aliases[k], typed))
          same = source;
    }

  if (same != NULL)
    /* Translators: what Enter does in "New source…" when the name typed
     * is an existing source's */
    hint = g_strdup_printf (_("Enter tags with “%s”"), kaynak_source_get_label (same));
  else if (self->library != NULL &&
           (same = kaynak_source_library_find (self->library, typed)) != NULL)
    {
      KaynakSource *own = document_source_like (self, same);

      /* the library's source by an alias the document's source lacks */
      if (own != NULL)
        hint = g_strdup_printf (_("Enter tags with “%s”"), kaynak_source_get_label (own));
      else
        /* Translators: what Enter does in "New source…" when the name
         * typed is a source of the user's library the document does not
         * have */
        hint = g_strdup_printf (_("Enter adds “%s” from your library"),
                                kaynak_source_get_label (same));
    }
  else
    hint = g_strdup_printf (_("Enter adds “%s” as a new source"), typed);
  gtk_label_set_text (self->hint_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);
}

static void
on_entry_changed (KaynakTagPopover *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_entry), NULL);

  /* The list shows the sources that match what is being typed, so an
   * existing "Beyaz Saray" is in sight before a second one is made */
  g_free (self->folded_query);
  self->folded_query = kaynak_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->new_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_suggestions (self, gtk_editable_get_text (GTK_EDITABLE (self->new_entry)));
  update_hint (self);
}

/* Down from "New source…" goes to the first source still listed, of the
 * document's or else of the library's */
static gboolean
on_entry_key_pressed (KaynakTagPopover *self,
                      guint             keyval,
                      guint             keycode,
                      GdkModifierType   state)
{
  GtkListBoxRow *first;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  first = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (first == NULL && gtk_widget_get_visible (self->library_section))
    first = gtk_list_box_get_row_at_index (self->library_box, 0);
  if (first == NULL)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static guint
digit_of_keyval (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return G_MAXUINT;
}

/* Keys while a source row (or the list) has the focus, which is where a
 * mouse selection or Shift+F10 leaves it:
 *  - a digit picks the source with that key, as it does in the article;
 *    a digit no source has makes the error sound and changes nothing;
 *  - any other printable character starts a new source's name in the
 *    entry, which sits past every row in the Tab order.
 * Digits typed into the entry itself are text: this is not on the entry. */
static gboolean
on_list_key_pressed (KaynakTagPopover *self,
                     guint             keyval,
                     guint             keycode,
                     GdkModifierType   state)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  guint digit = digit_of_keyval (keyval);
  char text[7] = { 0 };

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  if (digit != G_MAXUINT)
    {
      guint n = self->sources != NULL ? g_list_model_get_n_items (self->sources) : 0;

      for (guint i = 0; digit != 0 && i < n; i++)
        {
          g_autoptr(KaynakSource) source = g_list_model_get_item (self->sources, i);

          if (kaynak_source_get_shortcut (source) == digit)
            {
              g_signal_emit (self, signals[SOURCE_CHOSEN], 0, source);
              return TRUE;
            }
        }
      gtk_widget_error_bell (GTK_WIDGET (self->list_box));
      return TRUE;
    }

  if (c == 0 || !g_unichar_isgraph (c))
    return FALSE;

  g_unichar_to_utf8 (c, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->new_entry), -1);
  return TRUE;
}

static void
on_show (KaynakTagPopover *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list_box, 0);

  /* Start at the top every time, not at the row used last */
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
}

static void
kaynak_tag_popover_dispose (GObject *object)
{
  KaynakTagPopover *self = KAYNAK_TAG_POPOVER (object);

  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->library_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->suggestions);
  g_clear_object (&self->library);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->folded_query, g_free);
  g_clear_pointer (&self->uses, g_hash_table_unref);

  G_OBJECT_CLASS (kaynak_tag_popover_parent_class)->dispose (object);
}

static void
kaynak_tag_popover_class_init (KaynakTagPopoverClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kaynak_tag_popover_dispose;

  signals[SOURCE_CHOSEN] =
    g_signal_new ("source-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_SOURCE);
  signals[NEW_SOURCE] =
    g_signal_new ("new-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[LIBRARY_SOURCE_CHOSEN] =
    g_signal_new ("library-source-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_SOURCE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-tag-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakTagPopover, list_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakTagPopover, new_entry);
  gtk_widget_class_bind_template_child (widget_class, KaynakTagPopover, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, KaynakTagPopover, hint_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakTagPopover, library_section);
  gtk_widget_class_bind_template_child (widget_class, KaynakTagPopover, library_box);
  gtk_widget_class_bind_template_callback (widget_class, on_library_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_show);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_key_pressed);
}

static void
kaynak_tag_popover_init (KaynakTagPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tag as"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sources"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New source"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Type a name and press Enter to add a source and tag the selection with it"),
                                  -1);

  self->sorter = gtk_custom_sorter_new (compare_sources, self, NULL);
  self->filter = gtk_custom_filter_new (source_matches_query, self, NULL);
  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (self->sorter));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->sorted),
                                              GTK_FILTER (self->filter));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered),
                           create_row, NULL, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->library_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("From your library"),
                                  -1);
  self->suggestions = g_list_store_new (KAYNAK_TYPE_SOURCE);
  gtk_list_box_bind_model (self->library_box, G_LIST_MODEL (self->suggestions),
                           create_library_row, NULL, NULL);

}

GtkWidget *
kaynak_tag_popover_new (void)
{
  return g_object_new (KAYNAK_TYPE_TAG_POPOVER, NULL);
}

void
kaynak_tag_popover_set_sources (KaynakTagPopover *self,
                                GListModel       *sources)
{
  g_return_if_fail (KAYNAK_IS_TAG_POPOVER (self));
  g_return_if_fail (sources == NULL || G_IS_LIST_MODEL (sources));

  g_set_object (&self->sources, sources);
  gtk_sort_list_model_set_model (self->sorted, sources);
}

void
kaynak_tag_popover_set_uses (KaynakTagPopover *self,
                             GHashTable       *uses)
{
  g_return_if_fail (KAYNAK_IS_TAG_POPOVER (self));

  if (uses != NULL)
    g_hash_table_ref (uses);
  g_clear_pointer (&self->uses, g_hash_table_unref);
  self->uses = uses;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

void
kaynak_tag_popover_set_library (KaynakTagPopover    *self,
                                KaynakSourceLibrary *library)
{
  g_return_if_fail (KAYNAK_IS_TAG_POPOVER (self));
  g_return_if_fail (library == NULL || KAYNAK_IS_SOURCE_LIBRARY (library));

  g_set_object (&self->library, library);
}

void
kaynak_tag_popover_reset (KaynakTagPopover *self)
{
  g_return_if_fail (KAYNAK_IS_TAG_POPOVER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), "");
  on_entry_changed (self);
  /* Keys and uses may have changed since the list was last shown */
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

void
kaynak_tag_popover_show_error (KaynakTagPopover *self,
                               const char       *message)
{
  g_return_if_fail (KAYNAK_IS_TAG_POPOVER (self));

  gtk_widget_add_css_class (GTK_WIDGET (self->new_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_entry), message);
  gtk_widget_error_bell (GTK_WIDGET (self->new_entry));
}
