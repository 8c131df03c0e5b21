/* kaynak-sources-dialog.c: the document's sources, as the people and
 * institutions they are.
 *
 * One expander row per source: its name, kind, other names (aliases),
 * description, colour and key, and removing it.  Every edit is one call to
 * kaynak_document_update_source(), so one undo step.  The rows are rebuilt
 * when a source is added or removed, and updated in place when one
 * changes, so that an entry being typed in keeps its focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-claim-fields.h"
#include "kaynak-claim-row.h"
#include "kaynak-library-ui.h"
#include "kaynak-merge-question.h"
#include "kaynak-sources-dialog.h"
#include "kaynak-text-fold.h"
#include "kaynak-toast-timeout.h"

struct _KaynakSourcesDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkListBox      *list_box;
  AdwEntryRow     *add_row;
  GtkWidget       *merge_button;

  KaynakDocument  *document;
  /* source id → AdwExpanderRow */
  GHashTable      *rows;
  /* ids of the sources ticked for merging */
  GHashTable      *selected;
  /* TRUE while widgets are set from the model, so they are not written
   * back as user edits */
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (KaynakSourcesDialog, kaynak_sources_dialog, ADW_TYPE_WINDOW)

/* The kinds in the order a person thinks of them, not the file's order */
static const KaynakSourceKind kind_order[KAYNAK_N_SOURCE_KINDS] = {
  KAYNAK_SOURCE_KIND_NAMED,
  KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT,
  KAYNAK_SOURCE_KIND_ANONYMOUS,
  KAYNAK_SOURCE_KIND_NO_COMMENT,
  KAYNAK_SOURCE_KIND_UNATTRIBUTED,
};

static void kaynak_sources_dialog_rebuild (KaynakSourcesDialog *self);
static void open_row                      (KaynakSourcesDialog *self,
                                           const char          *id);

static void
show_message (KaynakSourcesDialog *self,
              const char          *message)
{
  AdwToast *toast = adw_toast_new (message);

  kaynak_toast_apply_test_timeout (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Applies @edit to a copy of the source and hands the copy to the
 * document, which validates and records it as one undo step. */
static void
change_source (KaynakSourcesDialog *self,
               const char          *id,
               void               (*edit) (KaynakSource *, gconstpointer),
               gconstpointer        value)
{
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(KaynakSource) before = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSource *source;

  if (self->updating)
    return;

  source = kaynak_document_lookup_source (self->document, id);
  if (source == NULL)
    return;

  before = kaynak_source_copy (source);
  changes = kaynak_source_copy (source);
  edit (changes, value);
  if (kaynak_source_equal (changes, source))
    return;
  if (!kaynak_document_update_source (self->document, id, changes, &error))
    {
      show_message (self, error->message);
      /* put the widgets back to what the document holds */
      kaynak_sources_dialog_rebuild (self);
      return;
    }
  /* The user's library follows the user's edits (not a key: keys are
   * the document's) */
  kaynak_library_learn_edit (GTK_WIDGET (self), before, changes);
}

static void
edit_label (KaynakSource  *source,
            gconstpointer  value)
{
  kaynak_source_set_label (source, value);
}

static void
edit_color (KaynakSource  *source,
            gconstpointer  value)
{
  kaynak_source_set_color (source, value);
}

static void
edit_shortcut (KaynakSource  *source,
               gconstpointer  value)
{
  kaynak_source_set_shortcut (source, GPOINTER_TO_UINT (value));
}

static void
edit_kind (KaynakSource  *source,
           gconstpointer  value)
{
  kaynak_source_set_kind (source, GPOINTER_TO_UINT (value));
}

/* what the source is (issue 19): the enum's order is the list's */
static void
edit_source_type (KaynakSource  *source,
                  gconstpointer  value)
{
  kaynak_source_set_source_type (source, GPOINTER_TO_UINT (value));
}

static void
edit_aliases (KaynakSource  *source,
              gconstpointer  value)
{
  kaynak_source_set_aliases (source, value);
}

static void
edit_description (KaynakSource  *source,
                  gconstpointer  value)
{
  kaynak_source_set_description (source, value);
}

static const char *
row_source_id (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "source-id");
}

static void
on_label_applied (AdwEntryRow         *entry,
                  KaynakSourcesDialog *self)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (label[0] == '\0')
    {
      show_message (self, _("A source needs a name"));
      return;
    }

  change_source (self, row_source_id (GTK_WIDGET (entry)), edit_label, label);
}

