/* kaynak-claim-row.c: one row of the claim list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-claim-row.h"
#include "kaynak-document-codebook.h"
#include "kaynak-accessible.h"
#include "kaynak-chip-label.h"
#include "kaynak-source.h"

struct _KaynakClaimRow
{
  GtkWidget       parent_instance;

  GtkInscription *quote_label;
  GtkWidget      *chip;
  GtkWidget      *dot;
  KaynakChipLabel *source_label;
  GtkInscription *status_label;
  GtkWidget      *reattach_button;

  KaynakDocument *document;
  KaynakClaim    *claim;
  gulong          claim_notify_id;
  gulong          source_changed_id;
  gulong          source_removed_id;
  /* a verdict (issue 19) changes no property of the claim, and the scale
   * it is read on is the document's */
  gulong          claim_changed_id;
  gulong          codebook_changed_id;
};

G_DEFINE_FINAL_TYPE (KaynakClaimRow, kaynak_claim_row, GTK_TYPE_WIDGET)

/* --- Colour dot ---------------------------------------------------------- */

static GQuark dot_color_quark;

static void
dot_draw (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  const GdkRGBA *rgba = g_object_get_qdata (G_OBJECT (area), dot_color_quark);
  double radius = MIN (width, height) / 2.0;

  if (rgba == NULL)
    return;

  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, rgba);
  cairo_fill (cr);
}

void
kaynak_color_dot_set_color (GtkWidget  *dot,
                            const char *color)
{
  GdkRGBA rgba;

  g_return_if_fail (GTK_IS_DRAWING_AREA (dot));

  if (color != NULL && gdk_rgba_parse (&rgba, color))
    g_object_set_qdata_full (G_OBJECT (dot), dot_color_quark,
                             gdk_rgba_copy (&rgba), (GDestroyNotify) gdk_rgba_free);
  else
    g_object_set_qdata (G_OBJECT (dot), dot_color_quark, NULL);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), dot_draw, NULL, NULL);
  gtk_widget_queue_draw (dot);
}

GtkWidget *
kaynak_color_dot_new (const char *color)
{
  /* decorative: the source's name is always written beside it */
  GtkWidget *dot = g_object_new (GTK_TYPE_DRAWING_AREA,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                 NULL);

  if (dot_color_quark == 0)
    dot_color_quark = g_quark_from_static_string ("kaynak-dot-color");

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 12);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  kaynak_color_dot_set_color (dot, color);

  return dot;
}

/* --- Row ----------------------------------------------------------------- */

char *
kaynak_claim_dup_shown_quote (KaynakClaim *claim)
{
  guint n;
  GString *text;

  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), NULL);

  n = kaynak_claim_get_n_pieces (claim);
  if (n <= 1)
    text = g_string_new (kaynak_claim_get_quote (claim));
  else
    {
      text = g_string_new (NULL);
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (text, " … ");
          g_string_append (text, kaynak_claim_get_piece_quote (claim, i));
        }
    }
  /* Line breaks inside a quote would make rows of uneven height */
  g_strdelimit (text->str, "\r\n\t", ' ');
  return g_string_free (text, FALSE);
}

/* What a screen reader says for the row: the quote, the source and the
 * status, the three things the row shows (the colour is never the only
 * carrier); it names the list item that holds the row too. */
static void
update_accessible_label (KaynakClaimRow *self)
{
  g_autofree char *label = NULL;

  if (self->claim != NULL)
    /* Translators: a claim row for screen readers: “quote”, source, status */
    label = g_strdup_printf (_("“%s”, %s, %s"),
                             gtk_inscription_get_text (self->quote_label),
                             kaynak_chip_label_get_text (self->source_label),
                             gtk_inscription_get_text (self->status_label));

  kaynak_accessible_name_list_item (GTK_WIDGET (self), label);
}

static void
kaynak_claim_row_update (KaynakClaimRow *self)
{
  KaynakSource *source = NULL;
  const char *source_id;
  g_autofree char *quote = NULL;

  if (self->claim == NULL)
    {
      gtk_inscription_set_text (self->quote_label, "");
      kaynak_chip_label_set_text (self->source_label, "");
      gtk_inscription_set_text (self->status_label, "");
      gtk_widget_set_visible (self->reattach_button, FALSE);
      update_accessible_label (self);
      return;
    }

  quote = kaynak_claim_dup_shown_quote (self->claim);
  gtk_inscription_set_text (self->quote_label, quote);

  source_id = kaynak_claim_get_source_id (self->claim);
  if (source_id != NULL && self->document != NULL)
    source = kaynak_document_lookup_source (self->document, source_id);

  if (source != NULL)
    {
      kaynak_chip_label_set_text (self->source_label, kaynak_source_get_label (source));
      kaynak_color_dot_set_color (self->dot, kaynak_source_get_color (source));
      gtk_widget_remove_css_class (self->chip, "no-source");
    }
  else
    {
      kaynak_chip_label_set_text (self->source_label, _("No source"));
      kaynak_color_dot_set_color (self->dot, NULL);
      gtk_widget_add_css_class (self->chip, "no-source");
    }

  if (kaynak_claim_get_orphaned (self->claim))
    {
      /* An orphan is announced, not hidden: it stays in the list */
      gtk_inscription_set_text (self->status_label, _("Not found in the article"));
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self), "orphan");
      /* the button names its claim (win.reattach-claim('id')): the row
       * need not be selected.  The action is set here, with its target, as
       * an action without one cannot be activated. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->reattach_button), "s",
                                        kaynak_claim_get_id (self->claim));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reattach_button),
                                      "win.reattach-claim");
      gtk_widget_set_visible (self->reattach_button, TRUE);
    }
  else
    {
      /* the codebook's verdict when the document has a scale (issue 19) */
      gtk_inscription_set_text (self->status_label,
                                self->document != NULL
                                ? kaynak_document_claim_verdict_label (self->document, self->claim)
                                : kaynak_claim_status_to_label (kaynak_claim_get_status (self->claim)));
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "orphan");
      gtk_widget_set_visible (self->reattach_button, FALSE);
    }

  update_accessible_label (self);
}

