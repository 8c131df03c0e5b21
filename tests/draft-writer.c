/* draft-writer.c: a stand-in for the app in test-drafts: opens the seed
 * article, makes claims, saves a draft after each, prints "saved N" once
 * the last one is on disk ("started" before the first), then waits to be killed (SIGKILL: no clean-up,
 * no atexit, like a crash).
 *
 *   draft-writer DRAFTS_FOLDER ID ARTICLE N_CLAIMS [ORIGINAL]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "kaynak-drafts.h"
#include "kaynak-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(KaynakDrafts) drafts = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_claims;

  if (argc < 5)
    {
      fprintf (stderr, "usage: draft-writer FOLDER ID ARTICLE N_CLAIMS [ORIGINAL]\n");
      return 2;
    }

  if (!g_file_get_contents (argv[3], &text, NULL, &error))
    {
      fprintf (stderr, "draft-writer: %s\n", error->message);
      return 1;
    }

  folder = g_file_new_for_path (argv[1]);
  drafts = kaynak_drafts_new_for_folder (folder);
  document = kaynak_document_new (text, -1);
  kaynak_document_set_title (document, "Taslak");
  if (argc > 5)
    {
      g_autoptr(GFile) original = g_file_new_for_path (argv[5]);
      kaynak_document_set_file (document, original);
    }
  n_claims = (guint) g_ascii_strtoull (argv[4], NULL, 10);

  printf ("started\n");
  fflush (stdout);

  /* Claims of 10 code points every 20, each followed by a draft save, as
   * the window's autosave would do after each change. */
  for (guint i = 0; i < n_claims; i++)
    {
      KaynakClaim *claim = kaynak_document_create_claim (document, i * 20, i * 20 + 10,
                                                         NULL, &error);
      if (claim == NULL ||
          !kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim),
                                           "taslak notu", &error) ||
          !kaynak_drafts_save (drafts, argv[2], document, &error))
        {
          fprintf (stderr, "draft-writer: %s\n", error->message);
          return 1;
        }
    }

  printf ("saved %u\n", n_claims);
  fflush (stdout);

  /* Keep editing in memory (never saved) until killed: these must not
   * appear in the restored document. */
  for (guint i = 0; ; i++)
    {
      kaynak_document_set_notes (document, i % 2 ? "a" : "b");
      g_usleep (10 * 1000);
    }

  return 0;
}