/* "ABD, Amerika Birleşik Devletleri" → its names, trimmed, each once (in
 * any case), without the source's own label */
static void
on_aliases_applied (AdwEntryRow         *entry,
                    KaynakSourcesDialog *self)
{
  KaynakSource *source = kaynak_document_lookup_source (self->document,
                                                        row_source_id (GTK_WIDGET (entry)));
  g_auto(GStrv) aliases = NULL;

  if (source == NULL)
    return;
  aliases = kaynak_source_parse_aliases (gtk_editable_get_text (GTK_EDITABLE (entry)),
                                         kaynak_source_get_label (source));
  change_source (self, row_source_id (GTK_WIDGET (entry)), edit_aliases, aliases);
}

static void
on_description_applied (AdwEntryRow         *entry,
                        KaynakSourcesDialog *self)
{
  g_autofree char *description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  change_source (self, row_source_id (GTK_WIDGET (entry)), edit_description, description);
}

static void
on_color_set (GtkColorButton      *button,
              KaynakSourcesDialog *self)
{
  GdkRGBA rgba;
  g_autofree char *color = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (guint) (CLAMP (rgba.red, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.green, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.blue, 0., 1.) * 255 + .5));
  change_source (self, row_source_id (GTK_WIDGET (button)), edit_color, color);
}

/* The colour list: the palette by name, then one item for a colour of the
 * user's own (picked with the button beside it) */
static void
on_color_selected (AdwComboRow         *combo,
                   GParamSpec          *pspec,
                   KaynakSourcesDialog *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected >= kaynak_source_palette_size ())
    return;
  change_source (self, row_source_id (GTK_WIDGET (combo)), edit_color,
                 kaynak_source_palette_color (selected));
}

static void
on_kind_selected (AdwComboRow         *combo,
                  GParamSpec          *pspec,
                  KaynakSourcesDialog *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected >= G_N_ELEMENTS (kind_order))
    return;
  change_source (self, row_source_id (GTK_WIDGET (combo)), edit_kind,
                 GUINT_TO_POINTER (kind_order[selected]));
}

static void
on_source_type_selected (AdwComboRow         *combo,
                         GParamSpec          *pspec,
                         KaynakSourcesDialog *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected >= KAYNAK_N_SOURCE_TYPES)
    return;
  change_source (self, row_source_id (GTK_WIDGET (combo)), edit_source_type,
                 GUINT_TO_POINTER (selected));
}

static void
on_shortcut_selected (AdwComboRow         *combo,
                      GParamSpec          *pspec,
                      KaynakSourcesDialog *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  /* Position 0 is "None", 1–9 are the shortcuts themselves */
  change_source (self, row_source_id (GTK_WIDGET (combo)), edit_shortcut,
                 GUINT_TO_POINTER (selected));
}

/* --- Removing ------------------------------------------------------------- */

static void
remove_source (KaynakSourcesDialog *self,
               const char          *id,
               const char          *to_id)
{
  g_autoptr(GError) error = NULL;
  KaynakSource *source = kaynak_document_lookup_source (self->document, id);
  KaynakSource *to = to_id ? kaynak_document_lookup_source (self->document, to_id) : NULL;
  g_autofree char *text = NULL;

  if (source == NULL)
    return;

  if (to != NULL)
    /* Translators: a toast after removing a source whose claims moved */
    text = g_strdup_printf (_("“%s” removed, its claims moved to “%s”"),
                            kaynak_source_get_label (source), kaynak_source_get_label (to));
  else
    text = g_strdup_printf (_("“%s” removed"), kaynak_source_get_label (source));
  if (!kaynak_document_remove_source_moving_claims (self->document, id, to_id, &error))
    {
      show_message (self, error->message);
      return;
    }
  show_message (self, text);
}

