/* kaynak-document.c: the article and its claims, sources and links, and
 * every change to them as one undoable, signalled step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-document-impl.h"
#include "kaynak-error.h"

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
  self->default_author = g_strdup ("");
  self->sources = g_list_store_new (KAYNAK_TYPE_SOURCE);
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->claims = kaynak_claim_index_new ();
  self->claims_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->links = g_list_store_new (KAYNAK_TYPE_LINK);
  self->links_by_id = g_hash_table_new (g_str_hash, g_str_equal);
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

void
kaynak_document_end_group (KaynakDocument *self)
{
  HistoryState before;

  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail (kaynak_history_in_group (self->history));

  before = history_state (self);
  if (!kaynak_history_end_group (self->history))
    return;

  notify_history (self, before);
  g_signal_emit (self, _kaynak_document_signals[CHANGED], 0);
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

/* --- Claims --------------------------------------------------------------- */

GListModel *
kaynak_document_get_claims (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->claims);
}

guint
kaynak_document_get_n_claims (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);
  return kaynak_claim_index_get_n_claims (self->claims);
}

KaynakClaim *
kaynak_document_lookup_claim (KaynakDocument *self,
                              const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->claims_by_id, id) : NULL;
}

guint
kaynak_document_get_claim_position (KaynakDocument *self,
                                    KaynakClaim    *claim)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), G_MAXUINT);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), G_MAXUINT);
  return kaynak_claim_index_find (self->claims, claim);
}

KaynakClaim *
kaynak_document_find_claim_with_range (KaynakDocument *self,
                                       guint           start,
                                       guint           end)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  found = kaynak_claim_index_at (self->claims, start);
  for (guint i = 0; i < found->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (found, i);

      if (kaynak_claim_get_start (claim) == start && kaynak_claim_get_end (claim) == end)
        return claim;
    }

  return NULL;
}

static gboolean
check_range (KaynakDocument  *self,
             guint            start,
             guint            end,
             GError         **error)
{
  if (start >= end)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("A claim must cover at least one character."));
      return FALSE;
    }
  if (end > self->length)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("The range %u–%u is past the end of the article (%u characters)."),
                   start, end, self->length);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_source (KaynakDocument  *self,
              const char      *source_id,
              GError         **error)
{
  if (source_id != NULL && source_id[0] != '\0' &&
      !g_hash_table_contains (self->sources_by_id, source_id))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), source_id);
      return FALSE;
    }
  return TRUE;
}

static KaynakClaim *
find_claim (KaynakDocument  *self,
            const char      *id,
            GError         **error)
{
  KaynakClaim *claim = kaynak_document_lookup_claim (self, id);

  if (claim == NULL)
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                 _("There is no claim with the id “%s”."), id ? id : "");
  return claim;
}

void
kaynak_document_anchor_context (KaynakDocument *self,
                                KaynakClaim    *claim,
                                guint           start,
                                guint           end)
{
  guint before = start > KAYNAK_CLAIM_CONTEXT_LENGTH ? start - KAYNAK_CLAIM_CONTEXT_LENGTH : 0;
  guint after = MIN ((guint64) end + KAYNAK_CLAIM_CONTEXT_LENGTH, self->length);
  gsize b_before = kaynak_document_offset_to_byte (self, before);
  gsize b_start = kaynak_document_offset_to_byte (self, start);
  gsize b_end = kaynak_document_offset_to_byte (self, end);
  gsize b_after = kaynak_document_offset_to_byte (self, after);
  g_autofree char *prefix = g_strndup (self->text + b_before, b_start - b_before);
  g_autofree char *suffix = g_strndup (self->text + b_end, b_after - b_end);

  kaynak_claim_set_prefix (claim, prefix);
  kaynak_claim_set_suffix (claim, suffix);
}

void
kaynak_document_anchor_claim (KaynakDocument *self,
                              KaynakClaim    *claim,
                              guint           start,
                              guint           end)
{
  g_autofree char *quote = kaynak_document_dup_slice (self, start, end);

  kaynak_claim_set_range (claim, start, end);
  kaynak_claim_set_quote (claim, quote);
  kaynak_document_anchor_context (self, claim, start, end);
}

KaynakClaim *
kaynak_document_tag_range (KaynakDocument  *self,
                           guint            start,
                           guint            end,
                           const char      *source_id,
                           GError         **error)
{
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  end = MIN (end, kaynak_document_get_length (self));
  if (start >= end || !kaynak_document_trim_range (self, &start, &end))
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                           _("Select some text to tag, not only spaces."));
      return NULL;
    }

  claim = kaynak_document_find_claim_with_range (self, start, end);
  if (claim != NULL)
    return kaynak_document_retag_claim (self, claim, source_id, error) ? claim : NULL;

  return kaynak_document_create_claim (self, start, end, source_id, error);
}

