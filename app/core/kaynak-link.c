/* kaynak-link.c: a typed link between two claims.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-link.h"
#include "kaynak-unknown.h"

struct _KaynakLink
{
  GObject         parent_instance;
  char           *id;
  char           *from;
  char           *to;
  KaynakLinkType  type;
  /* members of the file Kaynak does not know, written back as they were */
  KaynakUnknown  *unknown;
};

G_DEFINE_FINAL_TYPE (KaynakLink, kaynak_link, G_TYPE_OBJECT)

static void
kaynak_link_finalize (GObject *object)
{
  KaynakLink *self = (KaynakLink *)object;

  g_free (self->id);
  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->unknown, kaynak_unknown_unref);

  G_OBJECT_CLASS (kaynak_link_parent_class)->finalize (object);
}

static void
kaynak_link_class_init (KaynakLinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_link_finalize;
}

static void
kaynak_link_init (KaynakLink *self)
{
}

KaynakLink *
kaynak_link_new (const char     *id,
                 KaynakLinkType  type,
                 const char     *from_claim_id,
                 const char     *to_claim_id)
{
  KaynakLink *self;

  g_return_val_if_fail (from_claim_id != NULL, NULL);
  g_return_val_if_fail (to_claim_id != NULL, NULL);
  g_return_val_if_fail ((guint) type < KAYNAK_N_LINK_TYPES, NULL);

  self = g_object_new (KAYNAK_TYPE_LINK, NULL);
  self->id = id ? g_strdup (id) : g_uuid_string_random ();
  self->type = type;
  self->from = g_strdup (from_claim_id);
  self->to = g_strdup (to_claim_id);

  return self;
}

KaynakLink *
kaynak_link_copy (KaynakLink *self)
{
  KaynakLink *copy;

  g_return_val_if_fail (KAYNAK_IS_LINK (self), NULL);
  copy = kaynak_link_new (self->id, self->type, self->from, self->to);
  kaynak_link_set_unknown (copy, self->unknown);
  return copy;
}

const char *
kaynak_link_get_id (KaynakLink *self)
{
  g_return_val_if_fail (KAYNAK_IS_LINK (self), NULL);
  return self->id;
}

KaynakLinkType
kaynak_link_get_link_type (KaynakLink *self)
{
  g_return_val_if_fail (KAYNAK_IS_LINK (self), 0);
  return self->type;
}

const char *
kaynak_link_get_from (KaynakLink *self)
{
  g_return_val_if_fail (KAYNAK_IS_LINK (self), NULL);
  return self->from;
}

const char *
kaynak_link_get_to (KaynakLink *self)
{
  g_return_val_if_fail (KAYNAK_IS_LINK (self), NULL);
  return self->to;
}

KaynakUnknown *
kaynak_link_get_unknown (KaynakLink *self)
{
  g_return_val_if_fail (KAYNAK_IS_LINK (self), NULL);
  return self->unknown;
}

void
kaynak_link_set_unknown (KaynakLink    *self,
                         KaynakUnknown *unknown)
{
  g_return_if_fail (KAYNAK_IS_LINK (self));

  if (self->unknown == unknown)
    return;
  g_clear_pointer (&self->unknown, kaynak_unknown_unref);
  if (unknown != NULL)
    self->unknown = kaynak_unknown_ref (unknown);
}
