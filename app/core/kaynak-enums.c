/* kaynak-enums.c: ids and labels of the fixed vocabularies.  The ids are
 * what files store and must never change; the labels are for people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-enums.h"

typedef struct
{
  const char *id;
  const char *label;
} Term;

static const Term statuses[KAYNAK_N_CLAIM_STATUSES] = {
  { "unverified",   N_("Unverified") },
  { "supported",    N_("Supported") },
  { "refuted",      N_("Refuted") },
  { "misleading",   N_("Misleading") },
  { "unverifiable", N_("Unverifiable") },
};

static const Term kinds[KAYNAK_N_SOURCE_KINDS] = {
  { "named",              N_("Named source") },
  { "anonymous",          N_("Anonymous source") },
  { "official-statement", N_("Official statement") },
  { "no-comment",         N_("No comment or silence") },
  { "unattributed",       N_("Unattributed") },
};

static const Term link_types[KAYNAK_N_LINK_TYPES] = {
  { "confirms",    N_("Confirms") },
  { "contradicts", N_("Contradicts") },
  { "repeats",     N_("Repeats") },
  { "responds-to", N_("Responds to") },
};

static const Term source_types[KAYNAK_N_SOURCE_TYPES] = {
  { "",             N_("Not set") },
  { "person",       N_("Person") },
  { "organization", N_("Organization") },
  { "government",   N_("Government") },
  { "group",        N_("Group") },
  { "document",     N_("Document") },
};

static gboolean
term_lookup (const Term *terms,
             guint       n_terms,
             const char *id,
             guint      *value)
{
  /* "" is no id (the source type's UNSET is not written) */
  if (id == NULL || id[0] == '\0')
    return FALSE;

  for (guint i = 0; i < n_terms; i++)
    {
      if (g_str_equal (terms[i].id, id))
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

static GType
register_enum (const char *name,
               const Term *terms,
               guint       n_terms)
{
  GEnumValue *values = g_new0 (GEnumValue, n_terms + 1);

  /* The type lives as long as the process, so do its values. */
  for (guint i = 0; i < n_terms; i++)
    {
      values[i].value = i;
      /* a GEnumValue needs a name where the id is "" (a type not set) */
      values[i].value_name = terms[i].id[0] != '\0' ? terms[i].id : "unset";
      values[i].value_nick = values[i].value_name;
    }

  return g_enum_register_static (name, values);
}

#define DEFINE_VOCABULARY(TypeName, type_name, table, N)                   \
GType                                                                     \
type_name##_get_type (void)                                               \
{                                                                         \
  static gsize type;                                                      \
  if (g_once_init_enter (&type))                                          \
    g_once_init_leave (&type, register_enum (#TypeName, table, N));       \
  return type;                                                            \
}                                                                         \
const char *                                                              \
type_name##_to_id (TypeName value)                                        \
{                                                                         \
  g_return_val_if_fail ((guint) value < N, NULL);                         \
  return table[value].id;                                                 \
}                                                                         \
const char *                                                              \
type_name##_to_label (TypeName value)                                     \
{                                                                         \
  g_return_val_if_fail ((guint) value < N, NULL);                         \
  return g_dgettext (GETTEXT_PACKAGE, table[value].label);                \
}                                                                         \
gboolean                                                                  \
type_name##_from_id (const char *id,                                      \
                     TypeName   *value)                                   \
{                                                                         \
  guint v;                                                                \
  if (!term_lookup (table, N, id, &v))                                    \
    return FALSE;                                                         \
  *value = (TypeName) v;                                                  \
  return TRUE;                                                            \
}

DEFINE_VOCABULARY (KaynakClaimStatus, kaynak_claim_status, statuses, KAYNAK_N_CLAIM_STATUSES)
DEFINE_VOCABULARY (KaynakSourceKind, kaynak_source_kind, kinds, KAYNAK_N_SOURCE_KINDS)
DEFINE_VOCABULARY (KaynakLinkType, kaynak_link_type, link_types, KAYNAK_N_LINK_TYPES)
DEFINE_VOCABULARY (KaynakSourceType, kaynak_source_type, source_types, KAYNAK_N_SOURCE_TYPES)

/* A link read from its other end: "confirmed by" */
static const char * const inverse_link_labels[KAYNAK_N_LINK_TYPES] = {
  N_("Confirmed by"),
  N_("Contradicted by"),
  N_("Repeated by"),
  N_("Responded to by"),
};

const char *
kaynak_link_type_to_inverse_label (KaynakLinkType type)
{
  g_return_val_if_fail ((guint) type < KAYNAK_N_LINK_TYPES, NULL);
  return g_dgettext (GETTEXT_PACKAGE, inverse_link_labels[type]);
}