gboolean
kaynak_document_retag_claim (KaynakDocument  *self,
                             KaynakClaim     *claim,
                             const char      *source_id,
                             GError         **error)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), FALSE);

  if (g_strcmp0 (kaynak_claim_get_source_id (claim), source_id) == 0)
    return TRUE;

  return kaynak_document_set_claim_source (self, kaynak_claim_get_id (claim), source_id, error);
}

KaynakClaim *
kaynak_document_create_claim (KaynakDocument  *self,
                              guint            start,
                              guint            end,
                              const char      *source_id,
                              GError         **error)
{
  g_autoptr(KaynakClaim) claim = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (!check_range (self, start, end, error) ||
      !check_source (self, source_id, error))
    return NULL;

  claim = kaynak_claim_new (NULL, start, end);
  kaynak_document_anchor_claim (self, claim, start, end);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_author (claim, self->default_author);
  now = kaynak_timestamp_now ();
  kaynak_claim_set_created (claim, now);
  kaynak_claim_set_modified (claim, now);

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_CLAIM, kaynak_claim_get_id (claim),
                           NULL, G_OBJECT (claim), 0);
  _kaynak_document_raw_insert_claim (self, claim);
  kaynak_document_end_group (self);

  /* The document holds it now */
  return claim;
}

gboolean
_kaynak_document_check_claim (KaynakDocument  *self,
                              KaynakClaim     *claim,
                              GError         **error)
{
  if (g_hash_table_contains (self->claims_by_id, kaynak_claim_get_id (claim)))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("There is already a claim with the id “%s”."),
                   kaynak_claim_get_id (claim));
      return FALSE;
    }
  if (!check_source (self, kaynak_claim_get_source_id (claim), error))
    return FALSE;
  if (!kaynak_claim_get_orphaned (claim))
    {
      gsize a, b;
      const char *quote = kaynak_claim_get_quote (claim);

      if (!check_range (self, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim), error))
        return FALSE;
      a = kaynak_document_offset_to_byte (self, kaynak_claim_get_start (claim));
      b = kaynak_document_offset_to_byte (self, kaynak_claim_get_end (claim));
      if (strlen (quote) != b - a || memcmp (quote, self->text + a, b - a) != 0)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("The claim’s quote “%s” is not the text at %u–%u."),
                       quote, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
kaynak_document_add_claim (KaynakDocument  *self,
                           KaynakClaim     *claim,
                           GError         **error)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), FALSE);

  if (!_kaynak_document_check_claim (self, claim, error))
    return FALSE;

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_CLAIM, kaynak_claim_get_id (claim),
                           NULL, G_OBJECT (claim), 0);
  _kaynak_document_raw_insert_claim (self, claim);
  kaynak_document_end_group (self);

  return TRUE;
}

gboolean
kaynak_document_remove_claim (KaynakDocument  *self,
                              const char      *id,
                              GError         **error)
{
  KaynakClaim *claim;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = find_claim (self, id, error)))
    return FALSE;

  kaynak_document_begin_group (self);

  /* Links that name it go first, so undo brings the claim back before them */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->links));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i - 1);

      if (g_str_equal (kaynak_link_get_from (link), id) ||
          g_str_equal (kaynak_link_get_to (link), id))
        {
          _kaynak_document_record (self, EDIT_LINK, kaynak_link_get_id (link),
                                   G_OBJECT (link), NULL, i - 1);
          _kaynak_document_raw_remove_link (self, link);
        }
    }

  _kaynak_document_record (self, EDIT_CLAIM, id, G_OBJECT (claim), NULL, 0);
  _kaynak_document_raw_remove_claim (self, claim);

  kaynak_document_end_group (self);

  return TRUE;
}

#define CHANGE_CLAIM_BEGIN                                       \
  KaynakClaim *claim;                                            \
  g_autoptr(KaynakClaim) state = NULL;                           \
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);       \
  if (!(claim = find_claim (self, id, error)))                   \
    return FALSE;                                                \
  state = kaynak_claim_copy (claim);

#define CHANGE_CLAIM_END                                         \
  kaynak_document_begin_group (self);                            \
  _kaynak_document_do_change_claim (self, claim, state);                          \
  kaynak_document_end_group (self);                              \
  return TRUE;

