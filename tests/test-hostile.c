/* test-hostile.c: hostile and broken input, through the load API and
 * through the command line (`kaynak --check`, `kaynak --new`).
 *
 * Every input must give a clear error in KAYNAK_ERROR with a message that
 * says what is wrong (and where, for a wrong field), never a crash, a hang
 * or a load of the whole of an oversized file.  The small inputs are
 * committed in tests/data/bad/ (made by tests/data/bad/generate.py); the
 * large ones (100,000 nested brackets, sparse files over the size limit)
 * and the wrong-type documents are made here, in a temporary folder.
 *
 * The command line comes from $KAYNAK_CLI (the headless binary); its tests
 * are skipped when that is not set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-json-load.h"
#include "kaynak-test-util.h"
#include "kaynak-text-import.h"

/* --- Helpers ------------------------------------------------------------- */

static char *scratch_dir;

static char *
bad_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
}

static char *
scratch_path (const char *name)
{
  return g_build_filename (scratch_dir, name, NULL);
}

static char *
write_scratch (const char *name,
               const char *data,
               gsize       length)
{
  g_autoptr(GError) error = NULL;
  char *path = scratch_path (name);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Asserts that loading @path fails with @code and a message containing
 * each of @needles (NULL-terminated, may be empty). */
static gboolean
assert_load_fails (const char         *path,
                   int                 code,
                   const char * const *needles)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;

  document = kaynak_file_load (file, NULL, &report, &error);
  g_test_message ("%s → %s", path, error != NULL ? error->message : "(loaded)");
  if (document != NULL || error == NULL)
    {
      g_test_fail_printf ("%s was loaded without an error", path);
      return FALSE;
    }
  g_assert_null (report);
  g_assert_error (error, KAYNAK_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), >, 10);
  for (guint i = 0; needles != NULL && needles[i] != NULL; i++)
    if (strstr (error->message, needles[i]) == NULL)
      {
        g_test_fail_printf ("“%s” does not say “%s”", error->message, needles[i]);
        return FALSE;
      }
  return TRUE;
}

/* The same through kaynak_file_load_bytes(). */
static void
assert_load_bytes_fails (const char *data,
                         gsize       length,
                         int         code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, code);
}

/* Whether the command line is here to be checked too: without it the
 * load API is still checked, so the test is not skipped */
static gboolean
have_cli (void)
{
  return g_getenv ("KAYNAK_CLI") != NULL;
}

/* Runs the command line with @args in the scratch folder; returns its
 * exit status, and its stdout and stderr together in *@output. */
static int
run_cli (const char * const  *args,
         char               **output)
{
  g_auto(KaynakTestRun) run = { 0, };

  kaynak_test_run_binary (&run, scratch_dir, args);
  *output = g_strconcat (run.out, run.err, NULL);
  return run.status;
}

/* `kaynak --check PATH` exits 1 and names the file. */
static void
assert_cli_check_fails (const char *path)
{
  const char *args[] = { "--check", path, NULL };
  g_autofree char *output = NULL;
  g_autofree char *base = g_path_get_basename (path);

  if (!have_cli ())
    return;

  g_assert_cmpint (run_cli (args, &output), ==, 1);
  g_assert_true (g_utf8_validate (output, -1, NULL));
  if (strstr (output, base) == NULL)
    g_test_fail_printf ("kaynak --check output does not name %s: %s", base, output);
}

