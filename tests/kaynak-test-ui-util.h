/* kaynak-test-ui-util.h: what the UI tests share: the environment they
 * run in, the display and the application set up in main(), and letting
 * GTK's events run until the widgets have settled or until something has
 * happened.
 *
 * The UI tests run under xvfb-run; without a display they are skipped
 * (kaynak_test_ui_main()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-application.h"
#include "kaynak-test-util.h"
#include "kaynak-window.h"

G_BEGIN_DECLS

/* What a UI test adds in its main(), once the display is open. */
typedef void (*KaynakTestAddFunc) (void);

/* The whole main() of a UI test, @unit naming what it tests ("window":
 * its paths are /kaynak/window/…).  Before GLib or GTK read the
 * environment: settings in memory, never the user's; no accessibility
 * bus, which a bare Xvfb does not have and GTK would warn about; recent
 * files and drafts in a folder of the test's own.  Then g_test_init(),
 * the display and libadwaita, @add_tests, the run, and the folder and
 * the application removed again.  Without a display (not under
 * xvfb-run) @add_tests is not called and one test,
 * /kaynak/@unit/skipped, is reported skipped, so the run says why. */
int                kaynak_test_ui_main             (int                  argc,
                                                    char               **argv,
                                                    const char          *unit,
                                                    KaynakTestAddFunc    add_tests);
/* The folder of the running UI test's own: XDG_DATA_HOME is its "data"
 * and XDG_STATE_HOME (drafts) its "state"; removed after the run. */
const char        *kaynak_test_ui_folder           (void);
/* The application the windows belong to, made on the first call: it is
 * registered as the real one is at start-up (its startup, actions and
 * style have run), but non-unique, so never forwarded to a Kaynak that is
 * already running.  Released after the run. */
KaynakApplication *kaynak_test_ui_application      (void);
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
