/* test-formats-cli.c: `kaynak --export` and `kaynak --import` run as a
 * subprocess ($KAYNAK_CLI, the headless binary): exit statuses, a broken
 * file among good ones, stdout and --output (a FIFO, a symbolic link,
 * permissions), folders reached twice, interruption, no half or
 * overwritten files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

static const char article[] =
  "Ukrayna’dan 25 Ekim’de gelen açıklamada askerlerin 27-28 Ekim’de konuşlandırılmasının "
  "planlandığı iddia edilmişti. Bunu ABD de doğrulamıştı.";

typedef struct
{
  char *dir;
} Fixture;

/* With @fact_check FALSE, the article has no fact-check address:
 * ClaimReview refuses it */
static void
write_document_full (const char *path,
                     guint       n_claims,
                     gboolean    fact_check)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new (article, -1);
  g_autoptr(KaynakSource) source = kaynak_source_new ("ukrayna", "Ukrayna", "#3584e4", 1,
                                                      KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_true (kaynak_document_add_source (document, source, &error));
  for (guint i = 0; i < n_claims; i++)
    {
      KaynakClaim *claim = kaynak_document_create_claim (document, 10 * i, 10 * i + 7,
                                                         i % 2 ? "ukrayna" : NULL, &error);

      g_assert_nonnull (claim);
      /* one verdict, so ClaimReview has something to publish */
      if (i == 1)
        g_assert_true (kaynak_document_set_claim_status (document, kaynak_claim_get_id (claim),
                                                         KAYNAK_CLAIM_STATUS_REFUTED, &error));
    }
  /* what ClaimReview requires of the article */
  kaynak_document_set_url (document, "https://example.org/haber");
  if (fact_check)
    kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/haber");
  g_mkdir_with_parents (parent, 0755);
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
}

static void
write_document (const char *path,
                guint       n_claims)
{
  write_document_full (path, n_claims, TRUE);
}


