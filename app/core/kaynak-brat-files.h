/* kaynak-brat-files.h: which files make each brat article, from the files
 * and folders a person chose.
 *
 * A brat article is two files, STEM.ann and STEM.txt, with labels and
 * colours in a visual.conf.  In the Flatpak sandbox Kaynak reads only what
 * the file chooser granted, and the document portal shows each granted
 * file in a folder of its own (/run/user/UID/doc/ID/NAME): the .txt beside
 * a chosen .ann is not there.  So the files chosen together are paired by
 * their names, not by their folder; a file whose partner was not chosen
 * takes the one beside it when that can be read (outside the sandbox, or
 * a whole folder granted), and otherwise the person is told which file to
 * choose as well.  The window's Import and `kaynak --import brat` both go
 * through this one rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  GFile *ann;
  GFile *txt;
  GFile *visual_conf;  /* labels and colours; NULL when there is none */
  GFile *given;        /* the file the person named (the .ann when both
                        * were): messages start with it, and imports are
                        * written beside it */
} KaynakBratArticle;

void      kaynak_brat_article_free (KaynakBratArticle *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakBratArticle, kaynak_brat_article_free)

/* Whether the name of @file is one of a brat folder's: *.ann, *.txt,
 * visual.conf or annotation.conf.  (annotation.conf is accepted among the
 * chosen files and not needed: the types come from the .ann.) */
gboolean  kaynak_brat_is_brat_name (GFile *file);

/* The articles that @files (files and folders, in the order given) make.
 * A folder stands for every .ann in it and in its subfolders (hidden ones
 * skipped, in name order), each with the .txt and the visual.conf beside
 * it.  Chosen files are paired by name: a .ann with the chosen .txt of the
 * same stem (the one in its own folder first), else the .txt beside it;
 * a .txt left over with the .ann beside it.  An article reached twice is
 * listed once.  A chosen visual.conf goes with the articles in its folder,
 * or with all of them when it is the only one chosen; otherwise the one
 * beside the .ann, then beside the .txt, when there is one.
 *
 * Every file that makes no article is a GError (KAYNAK_ERROR_NOT_FOUND, or
 * KAYNAK_ERROR_FORMAT for a name that is not brat's) appended to
 * @problems, saying what to choose as well: "“a_x.ann” was chosen without
 * “a_x.txt”: choose both files, or the folder."
 *
 * Returns (transfer full) a GPtrArray of KaynakBratArticle, possibly
 * empty. */
GPtrArray *kaynak_brat_pair_files     (GFile * const *files,
                                       guint          n_files,
                                       GPtrArray     *problems,
                                       GCancellable  *cancellable);

/* The document of one article (a GPtrArray of one KaynakDocument, as the
 * importers return), or NULL with an error naming the file and line. */
GPtrArray *kaynak_brat_import_article (const KaynakBratArticle *article,
                                       GCancellable            *cancellable,
                                       GError                 **error);

/* What an import made, summed over its articles: what the window and
 * `kaynak --import brat` report.  Attribution corpora (a .ann with events
 * that have a Content: kaynak-format-brat-import.c) add their counts;
 * other articles only n_documents. */
typedef struct _KaynakBratReport
{
  guint n_documents;
  guint n_corpora;       /* documents read as attribution corpora */
  guint n_attributions;  /* events made claims */
  guint n_sources;       /* sources named by Source spans, per document */
  guint n_cues;          /* claims given cue words */
  guint n_other;         /* spans that are no event's Content, Source or Cue */
} KaynakBratReport;

/* The same, adding what it made to @report (may be NULL) */
GPtrArray *kaynak_brat_import_article_with_report (const KaynakBratArticle *article,
                                                   KaynakBratReport        *report,
                                                   GCancellable            *cancellable,
                                                   GError                 **error);

/* "Imported 2 documents: 40 attributions as claims, 12 sources, 38 cues;
 * 55 spans of other kinds not imported", translated; NULL when no article
 * was an attribution corpus (the callers' own message says it then). */
char      *kaynak_brat_report_message (const KaynakBratReport *report);

G_END_DECLS
