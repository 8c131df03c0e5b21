/* kaynak-document.c: the GObject, the article, metadata and the history.
 *
 * A document is the article and its claims, sources and links, and every
 * change to them is one undoable, signalled step.  This part holds the
 * object (properties, signals, lifetime), the immutable article text and
 * its code-point offsets, the metadata, the saved state, and undo, redo
 * and groups over the history (kaynak-history.c).  The other parts are
 * kaynak-document-changes.c (primitive and recorded changes),
 * kaynak-document-sources.c (sources) and kaynak-document-claims.c
 * (claims, links, bulk loading); kaynak-document-impl.h is what they
 * share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document-impl.h"
#include "kaynak-language.h"

/* One code point in every CHECKPOINT_STRIDE has its byte offset stored, so
 * turning a code-point offset into a byte offset walks at most that many
 * characters.  64 costs 1/8 of a byte per code point. */
#define CHECKPOINT_STRIDE 64

G_DEFINE_FINAL_TYPE (KaynakDocument, kaynak_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_URL,
  PROP_OUTLET,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_NOTES,
  PROP_FACT_CHECK_URL,
  PROP_ARTICLE_AUTHOR,
  PROP_RETRIEVED,
  PROP_ARCHIVED_URL,
  PROP_FILE,
  PROP_ARTICLE_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint _kaynak_document_signals[N_SIGNALS];

/* --- GObject -------------------------------------------------------------- */

static void
kaynak_document_finalize (GObject *object)
{
  KaynakDocument *self = (KaynakDocument *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->checkpoints, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->fact_check_url, g_free);
  g_clear_pointer (&self->article_author, g_free);
  g_clear_pointer (&self->retrieved, g_free);
  g_clear_pointer (&self->archived_url, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->unknown); i++)
    g_clear_pointer (&self->unknown[i], kaynak_unknown_unref);
  g_clear_pointer (&self->default_author, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->file_stamp, g_free);
  g_clear_object (&self->article_file);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_object (&self->claims);
  g_clear_pointer (&self->claims_by_id, g_hash_table_unref);
  g_clear_object (&self->links);
  g_clear_pointer (&self->links_by_id, g_hash_table_unref);
  g_clear_pointer (&self->rejections, g_ptr_array_unref);
  g_clear_object (&self->codebook);
  g_clear_pointer (&self->history, kaynak_history_free);

  G_OBJECT_CLASS (kaynak_document_parent_class)->finalize (object);
}

