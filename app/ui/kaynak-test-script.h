/* kaynak-test-script.h: the test hook KAYNAK_TEST_SCRIPT, which drives the
 * real `kaynak` from a test as a user would (tests/test-recovery.c).
 *
 * KAYNAK_TEST_SCRIPT holds commands separated by ";" that run on the most
 * recently active document window once the application has started:
 *   tag START END N     tag code points [START, END) with the source of
 *                       shortcut N
 *   recover             answer Restore for every draft in the recovery
 *                       dialog offered at start-up (fails if none is)
 *   save PATH           save the window's document to PATH
 *   action NAME         activate the window action win.NAME (dialogs and
 *                       all, e.g. for screenshots)
 *   after MS            run the commands that follow MS milliseconds later
 *   quit                end at once, asking nothing
 * A command that fails ends the program with status 3.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the script of KAYNAK_TEST_SCRIPT on @app, from an idle callback,
 * once per process; does nothing when the variable is not set. */
void kaynak_test_script_start (GtkApplication *app);

G_END_DECLS
