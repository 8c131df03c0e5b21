/* kaynak-statistics-window.c: the statistics of the open article (see
 * kaynak-statistics-window.h).
 *
 * The numbers are counted again, in one linear pass, shortly after the
 * document changes, so a burst of changes (an undo of a group) counts
 * once; a new document is counted at once, so what opens shows numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-claim-row.h"
#include "kaynak-codebook-stats.h"
#include "kaynak-document-codebook.h"
#include "kaynak-statistics-window.h"
#include "kaynak-toast-timeout.h"

/* counting 100,000 claims takes about 35 ms: not before the next frame */
#define REFRESH_DELAY_MS 50

struct _KaynakStatisticsWindow
{
  AdwWindow            parent_instance;

  /* template children */
  AdwToastOverlay     *toast_overlay;
  GtkLabel            *summary_label;
  KaynakSourceBars    *bars;
  GtkListBox          *share_list;
  GtkListBox          *kind_list;
  GtkLabel            *status_heading;
  GtkListBox          *status_list;
  KaynakScorecardView *scorecard_view;

  KaynakDocument      *document;
  KaynakSourcingStats *stats;
  /* claims per verdict when the document has a verdict scale, else NULL:
   * counted once for the list and Copy as CSV, so both say the same */
  KaynakCodebookStats *verdicts;
  guint                refresh_id;
};

G_DEFINE_FINAL_TYPE (KaynakStatisticsWindow, kaynak_statistics_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row of a name and its number; a screen reader reads @spoken, which
 * says what the number counts.  @color: a verdict's colour dot before the
 * name (decorative: the name is written and spoken); "" for an empty
 * place where a dot would be, so the names stay in line; NULL for none */
static void
add_row_with_dot (GtkListBox *list,
                  const char *color,
                  const char *name,
                  const char *value,
                  const char *spoken)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name_label = gtk_label_new (name);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_widget_add_css_class (value_label, "numeric");
  if (color != NULL)
    gtk_box_append (GTK_BOX (box), kaynak_color_dot_new (color[0] != '\0' ? color : NULL));
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  gtk_list_box_append (list, row);
}

static void
add_row (GtkListBox *list,
         const char *name,
         const char *value,
         const char *spoken)
{
  add_row_with_dot (list, NULL, name, value, spoken);
}

static char *
format_share (double percent)
{
  /* TRANSLATORS: a share of the article, e.g. "12.5 %" */
  return g_strdup_printf (_("%.1f %%"), percent);
}

static void
add_count_row_with_dot (GtkListBox *list,
                        const char *color,
                        const char *name,
                        guint       claims)
{
  g_autofree char *value = g_strdup_printf ("%u", claims);
  /* TRANSLATORS: a kind or a status and its claims, for a screen reader,
   * e.g. "Supported: 2 claims" */
  g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u claim",
                                                          "%s: %u claims", claims),
                                             name, claims);

  add_row_with_dot (list, color, name, value, spoken);
}

static void
add_count_row (GtkListBox *list,
               const char *name,
               guint       claims)
{
  add_count_row_with_dot (list, NULL, name, claims);
}

/* A document with a verdict scale is judged by it, not by the five
 * statuses: its claims per verdict, counted as `kaynak --stats` counts
 * them (kaynak-codebook-stats.h), each verdict with its colour, then
 * "No verdict".  Returns FALSE when the document has no scale. */
static gboolean
show_verdicts (KaynakStatisticsWindow *self)
{
  KaynakCodebookStats *verdicts = self->verdicts;

  if (verdicts == NULL)
    return FALSE;
  for (guint i = 0; i < kaynak_codebook_stats_get_n_verdicts (verdicts); i++)
    {
      const char *id, *label;
      const KaynakCodebookValue *verdict;
      guint claims;

      kaynak_codebook_stats_get_verdict (verdicts, i, &id, &label, &claims);
      /* a verdict no longer on the scale has no colour: an empty place */
      verdict = kaynak_document_find_verdict (self->document, id);
      add_count_row_with_dot (self->status_list,
                              verdict != NULL && verdict->color != NULL ? verdict->color : "",
                              label, claims);
    }
  add_count_row_with_dot (self->status_list, "", _("No verdict"),
                          kaynak_codebook_stats_get_no_verdict (verdicts));
  return TRUE;
}

static void
show_stats (KaynakStatisticsWindow *self)
{
  KaynakSourcingStats *stats = self->stats;
  g_autofree char *claims = NULL;
  g_autofree char *attributed = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *share = NULL;

  kaynak_source_bars_set_stats (self->bars, stats);
  clear_list (self->share_list);
  clear_list (self->kind_list);
  clear_list (self->status_list);
  if (stats == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      return;
    }

  claims = stats->orphans > 0
    /* TRANSLATORS: the first part of the summary, e.g. "12 claims, 1 of
     * them not found in the article." */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim, %u of them not found in the article.",
                                    "%u claims, %u of them not found in the article.", stats->claims),
                       stats->claims, stats->orphans)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim.", "%u claims.", stats->claims),
                       stats->claims);
  share = format_share (kaynak_sourcing_stats_share (stats, stats->attributed_characters));
  /* TRANSLATORS: e.g. "48.0 % of the article is attributed to a source." */
  attributed = g_strdup_printf (_("%s of the article is attributed to a source."), share);
  summary = g_strconcat (claims, " ", attributed, NULL);
  gtk_label_set_text (self->summary_label, summary);

  for (guint i = 0; i < stats->rows->len; i++)
    {
      KaynakSourcingRow *row = &g_array_index (stats->rows, KaynakSourcingRow, i);
      g_autofree char *percent = format_share (kaynak_sourcing_stats_share (stats, row->characters));
      /* TRANSLATORS: characters a source covers and their share, e.g.
       * "120 characters · 12.5 %" */
      g_autofree char *value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u character · %s",
                                                             "%u characters · %s", row->characters),
                                                row->characters, percent);
      /* TRANSLATORS: the same for a screen reader, e.g. "Ukrayna: 120
       * characters, 12.5 % of the article" */
      g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%s: %u character, %s of the article",
                                                              "%s: %u characters, %s of the article",
                                                              row->characters),
                                                 row->label, row->characters, percent);

      add_row (self->share_list, row->label, value, spoken);
    }

  for (guint k = 0; k < KAYNAK_N_SOURCE_KINDS; k++)
    add_count_row (self->kind_list, kaynak_source_kind_to_label (k), stats->by_kind[k]);
  if (stats->no_kind > 0)
    add_count_row (self->kind_list, _("No source"), stats->no_kind);
  if (show_verdicts (self))
    {
      gtk_label_set_text (self->status_heading, _("Claims per Verdict"));
      return;
    }
  gtk_label_set_text (self->status_heading, _("Claims per Status"));
  for (guint s = 0; s < KAYNAK_N_CLAIM_STATUSES; s++)
    add_count_row (self->status_list, kaynak_claim_status_to_label (s), stats->by_status[s]);
}