static void
kaynak_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KaynakDocument *self = KAYNAK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_FACT_CHECK_URL:
      g_value_set_string (value, self->fact_check_url);
      break;
    case PROP_ARTICLE_AUTHOR:
      g_value_set_string (value, self->article_author);
      break;
    case PROP_RETRIEVED:
      g_value_set_string (value, self->retrieved);
      break;
    case PROP_ARCHIVED_URL:
      g_value_set_string (value, self->archived_url);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_ARTICLE_FILE:
      g_value_set_object (value, self->article_file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, kaynak_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kaynak_document_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kaynak_document_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_document_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KaynakDocument *self = KAYNAK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kaynak_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_URL:
      kaynak_document_set_url (self, g_value_get_string (value));
      break;
    case PROP_OUTLET:
      kaynak_document_set_outlet (self, g_value_get_string (value));
      break;
    case PROP_PUBLISHED:
      kaynak_document_set_published (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      kaynak_document_set_language (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      kaynak_document_set_notes (self, g_value_get_string (value));
      break;
    case PROP_FACT_CHECK_URL:
      kaynak_document_set_fact_check_url (self, g_value_get_string (value));
      break;
    case PROP_ARTICLE_AUTHOR:
      kaynak_document_set_article_author (self, g_value_get_string (value));
      break;
    case PROP_RETRIEVED:
      kaynak_document_set_retrieved (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVED_URL:
      kaynak_document_set_archived_url (self, g_value_get_string (value));
      break;
    case PROP_FILE:
      kaynak_document_set_file (self, g_value_get_object (value));
      break;
    case PROP_ARTICLE_FILE:
      kaynak_document_set_article_file (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_document_class_init (KaynakDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kaynak_document_finalize;
  object_class->get_property = kaynak_document_get_property;
  object_class->set_property = kaynak_document_set_property;

#define META_PROP(id, name) \
  properties[id] = g_param_spec_string (name, NULL, NULL, "", \
                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  META_PROP (PROP_TITLE, "title");
  META_PROP (PROP_URL, "url");
  META_PROP (PROP_OUTLET, "outlet");
  META_PROP (PROP_PUBLISHED, "published");
  META_PROP (PROP_LANGUAGE, "language");
  META_PROP (PROP_NOTES, "notes");
  META_PROP (PROP_FACT_CHECK_URL, "fact-check-url");
  META_PROP (PROP_ARTICLE_AUTHOR, "article-author");
  META_PROP (PROP_RETRIEVED, "retrieved");
  META_PROP (PROP_ARCHIVED_URL, "archived-url");
#undef META_PROP

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLE_FILE] =
    g_param_spec_object ("article-file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _kaynak_document_signals[CLAIM_ADDED] =
    g_signal_new ("claim-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  _kaynak_document_signals[CLAIM_REMOVED] =
    g_signal_new ("claim-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_CLAIM);
  _kaynak_document_signals[CLAIM_CHANGED] =
    g_signal_new ("claim-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                  KAYNAK_TYPE_CLAIM, G_TYPE_UINT, G_TYPE_UINT);
  _kaynak_document_signals[SOURCE_ADDED] =
    g_signal_new ("source-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_SOURCE);
  _kaynak_document_signals[SOURCE_REMOVED] =
    g_signal_new ("source-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_SOURCE);
  _kaynak_document_signals[SOURCE_CHANGED] =
    g_signal_new ("source-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_SOURCE);
  _kaynak_document_signals[LINK_ADDED] =
    g_signal_new ("link-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_LINK);
  _kaynak_document_signals[LINK_REMOVED] =
    g_signal_new ("link-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KAYNAK_TYPE_LINK);
  _kaynak_document_signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* the codebook's definitions changed (kaynak-document-codebook.h) */
  _kaynak_document_signals[CODEBOOK_CHANGED] =
    g_signal_new ("codebook-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kaynak_document_init (KaynakDocument *self)
{
  self->title = g_strdup ("");
  self->url = g_strdup ("");
  self->outlet = g_strdup ("");
  self->published = g_strdup ("");
  self->language = g_strdup ("");
  self->notes = g_strdup ("");
  self->fact_check_url = g_strdup ("");
  self->article_author = g_strdup ("");
  self->retrieved = g_strdup ("");
  self->archived_url = g_strdup ("");
  self->default_author = g_strdup ("");
  self->sources = g_list_store_new (KAYNAK_TYPE_SOURCE);
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->claims = kaynak_claim_index_new ();
  self->claims_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->links = g_list_store_new (KAYNAK_TYPE_LINK);
  self->links_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->rejections = g_ptr_array_new_with_free_func (g_object_unref);
  self->history = kaynak_history_new (_kaynak_document_apply_state, self);
}

KaynakDocument *
kaynak_document_new (const char *text,
                     gssize      length)
{
  KaynakDocument *self;
  const char *p, *end;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  g_return_val_if_fail (g_utf8_validate_len (text, length, NULL), NULL);
  /* Offsets are guint: refuse what they cannot address */
  g_return_val_if_fail ((gsize) length < G_MAXUINT, NULL);

  self = g_object_new (KAYNAK_TYPE_DOCUMENT, NULL);
  self->text = g_strndup (text, length);
  self->text_bytes = length;
  self->checkpoints = g_array_sized_new (FALSE, FALSE, sizeof (gsize),
                                         length / CHECKPOINT_STRIDE + 1);

  end = self->text + length;
  for (p = self->text; p < end; p = g_utf8_next_char (p), n++)
    {
      if (n % CHECKPOINT_STRIDE == 0)
        {
          gsize byte = p - self->text;
          g_array_append_val (self->checkpoints, byte);
        }
    }
  self->length = n;

  return self;
}

/* --- The article --------------------------------------------------------- */

const char *
kaynak_document_get_text (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->text;
}

gsize
kaynak_document_get_text_bytes (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);
  return self->text_bytes;
}

guint
kaynak_document_get_length (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);
  return self->length;
}

const char *
kaynak_document_get_sha256 (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  /* Computed on demand: the window never needs it, saving always does */
  if (self->sha256 == NULL)
    self->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                (const guchar *)self->text,
                                                self->text_bytes);
  return self->sha256;
}

gboolean
_kaynak_document_text_matches_hash (KaynakDocument *self,
                                    const char     *sha256)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  return sha256 != NULL &&
         g_ascii_strcasecmp (kaynak_document_get_sha256 (self), sha256) == 0;
}

gsize
kaynak_document_offset_to_byte (KaynakDocument *self,
                                guint           offset)
{
  const char *p;
  guint rest;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);

  if (offset >= self->length)
    return self->text_bytes;

  p = self->text + g_array_index (self->checkpoints, gsize, offset / CHECKPOINT_STRIDE);
  for (rest = offset % CHECKPOINT_STRIDE; rest > 0; rest--)
    p = g_utf8_next_char (p);

  return p - self->text;
}

char *
kaynak_document_dup_slice (KaynakDocument *self,
                           guint           start,
                           guint           end)
{
  gsize a, b;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (end < start)
    end = start;
  a = kaynak_document_offset_to_byte (self, start);
  b = kaynak_document_offset_to_byte (self, end);
  return g_strndup (self->text + a, b - a);
}

gboolean
kaynak_document_trim_range (KaynakDocument *self,
                            guint          *start,
                            guint          *end)
{
  guint s, e;
  const char *p;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  s = MIN (*start, self->length);
  e = MIN (*end, self->length);
  if (s >= e)
    return FALSE;

  p = self->text + kaynak_document_offset_to_byte (self, s);
  while (s < e && g_unichar_isspace (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      s++;
    }
  if (s == e)
    return FALSE;

  p = self->text + kaynak_document_offset_to_byte (self, e);
  while (e > s)
    {
      const char *prev = g_utf8_prev_char (p);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      p = prev;
      e--;
    }

  *start = s;
  *end = e;
  return TRUE;
}

/* --- Metadata ------------------------------------------------------------ */

static void
set_metadata (KaynakDocument  *self,
              char           **field,
              const char      *value,
              guint            prop)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (*field, value))
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);

  if (!self->metadata_dirty)
    {
      gboolean was_modified = kaynak_document_get_modified (self);

      self->metadata_dirty = TRUE;
      if (!was_modified)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  g_signal_emit (self, _kaynak_document_signals[CHANGED], 0);
}

#define METADATA_ACCESSORS(name, PROP)                                     \
const char *                                                              \
kaynak_document_get_##name (KaynakDocument *self)                         \
{                                                                         \
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);                 \
  return self->name;                                                      \
}                                                                         \
void                                                                      \
kaynak_document_set_##name (KaynakDocument *self,                         \
                            const char     *value)                        \
{                                                                         \
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));                           \
  set_metadata (self, &self->name, value, PROP);                          \
}

METADATA_ACCESSORS (title, PROP_TITLE)
METADATA_ACCESSORS (url, PROP_URL)
METADATA_ACCESSORS (outlet, PROP_OUTLET)
METADATA_ACCESSORS (published, PROP_PUBLISHED)
METADATA_ACCESSORS (language, PROP_LANGUAGE)
METADATA_ACCESSORS (notes, PROP_NOTES)
METADATA_ACCESSORS (fact_check_url, PROP_FACT_CHECK_URL)
METADATA_ACCESSORS (article_author, PROP_ARTICLE_AUTHOR)
METADATA_ACCESSORS (retrieved, PROP_RETRIEVED)
METADATA_ACCESSORS (archived_url, PROP_ARCHIVED_URL)

/* --- Article details, as the user edits them ----------------------------- */

KaynakArticleDetails *
kaynak_document_dup_details (KaynakDocument *self)
{
  KaynakArticleDetails *details;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  details = kaynak_article_details_new ();
  kaynak_article_details_set_title (details, self->title);
  kaynak_article_details_set_url (details, self->url);
  kaynak_article_details_set_outlet (details, self->outlet);
  kaynak_article_details_set_published (details, self->published);
  kaynak_article_details_set_language (details, self->language);
  kaynak_article_details_set_fact_check_url (details, self->fact_check_url);
  kaynak_article_details_set_author (details, self->article_author);
  kaynak_article_details_set_retrieved (details, self->retrieved);
  kaynak_article_details_set_archived_url (details, self->archived_url);
  return details;
}

static void
assign_field (KaynakDocument  *self,
              char           **field,
              const char      *value,
              guint            prop)
{
  if (g_str_equal (*field, value))
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Unlike set_metadata(), leaves metadata_dirty alone: the change is in the
 * history, which says whether the document stands where it was saved. */
void
_kaynak_document_assign_details (KaynakDocument       *self,
                                 KaynakArticleDetails *details)
{
  g_object_freeze_notify (G_OBJECT (self));
  assign_field (self, &self->title, kaynak_article_details_get_title (details), PROP_TITLE);
  assign_field (self, &self->url, kaynak_article_details_get_url (details), PROP_URL);
  assign_field (self, &self->outlet, kaynak_article_details_get_outlet (details), PROP_OUTLET);
  assign_field (self, &self->published, kaynak_article_details_get_published (details), PROP_PUBLISHED);
  assign_field (self, &self->language, kaynak_article_details_get_language (details), PROP_LANGUAGE);
  assign_field (self, &self->fact_check_url, kaynak_article_details_get_fact_check_url (details),
                PROP_FACT_CHECK_URL);
  assign_field (self, &self->article_author, kaynak_article_details_get_author (details),
                PROP_ARTICLE_AUTHOR);
  assign_field (self, &self->retrieved, kaynak_article_details_get_retrieved (details),
                PROP_RETRIEVED);
  assign_field (self, &self->archived_url, kaynak_article_details_get_archived_url (details),
                PROP_ARCHIVED_URL);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The retrieval date and the archived copy's address follow the rules of
 * the publication date and of the fact-check's address; only a changed
 * value is checked, so a file with an odd one can still be edited */
static gboolean
details_check_copy (KaynakDocument        *self,
                    KaynakArticleDetails  *details,
                    GError               **error)
{
  const char *retrieved = kaynak_article_details_get_retrieved (details);
  const char *archived_url = kaynak_article_details_get_archived_url (details);

  if (!g_str_equal (retrieved, self->retrieved) &&
      !kaynak_published_date_check (retrieved, error))
    return FALSE;
  if (!g_str_equal (archived_url, self->archived_url) &&
      !kaynak_fact_check_url_check (archived_url, error))
    return FALSE;
  return TRUE;
}

gboolean
kaynak_document_set_details (KaynakDocument        *self,
                             KaynakArticleDetails  *details,
                             GError               **error)
{
  g_autoptr(KaynakArticleDetails) before = NULL;
  g_autoptr(KaynakArticleDetails) after = NULL;
  const char *published, *language, *fact_check_url;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS (details), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  before = kaynak_document_dup_details (self);
  if (kaynak_article_details_equal (before, details))
    return TRUE;

  published = kaynak_article_details_get_published (details);
  language = kaynak_article_details_get_language (details);
  if (!g_str_equal (published, self->published) &&
      !kaynak_published_date_check (published, error))
    return FALSE;
  if (!g_str_equal (language, self->language) &&
      !kaynak_language_tag_check (language, error))
    return FALSE;
  fact_check_url = kaynak_article_details_get_fact_check_url (details);
  if (!g_str_equal (fact_check_url, self->fact_check_url) &&
      !kaynak_fact_check_url_check (fact_check_url, error))
    return FALSE;
  if (!details_check_copy (self, details, error))
    return FALSE;

  /* The history keeps its own copy: the caller may go on editing theirs */
  after = kaynak_article_details_copy (details);
  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_DETAILS, "details",
                           G_OBJECT (before), G_OBJECT (after), 0);
  _kaynak_document_assign_details (self, after);
  kaynak_document_end_group (self);
  return TRUE;
}

GFile *
kaynak_document_get_file (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->file;
}

void
kaynak_document_set_file (KaynakDocument *self,
                          GFile          *file)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

const char *
kaynak_document_get_file_stamp (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->file_stamp;
}

void
kaynak_document_set_file_stamp (KaynakDocument *self,
                                const char     *stamp)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));

  if (g_strcmp0 (self->file_stamp, stamp) != 0)
    {
      g_free (self->file_stamp);
      self->file_stamp = g_strdup (stamp);
    }
}

GFile *
kaynak_document_get_article_file (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->article_file;
}

void
kaynak_document_set_article_file (KaynakDocument *self,
                                  GFile          *file)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));

  if (g_set_object (&self->article_file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_FILE]);
}

const char *
kaynak_document_get_default_author (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->default_author;
}

void
kaynak_document_set_default_author (KaynakDocument *self,
                                    const char     *author)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_free (self->default_author);
  self->default_author = g_strdup (author ? author : "");
}