static void
on_claim_notify (KaynakClaimRow *self)
{
  kaynak_claim_row_update (self);
}

/* Only the row of that claim: a pointer compared per bound row */
static void
on_document_claim_changed (KaynakClaimRow *self,
                           KaynakClaim    *claim)
{
  if (claim == self->claim)
    kaynak_claim_row_update (self);
}

static void
on_source_changed (KaynakClaimRow *self,
                   KaynakSource   *source)
{
  const char *source_id;

  if (self->claim == NULL)
    return;

  source_id = kaynak_claim_get_source_id (self->claim);
  if (g_strcmp0 (source_id, kaynak_source_get_id (source)) == 0)
    kaynak_claim_row_update (self);
}

static guint n_binds;

guint
_kaynak_claim_row_get_n_binds (void)
{
  return n_binds;
}

void
kaynak_claim_row_bind (KaynakClaimRow *self,
                       KaynakDocument *document,
                       KaynakClaim    *claim)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_ROW (self));

  /* The row already shows this claim, and follows its changes: GTK 4.8's
   * list view binds a row again whenever only its position or selection
   * changed (a new claim shifts the ~200 rows after it), and filling the
   * row again is the frame's cost, not the list's */
  if (claim == self->claim && document == self->document)
    return;

  if (self->claim != NULL)
    {
      g_clear_signal_handler (&self->claim_notify_id, self->claim);
      g_clear_object (&self->claim);
    }
  if (self->document != NULL)
    {
      g_clear_signal_handler (&self->source_changed_id, self->document);
      g_clear_signal_handler (&self->source_removed_id, self->document);
      g_clear_signal_handler (&self->claim_changed_id, self->document);
      g_clear_signal_handler (&self->codebook_changed_id, self->document);
      g_clear_object (&self->document);
    }

  if (claim != NULL)
    {
      n_binds++;
      self->claim = g_object_ref (claim);
      self->claim_notify_id =
        g_signal_connect_swapped (claim, "notify", G_CALLBACK (on_claim_notify), self);
    }
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      self->source_changed_id =
        g_signal_connect_swapped (document, "source-changed", G_CALLBACK (on_source_changed), self);
      self->source_removed_id =
        g_signal_connect_swapped (document, "source-removed", G_CALLBACK (on_source_changed), self);
      self->claim_changed_id =
        g_signal_connect_swapped (document, "claim-changed", G_CALLBACK (on_document_claim_changed), self);
      self->codebook_changed_id =
        g_signal_connect_swapped (document, "codebook-changed", G_CALLBACK (kaynak_claim_row_update), self);
    }

  kaynak_claim_row_update (self);
}

KaynakClaim *
kaynak_claim_row_get_claim (KaynakClaimRow *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_ROW (self), NULL);

  return self->claim;
}

static void
kaynak_claim_row_dispose (GObject *object)
{
  KaynakClaimRow *self = KAYNAK_CLAIM_ROW (object);
  GtkWidget *child;

  kaynak_claim_row_bind (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_CLAIM_ROW);
  /* children the template did not name are not removed by it */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kaynak_claim_row_parent_class)->dispose (object);
}

static void
kaynak_claim_row_class_init (KaynakClaimRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_claim_row_dispose;

  dot_color_quark = g_quark_from_static_string ("kaynak-dot-color");

  g_type_ensure (KAYNAK_TYPE_CHIP_LABEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-claim-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRow, quote_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRow, chip);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRow, dot);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimRow, reattach_button);
  gtk_widget_class_set_css_name (widget_class, "claimrow");
}

static void
kaynak_claim_row_init (KaynakClaimRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kaynak_color_dot_set_color (self->dot, NULL);
}

GtkWidget *
kaynak_claim_row_new (void)
{
  return g_object_new (KAYNAK_TYPE_CLAIM_ROW, NULL);
}
