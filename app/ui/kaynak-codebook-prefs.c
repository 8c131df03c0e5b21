/* kaynak-codebook-prefs.c: what the Verdicts and Fields pages share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kaynak-codebook-prefs.h"
#include "kaynak-personal-codebook.h"

static void
add_toast (GtkWidget *page,
           AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (page);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
kaynak_codebook_prefs_toast (GtkWidget  *page,
                             const char *text)
{
  add_toast (page, adw_toast_new (text));
}

void
kaynak_codebook_prefs_edited (GtkWidget    *page,
                              gboolean      done,
                              const GError *error)
{
  KaynakPersonalCodebook *codebook = kaynak_personal_codebook_get_default ();
  AdwToast *toast;

  if (!done)
    {
      if (error != NULL)
        kaynak_codebook_prefs_toast (page, error->message);
      return;
    }
  if (kaynak_personal_codebook_get_undo_label (codebook) == NULL)
    return;
  toast = adw_toast_new (kaynak_personal_codebook_get_undo_label (codebook));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, KAYNAK_CODEBOOK_UNDO_ACTION);
  add_toast (page, toast);
}

GtkWidget *
kaynak_codebook_prefs_icon_button (const char *icon_name,
                                   const char *name,
                                   const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

gboolean
kaynak_codebook_prefs_parse_number (const char *text,
                                    double     *number)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end = NULL;

  /* A Turkish keyboard types a decimal comma */
  g_strdelimit (copy, ",", '.');
  if (copy[0] == '\0')
    return FALSE;
  *number = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*number);
}

char *
kaynak_codebook_prefs_format_number (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", number));
}
