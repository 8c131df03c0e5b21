/* kaynak-claim.c: one claim, its range, quote, source, status and note;
 * changed only through the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-claim-private.h"

/* A claim's values live apart from the object, counted: a save or a
 * draft takes a reference to each claim's values on the main thread
 * (_kaynak_claim_share(), a few nanoseconds a claim) and serialises them
 * on a worker thread, while the user goes on editing.  Values shared so
 * are never written again: the first change after a snapshot copies them
 * (writable()), so the snapshot keeps exactly what was there. */
struct _KaynakClaim
{
  GObject            parent_instance;
  KaynakClaimData   *d;
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
  PROP_AGREED_BY,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_ORPHANED,
  PROP_PIECES,
  PROP_SOURCE_RANGES,
  PROP_CUE_RANGES,
  PROP_CHECKABLE,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Shared empty string: most claims have no note, author or context, and
 * 100,000 claims should not mean 100,000 copies of "". */
static char empty_string[] = "";

static inline void
free_string (char *s)
{
  if (s != NULL && s != empty_string)
    g_ref_string_release (s);
}

static inline char *
dup_string (const char *s)
{
  if (s == NULL || s[0] == '\0')
    return empty_string;
  return g_ref_string_new (s);
}

/* Every string of a claim is counted (GRefString): values copied before
 * a change share the strings that did not change, so that a string read
 * from a claim stays where it was until that very field changes (the
 * document's table of claims by id keeps the id's pointer) */
static char *
share_string (char *s)
{
  return s != NULL && s != empty_string ? g_ref_string_acquire (s) : s;
}

/* Cues (and agreed_by): a counted array of strings, shared the same way */
static void
clear_cues (gpointer data)
{
  for (char **c = data; *c != NULL; c++)
    g_free (*c);
}

static char **
new_cues (const char * const *cues)
{
  guint n = g_strv_length ((char **) cues);
  char **copy = g_atomic_rc_box_alloc0 ((n + 1) * sizeof (char *));

  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (cues[i]);
  return copy;
}

static void
release_cues (char **cues)
{
  if (cues != NULL)
    g_atomic_rc_box_release_full (cues, clear_cues);
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
data_free (KaynakClaimData *d)
{
  free_string (d->id);
  free_string (d->quote);
  free_string (d->prefix);
  free_string (d->suffix);
  free_string (d->source_id);
  free_string (d->note);
  release_cues (d->cues);
  release_cues (d->agreed_by);
  free_string (d->author);
  release_time (d->created);
  release_time (d->modified);
  g_clear_pointer (&d->unknown, kaynak_unknown_unref);
  _kaynak_claim_spans_unref (d->pieces);
  _kaynak_claim_spans_unref (d->source_ranges);
  _kaynak_claim_spans_unref (d->cue_ranges);
  free_string (d->checkable);
  kaynak_evidence_list_unref (d->evidence);
  free_string (d->verdict);
  kaynak_field_values_unref (d->fields);
  g_free (d);
}

/* Any thread: a snapshot may let go of its values on a worker */
void
_kaynak_claim_data_unref (KaynakClaimData *d)
{
  if (d != NULL && g_atomic_ref_count_dec (&d->ref))
    data_free (d);
}

KaynakClaimData *
_kaynak_claim_share (KaynakClaim *self)
{
  /* No type check: called 100,000 times in a row by a snapshot, on the
   * document's own claims */
  g_atomic_ref_count_inc (&self->d->ref);
  return self->d;
}

const KaynakClaimData *
_kaynak_claim_peek (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);

  return self->d;
}

/* The claim's values, its own to change: copied first when a snapshot
 * shares them.  A snapshot only ever takes its reference on the main
 * thread, where changes are made, so a count of one stays one here; a
 * worker dropping its reference meanwhile at worst costs a needless
 * copy. */
static KaynakClaimData *
writable (KaynakClaim *self)
{
  KaynakClaimData *old = self->d;
  KaynakClaimData *d;

  if (g_atomic_ref_count_compare (&old->ref, 1))
    return old;

  d = g_new0 (KaynakClaimData, 1);
  g_atomic_ref_count_init (&d->ref);
  d->id = share_string (old->id);
  d->quote = share_string (old->quote);
  d->prefix = share_string (old->prefix);
  d->suffix = share_string (old->suffix);
  d->source_id = share_string (old->source_id);
  d->note = share_string (old->note);
  d->cues = old->cues != NULL ? g_atomic_rc_box_acquire (old->cues) : NULL;
  d->agreed_by = old->agreed_by != NULL ? g_atomic_rc_box_acquire (old->agreed_by) : NULL;
  d->author = share_string (old->author);
  d->created = old->created != empty_string ? g_ref_string_acquire (old->created) : empty_string;
  d->modified = old->modified != empty_string ? g_ref_string_acquire (old->modified) : empty_string;
  d->start = old->start;
  d->end = old->end;
  d->status = old->status;
  d->orphaned = old->orphaned;
  d->unknown = old->unknown != NULL ? kaynak_unknown_ref (old->unknown) : NULL;
  d->pieces = _kaynak_claim_spans_ref (old->pieces);
  d->source_ranges = _kaynak_claim_spans_ref (old->source_ranges);
  d->cue_ranges = _kaynak_claim_spans_ref (old->cue_ranges);
  d->checkable = share_string (old->checkable);
  d->evidence = kaynak_evidence_list_ref (old->evidence);
  d->verdict = share_string (old->verdict);
  d->fields = kaynak_field_values_ref (old->fields);

  self->d = d;
  _kaynak_claim_data_unref (old);
  return d;
}

static void
kaynak_claim_finalize (GObject *object)
{
  KaynakClaim *self = (KaynakClaim *)object;

  g_clear_pointer (&self->d, _kaynak_claim_data_unref);

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
      g_value_set_string (value, self->d->id);
      break;
    case PROP_START:
      g_value_set_uint (value, self->d->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->d->end);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, self->d->quote);
      break;
    case PROP_PREFIX:
      g_value_set_string (value, self->d->prefix);
      break;
    case PROP_SUFFIX:
      g_value_set_string (value, self->d->suffix);
      break;
    case PROP_SOURCE_ID:
      g_value_set_string (value, self->d->source_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->d->status);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->d->note);
      break;
    case PROP_CUES:
      g_value_set_boxed (value, self->d->cues);
      break;
    case PROP_AGREED_BY:
      g_value_set_boxed (value, self->d->agreed_by);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->d->author);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->d->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->d->modified);
      break;
    case PROP_ORPHANED:
      g_value_set_boolean (value, self->d->orphaned);
      break;
    case PROP_PIECES:
      g_value_set_pointer (value, self->d->pieces);
      break;
    case PROP_SOURCE_RANGES:
      g_value_set_pointer (value, self->d->source_ranges);
      break;
    case PROP_CUE_RANGES:
      g_value_set_pointer (value, self->d->cue_ranges);
      break;
    case PROP_CHECKABLE:
      g_value_set_string (value, self->d->checkable);
      break;
    case PROP_EVIDENCE:
      g_value_set_pointer (value, self->d->evidence);
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
  properties[PROP_AGREED_BY] =
    g_param_spec_boxed ("agreed-by", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] = STRING_PROP ("author");
  properties[PROP_CREATED] = STRING_PROP ("created");
  properties[PROP_MODIFIED] = STRING_PROP ("modified");
  properties[PROP_ORPHANED] =
    g_param_spec_boolean ("orphaned", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Opaque, for "notify" only (list rows, the details pane): read them
   * with the getters */
  properties[PROP_PIECES] =
    g_param_spec_pointer ("pieces", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE_RANGES] =
    g_param_spec_pointer ("source-ranges", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUE_RANGES] =
    g_param_spec_pointer ("cue-ranges", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHECKABLE] = STRING_PROP ("checkable");
  /* Opaque too: read it with kaynak_claim_get_evidence() */
  properties[PROP_EVIDENCE] =
    g_param_spec_pointer ("evidence", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kaynak_claim_init (KaynakClaim *self)
{
  self->d = g_new0 (KaynakClaimData, 1);
  g_atomic_ref_count_init (&self->d->ref);
  self->d->quote = empty_string;
  self->d->prefix = empty_string;
  self->d->suffix = empty_string;
  self->d->note = empty_string;
  self->d->checkable = empty_string;
  self->d->author = empty_string;
  self->d->created = empty_string;
  self->d->modified = empty_string;
  self->d->cues = NULL;
  self->d->agreed_by = NULL;
}

KaynakClaim *
kaynak_claim_new (const char *id,
                  guint       start,
                  guint       end)
{
  KaynakClaim *self = g_object_new (KAYNAK_TYPE_CLAIM, NULL);

  if (id != NULL)
    self->d->id = g_ref_string_new (id);
  else
    {
      g_autofree char *uuid = g_uuid_string_random ();

      self->d->id = g_ref_string_new (uuid);
    }
  self->d->start = start;
  self->d->end = end;

  return self;
}

KaynakClaim *
kaynak_claim_copy (KaynakClaim *self)
{
  KaynakClaim *copy;

  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);

  copy = kaynak_claim_new (self->d->id, self->d->start, self->d->end);
  kaynak_claim_assign (copy, self);
  return copy;
}

const char *
kaynak_claim_get_id (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->id;
}

guint
kaynak_claim_get_start (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), 0);
  return self->d->start;
}

