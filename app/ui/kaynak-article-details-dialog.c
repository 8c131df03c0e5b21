/* kaynak-article-details-dialog.c: title, web address, outlet, author,
 * publication date and language of the article, when this copy of it was
 * retrieved and where an archived copy is, and the address of its
 * fact-check.
 *
 * The fields are checked as they are typed, by the same core rules the
 * document applies (kaynak_published_date_check(),
 * kaynak_language_tag_check()), so what is wrong is said under the field
 * before Apply, never after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-article-details-dialog.h"
#include "kaynak-error-dialog.h"
#include "kaynak-language.h"

/* The language drop-down's items, in its order */
enum {
  LANGUAGE_UNKNOWN,
  LANGUAGE_TURKISH,
  LANGUAGE_ENGLISH,
  LANGUAGE_OTHER,
};

struct _KaynakArticleDetailsDialog
{
  AdwWindow       parent_instance;

  AdwEntryRow    *title_row;
  AdwEntryRow    *url_row;
  AdwEntryRow    *outlet_row;
  AdwEntryRow    *published_row;
  GtkLabel       *published_message;
  AdwComboRow    *language_row;
  AdwEntryRow    *language_code_row;
  GtkLabel       *language_message;
  AdwEntryRow    *fact_check_row;
  GtkLabel       *fact_check_message;
  AdwEntryRow    *author_row;
  AdwEntryRow    *retrieved_row;
  AdwEntryRow    *archived_row;
  GtkLabel       *copy_message;

  KaynakDocument *document;
};

G_DEFINE_FINAL_TYPE (KaynakArticleDetailsDialog, kaynak_article_details_dialog, ADW_TYPE_WINDOW)

static char *
dup_stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
dup_language (KaynakArticleDetailsDialog *self)
{
  switch (adw_combo_row_get_selected (self->language_row))
    {
    case LANGUAGE_TURKISH:
      return g_strdup ("tr");
    case LANGUAGE_ENGLISH:
      return g_strdup ("en");
    case LANGUAGE_OTHER:
      return dup_stripped (self->language_code_row);
    default:
      return g_strdup ("");
    }
}

/* Shows @error's message under a field (or hides it), marks the field,
 * and gives screen readers the message as the field's description.
 * Returns whether the field is valid. */
