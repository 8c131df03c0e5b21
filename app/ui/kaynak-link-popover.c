/* kaynak-link-popover.c: choosing the type and the other end of a link.
 *
 * The list is a GtkListView over the document's claims through a filter
 * model, so it costs only the rows in sight however many claims there are;
 * the rows are the claim list's own (KaynakClaimRow), read the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-claim-row.h"
#include "kaynak-link-popover.h"
#include "kaynak-text-fold.h"

struct _KaynakLinkPopover
{
  GtkPopover          parent_instance;

  GtkDropDown        *type_dropdown;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;

  KaynakDocument     *document;
  KaynakClaim        *from;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  char               *needle;     /* folded search text, or NULL */
};

G_DEFINE_FINAL_TYPE (KaynakLinkPopover, kaynak_link_popover, GTK_TYPE_POPOVER)

enum {
  CLAIM_CHOSEN,
  PICK_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  KaynakLinkPopover *self = user_data;
  KaynakClaim *claim = item;
  KaynakSource *source;

  if (claim == self->from)
    return FALSE;
  if (self->needle == NULL)
    return TRUE;

  /* The quote or the source's name, Turkish i's and case set aside */
  if (kaynak_text_fold_contains (kaynak_claim_get_quote (claim), self->needle))
    return TRUE;
  source = kaynak_document_lookup_source (self->document, kaynak_claim_get_source_id (claim));
  return source != NULL && kaynak_text_fold_contains (kaynak_source_get_label (source), self->needle);
}

static void
refilter (KaynakLinkPopover *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
kaynak_link_popover_set_search (KaynakLinkPopover *self,
                                const char        *text)
{
  g_return_if_fail (KAYNAK_IS_LINK_POPOVER (self));

  g_clear_pointer (&self->needle, g_free);
  if (text != NULL && text[0] != '\0')
    {
      self->needle = kaynak_text_fold (text);
      if (self->needle[0] == '\0')
        g_clear_pointer (&self->needle, g_free);
    }
  refilter (self);
}

static void
on_search_changed (KaynakLinkPopover *self)
{
  kaynak_link_popover_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

KaynakLinkType
kaynak_link_popover_get_link_type (KaynakLinkPopover *self)
{
  g_return_val_if_fail (KAYNAK_IS_LINK_POPOVER (self), KAYNAK_LINK_TYPE_CONFIRMS);

  return MIN (gtk_drop_down_get_selected (self->type_dropdown), KAYNAK_N_LINK_TYPES - 1);
}

static void
on_activate (KaynakLinkPopover *self,
             guint              position)
{
  g_autoptr(KaynakClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (claim == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[CLAIM_CHOSEN], 0,
                 (guint) kaynak_link_popover_get_link_type (self), claim);
}

static void
fill (KaynakLinkPopover *self)
{
  gtk_filter_list_model_set_model (self->filter_model,
                                   self->document != NULL ? kaynak_document_get_claims (self->document) : NULL);
  refilter (self);
}

/* Enter in the search field takes the first claim found */
static void
on_search_activate (KaynakLinkPopover *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    on_activate (self, 0);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

/* The search field takes Escape for itself: it closes the popover, as it
 * does everywhere else in it */
static void
on_stop_search (KaynakLinkPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_pick_clicked (KaynakLinkPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICK_REQUESTED], 0,
                 (guint) kaynak_link_popover_get_link_type (self));
}

static void
on_show (KaynakLinkPopover *self)
{
  /* A fresh search each time, the list whole at once */
  g_clear_pointer (&self->needle, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  fill (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
kaynak_link_popover_set_claims (KaynakLinkPopover *self,
                                KaynakDocument    *document,
                                KaynakClaim       *from)
{
  g_return_if_fail (KAYNAK_IS_LINK_POPOVER (self));

  g_set_object (&self->document, document);
  g_set_object (&self->from, from);
  /* Filtering a long document's claims costs a pass over all of them:
   * done when the list is shown, not each time the selection moves */
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    fill (self);
}

GListModel *
kaynak_link_popover_get_model (KaynakLinkPopover *self)
{
  g_return_val_if_fail (KAYNAK_IS_LINK_POPOVER (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/* --- Rows ---------------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  gtk_list_item_set_child (item, kaynak_claim_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          KaynakLinkPopover        *self)
{
  kaynak_claim_row_bind (KAYNAK_CLAIM_ROW (gtk_list_item_get_child (item)),
                         self->document, gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  kaynak_claim_row_bind (KAYNAK_CLAIM_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

/* --- GObject ------------------------------------------------------------- */

static void
kaynak_link_popover_dispose (GObject *object)
{
  KaynakLinkPopover *self = KAYNAK_LINK_POPOVER (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_LINK_POPOVER);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->document);
  g_clear_object (&self->from);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (kaynak_link_popover_parent_class)->dispose (object);
}

static void
kaynak_link_popover_class_init (KaynakLinkPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_link_popover_dispose;

  signals[CLAIM_CHOSEN] =
    g_signal_new ("claim-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, KAYNAK_TYPE_CLAIM);
  signals[PICK_REQUESTED] =
    g_signal_new ("pick-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-link-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakLinkPopover, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KaynakLinkPopover, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KaynakLinkPopover, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_pick_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_show);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row);
}

static void
kaynak_link_popover_init (KaynakLinkPopover *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = kaynak_accessible_string_factory_new ();
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The enum's order is the list's order */
  for (guint i = 0; i < KAYNAK_N_LINK_TYPES; i++)
    gtk_string_list_append (types, kaynak_link_type_to_label (i));
  gtk_drop_down_set_factory (self->type_dropdown, factory);
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));
  kaynak_accessible_name_drop_down_button (GTK_WIDGET (self->type_dropdown), _("Link type"));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}
