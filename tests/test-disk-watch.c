/* test-disk-watch.c: changes to the document's file made behind our back
 * are noticed; our own saves are not reported; a save over someone else's
 * change is refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "kaynak-disk-watch.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

#define ARTICLE "Bakan, üç binden fazla asker gönderildiğini söyledi. Muhalefet bunu yalanladı."

typedef struct
{
  char            *tmpdir;
  GFile           *file;
  KaynakDocument  *document;
  KaynakDiskWatch *watch;
  guint            n_changed;
  guint            n_deleted;
} Fixture;

static void
on_changed_on_disk (KaynakDiskWatch *watch,
                    Fixture         *f)
{
  f->n_changed++;
}

static void
on_deleted (KaynakDiskWatch *watch,
            Fixture         *f)
{
  f->n_deleted++;
}

static void
connect_watch (Fixture *f)
{
  g_signal_connect (f->watch, "changed-on-disk", G_CALLBACK (on_changed_on_disk), f);
  g_signal_connect (f->watch, "deleted", G_CALLBACK (on_deleted), f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KaynakDocument) made = NULL;
  g_autoptr(GError) error = NULL;

  f->tmpdir = kaynak_test_make_temp_dir ("kaynak-disk-watch-XXXXXX");
  f->file = g_file_new_build_filename (f->tmpdir, "haber" KAYNAK_FILE_SUFFIX, NULL);

  made = kaynak_document_new (ARTICLE, -1);
  g_assert_nonnull (kaynak_document_create_claim (made, 7, 28, NULL, &error));
  g_assert_true (kaynak_file_save (made, f->file, NULL, &error));
  g_assert_no_error (error);

  /* as the window does: load, then watch */
  f->document = kaynak_file_load (f->file, NULL, NULL, &error);
  g_assert_no_error (error);
  f->watch = kaynak_disk_watch_new (f->document);
  kaynak_disk_watch_set_settle_delay (f->watch, 20);
  connect_watch (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->watch);
  g_clear_object (&f->document);
  g_clear_object (&f->file);
  kaynak_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
}

static gboolean
on_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *counter reaches @wanted or @seconds pass.
 * Waiting for something that must come fails after the time; waiting for
 * something that must not come lets the monitor deliver all it has.
 * Not kaynak_test_run_until(): running out of time is no failure here,
 * the caller's assertion on the counter decides. */
static void
run_until (guint *counter,
           guint  wanted,
           guint  seconds)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (seconds, on_timeout, &timed_out);

  while (*counter < wanted && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
}

static void
settle (void)
{
  guint never = 0;

  run_until (&never, 1, 1);
}

/* --- Ways to change the file behind the watch's back --------------------- */

static void
change_append (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  FILE *out = fopen (path, "a");

  g_assert_nonnull (out);
  fputs ("\n", out);
  g_assert_cmpint (fclose (out), ==, 0);
}

static void
change_replace (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  /* another program's atomic save: a new file renamed over ours, with a
   * changed title */
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"title\" : \"\""));
  {
    g_autoptr(GString) changed = g_string_new (contents);

    g_string_replace (changed, "\"title\" : \"\"", "\"title\" : \"Başka\"", 1);
    g_assert_true (g_file_set_contents (path, changed->str, changed->len, &error));
    g_assert_no_error (error);
  }
}

static void
change_same_size (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  FILE *out = fopen (path, "r+");
  guint64 mtime;

  /* rewritten in place, same size; the clock may not have ticked since
   * the load, so the time is moved on as a later write would */
  g_assert_nonnull (out);
  g_assert_cmpint (fputc (' ', out), ==, ' ');
  g_assert_cmpint (fclose (out), ==, 0);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, 0, NULL, &error);
  g_assert_no_error (error);
  mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, mtime + 2,
                                              G_FILE_QUERY_INFO_NONE, NULL, &error));
  g_assert_no_error (error);
}

static void
change_other_document (GFile *file)
{
  g_autoptr(KaynakDocument) other = kaynak_document_new (ARTICLE, -1);
  g_autoptr(GError) error = NULL;

  /* another Kaynak window saving the same file */
  g_assert_nonnull (kaynak_document_create_claim (other, 53, 62, NULL, &error));
  g_assert_true (kaynak_file_save (other, file, NULL, &error));
  g_assert_no_error (error);
}

typedef void (*ChangeFunc) (GFile *file);

static const struct {
  const char *name;
  ChangeFunc  change;
} changes[] = {
  { "append", change_append },
  { "replace", change_replace },
  { "same-size", change_same_size },
  { "other-window", change_other_document },
};

