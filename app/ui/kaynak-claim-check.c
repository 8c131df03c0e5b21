/* kaynak-claim-check.c: the checkable claim and the evidence of the claim
 * shown in the details pane (see kaynak-claim-check.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kaynak-claim-check.h"
#include "kaynak-document-evidence.h"
#include "kaynak-evidence-dialog.h"

struct _KaynakClaimCheck
{
  GtkWidget       parent_instance;

  GtkTextView    *checkable_view;
  GtkListBox     *evidence_box;
  GtkWidget      *add_button;

  KaynakDocument *document;
  KaynakClaim    *claim;
  /* each spell of typing in the field is one undo step */
  guint           spell;
  gboolean        updating;
  /* after a move, the focus follows the piece: its new place and which
   * button had it (G_MAXUINT: none) */
  guint           focus_index;
  gboolean        focus_up;
};

G_DEFINE_FINAL_TYPE (KaynakClaimCheck, kaynak_claim_check, GTK_TYPE_WIDGET)

typedef enum {
  DO_UP,
  DO_DOWN,
  DO_REMOVE,
} RowAction;

/* --- The checkable claim --------------------------------------------------- */

/* The highlighted words as the field shows them before the user writes:
 * one line, as the sentence is kept */
static char *
shown_words (KaynakClaimCheck *self)
{
  return kaynak_checkable_normalize (kaynak_claim_get_quote (self->claim));
}

/* What the field's @text saves: nothing when it is the words (or empty) */
static char *
saved_value (KaynakClaimCheck *self,
             const char       *text)
{
  g_autofree char *words = shown_words (self);
  g_autofree char *value = kaynak_checkable_normalize (text);

  if (value[0] == '\0' || g_str_equal (value, words))
    return g_strdup ("");
  return g_steal_pointer (&value);
}

/* The field's text (free it) */
static char *
dup_text (KaynakClaimCheck *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->checkable_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_text (KaynakClaimCheck *self,
          const char       *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->checkable_view), text, -1);
}

static void
update_checkable (KaynakClaimCheck *self,
                  gboolean          new_claim)
{
  g_autofree char *text = dup_text (self);
  g_autofree char *value = saved_value (self, text);
  const char *checkable = kaynak_claim_get_checkable (self->claim);

  /* Only when it differs: setting it would move the caret of the user
   * who is typing it (and empty the field they have just cleared) */
  if (!new_claim && g_str_equal (value, checkable))
    return;
  if (checkable[0] != '\0')
    set_text (self, checkable);
  else
    {
      g_autofree char *words = shown_words (self);

      set_text (self, words);
    }
}

static void
on_checkable_changed (KaynakClaimCheck *self)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || self->claim == NULL || self->document == NULL)
    return;
  text = dup_text (self);
  value = saved_value (self, text);
  if (g_str_equal (value, kaynak_claim_get_checkable (self->claim)))
    return;
  self->updating = TRUE;
  if (!kaynak_document_type_claim_checkable (self->document, kaynak_claim_get_id (self->claim),
                                             value, self->spell, &error))
    gtk_widget_error_bell (GTK_WIDGET (self));
  self->updating = FALSE;
}

static void
on_checkable_focus_enter (KaynakClaimCheck *self)
{
  self->spell++;
}

/* --- Evidence rows ---------------------------------------------------------- */

static void on_row_button_clicked (GtkButton *button, KaynakClaimCheck *self);

static GtkWidget *
row_button (KaynakClaimCheck *self,
            const char       *icon,
            const char       *name,
            const char       *tooltip,
            RowAction         action,
            guint             index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data (G_OBJECT (button), "action", GUINT_TO_POINTER (action));
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_button_clicked), self);
  return button;
}

