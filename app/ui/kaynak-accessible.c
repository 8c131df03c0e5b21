/* kaynak-accessible.c: names for screen readers where GTK 4.8 and
 * libadwaita 1.2 give none, or a wrong one.
 *
 * The end-to-end journey every-control-has-a-name walks the accessibility
 * tree of every window and finds what this file fixes:
 *
 *  - GTK 4.8's gtk_button_set_label() sets the button's accessible label
 *    to the raw label, underscore included, and the mnemonic label inside
 *    names it a second time: "_Open Open".  Without the first, the button
 *    is named by its label's text alone.  Buttons made by libadwaita
 *    (AdwMessageDialog's responses) have it too, so the fix is applied to
 *    every button as it is mapped.
 *  - GtkStackSwitcher does the same to its tabs ("_1", "_2" in the
 *    keyboard shortcuts window), without a mnemonic label to fall back on:
 *    they are named by their label's text.
 *  - GtkShortcutsWindow's search button and AdwToast's close button show
 *    an icon and nothing names them ("GtkImage"); AdwAboutWindow's version
 *    button (it copies the
 *    version) shows a label that does not name it ("GtkButton").
 *  - AdwEntryRow's apply button shows an icon, named only by its tooltip.
 *  - GtkListView's rows (GtkListItemWidget) have no name, whatever they
 *    show; the row's content names its list item here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kaynak-accessible.h"

static GQuark fixed_quark;

static void
drop_raw_label (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);

  /* Only where the label has a mnemonic: elsewhere the accessible label
   * may be the one the button was given on purpose */
  if (label != NULL && gtk_button_get_use_underline (button) &&
      strchr (label, '_') != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button),
                                   GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
name_from_label_child (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);

  if (GTK_IS_LABEL (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_label_get_text (GTK_LABEL (child)),
                                    -1);
}

static gboolean
on_widget_mapped (GSignalInvocationHint *hint,
                  guint                  n_params,
                  const GValue          *params,
                  gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (!GTK_IS_BUTTON (object))
    return TRUE;

  if (GTK_IS_STACK_SWITCHER (gtk_widget_get_parent (GTK_WIDGET (object))))
    {
      name_from_label_child (GTK_BUTTON (object));
      return TRUE;
    }
  if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (object)),
                 "about.copy-property") == 0)
    {
      name_from_label_child (GTK_BUTTON (object));
      return TRUE;
    }
  if (gtk_button_get_label (GTK_BUTTON (object)) == NULL)
    {
      const char *icon = gtk_button_get_icon_name (GTK_BUTTON (object));
      const char *name = NULL;

      if (g_strcmp0 (icon, "edit-find-symbolic") == 0)
        name = _("Search");
      else if (g_strcmp0 (icon, "window-close-symbolic") == 0)
        name = _("Close");
      /* AdwEntryRow's apply button says what it does only in its tooltip */
      else if (gtk_widget_get_ancestor (GTK_WIDGET (object), ADW_TYPE_ENTRY_ROW) != NULL &&
               gtk_widget_get_tooltip_text (GTK_WIDGET (object)) != NULL)
        name = gtk_widget_get_tooltip_text (GTK_WIDGET (object));
      if (name != NULL)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (object),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
          return TRUE;
        }
    }

  drop_raw_label (GTK_BUTTON (object));
  /* A label set later (a dialog that renames its button) brings the raw
   * label back: follow it, once per button */
  if (g_object_get_qdata (object, fixed_quark) == NULL)
    {
      g_object_set_qdata (object, fixed_quark, GINT_TO_POINTER (1));
      g_signal_connect (object, "notify::label", G_CALLBACK (drop_raw_label), NULL);
      g_signal_connect (object, "notify::use-underline", G_CALLBACK (drop_raw_label), NULL);
    }

  return TRUE;   /* keep the hook */
}

void
kaynak_accessible_install_fixes (void)
{
  static gboolean installed;

  if (installed)
    return;
  installed = TRUE;

  fixed_quark = g_quark_from_static_string ("kaynak-accessible-fixed");
  /* The signal exists once the class does: keep it for the whole run */
  g_type_class_ref (GTK_TYPE_BUTTON);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                              on_widget_mapped, NULL, NULL);
}

void
kaynak_accessible_name_list_item (GtkWidget  *child,
                                  const char *name)
{
  GtkWidget *item;

  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name ? name : "",
                                  -1);
  /* The list item widget is the child's parent once the child is shown in
   * a list; it is what AT-SPI presents as the "list item" */
  item = gtk_widget_get_parent (child);
  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name ? name : "",
                                    -1);
}

void
kaynak_accessible_name_drop_down_button (GtkWidget  *drop_down,
                                         const char *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
}

static void
setup_string_item (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_string_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = string != NULL ? gtk_string_object_get_string (string) : "";

  gtk_label_set_text (GTK_LABEL (label), text);
  kaynak_accessible_name_list_item (label, text);
}

GtkListItemFactory *
kaynak_accessible_string_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_string_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_string_item), NULL);
  return factory;
}

void
kaynak_accessible_name_combo_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = kaynak_accessible_string_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = kaynak_accessible_string_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_list_factory (row, list_factory);
}

GtkWidget *
kaynak_accessible_text_row_new (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return row;
}
