/* kaynak-claim-list.c: the claim list beside the article.
 *
 * A GtkListView over the document's claims model through a
 * GtkFilterListModel.  Without a filter the filter model passes every item
 * through untouched, so a document with 100,000 claims costs nothing until
 * a filter is chosen; only the visible rows are built.  The filters (a
 * source, a status, and text found in the quote or the note as Ctrl+F
 * finds it in the article, kaynak-search.h) combine: a claim is shown when
 * it passes all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kaynak-claim-list.h"
#include "kaynak-claim-row.h"
#include "kaynak-document-codebook.h"
#include "kaynak-search.h"

struct _KaynakClaimList
{
  GtkWidget           parent_instance;

  GtkLabel           *count_label;
  GtkMenuButton      *filter_button;
  GtkPopover         *filter_popover;
  GtkListBox         *filter_box;
  GtkLabel           *filter_label;
  GtkSearchEntry     *text_filter;
  GtkMenuButton      *status_button;
  GtkLabel           *status_label;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;

  KaynakDocument     *document;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  GtkCustomFilter    *source_filter;
  char               *source_filter_id;
  /* -1: every status */
  int                 status_filter_value;
  /* NULL: no text to find */
  KaynakSearcher     *text_searcher;

  /* TRUE while the selection is changed from outside, so it is not echoed
   * back as a user selection */
  gboolean            updating;
  /* after a click on a row: says which claim was chosen, once the row has
   * taken the selection */
  guint               chosen_idle;
};

G_DEFINE_FINAL_TYPE (KaynakClaimList, kaynak_claim_list, GTK_TYPE_WIDGET)

enum {
  CLAIM_SELECTED,
  CLAIM_ACTIVATED,
  CLAIM_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
kaynak_claim_list_update_state (KaynakClaimList *self)
{
  guint n_shown = 0, n_all = 0;
  g_autofree char *count = NULL;

  if (self->document != NULL)
    {
      n_all = kaynak_document_get_n_claims (self->document);
      n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
    }

  if (!kaynak_claim_list_is_filtered (self))
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Claim", "%u Claims", n_all), n_all);
  else
    /* Translators: "3 of 12 Claims" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u Claim", "%u of %u Claims", n_all),
                             n_shown, n_all);
  gtk_label_set_text (self->count_label, count);

  if (n_shown > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (n_all == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Claims Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Select a claim in the article and press 1–9 to tag its source"));
    }
  else if (self->status_filter_value < 0 && self->text_searcher == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Claims from This Source"));
      adw_status_page_set_description (self->empty_page, NULL);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Claims"));
      adw_status_page_set_description (self->empty_page,
                                       _("Clear the filters to see every claim"));
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
kaynak_claim_list_update_filter_label (KaynakClaimList *self)
{
  KaynakSource *source = NULL;

  if (self->source_filter_id != NULL && self->document != NULL)
    source = kaynak_document_lookup_source (self->document, self->source_filter_id);

  gtk_label_set_text (self->filter_label,
                      source != NULL ? kaynak_source_get_label (source) : _("All Sources"));
}

enum {
  PROP_0,
  PROP_STATUS_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The document's verdict scale (issue 19), NULL when it keeps the five
 * statuses: then the status filter offers the scale's verdicts, then
 * "No verdict" (the value after the last verdict) */
static GPtrArray *
scale (KaynakClaimList *self)
{
  GPtrArray *verdicts = self->document != NULL ? kaynak_document_get_verdicts (self->document) : NULL;

  return verdicts != NULL && verdicts->len > 0 ? verdicts : NULL;
}

/* How many values the status filter has besides -1 (every claim) */
static int
n_status_values (KaynakClaimList *self)
{
  GPtrArray *verdicts = scale (self);

  return verdicts != NULL ? (int) verdicts->len + 1 : KAYNAK_N_CLAIM_STATUSES;
}

/* The filter's value of @claim: its status, or on a scale its verdict's
 * place (the number of verdicts for none; -2, never chosen, for a verdict
 * no longer on the scale) */
static int
status_value_of (KaynakClaimList *self,
                 KaynakClaim     *claim)
{
  GPtrArray *verdicts = scale (self);
  const char *verdict;

  if (verdicts == NULL)
    return (int) kaynak_claim_get_status (claim);
  verdict = kaynak_claim_get_verdict (claim);
  if (verdict == NULL)
    return (int) verdicts->len;
  for (guint i = 0; i < verdicts->len; i++)
    if (g_strcmp0 (((KaynakCodebookValue *) g_ptr_array_index (verdicts, i))->id, verdict) == 0)
      return (int) i;
  return -2;
}

static const char *
status_value_label (KaynakClaimList *self,
                    int              value)
{
  GPtrArray *verdicts = scale (self);

  if (verdicts == NULL)
    return value < 0 ? _("All Statuses") : kaynak_claim_status_to_label ((KaynakClaimStatus) value);
  if (value < 0)
    return _("All Verdicts");
  if (value < (int) verdicts->len)
    return ((KaynakCodebookValue *) g_ptr_array_index (verdicts, value))->label;
  return _("No verdict");
}

static void
update_status_label (KaynakClaimList *self)
{
  gtk_label_set_text (self->status_label, status_value_label (self, self->status_filter_value));
}

/* The menu of radio items over "list.status-filter": the statuses' words
 * have their home in the core, a scale's in the document */
static void
rebuild_status_menu (KaynakClaimList *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  int n = n_status_values (self);

  g_menu_append (menu, status_value_label (self, -1), "list.status-filter(-1)");
  for (int i = 0; i < n; i++)
    {
      g_autofree char *action = g_strdup_printf ("list.status-filter(%d)", i);

      g_menu_append (menu, status_value_label (self, i), action);
    }
  gtk_menu_button_set_menu_model (self->status_button, G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_button),
                               scale (self) != NULL ? _("Show claims of one verdict")
                                                    : _("Show claims of one status"));
  update_status_label (self);
}

gboolean
kaynak_claim_list_is_filtered (KaynakClaimList *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_LIST (self), FALSE);