/* `kaynak --new PATH --output OUT` exits 1, names the file, writes nothing. */
static void
assert_cli_new_fails (const char *path)
{
  g_autofree char *out = scratch_path ("never-written.kaynak.json");
  const char *args[] = { "--new", path, "--output", out, NULL };
  g_autofree char *output = NULL;
  g_autofree char *base = g_path_get_basename (path);

  if (!have_cli ())
    return;

  g_assert_cmpint (run_cli (args, &output), ==, 1);
  if (strstr (output, base) == NULL)
    g_test_fail_printf ("kaynak --new output does not name %s: %s", base, output);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* --- The committed corpus ------------------------------------------------ */

typedef struct
{
  const char *name;
  int         code;
  const char *needles[3];   /* substrings the message must contain */
  const char *not_needle;   /* a substring it must not contain, or NULL */
} BadFile;

static const BadFile bad_files[] = {
  /* not JSON, or not only JSON: the strict pre-scan's words, with the
   * line and column (characters) of what is wrong */
  { "truncated.kaynak.json",              KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 14, column 14: this string is not closed" } },
  { "truncated-in-string.kaynak.json",    KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 5, column 15: this string is not closed" } },
  { "truncated-after-key.kaynak.json",    KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 1, column 30: the file ends before the document does" } },
  { "trailing-garbage.kaynak.json",       KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 2, column 1: something follows the end of the document" } },
  /* json-glib 1.6 reads a second top-level value and keeps the first
   * (leaking the tree of the other): trailing data the user never sees. */
  { "two-roots.kaynak.json",              KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 2, column 1: something follows" } },
  { "trailing-list.kaynak.json",          KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 2, column 1: something follows" } },
  /* json-glib 1.6 turns "\q" into "q" and "\uZZZZ" into something: the
   * text that loads is not the text in the file. */
  { "invalid-escape.kaynak.json",         KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 1, column 57: a backslash" } },
  { "invalid-unicode-escape.kaynak.json", KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 1, column 57: “\\u” must be followed" } },
  { "short-unicode-escape.kaynak.json",   KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 1, column 57: “\\u” must be followed" } },
  /* found by the fuzzer: "\ud" followed by the bytes of "ı" loaded as a
   * title that is not UTF-8, and its save could not be loaded again */
  { "escape-eats-utf8.kaynak.json",       KAYNAK_ERROR_SYNTAX,   { "not valid JSON", "line 1, column 54: “\\u” must be followed" } },
  /* what json-glib 1.6 reads and RFC 8259 refuses (a newer json-glib may
   * refuse some): Kaynak refuses all of them, whichever json-glib it runs
   * with */
  { "comment.kaynak.json",                KAYNAK_ERROR_SYNTAX,   { "line 4, column 3: JSON has no comments" } },
  { "block-comment.kaynak.json",          KAYNAK_ERROR_SYNTAX,   { "line 3, column 18: JSON has no comments" } },
  { "single-quotes.kaynak.json",          KAYNAK_ERROR_SYNTAX,   { "line 7, column 5: a string must be in double quotes" } },
  { "hex-number.kaynak.json",             KAYNAK_ERROR_SYNTAX,   { "line 83, column 17: JSON has no hexadecimal numbers" } },
  { "leading-zero.kaynak.json",           KAYNAK_ERROR_SYNTAX,   { "line 83, column 17: a number must not start with 0" } },
  { "negative-leading-zero.kaynak.json",  KAYNAK_ERROR_SYNTAX,   { "line 1, column 195: a number must not start with 0" } },
  { "trailing-dot.kaynak.json",           KAYNAK_ERROR_SYNTAX,   { "line 83, column 20: a digit must follow the decimal point" } },
  { "tab-in-string.kaynak.json",          KAYNAK_ERROR_SYNTAX,   { "line 1, column 54: a tab in a string must be written" } },
  { "newline-in-string.kaynak.json",      KAYNAK_ERROR_SYNTAX,   { "line 1, column 56: a line break in a string must be written" } },
  { "trailing-comma.kaynak.json",         KAYNAK_ERROR_SYNTAX,   { "line 11, column 3: an object must not end with a comma" } },
  { "unquoted-key.kaynak.json",           KAYNAK_ERROR_SYNTAX,   { "line 6, column 5: a member name must be a string in double quotes" } },
  { "nan.kaynak.json",                    KAYNAK_ERROR_SYNTAX,   { "line 1, column 202: “NaN” is not a JSON value" } },
  { "empty.kaynak.json",                  KAYNAK_ERROR_SYNTAX,   { "empty" } },
  { "whitespace-only.kaynak.json",        KAYNAK_ERROR_SYNTAX,   { "empty" } },
  /* not Unicode */
  { "lone-high-surrogate.kaynak.json",    KAYNAK_ERROR_ENCODING, { "surrogate", "line 1" } },
  { "lone-low-surrogate.kaynak.json",     KAYNAK_ERROR_ENCODING, { "surrogate" } },
  { "reversed-surrogates.kaynak.json",    KAYNAK_ERROR_ENCODING, { "surrogate" } },
  { "surrogate-at-end.kaynak.json",       KAYNAK_ERROR_ENCODING, { "surrogate" } },
  { "escaped-nul.kaynak.json",            KAYNAK_ERROR_ENCODING, { "NUL" } },
  { "invalid-utf8.kaynak.json",           KAYNAK_ERROR_ENCODING, { "UTF-8", "line 1" } },
  { "overlong-utf8.kaynak.json",          KAYNAK_ERROR_ENCODING, { "UTF-8" } },
  { "utf8-surrogate.kaynak.json",         KAYNAK_ERROR_ENCODING, { "UTF-8" } },
  { "truncated-utf8.kaynak.json",         KAYNAK_ERROR_ENCODING, { "UTF-8" } },
  { "nul-byte.kaynak.json",               KAYNAK_ERROR_ENCODING, { "NUL" } },
  { "nul-after.kaynak.json",              KAYNAK_ERROR_ENCODING, { "NUL", "line 2" } },
  { "binary.kaynak.json",                 KAYNAK_ERROR_ENCODING, { "UTF-8" } },
  /* numbers no offset or version can be.  json-glib 1.6 reads an integer
   * that overflows 64 bits as -1: the message must not blame a -1 the
   * file does not contain. */
  { "huge-integer-offset.kaynak.json",    KAYNAK_ERROR_RANGE,    { "claims[0].start" }, "-1" },
  { "huge-float-offset.kaynak.json",      KAYNAK_ERROR_INVALID,  { "claims[0].end", "whole number" } },
  { "negative-offset.kaynak.json",        KAYNAK_ERROR_RANGE,    { "claims[0].start", "-1" } },
  { "fraction-offset.kaynak.json",        KAYNAK_ERROR_INVALID,  { "claims[0].end", "whole number" } },
  { "offset-past-uint.kaynak.json",       KAYNAK_ERROR_RANGE,    { "claims[0].end", "4294967296" } },
  { "huge-version.kaynak.json",           KAYNAK_ERROR_INVALID,  { "version", "whole number" } },
  { "huge-integer-version.kaynak.json",   KAYNAK_ERROR_INVALID,  { "version" }, "-1" },
  /* JSON, but not a Kaynak file this Kaynak reads */
  { "not-an-object.kaynak.json",          KAYNAK_ERROR_NOT_KAYNAK, { "not a Kaynak file" } },
  { "other-format.kaynak.json",           KAYNAK_ERROR_NOT_KAYNAK, { "not a Kaynak file" } },
  { "newer-version.kaynak.json",          KAYNAK_ERROR_NEWER_VERSION, { "newer Kaynak" } },
  /* the same refusal, in the same words, as an empty .txt */
  { "empty-article.kaynak.json",          KAYNAK_ERROR_INVALID,  { "The article is empty" } },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = bad_path (bad->name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (!assert_load_fails (path, bad->code, bad->needles))
    return;

  /* The message must not claim something the file does not say */
  document = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_nonnull (error);
  if (bad->not_needle != NULL && strstr (error->message, bad->not_needle) != NULL)
    {
      g_test_fail_printf ("“%s” mentions “%s”, which is not in the file",
                          error->message, bad->not_needle);
      return;
    }

  /* The bytes API agrees with the file API */
  g_file_get_contents (path, &contents, &length, NULL);
  assert_load_bytes_fails (contents, length, bad->code);

  /* The decoder never crashes on it either (it may accept some as text) */
  {
    g_autoptr(GError) decode_error = NULL;
    g_autofree char *text = kaynak_text_decode ((const guint8 *) contents, length,
                                                NULL, &decode_error);
    g_assert_true ((text == NULL) != (decode_error == NULL));
    if (text != NULL)
      g_assert_true (g_utf8_validate (text, -1, NULL));
  }

  /* Nor as a source scheme (kaynak --new --sources FILE) */
  {
    g_autoptr(GPtrArray) scheme = NULL;
    g_autoptr(GError) scheme_error = NULL;

    scheme = kaynak_file_load_scheme (file, &scheme_error);
    g_assert_null (scheme);
    g_assert_nonnull (scheme_error);
    g_assert_true (g_utf8_validate (scheme_error->message, -1, NULL));
  }

  assert_cli_check_fails (path);
}

/* Text files given as articles */
typedef struct
{
  const char *name;
  int         code;
  const char *needle;
} BadText;

static const BadText bad_texts[] = {
  { "binary.txt",        KAYNAK_ERROR_BINARY,  NULL },
  { "empty-article.txt", KAYNAK_ERROR_INVALID, "The article is empty" },
};

static void
test_bad_text (gconstpointer data)
{
  const BadText *bad = data;
  g_autofree char *path = bad_path (bad->name);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = kaynak_text_import_file (file, NULL, NULL, &error);
  g_test_message ("%s → %s", path, error != NULL ? error->message : "(imported)");
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, bad->code);
  /* kaynak-text-import.h: "Error messages name the file" */
  g_assert_nonnull (strstr (error->message, base));
  if (bad->needle != NULL)
    g_assert_nonnull (strstr (error->message, bad->needle));

  assert_cli_new_fails (path);
  assert_cli_check_fails (path);
}

/* --- Nesting, generated ---------------------------------------------------- */

static char *
repeat (const char *unit,
        guint       times)
{
  GString *s = g_string_sized_new (strlen (unit) * times + 1);

  for (guint i = 0; i < times; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

/* A valid document with @extra spliced in as the value of an unknown
 * top-level field (which the loader must otherwise ignore). */
static char *
document_with_extra (const char *extra)
{
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "hello world", -1);

  return g_strdup_printf ("{\"format\":\"kaynak\",\"version\":1,\"extra\":%s,"
                          "\"article\":{\"sha256\":\"%s\",\"text\":\"hello world\"}}\n",
                          extra, sha);
}

static void
test_deep_nesting (void)
{
  const guint n = 100000;
  g_autofree char *open_arrays = repeat ("[", n);
  g_autofree char *close_arrays = repeat ("]", n);
  g_autofree char *balanced = g_strconcat (open_arrays, close_arrays, NULL);
  g_autofree char *open_objects = repeat ("{\"a\":", n);
  g_autofree char *mixed = repeat ("[{\"a\":", n / 2);
  g_autofree char *in_document = document_with_extra (balanced);
  struct {
    const char *name;
    const char *data;
  } inputs[] = {
    { "nested-open-arrays.kaynak.json",  open_arrays },
    { "nested-arrays.kaynak.json",       balanced },
    { "nested-objects.kaynak.json",      open_objects },
    { "nested-mixed.kaynak.json",        mixed },
    { "nested-in-document.kaynak.json",  in_document },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      const char *needles[] = { "deep", NULL };
      g_autofree char *path = write_scratch (inputs[i].name, inputs[i].data, -1);

      assert_load_fails (path, KAYNAK_ERROR_TOO_DEEP, needles);
      assert_load_bytes_fails (inputs[i].data, strlen (inputs[i].data), KAYNAK_ERROR_TOO_DEEP);
      assert_cli_check_fails (path);
    }
}

/* Brackets inside strings are text, not nesting; and nesting within the
 * limit in an unknown field is ignored like any unknown field. */
static void
test_nesting_not_counted_in_strings (void)
{
  g_autofree char *brackets = repeat ("[{", 50000);
  g_autofree char *in_string = g_strdup_printf ("\"\\\"%s\\\\\"", brackets);
  g_autofree char *shallow_open = repeat ("[", 30);
  g_autofree char *shallow_close = repeat ("]", 30);
  g_autofree char *shallow = g_strconcat (shallow_open, shallow_close, NULL);
  const char *extras[] = { in_string, shallow };

  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      g_autofree char *json = document_with_extra (extras[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      document = kaynak_file_load_bytes (bytes, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (kaynak_document_get_text (document), ==, "hello world");
    }
}

/* --- Over the size limit, sparse ------------------------------------------- */

static char *
make_sparse (const char *name,
             goffset     size,
             const char *head)
{
  char *path = scratch_path (name);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  if (head != NULL)
    g_assert_cmpint (write (fd, head, strlen (head)), ==, (gssize) strlen (head));
  if (ftruncate (fd, size) != 0)
    {
      int saved_errno = errno;
      close (fd);
      g_remove (path);
      g_free (path);
      g_test_skip_printf ("cannot make a sparse file: %s", g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  return path;
}

static glong
max_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static void
test_over_size_limit (void)
{
  /* One byte over: the size and the limit in the same units, and in
   * bytes since they would print the same */
  const char *needles[] = { "too large",
                            "(512.0\xc2\xa0" "MiB (536870913 bytes); the limit is 512.0\xc2\xa0" "MiB (536870912 bytes))",
                            NULL };
  g_autofree char *json = make_sparse ("huge.kaynak.json",
                                       (goffset) KAYNAK_FILE_MAX_SIZE + 1,
                                       "{\"format\":\"kaynak\",\"version\":1,\"notes\":\"");
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GFile) text_file = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  glong rss_before = max_rss_kib ();

  if (json == NULL)
    return;

  assert_load_fails (json, KAYNAK_ERROR_TOO_LARGE, needles);
  assert_cli_check_fails (json);

  text = make_sparse ("huge.txt", (goffset) KAYNAK_TEXT_MAX_SIZE + 1, "Bir haber.\n");
  if (text == NULL)
    return;
  text_file = g_file_new_for_path (text);
  base = g_path_get_basename (text);
  document = kaynak_text_import_file (text_file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, base));
  g_assert_nonnull (strstr (error->message,
                            "It is 256.0\xc2\xa0" "MiB (268435457 bytes); Kaynak reads "
                            "articles up to 256.0\xc2\xa0" "MiB (268435456 bytes)"));
  assert_cli_new_fails (text);

  /* Bounded memory: neither file was read into memory (each is 256 MiB
   * or more; reading one would raise the peak by at least that). */
  g_assert_cmpint (max_rss_kib () - rss_before, <, 128 * 1024);

  g_remove (json);
  g_remove (text);
}

/* Far over the limit, the sizes differ in MiB already: no bytes needed.
 * (GLib puts a no-break space, U+00A0, between a number and its unit.) */
static void
test_over_size_limit_units (void)
{
  const char *needles[] = { "(600.0\xc2\xa0" "MiB; the limit is 512.0\xc2\xa0" "MiB)", NULL };
  g_autofree char *json = make_sparse ("huge-600.kaynak.json",
                                       (goffset) 600 * 1024 * 1024, "{");
  g_autofree char *text = NULL;
  g_autoptr(GFile) text_file = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (json == NULL)
    return;
  assert_load_fails (json, KAYNAK_ERROR_TOO_LARGE, needles);
  g_remove (json);

  text = make_sparse ("huge-300.txt", (goffset) 300 * 1024 * 1024, "Bir haber.\n");
  if (text == NULL)
    return;
  text_file = g_file_new_for_path (text);
  document = kaynak_text_import_file (text_file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message,
                            "It is 300.0\xc2\xa0" "MiB; Kaynak reads articles up to 256.0\xc2\xa0" "MiB"));
  g_remove (text);
}

/* --- Many small values ---------------------------------------------------------- */

/* Peak memory since the last reset_peak(), in KiB, from Linux's high-water
 * mark of this process (VmHWM), which writing "5" to /proc/self/clear_refs
 * resets.  (A child's peak cannot be had instead: a spawned process starts
 * its own mark at what its parent held.)  FALSE where that is not there. */
static gboolean
reset_peak (void)
{
  int fd = open ("/proc/self/clear_refs", O_WRONLY);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, "5", 1) == 1;
  close (fd);
  return ok;
}

static glong
status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1;
  return strtol (line + strlen (field), NULL, 10);
}

static char *
join_repeated (const char *head,
               const char *unit,
               guint       times,
               const char *tail)
{
  GString *s = g_string_sized_new (strlen (head) + (strlen (unit) + 1) * times + strlen (tail));

  g_string_append (s, head);
  for (guint i = 0; i < times; i++)
    {
      if (i > 0)
        g_string_append_c (s, ',');
      g_string_append (s, unit);
    }
  g_string_append (s, tail);
  return g_string_free (s, FALSE);
}

/* json-glib takes some 80 bytes per value and 300 per list or object,
 * whatever their size in the file: before the loader counted them, 20 MB
 * of "[0,0,…]" took 825 MB to load and 7.5 MB of "[{},{},…]" 757 MB.  They
 * are refused from the pre-scan's counts now, before json-glib runs, in
 * whatever part of the file they are. */
static void
test_many_values (void)
{
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "hello world", -1);
  g_autofree char *head = g_strdup_printf ("{\"format\":\"kaynak\",\"version\":1,"
                                           "\"article\":{\"sha256\":\"%s\",\"text\":\"hello world\"},",
                                           sha);
  g_autofree char *in_extra = g_strconcat (head, "\"extra\":[", NULL);
  g_autofree char *in_claim = g_strconcat (head, "\"claims\":[{\"id\":\"a\",\"start\":0,"
                                           "\"end\":5,\"quote\":\"hello\",\"status\":\"unverified\","
                                           "\"created\":\"2026-11-29T09:12:44Z\","
                                           "\"modified\":\"2026-11-29T09:12:44Z\",\"cues\":[", NULL);
  struct {
    const char *name;
    char       *data;
    const char *needle;
    int         code;
  } inputs[] = {
    { "zeros.kaynak.json",        join_repeated ("[", "0", 10000000, "]"),
      "more values than Kaynak reads at once: 10000001,", KAYNAK_ERROR_TOO_LARGE },
    { "objects.kaynak.json",      join_repeated ("[", "{}", 2500000, "]"),
      "2500001 of them lists and objects", KAYNAK_ERROR_TOO_LARGE },
    { "zeros-in-extra.kaynak.json", join_repeated (in_extra, "0", 10000000, "],\"claims\":[]}"),
      "more values than Kaynak reads at once", KAYNAK_ERROR_TOO_LARGE },
    { "cues-in-claim.kaynak.json", join_repeated (in_claim, "\"a\"", 4000000, "]}]}"),
      "claims[0] has more values than a claim may have: 4000009,", KAYNAK_ERROR_TOO_LARGE },
    /* json-glib would build all of it before it found the string
     * unterminated; the strict pre-scan refuses it before json-glib runs */
    { "zeros-unterminated.kaynak.json", join_repeated ("[", "0", 10000000, ",\"abc"),
      "line 1, column 20000002: this string is not closed", KAYNAK_ERROR_SYNTAX },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      const char *needles[] = { inputs[i].needle, NULL };
      g_autofree char *path = write_scratch (inputs[i].name, inputs[i].data, -1);
      gsize length = strlen (inputs[i].data);
      gboolean measured = reset_peak ();
      glong rss_before = status_kib ("VmRSS:");

      /* Bounded memory: loading holds the file and little more (each of
       * these took 700 MB or more before) */
      assert_load_fails (path, inputs[i].code, needles);
      if (measured && rss_before > 0)
        {
          glong added = status_kib ("VmHWM:") - rss_before;

          g_test_message ("loading %s: %ld KiB at most (the file: %" G_GSIZE_FORMAT " bytes)",
                          inputs[i].name, added, length);
          g_assert_cmpint (added, <, 160 * 1024);
        }

      assert_load_bytes_fails (inputs[i].data, length, inputs[i].code);
      g_free (inputs[i].data);
      assert_cli_check_fails (path);
      g_remove (path);
    }
}

/* --- Imports: every JSON behind the same guard ------------------------------------ */

/* The address space the import may use: 2 GiB.  json-glib took about
 * 4 GB for the file below before the imports counted values, so it died
 * (abort) under this limit.  AddressSanitizer reserves terabytes of
 * address space for itself: not there. */
#define IMPORT_AS_LIMIT ((rlim_t) 2 * 1024 * 1024 * 1024)

static void
limit_address_space (gpointer data)
{
#if !defined(__SANITIZE_ADDRESS__)
  struct rlimit limit = { IMPORT_AS_LIMIT, IMPORT_AS_LIMIT };

  setrlimit (RLIMIT_AS, &limit);
#endif
}

/* A 100 MB file of 50 million zeros in a member nobody reads: refused
 * from the pre-scan's count, with the loader's kind of message, in a
 * process limited to 2 GiB, and nothing is written */
static void
test_import_zero_bomb (gconstpointer data)
{
  const char *format = data;
  gboolean doccano = g_str_equal (format, "doccano");
  const char *head = doccano ? "{\"text\":\"hello world\",\"label\":[],\"x\":["
                             : "{\"type\":\"AnnotationCollection\",\"kaynak:documents\":[],\"x\":[";
  g_autofree char *name = g_strdup_printf ("bomb.%s", doccano ? "jsonl" : "jsonld");
  g_autofree char *bomb = join_repeated (head, "0", 50000000, "]}\n");
  g_autofree char *path = write_scratch (name, bomb, strlen (bomb));
  g_autofree char *out_dir = scratch_path ("bomb-out");
  const char *args[] = { "--import", format, "--output", out_dir, path, NULL };
  g_auto(KaynakTestRun) run = { 0, };

  g_clear_pointer (&bomb, g_free);
  if (kaynak_test_binary () == NULL)
    {
      g_remove (path);
      return;
    }
  /* an answer, not a crash (kaynak_test_run_binary_full() fails the test
   * on a signal) */
  kaynak_test_run_binary_full (&run, scratch_dir, args, limit_address_space);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, name));
  g_assert_nonnull (strstr (run.err, "more values than Kaynak reads at once: 5000000"));
  if (doccano)
    g_assert_nonnull (strstr (run.err, "line 1: "));
  g_assert_false (g_file_test (out_dir, G_FILE_TEST_EXISTS));
  g_remove (path);
}

/* --- Pipes --------------------------------------------------------------------- */

/* Opening a FIFO for reading waits for a writer: a loader that opens one
 * in the ordinary way never returns.  The load runs in a thread; if it
 * has not answered after a long while, the test opens the FIFO for
 * writing itself to let it go, and fails. */
typedef struct
{
  const char *path;
  gboolean    text;     /* through the text import rather than the loader */
  GError     *error;
  gboolean    loaded;
  gboolean    done;
  GMutex      mutex;
  GCond       cond;
} FifoLoad;

static gpointer
fifo_load_thread (gpointer data)
{
  FifoLoad *load = data;
  g_autoptr(GFile) file = g_file_new_for_path (load->path);
  g_autoptr(KaynakDocument) document = NULL;
  GError *error = NULL;

  if (load->text)
    document = kaynak_text_import_file (file, NULL, NULL, &error);
  else
    document = kaynak_file_load (file, NULL, NULL, &error);

  g_mutex_lock (&load->mutex);
  load->loaded = document != NULL;
  load->error = error;
  load->done = TRUE;
  g_cond_signal (&load->cond);
  g_mutex_unlock (&load->mutex);
  return NULL;
}

static void
assert_fifo_refused (const char *name,
                     gboolean    text)
{
  g_autofree char *path = scratch_path (name);
  FifoLoad load = { path, text, NULL, FALSE, FALSE };
  GThread *thread;
  gint64 deadline;
  gboolean hung = FALSE;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  g_mutex_init (&load.mutex);
  g_cond_init (&load.cond);

  thread = g_thread_new ("fifo-load", fifo_load_thread, &load);
  deadline = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;
  g_mutex_lock (&load.mutex);
  while (!load.done)
    if (!g_cond_wait_until (&load.cond, &load.mutex, deadline))
      break;
  hung = !load.done;
  g_mutex_unlock (&load.mutex);

  if (hung)
    {
      /* A writer that comes and goes lets the blocked open() return */
      int fd = open (path, O_WRONLY);

      if (fd >= 0)
        close (fd);
    }
  g_thread_join (thread);

  g_test_message ("%s → %s", name, load.error != NULL ? load.error->message : "(loaded)");
  if (hung)
    g_test_fail_printf ("loading the FIFO %s blocked until a writer came", name);
  g_assert_false (load.loaded);
  g_assert_nonnull (load.error);
  if (text)
    {
      g_assert_error (load.error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (load.error->message, "device or a pipe"));
    }
  else
    {
      g_assert_error (load.error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_nonnull (strstr (load.error->message, "not a regular file"));
    }
  g_clear_error (&load.error);
  g_mutex_clear (&load.mutex);
  g_cond_clear (&load.cond);

  /* The command line too; a hang there is meson's timeout */
  if (!hung)
    {
      assert_cli_check_fails (path);
      if (text)
        assert_cli_new_fails (path);
    }
  g_remove (path);
}

static void
test_fifo (void)
{
  assert_fifo_refused ("fifo.kaynak.json", FALSE);
  assert_fifo_refused ("fifo.txt", TRUE);
}

/* --- Wrong types in every field --------------------------------------------- */

typedef enum
{
  KIND_STRING = 1 << 0,
  KIND_INT    = 1 << 1,
  KIND_DOUBLE = 1 << 2,
  KIND_BOOL   = 1 << 3,
  KIND_NULL   = 1 << 4,
  KIND_ARRAY  = 1 << 5,
  KIND_OBJECT = 1 << 6,
} Kind;

#define N_KINDS 7

static JsonNode *
node_of_kind (Kind kind)
{
  switch (kind)
    {
    case KIND_STRING:
      return json_node_init_string (json_node_alloc (), "wrong");
    case KIND_INT:
      return json_node_init_int (json_node_alloc (), 7);
    case KIND_DOUBLE:
      return json_node_init_double (json_node_alloc (), 1.5);
    case KIND_BOOL:
      return json_node_init_boolean (json_node_alloc (), TRUE);
    case KIND_NULL:
      return json_node_init_null (json_node_alloc ());
    case KIND_ARRAY:
      {
        JsonNode *node = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (node, json_array_new ());
        return node;
      }
    case KIND_OBJECT:
    default:
      {
        JsonNode *node = json_node_new (JSON_NODE_OBJECT);
        json_node_take_object (node, json_object_new ());
        return node;
      }
    }
}

static const char *
kind_name (Kind kind)
{
  switch (kind)
    {
    case KIND_STRING: return "string";
    case KIND_INT:    return "int";
    case KIND_DOUBLE: return "double";
    case KIND_BOOL:   return "bool";
    case KIND_NULL:   return "null";
    case KIND_ARRAY:  return "array";
    default:          return "object";
    }
}

typedef struct
{
  const char *path;     /* in the example document */
  guint       allowed;  /* kinds that are not a type error */
  int         code;     /* expected for every other kind */
} Field;

/* Every field of tests/data/example.kaynak.json.  "allowed" kinds may
 * still fail (e.g. an unknown status string), just not as a type error. */
static const Field fields[] = {
  { "format",                 0,                      KAYNAK_ERROR_NOT_KAYNAK },
  { "version",                KIND_INT,               KAYNAK_ERROR_INVALID },
  { "metadata",               KIND_OBJECT,            KAYNAK_ERROR_INVALID },
  { "metadata.title",         KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "metadata.url",           KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "metadata.outlet",        KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "metadata.published",     KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "metadata.language",      KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "metadata.notes",         KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "article",                KIND_OBJECT,            KAYNAK_ERROR_INVALID },
  { "article.sha256",         KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "article.text",           KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "sources",                KIND_ARRAY,             KAYNAK_ERROR_INVALID },
  { "sources[0]",             KIND_OBJECT,            KAYNAK_ERROR_INVALID },
  { "sources[0].id",          KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "sources[0].label",       KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "sources[0].color",       KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "sources[0].shortcut",    KIND_INT | KIND_NULL,   KAYNAK_ERROR_INVALID },
  { "sources[0].kind",        KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "sources[0].aliases",     KIND_ARRAY,             KAYNAK_ERROR_INVALID },
  { "sources[0].aliases[0]",  KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "sources[0].description", KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims",                 KIND_ARRAY,             KAYNAK_ERROR_INVALID },
  { "claims[0]",              KIND_OBJECT,            KAYNAK_ERROR_INVALID },
  { "claims[0].id",           KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].start",        KIND_INT,               KAYNAK_ERROR_INVALID },
  { "claims[0].end",          KIND_INT,               KAYNAK_ERROR_INVALID },
  { "claims[0].quote",        KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].prefix",       KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].suffix",       KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].source",       KIND_STRING | KIND_NULL, KAYNAK_ERROR_INVALID },
  { "claims[0].status",       KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].note",         KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].cues",         KIND_ARRAY,             KAYNAK_ERROR_INVALID },
  { "claims[0].cues[0]",      KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].author",       KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].created",      KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "claims[0].modified",     KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "links",                  KIND_ARRAY,             KAYNAK_ERROR_INVALID },
  { "links[0]",               KIND_OBJECT,            KAYNAK_ERROR_INVALID },
  { "links[0].id",            KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "links[0].type",          KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "links[0].from",          KIND_STRING,            KAYNAK_ERROR_INVALID },
  { "links[0].to",            KIND_STRING,            KAYNAK_ERROR_INVALID },
};

/* Replaces the node at @path ("claims[0].cues[0]") under @root by @value
 * (taking it). */
static void
replace_at_path (JsonNode   *root,
                 const char *path,
                 JsonNode   *value)
{
  g_auto(GStrv) steps = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint s = 0; steps[s] != NULL; s++)
    {
      g_autofree char *member = g_strdup (steps[s]);
      char *bracket = strchr (member, '[');
      gboolean last = steps[s + 1] == NULL;
      JsonObject *object = json_node_get_object (node);
      guint index = 0;

      if (bracket != NULL)
        {
          index = (guint) g_ascii_strtoull (bracket + 1, NULL, 10);
          *bracket = '\0';
        }

      if (last && bracket == NULL)
        {
          g_assert_true (json_object_has_member (object, member));
          json_object_set_member (object, member, value);
          return;
        }

      node = json_object_get_member (object, member);
      g_assert_nonnull (node);
      if (bracket != NULL)
        {
          JsonArray *array = json_node_get_array (node);

          g_assert_cmpuint (index, <, json_array_get_length (array));
          if (last)
            {
              /* json-glib 1.6 has no set_element: rebuild the list */
              JsonArray *copy = json_array_new ();

              for (guint i = 0; i < json_array_get_length (array); i++)
                json_array_add_element (copy, i == index ? value
                                        : json_node_copy (json_array_get_element (array, i)));
              json_object_set_array_member (object, member, copy);
              return;
            }
          node = json_array_get_element (array, index);
        }
    }
  g_assert_not_reached ();
}

static void
test_wrong_types (void)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autofree char *contents = NULL;
  guint n_checked = 0;
  gsize length;

  g_file_get_contents (example, &contents, &length, NULL);
  g_assert_nonnull (contents);

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      gboolean cli_done = FALSE;

      for (guint k = 0; k < N_KINDS; k++)
        {
          Kind kind = 1 << k;
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(JsonGenerator) generator = json_generator_new ();
          g_autoptr(KaynakDocument) document = NULL;
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          g_autofree char *json = NULL;
          gsize json_length;

          if (fields[f].allowed & kind)
            continue;

          json_parser_load_from_data (parser, contents, length, &error);
          g_assert_no_error (error);
          replace_at_path (json_parser_get_root (parser), fields[f].path, node_of_kind (kind));
          json_generator_set_root (generator, json_parser_get_root (parser));
          json = json_generator_to_data (generator, &json_length);

          bytes = g_bytes_new (json, json_length);
          document = kaynak_file_load_bytes (bytes, NULL, &error);
          g_test_message ("%s = %s → %s", fields[f].path, kind_name (kind),
                          error != NULL ? error->message : "(loaded)");
          if (document != NULL)
            {
              g_test_fail_printf ("%s as a %s was accepted", fields[f].path, kind_name (kind));
              continue;
            }
          g_assert_error (error, KAYNAK_ERROR, fields[f].code);
          /* The message names the field (a wrong "format" is simply not
           * a Kaynak file) */
          if (fields[f].code != KAYNAK_ERROR_NOT_KAYNAK &&
              strstr (error->message, fields[f].path) == NULL)
            {
              g_test_fail_printf ("“%s” does not name %s", error->message, fields[f].path);
              continue;
            }
          n_checked++;

          /* Once per field through the command line too */
          if (!cli_done && have_cli ())
            {
              g_autofree char *name = g_strdup_printf ("wrong-%u.kaynak.json", f);
              g_autofree char *path = write_scratch (name, json, json_length);
              const char *args[] = { "--check", path, NULL };
              g_autofree char *output = NULL;

              g_assert_cmpint (run_cli (args, &output), ==, 1);
              g_assert_nonnull (strstr (output, name));
              if (fields[f].code != KAYNAK_ERROR_NOT_KAYNAK)
                g_assert_nonnull (strstr (output, fields[f].path));
              g_remove (path);
              cli_done = TRUE;
            }
        }
    }

  g_assert_cmpuint (n_checked, >, 200);
}

/* The unmutated example loads: the table above tests real fields. */
static void
test_example_loads (void)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 5);
}

/* --- Whatever loads saves to something that loads ------------------------ */

/* The fuzzer's property, on every committed input (the seed corpus and the
 * bad corpus): a file that loads must save to bytes that load again and
 * save to the same bytes, or a user who opens and saves it loses it. */
static void
check_round_trip_in (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GBytes) saved_again = NULL;
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(KaynakDocument) reloaded = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, NULL))
        continue;
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      document = kaynak_file_load_bytes (bytes, NULL, &error);
      if (document == NULL)
        continue;

      saved = kaynak_file_serialize (document);
      reloaded = kaynak_file_load_bytes (saved, NULL, &error);
      if (reloaded == NULL)
        {
          g_test_message ("%s loads, but its save does not: %s", name, error->message);
          g_test_fail_printf ("%s loads, but its save does not: %s", name, error->message);
          continue;
        }
      saved_again = kaynak_file_serialize (reloaded);
      if (!g_bytes_equal (saved, saved_again))
        {
          g_test_message ("%s: save, load and save again changed the bytes", name);
          g_test_fail_printf ("%s: save, load and save again changed the bytes", name);
        }
    }
}

