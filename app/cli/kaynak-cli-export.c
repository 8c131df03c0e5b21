/* kaynak-cli-export.c: the command-line side of the dataset formats.
 *
 * The formats themselves live in app/core (kaynak-export.h); this file
 * walks the inputs, reports progress and problems, and makes sure no half
 * file is left behind: a dataset file is written through
 * kaynak_export_output_new() (a temporary file beside it, renamed into
 * place at the end; removed here on SIGINT, SIGTERM and SIGHUP too);
 * per-article files are written atomically by the core; an import puts
 * all its articles in place at the end or none, across kills too
 * (kaynak-file-batch.h).
 *
 * The exporters' options come from flags (kaynak-cli.c): --spreadsheet
 * (once --bom) makes a CSV for spreadsheet programs; --fact-checker-name,
 * --fact-checker-url and --fact-checker-kind name the ClaimReview author, and without them the
 * window's Preferences do when Kaynak is installed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "kaynak-cli.h"
#include "kaynak-cli-export.h"
#include "kaynak-brat-files.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include "kaynak-file-batch.h"
#include "kaynak-test-hooks.h"

/* --- Progress ------------------------------------------------------------- */

typedef struct
{
  gboolean              tty;
  gboolean              shown;
  const KaynakExporter *exporter;
} Progress;

static void
progress_show (Progress   *progress,
               guint       done,
               guint       total,
               const char *name)
{
  g_autofree char *base = NULL;

  if (!progress->tty)
    return;
  base = g_path_get_basename (name);
  /* \r and "erase to end of line": one line that keeps being rewritten */
  g_printerr ("\r\033[K[%u/%u] %s", done, total, base);
  progress->shown = TRUE;
}

static void
progress_clear (Progress *progress)
{
  if (progress->shown)
    g_printerr ("\r\033[K");
  progress->shown = FALSE;
}

