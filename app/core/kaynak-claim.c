/* kaynak-claim.c: one claim, its range, quote, source, status and note;
 * changed only through the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-claim.h"
#include "kaynak-unknown.h"

struct _KaynakClaim
{
  GObject            parent_instance;
  char              *id;
  char              *quote;
  char              *prefix;
  char              *suffix;
  char              *source_id;
  char              *note;
  char             **cues;
  char              *author;
  char              *created;
  char              *modified;
  guint              start;
  guint              end;
  KaynakClaimStatus  status;
  guint              orphaned : 1;
  /* members of the file Kaynak does not know, written back as they were */
  KaynakUnknown     *unknown;
};

G_DEFINE_FINAL_TYPE (KaynakClaim, kaynak_claim, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_QUOTE,
  PROP_PREFIX,
  PROP_SUFFIX,
  PROP_SOURCE_ID,
  PROP_STATUS,
  PROP_NOTE,
  PROP_CUES,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_ORPHANED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Shared empty string: most claims have no note, author or context, and
 * 100,000 claims should not mean 100,000 copies of "". */
static char empty_string[] = "";

static inline void
free_string (char *s)
{
  if (s != empty_string)
    g_free (s);
}

static inline char *
dup_string (const char *s)
{
  if (s == NULL || s[0] == '\0')
    return empty_string;
  return g_strdup (s);
}

/* Timestamps repeat: every claim of an import, most claims of a file, all
 * those made within a second share one.  Each is kept once, interned and
 * counted (GRefString): a million imported claims no longer hold two
 * million copies of the same 21 bytes (and their allocations). */
static void
release_time (char *s)
{
  if (s != empty_string)
    g_ref_string_release (s);
}

char *
kaynak_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static void
kaynak_claim_finalize (GObject *object)
{
  KaynakClaim *self = (KaynakClaim *)object;

  g_free (self->id);
  free_string (self->quote);
  free_string (self->prefix);
  free_string (self->suffix);
  g_free (self->source_id);
  free_string (self->note);
  g_strfreev (self->cues);
  free_string (self->author);
  release_time (self->created);
  release_time (self->modified);
  g_clear_pointer (&self->unknown, kaynak_unknown_unref);

  G_OBJECT_CLASS (kaynak_claim_parent_class)->finalize (object);
}

static void
kaynak_claim_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KaynakClaim *self = KAYNAK_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;
    case PROP_PREFIX:
      g_value_set_string (value, self->prefix);
      break;
    case PROP_SUFFIX:
      g_value_set_string (value, self->suffix);
      break;
    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_CUES:
      g_value_set_boxed (value, self->cues);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    case PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define STRING_PROP(name) \
  g_param_spec_string (name, NULL, NULL, NULL, \
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
kaynak_claim_class_init (KaynakClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kaynak_claim_finalize;
  object_class->get_property = kaynak_claim_get_property;

  properties[PROP_ID] = STRING_PROP ("id");
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUOTE] = STRING_PROP ("quote");
  properties[PROP_PREFIX] = STRING_PROP ("prefix");
  properties[PROP_SUFFIX] = STRING_PROP ("suffix");
  properties[PROP_SOURCE_ID] = STRING_PROP ("source-id");
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       KAYNAK_TYPE_CLAIM_STATUS, KAYNAK_CLAIM_STATUS_UNVERIFIED,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] = STRING_PROP ("note");
  properties[PROP_CUES] =
    g_param_spec_boxed ("cues", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] = STRING_PROP ("author");
  properties[PROP_CREATED] = STRING_PROP ("created");
  properties[PROP_MODIFIED] = STRING_PROP ("modified");
  properties[PROP_ORPHANED] =
    g_param_spec_boolean ("orphaned", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kaynak_claim_init (KaynakClaim *self)
{
  self->quote = empty_string;
  self->prefix = empty_string;
  self->suffix = empty_string;
  self->note = empty_string;
  self->author = empty_string;
  self->created = empty_string;
  self->modified = empty_string;
  self->cues = NULL;
}

KaynakClaim *
kaynak_claim_new (const char *id,
                  guint       start,
                  guint       end)
{
  KaynakClaim *self = g_object_new (KAYNAK_TYPE_CLAIM, NULL);

  self->id = id ? g_strdup (id) : g_uuid_string_random ();
  self->start = start;
  self->end = end;

  return self;
}

KaynakClaim *
kaynak_claim_copy (KaynakClaim *self)
{
  KaynakClaim *copy;

  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);

  copy = kaynak_claim_new (self->id, self->start, self->end);
  kaynak_claim_assign (copy, self);
  return copy;
}

const char *
kaynak_claim_get_id (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->id;
}

guint
kaynak_claim_get_start (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), 0);
  return self->start;
}

guint
kaynak_claim_get_end (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), 0);
  return self->end;
}

const char *
kaynak_claim_get_quote (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->quote;
}

const char *
kaynak_claim_get_prefix (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->prefix;
}

const char *
kaynak_claim_get_suffix (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->suffix;
}

const char *
kaynak_claim_get_source_id (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->source_id;
}

KaynakClaimStatus
kaynak_claim_get_status (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), 0);
  return self->status;
}

const char *
kaynak_claim_get_note (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->note;
}

const char * const *
kaynak_claim_get_cues (KaynakClaim *self)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->cues ? (const char * const *)self->cues : empty;
}

const char *
kaynak_claim_get_author (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->author;
}

const char *
kaynak_claim_get_created (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->created;
}

const char *
kaynak_claim_get_modified (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->modified;
}

