/* kaynak-claim-pane.c: the selected claim's details, edited in place.
 *
 * The pane shows one claim and follows the document: any change (an edit
 * here, undo, a change made elsewhere) is read back from the model, so the
 * pane never holds state of its own that could drift from the claim.
 * While it writes the model's state into its widgets, "updating" keeps
 * their signals from being taken for the user's edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-claim-pane.h"
#include "kaynak-claim-check.h"
#include "kaynak-claim-fields.h"
#include "kaynak-claim-ranges.h"
#include "kaynak-claim-row.h"
#include "kaynak-link-popover.h"
#include "kaynak-verdict-chooser.h"

struct _KaynakClaimPane
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkWidget         *pick_bar;
  GtkLabel          *quote_label;
  GtkLabel          *error_label;
  AdwComboRow       *source_row;
  AdwComboRow       *status_row;
  KaynakClaimRanges *ranges;
  KaynakClaimCheck  *check;
  GtkTextView       *note_view;
  GtkListBox        *cue_box;
  GtkWidget         *add_cue_button;
  GtkMenuButton     *link_button;
  KaynakLinkPopover *link_popover;
  GtkListBox        *link_box;
  AdwActionRow      *author_row;
  AdwActionRow      *created_row;
  AdwActionRow      *modified_row;
  /* the codebook's fields of the claim (issue 19) */
  KaynakClaimFields *fields;

  /* the status row's items: the codebook's verdicts or the statuses */
  KaynakVerdictChooser *verdicts;

  KaynakDocument    *document;
  KaynakClaim       *claim;
  /* source ids in the order of source_row's items; NULL for "No source" */
  GPtrArray         *source_ids;
  gboolean           updating;
  /* each spell of typing in the note is one undo step */
  guint              note_spell;
  /* "Pick in the Article": the type of the link being made */
  gboolean           picking;
  KaynakLinkType     pick_type;
};

G_DEFINE_FINAL_TYPE (KaynakClaimPane, kaynak_claim_pane, GTK_TYPE_WIDGET)

enum {
  CLAIM_FOLLOWED,
  PICK_STARTED,
  PICK_CANCELLED,
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- Showing the claim ---------------------------------------------------- */

/* "5 Dec 2026, 14:22:10" in the user's locale and time zone */
static char *
format_time (const char *iso)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso == NULL || iso[0] == '\0')
    return g_strdup (_("Not recorded"));
  utc = g_date_time_new_from_iso8601 (iso, NULL);
  if (utc == NULL)
    return g_strdup (iso);
  local = g_date_time_to_local (utc);
  /* Translators: a date and time as strftime() writes it, for a claim's
   * created and modified times; %x and %X are the locale's own */
  return g_date_time_format (local, _("%x %X"));
}

static void
update_sources (KaynakClaimPane *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *sources;
  guint n;

  g_ptr_array_set_size (self->source_ids, 0);
  if (self->document != NULL)
    {
      sources = kaynak_document_get_sources (self->document);
      n = g_list_model_get_n_items (sources);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

          gtk_string_list_append (labels, kaynak_source_get_label (source));
          g_ptr_array_add (self->source_ids, g_strdup (kaynak_source_get_id (source)));
        }
    }
  gtk_string_list_append (labels, _("No source"));
  g_ptr_array_add (self->source_ids, NULL);

  self->updating = TRUE;
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (labels));
  self->updating = FALSE;
}

static guint
source_position (KaynakClaimPane *self,
                 const char      *source_id)
{
  for (guint i = 0; i < self->source_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->source_ids, i), source_id) == 0)
      return i;
  return self->source_ids->len - 1;
}