guint
kaynak_claim_get_end (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), 0);
  return self->d->end;
}

const char *
kaynak_claim_get_quote (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->quote;
}

const char *
kaynak_claim_get_prefix (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->prefix;
}

const char *
kaynak_claim_get_suffix (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->suffix;
}

const char *
kaynak_claim_get_source_id (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->source_id;
}

KaynakClaimStatus
kaynak_claim_get_status (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), 0);
  return self->d->status;
}

const char *
kaynak_claim_get_note (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->note;
}

const char * const *
kaynak_claim_get_cues (KaynakClaim *self)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->cues ? (const char * const *)self->d->cues : empty;
}

const char * const *
kaynak_claim_get_agreed_by (KaynakClaim *self)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->agreed_by ? (const char * const *)self->d->agreed_by : empty;
}

const char *
kaynak_claim_get_author (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->author;
}

const char *
kaynak_claim_get_created (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->created;
}

const char *
kaynak_claim_get_modified (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->modified;
}

gboolean
kaynak_claim_get_orphaned (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), FALSE);
  return self->d->orphaned;
}

static void
set_time (KaynakClaim  *self,
          gsize         offset,
          const char   *value,
          guint         prop)
{
  char **field = G_STRUCT_MEMBER_P (self->d, offset);

  if (g_strcmp0 (*field, value ? value : "") == 0)
    return;
  field = G_STRUCT_MEMBER_P (writable (self), offset);
  release_time (*field);
  *field = value == NULL || value[0] == '\0' ? empty_string : g_ref_string_new_intern (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_string (KaynakClaim  *self,
            gsize         offset,
            const char   *value,
            guint         prop)
{
  char **field = G_STRUCT_MEMBER_P (self->d, offset);

  if (g_strcmp0 (*field, value ? value : "") == 0)
    return;
  field = G_STRUCT_MEMBER_P (writable (self), offset);
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
  /* The pieces are the range: another range is one piece */
  if (self->d->pieces != NULL &&
      (self->d->pieces->ranges[0].start != start ||
       self->d->pieces->ranges[self->d->pieces->n - 1].end != end))
    {
      g_clear_pointer (&writable (self)->pieces, _kaynak_claim_spans_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIECES]);
    }
  if (self->d->start != start)
    {
      writable (self)->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->d->end != end)
    {
      writable (self)->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
kaynak_claim_set_quote (KaynakClaim *self,
                        const char  *quote)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, G_STRUCT_OFFSET (KaynakClaimData, quote), quote, PROP_QUOTE);
}

void
kaynak_claim_set_prefix (KaynakClaim *self,
                         const char  *prefix)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, G_STRUCT_OFFSET (KaynakClaimData, prefix), prefix, PROP_PREFIX);
}