static void
test_round_trip (void)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);

  check_round_trip_in (bad);
  check_round_trip_in (corpus);
}

/* --- Error positions under a Turkish locale ---------------------------------- */

/* The line and column a committed file's needle names ("line 4, column
 * 3: …"), from the test's own English words */
static gboolean
needle_position (const BadFile *bad,
                 guint         *line,
                 guint         *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad->needles) && bad->needles[i] != NULL; i++)
    {
      const char *at = strstr (bad->needles[i], "line ");

      if (at != NULL && sscanf (at, "line %u, column %u", line, column) == 2)
        return TRUE;
    }
  return FALSE;
}

/* The message names @line and @column (in whatever words: Kaynak's own
 * may be translated too) and nothing of json-glib's "<data>:4:32: …" */
static void
assert_position_said (const char *what,
                      const char *message,
                      guint       line,
                      guint       column)
{
  g_autofree char *line_text = g_strdup_printf (" %u,", line);
  g_autofree char *column_text = g_strdup_printf (" %u:", column);
  const char *at;

  g_test_message ("%s: %s", what, message);
  if (strstr (message, "<data>") != NULL)
    g_test_fail_printf ("%s: json-glib's “<data>” in “%s”", what, message);
  else if ((at = strstr (message, line_text)) == NULL || strstr (at, column_text) == NULL)
    g_test_fail_printf ("%s: “%s” does not say line %u, column %u", what, message, line, column);
}