static char *
describe_claim (KaynakClaimPane *self,
                KaynakClaim     *claim)
{
  KaynakSource *source = kaynak_document_lookup_source (self->document,
                                                        kaynak_claim_get_source_id (claim));
  g_autofree char *words = kaynak_claim_get_n_pieces (claim) > 1
                           ? kaynak_claim_dup_shown_quote (claim) : NULL;

  /* Translators: a claim in the list of links: its quote and its source */
  return g_strdup_printf (_("“%s” (%s)"), words != NULL ? words : kaynak_claim_get_quote (claim),
                          source != NULL ? kaynak_source_get_label (source) : _("No source"));
}

static void
clear_box (GtkListBox *box)
{
  GtkListBoxRow *row;

  /* Rows only: the placeholder stays */
  while ((row = gtk_list_box_get_row_at_index (box, 0)) != NULL)
    gtk_list_box_remove (box, GTK_WIDGET (row));
}

static GtkWidget *
remove_button_new (const char *accessible_name,
                   const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  return button;
}

static void on_cue_remove_clicked  (GtkButton *button, KaynakClaimPane *self);
static void on_link_remove_clicked (GtkButton *button, KaynakClaimPane *self);

static void
update_cues (KaynakClaimPane *self)
{
  const char * const *cues = kaynak_claim_get_cues (self->claim);

  clear_box (self->cue_box);
  for (guint i = 0; cues[i] != NULL; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (cues[i]);
      g_autofree char *remove = g_strdup_printf (_("Remove Cue “%s”"), cues[i]);
      GtkWidget *button = remove_button_new (remove, _("Remove Cue"));

      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      g_object_set_data_full (G_OBJECT (button), "cue", g_strdup (cues[i]), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_cue_remove_clicked), self);
      gtk_box_append (GTK_BOX (box), button);

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, cues[i],
                                      -1);
      g_object_set_data_full (G_OBJECT (row), "name", g_strdup (cues[i]), g_free);
      gtk_list_box_append (self->cue_box, row);
    }
}

static GtkWidget *
link_row_new (KaynakClaimPane *self,
              KaynakLink      *link,
              KaynakClaim     *other,
              gboolean         outgoing)
{
  KaynakLinkType type = kaynak_link_get_link_type (link);
  const char *verb = outgoing ? kaynak_link_type_to_label (type)
                              : kaynak_link_type_to_inverse_label (type);
  g_autofree char *what = describe_claim (self, other);
  /* Translators: a link in the claim pane, e.g. "Confirms: “…” (Ukraine)" */
  g_autofree char *name = g_strdup_printf (_("%s: %s"), verb, what);
  g_autofree char *remove = g_strdup_printf (_("Remove Link “%s”"), name);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *verb_label = gtk_label_new (verb);
  GtkWidget *quote_label = gtk_label_new (what);
  GtkWidget *button = remove_button_new (remove, _("Remove Link"));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  gtk_label_set_xalign (GTK_LABEL (verb_label), 0);
  gtk_widget_add_css_class (verb_label, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (quote_label), 0);
  gtk_label_set_wrap (GTK_LABEL (quote_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (quote_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (quote_label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (quote_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), verb_label);
  gtk_box_append (GTK_BOX (text), quote_label);
  gtk_box_append (GTK_BOX (box), text);

  g_object_set_data_full (G_OBJECT (button), "link-id", g_strdup (kaynak_link_get_id (link)), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_link_remove_clicked), self);
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("Show This Claim"));
  g_object_set_data_full (G_OBJECT (row), "claim-id", g_strdup (kaynak_claim_get_id (other)), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "name", g_steal_pointer (&name), g_free);
  return row;
}

/* Outgoing links first ("Confirms: …"), then incoming ("Confirmed by: …"),
 * each in the order they were made.  Linear in the document's links. */
static void
update_links (KaynakClaimPane *self)
{
  GListModel *links = kaynak_document_get_links (self->document);
  const char *id = kaynak_claim_get_id (self->claim);
  guint n = g_list_model_get_n_items (links);

  clear_box (self->link_box);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);
        gboolean outgoing = pass == 0;
        const char *here = outgoing ? kaynak_link_get_from (link) : kaynak_link_get_to (link);
        const char *there = outgoing ? kaynak_link_get_to (link) : kaynak_link_get_from (link);
        KaynakClaim *other;

        if (!g_str_equal (here, id) || (other = kaynak_document_lookup_claim (self->document, there)) == NULL)
          continue;
        gtk_list_box_append (self->link_box, link_row_new (self, link, other, outgoing));
      }
}