void
kaynak_claim_set_suffix (KaynakClaim *self,
                         const char  *suffix)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, G_STRUCT_OFFSET (KaynakClaimData, suffix), suffix, PROP_SUFFIX);
}

void
kaynak_claim_set_source_id (KaynakClaim *self,
                            const char  *source_id)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  /* NULL and "" both mean "no source" */
  if (source_id != NULL && source_id[0] == '\0')
    source_id = NULL;
  if (g_strcmp0 (self->d->source_id, source_id) == 0)
    return;
  free_string (writable (self)->source_id);
  self->d->source_id = source_id != NULL ? g_ref_string_new (source_id) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

void
kaynak_claim_set_status (KaynakClaim       *self,
                         KaynakClaimStatus  status)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail ((guint) status < KAYNAK_N_CLAIM_STATUSES);

  if (self->d->status == status)
    return;
  writable (self)->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
kaynak_claim_set_note (KaynakClaim *self,
                       const char  *note)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, G_STRUCT_OFFSET (KaynakClaimData, note), note, PROP_NOTE);
}

void
kaynak_claim_set_cues (KaynakClaim        *self,
                       const char * const *cues)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  if (cues != NULL && cues[0] == NULL)
    cues = NULL;
  if (cues == NULL && self->d->cues == NULL)
    return;
  if (cues != NULL && self->d->cues != NULL &&
      g_strv_equal ((const char * const *)self->d->cues, cues))
    return;
  release_cues (writable (self)->cues);
  self->d->cues = cues != NULL ? new_cues (cues) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUES]);
}