static void
on_remove_response (AdwMessageDialog    *dialog,
                    const char          *response,
                    KaynakSourcesDialog *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "source-id");
  GtkDropDown *targets = g_object_get_data (G_OBJECT (dialog), "targets");
  GPtrArray *target_ids = g_object_get_data (G_OBJECT (dialog), "target-ids");

  if (g_str_equal (response, "leave"))
    remove_source (self, id, NULL);
  else if (g_str_equal (response, "move"))
    {
      guint selected = gtk_drop_down_get_selected (targets);

      if (selected < target_ids->len)
        remove_source (self, id, g_ptr_array_index (target_ids, selected));
    }
}

/* A source that claims use is not removed without asking where its
 * claims go: to another source (the right one is often a duplicate made
 * by mistake), or nowhere */
static void
on_remove_clicked (GtkButton           *button,
                   KaynakSourcesDialog *self)
{
  const char *id = row_source_id (GTK_WIDGET (button));
  KaynakSource *source = kaynak_document_lookup_source (self->document, id);
  GListModel *sources = kaynak_document_get_sources (self->document);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = kaynak_accessible_string_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = kaynak_accessible_string_factory_new ();
  GPtrArray *target_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *targets, *box, *label;
  guint n;

  if (source == NULL)
    return;

  n = kaynak_document_count_claims_for_source (self->document, id);
  if (n == 0)
    {
      g_ptr_array_unref (target_ids);
      remove_source (self, id, NULL);
      return;
    }

  /* the other sources, in the document's order */
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) other = g_list_model_get_item (sources, i);

      if (g_str_equal (kaynak_source_get_id (other), id))
        continue;
      gtk_string_list_append (labels, kaynak_source_get_label (other));
      g_ptr_array_add (target_ids, g_strdup (kaynak_source_get_id (other)));
    }

  heading = g_strdup_printf (_("Remove “%s”?"), kaynak_source_get_label (source));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u claim comes from this source. Move it to another source, or leave it without a source.",
                                       "%u claims come from this source. Move them to another source, or leave them without a source.",
                                       n), n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  g_object_set_data_full (G_OBJECT (dialog), "source-id", g_strdup (id), g_free);

  g_object_set_data_full (G_OBJECT (dialog), "target-ids", target_ids,
                          (GDestroyNotify) g_ptr_array_unref);
  targets = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (targets), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (targets), list_factory);
  gtk_widget_set_hexpand (targets, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (targets),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move the claims to"),
                                  -1);
  kaynak_accessible_name_drop_down_button (targets, _("Move the claims to"));
  g_object_set_data (G_OBJECT (dialog), "targets", targets);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new_with_mnemonic (_("Move _to"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), targets);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), targets);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "leave", _("_Leave Without Source"),
                                    "move", _("_Move Claims"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "leave",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move",
                                              ADW_RESPONSE_SUGGESTED);
  if (target_ids->len == 0)
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move", FALSE);
      gtk_widget_set_visible (box, FALSE);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  /* The choice to make is where the claims go: start there */
  if (gtk_widget_get_visible (box))
    gtk_widget_grab_focus (targets);
}

/* --- Merging -------------------------------------------------------------- */

/* Merge… is there to use when two or more sources are ticked */
static void
update_merge_action (KaynakSourcesDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.merge",
                                 g_hash_table_size (self->selected) >= 2);
}

static void
on_check_toggled (GtkCheckButton      *check,
                  KaynakSourcesDialog *self)
{
  const char *id = row_source_id (GTK_WIDGET (check));

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->selected, g_strdup (id));
  else
    g_hash_table_remove (self->selected, id);
  update_merge_action (self);
}

static void
on_merge_response (AdwMessageDialog    *question,
                   const char          *response,
                   KaynakSourcesDialog *self)
{
  char **ids = g_object_get_data (G_OBJECT (question), "ids");
  const char *keep_id = kaynak_merge_question_get_keep_id (GTK_WIDGET (question));
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *text = NULL;
  KaynakSource *source;

  if (!g_str_equal (response, "merge") || keep_id == NULL)
    return;
  source = kaynak_document_lookup_source (self->document, keep_id);
  if (source == NULL)
    return;
  keep = g_strdup (keep_id);

  for (guint i = 0; ids[i] != NULL; i++)
    if (!g_str_equal (ids[i], keep))
      g_ptr_array_add (others, g_strdup (ids[i]));
  g_ptr_array_add (others, NULL);

  /* Translators: a toast after merging sources: "2 sources merged into
   * “The Washington Post”" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source merged into “%s”",
                                       "%u sources merged into “%s”", others->len - 1),
                          others->len - 1, kaynak_source_get_label (source));
  /* the ticks go with the merge: the rows they were on are gone */
  g_hash_table_remove_all (self->selected);
  if (!kaynak_document_merge_sources (self->document, keep,
                                      (const char * const *) others->pdata, &error))
    {
      show_message (self, error->message);
      kaynak_sources_dialog_rebuild (self);
      return;
    }
  kaynak_sources_dialog_rebuild (self);
  show_message (self, text);
  /* Open the kept source: its other names now include the merged ones */
  open_row (self, keep);
}

