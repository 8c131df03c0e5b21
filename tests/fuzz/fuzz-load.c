/* fuzz-load.c: libFuzzer target for everything that reads bytes a user
 * (or an attacker) hands to Kaynak: the native file loader and the
 * plain-text article decoder.
 *
 * Besides "no crash, no hang, no leak" it checks one property: a document
 * that loads must serialise to bytes that load again and serialise to the
 * very same bytes.  A failure there means a save would change or lose data.
 *
 * Built only with -Dfuzzing=true (see build-aux/run-fuzz.sh).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-text-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical warning is a bug too: make it abort so the fuzzer sees it. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_round_trip (KaynakDocument *document)
{
  g_autoptr(GBytes) first = kaynak_file_serialize (document);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;

  again = kaynak_file_load_bytes (first, NULL, &error);
  if (again == NULL)
    {
      fprintf (stderr, "fuzz-load: a loaded document saved to bytes that do not load: %s\n",
               error->message);
      abort ();
    }

  second = kaynak_file_serialize (again);
  if (!g_bytes_equal (first, second))
    {
      fprintf (stderr, "fuzz-load: save → load → save changed the bytes\n");
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Copy into a buffer of exactly @size bytes, so ASan catches a read
   * past the end that a NUL terminator would hide. */
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  {
    g_autoptr(KaynakLoadReport) report = NULL;
    g_autoptr(KaynakDocument) document = NULL;
    g_autoptr(GError) error = NULL;

    document = kaynak_file_load_bytes (bytes, &report, &error);
    if (document == NULL)
      {
        /* Every refusal must say why, in the project's error domain. */
        if (error == NULL || error->domain != KAYNAK_ERROR || error->message[0] == '\0')
          abort ();
      }
    else
      {
        if (error != NULL)
          abort ();
        check_round_trip (document);
      }
  }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;
    KaynakTextEncoding encoding;

    text = kaynak_text_decode (g_bytes_get_data (bytes, NULL), size, &encoding, &error);
    if (text != NULL)
      {
        if (!g_utf8_validate (text, -1, NULL))
          abort ();
      }
    else if (error == NULL || error->domain != KAYNAK_ERROR)
      abort ();
  }

  return 0;
}

#ifdef KAYNAK_FUZZ_REPLAY
/* Without libFuzzer (any compiler): runs every file named on the command
 * line, or found in a folder named there, through the target once.  The
 * normal test suite runs the seed corpus and tests/data/bad/ this way, so
 * the target keeps compiling and every kept input stays fixed. */
static int
replay_path (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  int n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          n += replay_path (child);
        }
      return n;
    }

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  printf ("%s\n", path);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  int n = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    n += replay_path (argv[i]);
  printf ("fuzz-load: %d inputs replayed\n", n);

  return n > 0 ? 0 : 1;
}
#endif