/* --- Tests --------------------------------------------------------------- */

static void
test_unchanged (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_disk_watch_get_document (f->watch) == f->document);
  g_assert_true (kaynak_disk_watch_check (f->watch));
  g_assert_true (kaynak_disk_watch_check_before_save (f->watch, &error));
  g_assert_no_error (error);
  settle ();
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpuint (f->n_deleted, ==, 0);
}

static void
test_changed_behind_back (Fixture       *f,
                          gconstpointer  data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;

  changes[i].change (f->file);
  run_until (&f->n_changed, 1, 10);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->n_deleted, ==, 0);

  g_assert_false (kaynak_disk_watch_check_before_save (f->watch, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK);
  g_test_message ("%s", error->message);

  /* said once: looking again at the same state is silent */
  g_assert_false (kaynak_disk_watch_check (f->watch));
  settle ();
  g_assert_cmpuint (f->n_changed, ==, 1);
}

static void
test_changed_twice (Fixture       *f,
                    gconstpointer  data)
{
  change_append (f->file);
  run_until (&f->n_changed, 1, 10);
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* a further change is news again */
  change_replace (f->file);
  run_until (&f->n_changed, 2, 10);
  g_assert_cmpuint (f->n_changed, ==, 2);
}

static void
test_deleted (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_delete (f->file, NULL, &error));
  g_assert_no_error (error);
  run_until (&f->n_deleted, 1, 10);
  g_assert_cmpuint (f->n_deleted, ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* nothing to overwrite: "Save Again" may write it */
  g_assert_true (kaynak_disk_watch_check_before_save (f->watch, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_file_save (f->document, f->file, NULL, &error));
  g_assert_no_error (error);
  kaynak_disk_watch_note_saved (f->watch);
  settle ();
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_true (kaynak_disk_watch_check (f->watch));
}

static void
test_moved_away (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *moved = g_build_filename (f->tmpdir, "elsewhere.json", NULL);

  g_assert_cmpint (g_rename (path, moved), ==, 0);
  run_until (&f->n_deleted, 1, 10);
  g_assert_cmpuint (f->n_deleted, ==, 1);
}

static void
test_own_save_not_reported (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < 3; round++)
    {
      g_assert_nonnull (kaynak_document_create_claim (f->document, round * 2, round * 2 + 1,
                                                      NULL, &error));
      g_assert_no_error (error);
      g_assert_true (kaynak_disk_watch_check_before_save (f->watch, &error));
      g_assert_no_error (error);
      g_assert_true (kaynak_file_save (f->document, f->file, NULL, &error));
      g_assert_no_error (error);
      kaynak_disk_watch_note_saved (f->watch);
    }
  settle ();
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpuint (f->n_deleted, ==, 0);

  /* still watching */
  change_append (f->file);
  run_until (&f->n_changed, 1, 10);
  g_assert_cmpuint (f->n_changed, ==, 1);
}

static void
test_save_as_watches_new_file (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GFile) other = g_file_new_build_filename (f->tmpdir, "kopya" KAYNAK_FILE_SUFFIX, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_file_save (f->document, other, NULL, &error));
  g_assert_no_error (error);
  kaynak_disk_watch_note_saved (f->watch);

  /* the old file is no longer ours */
  change_append (f->file);
  settle ();
  g_assert_cmpuint (f->n_changed, ==, 0);

  change_append (other);
  run_until (&f->n_changed, 1, 10);
  g_assert_cmpuint (f->n_changed, ==, 1);
}

static void
test_no_file (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new (ARTICLE, -1);
  g_autoptr(KaynakDiskWatch) watch = kaynak_disk_watch_new (document);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_disk_watch_check (watch));
  g_assert_true (kaynak_disk_watch_check_before_save (watch, &error));
  g_assert_no_error (error);
  kaynak_disk_watch_note_saved (watch);
}

