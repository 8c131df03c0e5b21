/* kaynak-test-ui-util.h: what the UI tests share: the environment they
 * run in, the display and the application set up in main(), and letting
 * GTK's events run until the widgets have settled or until something has
 * happened.
 *
 * The UI tests run under xvfb-run; without a display they are skipped
 * (kaynak_test_ui_init()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-application.h"
#include "kaynak-test-util.h"
#include "kaynak-window.h"

G_BEGIN_DECLS

/* Call before g_test_init(), before GLib or GTK read the environment:
 * settings in memory, never the user's; no accessibility bus, which a
 * bare Xvfb does not have and GTK would warn about; and, unless
 * @data_home is NULL, XDG_DATA_HOME set to it, so that recent files go
 * there and not into the user's list. */
void               kaynak_test_ui_set_environment  (const char          *data_home);
/* Call after g_test_init(): opens the display and starts libadwaita.
 * FALSE if there is no display (not run under xvfb-run); then, unless
 * @skip_path is NULL, a test at @skip_path is added that is skipped, so
 * the run says why nothing else was. */
gboolean           kaynak_test_ui_init             (const char          *skip_path);
/* The application the windows belong to, registered as the real one is
 * at start-up (its startup, actions and style have run), but non-unique:
 * never forwarded to a Kaynak that is already running. */
KaynakApplication *kaynak_test_ui_new_application  (void);
/* A new, empty window of @app, shown at 1000×700, with its first events
 * run. */
KaynakWindow      *kaynak_test_ui_new_window       (KaynakApplication   *app);

/* The first widget of @type in the tree under @widget (@widget itself
 * included), depth first, or NULL. */
GtkWidget         *kaynak_test_find_descendant     (GtkWidget           *widget,
                                                    GType                type);

/* The visible AdwMessageDialog transient for @parent, or NULL */
AdwMessageDialog  *kaynak_test_find_message_dialog (GtkWindow           *parent);

/* Runs what is ready in the default main context until nothing is, a few
 * times over: layout, idle highlighting and the signals they send. */
void               kaynak_test_flush_events        (void);
/* Runs the main loop until @done returns TRUE (failing the test after
 * 10 s), then kaynak_test_flush_events() for what that set off. */
void               kaynak_test_wait_until          (KaynakTestCondition  done,
                                                    gpointer             data);

G_END_DECLS