static void
update_note (KaynakClaimPane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* Only when it differs: setting it would move the caret of the user
   * who is typing it */
  if (g_strcmp0 (text, kaynak_claim_get_note (self->claim)) != 0)
    gtk_text_buffer_set_text (buffer, kaynak_claim_get_note (self->claim), -1);
}

/* Writes the claim's state into the widgets */
static void
update (KaynakClaimPane *self)
{
  g_autofree char *quote = NULL;
  g_autofree char *words = NULL;
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  const char *author;

  if (self->claim == NULL || self->document == NULL)
    {
      kaynak_claim_ranges_set_claim (self->ranges, NULL, NULL);
      kaynak_claim_check_set_claim (self->check, NULL, NULL);
      kaynak_claim_fields_set_object (self->fields, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "claim");

  self->updating = TRUE;

  /* A claim in several pieces shows its pieces' words, not the words
   * between them */
  if (kaynak_claim_get_n_pieces (self->claim) > 1)
    words = kaynak_claim_dup_shown_quote (self->claim);
  /* Translators: the claim's quotation at the top of the claim pane */
  quote = g_strdup_printf (_("“%s”"), words != NULL ? words : kaynak_claim_get_quote (self->claim));
  gtk_label_set_text (self->quote_label, quote);
  kaynak_claim_ranges_set_claim (self->ranges, self->document, self->claim);
  kaynak_claim_check_set_claim (self->check, self->document, self->claim);

  adw_combo_row_set_selected (self->source_row,
                              source_position (self, kaynak_claim_get_source_id (self->claim)));
  kaynak_verdict_chooser_show (self->verdicts, self->document, self->claim);
  kaynak_claim_fields_set_object (self->fields, self->document, kaynak_claim_get_id (self->claim));
  update_note (self);
  update_cues (self);
  update_links (self);

  author = kaynak_claim_get_author (self->claim);
  adw_action_row_set_subtitle (self->author_row, author[0] != '\0' ? author : _("Not recorded"));
  created = format_time (kaynak_claim_get_created (self->claim));
  modified = format_time (kaynak_claim_get_modified (self->claim));
  adw_action_row_set_subtitle (self->created_row, created);
  adw_action_row_set_subtitle (self->modified_row, modified);

  self->updating = FALSE;
}

void
kaynak_claim_pane_show_error (KaynakClaimPane *self,
                              const char      *message)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* --- The document ----------------------------------------------------------- */

static void
on_document_changed (KaynakClaimPane *self)
{
  /* The claim may be gone (deleted, or its creation undone) */
  if (self->claim != NULL &&
      kaynak_document_lookup_claim (self->document, kaynak_claim_get_id (self->claim)) != self->claim)
    {
      kaynak_claim_pane_set_claim (self, NULL);
      return;
    }
  update (self);
}

static void
on_sources_changed (KaynakClaimPane *self)
{
  update_sources (self);
  update (self);
}

void
kaynak_claim_pane_set_document (KaynakClaimPane *self,
                                KaynakDocument  *document)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  kaynak_claim_pane_set_claim (self, NULL);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "source-added", G_CALLBACK (on_sources_changed), self,
                               G_CONNECT_SWAPPED);
      /* the scale and the fields the pane offers (issue 19) */
      g_signal_connect_object (document, "codebook-changed", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "source-removed", G_CALLBACK (on_sources_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "source-changed", G_CALLBACK (on_sources_changed), self,
                               G_CONNECT_SWAPPED);
    }
  update_sources (self);
  update (self);
}