static void
test_file_created_meanwhile (void)
{
  g_autofree char *tmpdir = kaynak_test_make_temp_dir ("kaynak-disk-watch-XXXXXX");
  g_autofree char *path = g_build_filename (tmpdir, "yeni" KAYNAK_FILE_SUFFIX, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = kaynak_document_new (ARTICLE, -1);
  g_autoptr(KaynakDiskWatch) watch = NULL;
  g_autoptr(GError) error = NULL;

  /* a restored draft whose original file is gone, then someone else puts
   * a file there: writing would replace theirs */
  kaynak_document_set_file (document, file);
  watch = kaynak_disk_watch_new (document);
  g_assert_true (kaynak_disk_watch_check_before_save (watch, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (path, "{}", -1, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_disk_watch_check_before_save (watch, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK);

  g_clear_object (&watch);
  kaynak_test_remove_tree (tmpdir);
}

/* The window takes the file's stamp before reading it.  A change made
 * between the two (or while a draft waited for a restart) is someone
 * else's, and is reported at once, although the watch was made after it. */
static void
test_changed_while_loading (Fixture       *f,
                            gconstpointer  data)
{
  ChangeFunc change = changes[GPOINTER_TO_UINT (data)].change;
  g_autofree char *stamp = kaynak_disk_watch_stamp_file (f->file);
  g_autoptr(GError) error = NULL;

  /* (the fixture's document stands for the one read after the stamp) */
  g_assert_nonnull (stamp);
  change (f->file);
  kaynak_document_set_file_stamp (f->document, stamp);

  g_clear_object (&f->watch);
  f->watch = kaynak_disk_watch_new (f->document);
  connect_watch (f);
  run_until (&f->n_changed, 1, 10);
  g_assert_cmpuint (f->n_changed, ==, 1);

  g_assert_false (kaynak_disk_watch_check_before_save (f->watch, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK);
}

/* A new watch on the fixture's document, stamped @stamp, must find the
 * file as it should be: nothing reported, saving allowed. */
static void
rewatch_expect_unchanged (Fixture    *f,
                          const char *stamp)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->watch);
  kaynak_document_set_file_stamp (f->document, stamp);
  f->watch = kaynak_disk_watch_new (f->document);
  connect_watch (f);
  settle ();
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_true (kaynak_disk_watch_check_before_save (f->watch, &error));
  g_assert_no_error (error);
}

/* Unchanged since the stamp: nothing to say, saving goes ahead, and the
 * stamp follows our own save (the next draft keeps the new one). */
static void
test_stamp_unchanged (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *stamp = kaynak_disk_watch_stamp_file (f->file);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;

  rewatch_expect_unchanged (f, stamp);
  before = g_strdup (kaynak_document_get_file_stamp (f->document));
  g_assert_cmpstr (before, ==, stamp);
  change_same_size (f->file);   /* as if our save took another second */
  kaynak_disk_watch_note_saved (f->watch);
  g_assert_nonnull (kaynak_document_get_file_stamp (f->document));
  g_assert_cmpstr (kaynak_document_get_file_stamp (f->document), !=, before);
  g_assert_true (kaynak_disk_watch_check_before_save (f->watch, &error));
  g_assert_no_error (error);
}

/* A stamp that is not ours (a hand-edited draft, a newer Kaynak) is no
 * reason to refuse or to report anything: the file as it is now counts. */
static void
test_stamp_unreadable (Fixture       *f,
                       gconstpointer  data)
{
  static const char *const stamps[] = {
    "", "rubbish", "1 2 3", "2 1 1 1 -", "1 x 1 1 -", "1 1 -1 1 -",
    "1 1 1 1 %zz", "1 99999999999999999999 1 1 -",
  };

  for (guint i = 0; i < G_N_ELEMENTS (stamps); i++)
    {
      rewatch_expect_unchanged (f, stamps[i]);
      /* and the document now carries a good one */
      g_assert_nonnull (kaynak_document_get_file_stamp (f->document));
      g_assert_cmpstr (kaynak_document_get_file_stamp (f->document), !=, stamps[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add ("/kaynak/disk-watch/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("unchanged", NULL, test_unchanged);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kaynak/disk-watch/changed/%s", changes[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up,
                  test_changed_behind_back, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kaynak/disk-watch/changed-while-loading/%s",
                                               changes[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up,
                  test_changed_while_loading, fixture_tear_down);
    }
  ADD ("stamp-unchanged", NULL, test_stamp_unchanged);
  ADD ("stamp-unreadable", NULL, test_stamp_unreadable);
  ADD ("changed-twice", NULL, test_changed_twice);
  ADD ("deleted", NULL, test_deleted);
  ADD ("moved-away", NULL, test_moved_away);
  ADD ("own-save-not-reported", NULL, test_own_save_not_reported);
  ADD ("save-as-watches-new-file", NULL, test_save_as_watches_new_file);
#undef ADD
  g_test_add_func ("/kaynak/disk-watch/no-file", test_no_file);
  g_test_add_func ("/kaynak/disk-watch/file-created-meanwhile", test_file_created_meanwhile);

  return g_test_run ();
}