/* Merge… (Ctrl+M): the ticked sources, in the list's order, and the
 * question which one to keep */
static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KaynakSourcesDialog *self = KAYNAK_SOURCES_DIALOG (widget);
  GListModel *sources = kaynak_document_get_sources (self->document);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GtkWidget *question;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

      if (g_hash_table_contains (self->selected, kaynak_source_get_id (source)))
        g_ptr_array_add (ids, (gpointer) kaynak_source_get_id (source));
    }
  if (ids->len < 2)
    return;
  g_ptr_array_add (ids, NULL);

  question = kaynak_merge_question_new (GTK_WINDOW (self), self->document,
                                        (const char * const *) ids->pdata);
  g_signal_connect_object (question, "response", G_CALLBACK (on_merge_response), self, 0);
  gtk_window_present (GTK_WINDOW (question));
  /* The choice to make is which one stays: start there */
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (question), "keep"));
}

/* --- The rows ------------------------------------------------------------- */

static char *
dup_subtitle (KaynakSourcesDialog *self,
              KaynakSource        *source)
{
  guint shortcut = kaynak_source_get_shortcut (source);
  guint n = kaynak_document_count_claims_for_source (self->document,
                                                     kaynak_source_get_id (source));
  const char *kind = kaynak_source_kind_to_label (kaynak_source_get_kind (source));
  g_autofree char *claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n), n);

  if (shortcut == 0)
    /* Translators: "Official statement · 4 claims" */
    return g_strdup_printf (_("%s · %s"), kind, claims);

  /* Translators: "Official statement · Key 3 · 4 claims" */
  return g_strdup_printf (_("%s · Key %u · %s"), kind, shortcut, claims);
}

static guint
kind_position (KaynakSourceKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_order); i++)
    if (kind_order[i] == kind)
      return i;
  return 0;
}

static void
set_entry_text (GtkWidget  *entry,
                const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
update_color_combo (GtkWidget  *combo,
                    const char *color)
{
  GtkStringList *colors = GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (combo)));
  guint n = kaynak_source_palette_size ();
  int index = kaynak_source_palette_find (color);
  g_autofree char *own = NULL;
  const char *item[2] = { NULL, NULL };

  /* the last item names the user's own colour, if it is one */
  if (index < 0)
    {
      /* Translators: a colour picked by the user, e.g. "Own colour #1a2b3c" */
      own = g_strdup_printf (_("Own colour %s"), color);
      item[0] = own;
    }
  else
    item[0] = _("Own colour");
  if (g_strcmp0 (gtk_string_list_get_string (colors, n), item[0]) != 0)
    gtk_string_list_splice (colors, n, 1, item);

  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), index < 0 ? n : (guint) index);
}