/* Like the cues: an empty list is none, so a claim nobody curated and
 * one curated by no one compare equal and save alike (the member is left
 * out) */
void
kaynak_claim_set_agreed_by (KaynakClaim        *self,
                            const char * const *agreed_by)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  if (agreed_by != NULL && agreed_by[0] == NULL)
    agreed_by = NULL;
  if (agreed_by == NULL && self->d->agreed_by == NULL)
    return;
  if (agreed_by != NULL && self->d->agreed_by != NULL &&
      g_strv_equal ((const char * const *)self->d->agreed_by, agreed_by))
    return;
  release_cues (writable (self)->agreed_by);
  self->d->agreed_by = agreed_by != NULL ? new_cues (agreed_by) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_BY]);
}

void
kaynak_claim_set_author (KaynakClaim *self,
                         const char  *author)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, G_STRUCT_OFFSET (KaynakClaimData, author), author, PROP_AUTHOR);
}

void
kaynak_claim_set_created (KaynakClaim *self,
                          const char  *created)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_time (self, G_STRUCT_OFFSET (KaynakClaimData, created), created, PROP_CREATED);
}

void
kaynak_claim_set_modified (KaynakClaim *self,
                           const char  *modified)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_time (self, G_STRUCT_OFFSET (KaynakClaimData, modified), modified, PROP_MODIFIED);
}

void
kaynak_claim_set_orphaned (KaynakClaim *self,
                           gboolean     orphaned)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  orphaned = !!orphaned;
  if (self->d->orphaned == orphaned)
    return;
  writable (self)->orphaned = orphaned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHANED]);
}

/* --- Pieces, source and cue ranges ---------------------------------------- */

/* Replaces the spans at @offset of the values by @spans (shared, NULL:
 * none), notifying @prop when they differ */
static void
set_spans (KaynakClaim      *self,
           gsize             offset,
           KaynakClaimSpans *spans,
           guint             prop)
{
  KaynakClaimSpans **field = G_STRUCT_MEMBER_P (self->d, offset);

  if (*field == spans || _kaynak_claim_spans_equal (*field, spans))
    return;
  field = G_STRUCT_MEMBER_P (writable (self), offset);
  _kaynak_claim_spans_unref (*field);
  *field = _kaynak_claim_spans_ref (spans);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

guint
kaynak_claim_get_n_pieces (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), 1);
  return self->d->pieces != NULL ? self->d->pieces->n : 1;
}

KaynakRange
kaynak_claim_get_piece (KaynakClaim *self,
                        guint        i)
{
  KaynakRange whole = { 0, 0 };

  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), whole);
  g_return_val_if_fail (i < kaynak_claim_get_n_pieces (self), whole);

  if (self->d->pieces != NULL)
    return self->d->pieces->ranges[i];
  whole.start = self->d->start;
  whole.end = self->d->end;
  return whole;
}

const char *
kaynak_claim_get_piece_quote (KaynakClaim *self,
                              guint        i)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), "");
  g_return_val_if_fail (i < kaynak_claim_get_n_pieces (self), "");
  return self->d->pieces != NULL ? self->d->pieces->quotes[i] : self->d->quote;
}

const char *
kaynak_claim_get_piece_prefix (KaynakClaim *self,
                               guint        i)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), "");
  g_return_val_if_fail (i < kaynak_claim_get_n_pieces (self), "");
  return self->d->pieces != NULL ? self->d->pieces->prefixes[i] : self->d->prefix;
}