/* json-glib's parse errors are translated: "<data>:4:32: Ayrıştırma
 * hatası: …" under Turkish.  Kaynak read the line and column back out of
 * the English text with sscanf(), so under a Turkish locale `kaynak
 * --check` printed json-glib's "<data>:4:32" instead of them.  The
 * corpus's syntax errors, through the loader and `kaynak --check`, with
 * LANGUAGE=tr (and LC_ALL=C.UTF-8, without which gettext translates
 * nothing): every one still says its line and column.
 *
 * The loader in this process is where json-glib's Turkish showed: GLib
 * translates a library's messages only when the program's own are
 * translated too (g_dgettext()), which holds for this test (no domain of
 * its own) and for an installed Kaynak, not for the uninstalled `kaynak`
 * of the build tree, whose run here checks the words it prints. */
static void
test_turkish_positions (void)
{
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *old_lc_all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  guint checked = 0;

  g_assert_true (g_setenv ("LANGUAGE", "tr", TRUE));
  g_assert_true (g_setenv ("LC_ALL", "C.UTF-8", TRUE));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));

  /* Only meaningful if json-glib speaks Turkish here (its catalog comes
   * with libjson-glib-1.0-common, which json-glib depends on) */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;

    g_assert_false (json_parser_load_from_data (parser, "[1 2]", -1, &error));
    g_test_message ("json-glib under Turkish: %s", error->message);
    g_assert_nonnull (strstr (error->message, "<data>"));
    g_assert_null (strstr (error->message, "Parse error"));
  }

  /* json-glib's own failures (the strict pre-scan leaves it none to find
   * in a file, but kaynak_json_load() is there for them) are placed by
   * its API, not its Turkish message */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;

    g_assert_false (kaynak_json_load (parser, "{\n\"a\": ]", strlen ("{\n\"a\": ]"), 3, 1, &error));
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
    g_test_message ("kaynak_json_load() under Turkish: %s", error->message);
    g_assert_null (strstr (error->message, "<data>"));
    g_assert_nonnull (strstr (error->message, " 4, "));   /* line 2 of a part on line 3 */
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autofree char *path = bad_path (bad->name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      guint line, column;

      if (bad->code != KAYNAK_ERROR_SYNTAX || !needle_position (bad, &line, &column))
        continue;

      document = kaynak_file_load (file, NULL, NULL, &error);
      g_assert_null (document);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
      assert_position_said (bad->name, error->message, line, column);

      if (have_cli ())
        {
          const char *args[] = { "--check", path, NULL };
          g_autofree char *output = NULL;

          g_assert_cmpint (run_cli (args, &output), ==, 1);
          assert_position_said (bad->name, output, line, column);
        }
      checked++;
    }
  g_assert_cmpuint (checked, >=, 20);

  setlocale (LC_ALL, old_locale);
  if (old_language != NULL)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (old_lc_all != NULL)
    g_setenv ("LC_ALL", old_lc_all, TRUE);
  else
    g_unsetenv ("LC_ALL");
}

