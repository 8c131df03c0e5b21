/* kaynak-claims-writer.h: one claim of a Kaynak file written straight as
 * JSON text, without a json-glib tree: the mirror of
 * kaynak-claims-reader.h.
 *
 * A save of 100,000 claims was mostly json-glib building, generating and
 * freeing a tree per claim (a node per value, a GHashTable per object),
 * as slow as the whole load once the claims reader made the load fast
 * (README, "Speed and memory").  This writer appends the claim's text to
 * the file's GString directly.
 *
 * Its output is byte for byte what json-glib 1.6's pretty generator (two
 * spaces) writes for the claim's tree (kaynak-file-serialize.c's
 * claim_object()): the same members in the same order, the same
 * indentation, json-glib's escaping (only '"', '\\', U+0001–U+001E and
 * U+007F; U+001F and everything from U+0080 on written as they are) and
 * its numbers.  tests/test-claims-writer.c holds it to that on every file
 * under tests/ and on generated claims, against the json-glib tree.  (The
 * raw U+001F both write is made \u001f in the whole file afterwards, by
 * kaynak-file-serialize.c: no JSON reader takes it back raw.)
 *
 * It is a fast path: a claim with anything it does not write (members
 * Kaynak does not know, kept as raw JSON; a field value json-glib might
 * write another way, such as a number with an exponent) is refused before
 * anything is appended, and the serialiser generates that claim through
 * json-glib as before.  A member added to claims must be written here too
 * (and in claim_object()); the test then fails until both agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-claim-private.h"

G_BEGIN_DECLS

/* Appends @claim as it stands in a file, as an element of the top-level
 * "claims" list: its "{" after four spaces, its members at six, its "}"
 * after four; no comma or newline around it.  FALSE, with @out untouched,
 * when the claim has something only json-glib writes (see above).  Any
 * thread: @claim is shared, immutable data (kaynak-claim-private.h). */
gboolean kaynak_claims_writer_append        (GString               *out,
                                             const KaynakClaimData *claim);

/* @string as json-glib writes a string: quoted, escaped by its rules;
 * NULL as null (as json_object_set_string_member() makes it) */
void     kaynak_claims_writer_append_string (GString               *out,
                                             const char            *string);

G_END_DECLS