  return self->source_filter_id != NULL || self->status_filter_value >= 0 ||
         self->text_searcher != NULL;
}

/* A claim in several pieces is found by its pieces' words, not by the
 * words between them, which are not the claim's */
static gboolean
quote_matches (KaynakSearcher *searcher,
               KaynakClaim    *claim)
{
  guint n = kaynak_claim_get_n_pieces (claim);

  if (n <= 1)
    return kaynak_searcher_contains (searcher, kaynak_claim_get_quote (claim));
  for (guint i = 0; i < n; i++)
    if (kaynak_searcher_contains (searcher, kaynak_claim_get_piece_quote (claim, i)))
      return TRUE;
  return FALSE;
}

static gboolean
claim_passes (KaynakClaimList *self,
              KaynakClaim     *claim)
{
  if (self->source_filter_id != NULL &&
      g_strcmp0 (kaynak_claim_get_source_id (claim), self->source_filter_id) != 0)
    return FALSE;
  if (self->status_filter_value >= 0 &&
      status_value_of (self, claim) != self->status_filter_value)
    return FALSE;
  if (self->text_searcher != NULL &&
      !quote_matches (self->text_searcher, claim) &&
      !kaynak_searcher_contains (self->text_searcher, kaynak_claim_get_note (claim)))
    return FALSE;
  return TRUE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return claim_passes (user_data, item);
}

/* No filter at all costs nothing: the model passes the claims through */
static void
apply_filters (KaynakClaimList *self)
{
  if (self->filter_model != NULL)
    {
      if (!kaynak_claim_list_is_filtered (self))
        gtk_filter_list_model_set_filter (self->filter_model, NULL);
      else
        {
          gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->source_filter));
          gtk_filter_changed (GTK_FILTER (self->source_filter), GTK_FILTER_CHANGE_DIFFERENT);
        }
    }
  kaynak_claim_list_update_state (self);
}

void
kaynak_claim_list_set_status_filter (KaynakClaimList *self,
                                     int              status)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_LIST (self));
  g_return_if_fail (status >= -1 && status < n_status_values (self));

  if (status == self->status_filter_value)
    return;
  self->status_filter_value = status;
  update_status_label (self);
  apply_filters (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
}

int
kaynak_claim_list_get_status_filter (KaynakClaimList *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_LIST (self), -1);

  return self->status_filter_value;
}

static void
set_text_searcher (KaynakClaimList *self,
                   const char      *text)
{
  const char *language = self->document != NULL ? kaynak_document_get_language (self->document) : NULL;

  g_clear_pointer (&self->text_searcher, kaynak_searcher_free);
  if (text != NULL && text[0] != '\0')
    {
      self->text_searcher = kaynak_searcher_new (text, language, KAYNAK_SEARCH_DEFAULT);
      /* Only accents, say: nothing to find, so no filter either */
      if (kaynak_searcher_is_empty (self->text_searcher))
        g_clear_pointer (&self->text_searcher, kaynak_searcher_free);
    }
}

