/* kaynak-claim-ranges.c: a claim's pieces and the ranges of its source
 * and cue words in the details pane, each with a button that removes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kaynak-claim-ranges.h"

struct _KaynakClaimRanges
{
  GtkWidget       parent_instance;

  GtkWidget      *content;
  GtkListBox     *piece_box;
  GtkListBox     *source_box;
  GtkListBox     *cue_box;
  GtkWidget      *add_piece_button;
  GtkWidget      *mark_source_button;
  GtkWidget      *mark_cue_button;

  KaynakDocument *document;
  KaynakClaim    *claim;
};

G_DEFINE_FINAL_TYPE (KaynakClaimRanges, kaynak_claim_ranges, GTK_TYPE_WIDGET)

typedef enum {
  KIND_PIECE,
  KIND_SOURCE,
  KIND_CUE,
} RangeKind;

/* --- Rows ----------------------------------------------------------------- */

static void
clear_box (GtkListBox *box)
{
  GtkListBoxRow *row;

  /* Rows only: the placeholder stays */
  while ((row = gtk_list_box_get_row_at_index (box, 0)) != NULL)
    gtk_list_box_remove (box, GTK_WIDGET (row));
}

static void on_remove_clicked (GtkButton *button, KaynakClaimRanges *self);

/* A row with @words, and a remove button named @remove_name when it is
 * not NULL; the button knows what it removes by @kind and @index */
static GtkWidget *
range_row_new (KaynakClaimRanges *self,
               const char        *words,
               const char        *remove_name,
               const char        *remove_tooltip,
               RangeKind          kind,
               guint              index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *flat = g_strdup (words);
  GtkWidget *label;

  /* One line per range: line breaks inside would make uneven rows */
  g_strdelimit (flat, "\r\n\t", ' ');
  label = gtk_label_new (flat);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_size_request (box, -1, 34);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (remove_name != NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, remove_tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name,
                                      -1);
      g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (kind));
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
      g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, flat,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "name", g_steal_pointer (&flat), g_free);
  return row;
}

static void
update_pieces (KaynakClaimRanges *self)
{
  guint n = kaynak_claim_get_n_pieces (self->claim);

  clear_box (self->piece_box);
  /* One piece is the quote the pane shows above */
  gtk_widget_set_visible (GTK_WIDGET (self->piece_box), n > 1);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *remove = NULL;

      /* The last piece stays: a claim is at least one piece */
      if (n > 1)
        /* Translators: the accessible name of the button that removes
         * piece %u of a claim in several pieces */
        remove = g_strdup_printf (_("Remove Piece %u"), i + 1);
      gtk_list_box_append (self->piece_box,
                           range_row_new (self, kaynak_claim_get_piece_quote (self->claim, i),
                                          remove, _("Remove This Piece from the Claim"),
                                          KIND_PIECE, i));
    }
}

static void
update_range_box (KaynakClaimRanges *self,
                  GtkListBox        *box,
                  const KaynakRange *ranges,
                  guint              n,
                  RangeKind          kind)
{
  clear_box (box);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *words = kaynak_document_dup_slice (self->document, ranges[i].start,
                                                          ranges[i].end);
      g_autofree char *remove = NULL;

      if (kind == KIND_SOURCE)
        /* Translators: the accessible name of the button that removes
         * where a claim's source is named, e.g. “Washington Post” */
        remove = g_strdup_printf (_("Remove Source Words “%s”"), words);
      else
        /* Translators: the accessible name of the button that removes
         * where a claim's cue stands, e.g. “backs” */
        remove = g_strdup_printf (_("Remove Cue Words “%s”"), words);
      gtk_list_box_append (box, range_row_new (self, words, remove,
                                               kind == KIND_SOURCE
                                               ? _("Forget Where the Source Is Named")
                                               : _("Forget Where the Cue Stands"),
                                               kind, i));
    }
}

void
kaynak_claim_ranges_update (KaynakClaimRanges *self)
{
  const KaynakRange *ranges;
  guint n;

  g_return_if_fail (KAYNAK_IS_CLAIM_RANGES (self));

  if (self->claim == NULL || self->document == NULL)
    {
      clear_box (self->piece_box);
      clear_box (self->source_box);
      clear_box (self->cue_box);
      return;
    }

  update_pieces (self);
  ranges = kaynak_claim_get_source_ranges (self->claim, &n);
  update_range_box (self, self->source_box, ranges, n, KIND_SOURCE);
  ranges = kaynak_claim_get_cue_ranges (self->claim, &n);
  update_range_box (self, self->cue_box, ranges, n, KIND_CUE);
}

