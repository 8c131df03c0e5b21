/* kaynak-cli.c: the headless commands of `kaynak`: --new, --check, --stats,
 * --export, --import, --export-scheme, --import-scheme, --help and
 * --version.
 *
 * Nothing here may touch GTK: these commands must work over ssh, in CI and
 * in scripts, where there is no display.  Exit statuses: 0 success, 1 a file
 * has a problem or a command failed, 2 the command line is wrong.
 *
 * This file reads the command line, refuses what is wrong with it, and
 * runs --new; --check and --stats are in kaynak-cli-check.c, --export and
 * --import in kaynak-cli-export.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kaynak-cli.h"
#include "kaynak-cli-check.h"
#include "kaynak-cli-compare.h"
#include "kaynak-cli-merge-sources.h"
#include "kaynak-cli-merge.h"
#include "kaynak-document-codebook.h"
#include "kaynak-document-file.h"
#include "kaynak-file-names.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-source-library.h"
#include "kaynak-personal-codebook.h"
#include "kaynak-cli-suggest.h"
#include "kaynak-text-import.h"

#ifdef KAYNAK_HAVE_EXPORT
# include "kaynak-cli-export.h"
# include "kaynak-export.h"
#endif

typedef struct
{
  char      *new_article;
  gboolean   check;
  gboolean   stats;
  gboolean   compare;
  gboolean   csv;
  gboolean   merge;
  char      *export_format;
  char      *import_format;
  char      *export_scheme;
  char      *import_scheme;
  char      *suggest;
  gboolean   merge_sources;
  char      *output;
  char      *sources;
  char      *codebook;
  gboolean   force;
  gboolean   json;
  gboolean   verbose;
  gboolean   spreadsheet;
  char      *fact_checker_name;
  char      *fact_checker_url;
  char      *fact_checker_kind;
  char      *brat_style;
  /* --state: the export's filter by article state (issue 18) */
  char      *state;
  gboolean   help;
  gboolean   version;
  char     **files;
} CliOptions;

static void
cli_options_clear (CliOptions *opts)
{
  g_clear_pointer (&opts->new_article, g_free);
  g_clear_pointer (&opts->export_format, g_free);
  g_clear_pointer (&opts->import_format, g_free);
  g_clear_pointer (&opts->export_scheme, g_free);
  g_clear_pointer (&opts->import_scheme, g_free);
  g_clear_pointer (&opts->suggest, g_free);
  g_clear_pointer (&opts->output, g_free);
  g_clear_pointer (&opts->sources, g_free);
  g_clear_pointer (&opts->codebook, g_free);
  g_clear_pointer (&opts->fact_checker_name, g_free);
  g_clear_pointer (&opts->fact_checker_url, g_free);
  g_clear_pointer (&opts->fact_checker_kind, g_free);
  g_clear_pointer (&opts->brat_style, g_free);
  g_clear_pointer (&opts->state, g_free);
  g_clear_pointer (&opts->files, g_strfreev);
}

/* The long options that make this a headless run.  Anything else (no
 * option, file names only, GApplication's own options) belongs to the
 * window, so we must recognise ours without a full parse: a full parse
 * would reject options we do not know about. */
static const char * const headless_options[] = {
  "new", "check", "stats", "export", "import", "export-scheme", "import-scheme",
  "help", "version", "compare", "csv", "merge", "suggest",
  "merge-sources",
  "output", "sources", "force", "json", "verbose",
  "spreadsheet", "bom", "fact-checker-name", "fact-checker-url", "fact-checker-kind",
  "brat-style",
  NULL
};

static gboolean
cli_wants_headless (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (arg == NULL)
        break;

      /* after "--" everything is a file name */
      if (strcmp (arg, "--") == 0)
        break;

      if (strcmp (arg, "-h") == 0 || strcmp (arg, "-?") == 0)
        return TRUE;

      if (g_str_has_prefix (arg, "--"))
        {
          const char *name = arg + 2;
          gsize len = strcspn (name, "=");

          for (guint j = 0; headless_options[j] != NULL; j++)
            if (strlen (headless_options[j]) == len &&
                strncmp (headless_options[j], name, len) == 0)
              return TRUE;
        }
    }

  return FALSE;
}