void
kaynak_claim_list_set_text_filter (KaynakClaimList *self,
                                   const char      *text)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_LIST (self));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->text_filter)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->text_filter), text != NULL ? text : "");
  set_text_searcher (self, text);
  apply_filters (self);
}

static void
on_text_filter_changed (KaynakClaimList *self)
{
  set_text_searcher (self, gtk_editable_get_text (GTK_EDITABLE (self->text_filter)));
  apply_filters (self);
}

/* Escape in the entry clears it, and so the text filter */
static void
on_text_filter_stop (KaynakClaimList *self)
{
  kaynak_claim_list_set_text_filter (self, NULL);
}


void
kaynak_claim_list_clear_filters (KaynakClaimList *self)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_LIST (self));

  g_clear_pointer (&self->source_filter_id, g_free);
  self->status_filter_value = -1;
  update_status_label (self);
  gtk_editable_set_text (GTK_EDITABLE (self->text_filter), "");
  g_clear_pointer (&self->text_searcher, kaynak_searcher_free);
  kaynak_claim_list_update_filter_label (self);
  apply_filters (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
}

void
kaynak_claim_list_set_source_filter (KaynakClaimList *self,
                                     const char      *source_id)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_LIST (self));

  if (g_strcmp0 (source_id, self->source_filter_id) == 0)
    return;

  g_free (self->source_filter_id);
  self->source_filter_id = g_strdup (source_id);

  kaynak_claim_list_update_filter_label (self);
  apply_filters (self);
}

const char *
kaynak_claim_list_get_source_filter (KaynakClaimList *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_LIST (self), NULL);

  return self->source_filter_id;
}

/* --- The filter popover --------------------------------------------------- */

static GtkWidget *
make_filter_row (const char *source_id,
                 const char *label,
                 const char *color,
                 guint       count,
                 gboolean    current)
{
  GtkWidget *row, *box, *name, *number, *check;
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  g_autofree char *accessible = g_strdup_printf ("%s (%u)", label, count);

  row = gtk_list_box_row_new ();
  g_object_set_data_full (G_OBJECT (row), "source-id", g_strdup (source_id), g_free);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  if (color != NULL)
    gtk_box_append (GTK_BOX (box), kaynak_color_dot_new (color));

  name = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 24);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);

  number = gtk_label_new (count_text);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (box), number);

  check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_set_opacity (check, current ? 1.0 : 0.0);
  gtk_box_append (GTK_BOX (box), check);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_SELECTED, current,
                               -1);
  return row;
}

/* Counts change with every tag, so the rows are built when the popover
 * opens rather than kept up to date all the time. */
static void
on_filter_popover_show (KaynakClaimList *self)
{
  GtkWidget *child;
  GListModel *sources;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box))) != NULL)
    gtk_list_box_remove (self->filter_box, child);

  if (self->document == NULL)
    return;

  gtk_list_box_append (self->filter_box,
                       make_filter_row (NULL, _("All Sources"), NULL,
                                        kaynak_document_get_n_claims (self->document),
                                        self->source_filter_id == NULL));

  sources = kaynak_document_get_sources (self->document);
  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      const char *id = kaynak_source_get_id (source);

      gtk_list_box_append (self->filter_box,
                           make_filter_row (id,
                                            kaynak_source_get_label (source),
                                            kaynak_source_get_color (source),
                                            kaynak_document_count_claims_for_source (self->document, id),
                                            g_strcmp0 (id, self->source_filter_id) == 0));
    }
}

static void
on_filter_row_activated (KaynakClaimList *self,
                         GtkListBoxRow   *row)
{
  kaynak_claim_list_set_source_filter (self, g_object_get_data (G_OBJECT (row), "source-id"));
  gtk_popover_popdown (self->filter_popover);
}

/* --- Document ------------------------------------------------------------ */

static void
on_document_changed (KaynakClaimList *self)
{
  kaynak_claim_list_update_state (self);
}

