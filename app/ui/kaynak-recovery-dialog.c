/* kaynak-recovery-dialog.c: drafts left behind, offered back (see
 * kaynak-recovery-dialog.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-recovery-dialog.h"

struct _KaynakRecoveryDialog
{
  AdwWindow     parent_instance;

  GtkListBox   *list_box;

  KaynakDrafts *drafts;
  GPtrArray    *infos;
  guint         n_rows;
};

G_DEFINE_FINAL_TYPE (KaynakRecoveryDialog, kaynak_recovery_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "report.kaynak.json", else the article's title, else a name for it */
static char *
dup_draft_title (const KaynakDraftInfo *info)
{
  if (info->original != NULL)
    {
      g_autofree char *basename = g_file_get_basename (info->original);

      if (basename != NULL && g_utf8_validate (basename, -1, NULL))
        return g_steal_pointer (&basename);
      return g_file_get_parse_name (info->original);
    }

  if (info->title != NULL && info->title[0] != '\0')
    return g_strdup (info->title);

  return g_strdup (_("Untitled Article"));
}

static char *
dup_draft_subtitle (const KaynakDraftInfo *info)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = NULL;
  g_autofree char *claims = NULL;

  if (info->saved != NULL)
    {
      local = g_date_time_to_local (info->saved);
      /* Today's drafts by the time alone; older ones with the date */
      if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
          g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
        /* Translators: when a draft was saved today, e.g. "Today 14:22" */
        when = g_date_time_format (local, _("Today %H:%M"));
      else
        /* Translators: when a draft was saved, e.g. "29 Nov 2026 14:22" */
        when = g_date_time_format (local, _("%e %b %Y %H:%M"));
      g_strstrip (when);
    }

  if (info->error != NULL)
    {
      /* Translators: a draft that cannot be restored: time — reason */
      return g_strdup_printf (_("%s — cannot be restored: %s"),
                              when != NULL ? when : "", info->error->message);
    }

  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", info->n_claims),
                            info->n_claims);

  if (info->original != NULL && info->title != NULL && info->title[0] != '\0')
    /* Translators: draft row subtitle: time · number of claims · title */
    return g_strdup_printf (_("%s · %s · %s"), when != NULL ? when : "", claims, info->title);

  /* Translators: draft row subtitle: time · number of claims */
  return g_strdup_printf (_("%s · %s"), when != NULL ? when : "", claims);
}

static void
remove_row (KaynakRecoveryDialog *self,
            GtkWidget            *row)
{
  gtk_list_box_remove (self->list_box, row);
  self->n_rows--;

  if (self->n_rows == 0)
    gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
find_row (KaynakRecoveryDialog *self,
          const char           *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "draft-id"), id) == 0)
      return row;

  return NULL;
}

void
kaynak_recovery_dialog_respond (KaynakRecoveryDialog *self,
                                const char           *id,
                                gboolean              restore)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  g_return_if_fail (KAYNAK_IS_RECOVERY_DIALOG (self));

  row = find_row (self, id);
  if (row == NULL)
    return;

  /* the row and its id may go while the signal runs */
  g_object_ref (row);

  if (restore)
    {
      g_signal_emit (self, signals[SIGNAL_RESTORE], 0, id);
      remove_row (self, row);
    }
  else if (kaynak_drafts_discard (self->drafts, id, &error))
    remove_row (self, row);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);

  g_object_unref (row);
}

static void
on_row_button_clicked (GtkButton            *button,
                       KaynakRecoveryDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  gboolean restore = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "restore"));
  g_autofree char *id = NULL;

  if (row == NULL)
    return;

  id = g_strdup (g_object_get_data (G_OBJECT (row), "draft-id"));
  kaynak_recovery_dialog_respond (self, id, restore);
}

static GtkWidget *
make_button (KaynakRecoveryDialog *self,
             const char           *label,
             gboolean              restore)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "restore", GINT_TO_POINTER (restore));
  if (restore)
    gtk_widget_add_css_class (button, "suggested-action");
  else
    gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_button_clicked), self);

  return button;
}

static void
add_row (KaynakRecoveryDialog  *self,
         const KaynakDraftInfo *info)
{
  g_autofree char *title = dup_draft_title (info);
  g_autofree char *subtitle = dup_draft_subtitle (info);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* a file name or a title is text, not markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  g_object_set_data_full (G_OBJECT (row), "draft-id", g_strdup (info->id), g_free);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_button (self, _("_Discard"), FALSE));
  /* A damaged draft can only go */
  if (info->error == NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_button (self, _("_Restore"), TRUE));

  gtk_list_box_append (self->list_box, row);
  self->n_rows++;
}

guint
kaynak_recovery_dialog_get_n_drafts (KaynakRecoveryDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_RECOVERY_DIALOG (self), 0);

  return self->n_rows;
}

static void
kaynak_recovery_dialog_dispose (GObject *object)
{
  KaynakRecoveryDialog *self = KAYNAK_RECOVERY_DIALOG (object);

  g_clear_object (&self->drafts);
  g_clear_pointer (&self->infos, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_RECOVERY_DIALOG);

  G_OBJECT_CLASS (kaynak_recovery_dialog_parent_class)->dispose (object);
}

static void
kaynak_recovery_dialog_class_init (KaynakRecoveryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_recovery_dialog_dispose;

  signals[SIGNAL_RESTORE] =
    g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-recovery-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakRecoveryDialog, list_box);

  /* Escape is "Later", as in any dialog */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_recovery_dialog_init (KaynakRecoveryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kaynak_recovery_dialog_new (GtkWindow    *parent,
                            KaynakDrafts *drafts,
                            GPtrArray    *infos)
{
  KaynakRecoveryDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KAYNAK_IS_DRAFTS (drafts), NULL);
  g_return_val_if_fail (infos != NULL, NULL);

  self = g_object_new (KAYNAK_TYPE_RECOVERY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->drafts = g_object_ref (drafts);
  self->infos = g_ptr_array_ref (infos);

  for (guint i = 0; i < infos->len; i++)
    add_row (self, g_ptr_array_index (infos, i));

  return GTK_WIDGET (self);
}