static gboolean
show_field_error (AdwEntryRow *row,
                  GtkLabel    *message,
                  GError      *error)
{
  if (error != NULL)
    {
      gtk_label_set_text (message, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (message), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (message), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_widget_set_visible (GTK_WIDGET (message), TRUE);
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
  return TRUE;
}

/* The copy's two fields share one line under them: the message of the
 * first that is wrong, else a hint */
static gboolean
validate_copy (KaynakArticleDetailsDialog *self)
{
  g_autofree char *retrieved = dup_stripped (self->retrieved_row);
  g_autofree char *archived = dup_stripped (self->archived_row);
  g_autoptr(GError) retrieved_error = NULL;
  g_autoptr(GError) archived_error = NULL;
  gboolean ok;

  if (!g_str_equal (retrieved, kaynak_document_get_retrieved (self->document)))
    kaynak_published_date_check (retrieved, &retrieved_error);
  if (!g_str_equal (archived, kaynak_document_get_archived_url (self->document)))
    kaynak_fact_check_url_check (archived, &archived_error);

  ok = show_field_error (self->archived_row, self->copy_message, archived_error);
  ok &= show_field_error (self->retrieved_row, self->copy_message, retrieved_error);
  if (ok)
    {
      gtk_label_set_text (self->copy_message,
                          /* Translators: keep YYYY-MM-DD; the example address may be translated */
                          _("A date as year-month-day; an archive’s full address, e.g. "
                            "https://web.archive.org/web/2024/https://example.org/haber."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->copy_message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->copy_message), "dim-label");
    }
  return ok;
}

/* A field left as the document has it is not checked: a file may carry
 * a date that Kaynak would not write (kaynak_document_set_details()
 * takes it as it is too) */
static gboolean
validate (KaynakArticleDetailsDialog *self)
{
  g_autofree char *published = dup_stripped (self->published_row);
  g_autofree char *language = dup_language (self);
  g_autoptr(GError) published_error = NULL;
  g_autoptr(GError) language_error = NULL;
  g_autofree char *fact_check = dup_stripped (self->fact_check_row);
  g_autoptr(GError) fact_check_error = NULL;
  gboolean other = adw_combo_row_get_selected (self->language_row) == LANGUAGE_OTHER;
  gboolean ok = TRUE;

  /* Setting the drop-down's model already notifies, before there is a
   * document to compare with */
  if (self->document == NULL)
    return TRUE;

  if (!g_str_equal (published, kaynak_document_get_published (self->document)))
    kaynak_published_date_check (published, &published_error);
  if (!g_str_equal (language, kaynak_document_get_language (self->document)))
    kaynak_language_tag_check (language, &language_error);
  if (!g_str_equal (fact_check, kaynak_document_get_fact_check_url (self->document)))
    kaynak_fact_check_url_check (fact_check, &fact_check_error);

  ok &= show_field_error (self->published_row, self->published_message, published_error);
  if (published_error == NULL)
    {
      /* The hint stays where the message was, so nothing jumps */
      gtk_label_set_text (self->published_message,
                          /* Translators: keep YYYY-MM-DD; the example is a date */
                          _("Year-month-day, e.g. 2024-10-30. Leave empty if not known."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->published_message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->published_message), "dim-label");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->language_code_row), other);
  ok &= show_field_error (self->language_code_row, self->language_message, language_error);
  if (language_error == NULL)
    {
      gtk_label_set_text (self->language_message,
                          _("A BCP 47 code, e.g. “de”, “ku-Latn” or “pt-BR”."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->language_message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->language_message), "dim-label");
      gtk_widget_set_visible (GTK_WIDGET (self->language_message), other);
    }

  ok &= show_field_error (self->fact_check_row, self->fact_check_message, fact_check_error);
  if (fact_check_error == NULL)
    {
      /* A hint where the message was, as for the date: nothing jumps, and
       * no label comes and goes (GTK 4.8's accessibility bridge has
       * aborted on a label hidden again under load) */
      gtk_label_set_text (self->fact_check_message,
                          /* Translators: the example address may be translated */
                          _("The page’s full address, e.g. https://example.org/dogrulama/haber. "
                            "Leave empty until it is published."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->fact_check_message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->fact_check_message), "dim-label");
    }

  ok &= validate_copy (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.apply", ok);
  return ok;
}

static void
on_field_changed (KaynakArticleDetailsDialog *self)
{
  validate (self);
}

static void
on_entry_activated (KaynakArticleDetailsDialog *self)
{
  kaynak_article_details_dialog_apply (self);
}

gboolean
kaynak_article_details_dialog_apply (KaynakArticleDetailsDialog *self)
{
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *url = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *published = NULL;
  g_autofree char *language = NULL;
  g_autofree char *fact_check = NULL;
  g_autofree char *author = NULL;
  g_autofree char *retrieved = NULL;
  g_autofree char *archived = NULL;

  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS_DIALOG (self), FALSE);

  if (!validate (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  title = dup_stripped (self->title_row);
  url = dup_stripped (self->url_row);
  outlet = dup_stripped (self->outlet_row);
  published = dup_stripped (self->published_row);
  language = dup_language (self);
  fact_check = dup_stripped (self->fact_check_row);
  author = dup_stripped (self->author_row);
  retrieved = dup_stripped (self->retrieved_row);
  archived = dup_stripped (self->archived_row);
  kaynak_article_details_set_author (details, author);
  kaynak_article_details_set_retrieved (details, retrieved);
  kaynak_article_details_set_archived_url (details, archived);
  kaynak_article_details_set_title (details, title);
  kaynak_article_details_set_url (details, url);
  kaynak_article_details_set_outlet (details, outlet);
  kaynak_article_details_set_published (details, published);
  kaynak_article_details_set_language (details, language);
  kaynak_article_details_set_fact_check_url (details, fact_check);

  if (!kaynak_document_set_details (self->document, details, &error))
    {
      /* validate() checked the same rules: only a change made meanwhile
       * elsewhere could get here */
      kaynak_show_error (GTK_WINDOW (self), _("Could Not Change the Article Details"), error);
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (widget));
}

static void
kaynak_article_details_dialog_dispose (GObject *object)
{
  KaynakArticleDetailsDialog *self = KAYNAK_ARTICLE_DETAILS_DIALOG (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_ARTICLE_DETAILS_DIALOG);

  G_OBJECT_CLASS (kaynak_article_details_dialog_parent_class)->dispose (object);
}

static void
kaynak_article_details_dialog_class_init (KaynakArticleDetailsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_article_details_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-article-details-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, outlet_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, published_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, published_message);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, language_code_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, language_message);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, fact_check_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, fact_check_message);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, author_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, retrieved_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, archived_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakArticleDetailsDialog, copy_message);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "details.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_article_details_dialog_init (KaynakArticleDetailsDialog *self)
{
  g_autoptr(GtkStringList) languages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The order of the LANGUAGE_ values */
  gtk_string_list_append (languages, _("Not Known"));
  gtk_string_list_append (languages, _("Turkish"));
  gtk_string_list_append (languages, _("English"));
  gtk_string_list_append (languages, _("Other"));
  kaynak_accessible_name_combo_items (self->language_row);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
}

GtkWidget *
kaynak_article_details_dialog_new (GtkWindow      *parent,
                                   KaynakDocument *document)
{
  KaynakArticleDetailsDialog *self;
  const char *language;
  guint selected;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  self = g_object_new (KAYNAK_TYPE_ARTICLE_DETAILS_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->document = g_object_ref (document);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), kaynak_document_get_title (document));
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), kaynak_document_get_url (document));
  gtk_editable_set_text (GTK_EDITABLE (self->outlet_row), kaynak_document_get_outlet (document));
  gtk_editable_set_text (GTK_EDITABLE (self->published_row), kaynak_document_get_published (document));
  gtk_editable_set_text (GTK_EDITABLE (self->fact_check_row),
                         kaynak_document_get_fact_check_url (document));
  gtk_editable_set_text (GTK_EDITABLE (self->author_row),
                         kaynak_document_get_article_author (document));
  gtk_editable_set_text (GTK_EDITABLE (self->retrieved_row),
                         kaynak_document_get_retrieved (document));
  gtk_editable_set_text (GTK_EDITABLE (self->archived_row),
                         kaynak_document_get_archived_url (document));

  /* Exactly "tr" and "en" are the two named choices; any other code
   * ("tr-CY", "de") is shown as it is under Other */
  language = kaynak_document_get_language (document);
  if (language[0] == '\0')
    selected = LANGUAGE_UNKNOWN;
  else if (g_str_equal (language, "tr"))
    selected = LANGUAGE_TURKISH;
  else if (g_str_equal (language, "en"))
    selected = LANGUAGE_ENGLISH;
  else
    {
      selected = LANGUAGE_OTHER;
      gtk_editable_set_text (GTK_EDITABLE (self->language_code_row), language);
    }
  adw_combo_row_set_selected (self->language_row, selected);
  validate (self);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->title_row));

  return GTK_WIDGET (self);
}
