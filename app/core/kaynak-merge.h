/* kaynak-merge.h: the three-way merge of two annotators' edits of one
 * article, as `kaynak --merge BASE OURS THEIRS` (a git merge driver) does
 * it.
 *
 * The rules (one home for them, documented in the README's "Teams on
 * git" and in docs/FORMAT.md):
 *
 *  - Sources, claims and links are matched by id, each member of an
 *    object on its own (a claim's range, quote, prefix, suffix, pieces and
 *    orphaned flag move together, as one member): a member changed on one
 *    side only takes that side's value; changed on both sides to the same
 *    value, that value.  "metadata" and any member Kaynak does not know
 *    are merged the same way.  "modified" takes the later time.
 *  - An object added on one side is kept; added on both sides with the
 *    same id, its members are merged as if the base had nothing.
 *  - An object deleted on one side and left alone on the other is
 *    deleted.
 *  - A conflict (a member changed on both sides to different values, or
 *    an object deleted on one side and edited on the other) keeps ours
 *    (or the edited object), and records theirs in the object's optional
 *    "disagreements" member: a list of { "side": "theirs", "members":
 *    {name: theirs' value (null where theirs had none)} } or { "side":
 *    "ours" | "theirs", "deleted": true }, for a person to curate.  The
 *    metadata and links have no such member: their entries go to the
 *    file's top-level "disagreements", with "metadata": true or
 *    "link": id.
 *  - Afterwards: a link whose claims are gone is dropped, as is a second
 *    link of the same type between the same claims; a source that a
 *    merged claim still names is kept even if one side deleted it; a
 *    shortcut digit both sides gave to different sources stays with ours.
 *  - The article text must be the same on both sides (the same SHA-256).
 *
 * The result goes through the loader's validation and is written as
 * Kaynak writes files, so it is always a valid file.  Linear in the input
 * (hash tables by id).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Merges; @base may be empty (git's add/add: no common ancestor).
 * Returns the merged file's bytes, or NULL with @error set (KAYNAK_ERROR,
 * a sentence naming "base", "ours" or "theirs") when an input is not a
 * valid Kaynak file or the two sides annotate different articles.
 * @conflicts (optional) receives (transfer full) one sentence per
 * conflict left, e.g. `claims[3] “üç binden fazla asker”: status differs;
 * ours kept, theirs recorded`. */
GBytes *kaynak_merge_files (GBytes     *base,
                            GBytes     *ours,
                            GBytes     *theirs,
                            GPtrArray **conflicts,
                            GError    **error);

G_END_DECLS
