/* kaynak-agreement-files.h: the annotators' files that `kaynak --compare`
 * compares, read into a KaynakAgreement.
 *
 * Either files of one article (each file is an annotator, named by its
 * path as given; refused when their articles' SHA-256 differ), or folders
 * (each folder is an annotator; its *.kaynak.json files, not those of
 * subfolders, are matched across folders by their article's SHA-256, and
 * a file whose article no other folder has is listed apart).
 *
 * Sources are compared across files by id, and where the ids differ by
 * their label and aliases once case, Turkish i's and spacing are set
 * aside (kaynak_text_fold()): two sources sharing an id or a name are one
 * class, named after the label the first file gives it.  The sources of a
 * document made with a codebook are its codebook's: they are compared by
 * id only, so that "white-house" and "beyaz-saray" of one codebook stay two
 * sources whatever their labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-agreement.h"
#include "kaynak-document.h"

G_BEGIN_DECLS

typedef struct
{
  KaynakAgreement *agreement;
  GPtrArray       *annotators;   /* char *, one per annotator */
  GPtrArray       *unpartnered;  /* char *, paths of files without a partner */
  GPtrArray       *texts;        /* char *, each document's article (for quotes) */
  /* the documents compared, read with _get_document() */
  GPtrArray       *documents;
} KaynakAgreementFiles;

/* @paths: two or more files, or two or more folders (not a mix).  On a
 * file that cannot be read or is not a valid Kaynak file, files of
 * different articles, or a folder holding two files of one article,
 * returns NULL and sets @error with a sentence that names the file. */
KaynakAgreementFiles *kaynak_agreement_files_load (const char * const *paths,
                                                   GError            **error);
/* The same from documents already open (the window's, which may hold
 * unsaved edits, and the files it compares with), all of one article:
 * @names[a] names annotator a in messages and in ->annotators; n ≥ 2.
 * Refused, with the same sentence as files, when an article differs. */
KaynakAgreementFiles *kaynak_agreement_files_new_for_documents (KaynakDocument * const *documents,
                                                                const char * const     *names,
                                                                guint                   n,
                                                                GError                **error);
void                  kaynak_agreement_files_free (KaynakAgreementFiles *self);
/* Annotator @annotator's document of compared article @document (the
 * agreement's numbering), NULL when it has no file for it (transfer
 * none): what a codebook's fields are compared on
 * (kaynak-agreement-fields.h) */
KaynakDocument       *kaynak_agreement_files_get_document (KaynakAgreementFiles *self,
                                                           guint                 document,
                                                           guint                 annotator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakAgreementFiles, kaynak_agreement_files_free)

G_END_DECLS