const char *
kaynak_claim_get_piece_suffix (KaynakClaim *self,
                               guint        i)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), "");
  g_return_val_if_fail (i < kaynak_claim_get_n_pieces (self), "");
  return self->d->pieces != NULL ? self->d->pieces->suffixes[i] : self->d->suffix;
}

gboolean
kaynak_claim_pieces_overlap (KaynakClaim *self,
                             guint        start,
                             guint        end)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), FALSE);

  if (self->d->orphaned || start >= end)
    return FALSE;
  if (self->d->pieces != NULL)
    return _kaynak_claim_spans_overlap (self->d->pieces, start, end);
  return self->d->start < end && start < self->d->end;
}

void
kaynak_claim_set_pieces_full (KaynakClaim        *self,
                              const KaynakRange  *pieces,
                              const char * const *quotes,
                              const char * const *prefixes,
                              const char * const *suffixes,
                              guint               n)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail (n >= 1 && pieces != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  if (n == 1)
    {
      set_spans (self, G_STRUCT_OFFSET (KaynakClaimData, pieces), NULL, PROP_PIECES);
      kaynak_claim_set_range (self, pieces[0].start, pieces[0].end);
      if (quotes != NULL)
        kaynak_claim_set_quote (self, quotes[0]);
      if (prefixes != NULL)
        kaynak_claim_set_prefix (self, prefixes[0]);
      if (suffixes != NULL)
        kaynak_claim_set_suffix (self, suffixes[0]);
    }
  else
    {
      KaynakClaimSpans *spans = _kaynak_claim_spans_new (pieces, quotes, prefixes, suffixes, n);

      set_spans (self, G_STRUCT_OFFSET (KaynakClaimData, pieces), spans, PROP_PIECES);
      _kaynak_claim_spans_unref (spans);
      kaynak_claim_set_range (self, pieces[0].start, pieces[n - 1].end);
      if (prefixes != NULL)
        kaynak_claim_set_prefix (self, prefixes[0]);
      if (suffixes != NULL)
        kaynak_claim_set_suffix (self, suffixes[n - 1]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
kaynak_claim_set_pieces (KaynakClaim       *self,
                         const KaynakRange *pieces,
                         guint              n)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail (n >= 1 && pieces != NULL);

  /* The same ranges keep their words */
  if (n >= 2 && _kaynak_claim_spans_same_ranges (self->d->pieces, pieces, n))
    return;
  kaynak_claim_set_pieces_full (self, pieces, NULL, NULL, NULL, n);
}

static const KaynakRange *
get_ranges (KaynakClaimSpans *spans,
            guint            *n)
{
  if (n != NULL)
    *n = spans != NULL ? spans->n : 0;
  return spans != NULL ? spans->ranges : NULL;
}

const KaynakRange *
kaynak_claim_get_source_ranges (KaynakClaim *self,
                                guint       *n)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return get_ranges (self->d->source_ranges, n);
}

const KaynakRange *
kaynak_claim_get_cue_ranges (KaynakClaim *self,
                             guint       *n)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return get_ranges (self->d->cue_ranges, n);
}

const char *
kaynak_claim_get_source_range_quote (KaynakClaim *self,
                                     guint        i)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), "");
  g_return_val_if_fail (self->d->source_ranges != NULL && i < self->d->source_ranges->n, "");
  return self->d->source_ranges->quotes[i];
}

const char *
kaynak_claim_get_cue_range_quote (KaynakClaim *self,
                                  guint        i)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), "");
  g_return_val_if_fail (self->d->cue_ranges != NULL && i < self->d->cue_ranges->n, "");
  return self->d->cue_ranges->quotes[i];
}

static void
set_ranges (KaynakClaim        *self,
            gsize               offset,
            const KaynakRange  *ranges,
            const char * const *quotes,
            guint               n,
            guint               prop)
{
  KaynakClaimSpans *spans = n > 0 ? _kaynak_claim_spans_new (ranges, quotes, NULL, NULL, n) : NULL;

  set_spans (self, offset, spans, prop);
  _kaynak_claim_spans_unref (spans);
}

void
kaynak_claim_set_source_ranges_full (KaynakClaim        *self,
                                     const KaynakRange  *ranges,
                                     const char * const *quotes,
                                     guint               n)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail (n == 0 || ranges != NULL);
  set_ranges (self, G_STRUCT_OFFSET (KaynakClaimData, source_ranges), ranges, quotes, n,
              PROP_SOURCE_RANGES);
}