static void
on_claim_changed (KaynakClaimList *self,
                  KaynakClaim     *claim)
{
  /* A retagged claim, a new status or note may enter or leave the
   * filtered list */
  if (kaynak_claim_list_is_filtered (self))
    gtk_filter_changed (GTK_FILTER (self->source_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_source_changed (KaynakClaimList *self)
{
  kaynak_claim_list_update_filter_label (self);
}

static void
on_source_removed (KaynakClaimList *self,
                   KaynakSource    *source)
{
  if (g_strcmp0 (kaynak_source_get_id (source), self->source_filter_id) == 0)
    kaynak_claim_list_set_source_filter (self, NULL);
}

/* The verdicts of the filter's menu are the scale's: a new scale starts
 * the filter cleared */
static void
on_codebook_changed (KaynakClaimList *self)
{
  self->status_filter_value = -1;
  rebuild_status_menu (self);
  apply_filters (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
}

void
kaynak_claim_list_set_document (KaynakClaimList *self,
                                KaynakDocument  *document)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_LIST (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  /* Another article: every filter starts cleared */
  g_clear_pointer (&self->source_filter_id, g_free);
  self->status_filter_value = -1;
  g_clear_pointer (&self->text_searcher, kaynak_searcher_free);
  gtk_editable_set_text (GTK_EDITABLE (self->text_filter), "");

  if (document != NULL)
    {
      self->document = g_object_ref (document);
      g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "claim-changed", G_CALLBACK (on_claim_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "source-changed", G_CALLBACK (on_source_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "source-removed", G_CALLBACK (on_source_removed), self,
                               G_CONNECT_SWAPPED);
      /* another scale, other values to filter by */
      g_signal_connect_object (document, "codebook-changed", G_CALLBACK (on_codebook_changed),
                               self, G_CONNECT_SWAPPED);
      /* the language decides how the text filter folds letters */
      g_signal_connect_object (document, "notify::language", G_CALLBACK (on_text_filter_changed),
                               self, G_CONNECT_SWAPPED);
      gtk_filter_list_model_set_model (self->filter_model, kaynak_document_get_claims (document));
    }
  else
    gtk_filter_list_model_set_model (self->filter_model, NULL);
  rebuild_status_menu (self);

  gtk_filter_list_model_set_filter (self->filter_model, NULL);
  kaynak_claim_list_update_filter_label (self);
  kaynak_claim_list_update_state (self);
}

GListModel *
kaynak_claim_list_get_model (KaynakClaimList *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_LIST (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

static guint
find_position (KaynakClaimList *self,
               KaynakClaim     *claim)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint n;

  if (!kaynak_claim_list_is_filtered (self))
    return kaynak_document_get_claim_position (self->document, claim);

  if (!claim_passes (self, claim))
    return GTK_INVALID_LIST_POSITION;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakClaim) item = g_list_model_get_item (model, i);

      if (item == claim)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
kaynak_claim_list_select_claim (KaynakClaimList *self,
                                KaynakClaim     *claim)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (KAYNAK_IS_CLAIM_LIST (self));

  if (claim != NULL && self->document != NULL)
    position = find_position (self, claim);
  if (position == G_MAXUINT)
    position = GTK_INVALID_LIST_POSITION;

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

KaynakClaim *
kaynak_claim_list_get_selected_claim (KaynakClaimList *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

static void
on_selection_changed (KaynakClaimList *self)
{
  KaynakClaim *claim;

  if (self->updating)
    return;

  claim = gtk_single_selection_get_selected_item (self->selection);
  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_SELECTED], 0, claim);
}

static void
on_list_activate (KaynakClaimList *self,
                  guint            position)
{
  g_autoptr(KaynakClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, claim);
}

/* A click on a row chooses its claim (the keyboard only moves the
 * selection, and Enter opens the claim): the window then shows the
 * article at the claim, which in a narrow window means hiding the list.
 * The row selects on release, after this capture-phase handler, hence
 * the idle. */
static gboolean
emit_chosen (gpointer data)
{
  KaynakClaimList *self = data;
  KaynakClaim *claim = gtk_single_selection_get_selected_item (self->selection);

  self->chosen_idle = 0;
  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_CHOSEN], 0, claim);
  return G_SOURCE_REMOVE;
}

static void
on_list_released (KaynakClaimList *self,
                  int              n_press)
{
  if (n_press == 1 && self->chosen_idle == 0)
    self->chosen_idle = g_idle_add (emit_chosen, self);
}

static void
on_items_changed (KaynakClaimList *self)
{
  kaynak_claim_list_update_state (self);
}

/* --- Row factory ---------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, kaynak_claim_row_new ());
}

/* GTK 4.8's GtkSignalListItemFactory unbinds and binds a row again each
 * time the row's position or selection changes, not only when it is given
 * another claim: a claim tagged near the top of the list shifts the ~200
 * bound rows after it, and each was emptied and filled again (its quote,
 * chip, status, CSS classes and accessible name) for the same claim.
 * So the factory's "unbind" is not handled: a row keeps its claim until it
 * is bound to another one (kaynak_claim_row_bind() does nothing for the
 * claim it already shows) or until it is destroyed (the row's dispose lets
 * the claim go); GTK 4.8 destroys a row it no longer shows, so a kept
 * claim never outlives its row. */
static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          KaynakClaimList          *self)
{
  KaynakClaim *claim = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);

  kaynak_claim_row_bind (KAYNAK_CLAIM_ROW (row), self->document, claim);
}

/* --- Keyboard focus ----------------------------------------------------- */

/* The list is one Tab stop, as a list is in GNOME: Tab leaves it from any
 * row, Shift+Tab goes back to the source filter, and the arrow keys move
 * between rows.  GTK 4.8's list view would stop at every row. */
static gboolean
kaynak_claim_list_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  KaynakClaimList *self = KAYNAK_CLAIM_LIST (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean in_list = focus != NULL &&
                     (focus == GTK_WIDGET (self->list_view) ||
                      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)));

  if (in_list && direction == GTK_DIR_TAB_FORWARD)
    return FALSE;    /* on to whatever follows the list */
  if (in_list && direction == GTK_DIR_TAB_BACKWARD)
    return gtk_widget_child_focus (GTK_WIDGET (self->filter_button), direction) ||
           gtk_widget_grab_focus (GTK_WIDGET (self->filter_button));

  return GTK_WIDGET_CLASS (kaynak_claim_list_parent_class)->focus (widget, direction);
}

