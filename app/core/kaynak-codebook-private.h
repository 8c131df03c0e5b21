/* kaynak-codebook-private.h: what a document does with a codebook's
 * definitions, not API: the copy a document carries in its "codebook"
 * member (docs/FORMAT.md, version 2), read and written with the same rules
 * as a codebook file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-codebook.h"
#include "kaynak-json-reader.h"

G_BEGIN_DECLS

/* The most a document's or a codebook's definitions may hold: a hostile
 * file is refused, not allocated */
#define KAYNAK_CODEBOOK_MAX_VERDICTS 200
#define KAYNAK_CODEBOOK_MAX_FIELDS   500
#define KAYNAK_CODEBOOK_MAX_CHOICES  1000

/* Reads a document's "codebook" member @object at @where: id, name, hash,
 * rating, verdicts and fields (no sources: they are the document's own).
 * The hash is the one recorded, not computed. */
KaynakCodebook *_kaynak_codebook_read_member      (const KaynakJsonReader *reader,
                                                   JsonObject             *object,
                                                   const KaynakJsonPath   *where,
                                                   GError                **error);
/* Writes rating, verdicts (KaynakCodebookValue) and fields
 * (KaynakCodebookField) into @object, canonically */
void            _kaynak_codebook_write_definitions (JsonObject        *object,
                                                    gboolean           has_rating,
                                                    double             best,
                                                    double             worst,
                                                    GPtrArray         *verdicts,
                                                    GPtrArray         *fields);
/* Writes @self's rating, verdicts and fields into @object */
void            _kaynak_codebook_add_definitions  (KaynakCodebook         *self,
                                                   JsonObject             *object);
/* @self's id, name, hash and definitions, without its sources: what a
 * document carries of it */
KaynakCodebook *_kaynak_codebook_copy_definitions (KaynakCodebook         *self);
/* A codebook of @sources (KaynakSource, copied) and the definitions of
 * @definitions (NULL: none), its hash computed */
KaynakCodebook *_kaynak_codebook_new_from_parts   (const char             *id,
                                                   const char             *name,
                                                   GPtrArray              *sources,
                                                   KaynakCodebook         *definitions);
/* An empty codebook (no verdicts, fields or sources), for comparing */
KaynakCodebook *_kaynak_codebook_new_empty        (void);

G_END_DECLS