static char *
cli_display (const char *path)
{
  return g_filename_display_name (path);
}

/* "kaynak: NAME: message", leaving out NAME when the message already
 * names the file (core's import and read errors do). */
static void
cli_print_file_error (const char   *name,
                      const GError *error)
{
  g_autofree char *base = g_path_get_basename (name);

  if (strstr (error->message, base) != NULL)
    g_printerr ("kaynak: %s\n", error->message);
  else
    g_printerr ("kaynak: %s: %s\n", name, error->message);
}

static int
cli_usage_error (const char *message)
{
  g_printerr ("kaynak: %s\n", message);
  g_printerr (_("Run “kaynak --help” to see the options.\n"));
  return KAYNAK_CLI_EXIT_USAGE;
}

/* --- --new ---------------------------------------------------------------- */

/* ARTICLE.txt → ARTICLE.kaynak.json in the same folder, named as the
 * window names it (kaynak_file_dup_stem) */
static GFile *
cli_default_output (GFile *article)
{
  g_autoptr(GFile) parent = g_file_get_parent (article);
  g_autofree char *stem = kaynak_file_dup_stem (article);
  g_autofree char *name = g_strconcat (stem, KAYNAK_FILE_SUFFIX, NULL);

  if (parent == NULL)
    return g_file_new_for_path (name);

  return g_file_get_child (parent, name);
}

/* --new's codebook (docs/CODEBOOK.md): the one given with --codebook,
 * else the kaynak-codebook.json of the article's folder, found as the
 * window finds it (kaynak_codebook_find_for_file()), else the personal
 * codebook of Preferences as the window adopts it (issue 19, owner:
 * PREFS), unless --sources names what the article starts with */
static gboolean
cli_new_codebook (CliOptions     *opts,
                  GFile          *article,
                  KaynakDocument *document)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(KaynakCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (opts->codebook != NULL)
    file = g_file_new_for_commandline_arg (opts->codebook);
  else
    file = kaynak_codebook_find_for_file (article, NULL);
  if (file == NULL && opts->sources == NULL &&
      !kaynak_personal_codebook_adopt_for_new (document, &error) && error != NULL)
    {
      g_printerr ("kaynak: %s\n", error->message);
      return FALSE;
    }
  if (file == NULL)
    return TRUE;

  name = g_file_get_parse_name (file);
  if (!(codebook = kaynak_codebook_new_from_file (file, NULL, &error)) ||
      !kaynak_document_use_codebook (document, codebook, NULL, &error))
    {
      cli_print_file_error (name, error);
      return FALSE;
    }
  return TRUE;
}

