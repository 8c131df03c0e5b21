/* kaynak-document-snapshot.c: a document at one moment (see
 * kaynak-document-snapshot.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-claim-index.h"
#include "kaynak-document-codebook.h"
#include "kaynak-document-impl.h"
#include "kaynak-document-private.h"
#include "kaynak-document-snapshot.h"
#include "kaynak-link.h"
#include "kaynak-rejection.h"
#include "kaynak-source.h"

/* Copies of the items of @model, each made by @copy */
static GPtrArray *
copy_model (GListModel *model,
            gpointer  (*copy) (gpointer))
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_ptr_array_add (array, copy (item));
    }
  return array;
}

KaynakDocumentSnapshot *
kaynak_document_snapshot_new (KaynakDocument *document)
{
  KaynakDocumentSnapshot *self;
  KaynakClaimIndex *claims;
  GFile *file;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  self = g_new0 (KaynakDocumentSnapshot, 1);
  self->title = g_strdup (kaynak_document_get_title (document));
  self->url = g_strdup (kaynak_document_get_url (document));
  self->outlet = g_strdup (kaynak_document_get_outlet (document));
  self->published = g_strdup (kaynak_document_get_published (document));
  self->language = g_strdup (kaynak_document_get_language (document));
  self->notes = g_strdup (kaynak_document_get_notes (document));
  self->fact_check_url = g_strdup (kaynak_document_get_fact_check_url (document));
  self->state = kaynak_document_get_state (document);
  self->article_author = g_strdup (kaynak_document_get_article_author (document));
  self->retrieved = g_strdup (kaynak_document_get_retrieved (document));
  self->archived_url = g_strdup (kaynak_document_get_archived_url (document));
  self->sha256 = g_strdup (kaynak_document_get_sha256 (document));
  /* One memcpy, ~1 ms for a 4-million-character article */
  self->text = g_strndup (kaynak_document_get_text (document),
                          kaynak_document_get_text_bytes (document));

  self->sources = copy_model (kaynak_document_get_sources (document),
                              (gpointer (*) (gpointer)) kaynak_source_copy);
  self->links = copy_model (kaynak_document_get_links (document),
                            (gpointer (*) (gpointer)) kaynak_link_copy);
  {
    GPtrArray *rejections = kaynak_document_get_rejections (document);

    self->rejections = g_ptr_array_new_full (rejections->len, g_object_unref);
    for (guint i = 0; i < rejections->len; i++)
      g_ptr_array_add (self->rejections, g_object_ref (rejections->pdata[i]));
  }
  for (guint level = 0; level < G_N_ELEMENTS (self->unknown); level++)
    {
      KaynakUnknown *unknown = _kaynak_document_get_unknown (document, level);

      self->unknown[level] = unknown != NULL ? kaynak_unknown_ref (unknown) : NULL;
    }
  {
    KaynakCodebook *codebook = kaynak_document_get_codebook (document);

    self->codebook = codebook != NULL ? g_object_ref (codebook) : NULL;
    self->format_version = kaynak_document_get_format_version (document);
  }

  /* The one part that grows with the claims: a reference to each one's
   * values, read straight from the index (no GObject reference taken and
   * dropped per claim) */
  claims = document->claims;
  n = kaynak_claim_index_get_n_claims (claims);
  self->claims = g_ptr_array_new_full (n, (GDestroyNotify) _kaynak_claim_data_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->claims, _kaynak_claim_share (kaynak_claim_index_get (claims, i)));

  file = kaynak_document_get_file (document);
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->file_stamp = g_strdup (kaynak_document_get_file_stamp (document));
  file = kaynak_document_get_article_file (document);
  self->article_file = file != NULL ? g_object_ref (file) : NULL;

  return self;
}

void
kaynak_document_snapshot_free (KaynakDocumentSnapshot *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->url);
  g_free (self->outlet);
  g_free (self->published);
  g_free (self->language);
  g_free (self->notes);
  g_free (self->fact_check_url);
  g_free (self->article_author);
  g_free (self->retrieved);
  g_free (self->archived_url);
  g_free (self->sha256);
  g_free (self->text);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->claims);
  g_ptr_array_unref (self->links);
  g_ptr_array_unref (self->rejections);
  for (guint level = 0; level < G_N_ELEMENTS (self->unknown); level++)
    g_clear_pointer (&self->unknown[level], kaynak_unknown_unref);
  g_clear_object (&self->codebook);
  g_clear_object (&self->file);
  g_free (self->file_stamp);
  g_clear_object (&self->article_file);
  g_free (self);
}