static void
update_row (KaynakSourcesDialog *self,
            GtkWidget           *row,
            KaynakSource        *source)
{
  g_autofree char *title = g_markup_escape_text (kaynak_source_get_label (source), -1);
  g_autofree char *subtitle = dup_subtitle (self, source);
  g_autofree char *aliases = kaynak_source_dup_aliases_text (source);
  GtkWidget *color_button = g_object_get_data (G_OBJECT (row), "color");
  GtkWidget *color_combo = g_object_get_data (G_OBJECT (row), "color-combo");
  GtkWidget *combo = g_object_get_data (G_OBJECT (row), "combo");
  GtkWidget *kind = g_object_get_data (G_OBJECT (row), "kind");
  GtkWidget *source_type = g_object_get_data (G_OBJECT (row), "source-type");
  GtkWidget *dot = g_object_get_data (G_OBJECT (row), "dot");
  GdkRGBA rgba;

  self->updating = TRUE;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  /* The row is a list item: name it after its source, with what its
   * subtitle says (kind, key and claims) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kaynak_source_get_label (source),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  kaynak_color_dot_set_color (dot, kaynak_source_get_color (source));
  {
    GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");
    /* Translators: the tick box of a source row, for merging: "Select Aides" */
    g_autofree char *check_name = g_strdup_printf (_("Select %s"), kaynak_source_get_label (source));

    gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, check_name,
                                    -1);
    gtk_widget_set_tooltip_text (check, check_name);
  }

  set_entry_text (g_object_get_data (G_OBJECT (row), "entry"), kaynak_source_get_label (source));
  set_entry_text (g_object_get_data (G_OBJECT (row), "aliases"), aliases);
  set_entry_text (g_object_get_data (G_OBJECT (row), "description"),
                  kaynak_source_get_description (source));
  if (gdk_rgba_parse (&rgba, kaynak_source_get_color (source)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color_button), &rgba);
  update_color_combo (color_combo, kaynak_source_get_color (source));
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (kind)) != kind_position (kaynak_source_get_kind (source)))
    adw_combo_row_set_selected (ADW_COMBO_ROW (kind), kind_position (kaynak_source_get_kind (source)));
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (source_type)) != kaynak_source_get_source_type (source))
    adw_combo_row_set_selected (ADW_COMBO_ROW (source_type), kaynak_source_get_source_type (source));
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)) != kaynak_source_get_shortcut (source))
    adw_combo_row_set_selected (ADW_COMBO_ROW (combo), kaynak_source_get_shortcut (source));

  self->updating = FALSE;
}

static GtkWidget *
add_entry_row (GtkWidget           *row,
               const char          *id,
               const char          *title,
               GCallback            applied,
               KaynakSourcesDialog *self)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  g_object_set_data_full (G_OBJECT (entry), "source-id", g_strdup (id), g_free);
  g_signal_connect (entry, "apply", applied, self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
  return entry;
}

static GtkWidget *
add_combo_row (GtkWidget           *row,
               const char          *id,
               const char          *title,
               GtkStringList       *items,
               GCallback            selected,
               KaynakSourcesDialog *self)
{
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  kaynak_accessible_name_combo_items (ADW_COMBO_ROW (combo));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (items));
  g_object_set_data_full (G_OBJECT (combo), "source-id", g_strdup (id), g_free);
  g_signal_connect (combo, "notify::selected", selected, self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), combo);
  return combo;
}

/* The codebook's fields of the source (issue 19), edited as in the claim
 * details; the row is there only while the document has source fields */
static void
add_fields_row (KaynakSourcesDialog *self,
                GtkWidget           *row,
                const char          *id)
{
  GtkWidget *fields = kaynak_claim_fields_new (KAYNAK_FIELD_ON_SOURCE);
  GtkWidget *fields_row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (fields, 6);
  gtk_widget_set_margin_bottom (fields, 6);
  gtk_widget_set_margin_start (fields, 6);
  gtk_widget_set_margin_end (fields, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (fields_row), fields);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (fields_row), FALSE);
  gtk_widget_set_focusable (fields_row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (fields_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Codebook fields"),
                                  -1);
  g_object_bind_property (fields, "visible", fields_row, "visible", G_BINDING_SYNC_CREATE);
  kaynak_claim_fields_set_object (KAYNAK_CLAIM_FIELDS (fields), self->document, id);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), fields_row);
  g_object_set_data (G_OBJECT (row), "fields", fields);
}

GtkWidget *
kaynak_sources_dialog_get_fields (KaynakSourcesDialog *self,
                                  const char          *source_id)
{
  GtkWidget *row;

  g_return_val_if_fail (KAYNAK_IS_SOURCES_DIALOG (self), NULL);

  row = g_hash_table_lookup (self->rows, source_id);
  return row != NULL ? g_object_get_data (G_OBJECT (row), "fields") : NULL;
}