/* --- GObject ------------------------------------------------------------- */

static void
kaynak_claim_list_dispose (GObject *object)
{
  KaynakClaimList *self = KAYNAK_CLAIM_LIST (object);
  GtkWidget *child;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_CLAIM_LIST);
  /* children the template did not name are not removed by it */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_handle_id (&self->chosen_idle, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->source_filter);
  g_clear_pointer (&self->source_filter_id, g_free);
  g_clear_pointer (&self->text_searcher, kaynak_searcher_free);

  G_OBJECT_CLASS (kaynak_claim_list_parent_class)->dispose (object);
}

static void
kaynak_claim_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KaynakClaimList *self = KAYNAK_CLAIM_LIST (object);

  switch (prop_id)
    {
    case PROP_STATUS_FILTER:
      g_value_set_int (value, self->status_filter_value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_claim_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KaynakClaimList *self = KAYNAK_CLAIM_LIST (object);

  switch (prop_id)
    {
    case PROP_STATUS_FILTER:
      kaynak_claim_list_set_status_filter (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_claim_list_class_init (KaynakClaimListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_claim_list_dispose;
  widget_class->focus = kaynak_claim_list_focus;

  signals[CLAIM_SELECTED] =
    g_signal_new ("claim-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  signals[CLAIM_CHOSEN] =
    g_signal_new ("claim-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);

  g_type_ensure (ADW_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-claim-list.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, count_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, filter_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, filter_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, text_filter);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, status_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_text_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_text_filter_stop);

  object_class->get_property = kaynak_claim_list_get_property;
  object_class->set_property = kaynak_claim_list_set_property;
  /* -1: every status; the menu's radio items are this property's action */
  properties[PROP_STATUS_FILTER] =
    /* a scale's verdicts and "No verdict" (issue 19) may be more than the
     * five statuses; kaynak_claim_list_set_status_filter() checks the bound */
    g_param_spec_int ("status-filter", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "list.status-filter", "status-filter");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, stack);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, list_view);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimList, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_released);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_row_activated);
  gtk_widget_class_set_css_name (widget_class, "claimlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kaynak_claim_list_init (KaynakClaimList *self)
{
  self->status_filter_value = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild_status_menu (self);

  self->source_filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (on_items_changed), self);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  kaynak_claim_list_update_filter_label (self);
  kaynak_claim_list_update_state (self);
}

GtkWidget *
kaynak_claim_list_new (void)
{
  return g_object_new (KAYNAK_TYPE_CLAIM_LIST, NULL);
}
