/* kaynak-unknown.h: the members of a Kaynak file that this Kaynak does
 * not know, kept to be written back where they were.
 *
 * A file from a newer Kaynak or from another tool may carry members this
 * one has no use for, at any level: the top, "metadata", "article", a
 * source, a claim, a link.  Kaynak cannot know what they mean, so it keeps
 * each one as it was written (its name, and its value's raw JSON text:
 * json-glib would write 0.1 back as 0.10000000000000001) and writes it
 * back after the members it knows, in their order, on the same object.
 * A claim's unknown members travel with the claim whatever Kaynak does to
 * it (an edit, re-anchoring to a changed article); they go when the claim
 * is deleted.
 *
 * A KaynakUnknown is immutable and reference-counted (atomically: a save
 * may serialise a snapshot on another thread); NULL is "none", the common
 * case, which costs a pointer per object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KaynakUnknown KaynakUnknown;

KaynakUnknown *kaynak_unknown_ref           (KaynakUnknown       *self);
void           kaynak_unknown_unref         (KaynakUnknown       *self);

guint          kaynak_unknown_get_n_members (const KaynakUnknown *self);
/* The member's name (decoded: "cl\u0061im" is "claim") */
const char    *kaynak_unknown_get_name      (const KaynakUnknown *self,
                                             guint                i);
/* Its value exactly as the file wrote it: valid JSON text */
const char    *kaynak_unknown_get_value     (const KaynakUnknown *self,
                                             guint                i);

/* @self without its members named @name: a new one, or NULL when none
 * is left (for what Kaynak itself puts beside a file's members, like a
 * draft's header) */
KaynakUnknown *kaynak_unknown_without       (KaynakUnknown       *self,
                                             const char          *name);

/* @self (may be NULL) with the member @name set to @value (raw JSON
 * text), in its place or at the end; @value NULL takes it out.  A new one,
 * or NULL when none is left (kaynak-document-disagreements.c takes a
 * curated record out of "disagreements" so) */
KaynakUnknown *kaynak_unknown_with          (KaynakUnknown       *self,
                                             const char          *name,
                                             const char          *value);

/* Where a member stands in a Kaynak file */
typedef enum
{
  KAYNAK_UNKNOWN_TOP,
  KAYNAK_UNKNOWN_METADATA,
  KAYNAK_UNKNOWN_ARTICLE,
  KAYNAK_UNKNOWN_SOURCE,
  KAYNAK_UNKNOWN_CLAIM,
  KAYNAK_UNKNOWN_LINK,
  KAYNAK_N_UNKNOWN_LEVELS
} KaynakUnknownLevel;

/* Whether docs/FORMAT.md defines @name (@length bytes, decoded) at @level */
gboolean       kaynak_unknown_is_known_member (KaynakUnknownLevel  level,
                                               const char         *name,
                                               gsize               length);

/* The unknown members of a whole Kaynak file, by where they stand; each
 * NULL where there are none.  The lists have an element per source,
 * claim or link of the file. */
typedef struct
{
  KaynakUnknown *top;
  KaynakUnknown *metadata;
  KaynakUnknown *article;
  GPtrArray     *sources;   /* of KaynakUnknown or NULL; NULL if none has any */
  GPtrArray     *claims;
  GPtrArray     *links;
} KaynakUnknownFile;

/* Collects them from the bytes of a file the guard passed
 * (kaynak-json-guard.h: valid JSON).  Linear in @length. */
void           kaynak_unknown_file_collect (KaynakUnknownFile *file,
                                            const char        *data,
                                            gsize              length);
void           kaynak_unknown_file_clear   (KaynakUnknownFile *file);

/* The same element of a list in @file, or NULL */
KaynakUnknown *kaynak_unknown_file_get     (GPtrArray         *list,
                                            guint              i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakUnknown, kaynak_unknown_unref)

G_END_DECLS
