/* kaynak-scorecard-view.c: the scorecard section of the statistics view
 * (see kaynak-scorecard-view.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-scorecard-view.h"

struct _KaynakScorecardView
{
  GtkBox           parent_instance;

  /* template children */
  GtkListBox      *list;

  KaynakScorecard *scorecard;
};

G_DEFINE_FINAL_TYPE (KaynakScorecardView, kaynak_scorecard_view, GTK_TYPE_BOX)

/* A row: the measure, its count and share, and under it what is not rated
 * yet; a screen reader reads it whole as @spoken */
static void
add_row (KaynakScorecardView *self,
         KaynakScorecardRow  *card_row)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *numbers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name_label = gtk_label_new (card_row->label);
  GtkWidget *value_label = gtk_label_new (card_row->value);
  g_autofree char *spoken = NULL;

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_widget_set_valign (numbers, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (value_label), 1);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_box_append (GTK_BOX (numbers), value_label);
  if (*card_row->left != '\0')
    {
      GtkWidget *left_label = gtk_label_new (card_row->left);

      gtk_label_set_xalign (GTK_LABEL (left_label), 1);
      gtk_widget_add_css_class (left_label, "caption");
      gtk_widget_add_css_class (left_label, "dim-label");
      gtk_box_append (GTK_BOX (numbers), left_label);
    }
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), numbers);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  spoken = *card_row->left != '\0'
    /* TRANSLATORS: a row of the scorecard for a screen reader, e.g.
     * "Self-interested sources: 1 of 3 · 33.3 %, 2 not rated yet" */
    ? g_strdup_printf (_("%s: %s, %s"), card_row->label, card_row->value, card_row->left)
    /* TRANSLATORS: the same when everything is rated, e.g. "Claims
     * resting on a single source: 4 of 5 · 80.0 %" */
    : g_strdup_printf (_("%s: %s"), card_row->label, card_row->value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  gtk_list_box_append (self->list, row);
}

void
kaynak_scorecard_view_update (KaynakScorecardView *self,
                              KaynakDocument      *document)
{
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *child;

  g_return_if_fail (KAYNAK_IS_SCORECARD_VIEW (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  g_clear_pointer (&self->scorecard, kaynak_scorecard_free);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (document != NULL)
    self->scorecard = kaynak_scorecard_new (document);
  gtk_widget_set_visible (GTK_WIDGET (self), self->scorecard != NULL);
  if (self->scorecard == NULL)
    return;

  rows = kaynak_scorecard_dup_rows (self->scorecard);
  for (guint i = 0; i < rows->len; i++)
    add_row (self, g_ptr_array_index (rows, i));
}

KaynakScorecard *
kaynak_scorecard_view_get_scorecard (KaynakScorecardView *self)
{
  g_return_val_if_fail (KAYNAK_IS_SCORECARD_VIEW (self), NULL);

  return self->scorecard;
}

static void
kaynak_scorecard_view_dispose (GObject *object)
{
  KaynakScorecardView *self = KAYNAK_SCORECARD_VIEW (object);

  g_clear_pointer (&self->scorecard, kaynak_scorecard_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_SCORECARD_VIEW);

  G_OBJECT_CLASS (kaynak_scorecard_view_parent_class)->dispose (object);
}

static void
kaynak_scorecard_view_class_init (KaynakScorecardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_scorecard_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-scorecard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakScorecardView, list);
}

static void
kaynak_scorecard_view_init (KaynakScorecardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
