/* kaynak-test-util.h: helpers the tests share: a temporary folder made
 * and removed again, and the default main context run for a while or
 * until something has happened.
 *
 * GLib and GIO only, so the core tests, which never open a display, link
 * it too; the GTK helpers are in kaynak-test-ui-util.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What kaynak_test_run_until() waits for: TRUE once it has happened. */
typedef gboolean (*KaynakTestCondition) (gpointer data);

/* A new empty folder from @tmpl (as g_dir_make_tmp(), e.g.
 * "kaynak-cli-XXXXXX"); fails the test if none can be made.  Free the
 * path; remove the folder with kaynak_test_remove_tree(). */
char *kaynak_test_make_temp_dir (const char          *tmpl);
/* Removes @path and, if it is a folder, all that is in it.  Best effort:
 * what cannot be removed stays, and that is no failure.  A symbolic link
 * is removed itself and never followed. */
void  kaynak_test_remove_tree   (const char          *path);

/* Runs the default main context for @ms milliseconds. */
void  kaynak_test_run_for       (guint                ms);
/* Runs the default main context until @done returns TRUE; fails the test
 * if it has not after @timeout_ms milliseconds. */
void  kaynak_test_run_until     (KaynakTestCondition  done,
                                 gpointer             data,
                                 guint                timeout_ms);

G_END_DECLS