static void
refresh_now (KaynakStatisticsWindow *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->stats, kaynak_sourcing_stats_free);
  g_clear_pointer (&self->verdicts, kaynak_codebook_stats_free);
  if (self->document != NULL)
    self->stats = kaynak_sourcing_stats_new (self->document);
  if (self->document != NULL && kaynak_document_get_verdicts (self->document)->len > 0)
    {
      self->verdicts = kaynak_codebook_stats_new ();
      kaynak_codebook_stats_add_document (self->verdicts, self->document);
    }
  show_stats (self);
  kaynak_scorecard_view_update (self->scorecard_view, self->document);
}

static gboolean
refresh_idle (gpointer user_data)
{
  KaynakStatisticsWindow *self = user_data;

  self->refresh_id = 0;
  refresh_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (KaynakStatisticsWindow *self)
{
  /* after the frame that shows the change in the article */
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_idle, self);
}

static void
copy_csv_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  KaynakStatisticsWindow *self = KAYNAK_STATISTICS_WINDOW (widget);
  g_autofree char *csv = kaynak_statistics_window_dup_csv (self);

  if (csv == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), csv);
  {
    AdwToast *toast = adw_toast_new (_("Copied as CSV"));

    kaynak_toast_apply_test_timeout (toast);
    adw_toast_overlay_add_toast (self->toast_overlay, toast);
  }
}

static void
kaynak_statistics_window_dispose (GObject *object)
{
  KaynakStatisticsWindow *self = KAYNAK_STATISTICS_WINDOW (object);

  kaynak_statistics_window_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_STATISTICS_WINDOW);

  G_OBJECT_CLASS (kaynak_statistics_window_parent_class)->dispose (object);
}

static void
kaynak_statistics_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KaynakStatisticsWindow *self = KAYNAK_STATISTICS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_statistics_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  KaynakStatisticsWindow *self = KAYNAK_STATISTICS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kaynak_statistics_window_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_statistics_window_class_init (KaynakStatisticsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_statistics_window_dispose;
  object_class->get_property = kaynak_statistics_window_get_property;
  object_class->set_property = kaynak_statistics_window_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KAYNAK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KAYNAK_TYPE_SOURCE_BARS);
  g_type_ensure (KAYNAK_TYPE_SCORECARD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-statistics-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, bars);
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, share_list);
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, kind_list);
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, status_heading);
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, status_list);
  gtk_widget_class_bind_template_child (widget_class, KaynakStatisticsWindow, scorecard_view);

  gtk_widget_class_install_action (widget_class, "statistics.copy-csv", NULL, copy_csv_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "statistics.copy-csv", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_statistics_window_init (KaynakStatisticsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kaynak_statistics_window_new (GtkWindow      *parent,
                              KaynakDocument *document)
{
  return g_object_new (KAYNAK_TYPE_STATISTICS_WINDOW,
                       "transient-for", parent,
                       "document", document,
                       NULL);
}

KaynakDocument *
kaynak_statistics_window_get_document (KaynakStatisticsWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_STATISTICS_WINDOW (self), NULL);

  return self->document;
}

void
kaynak_statistics_window_set_document (KaynakStatisticsWindow *self,
                                       KaynakDocument         *document)
{
  g_return_if_fail (KAYNAK_IS_STATISTICS_WINDOW (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);

  refresh_now (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "statistics.copy-csv", document != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

KaynakSourcingStats *
kaynak_statistics_window_get_stats (KaynakStatisticsWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_STATISTICS_WINDOW (self), NULL);

  return self->stats;
}

KaynakScorecardView *
kaynak_statistics_window_get_scorecard_view (KaynakStatisticsWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_STATISTICS_WINDOW (self), NULL);

  return self->scorecard_view;
}

KaynakSourceBars *
kaynak_statistics_window_get_bars (KaynakStatisticsWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_STATISTICS_WINDOW (self), NULL);

  return self->bars;
}

GtkListBox *
kaynak_statistics_window_get_status_list (KaynakStatisticsWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_STATISTICS_WINDOW (self), NULL);

  return self->status_list;
}

char *
kaynak_statistics_window_dup_csv (KaynakStatisticsWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_STATISTICS_WINDOW (self), NULL);

  return self->stats != NULL ? kaynak_sourcing_stats_to_csv (self->stats, self->verdicts) : NULL;
}