gboolean
kaynak_claim_get_orphaned (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), FALSE);
  return self->orphaned;
}

static void
set_time (KaynakClaim  *self,
          char        **field,
          const char   *value,
          guint         prop)
{
  if (g_strcmp0 (*field, value ? value : "") == 0)
    return;
  release_time (*field);
  *field = value == NULL || value[0] == '\0' ? empty_string : g_ref_string_new_intern (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_string (KaynakClaim  *self,
            char        **field,
            const char   *value,
            guint         prop)
{
  if (g_strcmp0 (*field, value ? value : "") == 0)
    return;
  free_string (*field);
  *field = dup_string (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
kaynak_claim_set_range (KaynakClaim *self,
                        guint        start,
                        guint        end)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
kaynak_claim_set_quote (KaynakClaim *self,
                        const char  *quote)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, &self->quote, quote, PROP_QUOTE);
}

void
kaynak_claim_set_prefix (KaynakClaim *self,
                         const char  *prefix)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, &self->prefix, prefix, PROP_PREFIX);
}

void
kaynak_claim_set_suffix (KaynakClaim *self,
                         const char  *suffix)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, &self->suffix, suffix, PROP_SUFFIX);
}

void
kaynak_claim_set_source_id (KaynakClaim *self,
                            const char  *source_id)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  /* NULL and "" both mean "no source" */
  if (source_id != NULL && source_id[0] == '\0')
    source_id = NULL;
  if (g_strcmp0 (self->source_id, source_id) == 0)
    return;
  g_free (self->source_id);
  self->source_id = g_strdup (source_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

void
kaynak_claim_set_status (KaynakClaim       *self,
                         KaynakClaimStatus  status)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail ((guint) status < KAYNAK_N_CLAIM_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
kaynak_claim_set_note (KaynakClaim *self,
                       const char  *note)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, &self->note, note, PROP_NOTE);
}

void
kaynak_claim_set_cues (KaynakClaim        *self,
                       const char * const *cues)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  if (cues != NULL && cues[0] == NULL)
    cues = NULL;
  if (cues == NULL && self->cues == NULL)
    return;
  if (cues != NULL && self->cues != NULL &&
      g_strv_equal ((const char * const *)self->cues, cues))
    return;
  g_strfreev (self->cues);
  self->cues = g_strdupv ((char **)cues);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUES]);
}

void
kaynak_claim_set_author (KaynakClaim *self,
                         const char  *author)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, &self->author, author, PROP_AUTHOR);
}

void
kaynak_claim_set_created (KaynakClaim *self,
                          const char  *created)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_time (self, &self->created, created, PROP_CREATED);
}

void
kaynak_claim_set_modified (KaynakClaim *self,
                           const char  *modified)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_time (self, &self->modified, modified, PROP_MODIFIED);
}

void
kaynak_claim_set_orphaned (KaynakClaim *self,
                           gboolean     orphaned)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  orphaned = !!orphaned;
  if (self->orphaned == orphaned)
    return;
  self->orphaned = orphaned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHANED]);
}

void
kaynak_claim_assign (KaynakClaim *self,
                     KaynakClaim *from)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail (KAYNAK_IS_CLAIM (from));

  g_object_freeze_notify (G_OBJECT (self));
  kaynak_claim_set_range (self, from->start, from->end);
  kaynak_claim_set_quote (self, from->quote);
  kaynak_claim_set_prefix (self, from->prefix);
  kaynak_claim_set_suffix (self, from->suffix);
  kaynak_claim_set_source_id (self, from->source_id);
  kaynak_claim_set_status (self, from->status);
  kaynak_claim_set_note (self, from->note);
  kaynak_claim_set_cues (self, (const char * const *)from->cues);
  kaynak_claim_set_author (self, from->author);
  kaynak_claim_set_created (self, from->created);
  kaynak_claim_set_modified (self, from->modified);
  /* the unknown members go wherever the claim goes */
  kaynak_claim_set_unknown (self, from->unknown);
  kaynak_claim_set_orphaned (self, from->orphaned);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
kaynak_claim_equal (KaynakClaim *a,
                    KaynakClaim *b)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (a), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (b), FALSE);

  return g_str_equal (a->id, b->id) &&
         a->start == b->start &&
         a->end == b->end &&
         g_str_equal (a->quote, b->quote) &&
         g_str_equal (a->prefix, b->prefix) &&
         g_str_equal (a->suffix, b->suffix) &&
         g_strcmp0 (a->source_id, b->source_id) == 0 &&
         a->status == b->status &&
         g_str_equal (a->note, b->note) &&
         g_strv_equal (kaynak_claim_get_cues (a), kaynak_claim_get_cues (b)) &&
         g_str_equal (a->author, b->author) &&
         g_str_equal (a->created, b->created) &&
         g_str_equal (a->modified, b->modified) &&
         a->orphaned == b->orphaned;
}

int
kaynak_claim_compare (KaynakClaim *a,
                      KaynakClaim *b)
{
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  /* The longer claim first, so a claim comes before those nested in it */
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  return strcmp (a->id, b->id);
}

KaynakUnknown *
kaynak_claim_get_unknown (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->unknown;
}

void
kaynak_claim_set_unknown (KaynakClaim   *self,
                          KaynakUnknown *unknown)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  if (self->unknown == unknown)
    return;
  g_clear_pointer (&self->unknown, kaynak_unknown_unref);
  if (unknown != NULL)
    self->unknown = kaynak_unknown_ref (unknown);
}