/* --- Saved state and history ---------------------------------------------- */

gboolean
kaynak_document_get_modified (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  return self->metadata_dirty || !kaynak_history_is_at_saved (self->history);
}

gboolean
kaynak_document_get_can_undo (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  return kaynak_history_get_can_undo (self->history);
}

gboolean
kaynak_document_get_can_redo (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  return kaynak_history_get_can_redo (self->history);
}

typedef struct
{
  gboolean modified;
  gboolean can_undo;
  gboolean can_redo;
} HistoryState;

static HistoryState
history_state (KaynakDocument *self)
{
  return (HistoryState) {
    kaynak_document_get_modified (self),
    kaynak_document_get_can_undo (self),
    kaynak_document_get_can_redo (self),
  };
}

static void
notify_history (KaynakDocument *self,
                HistoryState    before)
{
  HistoryState after = history_state (self);

  if (before.modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

void
kaynak_document_mark_saved (KaynakDocument *self)
{
  HistoryState before;

  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));

  before = history_state (self);
  kaynak_history_mark_saved (self->history);
  self->metadata_dirty = FALSE;
  notify_history (self, before);
}

void
kaynak_document_mark_unsaved (KaynakDocument *self)
{
  HistoryState before;

  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));

  before = history_state (self);
  kaynak_history_mark_unsaved (self->history);
  notify_history (self, before);
}

