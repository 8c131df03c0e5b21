/* kaynak-article-details-dialog.h: the article's title, web address,
 * outlet, publication date and language.  Opened by Article Details in
 * the main menu (Alt+Return); Apply (Enter in a field, or Ctrl+Enter)
 * changes them in one undo step.  A date or language code that would be
 * refused is explained under its field, and Apply waits until it is fixed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_ARTICLE_DETAILS_DIALOG (kaynak_article_details_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakArticleDetailsDialog, kaynak_article_details_dialog,
                      KAYNAK, ARTICLE_DETAILS_DIALOG, AdwWindow)

GtkWidget *kaynak_article_details_dialog_new   (GtkWindow                  *parent,
                                                KaynakDocument             *document);
/* Applies the fields and closes; FALSE, leaving the dialog open, when a
 * field is not valid (its message is shown under it) */
gboolean   kaynak_article_details_dialog_apply (KaynakArticleDetailsDialog *self);

G_END_DECLS