void
kaynak_claim_pane_set_claim (KaynakClaimPane *self,
                             KaynakClaim     *claim)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));
  g_return_if_fail (claim == NULL || KAYNAK_IS_CLAIM (claim));

  if (self->claim == claim)
    return;

  if (self->picking)
    {
      kaynak_claim_pane_finish_pick (self, NULL);
      g_signal_emit (self, signals[PICK_CANCELLED], 0);
    }
  g_set_object (&self->claim, claim);
  /* Typing in another claim's note is another step */
  self->note_spell++;
  kaynak_claim_pane_show_error (self, NULL);
  gtk_popover_popdown (GTK_POPOVER (self->link_popover));
  kaynak_link_popover_set_claims (self->link_popover, self->document, claim);
  update (self);
}

KaynakClaim *
kaynak_claim_pane_get_claim (KaynakClaimPane *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), NULL);

  return self->claim;
}

void
kaynak_claim_pane_focus (KaynakClaimPane *self)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  if (self->claim != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->status_row));
}

void
kaynak_claim_pane_show_link_popover (KaynakClaimPane *self)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  if (self->claim == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  gtk_menu_button_popup (self->link_button);
}

/* --- Edits ------------------------------------------------------------------- */

static void
report (KaynakClaimPane *self,
        gboolean         ok,
        GError          *error)
{
  kaynak_claim_pane_show_error (self, ok ? NULL : error->message);
  if (!ok)
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
on_source_selected (KaynakClaimPane *self)
{
  g_autoptr(GError) error = NULL;
  guint position = adw_combo_row_get_selected (self->source_row);
  const char *source_id;

  if (self->updating || self->claim == NULL || position >= self->source_ids->len)
    return;

  source_id = g_ptr_array_index (self->source_ids, position);
  if (g_strcmp0 (source_id, kaynak_claim_get_source_id (self->claim)) == 0)
    return;
  report (self, kaynak_document_set_claim_source (self->document, kaynak_claim_get_id (self->claim),
                                                  source_id, &error), error);
}

static void
on_status_selected (KaynakClaimPane *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating || self->claim == NULL)
    return;
  /* A verdict of the document's scale, or a status when it has none */
  report (self, kaynak_verdict_chooser_apply (self->verdicts, &error), error);
}

static void
on_note_changed (KaynakClaimPane *self,
                 GtkTextBuffer   *buffer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->claim == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, kaynak_claim_get_note (self->claim)) == 0)
    return;
  /* Each letter is in the model at once (drafts, saving, closing see it);
   * the letters of one spell of typing are one undo step */
  report (self, kaynak_document_type_claim_note (self->document, kaynak_claim_get_id (self->claim),
                                                 text, self->note_spell, &error), error);
}

static void
on_note_focus_enter (KaynakClaimPane *self)
{
  self->note_spell++;
}

static void
on_cue_remove_clicked (GtkButton       *button,
                       KaynakClaimPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cue = g_strdup (g_object_get_data (G_OBJECT (button), "cue"));

  if (self->claim == NULL || cue == NULL)
    return;
  report (self, kaynak_document_remove_claim_cue (self->document, kaynak_claim_get_id (self->claim),
                                                  cue, &error), error);
  /* The button went with its row: the focus stays in the cues */
  gtk_widget_grab_focus (self->add_cue_button);
}

static void
on_link_remove_clicked (GtkButton       *button,
                        KaynakClaimPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (button), "link-id"));

  if (self->document == NULL || id == NULL)
    return;
  report (self, kaynak_document_remove_link (self->document, id, &error), error);
  /* The button went with its row: the focus stays in the links */
  gtk_widget_grab_focus (GTK_WIDGET (self->link_button));
}

static gboolean
release_row (gpointer row)
{
  g_object_unref (row);
  return G_SOURCE_REMOVE;
}