static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL, *broken = NULL;

  fixture->dir = kaynak_test_make_temp_dir ("kaynak-formats-cli-XXXXXX");
  a = g_build_filename (fixture->dir, "corpus", "a.kaynak.json", NULL);
  b = g_build_filename (fixture->dir, "corpus", "sub", "b.kaynak.json", NULL);
  broken = g_build_filename (fixture->dir, "corpus", "sub", "c.kaynak.json", NULL);
  write_document (a, 3);
  write_document (b, 2);
  g_assert_true (g_file_set_contents (broken, "{\"format\": \"kaynak\"", -1, NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Runs the command line in the fixture's folder with the arguments that
 * follow @err, up to a NULL; returns its exit status.  Free *@out and
 * *@err. */
static int
run (Fixture     *fixture,
     char       **out,
     char       **err,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  KaynakTestRun result;
  const char *arg;
  va_list list;

  va_start (list, err);
  while ((arg = va_arg (list, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (list);
  g_ptr_array_add (args, NULL);

  kaynak_test_run_binary (&result, fixture->dir, (const char * const *) args->pdata);
  *out = g_steal_pointer (&result.out);
  *err = g_steal_pointer (&result.err);
  return result.status;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_export_stdout (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  /* the broken file is reported, the two good ones are exported */
  g_assert_cmpint (run (fixture, &out, &err, "--export", "jsonl", "corpus", NULL), ==, 1);
  g_assert_cmpuint (count_lines (out), ==, 5);
  g_assert_nonnull (strstr (out, "\"document_path\":\"corpus/a.kaynak.json\""));
  g_assert_nonnull (strstr (out, "\"document_path\":\"corpus/sub/b.kaynak.json\""));
  g_assert_nonnull (strstr (err, "c.kaynak.json"));
  g_assert_nonnull (strstr (err, "Exported 2 articles, 5 claims"));
}

static void
test_export_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "out.csv", NULL);
  g_autofree char *csv = NULL;
  GDir *dir;
  const char *name;

  g_assert_cmpint (run (fixture, &out, &err, "--export", "csv", "--output", "out.csv",
                        "corpus/a.kaynak.json", "corpus/sub/b.kaynak.json", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "document_id,document_path,"));
  g_assert_cmpuint (count_lines (csv), ==, 6);

  /* no temporary file is left beside it */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (name, "out.csv") || g_str_equal (name, "corpus"));
  g_dir_close (dir);
}

/* --spreadsheet (and its old name --bom) and --fact-checker-name reach
 * the exporters */
static void
test_export_options (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "bom.csv", NULL);
  g_autofree char *csv = NULL;

  g_assert_cmpint (run (fixture, &out, &err, "--export", "csv", "--spreadsheet", "--output", "bom.csv",
                        "corpus/a.kaynak.json", NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "document_id,"));
  {
    g_autofree char *out0 = NULL, *err0 = NULL, *csv0 = NULL;

    /* the deprecated name does the same */
    g_assert_cmpint (run (fixture, &out0, &err0, "--export", "csv", "--bom", "--output", "bom.csv",
                          "corpus/a.kaynak.json", NULL), ==, 0);
    g_assert_true (g_file_get_contents (path, &csv0, NULL, NULL));
    g_assert_cmpstr (csv0, ==, csv);
  }

  /* without the flag, no byte order mark */
  g_assert_cmpint (run (fixture, &out2, &err2, "--export", "csv", "corpus/a.kaynak.json", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out2, "document_id,"));

  /* the fact-checker given on the command line is the reviews' author */
  {
    g_autofree char *out4 = NULL, *err4 = NULL;
    g_autofree char *folder = g_build_filename (fixture->dir, "reviews", NULL);
    g_autoptr(GDir) dir = NULL;
    const char *name;
    guint n_found = 0;

    g_assert_cmpint (run (fixture, &out4, &err4, "--export", "claimreview", "--output", "reviews",
                          "--fact-checker-name", "Örnek Doğrulama",
                          "--fact-checker-url", "https://example.org/dogrulama",
                          "corpus/a.kaynak.json", NULL), ==, 0);
    dir = g_dir_open (folder, 0, NULL);
    g_assert_nonnull (dir);
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path2 = g_build_filename (folder, name, NULL);
        g_autofree char *json = NULL;

        g_assert_true (g_file_get_contents (path2, &json, NULL, NULL));
        g_assert_nonnull (strstr (json, "Örnek Doğrulama"));
        g_assert_nonnull (strstr (json, "https://example.org/dogrulama"));
        /* an organisation unless told otherwise (no settings here) */
        g_assert_nonnull (strstr (json, "\"@type\": \"Organization\",\n      \"name\": \"Örnek Doğrulama\""));
        n_found++;
      }
    g_assert_cmpuint (n_found, ==, 1);
  }

  /* --fact-checker-kind person makes the author a Person */
  {
    g_autofree char *out5 = NULL, *err5 = NULL;
    g_autofree char *folder = g_build_filename (fixture->dir, "reviews-person", NULL);
    g_autoptr(GDir) dir = NULL;
    const char *name;

    g_assert_cmpint (run (fixture, &out5, &err5, "--export", "claimreview", "--output", "reviews-person",
                          "--fact-checker-name", "Ayşe Yılmaz", "--fact-checker-kind", "person",
                          "corpus/a.kaynak.json", NULL), ==, 0);
    dir = g_dir_open (folder, 0, NULL);
    g_assert_nonnull (dir);
    name = g_dir_read_name (dir);
    g_assert_nonnull (name);
    {
      g_autofree char *path2 = g_build_filename (folder, name, NULL);
      g_autofree char *json = NULL;

      g_assert_true (g_file_get_contents (path2, &json, NULL, NULL));
      g_assert_nonnull (strstr (json, "\"@type\": \"Person\",\n      \"name\": \"Ayşe Yılmaz\""));
    }
  }

  /* any other kind is a usage error */
  {
    g_autofree char *out6 = NULL, *err6 = NULL;

    g_assert_cmpint (run (fixture, &out6, &err6, "--export", "claimreview", "--output", "reviews-bad",
                          "--fact-checker-kind", "robot", "corpus/a.kaynak.json", NULL), ==, 2);
    g_assert_nonnull (strstr (err6, "--fact-checker-kind"));
  }

  /* options of --export are refused with other commands */
  g_assert_cmpint (run (fixture, &out3, &err3, "--check", "--fact-checker-name", "X",
                        "corpus/a.kaynak.json", NULL), ==, 2);
  g_assert_nonnull (strstr (err3, "--export"));
}

static void
test_export_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *ann = g_build_filename (fixture->dir, "brat", "b.ann", NULL);
  g_autofree char *conf = g_build_filename (fixture->dir, "brat", "annotation.conf", NULL);

  g_assert_cmpint (run (fixture, &out, &err, "--export", "brat", "--output", "brat",
                        "corpus", NULL), ==, 1);
  g_assert_true (g_file_test (ann, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (conf, G_FILE_TEST_EXISTS));

  /* and back: a folder given to the brat import stands for its .ann files */
  {
    g_autofree char *out2 = NULL, *err2 = NULL;
    g_autofree char *a = g_build_filename (fixture->dir, "back", "a.kaynak.json", NULL);
    g_autofree char *b = g_build_filename (fixture->dir, "back", "b.kaynak.json", NULL);

    g_assert_cmpint (run (fixture, &out2, &err2, "--import", "brat", "--output", "back",
                          "brat", NULL), ==, 0);
    g_assert_true (g_file_test (a, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (b, G_FILE_TEST_EXISTS));
    g_assert_nonnull (strstr (err2, "Imported 2 articles, 5 claims"));
  }
}

static void
test_export_usage (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run (fixture, &out1, &err1, "--export", "brat", "corpus", NULL), ==, 2);
  g_assert_nonnull (strstr (err1, "--output"));
  g_assert_cmpint (run (fixture, &out2, &err2, "--export", "docx", "corpus", NULL), ==, 2);
  g_assert_nonnull (strstr (err2, "jsonl, doccano, csv"));
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  static const char good[] =
    "{\"text\": \"Birinci haber.\", \"label\": [[0, 7, \"Bakanlık\"]]}\n"
    "{\"text\": \"İkinci haber.\", \"label\": []}\n";
  static const char bad[] =
    "{\"text\": \"Birinci haber.\", \"label\": [[0, 7, \"Bakanlık\"]]}\n"
    "{\"text\": \"İkinci haber.\", \"label\": [[3, 99, \"X\"]]}\n";
  g_autofree char *in = g_build_filename (fixture->dir, "in.jsonl", NULL);
  g_autofree char *bad_in = g_build_filename (fixture->dir, "bad.jsonl", NULL);
  g_autofree char *first = g_build_filename (fixture->dir, "imported", "in-1.kaynak.json", NULL);
  g_autofree char *bad_first = g_build_filename (fixture->dir, "imported", "bad-1.kaynak.json", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;

  g_assert_true (g_file_set_contents (in, good, -1, NULL));
  g_assert_true (g_file_set_contents (bad_in, bad, -1, NULL));

  g_assert_cmpint (run (fixture, &out1, &err1, "--import", "doccano", "--output", "imported",
                        "in.jsonl", NULL), ==, 0);
  g_assert_true (g_file_get_contents (first, &before, NULL, NULL));
  g_assert_nonnull (strstr (before, "Bakanlık"));

  /* never overwrite: the second run refuses and leaves the file alone */
  g_assert_cmpint (run (fixture, &out2, &err2, "--import", "doccano", "--output", "imported",
                        "in.jsonl", NULL), ==, 1);
  g_assert_nonnull (strstr (err2, "already exists"));
  g_assert_true (g_file_get_contents (first, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  /* never half: line 2 is bad, so line 1 is not written either */
  g_assert_cmpint (run (fixture, &out3, &err3, "--import", "doccano", "--output", "imported",
                        "bad.jsonl", NULL), ==, 1);
  g_assert_nonnull (strstr (err3, "line 2"));
  g_assert_false (g_file_test (bad_first, G_FILE_TEST_EXISTS));
}

/* W3C annotations made on another copy of the article: each claim moved
 * or orphaned is named on stderr, and the summary counts them */
static void
test_import_w3c_report (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *golden = g_test_build_filename (G_TEST_DIST, "data", "formats", "golden",
                                                   "w3c", "two-articles.jsonld", NULL);
  g_autofree char *in = g_build_filename (fixture->dir, "copy.jsonld", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GString) edited = NULL;

  g_assert_true (g_file_get_contents (golden, &contents, NULL, NULL));
  edited = g_string_new (contents);
  /* a quote that the article does not have */
  g_assert_cmpuint (g_string_replace (edited, "\"exact\": \"Bunu ABD de doğrulamıştı\"",
                                      "\"exact\": \"Bunu Rusya da yalanlamıştı\"", 0), >=, 1);
  g_assert_true (g_file_set_contents (in, edited->str, edited->len, NULL));

  g_assert_cmpint (run (fixture, &out, &err, "--import", "w3c", "--output", "w3c-copy",
                        "copy.jsonld", NULL), ==, 0);
  g_assert_nonnull (strstr (err, "copy.jsonld: first.items["));
  g_assert_nonnull (strstr (err, "kept as an orphan"));
  g_assert_nonnull (strstr (err, "; 1 claim kept as an orphan"));
}

/* The names in the fixture's folder that start with @prefix */
static guint
count_entries (Fixture    *fixture,
               const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, prefix);
  return n;
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* An --output that is a FIFO is written to, not replaced by a file */
static void
test_export_fifo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *fifo = fixture_path (fixture, "out.fifo");
  GString *read_back = g_string_new (NULL);
  char buffer[4096];
  GStatBuf st;
  gssize n;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  /* Opened for reading first, without waiting for a writer: the export
   * (a few kB) fits in the pipe, so it never waits for this reader, and
   * the reader never waits for a writer that replaced the FIFO instead */
  fd = open (fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  g_assert_cmpint (fd, >=, 0);

  g_assert_cmpint (run (fixture, &out, &err, "--export", "jsonl", "--output", "out.fifo",
                        "corpus/a.kaynak.json", "corpus/sub/b.kaynak.json", NULL), ==, 0);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (read_back, buffer, n);
  close (fd);

  g_assert_cmpuint (count_lines (read_back->str), ==, 5);
  g_assert_true (g_str_has_prefix (read_back->str, "{\"document_id\":"));
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpuint (count_entries (fixture, ".~kaynak-out.fifo"), ==, 0);
  g_string_free (read_back, TRUE);

  /* a link to the command's own stdout, a pipe here: stat() follows such
   * a /proc link where reading the link's text would not */
  {
    g_autofree char *out2 = NULL, *err2 = NULL;
    g_autofree char *link = fixture_path (fixture, "stdout-link");

    g_assert_cmpint (symlink ("/proc/self/fd/1", link), ==, 0);
    g_assert_cmpint (run (fixture, &out2, &err2, "--export", "jsonl", "--output", "stdout-link",
                          "corpus/a.kaynak.json", NULL), ==, 0);
    g_assert_cmpuint (count_lines (out2), ==, 3);
    g_assert_cmpint (g_lstat (link, &st), ==, 0);
    g_assert_true (S_ISLNK (st.st_mode));
  }
}

/* A symbolic link is followed; a new file's permissions come from the
 * umask, an existing file keeps its own */
static void
test_export_link_and_mode (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL, *out4 = NULL, *err4 = NULL;
  g_autofree char *fresh = fixture_path (fixture, "fresh.jsonl");
  g_autofree char *real = fixture_path (fixture, "real.jsonl");
  g_autofree char *link = fixture_path (fixture, "link.jsonl");
  g_autofree char *dangling = fixture_path (fixture, "dangling.jsonl");
  g_autofree char *later = fixture_path (fixture, "later.jsonl");
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  mode_t old_umask = umask (022);  /* the command line inherits it */
  GStatBuf st;

  g_assert_cmpint (run (fixture, &out1, &err1, "--export", "jsonl", "--output", "fresh.jsonl",
                        "corpus/a.kaynak.json", NULL), ==, 0);
  g_assert_cmpuint (file_mode (fresh), ==, 0644);

  g_assert_true (g_file_set_contents (real, "old\n", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0640), ==, 0);
  g_assert_cmpint (symlink ("real.jsonl", link), ==, 0);
  g_assert_cmpint (run (fixture, &out2, &err2, "--export", "jsonl", "--output", "link.jsonl",
                        "corpus/a.kaynak.json", NULL), ==, 0);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  target = g_file_read_link (link, NULL);
  g_assert_cmpstr (target, ==, "real.jsonl");
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpuint (count_lines (contents), ==, 3);
  g_assert_cmpuint (file_mode (real), ==, 0640);

  /* a second export over the existing file keeps its permissions too */
  g_assert_cmpint (run (fixture, &out3, &err3, "--export", "jsonl", "--output", "fresh.jsonl",
                        "corpus/sub/b.kaynak.json", NULL), ==, 0);
  g_assert_cmpuint (file_mode (fresh), ==, 0644);

  /* a link to a file not there yet: the file is made where it points */
  g_assert_cmpint (symlink ("later.jsonl", dangling), ==, 0);
  g_assert_cmpint (run (fixture, &out4, &err4, "--export", "jsonl", "--output", "dangling.jsonl",
                        "corpus/a.kaynak.json", NULL), ==, 0);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_test (later, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (later), ==, 0644);

  umask (old_umask);
}

static guint
count_lines_with (const char *text,
                  const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += strstr (lines[i], needle) != NULL;
  return n;
}

/* Symbolic links that lead back up or reach a folder twice, and a file
 * named twice: each article is exported once */
static void
test_export_links_in_folders (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *up = g_build_filename (fixture->dir, "corpus", "sub", "up", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "corpus", "again", NULL);

  /* a loop: corpus/sub/up is corpus */
  g_assert_cmpint (symlink ("..", up), ==, 0);
  g_assert_cmpint (run (fixture, &out1, &err1, "--export", "jsonl", "corpus", NULL), ==, 1);
  g_assert_cmpuint (count_lines (out1), ==, 5);
  g_assert_nonnull (strstr (err1, "Exported 2 articles, 5 claims"));
  g_assert_cmpint (g_unlink (up), ==, 0);

  /* two ways into sub, and a.kaynak.json named three times */
  g_assert_cmpint (symlink ("sub", again), ==, 0);
  g_assert_cmpint (run (fixture, &out2, &err2, "--export", "jsonl", "corpus",
                        "corpus/a.kaynak.json", "./corpus/a.kaynak.json", NULL), ==, 1);
  g_assert_cmpuint (count_lines (out2), ==, 5);
  g_assert_nonnull (strstr (err2, "Exported 2 articles, 5 claims"));
  /* the broken file, reached as sub/c and again/c, is reported once */
  g_assert_cmpuint (count_lines_with (err2, "c.kaynak.json"), ==, 1);
}

/* The export's child restores the default for the signals sent, in case
 * whoever runs the tests ignores them (nohup) */
static void
default_signals (gpointer data)
{
  signal (SIGINT, SIG_DFL);
  signal (SIGTERM, SIG_DFL);
  signal (SIGHUP, SIG_DFL);
}

/* An export interrupted by a signal removes its temporary file, leaves the
 * old output as it was and dies of the signal */
static void
test_export_interrupted (Fixture       *fixture,
                         gconstpointer  data)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
  const char *cli = g_getenv ("KAYNAK_CLI");
  g_autofree char *output = fixture_path (fixture, "out.jsonl");
  const char *argv[] = { cli, "--export", "jsonl", "--output", "out.jsonl",
                         "corpus/a.kaynak.json", NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "KAYNAK_TEST_STALL_EXPORT", "1", TRUE);

  g_assert_true (g_file_set_contents (output, "old\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      GPid pid;
      int status;

      /* the export stops once its temporary file is made, until the
       * signal comes (the CLI's test hook) */
      g_assert_true (g_spawn_async (fixture->dir, (char **) argv, envp,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                    G_SPAWN_STDERR_TO_DEV_NULL,
                                    default_signals, NULL, &pid, &error));
      g_assert_no_error (error);
      for (guint wait = 0; count_entries (fixture, ".~kaynak-out.jsonl.") == 0; wait++)
        {
          g_assert_cmpint (waitpid (pid, &status, WNOHANG), ==, 0);
          g_assert_cmpuint (wait, <, 1000);  /* ten seconds */
          g_usleep (10 * 1000);
        }

      g_assert_cmpint (kill (pid, signals[i]), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, signals[i]);
      g_assert_cmpuint (count_entries (fixture, ".~kaynak-out.jsonl."), ==, 0);
      g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old\n");
    }
}

/* An article without a fact-check address is named on stderr with what to
 * set, nothing is written for it, and the exit status says so */
static void
test_export_claimreview_without_address (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *bare = g_build_filename (fixture->dir, "corpus", "bare.kaynak.json", NULL);
  g_autofree char *only = fixture_path (fixture, "only");
  g_autofree char *both = fixture_path (fixture, "both");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  write_document_full (bare, 3, FALSE);

  g_assert_cmpint (run (fixture, &out1, &err1, "--export", "claimreview", "--output", "only",
                        "corpus/bare.kaynak.json", NULL), ==, 1);
  g_assert_nonnull (strstr (err1, "bare.kaynak.json: The article has no fact-check address"));
  g_assert_nonnull (strstr (err1, "Article Details"));
  dir = g_dir_open (only, 0, NULL);
  g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
  g_clear_pointer (&dir, g_dir_close);

  /* with another article that has one: that one is exported, the status
   * still says a file failed */
  g_assert_cmpint (run (fixture, &out2, &err2, "--export", "claimreview", "--output", "both",
                        "corpus/a.kaynak.json", "corpus/bare.kaynak.json", NULL), ==, 1);
  g_assert_nonnull (strstr (err2, "bare.kaynak.json: The article has no fact-check address"));
  dir = g_dir_open (both, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_has_prefix (name, "a."));
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 1);
}

/* ClaimReview writes nothing for an article without a verdict: skipped,
 * not exported, and a failure only when nothing at all was written */
static void
test_export_nothing_to_write (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *none = g_build_filename (fixture->dir, "corpus", "none.kaynak.json", NULL);
  g_autofree char *empty = fixture_path (fixture, "empty");
  g_autofree char *reviews = fixture_path (fixture, "reviews");
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  write_document (none, 1);  /* one claim, no verdict */

  g_assert_cmpint (run (fixture, &out1, &err1, "--export", "claimreview", "--output", "empty",
                        "corpus/none.kaynak.json", NULL), ==, 1);
  g_assert_nonnull (strstr (err1, "none.kaynak.json: no claim has a verdict; nothing written"));
  g_assert_nonnull (strstr (err1, "nothing was exported"));
  g_assert_null (strstr (err1, "Exported 1"));
  dir = g_dir_open (empty, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
  g_clear_pointer (&dir, g_dir_close);

  g_assert_cmpint (run (fixture, &out2, &err2, "--export", "claimreview", "--output", "reviews",
                        "corpus/a.kaynak.json", "corpus/none.kaynak.json", NULL), ==, 0);
  g_assert_nonnull (strstr (err2, "none.kaynak.json: no claim has a verdict; nothing written"));
  g_assert_nonnull (strstr (err2, "Exported 1 article, 1 claim as claimreview to reviews"));
  g_assert_nonnull (strstr (err2, "1 article with nothing to write skipped"));
  dir = g_dir_open (reviews, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

/* --output naming a file: one error, before anything is read or written */
static void
test_import_output_not_folder (Fixture       *fixture,
                               gconstpointer  data)
{
  static const char two[] =
    "{\"text\": \"Birinci haber.\", \"label\": []}\n"
    "{\"text\": \"İkinci haber.\", \"label\": []}\n";
  g_autofree char *out = NULL, *err = NULL, *contents = NULL;
  g_autofree char *in = fixture_path (fixture, "in.jsonl");
  g_autofree char *file = fixture_path (fixture, "notes.txt");

  g_assert_true (g_file_set_contents (in, two, -1, NULL));
  g_assert_true (g_file_set_contents (file, "mine\n", -1, NULL));
  g_assert_cmpint (run (fixture, &out, &err, "--import", "doccano", "--output", "notes.txt",
                        "in.jsonl", NULL), ==, 1);
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_assert_nonnull (strstr (err, "“notes.txt” is not a folder"));
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mine\n");
}

/* A save that fails midway takes back what the run had saved, and only
 * that */
static void
test_import_all_or_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char two[] =
    "{\"text\": \"Birinci haber.\", \"label\": []}\n"
    "{\"text\": \"İkinci haber.\", \"label\": []}\n";
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *in = fixture_path (fixture, "in.jsonl");
  g_autofree char *folder = fixture_path (fixture, "imported");
  g_autofree char *keep = g_build_filename (folder, "keep.kaynak.json", NULL);
  /* 245 bytes: the input's name (251) is allowed, the output's
   * (STEM.kaynak.json, 257) is over the 255 a file name may have, so its
   * save fails after in-1 and in-2 were saved */
  g_autofree char *stem = g_strnfill (245, 'u');
  g_autofree char *long_name = g_strconcat (stem, ".jsonl", NULL);
  g_autofree char *long_in = fixture_path (fixture, long_name);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* g_file_set_contents() writes a temporary file with a longer name
   * first: write under a short one and rename */
  g_assert_true (g_file_set_contents (in, strchr (two, '\n') + 1, -1, NULL));
  g_assert_cmpint (g_rename (in, long_in), ==, 0);
  g_assert_true (g_file_set_contents (in, two, -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (keep, "mine\n", -1, NULL));

  g_assert_cmpint (run (fixture, &out, &err, "--import", "doccano", "--output", "imported",
                        "in.jsonl", long_name, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "nothing was imported"));
  g_assert_cmpstr (out, ==, "");
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "keep.kaynak.json");
  g_assert_true (g_file_test (keep, G_FILE_TEST_IS_REGULAR));
}

/* Killed (SIGKILL) after two of three articles were put in place: the
 * rerun takes them back, imports all three and leaves nothing else */
static void
test_import_killed_rerun (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char three[] =
    "{\"text\": \"Birinci haber.\", \"label\": [[0, 7, \"Bakanlık\"]]}\n"
    "{\"text\": \"İkinci haber.\", \"label\": []}\n"
    "{\"text\": \"Üçüncü haber.\", \"label\": []}\n";
  const char *cli = g_getenv ("KAYNAK_CLI");
  const char *argv[] = { cli, "--import", "doccano", "--output", "imported", "in.jsonl", NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "KAYNAK_TEST_KILL_IMPORT_AT",
                                         "placed:2", TRUE);
  g_autofree char *in = fixture_path (fixture, "in.jsonl");
  g_autofree char *folder = fixture_path (fixture, "imported");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_articles = 0, n_placed = 0;
  int status;

  g_assert_true (g_file_set_contents (in, three, -1, NULL));
  g_assert_true (g_spawn_sync (fixture->dir, (char **) argv, envp, G_SPAWN_DEFAULT,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  /* killed in the middle: two articles stand there already */
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_placed += g_str_has_suffix (name, ".kaynak.json");
  g_clear_pointer (&dir, g_dir_close);
  g_assert_cmpuint (n_placed, ==, 2);

  g_assert_cmpint (run (fixture, &out, &err, "--import", "doccano", "--output", "imported",
                        "in.jsonl", NULL), ==, 0);
  g_assert_nonnull (strstr (err, "Imported 3 articles, 1 claim"));
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_has_prefix (name, "in-") && g_str_has_suffix (name, ".kaynak.json"));
      n_articles++;
    }
  g_assert_cmpuint (n_articles, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("KAYNAK_CLI") == NULL)
    {
      g_test_skip ("KAYNAK_CLI is not set");
      return g_test_run ();
    }
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/kaynak/cli/export/to-stdout", test_export_stdout);
  ADD ("/kaynak/cli/export/to-a-file", test_export_file);
  ADD ("/kaynak/cli/export/a-folder-of-documents", test_export_folder);
  ADD ("/kaynak/cli/export/options-reach-the-exporters", test_export_options);
  ADD ("/kaynak/cli/export/usage", test_export_usage);
  ADD ("/kaynak/cli/export/to-a-fifo", test_export_fifo);
  ADD ("/kaynak/cli/export/link-and-mode", test_export_link_and_mode);
  ADD ("/kaynak/cli/export/links-in-folders", test_export_links_in_folders);
  ADD ("/kaynak/cli/export/interrupted", test_export_interrupted);
  ADD ("/kaynak/cli/export/nothing-to-write", test_export_nothing_to_write);
  ADD ("/kaynak/cli/export/claimreview-without-fact-check-address",
       test_export_claimreview_without_address);
  ADD ("/kaynak/cli/import/doccano", test_import);
  ADD ("/kaynak/cli/import/w3c-report-names-moved-claims", test_import_w3c_report);
  ADD ("/kaynak/cli/import/output-not-folder", test_import_output_not_folder);
  ADD ("/kaynak/cli/import/all-or-nothing", test_import_all_or_nothing);
  ADD ("/kaynak/cli/import/killed-then-rerun", test_import_killed_rerun);
#undef ADD

  return g_test_run ();
}
