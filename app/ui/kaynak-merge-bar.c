/* kaynak-merge-bar.c: "3 disagreements from a merge" (see
 * kaynak-merge-bar.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-merge-bar.h"

struct _KaynakMergeBar
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkWidget   *review_button;

  guint        count;
};

G_DEFINE_FINAL_TYPE (KaynakMergeBar, kaynak_merge_bar, GTK_TYPE_WIDGET)

guint
kaynak_merge_bar_get_count (KaynakMergeBar *self)
{
  g_return_val_if_fail (KAYNAK_IS_MERGE_BAR (self), 0);
  return self->count;
}

static void
on_child_revealed (KaynakMergeBar *self)
{
  /* Hidden all the way once it slid out: no space, out of the focus chain */
  if (!gtk_revealer_get_child_revealed (self->revealer) && self->count == 0)
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

void
kaynak_merge_bar_set_count (KaynakMergeBar *self,
                            guint           n)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KAYNAK_IS_MERGE_BAR (self));

  if (n == self->count)
    return;
  self->count = n;
  if (n == 0)
    {
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }

  text = g_strdup_printf (ngettext ("%u disagreement from a merge",
                                    "%u disagreements from a merge", n), n);
  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  /* Screen readers hear it without the focus moving there */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
kaynak_merge_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KAYNAK_TYPE_MERGE_BAR);

  G_OBJECT_CLASS (kaynak_merge_bar_parent_class)->dispose (object);
}

static void
kaynak_merge_bar_class_init (KaynakMergeBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_merge_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-merge-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakMergeBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, KaynakMergeBar, label);
  gtk_widget_class_bind_template_child (widget_class, KaynakMergeBar, review_button);
  gtk_widget_class_bind_template_callback (widget_class, on_child_revealed);
  /* Adwaita styles "infobar > revealer > box" as GTK's info bar */
  gtk_widget_class_set_css_name (widget_class, "infobar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
kaynak_merge_bar_init (KaynakMergeBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