static GtkWidget *
evidence_row_new (KaynakClaimCheck     *self,
                  const KaynakEvidence *item,
                  guint                 index,
                  guint                 n)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (item->date);
  g_autofree char *name = NULL;
  g_autofree char *up = NULL, *down = NULL, *remove = NULL;

  if (item->note[0] != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, item->note);
    }
  g_strdelimit (subtitle->str, "\r\n\t", ' ');
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->url);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Edit This Evidence (Enter)"));

  /* Translators: a piece of evidence as a screen reader names it:
   * "Evidence 2: https://…, 2024-11-05 · the note" */
  name = g_strdup_printf (_("Evidence %u: %s, %s"), index + 1, item->url, subtitle->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "name", g_steal_pointer (&name), g_free);
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));

  /* Translators: accessible names of the buttons of evidence %u */
  up = g_strdup_printf (_("Move Evidence %u Up"), index + 1);
  down = g_strdup_printf (_("Move Evidence %u Down"), index + 1);
  remove = g_strdup_printf (_("Remove Evidence %u"), index + 1);
  if (index > 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               row_button (self, "go-up-symbolic", up, _("Move Up"), DO_UP, index));
  if (index + 1 < n)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               row_button (self, "go-down-symbolic", down, _("Move Down"), DO_DOWN,
                                           index));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, "edit-delete-symbolic", remove,
                                         _("Remove This Evidence"), DO_REMOVE, index));
  return row;
}

static void
clear_box (GtkListBox *box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (box, 0)) != NULL)
    gtk_list_box_remove (box, GTK_WIDGET (row));
}

/* The button of row @index that moves it @up (or the other one when the
 * row has none such: it reached an end) */
static void
focus_moved (KaynakClaimCheck *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->evidence_box, self->focus_index);
  const char *wanted = self->focus_up ? "go-up-symbolic" : "go-down-symbolic";
  const char *other = self->focus_up ? "go-down-symbolic" : "go-up-symbolic";
  GtkWidget *found = NULL, *fallback = NULL;

  self->focus_index = G_MAXUINT;
  if (row == NULL)
    return;
  /* the suffix buttons, wherever AdwActionRow keeps them */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (row)); w != NULL && found == NULL; )
    {
      if (GTK_IS_BUTTON (w))
        {
          const char *icon = gtk_button_get_icon_name (GTK_BUTTON (w));

          if (g_strcmp0 (icon, wanted) == 0)
            found = w;
          else if (g_strcmp0 (icon, other) == 0)
            fallback = w;
        }
      /* depth first */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL && w != GTK_WIDGET (row))
            w = gtk_widget_get_parent (w);
          w = w != NULL && w != GTK_WIDGET (row) ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  if (found != NULL || fallback != NULL)
    gtk_widget_grab_focus (found != NULL ? found : fallback);
}

static void
update_evidence (KaynakClaimCheck *self)
{
  const KaynakEvidenceList *list = kaynak_claim_get_evidence (self->claim);
  guint n = kaynak_evidence_list_get_n (list);

  clear_box (self->evidence_box);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->evidence_box,
                         evidence_row_new (self, kaynak_evidence_list_get (list, i), i, n));
  if (self->focus_index != G_MAXUINT)
    focus_moved (self);
}

static void
on_row_button_clicked (GtkButton        *button,
                       KaynakClaimCheck *self)
{
  RowAction action = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "action"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GError) error = NULL;
  const char *id;
  gboolean ok = FALSE;

  if (self->claim == NULL || self->document == NULL)
    return;
  id = kaynak_claim_get_id (self->claim);
  switch (action)
    {
    case DO_UP:
      self->focus_index = index - 1;
      self->focus_up = TRUE;
      ok = kaynak_document_move_claim_evidence (self->document, id, index, index - 1, &error);
      break;
    case DO_DOWN:
      self->focus_index = index + 1;
      self->focus_up = FALSE;
      ok = kaynak_document_move_claim_evidence (self->document, id, index, index + 1, &error);
      break;
    case DO_REMOVE:
    default:
      ok = kaynak_document_remove_claim_evidence (self->document, id, index, &error);
      /* the list stays in reach of the keyboard */
      gtk_widget_grab_focus (self->add_button);
      break;
    }
  if (!ok)
    {
      self->focus_index = G_MAXUINT;
      gtk_widget_error_bell (GTK_WIDGET (self));
    }
}