static GtkWidget *
make_row (KaynakSourcesDialog *self,
          KaynakSource        *source)
{
  const char *id = kaynak_source_get_id (source);
  g_autoptr(GtkStringList) shortcuts = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  GtkWidget *source_type;
  g_autoptr(GtkStringList) colors = gtk_string_list_new (NULL);
  GtkWidget *row, *dot, *entry, *kind, *aliases, *description, *color_combo, *color;
  GtkWidget *combo, *remove_row, *remove, *check;

  row = adw_expander_row_new ();
  g_object_set_data_full (G_OBJECT (row), "source-id", g_strdup (id), g_free);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->selected, id));
  g_object_set_data_full (G_OBJECT (check), "source-id", g_strdup (id), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);

  dot = kaynak_color_dot_new (kaynak_source_get_color (source));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), dot);

  entry = add_entry_row (row, id, _("Name"), G_CALLBACK (on_label_applied), self);

  for (guint i = 0; i < G_N_ELEMENTS (kind_order); i++)
    gtk_string_list_append (kinds, kaynak_source_kind_to_label (kind_order[i]));
  kind = add_combo_row (row, id, _("Kind"), kinds, G_CALLBACK (on_kind_selected), self);

  aliases = add_entry_row (row, id, _("Other Names, Separated by Commas"),
                           G_CALLBACK (on_aliases_applied), self);
  description = add_entry_row (row, id, _("Description"),
                               G_CALLBACK (on_description_applied), self);
  /* What the source is (ClaimReview's author): "Not set", then the
   * types; after the rows that were there before it, whose order the
   * dialog's tests walk */
  for (guint i = 0; i < KAYNAK_N_SOURCE_TYPES; i++)
    gtk_string_list_append (types, kaynak_source_type_to_label (i));
  source_type = add_combo_row (row, id, _("Type"), types, G_CALLBACK (on_source_type_selected), self);

  for (guint i = 0; i < kaynak_source_palette_size (); i++)
    gtk_string_list_append (colors, kaynak_source_palette_color_name (i));
  gtk_string_list_append (colors, _("Own colour"));
  color_combo = add_combo_row (row, id, _("Colour"), colors, G_CALLBACK (on_color_selected), self);
  color = gtk_color_button_new ();
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (color, _("Choose Your Own Colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (color),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your own colour"),
                                  -1);
  /* GtkColorButton is a wrapper: the button a screen reader reaches is
   * its child, which GTK 4.8 leaves named "GtkButton" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (color)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your own colour"),
                                  -1);
  g_object_set_data_full (G_OBJECT (color), "source-id", g_strdup (id), g_free);
  g_signal_connect (color, "color-set", G_CALLBACK (on_color_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (color_combo), color);

  gtk_string_list_append (shortcuts, _("None"));
  for (guint i = 1; i <= 9; i++)
    {
      char digit[2] = { (char) ('0' + i), 0 };
      gtk_string_list_append (shortcuts, digit);
    }
  combo = add_combo_row (row, id, _("Shortcut Key"), shortcuts,
                         G_CALLBACK (on_shortcut_selected), self);

  add_fields_row (self, row, id);

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row),
                                 _("Its claims can move to another source"));
  remove = gtk_button_new_with_mnemonic (_("_Remove Source"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data_full (G_OBJECT (remove), "source-id", g_strdup (id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

  g_object_set_data (G_OBJECT (row), "entry", entry);
  g_object_set_data (G_OBJECT (row), "kind", kind);
  g_object_set_data (G_OBJECT (row), "source-type", source_type);
  g_object_set_data (G_OBJECT (row), "aliases", aliases);
  g_object_set_data (G_OBJECT (row), "description", description);
  g_object_set_data (G_OBJECT (row), "color", color);
  g_object_set_data (G_OBJECT (row), "color-combo", color_combo);
  g_object_set_data (G_OBJECT (row), "combo", combo);
  g_object_set_data (G_OBJECT (row), "dot", dot);
  g_object_set_data (G_OBJECT (row), "check", check);

  update_row (self, row, source);

  return row;
}

static void
kaynak_sources_dialog_rebuild (KaynakSourcesDialog *self)
{
  GtkWidget *child;
  GListModel *sources = kaynak_document_get_sources (self->document);
  guint n = g_list_model_get_n_items (sources);
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer id, row;

  /* keep open what was open */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    if (adw_expander_row_get_expanded (row))
      g_hash_table_add (expanded, g_strdup (id));

  /* a ticked source that is gone (merged, removed, undone) is no longer
   * ticked */
  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (kaynak_document_lookup_source (self->document, id) == NULL)
      g_hash_table_iter_remove (&iter);
  update_merge_action (self);

  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      GtkWidget *new_row = make_row (self, source);

      g_hash_table_insert (self->rows, g_strdup (kaynak_source_get_id (source)), new_row);
      gtk_list_box_append (self->list_box, new_row);
      if (g_hash_table_contains (expanded, kaynak_source_get_id (source)))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (new_row), TRUE);
    }
}