void
kaynak_document_clear_history (KaynakDocument *self)
{
  HistoryState before;

  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail (!kaynak_history_in_group (self->history));

  before = history_state (self);
  kaynak_history_clear (self->history);
  notify_history (self, before);
}

void
kaynak_document_begin_group (KaynakDocument *self)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));

  kaynak_history_begin_group (self->history);
}

gboolean
kaynak_document_end_group (KaynakDocument *self)
{
  HistoryState before;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (kaynak_history_in_group (self->history), FALSE);

  before = history_state (self);
  if (!kaynak_history_end_group (self->history))
    return FALSE;

  notify_history (self, before);
  g_signal_emit (self, _kaynak_document_signals[CHANGED], 0);
  return TRUE;
}

/* Undo or redo one step, then tell the listeners */
static gboolean
travel (KaynakDocument *self,
        gboolean      (*move) (KaynakHistory *))
{
  HistoryState before;

  g_return_val_if_fail (!kaynak_history_in_group (self->history), FALSE);

  before = history_state (self);
  if (!move (self->history))
    return FALSE;

  notify_history (self, before);
  g_signal_emit (self, _kaynak_document_signals[CHANGED], 0);

  return TRUE;
}

gboolean
kaynak_document_undo (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  return travel (self, kaynak_history_undo);
}

gboolean
kaynak_document_redo (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  return travel (self, kaynak_history_redo);
}

KaynakUnknown *
_kaynak_document_get_unknown (KaynakDocument     *self,
                              KaynakUnknownLevel  level)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (level <= KAYNAK_UNKNOWN_ARTICLE, NULL);

  return self->unknown[level];
}

void
_kaynak_document_set_unknown (KaynakDocument     *self,
                              KaynakUnknownLevel  level,
                              KaynakUnknown      *unknown)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail (level <= KAYNAK_UNKNOWN_ARTICLE);

  if (unknown != NULL)
    kaynak_unknown_ref (unknown);
  g_clear_pointer (&self->unknown[level], kaynak_unknown_unref);
  self->unknown[level] = unknown;
}
