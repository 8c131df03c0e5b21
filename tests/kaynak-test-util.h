/* kaynak-test-util.h: helpers the tests share: a temporary folder made
 * and removed again, the default main context run for a while or until
 * something has happened, and the command line run as a subprocess.
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

/* What kaynak_test_for_each_json_file() hands each file: its bytes and
 * its path. */
typedef void (*KaynakTestFileFunc) (GBytes     *bytes,
                                    const char *path,
                                    gpointer    data);
/* Calls @func for every JSON file of the repository's samples
 * (data/samples) and tests (tests/, node_modules left out), and for every
 * file of a folder whose path has "corpus" in it, whatever its name: the
 * files the loader's two paths, or the saver's, are compared on. */
void  kaynak_test_for_each_json_file (KaynakTestFileFunc  func,
                                      gpointer            data);

/* Runs the default main context for @ms milliseconds. */
void  kaynak_test_run_for       (guint                ms);
/* Runs the default main context until @done returns TRUE; fails the test
 * if it has not after @timeout_ms milliseconds times
 * kaynak_test_timeout_scale(). */
void  kaynak_test_run_until     (KaynakTestCondition  done,
                                 gpointer             data,
                                 guint                timeout_ms);

/* How much longer than on an idle machine a test waits before it fails:
 * $KAYNAK_TEST_TIMEOUT_SCALE (build-aux/run-tests.sh sets 3 for the
 * sanitizer build, a few times slower on a busy machine), 1 if unset.
 * Waits that poll end as soon as their condition holds, so a larger
 * deadline costs a passing test nothing. */
double kaynak_test_timeout_scale (void);

/* The command line under test: $KAYNAK_CLI, which tests/meson.build
 * sets to kaynak-headless or to the real kaynak; NULL if it is not set,
 * and then the test is marked skipped. */
const char *kaynak_test_binary (void);

/* What one run of the command line gave back. */
typedef struct
{
  int   status;   /* its exit status */
  char *out;      /* all it wrote to stdout */
  char *err;      /* all it wrote to stderr */
} KaynakTestRun;

/* Runs kaynak_test_binary() with @args (NULL-terminated, without the
 * program's name) in the folder @cwd, with no display to open, and waits
 * for it.  Fails the test if it cannot start or if a signal ended it: a
 * crash or an abort is never an acceptable answer, whatever the input.
 * Free what it fills in with kaynak_test_run_clear(). */
void kaynak_test_run_binary      (KaynakTestRun         *run,
                                  const char            *cwd,
                                  const char * const    *args);
/* The same, with @child_setup (if not NULL) run in the child before it
 * starts the program: to limit its memory, say. */
void kaynak_test_run_binary_full (KaynakTestRun         *run,
                                  const char            *cwd,
                                  const char * const    *args,
                                  GSpawnChildSetupFunc   child_setup);
void kaynak_test_run_clear       (KaynakTestRun         *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KaynakTestRun, kaynak_test_run_clear)

G_END_DECLS