/* --- Main -------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  scratch_dir = kaynak_test_make_temp_dir ("kaynak-hostile-XXXXXX");

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kaynak/hostile/file/%s", bad_files[i].name);
      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kaynak/hostile/text/%s", bad_texts[i].name);
      g_test_add_data_func (path, &bad_texts[i], test_bad_text);
    }
  g_test_add_func ("/kaynak/hostile/nesting/deep", test_deep_nesting);
  g_test_add_func ("/kaynak/hostile/nesting/strings-and-shallow", test_nesting_not_counted_in_strings);
  g_test_add_func ("/kaynak/hostile/size/over-limit", test_over_size_limit);
  g_test_add_func ("/kaynak/hostile/size/over-limit-units", test_over_size_limit_units);
  g_test_add_func ("/kaynak/hostile/fifo-never-blocks", test_fifo);
  g_test_add_data_func ("/kaynak/hostile/import/zero-bomb/doccano", "doccano", test_import_zero_bomb);
  g_test_add_data_func ("/kaynak/hostile/import/zero-bomb/w3c", "w3c", test_import_zero_bomb);
  g_test_add_func ("/kaynak/hostile/many-values", test_many_values);
  g_test_add_func ("/kaynak/hostile/types/unmutated-example-loads", test_example_loads);
  g_test_add_func ("/kaynak/hostile/types/every-field-wrongly-typed", test_wrong_types);
  g_test_add_func ("/kaynak/hostile/awkward-strings-round-trip", test_round_trip);
  g_test_add_func ("/kaynak/hostile/turkish-error-positions", test_turkish_positions);

  status = g_test_run ();

  kaynak_test_remove_tree (scratch_dir);
  g_free (scratch_dir);
  return status;
}