static void
on_link_row_activated (KaynakClaimPane *self,
                       GtkListBoxRow   *row)
{
  KaynakClaim *other;

  if (self->document == NULL)
    return;
  other = kaynak_document_lookup_claim (self->document, g_object_get_data (G_OBJECT (row), "claim-id"));
  if (other == NULL)
    return;
  /* Following shows the other claim here, which rebuilds the rows, this
   * one too, while the list box is still activating it: it lives until
   * the list box is done */
  g_idle_add (release_row, g_object_ref (row));
  g_signal_emit (self, signals[CLAIM_FOLLOWED], 0, other);
}

gboolean
kaynak_claim_pane_link_to (KaynakClaimPane *self,
                           KaynakLinkType   type,
                           KaynakClaim     *to)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (to), FALSE);

  if (self->claim == NULL || self->document == NULL)
    return FALSE;
  ok = kaynak_document_add_link (self->document, type, kaynak_claim_get_id (self->claim),
                                 kaynak_claim_get_id (to), &error) != NULL;
  report (self, ok, error);
  return ok;
}

static void
on_link_claim_chosen (KaynakClaimPane *self,
                      guint            type,
                      KaynakClaim     *claim)
{
  kaynak_claim_pane_link_to (self, type, claim);
}

/* --- Picking in the article --------------------------------------------------- */

static void
on_link_pick_requested (KaynakClaimPane *self,
                        guint            type)
{
  if (self->claim == NULL)
    return;

  self->picking = TRUE;
  self->pick_type = type;
  kaynak_claim_pane_show_error (self, NULL);
  gtk_widget_set_visible (self->pick_bar, TRUE);
  g_signal_emit (self, signals[PICK_STARTED], 0);
}

void
kaynak_claim_pane_finish_pick (KaynakClaimPane *self,
                               KaynakClaim     *claim)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  if (!self->picking)
    return;
  self->picking = FALSE;
  gtk_widget_set_visible (self->pick_bar, FALSE);
  if (claim != NULL)
    kaynak_claim_pane_link_to (self, self->pick_type, claim);
}

gboolean
kaynak_claim_pane_get_picking (KaynakClaimPane *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), FALSE);

  return self->picking;
}

static void
on_pick_cancel_clicked (KaynakClaimPane *self)
{
  kaynak_claim_pane_finish_pick (self, NULL);
  g_signal_emit (self, signals[PICK_CANCELLED], 0);
}

/* --- For tests: as a user would ----------------------------------------------- */

void
kaynak_claim_pane_choose_source (KaynakClaimPane *self,
                                 const char      *source_id)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  adw_combo_row_set_selected (self->source_row, source_position (self, source_id));
}

void
kaynak_claim_pane_choose_status (KaynakClaimPane   *self,
                                 KaynakClaimStatus  status)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  adw_combo_row_set_selected (self->status_row, status);
}

void
kaynak_claim_pane_choose_verdict (KaynakClaimPane *self,
                                  const char      *verdict_id)
{
  guint position;

  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  position = kaynak_verdict_chooser_find (self->verdicts, verdict_id);
  if (position != G_MAXUINT)
    adw_combo_row_set_selected (self->status_row, position);
}

KaynakClaimFields *
kaynak_claim_pane_get_fields (KaynakClaimPane *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), NULL);

  return self->fields;
}

void
kaynak_claim_pane_type_note (KaynakClaimPane *self,
                             const char      *note)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (KAYNAK_IS_CLAIM_PANE (self));

  buffer = gtk_text_view_get_buffer (self->note_view);
  self->note_spell++;
  /* Letter by letter, as typed: the history makes them one step */
  gtk_text_buffer_set_text (buffer, "", -1);
  for (const char *p = note; *p != '\0'; p = g_utf8_next_char (p))
    {
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
    }
}

static char **
dup_row_names (GtkListBox *box)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (box, i)) != NULL; i++)
    g_strv_builder_add (names, g_object_get_data (G_OBJECT (row), "name"));
  return g_strv_builder_end (names);
}

