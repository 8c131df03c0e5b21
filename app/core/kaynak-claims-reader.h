/* kaynak-claims-reader.h: one claim of a Kaynak file read straight from
 * its JSON text, without a json-glib tree.
 *
 * Loading a file of 100,000 claims was mostly json-glib building and
 * freeing a tree per claim (a node per value, a GHashTable per object):
 * 70 % of `kaynak --check`'s instructions (README, "Speed and memory").
 * This reader walks the claim's text once and hands back its members as
 * decoded strings and numbers, which the loader checks by the same rules
 * as a claim read from a tree (kaynak-file.c).
 *
 * It is a fast path, not a second loader: it accepts only what it is sure
 * of, every member of the type docs/FORMAT.md gives it and none repeated.
 * Anything else (a wrong type, a number that is not a plain whole number,
 * a repeated member, a member name with an escape, a \u0000 in a string;
 * in "fields", a number with a fraction or an exponent, null, an object,
 * a list in a list, a repeated field, more fields or choices than a
 * codebook may have)
 * makes it say no, and the loader reads that claim through json-glib as
 * before, so every error is found and worded by the one old path, with
 * its JSON path.  The claim's text was checked by the strict pre-scan
 * (kaynak-json-guard.h: valid JSON, UTF-8, depth, budgets) before it gets
 * here; the reader still never reads past @length.
 *
 * A member added to claims must be read here too (the members table of
 * kaynak-claims-reader.c, KaynakClaimFields, and kaynak-file.c's
 * read_claim_text()); until it is, a claim that has it is read by the old
 * path, since the reader says no to a member kaynak-unknown.c knows and
 * it does not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-field-values.h"

G_BEGIN_DECLS

/* One element of "pieces", "source_ranges" or "cue_ranges" */
typedef struct
{
  guint       start;
  guint       end;
  const char *quote;   /* NULL: absent */
  const char *prefix;  /* pieces only; NULL: absent */
  const char *suffix;
} KaynakClaimTextRange;

/* The members of one claim; a string is NULL when its member is absent
 * (and "source" also when it is null).  Everything points into the
 * reader and lives until its next read. */
typedef struct
{
  const char  *id;
  gboolean     has_start;
  guint        start;
  gboolean     has_end;
  guint        end;
  gboolean     orphaned;
  const char  *quote;
  const char  *prefix;
  const char  *suffix;
  const char  *source;
  const char  *status;
  const char  *note;
  /* NULL-terminated; NULL when absent or empty, as the tree's reader
   * gives them (kaynak_json_reader_get_string_list()) */
  const char **cues;
  const char **agreed_by;
  const char  *author;
  const char  *created;
  const char  *modified;
  /* The three lists of ranges; NULL when absent, empty when [] */
  GArray      *pieces;         /* KaynakClaimTextRange */
  GArray      *source_ranges;
  GArray      *cue_ranges;
  /* How it is attributed (a source kind's id, issue 19); NULL: absent */
  const char  *attribution;
  /* A codebook's verdict (NULL: absent) and field values (NULL: absent
   * or {}), of a file of version 2: each value a string, a whole number,
   * true or false, or a list of them, in the file's order.  Whether they
   * keep the rules (an id not empty, a string not too long, a number
   * json-glib could hold) is the loader's to judge, as for the rest;
   * field_integers says whether any value is a whole number. */
  const char        *verdict;
  KaynakFieldValues *field_values;
  gboolean           field_integers;
  /* It has members Kaynak does not know (kaynak-unknown.h keeps them) */
  gboolean     unknown;
} KaynakClaimFields;

typedef struct _KaynakClaimsReader KaynakClaimsReader;

/* A reader whose memory is reused from claim to claim */
KaynakClaimsReader *kaynak_claims_reader_new  (void);
void                kaynak_claims_reader_free (KaynakClaimsReader *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakClaimsReader, kaynak_claims_reader_free)

/* Reads the one JSON object in @data (@length bytes, whitespace around it
 * allowed).  TRUE with *@fields filled when every member it knows has the
 * type the format gives it and none is repeated (the values are not
 * judged: an empty id or a start after the end is the loader's to find);
 * FALSE when anything is otherwise, the claim then to be read through
 * json-glib. */
gboolean kaynak_claims_reader_read (KaynakClaimsReader       *self,
                                    const char               *data,
                                    gsize                     length,
                                    const KaynakClaimFields **fields);

G_END_DECLS
