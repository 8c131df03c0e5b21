/* kaynak-ui-bench-generate.h: the window benchmarks' document: 5 MB of
 * the generated Turkish-looking article with N claims over 20 sources (a
 * quarter nested in their neighbour), saved as a Kaynak file.  The same
 * text for every N (the generator is reseeded), so a document without
 * claims is the baseline of the same article.  Header only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document-private.h"
#include "kaynak-file.h"
#include "kaynak-source.h"
#include "kaynak-ui-bench-util.h"

static inline GFile *
generate_file (guint    n_claims,
               GError **error)
{
  g_autofree char *text = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  guint length;
  guint prev_start = 0, prev_end = 0;

  const guint n_sources = 20;

  /* the same article whatever the number of claims */
  rng_state = RNG_SEED;
  text = generate_text (5 * 1000 * 1000);
  document = kaynak_document_new (text, -1);
  length = kaynak_document_get_length (document);

  kaynak_document_set_title (document, "Kaynak UI bench");
  for (guint i = 0; i < n_sources; i++)
    {
      g_autofree char *label = g_strdup_printf ("Kaynak %u", i + 1);
      g_autoptr(KaynakSource) source = kaynak_source_new (NULL, label,
                                                          kaynak_source_palette_color (i),
                                                          i < 9 ? i + 1 : 0,
                                                          KAYNAK_SOURCE_KIND_NAMED);
      if (!kaynak_document_add_source (document, source, error))
        return NULL;
    }

  /* Added in bulk as the loader does: through the undoable API every
   * claim would also record an undo step, which is not what is measured */
  {
    GListModel *sources = kaynak_document_get_sources (document);
    GHashTable *seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    g_autofree char *stamp = kaynak_timestamp_now ();

    for (guint i = 0; i < n_claims; i++)
      {
        g_autoptr(KaynakSource) source = g_list_model_get_item (sources, rng_below (n_sources));
        g_autoptr(KaynakClaim) claim = NULL;
        g_autofree char *quote = NULL, *prefix = NULL, *suffix = NULL;
        gint64 *key;
        guint start, end;

        if (i > 0 && rng_below (4) == 0 && prev_end - prev_start > 4)
          {
            start = prev_start + 1 + rng_below ((prev_end - prev_start) / 2);
            end = start + 1 + rng_below (prev_end - start - 1);
          }
        else
          {
            guint len = 10 + rng_below (190);

            start = rng_below (length - len);
            end = start + len;
          }

        /* trimmed like a selection, and never twice the same range */
        if (!kaynak_document_trim_range (document, &start, &end))
          {
            i--;
            continue;
          }
        key = g_new (gint64, 1);
        *key = ((gint64) start << 32) | end;
        if (g_hash_table_contains (seen, key))
          {
            g_free (key);
            i--;
            continue;
          }
        g_hash_table_add (seen, key);

        quote = kaynak_document_dup_slice (document, start, end);
        prefix = kaynak_document_dup_slice (document,
                                            start > KAYNAK_CLAIM_CONTEXT_LENGTH ? start - KAYNAK_CLAIM_CONTEXT_LENGTH : 0,
                                            start);
        suffix = kaynak_document_dup_slice (document, end, end + KAYNAK_CLAIM_CONTEXT_LENGTH);

        claim = kaynak_claim_new (NULL, start, end);
        kaynak_claim_set_quote (claim, quote);
        kaynak_claim_set_prefix (claim, prefix);
        kaynak_claim_set_suffix (claim, suffix);
        kaynak_claim_set_source_id (claim, kaynak_source_get_id (source));
        kaynak_claim_set_created (claim, stamp);
        kaynak_claim_set_modified (claim, stamp);
        _kaynak_document_bulk_add_claim (document, claim);

        prev_start = start;
        prev_end = end;
      }

    _kaynak_document_finish_bulk (document);
    g_hash_table_destroy (seen);
  }

  dir = g_dir_make_tmp ("kaynak-ui-bench-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "bench.kaynak.json", NULL);
  file = g_file_new_for_path (path);
  if (!kaynak_file_save (document, file, NULL, error))
    return NULL;

  return g_steal_pointer (&file);
}