static int
cli_new (CliOptions *opts)
{
  g_autoptr(GFile) article = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(KaynakDocumentFile) document_file = NULL;
  g_autoptr(GPtrArray) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *article_name = NULL;
  g_autofree char *output_name = NULL;
  KaynakTextEncoding encoding = KAYNAK_TEXT_ENCODING_UTF8;

  if (opts->files != NULL && opts->files[0] != NULL)
    {
      g_autofree char *extra = cli_display (opts->files[0]);
      g_autofree char *message =
        g_strdup_printf (_("--new takes exactly one article; did not expect “%s”"), extra);
      return cli_usage_error (message);
    }

  article = g_file_new_for_commandline_arg (opts->new_article);
  article_name = cli_display (opts->new_article);

  if (opts->output != NULL)
    output = g_file_new_for_commandline_arg (opts->output);
  else
    output = cli_default_output (article);
  output_name = g_file_get_parse_name (output);

  /* --force must never be able to destroy the article itself */
  if (g_file_equal (article, output))
    {
      g_autofree char *message =
        g_strdup_printf (_("The output “%s” is the article itself; choose another --output"),
                         output_name);
      return cli_usage_error (message);
    }

  if (!opts->force && g_file_query_exists (output, NULL))
    {
      g_set_error (&error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                   _("“%s” already exists; add --force to replace it"),
                   output_name);
      g_printerr ("kaynak: %s\n", error->message);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  if (kaynak_file_is_kaynak (article))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is a Kaynak file already; --new starts one from an article"),
                         article_name);
      return cli_usage_error (message);
    }

  if (opts->sources != NULL)
    {
      g_autoptr(GFile) scheme_file = g_file_new_for_commandline_arg (opts->sources);
      g_autoptr(KaynakDocument) trial = NULL;

      /* Checked on their own first, so that a bad scheme is named as such
       * and not taken for a bad article */
      scheme = kaynak_file_load_scheme (scheme_file, &error);
      if (scheme != NULL)
        trial = kaynak_document_new_for_article (" ", -1, scheme, NULL, &error);
      if (trial == NULL)
        {
          g_autofree char *scheme_name = cli_display (opts->sources);
          cli_print_file_error (scheme_name, error);
          return KAYNAK_CLI_EXIT_FAILED;
        }
    }

  /* The window's way of opening an article and saving it (NULL sources:
   * the default scheme, as the window starts with) */
  document_file = kaynak_document_file_new (NULL);
  kaynak_document_file_set_new_annotation (document_file, scheme, NULL);
  if (!kaynak_document_file_open (document_file, article, NULL, &encoding, NULL, &error))
    {
      cli_print_file_error (article_name, error);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  /* Offsets depend on the decoded text, so the user must know when it was
   * not read as UTF-8 (Windows-1254 is a guess). */
  if (encoding != KAYNAK_TEXT_ENCODING_UTF8 &&
      encoding != KAYNAK_TEXT_ENCODING_UTF8_BOM)
    g_printerr (_("kaynak: %s is not UTF-8; it was read as %s\n"),
                article_name, kaynak_text_encoding_to_label (encoding));

  if (!cli_new_codebook (opts, article, kaynak_document_file_get_document (document_file)))
    return KAYNAK_CLI_EXIT_FAILED;

  if (!kaynak_document_file_save (document_file, output, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error))
    {
      cli_print_file_error (output_name, error);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  g_print ("%s\n", output_name);

  return KAYNAK_CLI_EXIT_OK;
}

/* --- --check / --stats (kaynak-cli-check.c) ------------------------------ */

static int
cli_check (CliOptions *opts)
{
  if (opts->files == NULL || opts->files[0] == NULL)
    return cli_usage_error (_("--check needs at least one file"));

  return kaynak_cli_check (opts->files, opts->verbose);
}

static int
cli_stats (CliOptions *opts)
{
  if (opts->files == NULL || opts->files[0] == NULL)
    return cli_usage_error (_("--stats needs at least one file"));

  return kaynak_cli_stats (opts->files, opts->json);
}

/* --- --export / --import -------------------------------------------------- */

static int
cli_export_import (CliOptions *opts,
                   gboolean    is_export)
{
  const char *format = is_export ? opts->export_format : opts->import_format;
  char *no_paths[] = { NULL };
  char **paths = opts->files != NULL ? opts->files : no_paths;

  if (paths[0] == NULL)
    return cli_usage_error (is_export
                            ? _("--export needs at least one file or folder")
                            : _("--import needs at least one file"));

#ifdef KAYNAK_HAVE_EXPORT
  if (is_export)
    {
      KaynakCliExportOptions options = {
        opts->spreadsheet, opts->fact_checker_name, opts->fact_checker_url, opts->fact_checker_kind,
        opts->brat_style,
      };

      /* checked in kaynak_cli_run() */
      if (opts->state != NULL)
        kaynak_article_states_parse (opts->state, &options.states, NULL);

      return kaynak_cli_export (format, opts->output, &options, paths);
    }
  else
    return kaynak_cli_import (format, opts->output, paths);
#else
  (void) format;
  g_printerr ("kaynak: %s\n",
              is_export
              ? _("--export is not available in this build")
              : _("--import is not available in this build"));
  return KAYNAK_CLI_EXIT_USAGE;
#endif
}

/* --- --export-scheme and --import-scheme ---------------------------------- */

/* The user's source library (the window's, in the user's data folder)
 * written to a scheme file, or a scheme merged into it, as Preferences
 * does: for scripts, and to set up a team's machines */
static int
cli_scheme (CliOptions *opts)
{
  KaynakSourceLibrary *library = kaynak_source_library_get_default ();
  const GError *load_error = kaynak_source_library_get_load_error (library);
  const char *path = opts->export_scheme != NULL ? opts->export_scheme : opts->import_scheme;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *name = cli_display (path);
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 0, updated = 0;

  if (load_error != NULL)
    {
      g_printerr ("kaynak: %s\n", load_error->message);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  if (opts->export_scheme != NULL)
    {
      if (!kaynak_source_library_export (library, file, &error))
        {
          cli_print_file_error (name, error);
          return KAYNAK_CLI_EXIT_FAILED;
        }
      g_print ("%s\n", g_file_peek_path (file) != NULL ? g_file_peek_path (file) : name);
      return KAYNAK_CLI_EXIT_OK;
    }

  sources = kaynak_file_load_scheme (file, &error);
  if (sources == NULL ||
      !kaynak_source_library_import (library, sources, &added, &updated, &error))
    {
      cli_print_file_error (name, error);
      return KAYNAK_CLI_EXIT_FAILED;
    }
  /* Translators: what kaynak --import-scheme did to the user's library */
  g_print (_("%u new, %u updated: %s\n"), added, updated,
           g_file_peek_path (kaynak_source_library_get_file (library)));
  return KAYNAK_CLI_EXIT_OK;
}

/* --- Entry point ---------------------------------------------------------- */

static GOptionContext *
cli_option_context_new (CliOptions *opts)
{
  GOptionContext *context;
  const GOptionEntry entries[] = {
    { "new", 0, 0, G_OPTION_ARG_FILENAME, &opts->new_article,
      N_("Create an annotation file for a plain-text article"), N_("ARTICLE") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &opts->check,
      N_("Validate annotation files; one line per problem"), NULL },
    { "stats", 0, 0, G_OPTION_ARG_NONE, &opts->stats,
      N_("Count claims per source and per status"), NULL },
    { "compare", 0, 0, G_OPTION_ARG_NONE, &opts->compare,
      N_("Agreement between annotators: files of one article, or folders matched by article"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &opts->csv,
      N_("With --compare: print CSV"), NULL },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &opts->merge,
      N_("Merge two annotators' edits of one article into OURS: BASE OURS THEIRS (a git merge driver)"), NULL },
    { "export", 0, 0, G_OPTION_ARG_STRING, &opts->export_format,
      N_("Export files or folders (jsonl, doccano, csv, w3c, brat, conll, claimreview, html)"),
      N_("FORMAT") },
    { "import", 0, 0, G_OPTION_ARG_STRING, &opts->import_format,
      N_("Import annotated articles (doccano, brat, w3c, text)"), N_("FORMAT") },
    { "export-scheme", 0, 0, G_OPTION_ARG_FILENAME, &opts->export_scheme,
      N_("Write your source library to a scheme file"), N_("FILE") },
    { "import-scheme", 0, 0, G_OPTION_ARG_FILENAME, &opts->import_scheme,
      N_("Merge a scheme (or a .kaynak.json's sources) into your source library"),
      N_("FILE") },
    { "suggest", 0, 0, G_OPTION_ARG_FILENAME, &opts->suggest,
      N_("Suggest claims and their sources in an article or Kaynak file (Turkish or English)"),
      N_("FILE") },
    { "merge-sources", 0, 0, G_OPTION_ARG_NONE, &opts->merge_sources,
      N_("Merge sources that name one speaker: KEEP OTHER… FILE (ids or names)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opts->output,
      N_("Where to write (--new: a file; --export: a file or folder; --import: a folder)"),
      N_("PATH") },
    { "sources", 0, 0, G_OPTION_ARG_FILENAME, &opts->sources,
      N_("With --new: take the sources from this scheme or .kaynak.json file"),
      N_("SCHEME") },
    { "codebook", 0, 0, G_OPTION_ARG_FILENAME, &opts->codebook,
      N_("With --new: annotate with this codebook’s sources, verdict scale and fields (without it, the article folder’s kaynak-codebook.json if there is one)"),
      N_("CODEBOOK") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &opts->force,
      N_("With --new or --suggest: replace an existing output file"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &opts->json,
      N_("With --stats, --compare or --suggest: print JSON"), NULL },
    { "verbose", 0, 0, G_OPTION_ARG_NONE, &opts->verbose,
      N_("With --check: also print a line for each good file"), NULL },
    { "spreadsheet", 0, 0, G_OPTION_ARG_NONE, &opts->spreadsheet,
      N_("With --export csv: for spreadsheet programs (a byte order mark, and cells that start with =, +, - or @ kept as text)"), NULL },
    /* the option's old name, from when it only added the byte order mark */
    { "bom", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opts->spreadsheet, NULL, NULL },
    { "fact-checker-name", 0, 0, G_OPTION_ARG_STRING, &opts->fact_checker_name,
      N_("With --export claimreview: the fact-checker named as author (default: Preferences)"),
      N_("NAME") },
    { "fact-checker-url", 0, 0, G_OPTION_ARG_STRING, &opts->fact_checker_url,
      N_("With --export claimreview: the fact-checker's web address (default: Preferences)"),
      N_("URL") },
    { "fact-checker-kind", 0, 0, G_OPTION_ARG_STRING, &opts->fact_checker_kind,
      N_("With --export claimreview: whether the fact-checker is an “organization” or a “person” (default: Preferences)"),
      N_("KIND") },
    { "brat-style", 0, 0, G_OPTION_ARG_STRING, &opts->brat_style,
      N_("With --export brat: “sources” (a span per claim, typed by its source; the default) or “attribution” (Content, Source and Cue spans tied by an Attribution event, as attribution corpora are)"),
      N_("STYLE") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &opts->state,
      N_("With --export: only the articles in these states, e.g. “done,reviewed” (new, in-progress, done, reviewed)"),
      N_("STATES") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &opts->version,
      N_("Print the version and exit"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &opts->help,
      N_("Show this help and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opts->files,
      NULL, N_("[FILE…]") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* We print the help ourselves: GOptionContext would call exit(). */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_summary (context,
    _("Mark the claims in a news article and their sources.\n"
      "\n"
      "Without options, or with only file names, Kaynak opens its window\n"
      "and the given articles (.txt, .html, .mhtml, .pdf) or annotation files (.kaynak.json).\n"
      "\n"
      "These commands run without a display:\n"
      "  kaynak --new ARTICLE.txt [--output OUT.kaynak.json] [--sources SCHEME.json] [--force]\n"
      "  kaynak --check FILE… [--verbose]\n"
      "  kaynak --stats FILE_OR_FOLDER… [--json]\n"
      "  kaynak --compare FILE FILE… | FOLDER FOLDER… [--json|--csv]\n"
      "  kaynak --merge BASE OURS THEIRS\n"
      "  kaynak --export FORMAT [--output PATH] [--state STATES] FILE_OR_FOLDER…\n"
      "  kaynak --import FORMAT [--output FOLDER] FILE…\n"
      "  kaynak --export-scheme FILE | --import-scheme FILE\n"
      "  kaynak --suggest ARTICLE.txt|FILE.kaynak.json [--output OUT.kaynak.json] [--force] [--json]\n"
      "  kaynak --merge-sources KEEP OTHER… FILE.kaynak.json"));
  g_option_context_set_description (context,
    _("Exit status: 0 on success, 1 if a file has a problem or a command\n"
      "failed, 2 if the command line is wrong.\n"
      "\n"
      "Examples:\n"
      "  kaynak --new haber.txt            writes haber.kaynak.json\n"
      "  kaynak --check *.kaynak.json      prints nothing when all are valid\n"
      "  kaynak --stats --json haber.kaynak.json\n"
      "  kaynak haber.kaynak.json          opens it in the window"));

  return context;
}

int
kaynak_cli_run (int        argc,
                char     **argv,
                gboolean  *handled)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  CliOptions opts = { 0 };
  guint n_commands;
  int status;

  g_return_val_if_fail (handled != NULL, KAYNAK_CLI_EXIT_USAGE);

  *handled = cli_wants_headless (argc, argv);
  if (!*handled)
    return KAYNAK_CLI_EXIT_OK;

  if (g_get_prgname () == NULL)
    g_set_prgname ("kaynak");

  /* Parse a copy: the caller's argv stays as it was. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  context = cli_option_context_new (&opts);

  if (!g_option_context_parse_strv (context, &args, &error))
    {
      status = cli_usage_error (error->message);
      goto out;
    }

  if (opts.help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", help);
      status = KAYNAK_CLI_EXIT_OK;
      goto out;
    }

  if (opts.version)
    {
      g_print ("kaynak %s\n", PACKAGE_VERSION);
      status = KAYNAK_CLI_EXIT_OK;
      goto out;
    }

  n_commands = (opts.new_article != NULL) + (opts.check != FALSE) + (opts.stats != FALSE) +
               (opts.compare != FALSE) + (opts.merge != FALSE) +
               (opts.export_format != NULL) + (opts.import_format != NULL) +
               (opts.export_scheme != NULL) + (opts.import_scheme != NULL) +
               (opts.suggest != NULL) + (opts.merge_sources != FALSE);

  if (n_commands == 0)
    {
      status = cli_usage_error (_("Choose a command: --new, --check, --stats, --export, --import, --export-scheme, --import-scheme, --suggest, --compare, --merge or --merge-sources"));
      goto out;
    }
  if (n_commands > 1)
    {
      status = cli_usage_error (_("Use only one of --new, --check, --stats, --export, --import, --export-scheme, --import-scheme, --suggest, --compare, --merge and --merge-sources"));
      goto out;
    }

  /* Options that only make sense with one command are refused elsewhere,
   * so a typo does not silently do something else. */
  if (opts.json && !opts.stats && !opts.compare && opts.suggest == NULL)
    {
      status = cli_usage_error (_("--json only works with --stats, --compare and --suggest"));
      goto out;
    }
  if (opts.csv && !opts.compare)
    {
      status = cli_usage_error (_("--csv only works with --compare"));
      goto out;
    }
  if (opts.compare && opts.json && opts.csv)
    {
      status = cli_usage_error (_("Use only one of --json and --csv"));
      goto out;
    }
  if (opts.compare && (opts.files == NULL || opts.files[0] == NULL || opts.files[1] == NULL))
    {
      status = cli_usage_error (_("--compare needs two files of one article, or two folders, or more"));
      goto out;
    }
  if (opts.verbose && !opts.check)
    {
      status = cli_usage_error (_("--verbose only works with --check"));
      goto out;
    }
  if (opts.suggest != NULL && opts.files != NULL && opts.files[0] != NULL)
    {
      status = cli_usage_error (_("--suggest takes exactly one article or Kaynak file"));
      goto out;
    }
  if (opts.suggest != NULL && opts.force && opts.output == NULL)
    {
      status = cli_usage_error (_("--force with --suggest needs --output"));
      goto out;
    }
  if ((opts.force && opts.new_article == NULL && opts.suggest == NULL) ||
      (opts.sources != NULL && opts.new_article == NULL))
    {
      status = cli_usage_error (_("--force and --sources only work with --new"));
      goto out;
    }
  if (opts.codebook != NULL && opts.new_article == NULL)
    {
      status = cli_usage_error (_("--codebook only works with --new"));
      goto out;
    }
  if ((opts.spreadsheet || opts.fact_checker_name != NULL || opts.fact_checker_url != NULL ||
       opts.fact_checker_kind != NULL) &&
      opts.export_format == NULL)
    {
      status = cli_usage_error (_("--spreadsheet and the --fact-checker options only work with --export"));
      goto out;
    }
  if (opts.fact_checker_kind != NULL &&
      g_strcmp0 (opts.fact_checker_kind, "organization") != 0 &&
      g_strcmp0 (opts.fact_checker_kind, "person") != 0)
    {
      status = cli_usage_error (_("--fact-checker-kind is “organization” or “person”"));
      goto out;
    }
#ifdef KAYNAK_HAVE_EXPORT
  if (opts.brat_style != NULL)
    {
      KaynakBratStyle style;

      if (g_strcmp0 (opts.export_format, "brat") != 0)
        {
          status = cli_usage_error (_("--brat-style only works with --export brat"));
          goto out;
        }
      if (!kaynak_brat_style_from_name (opts.brat_style, &style))
        {
          status = cli_usage_error (_("--brat-style is “sources” or “attribution”"));
          goto out;
        }
    }
#endif
  if (opts.state != NULL)
    {
      guint states;

      if (opts.export_format == NULL)
        {
          status = cli_usage_error (_("--state only works with --export"));
          goto out;
        }
      if (!kaynak_article_states_parse (opts.state, &states, &error))
        {
          status = cli_usage_error (error->message);
          goto out;
        }
    }
  if ((opts.export_scheme != NULL || opts.import_scheme != NULL) &&
      (opts.output != NULL || (opts.files != NULL && opts.files[0] != NULL)))
    {
      status = cli_usage_error (_("--export-scheme and --import-scheme take one file and no other"));
      goto out;
    }
  if (opts.merge && (opts.files == NULL || g_strv_length (opts.files) != 3))
    {
      status = cli_usage_error (_("--merge takes three files: BASE OURS THEIRS"));
      goto out;
    }
  if (opts.output != NULL && (opts.check || opts.stats || opts.compare || opts.merge))
    {
      status = cli_usage_error (_("--output only works with --new, --export and --import"));
      goto out;
    }

  if (opts.merge_sources && opts.output != NULL)
    {
      status = cli_usage_error (_("--merge-sources changes the file itself; it takes no --output"));
      goto out;
    }

  if (opts.new_article != NULL)
    status = cli_new (&opts);
  else if (opts.suggest != NULL)
    status = kaynak_cli_suggest (opts.suggest, opts.output, opts.force, opts.json);
  else if (opts.merge_sources)
    status = kaynak_cli_merge_sources (opts.files);
  else if (opts.check)
    status = cli_check (&opts);
  else if (opts.stats)
    status = cli_stats (&opts);
  else if (opts.merge)
    status = kaynak_cli_merge (opts.files);
  else if (opts.compare)
    status = kaynak_cli_compare (opts.files, opts.json ? KAYNAK_CLI_COMPARE_JSON
                                             : opts.csv ? KAYNAK_CLI_COMPARE_CSV
                                             : KAYNAK_CLI_COMPARE_TEXT);
  else if (opts.export_scheme != NULL || opts.import_scheme != NULL)
    status = cli_scheme (&opts);
  else
    status = cli_export_import (&opts, opts.export_format != NULL);

out:
  cli_options_clear (&opts);

  return status;
}
