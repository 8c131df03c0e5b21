/* kaynak-codebook-prefs.c: what the Verdicts and Fields pages share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kaynak-codebook-prefs.h"
#include "kaynak-personal-codebook.h"

/* The toast shown last, until it is dismissed.  A new edit's toast
 * replaces it rather than wait in the queue behind it, so that the toast
 * in view says the last step and its Undo takes that back.
 *
 * Its time is kept here, not by libadwaita: 1.2 hides a toast that timed
 * out without "dismissed", and a toast that accessibility still holds
 * cannot be told from one in view; dismissing it then, or changing it,
 * leaves the overlay showing nothing.  So toasts never time out on their
 * own, and the timer below dismisses them, which always says so. */
#define TOAST_SECONDS 5

/* A toast that replaces the one in view is added only once that one is
 * gone.  libadwaita 1.2 shows a toast that replaces a hiding one for
 * 500 ms and hides one in 300 ms; a toast dismissed (Escape, or the next
 * edit) in the first 200 ms of such a show is freed while its show
 * animation still runs, and the end of that animation then unrefs freed
 * memory: a critical, or a crash, when Preferences closed at that moment
 * (seen once in CI).  A toast added after the last one has gone shows in
 * 300 ms, which a 300 ms hide never outlasts.  The wait ends when the
 * dismissed toast is freed, or after REPLACE_WAIT_MS at the most. */
#define REPLACE_POLL_MS 50
#define REPLACE_WAIT_MS 2000

static AdwToast  *last_toast;
static guint      toast_timer;

static AdwToast  *hiding_toast;    /* dismissed, until libadwaita frees it */
static GtkWindow *pending_window;  /* where the toast waiting for it goes */
static char      *pending_title;
static gboolean   pending_undo;
static guint      pending_timer;
static gint64     pending_since;

static void
on_toast_dismissed (AdwToast *toast)
{
  if (last_toast == toast)
    {
      g_clear_weak_pointer (&last_toast);
      g_clear_handle_id (&toast_timer, g_source_remove);
    }
}

static gboolean
on_toast_timer (gpointer data)
{
  toast_timer = 0;
  if (last_toast != NULL)
    adw_toast_dismiss (last_toast);
  return G_SOURCE_REMOVE;
}

static void
add_toast (AdwPreferencesWindow *window,
           const char           *title,
           gboolean              undo)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 0);
  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, KAYNAK_CODEBOOK_UNDO_ACTION);
    }
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_toast_dismissed), NULL);
  g_set_weak_pointer (&last_toast, toast);
  g_clear_handle_id (&toast_timer, g_source_remove);
  toast_timer = g_timeout_add_seconds (TOAST_SECONDS, on_toast_timer, NULL);
  adw_preferences_window_add_toast (window, toast);
}

static gboolean
on_pending_timer (gpointer data)
{
  if (hiding_toast != NULL &&
      g_get_monotonic_time () - pending_since < REPLACE_WAIT_MS * G_TIME_SPAN_MILLISECOND)
    return G_SOURCE_CONTINUE;

  pending_timer = 0;
  g_clear_weak_pointer (&hiding_toast);
  /* Preferences may have closed meanwhile: then the toast has no place */
  if (pending_window != NULL)
    add_toast (ADW_PREFERENCES_WINDOW (pending_window), pending_title, pending_undo);
  g_clear_weak_pointer (&pending_window);
  g_clear_pointer (&pending_title, g_free);
  return G_SOURCE_REMOVE;
}

static void
show_toast (GtkWidget  *page,
            const char *title,
            gboolean    undo)
{
  GtkRoot *root = gtk_widget_get_root (page);

  if (!ADW_IS_PREFERENCES_WINDOW (root))
    return;

  if (last_toast != NULL)
    {
      g_set_weak_pointer (&hiding_toast, last_toast);
      adw_toast_dismiss (last_toast);
      pending_since = g_get_monotonic_time ();
    }
  if (hiding_toast == NULL && pending_timer == 0)
    {
      add_toast (ADW_PREFERENCES_WINDOW (root), title, undo);
      return;
    }

  /* the last edit's toast waits, in place of any that waited before it */
  g_set_weak_pointer (&pending_window, GTK_WINDOW (root));
  g_free (pending_title);
  pending_title = g_strdup (title);
  pending_undo = undo;
  if (pending_timer == 0)
    pending_timer = g_timeout_add (REPLACE_POLL_MS, on_pending_timer, NULL);
}

void
kaynak_codebook_prefs_toast (GtkWidget  *page,
                             const char *text)
{
  show_toast (page, text, FALSE);
}

void
kaynak_codebook_prefs_edited (GtkWidget    *page,
                              gboolean      done,
                              const GError *error)
{
  KaynakPersonalCodebook *codebook = kaynak_personal_codebook_get_default ();

  if (!done)
    {
      if (error != NULL)
        kaynak_codebook_prefs_toast (page, error->message);
      return;
    }
  if (kaynak_personal_codebook_get_undo_label (codebook) == NULL)
    return;
  show_toast (page, kaynak_personal_codebook_get_undo_label (codebook), TRUE);
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

void
kaynak_codebook_prefs_add_undo_shortcut (GtkWidget *page)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* before the entries' own Ctrl+Z, which would undo typing not yet applied */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new (KAYNAK_CODEBOOK_UNDO_ACTION)));
  gtk_widget_add_controller (page, controller);
}
