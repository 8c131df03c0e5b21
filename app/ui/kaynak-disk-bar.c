/* kaynak-disk-bar.c: "The file changed on disk" (see kaynak-disk-bar.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-disk-bar.h"

struct _KaynakDiskBar
{
  GtkWidget           parent_instance;

  GtkRevealer        *revealer;
  GtkLabel           *label;
  GtkWidget          *changed_buttons;
  GtkWidget          *save_again_button;

  KaynakDiskBarState  state;
};

G_DEFINE_FINAL_TYPE (KaynakDiskBar, kaynak_disk_bar, GTK_TYPE_WIDGET)

KaynakDiskBarState
kaynak_disk_bar_get_state (KaynakDiskBar *self)
{
  g_return_val_if_fail (KAYNAK_IS_DISK_BAR (self), KAYNAK_DISK_BAR_HIDDEN);

  return self->state;
}

static void
on_child_revealed (KaynakDiskBar *self)
{
  /* Hidden all the way once it slid out, so it takes no space and its
   * buttons are not in the focus chain */
  if (!gtk_revealer_get_child_revealed (self->revealer) &&
      self->state == KAYNAK_DISK_BAR_HIDDEN)
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

void
kaynak_disk_bar_set_state (KaynakDiskBar      *self,
                           KaynakDiskBarState  state)
{
  g_return_if_fail (KAYNAK_IS_DISK_BAR (self));

  self->state = state;

  switch (state)
    {
    case KAYNAK_DISK_BAR_CHANGED:
      gtk_label_set_text (self->label, _("The file changed on disk"));
      break;
    case KAYNAK_DISK_BAR_DELETED:
      gtk_label_set_text (self->label, _("The file was deleted or moved"));
      break;
    case KAYNAK_DISK_BAR_HIDDEN:
    default:
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }

  gtk_widget_set_visible (self->changed_buttons, state == KAYNAK_DISK_BAR_CHANGED);
  gtk_widget_set_visible (self->save_again_button, state == KAYNAK_DISK_BAR_DELETED);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);

  /* Screen readers hear it without the focus moving there */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->label),
                                  -1);
}

static void
kaynak_disk_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KAYNAK_TYPE_DISK_BAR);

  G_OBJECT_CLASS (kaynak_disk_bar_parent_class)->dispose (object);
}

static void
kaynak_disk_bar_class_init (KaynakDiskBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_disk_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-disk-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakDiskBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, KaynakDiskBar, label);
  gtk_widget_class_bind_template_child (widget_class, KaynakDiskBar, changed_buttons);
  gtk_widget_class_bind_template_child (widget_class, KaynakDiskBar, save_again_button);
  gtk_widget_class_bind_template_callback (widget_class, on_child_revealed);
  /* Adwaita styles "infobar > revealer > box" as the warning bar */
  gtk_widget_class_set_css_name (widget_class, "infobar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
kaynak_disk_bar_init (KaynakDiskBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
kaynak_disk_bar_new (void)
{
  return g_object_new (KAYNAK_TYPE_DISK_BAR, NULL);
}