/* Problems go on their own line, even in the middle of progress */
static void
report (Progress   *progress,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
report (Progress   *progress,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  progress_clear (progress);
  g_printerr ("kaynak: %s\n", message);
}

/* "kaynak: NAME: message" unless the message names the file already */
static void
report_file_error (Progress     *progress,
                   const char   *name,
                   const GError *error)
{
  g_autofree char *base = g_path_get_basename (name);

  if (strstr (error->message, base) != NULL)
    report (progress, "%s", error->message);
  else
    report (progress, "%s: %s", name, error->message);
}

/* --- Options from the command line and Preferences ----------------------- */

/* @given (a command-line flag) wins; otherwise the window's Preferences */
static char *
preference (const char *given,
            const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (given != NULL)
    return g_strdup (given);
  /* GSettings aborts on a missing schema: look first (an uninstalled build
   * has none) */
  if (source == NULL ||
      (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL ||
      !g_settings_schema_has_key (schema, key))
    return NULL;
  settings = g_settings_new (APP_ID);
  return g_settings_get_string (settings, key);
}

/* --- Dataset output ------------------------------------------------------- */

/* The temporary file a dataset is being written to, for the signal
 * handler: a static buffer, since a handler may not allocate or lock. */
static char temp_to_remove[4096];

static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP };

/* Ctrl+C, a kill or a closed terminal would leave the hidden temporary
 * file behind: remove it, then die of the signal as if not caught, so the
 * caller sees how the command ended.  Only async-signal-safe calls. */
static void
on_fatal_signal (int signum)
{
  struct sigaction action = { 0 };

  if (temp_to_remove[0] != '\0')
    unlink (temp_to_remove);
  action.sa_handler = SIG_DFL;
  sigemptyset (&action.sa_mask);
  sigaction (signum, &action, NULL);
  raise (signum);
}

static void
block_fatal_signals (int       how,
                     sigset_t *old)
{
  sigset_t set;

  sigemptyset (&set);
  for (guint i = 0; i < G_N_ELEMENTS (fatal_signals); i++)
    sigaddset (&set, fatal_signals[i]);
  sigprocmask (how, &set, old);
}

/* What the signal handler removes; signals are held meanwhile so it never
 * sees half a path */
static void
set_temp_to_remove (const char *path)
{
  sigset_t old;

  block_fatal_signals (SIG_BLOCK, &old);
  if (path == NULL || g_strlcpy (temp_to_remove, path, sizeof temp_to_remove) >= sizeof temp_to_remove)
    temp_to_remove[0] = '\0';
  sigprocmask (SIG_SETMASK, &old, NULL);
}

static void
catch_fatal_signals (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_fatal_signal;
  sigemptyset (&action.sa_mask);
  for (guint i = 0; i < G_N_ELEMENTS (fatal_signals); i++)
    {
      struct sigaction old;

      /* a signal ignored by whoever started us (nohup) stays ignored */
      if (sigaction (fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        continue;
      sigaction (fatal_signals[i], &action, NULL);
    }
}

/* stdout for NULL or "-", else kaynak_export_output_new() */
static KaynakExportOutput *
sink_open (const char  *output,
           GError     **error)
{
  g_autoptr(GFile) file = NULL;
  KaynakExportOutput *sink;
  sigset_t old;

  if (output == NULL || g_str_equal (output, "-"))
    return kaynak_export_output_new_for_fd (STDOUT_FILENO);

  file = g_file_new_for_commandline_arg (output);
  catch_fatal_signals ();
  /* held from the moment the temporary file exists until the handler
   * knows its name */
  block_fatal_signals (SIG_BLOCK, &old);
  sink = kaynak_export_output_new (file, NULL, error);
  if (sink != NULL)
    set_temp_to_remove (kaynak_export_output_get_temp_path (sink));
  sigprocmask (SIG_SETMASK, &old, NULL);

  /* Test only (tests/test-formats-cli.c): stop here, with the temporary
   * file made, until a signal comes, so that the test can interrupt an
   * export at a known point rather than racing a fast one */
  if (sink != NULL && g_getenv ("KAYNAK_TEST_STALL_EXPORT") != NULL)
    for (;;)
      pause ();

  return sink;
}

/* Removes the temporary file unless committed */
static void
sink_close (KaynakExportOutput *sink)
{
  kaynak_export_output_free (sink);
  set_temp_to_remove (NULL);
}

/* --- --export ------------------------------------------------------------- */

/* After each file: the progress line, and what a user must know about
 * the file (why it failed, what was left out, why nothing was written) */
static void
on_file_done (const KaynakExportFileEvent *event,
              gpointer                     user_data)
{
  Progress *progress = user_data;
  g_autofree char *name = g_file_get_parse_name (event->file);

  progress_show (progress, event->done, event->total, name);
  if (event->n_orphaned > 0)
    report (progress, ngettext ("%s: %u claim whose quote is no longer in the article is left out",
                                "%s: %u claims whose quotes are no longer in the article are left out",
                                event->n_orphaned),
            name, event->n_orphaned);
  if (event->result == KAYNAK_EXPORT_FILE_FAILED)
    report_file_error (progress, name, event->error);
  else if (event->result == KAYNAK_EXPORT_FILE_NOTHING_TO_WRITE)
    report (progress, _("%s: %s; nothing written"), name,
            kaynak_exporter_nothing_to_write (progress->exporter));
}

int
kaynak_cli_export (const char                   *format,
                   const char                   *output,
                   const KaynakCliExportOptions *cli_options,
                   char                        **paths)
{
  const KaynakExporter *exporter = kaynak_exporter_lookup (format);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) cwd = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cwd_path = g_get_current_dir ();
  g_autofree char *fact_checker_name = preference (cli_options->fact_checker_name, "fact-checker-name");
  g_autofree char *fact_checker_url = preference (cli_options->fact_checker_url, "fact-checker-url");
  g_autofree char *fact_checker_kind = preference (cli_options->fact_checker_kind, "fact-checker-kind");
  KaynakExportOptions options = { 0 };
  Progress progress = { isatty (STDERR_FILENO), FALSE, exporter };
  KaynakExportOutput *sink = NULL;
  KaynakExportCounts counts = { 0 };
  guint n_failed = 0;
  guint n_state_skipped = 0;
  gboolean ok;

  if (exporter == NULL)
    {
      g_autofree char *names = kaynak_exporter_list_names ();

      g_printerr (_("kaynak: unknown export format “%s”; choose one of: %s\n"), format, names);
      return KAYNAK_CLI_EXIT_USAGE;
    }
  if (exporter->kind == KAYNAK_EXPORT_PER_DOCUMENT && output == NULL)
    {
      g_printerr (_("kaynak: the %s export writes files per article: name a folder with --output\n"),
                  exporter->name);
      return KAYNAK_CLI_EXIT_USAGE;
    }

  cwd = g_file_new_for_path (cwd_path);
  options.relative_to = cwd;
  options.csv_spreadsheet = cli_options->csv_spreadsheet;
  options.fact_checker_name = fact_checker_name;
  options.fact_checker_url = fact_checker_url;
  options.fact_checker_person = g_strcmp0 (fact_checker_kind, "person") == 0;
  if (cli_options->brat_style != NULL)
    kaynak_brat_style_from_name (cli_options->brat_style, &options.brat_style);

  files = kaynak_export_collect_files ((const char * const *) paths, NULL, problems);
  for (guint i = 0; i < problems->len; i++)
    report (&progress, "%s", (char *) g_ptr_array_index (problems, i));
  n_failed += problems->len;
  if (files->len == 0)
    {
      report (&progress, _("no Kaynak files (*%s) to export"), KAYNAK_FILE_SUFFIX);
      return KAYNAK_CLI_EXIT_FAILED;
    }
  if (cli_options->states != 0)
    {
      n_state_skipped = kaynak_export_keep_states (files, cli_options->states, NULL);
      if (files->len == 0)
        {
          report (&progress, ngettext ("no article in the states asked for (%u skipped for its state)",
                                       "no article in the states asked for (%u skipped for their state)",
                                       n_state_skipped),
                  n_state_skipped);
          return KAYNAK_CLI_EXIT_FAILED;
        }
    }

  if (exporter->kind == KAYNAK_EXPORT_DATASET &&
      (sink = sink_open (output, &error)) == NULL)
    {
      report (&progress, "%s", error->message);
      return KAYNAK_CLI_EXIT_FAILED;
    }
  if (exporter->kind == KAYNAK_EXPORT_PER_DOCUMENT)
    folder = g_file_new_for_commandline_arg (output);

  /* The same loop as Export a Folder; this reports each file as it goes */
  ok = kaynak_export_files (exporter, &options, files, sink, folder,
                            on_file_done, &progress, &counts, NULL, &error);
  progress_clear (&progress);
  n_failed += counts.n_failed;
  if (!ok)
    {
      if (g_error_matches (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT) && counts.n_exported == 0)
        report (&progress, _("nothing was exported"));
      else
        report (&progress, "%s", error->message);
      sink_close (sink);
      return KAYNAK_CLI_EXIT_FAILED;
    }
  sink_close (sink);

  {
    guint n_docs = counts.n_exported;
    guint n_claims = counts.n_claims;
    guint n_skipped = counts.n_claims_left_out;
    g_autofree char *docs = g_strdup_printf (ngettext ("%u article", "%u articles", n_docs), n_docs);
    g_autofree char *claims = g_strdup_printf (ngettext ("%u claim", "%u claims", n_claims), n_claims);
    const char *where = output && !g_str_equal (output, "-") ? output : _("standard output");

    /* TRANSLATORS: "Exported 3 articles, 120 claims as jsonl to out.jsonl" */
    g_printerr (_("Exported %s, %s as %s to %s"), docs, claims, exporter->name, where);
    /* --state: the articles left out for their state (issue 18) */
    if (cli_options->states != 0)
      g_printerr (ngettext ("; %u article skipped for its state",
                            "; %u articles skipped for their state", n_state_skipped),
                  n_state_skipped);
    if (counts.n_nothing_to_write > 0)
      g_printerr (ngettext ("; %u article with nothing to write skipped",
                            "; %u articles with nothing to write skipped", counts.n_nothing_to_write),
                  counts.n_nothing_to_write);
    if (n_skipped > 0)
      g_printerr (ngettext ("; %u claim left out (see the format’s notes)",
                            "; %u claims left out (see the format’s notes)", n_skipped), n_skipped);
    /* a format without pieces (doccano) writes the range covering them */
    if (counts.n_claims_widened > 0)
      g_printerr (ngettext ("; %u claim in pieces written as the one range covering its pieces",
                            "; %u claims in pieces written as the one range covering their pieces",
                            counts.n_claims_widened),
                  counts.n_claims_widened);
    if (n_failed > 0)
      g_printerr (ngettext ("; %u problem", "; %u problems", n_failed), n_failed);
    g_printerr ("\n");
  }

  /* an article with nothing to write is not a problem: it only fails the
   * run when nothing at all was written, which returned above */
  return n_failed > 0 ? KAYNAK_CLI_EXIT_FAILED : KAYNAK_CLI_EXIT_OK;
}

/* --- --import ------------------------------------------------------------- */

static char *
input_stem (GFile *file)
{
  static const char * const extensions[] = {
    ".jsonl", ".jsonld", ".json", ".txt", ".ann",
    /* saved web pages and PDFs, read as text is (kaynak-article-import.h) */
    ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".pdf",
  };
  char *base = g_file_get_basename (file);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (base, extensions[i]) && strlen (base) > strlen (extensions[i]))
      {
        base[strlen (base) - strlen (extensions[i])] = '\0';
        break;
      }
  return base;
}

/* Test only (tests/test-formats-cli.c): KAYNAK_TEST_KILL_IMPORT_AT=STEP:N
 * kills the import with SIGKILL the Nth time it reaches STEP (a step of
 * kaynak-test-hooks.h, e.g. "placed:2": after the second article was put
 * in place), so that a test can show what a rerun does */
static void
set_test_kill_hook (void)
{
  static const char * const steps[] = {
    "none", "created", "chunk", "synced", "closed", "renamed", "journaled", "placed", "committed",
  };
  const char *hook = g_getenv ("KAYNAK_TEST_KILL_IMPORT_AT");
  g_auto(GStrv) parts = NULL;

  if (hook == NULL)
    return;
  parts = g_strsplit (hook, ":", 2);
  for (guint i = 1; i < G_N_ELEMENTS (steps); i++)
    if (g_str_equal (parts[0], steps[i]))
      _kaynak_file_set_kill_at ((KaynakFileSaveStep) i,
                                parts[1] ? (guint) g_ascii_strtoull (parts[1], NULL, 10) : 1);
}

int
kaynak_cli_import (const char  *format,
                   const char  *output,
                   char       **paths)
{
  const KaynakImporter *importer = kaynak_importer_lookup (format);
  Progress progress = { isatty (STDERR_FILENO), FALSE };
  guint n_failed = 0, n_claims = 0, n_reanchored = 0, n_orphaned = 0;
  /* brat: what attribution corpora made, for the closing line */
  KaynakBratReport brat_report = { 0 };
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  /* brat: the article each input stands for (kaynak-brat-files.h) */
  g_autoptr(GPtrArray) articles = NULL;
  /* every article of the run goes in place at the end, or none does,
   * even when the run is killed (kaynak-file-batch.h) */
  g_autoptr(KaynakFileBatch) batch = kaynak_file_batch_new ();
  g_autoptr(GError) commit_error = NULL;
  GPtrArray *written;
  guint n_paths;

  if (importer == NULL)
    {
      g_autofree char *names = kaynak_importer_list_names ();

      g_printerr (_("kaynak: unknown import format “%s”; choose one of: %s\n"), format, names);
      return KAYNAK_CLI_EXIT_USAGE;
    }
  set_test_kill_hook ();
  /* Once, before anything is read or written, rather than once for each
   * article it cannot be saved in */
  if (output != NULL && g_file_test (output, G_FILE_TEST_EXISTS) &&
      !g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      report (&progress, _("“%s” is not a folder; --import writes its articles into the folder --output names"),
              output);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  /* brat: the .ann and .txt files and folders given make articles by the
   * window's rule, each article once; what lacks its other half is said */
  if (g_str_equal (importer->name, "brat"))
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
      articles = kaynak_brat_pair_files ((GFile * const *) files->pdata, files->len, problems, NULL);
      for (guint i = 0; i < problems->len; i++)
        report (&progress, "%s", ((GError *) g_ptr_array_index (problems, i))->message);
      n_failed += problems->len;
      for (guint i = 0; i < articles->len; i++)
        {
          KaynakBratArticle *article = g_ptr_array_index (articles, i);

          g_ptr_array_add (inputs, g_file_get_parse_name (article->given));
        }
    }
  else
    for (guint i = 0; paths[i] != NULL; i++)
      {
        if (!g_file_test (paths[i], G_FILE_TEST_IS_DIR))
          g_ptr_array_add (inputs, g_strdup (paths[i]));
        else
          {
            report (&progress, _("“%s” is a folder; name the files to import"), paths[i]);
            n_failed++;
          }
      }
  n_paths = inputs->len;

  for (guint i = 0; i < inputs->len; i++)
    {
      const char *path = g_ptr_array_index (inputs, i);
      KaynakBratArticle *article = articles != NULL ? g_ptr_array_index (articles, i) : NULL;
      g_autoptr(GFile) file = article != NULL ? g_object_ref (article->given)
                                              : g_file_new_for_commandline_arg (path);
      g_autoptr(GFile) folder = NULL;
      g_autoptr(GPtrArray) documents = NULL;
      g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(KaynakLoadReport) load_report = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *stem = input_stem (file);
      gboolean clash = FALSE;
      KaynakBratReport one_report = { 0 };

      progress_show (&progress, i + 1, n_paths, path);
      documents = article != NULL
        ? kaynak_brat_import_article_with_report (article, &one_report, NULL, &error)
        : kaynak_importer_import (importer, file, &load_report, NULL, &error);
      if (documents == NULL)
        {
          report_file_error (&progress, path, error);
          n_failed++;
          continue;
        }

      folder = output ? g_file_new_for_commandline_arg (output) : g_file_get_parent (file);

      /* Name every output first, and refuse the whole input if any name is
       * taken: nothing is half-imported and nothing is overwritten.  A
       * killed earlier run's articles were taken back by now (the batch
       * sweeps the folder first). */
      for (guint d = 0; d < documents->len; d++)
        {
          g_autofree char *name = documents->len == 1
            ? g_strconcat (stem, KAYNAK_FILE_SUFFIX, NULL)
            : g_strdup_printf ("%s-%u%s", stem, d + 1, KAYNAK_FILE_SUFFIX);
          GFile *target = g_file_get_child (folder, name);

          g_ptr_array_add (targets, target);
          if (!kaynak_file_batch_check_name (batch, folder, name, &error))
            {
              if (!g_error_matches (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS))
                {
                  report (&progress, "%s", error->message);
                  report (&progress, _("nothing was imported"));
                  return KAYNAK_CLI_EXIT_FAILED;
                }
              g_autofree char *target_name = g_file_get_parse_name (target);

              report (&progress, _("%s: “%s” already exists; nothing was imported from this file "
                                   "(move it away or choose another --output folder)"),
                      path, target_name);
              g_clear_error (&error);
              clash = TRUE;
              break;
            }
        }
      if (clash)
        {
          n_failed++;
          continue;
        }

      for (guint d = 0; d < documents->len; d++)
        {
          KaynakDocument *document = g_ptr_array_index (documents, d);
          GFile *target = g_ptr_array_index (targets, d);
          g_autofree char *name = g_file_get_basename (target);
          g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
          gsize length;
          const void *data = g_bytes_get_data (bytes, &length);

          if (!kaynak_file_batch_add (batch, folder, name, data, length, &error))
            {
              g_autofree char *target_name = g_file_get_parse_name (target);

              report_file_error (&progress, target_name, error);
              /* freeing the batch removes what it staged */
              report (&progress, _("nothing was imported"));
              return KAYNAK_CLI_EXIT_FAILED;
            }
          n_claims += kaynak_document_get_n_claims (document);
        }
      /* counted once its documents are staged */
      brat_report.n_documents += one_report.n_documents;
      brat_report.n_corpora += one_report.n_corpora;
      brat_report.n_attributions += one_report.n_attributions;
      brat_report.n_sources += one_report.n_sources;
      brat_report.n_cues += one_report.n_cues;
      brat_report.n_other += one_report.n_other;

      /* Saved: what had to be put back by its quote (W3C) */
      if (load_report != NULL)
        {
          for (guint m = 0; m < load_report->messages->len; m++)
            report (&progress, "%s: %s", path, (char *) g_ptr_array_index (load_report->messages, m));
          n_reanchored += load_report->n_reanchored;
          n_orphaned += load_report->n_orphaned;
        }
    }
  progress_clear (&progress);

  if (!kaynak_file_batch_commit (batch, &commit_error))
    {
      report (&progress, "%s", commit_error->message);
      report (&progress, _("nothing was imported"));
      return KAYNAK_CLI_EXIT_FAILED;
    }
  written = kaynak_file_batch_get_files (batch);

  /* Named only now: until the commit, none of them was in place */
  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *name = g_file_get_parse_name (g_ptr_array_index (written, i));

      g_print ("%s\n", name);
    }

  {
    guint n_written = written->len;
    g_autofree char *docs = g_strdup_printf (ngettext ("%u article", "%u articles", n_written), n_written);
    g_autofree char *claims = g_strdup_printf (ngettext ("%u claim", "%u claims", n_claims), n_claims);
    /* an attribution corpus: what its events became, and what was left */
    g_autofree char *corpus = kaynak_brat_report_message (&brat_report);

    if (corpus != NULL)
      g_printerr ("%s", corpus);
    else
      /* TRANSLATORS: "Imported 3 articles, 40 claims from doccano" */
      g_printerr (_("Imported %s, %s from %s"), docs, claims, importer->name);
    if (n_reanchored > 0)
      g_printerr (ngettext ("; %u claim found at a new place", "; %u claims found at new places",
                            n_reanchored), n_reanchored);
    if (n_orphaned > 0)
      g_printerr (ngettext ("; %u claim kept as an orphan", "; %u claims kept as orphans",
                            n_orphaned), n_orphaned);
    if (n_failed > 0)
      g_printerr (ngettext ("; %u problem", "; %u problems", n_failed), n_failed);
    g_printerr ("\n");
  }
  return n_failed > 0 || written->len == 0 ? KAYNAK_CLI_EXIT_FAILED : KAYNAK_CLI_EXIT_OK;
}
