/* kaynak-source-library.h: the user's source library, every source the
 * user has made, offered again in the next article.
 *
 * A list of sources (label, kind, aliases, colour, description; never a
 * key: keys belong to a document) kept in a scheme file (docs/SCHEME.md)
 * in the user's data folder, $XDG_DATA_HOME/kaynak/library.json.  It is
 * written whole or not at all after every change, and read through the
 * same guard and checks as a document's sources.
 *
 * A library never holds two sources of one name: a source is the same as
 * a library source when one's label or an alias is the other's label or
 * an alias once case, Turkish i's and spacing are set aside
 * (kaynak_text_fold()).  What a document teaches the library is merged
 * into the source of that name, and never takes a name away: a label it
 * replaces stays as an alias.  Names are taken out in Preferences only
 * (kaynak_source_library_update()).
 *
 * A library file that cannot be read (broken JSON, a newer Kaynak, a bad
 * source) is never written over: the library is then empty and refuses
 * every change with the reason (kaynak_source_library_get_load_error()),
 * until the file is mended or moved away and Kaynak started again.
 *
 * GTK-free, like the rest of app/core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-source.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SOURCE_LIBRARY (kaynak_source_library_get_type ())

G_DECLARE_FINAL_TYPE (KaynakSourceLibrary, kaynak_source_library, KAYNAK, SOURCE_LIBRARY, GObject)

/* The most suggestions kaynak_source_library_suggest() gives Tag as… */
#define KAYNAK_SOURCE_LIBRARY_MAX_SUGGESTIONS 8

/* A library kept in @file, empty until kaynak_source_library_load() */
KaynakSourceLibrary *kaynak_source_library_new        (GFile                *file);
/* The user's library, $XDG_DATA_HOME/kaynak/library.json, loaded the
 * first time it is asked for (transfer none; lives as long as the
 * process).  Check kaynak_source_library_get_load_error() to tell the
 * user when it could not be read. */
KaynakSourceLibrary *kaynak_source_library_get_default (void);

GFile        *kaynak_source_library_get_file       (KaynakSourceLibrary  *self);
/* Reads the file: a file that does not exist is an empty library.  On
 * failure the library is empty and read-only, and the error is kept. */
gboolean      kaynak_source_library_load           (KaynakSourceLibrary  *self,
                                                    GError              **error);
/* Why the file could not be read, or NULL */
const GError *kaynak_source_library_get_load_error (KaynakSourceLibrary  *self);

/* The sources, sorted by label (a GListModel of KaynakSource, transfer
 * none).  They are the library's own: change them through the functions
 * below. */
GListModel   *kaynak_source_library_get_sources    (KaynakSourceLibrary  *self);
KaynakSource *kaynak_source_library_lookup         (KaynakSourceLibrary  *self,
                                                    const char           *id);
/* The source whose label or an alias is @name, folded, or NULL */
KaynakSource *kaynak_source_library_find           (KaynakSourceLibrary  *self,
                                                    const char           *name);
/* The source with a name (label or alias) in common with @source, or NULL */
KaynakSource *kaynak_source_library_find_match     (KaynakSourceLibrary  *self,
                                                    KaynakSource         *source);

/* What Tag as… offers for @text typed into "New source…": the sources
 * whose label or an alias starts with it, then those with a word that
 * starts with it, then those that contain it (folded), at most @max,
 * each group in the library's order.  Nothing for an empty @text.
 * (transfer container) */
GPtrArray    *kaynak_source_library_suggest        (KaynakSourceLibrary  *self,
                                                    const char           *text,
                                                    guint                 max);

/* A source the user made in a document: merged into the library source
 * of the same name, or added.  Saves the library. */
gboolean      kaynak_source_library_remember       (KaynakSourceLibrary  *self,
                                                    KaynakSource         *source,
                                                    GError              **error);
/* A source the user edited in a document, from @before to @after: a
 * renamed source is found by its old name.  Nothing is done when only
 * the key changed. */
gboolean      kaynak_source_library_remember_edit  (KaynakSourceLibrary  *self,
                                                    KaynakSource         *before,
                                                    KaynakSource         *after,
                                                    GError              **error);
/* Preferences: every field but the id and the key of the source @id
 * becomes that of @changes, exactly.  Refused with KAYNAK_ERROR_INVALID
 * for an empty label, a colour not #rrggbb, or a name another library
 * source has. */
gboolean      kaynak_source_library_update         (KaynakSourceLibrary  *self,
                                                    const char           *id,
                                                    KaynakSource         *changes,
                                                    GError              **error);
gboolean      kaynak_source_library_remove         (KaynakSourceLibrary  *self,
                                                    const char           *id,
                                                    GError              **error);

/* A scheme's sources merged in as if each had been remembered.
 * @n_added and @n_updated (may be NULL) count what changed. */
gboolean      kaynak_source_library_import         (KaynakSourceLibrary  *self,
                                                    GPtrArray            *sources,
                                                    guint                *n_added,
                                                    guint                *n_updated,
                                                    GError              **error);
/* Writes the library as a scheme file to @file, atomically */
gboolean      kaynak_source_library_export         (KaynakSourceLibrary  *self,
                                                    GFile                *file,
                                                    GError              **error);

G_END_DECLS