static void
on_source_changed (KaynakSourcesDialog *self,
                   KaynakSource        *source)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, kaynak_source_get_id (source));

  if (row != NULL)
    update_row (self, row, source);
}

static void
on_document_changed (KaynakSourcesDialog *self)
{
  GHashTableIter iter;
  gpointer id, row;

  /* claim counts in the subtitles */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    {
      KaynakSource *source = kaynak_document_lookup_source (self->document, id);

      if (source != NULL)
        {
          g_autofree char *subtitle = dup_subtitle (self, source);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
        }
    }
}

/* --- Adding --------------------------------------------------------------- */

static void
open_row (KaynakSourcesDialog *self,
          const char          *id)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, id);

  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (row);
}

/* A name the document has, as a label or another name, opens that source
 * instead of making a second "Beyaz Saray" */
static void
on_add_applied (KaynakSourcesDialog *self)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_row))));
  g_autoptr(KaynakSource) source = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSource *existing;

  if (label[0] == '\0')
    {
      show_message (self, _("Type the new source’s name first"));
      gtk_widget_grab_focus (GTK_WIDGET (self->add_row));
      return;
    }

  existing = kaynak_document_find_source_by_name (self->document, label, NULL);
  if (existing != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("“%s” is already a source"),
                                               kaynak_source_get_label (existing));

      gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
      show_message (self, text);
      open_row (self, kaynak_source_get_id (existing));
      return;
    }

  source = kaynak_document_make_source (self->document, label, KAYNAK_SOURCE_KIND_NAMED);
  if (!kaynak_document_add_source (self->document, source, &error))
    {
      show_message (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  /* Open the new source, so its kind and other names are at hand */
  open_row (self, kaynak_source_get_id (source));
}

static void
on_add_clicked (KaynakSourcesDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->add_row));
}

/* Ctrl+Z outside a text field takes back the last change to the document,
 * as it does in the main window (inside a field, it undoes the typing) */
static gboolean
undo_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  KaynakSourcesDialog *self = KAYNAK_SOURCES_DIALOG (widget);

  if (g_variant_get_boolean (args))
    kaynak_document_redo (self->document);
  else
    kaynak_document_undo (self->document);
  return TRUE;
}

static void
kaynak_sources_dialog_dispose (GObject *object)
{
  KaynakSourcesDialog *self = KAYNAK_SOURCES_DIALOG (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_SOURCES_DIALOG);

  G_OBJECT_CLASS (kaynak_sources_dialog_parent_class)->dispose (object);
}

static void
kaynak_sources_dialog_class_init (KaynakSourcesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_sources_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-sources-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakSourcesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaynakSourcesDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakSourcesDialog, add_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakSourcesDialog, merge_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_applied);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "sources.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "sources.merge", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_cb, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                undo_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                undo_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, undo_cb, "b", TRUE);
}

static void
kaynak_sources_dialog_init (KaynakSourcesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.merge", FALSE);
}

GtkWidget *
kaynak_sources_dialog_new (GtkWindow      *parent,
                           KaynakDocument *document)
{
  KaynakSourcesDialog *self;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  self = g_object_new (KAYNAK_TYPE_SOURCES_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->document = g_object_ref (document);

  g_signal_connect_object (document, "source-added",
                           G_CALLBACK (kaynak_sources_dialog_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "source-removed",
                           G_CALLBACK (kaynak_sources_dialog_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "source-changed",
                           G_CALLBACK (on_source_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed",
                           G_CALLBACK (on_document_changed), self, G_CONNECT_SWAPPED);

  kaynak_sources_dialog_rebuild (self);

  return GTK_WIDGET (self);
}