void
kaynak_claim_set_cue_ranges_full (KaynakClaim        *self,
                                  const KaynakRange  *ranges,
                                  const char * const *quotes,
                                  guint               n)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail (n == 0 || ranges != NULL);
  set_ranges (self, G_STRUCT_OFFSET (KaynakClaimData, cue_ranges), ranges, quotes, n,
              PROP_CUE_RANGES);
}

void
kaynak_claim_set_source_ranges (KaynakClaim       *self,
                                const KaynakRange *ranges,
                                guint              n)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  /* The same ranges keep their words */
  if (_kaynak_claim_spans_same_ranges (self->d->source_ranges, ranges, n))
    return;
  kaynak_claim_set_source_ranges_full (self, ranges, NULL, n);
}

void
kaynak_claim_set_cue_ranges (KaynakClaim       *self,
                             const KaynakRange *ranges,
                             guint              n)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  if (_kaynak_claim_spans_same_ranges (self->d->cue_ranges, ranges, n))
    return;
  kaynak_claim_set_cue_ranges_full (self, ranges, NULL, n);
}

void
kaynak_claim_assign (KaynakClaim *self,
                     KaynakClaim *from)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail (KAYNAK_IS_CLAIM (from));

  g_object_freeze_notify (G_OBJECT (self));
  set_spans (self, G_STRUCT_OFFSET (KaynakClaimData, pieces), from->d->pieces, PROP_PIECES);
  kaynak_claim_set_range (self, from->d->start, from->d->end);
  set_spans (self, G_STRUCT_OFFSET (KaynakClaimData, source_ranges), from->d->source_ranges,
             PROP_SOURCE_RANGES);
  set_spans (self, G_STRUCT_OFFSET (KaynakClaimData, cue_ranges), from->d->cue_ranges,
             PROP_CUE_RANGES);
  kaynak_claim_set_quote (self, from->d->quote);
  kaynak_claim_set_prefix (self, from->d->prefix);
  kaynak_claim_set_suffix (self, from->d->suffix);
  kaynak_claim_set_source_id (self, from->d->source_id);
  kaynak_claim_set_status (self, from->d->status);
  kaynak_claim_set_note (self, from->d->note);
  kaynak_claim_set_cues (self, (const char * const *)from->d->cues);
  kaynak_claim_set_agreed_by (self, (const char * const *)from->d->agreed_by);
  kaynak_claim_set_author (self, from->d->author);
  kaynak_claim_set_created (self, from->d->created);
  kaynak_claim_set_modified (self, from->d->modified);
  /* the unknown members go wherever the claim goes */
  kaynak_claim_set_unknown (self, from->d->unknown);
  kaynak_claim_set_checkable (self, from->d->checkable);
  kaynak_claim_set_evidence (self, from->d->evidence);
  kaynak_claim_set_verdict (self, from->d->verdict);
  kaynak_claim_set_fields (self, from->d->fields);
  kaynak_claim_set_orphaned (self, from->d->orphaned);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
kaynak_claim_equal (KaynakClaim *a,
                    KaynakClaim *b)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (a), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (b), FALSE);

  return g_str_equal (a->d->id, b->d->id) &&
         a->d->start == b->d->start &&
         a->d->end == b->d->end &&
         g_str_equal (a->d->quote, b->d->quote) &&
         g_str_equal (a->d->prefix, b->d->prefix) &&
         g_str_equal (a->d->suffix, b->d->suffix) &&
         g_strcmp0 (a->d->source_id, b->d->source_id) == 0 &&
         a->d->status == b->d->status &&
         g_str_equal (a->d->note, b->d->note) &&
         g_strv_equal (kaynak_claim_get_cues (a), kaynak_claim_get_cues (b)) &&
         g_strv_equal (kaynak_claim_get_agreed_by (a), kaynak_claim_get_agreed_by (b)) &&
         g_str_equal (a->d->author, b->d->author) &&
         g_str_equal (a->d->created, b->d->created) &&
         g_str_equal (a->d->modified, b->d->modified) &&
         a->d->orphaned == b->d->orphaned &&
         _kaynak_claim_spans_equal (a->d->pieces, b->d->pieces) &&
         _kaynak_claim_spans_equal (a->d->source_ranges, b->d->source_ranges) &&
         _kaynak_claim_spans_equal (a->d->cue_ranges, b->d->cue_ranges) &&
         g_str_equal (a->d->checkable, b->d->checkable) &&
         kaynak_evidence_list_equal (a->d->evidence, b->d->evidence) &&
         g_strcmp0 (a->d->verdict, b->d->verdict) == 0 &&
         kaynak_field_values_equal (a->d->fields, b->d->fields);
}

