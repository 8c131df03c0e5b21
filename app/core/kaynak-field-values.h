/* kaynak-field-values.h: the values of a codebook's fields on one claim
 * or source ("fields": {"topic": "economy"}, docs/FORMAT.md version 2).
 *
 * Immutable and atomically reference-counted, like KaynakUnknown: a save
 * serialises a snapshot of the claims on another thread, and copies of a
 * claim share its values.  NULL is "none", the common case.  The values
 * are JsonNodes that nobody changes once they are in (each is a deep copy
 * of what was given), in the order they were first set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _KaynakFieldValues KaynakFieldValues;

KaynakFieldValues *kaynak_field_values_ref     (KaynakFieldValues       *self);
/* Any thread; NULL is fine */
void               kaynak_field_values_unref   (KaynakFieldValues       *self);

guint              kaynak_field_values_get_n   (const KaynakFieldValues *self);
const char        *kaynak_field_values_get_id  (const KaynakFieldValues *self,
                                                guint                    i);
JsonNode          *kaynak_field_values_get_value (const KaynakFieldValues *self,
                                                  guint                    i);
/* The value of @id, or NULL (transfer none) */
JsonNode          *kaynak_field_values_lookup  (const KaynakFieldValues *self,
                                                const char              *id);
/* @self with @id set to a copy of @value (NULL: unset): a new one, or
 * NULL when none is left */
KaynakFieldValues *kaynak_field_values_with    (const KaynakFieldValues *self,
                                                const char              *id,
                                                JsonNode                *value);
/* NULL-aware, deep, order-sensitive */
gboolean           kaynak_field_values_equal   (const KaynakFieldValues *a,
                                                const KaynakFieldValues *b);

/* A deep copy of @node: json_node_copy() shares objects and arrays, whose
 * counts are not atomic */
JsonNode          *kaynak_json_node_deep_copy  (JsonNode                *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakFieldValues, kaynak_field_values_unref)

G_END_DECLS