void
kaynak_claim_ranges_set_claim (KaynakClaimRanges *self,
                               KaynakDocument    *document,
                               KaynakClaim       *claim)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_RANGES (self));

  g_set_object (&self->document, document);
  g_set_object (&self->claim, claim);
  kaynak_claim_ranges_update (self);
}

/* --- Removing ------------------------------------------------------------- */

/* @ranges without the one at @index, one undo step */
static gboolean
remove_range (KaynakClaimRanges  *self,
              RangeKind           kind,
              guint               index,
              GError            **error)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  const char *id = kaynak_claim_get_id (self->claim);
  const KaynakRange *ranges;
  guint n;

  ranges = kind == KIND_SOURCE ? kaynak_claim_get_source_ranges (self->claim, &n)
                               : kaynak_claim_get_cue_ranges (self->claim, &n);
  if (index >= n)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (i != index)
      g_array_append_val (kept, ranges[i]);

  if (kind == KIND_SOURCE)
    return kaynak_document_set_claim_source_ranges (self->document, id,
                                                    (const KaynakRange *) kept->data,
                                                    kept->len, error);
  return kaynak_document_set_claim_cue_ranges (self->document, id,
                                               (const KaynakRange *) kept->data,
                                               kept->len, error);
}

static gboolean
remove_one (KaynakClaimRanges *self,
            RangeKind          kind,
            guint              index)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->claim == NULL || self->document == NULL)
    return FALSE;

  if (kind == KIND_PIECE)
    ok = kaynak_document_remove_claim_piece (self->document, kaynak_claim_get_id (self->claim),
                                             index, &error);
  else
    ok = remove_range (self, kind, index, &error);

  if (!ok)
    {
      g_debug ("Not removed: %s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
    }
  return ok;
}

static void
on_remove_clicked (GtkButton         *button,
                   KaynakClaimRanges *self)
{
  RangeKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  remove_one (self, kind, index);
  /* The button went with its row: the focus stays in its group */
  switch (kind)
    {
    case KIND_PIECE:
      gtk_widget_grab_focus (self->add_piece_button);
      break;
    case KIND_SOURCE:
      gtk_widget_grab_focus (self->mark_source_button);
      break;
    case KIND_CUE:
    default:
      gtk_widget_grab_focus (self->mark_cue_button);
      break;
    }
}

gboolean
kaynak_claim_ranges_remove_piece (KaynakClaimRanges *self,
                                  guint              index)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_RANGES (self), FALSE);

  if (self->claim == NULL || kaynak_claim_get_n_pieces (self->claim) < 2)
    return FALSE;
  return remove_one (self, KIND_PIECE, index);
}

/* --- For tests ------------------------------------------------------------- */

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
kaynak_claim_ranges_dup_piece_names (KaynakClaimRanges *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_RANGES (self), NULL);

  return dup_row_names (self->piece_box);
}

char **
kaynak_claim_ranges_dup_source_names (KaynakClaimRanges *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_RANGES (self), NULL);

  return dup_row_names (self->source_box);
}

char **
kaynak_claim_ranges_dup_cue_names (KaynakClaimRanges *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_RANGES (self), NULL);

  return dup_row_names (self->cue_box);
}

/* --- GObject ----------------------------------------------------------------- */

static void
kaynak_claim_ranges_dispose (GObject *object)
{
  KaynakClaimRanges *self = KAYNAK_CLAIM_RANGES (object);

  g_clear_object (&self->document);
  g_clear_object (&self->claim);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_CLAIM_RANGES);

  G_OBJECT_CLASS (kaynak_claim_ranges_parent_class)->dispose (object);
}

static void
kaynak_claim_ranges_class_init (KaynakClaimRangesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_claim_ranges_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-claim-ranges.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRanges, content);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRanges, piece_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRanges, source_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRanges, cue_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRanges, add_piece_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRanges, mark_source_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRanges, mark_cue_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kaynak_claim_ranges_init (KaynakClaimRanges *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