char **
kaynak_claim_pane_dup_link_names (KaynakClaimPane *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), NULL);

  return dup_row_names (self->link_box);
}

char **
kaynak_claim_pane_dup_cue_names (KaynakClaimPane *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), NULL);

  return dup_row_names (self->cue_box);
}

KaynakClaimCheck *
kaynak_claim_pane_get_check (KaynakClaimPane *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), NULL);

  return self->check;
}

KaynakClaimRanges *
kaynak_claim_pane_get_ranges (KaynakClaimPane *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), NULL);

  return self->ranges;
}

char *
kaynak_claim_pane_dup_note (KaynakClaimPane *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (KAYNAK_IS_CLAIM_PANE (self), NULL);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* --- GObject ------------------------------------------------------------------ */

static void
done_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *param)
{
  KaynakClaimPane *self = KAYNAK_CLAIM_PANE (widget);

  /* Escape while picking stops picking, wherever the focus is */
  if (self->picking)
    {
      on_pick_cancel_clicked (self);
      return;
    }
  g_signal_emit (widget, signals[DONE], 0);
}

static void
kaynak_claim_pane_dispose (GObject *object)
{
  KaynakClaimPane *self = KAYNAK_CLAIM_PANE (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->claim);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_CLAIM_PANE);
  g_clear_pointer (&self->source_ids, g_ptr_array_unref);
  g_clear_object (&self->verdicts);

  G_OBJECT_CLASS (kaynak_claim_pane_parent_class)->dispose (object);
}

static void
kaynak_claim_pane_class_init (KaynakClaimPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_claim_pane_dispose;

  signals[CLAIM_FOLLOWED] =
    g_signal_new ("claim-followed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  signals[PICK_STARTED] =
    g_signal_new ("pick-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[PICK_CANCELLED] =
    g_signal_new ("pick-cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KAYNAK_TYPE_LINK_POPOVER);
  g_type_ensure (KAYNAK_TYPE_CLAIM_RANGES);
  g_type_ensure (KAYNAK_TYPE_CLAIM_CHECK);
  g_type_ensure (KAYNAK_TYPE_CLAIM_FIELDS);
  g_type_ensure (ADW_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-claim-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, stack);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, pick_bar);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, quote_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, error_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, source_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, status_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, ranges);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, check);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, note_view);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, cue_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, add_cue_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, link_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, link_popover);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, link_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, author_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, created_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, modified_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimPane, fields);
  gtk_widget_class_bind_template_callback (widget_class, on_source_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_note_focus_enter);
  gtk_widget_class_bind_template_callback (widget_class, on_link_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_link_claim_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_link_pick_requested);
  gtk_widget_class_bind_template_callback (widget_class, on_pick_cancel_clicked);

  /* Escape gives the article back the focus (a drop-down's own list
   * takes its Escape first) */
  gtk_widget_class_install_action (widget_class, "pane.done", NULL, done_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "pane.done", NULL);

  gtk_widget_class_set_css_name (widget_class, "claimpane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kaynak_claim_pane_init (KaynakClaimPane *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->source_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Claim details"),
                                  -1);

  kaynak_accessible_name_combo_items (self->source_row);
  /* The statuses, or the document's verdict scale once it has one */
  self->verdicts = kaynak_verdict_chooser_new (self->status_row);
  self->updating = TRUE;
  kaynak_verdict_chooser_show (self->verdicts, NULL, NULL);
  self->updating = FALSE;

  /* Undo is the document's, so Ctrl+Z in the note undoes what was typed
   * there as one step, in the same history as everything else */
  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_note_changed), self, G_CONNECT_SWAPPED);

  update_sources (self);
  update (self);
}

GtkWidget *
kaynak_claim_pane_new (void)
{
  return g_object_new (KAYNAK_TYPE_CLAIM_PANE, NULL);
}