gboolean
kaynak_document_set_claim_source (KaynakDocument  *self,
                                  const char      *id,
                                  const char      *source_id,
                                  GError         **error)
{
  CHANGE_CLAIM_BEGIN
  if (!check_source (self, source_id, error))
    return FALSE;
  kaynak_claim_set_source_id (state, source_id);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_status (KaynakDocument     *self,
                                  const char         *id,
                                  KaynakClaimStatus   status,
                                  GError            **error)
{
  CHANGE_CLAIM_BEGIN
  if ((guint) status >= KAYNAK_N_CLAIM_STATUSES)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("Unknown claim status."));
      return FALSE;
    }
  kaynak_claim_set_status (state, status);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_note (KaynakDocument  *self,
                                const char      *id,
                                const char      *note,
                                GError         **error)
{
  CHANGE_CLAIM_BEGIN
  kaynak_claim_set_note (state, note);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_cues (KaynakDocument      *self,
                                const char          *id,
                                const char * const  *cues,
                                GError             **error)
{
  CHANGE_CLAIM_BEGIN
  kaynak_claim_set_cues (state, cues);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_range (KaynakDocument  *self,
                                 const char      *id,
                                 guint            start,
                                 guint            end,
                                 GError         **error)
{
  CHANGE_CLAIM_BEGIN
  if (!check_range (self, start, end, error))
    return FALSE;
  kaynak_document_anchor_claim (self, state, start, end);
  kaynak_claim_set_orphaned (state, FALSE);
  CHANGE_CLAIM_END
}

GPtrArray *
kaynak_document_claims_at (KaynakDocument *self,
                           guint           offset)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (offset >= self->length)
    return g_ptr_array_new ();
  return kaynak_claim_index_at (self->claims, offset);
}

GPtrArray *
kaynak_document_claims_in_range (KaynakDocument *self,
                                 guint           start,
                                 guint           end)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return kaynak_claim_index_in_range (self->claims, start, end);
}

guint
kaynak_document_get_n_orphans (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);
  return self->n_orphans;
}

/* --- Links ---------------------------------------------------------------- */

GListModel *
kaynak_document_get_links (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->links);
}

KaynakLink *
kaynak_document_lookup_link (KaynakDocument *self,
                             const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->links_by_id, id) : NULL;
}

gboolean
_kaynak_document_check_link_ends (KaynakDocument  *self,
                                  KaynakLinkType   type,
                                  const char      *from_claim_id,
                                  const char      *to_claim_id,
                                  GError         **error)
{
  if ((guint) type >= KAYNAK_N_LINK_TYPES)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("Unknown link type."));
      return FALSE;
    }
  if (!find_claim (self, from_claim_id, error) || !find_claim (self, to_claim_id, error))
    return FALSE;
  if (g_str_equal (from_claim_id, to_claim_id))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("A claim cannot be linked to itself."));
      return FALSE;
    }
  return TRUE;
}

KaynakLink *
kaynak_document_add_link (KaynakDocument  *self,
                          KaynakLinkType   type,
                          const char      *from_claim_id,
                          const char      *to_claim_id,
                          GError         **error)
{
  g_autoptr(KaynakLink) link = NULL;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (!_kaynak_document_check_link_ends (self, type, from_claim_id, to_claim_id, error))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->links));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakLink) other = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      if (kaynak_link_get_link_type (other) == type &&
          g_str_equal (kaynak_link_get_from (other), from_claim_id) &&
          g_str_equal (kaynak_link_get_to (other), to_claim_id))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("These claims are already linked that way."));
          return NULL;
        }
    }

  link = kaynak_link_new (NULL, type, from_claim_id, to_claim_id);

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_LINK, kaynak_link_get_id (link), NULL, G_OBJECT (link), n);
  _kaynak_document_raw_insert_link (self, link, n);
  kaynak_document_end_group (self);

  return link;
}

gboolean
kaynak_document_remove_link (KaynakDocument  *self,
                             const char      *id,
                             GError         **error)
{
  KaynakLink *link;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  link = kaynak_document_lookup_link (self, id);
  if (link == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no link with the id “%s”."), id ? id : "");
      return FALSE;
    }

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_LINK, id, G_OBJECT (link), NULL,
                           _kaynak_document_link_position (self, link));
  _kaynak_document_raw_remove_link (self, link);
  kaynak_document_end_group (self);

  return TRUE;
}

/* --- Bulk loading ----------------------------------------------------------- */

void
_kaynak_document_bulk_add_source (KaynakDocument *self,
                                  KaynakSource   *source)
{
  g_hash_table_insert (self->sources_by_id, (gpointer)kaynak_source_get_id (source), source);
  g_list_store_append (self->sources, source);
}

void
_kaynak_document_bulk_add_claim (KaynakDocument *self,
                                 KaynakClaim    *claim)
{
  g_hash_table_insert (self->claims_by_id, (gpointer)kaynak_claim_get_id (claim), claim);
  if (kaynak_claim_get_orphaned (claim))
    self->n_orphans++;
  kaynak_claim_index_append (self->claims, claim);
}

void
_kaynak_document_bulk_add_link (KaynakDocument *self,
                                KaynakLink     *link)
{
  g_hash_table_insert (self->links_by_id, (gpointer)kaynak_link_get_id (link), link);
  g_list_store_append (self->links, link);
}

void
_kaynak_document_finish_bulk (KaynakDocument *self)
{
  /* Nobody watches a document being loaded; the sort is the point */
  kaynak_claim_index_sort (self->claims, 0);
}
