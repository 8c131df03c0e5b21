/* kaynak-document-builder.c: a document filled by an importer in bulk
 * (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-document-builder.h"
#include "kaynak-document-private.h"
#include "kaynak-error.h"
#include "kaynak-format-private.h"

struct _KaynakDocumentBuilder
{
  KaynakDocument *document;
  GHashTable     *by_label;   /* label → source id (the source's own string) */
  GHashTable     *triples;    /* "type\nfrom\nto" of every link */
  char           *now;        /* one timestamp for every claim of the import */
  guint           n_sources;
  guint           n_claims;
  gboolean        shortcut_taken[10];
};

KaynakDocumentBuilder *
kaynak_document_builder_new (const char *text,
                             gssize      length)
{
  KaynakDocumentBuilder *self = g_new0 (KaynakDocumentBuilder, 1);

  self->document = kaynak_document_new (text, length);
  self->by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->triples = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->now = kaynak_timestamp_now ();
  return self;
}

void
kaynak_document_builder_free (KaynakDocumentBuilder *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->document);
  g_hash_table_unref (self->by_label);
  g_hash_table_unref (self->triples);
  g_free (self->now);
  g_free (self);
}

KaynakDocument *
kaynak_document_builder_get_document (KaynakDocumentBuilder *self)
{
  return self->document;
}

guint
kaynak_document_builder_get_n_claims (KaynakDocumentBuilder *self)
{
  return self->n_claims;
}

gboolean
kaynak_document_builder_add_source (KaynakDocumentBuilder  *self,
                                    KaynakSource           *source,
                                    GError                **error)
{
  guint shortcut = kaynak_source_get_shortcut (source);

  if (!_kaynak_document_check_new_source (self->document, source, error))
    return FALSE;
  /* a shortcut belongs to one source: the first that has it */
  if (shortcut >= 1 && shortcut <= 9)
    {
      if (self->shortcut_taken[shortcut])
        kaynak_source_set_shortcut (source, 0);
      self->shortcut_taken[shortcut] = TRUE;
    }
  _kaynak_document_bulk_add_source (self->document, source);
  if (!g_hash_table_contains (self->by_label, kaynak_source_get_label (source)))
    g_hash_table_insert (self->by_label, g_strdup (kaynak_source_get_label (source)),
                         (gpointer) kaynak_source_get_id (source));
  self->n_sources++;
  return TRUE;
}

const char *
kaynak_document_builder_source_for_label (KaynakDocumentBuilder  *self,
                                          const char             *label,
                                          GError                **error)
{
  const char *id = g_hash_table_lookup (self->by_label, label);
  g_autofree char *made = NULL;
  g_autoptr(KaynakSource) source = NULL;
  guint shortcut = 0;

  if (id != NULL)
    return id;

  /* an id from the label, as the window makes them:
   * "Dışişleri Bakanlığı" → "disisleri-bakanligi" */
  made = kaynak_document_dup_new_source_id (self->document, label);
  for (guint key = 1; key <= 9 && shortcut == 0; key++)
    if (!self->shortcut_taken[key])
      shortcut = key;
  source = kaynak_source_new (made, label, kaynak_source_palette_color (self->n_sources),
                              shortcut, KAYNAK_SOURCE_KIND_NAMED);
  if (!kaynak_document_builder_add_source (self, source, error))
    return NULL;
  return kaynak_source_get_id (source);
}

gboolean
kaynak_document_builder_add_claim (KaynakDocumentBuilder  *self,
                                   KaynakClaim            *claim,
                                   GError                **error)
{
  if (!_kaynak_document_check_claim (self->document, claim, error))
    return FALSE;
  _kaynak_document_bulk_add_claim (self->document, claim);
  self->n_claims++;
  return TRUE;
}

KaynakClaim *
kaynak_document_builder_add_claim_at (KaynakDocumentBuilder  *self,
                                      const char             *id,
                                      guint                   start,
                                      guint                   end,
                                      GError                **error)
{
  KaynakDocument *document = self->document;
  guint length = kaynak_document_get_length (document);
  g_autoptr(KaynakClaim) claim = NULL;

  if (start >= end || end > length)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("The range %u–%u is empty or past the end of the article (%u characters)."),
                   start, end, length);
      return NULL;
    }
  if (id != NULL && kaynak_document_lookup_claim (document, id) != NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("There is already a claim with the id “%s”."), id);
      return NULL;
    }

  claim = kaynak_claim_new (id, start, end);
  kaynak_document_anchor_claim (document, claim, start, end);
  /* imported now, unless the format says when (W3C does) */
  kaynak_claim_set_created (claim, self->now);
  kaynak_claim_set_modified (claim, self->now);

  /* made over the text: the range and the quote hold */
  _kaynak_document_bulk_add_claim (document, claim);
  self->n_claims++;
  return claim;
}

gboolean
kaynak_document_builder_add_link (KaynakDocumentBuilder  *self,
                                  const char             *id,
                                  KaynakLinkType          type,
                                  const char             *from,
                                  const char             *to,
                                  GError                **error)
{
  g_autoptr(KaynakLink) link = NULL;
  char *triple;

  if (!_kaynak_document_check_link_ends (self->document, type, from, to, error))
    return FALSE;
  triple = g_strdup_printf ("%d\n%s\n%s", (int) type, from, to);
  if (!g_hash_table_add (self->triples, triple))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("These claims are already linked that way."));
      return FALSE;
    }
  if (id != NULL && (*id == '\0' || kaynak_document_lookup_link (self->document, id) != NULL))
    id = NULL;
  link = kaynak_link_new (id, type, from, to);
  _kaynak_document_bulk_add_link (self->document, link);
  return TRUE;
}

KaynakDocument *
kaynak_document_builder_finish (KaynakDocumentBuilder *self)
{
  KaynakDocument *document = g_steal_pointer (&self->document);

  _kaynak_document_finish_bulk (document);
  kaynak_document_mark_saved (document);
  return document;
}