int
kaynak_claim_compare (KaynakClaim *a,
                      KaynakClaim *b)
{
  if (a->d->start != b->d->start)
    return a->d->start < b->d->start ? -1 : 1;
  /* The longer claim first, so a claim comes before those nested in it */
  if (a->d->end != b->d->end)
    return a->d->end > b->d->end ? -1 : 1;
  return strcmp (a->d->id, b->d->id);
}

KaynakUnknown *
kaynak_claim_get_unknown (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->unknown;
}

void
kaynak_claim_set_unknown (KaynakClaim   *self,
                          KaynakUnknown *unknown)
{
  KaynakClaimData *d;

  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  if (self->d->unknown == unknown)
    return;
  d = writable (self);
  g_clear_pointer (&d->unknown, kaynak_unknown_unref);
  if (unknown != NULL)
    d->unknown = kaynak_unknown_ref (unknown);
}

/* --- The claim as it is checked (issue 18) ------------------------------- */

const char *
kaynak_claim_get_checkable (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), "");
  return self->d->checkable;
}

const char *
kaynak_claim_get_checkable_or_quote (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), "");
  return self->d->checkable[0] != '\0' ? self->d->checkable : self->d->quote;
}

void
kaynak_claim_set_checkable (KaynakClaim *self,
                            const char  *checkable)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  set_string (self, G_STRUCT_OFFSET (KaynakClaimData, checkable), checkable, PROP_CHECKABLE);
}

const KaynakEvidenceList *
kaynak_claim_get_evidence (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->evidence;
}

void
kaynak_claim_set_evidence (KaynakClaim              *self,
                           const KaynakEvidenceList *evidence)
{
  KaynakClaimData *d;

  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  if (self->d->evidence == evidence ||
      kaynak_evidence_list_equal (self->d->evidence, evidence))
    return;
  d = writable (self);
  kaynak_evidence_list_unref (d->evidence);
  d->evidence = kaynak_evidence_list_ref ((KaynakEvidenceList *) evidence);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

/* --- A codebook's verdict and fields (issue 19) -------------------------- */

const char *
kaynak_claim_get_verdict (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->verdict;
}

void
kaynak_claim_set_verdict (KaynakClaim *self,
                          const char  *verdict)
{
  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  /* NULL and "" both mean "no verdict" */
  if (verdict != NULL && verdict[0] == '\0')
    verdict = NULL;
  if (g_strcmp0 (self->d->verdict, verdict) == 0)
    return;
  free_string (writable (self)->verdict);
  self->d->verdict = verdict != NULL ? g_ref_string_new (verdict) : NULL;
}

JsonNode *
kaynak_claim_get_field (KaynakClaim *self,
                        const char  *field_id)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return kaynak_field_values_lookup (self->d->fields, field_id);
}

KaynakFieldValues *
kaynak_claim_get_fields (KaynakClaim *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM (self), NULL);
  return self->d->fields;
}

void
kaynak_claim_set_fields (KaynakClaim       *self,
                         KaynakFieldValues *fields)
{
  KaynakClaimData *d;

  g_return_if_fail (KAYNAK_IS_CLAIM (self));

  if (self->d->fields == fields)
    return;
  d = writable (self);
  kaynak_field_values_unref (d->fields);
  d->fields = kaynak_field_values_ref (fields);
}

void
kaynak_claim_set_field (KaynakClaim *self,
                        const char  *field_id,
                        JsonNode    *value)
{
  g_autoptr(KaynakFieldValues) fields = NULL;

  g_return_if_fail (KAYNAK_IS_CLAIM (self));
  g_return_if_fail (field_id != NULL);

  fields = kaynak_field_values_with (self->d->fields, field_id, value);
  kaynak_claim_set_fields (self, fields);
}
