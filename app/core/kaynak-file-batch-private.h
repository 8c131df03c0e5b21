/* kaynak-file-batch-private.h: what a batch's staging folder holds, and
 * its journal's format.
 *
 * Shared by the writer (kaynak-file-batch.c) and the reader that takes a
 * killed batch back (kaynak-leftovers.c), which may be a later Kaynak:
 * a change of the format changes the magic's version.  Not for use
 * outside them.
 *
 * A staging folder (".~kaynak-import.XXXXXX.tmp") holds:
 *   lock      locked (flock) by its writer for as long as it runs;
 *   primary   the path of the staging folder that has the journal (its
 *             own for the first folder of a batch);
 *   journal   in the primary only, from the commit until the batch is in
 *             place: "kaynak-batch 1\n", then NUL-separated records:
 *             "S" PATH (a staging folder) and "F" DEV INO PATH (a file
 *             put in place, and the inode it has);
 *   NAME…     the staged files, under their targets' names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KAYNAK_STAGE_LOCK_NAME    "lock"
#define KAYNAK_STAGE_PRIMARY_NAME "primary"
#define KAYNAK_STAGE_JOURNAL_NAME "journal"

/* The journal's first line (followed by "\n") */
#define KAYNAK_JOURNAL_MAGIC "kaynak-batch 1"
/* The kinds of its records */
#define KAYNAK_JOURNAL_STAGE "S"
#define KAYNAK_JOURNAL_FILE  "F"
/* A journal names a few paths per file: far below this */
#define KAYNAK_JOURNAL_MAX_SIZE (64 * 1024 * 1024)

G_END_DECLS
