/* kaynak-library-ui.h: what the window's widgets teach the user's source
 * library, and telling the user once when it cannot learn.
 *
 * The library (app/core/kaynak-source-library.h) learns a source when the
 * user makes one (New source… in Tag as…) and when the user edits one in
 * the Sources dialog; these are the two calls the widgets make.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-source.h"

G_BEGIN_DECLS

/* @source was made by the user in a document shown in @widget's window */
void kaynak_library_learn_source (GtkWidget    *widget,
                                  KaynakSource *source);
/* @before became @after by the user's edit */
void kaynak_library_learn_edit   (GtkWidget    *widget,
                                  KaynakSource *before,
                                  KaynakSource *after);
/* If the user's library could not be read, says so once, in a dialog
 * over @parent: what is wrong and that the file is left alone */
void kaynak_library_report_load_error (GtkWindow *parent);

G_END_DECLS