GtkWidget *
kaynak_claim_check_edit_evidence (KaynakClaimCheck *self,
                                  guint             index)
{
  GtkWidget *dialog;
  GtkRoot *root;

  g_return_val_if_fail (KAYNAK_IS_CLAIM_CHECK (self), NULL);

  if (self->claim == NULL || self->document == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = kaynak_evidence_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->document, kaynak_claim_get_id (self->claim), index);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_evidence_row_activated (KaynakClaimCheck *self,
                           GtkListBoxRow    *row)
{
  kaynak_claim_check_edit_evidence (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index")));
}

/* --- The claim ---------------------------------------------------------------- */

static void
update (KaynakClaimCheck *self,
        gboolean          new_claim)
{
  gboolean updating = self->updating;

  /* Never hidden: the pane's own page goes when there is no claim (a
   * hidden widget's controls have no accessible to point at) */
  if (self->claim == NULL || self->document == NULL)
    {
      clear_box (self->evidence_box);
      return;
    }
  self->updating = TRUE;
  update_checkable (self, new_claim);
  self->updating = updating;
  update_evidence (self);
}

void
kaynak_claim_check_update (KaynakClaimCheck *self)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_CHECK (self));
  update (self, FALSE);
}

void
kaynak_claim_check_set_claim (KaynakClaimCheck *self,
                              KaynakDocument   *document,
                              KaynakClaim      *claim)
{
  gboolean new_claim;

  g_return_if_fail (KAYNAK_IS_CLAIM_CHECK (self));

  new_claim = self->claim != claim || self->document != document;
  g_set_object (&self->document, document);
  g_set_object (&self->claim, claim);
  /* typing for another claim is another step */
  if (new_claim)
    self->spell++;
  update (self, new_claim);
}

void
kaynak_claim_check_type_checkable (KaynakClaimCheck *self,
                                   const char       *text)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_CHECK (self));

  GtkTextBuffer *buffer;

  g_return_if_fail (KAYNAK_IS_CLAIM_CHECK (self));

  buffer = gtk_text_view_get_buffer (self->checkable_view);
  self->spell++;
  set_text (self, "");
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_at_cursor (buffer, p, g_utf8_next_char (p) - p);
}

char *
kaynak_claim_check_dup_checkable_text (KaynakClaimCheck *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_CHECK (self), NULL);
  return dup_text (self);
}

char **
kaynak_claim_check_dup_evidence_names (KaynakClaimCheck *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->evidence_box, i)) != NULL; i++)
    g_strv_builder_add (builder, g_object_get_data (G_OBJECT (row), "name"));
  return g_strv_builder_end (builder);
}

static void
kaynak_claim_check_dispose (GObject *object)
{
  KaynakClaimCheck *self = KAYNAK_CLAIM_CHECK (object);
  GtkWidget *child;

  g_clear_object (&self->document);
  g_clear_object (&self->claim);
  /* the template's box is not bound by name: unparent what is there */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kaynak_claim_check_parent_class)->dispose (object);
}

static void
kaynak_claim_check_class_init (KaynakClaimCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_claim_check_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-claim-check.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimCheck, checkable_view);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimCheck, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimCheck, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_checkable_focus_enter);
  gtk_widget_class_bind_template_callback (widget_class, on_evidence_row_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kaynak_claim_check_init (KaynakClaimCheck *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->focus_index = G_MAXUINT;
  /* Undo is the document's: Ctrl+Z in the field undoes what was typed
   * there as one step, in the same history as everything else */
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->checkable_view), FALSE);
  g_signal_connect_object (gtk_text_view_get_buffer (self->checkable_view), "changed",
                           G_CALLBACK (on_checkable_changed), self, G_CONNECT_SWAPPED);
}
