/* kaynak-test-scheme.h: six sources on the keys 1–6, for the tests that
 * tag, retag and move keys between sources.
 *
 * New documents start with one source (kaynak_source_default_scheme());
 * these tests need several, with stable ids, so they add their own as a
 * user would before tagging.  Header only, so every test linking the core
 * can use it without a library of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-source.h"

static inline GPtrArray *
kaynak_test_six_sources (void)
{
  static const struct {
    const char       *id;
    const char       *label;
    KaynakSourceKind  kind;
  } six[] = {
    { "named-person", "Named person", KAYNAK_SOURCE_KIND_NAMED },
    { "official", "Government or official", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT },
    { "anonymous", "Anonymous source", KAYNAK_SOURCE_KIND_ANONYMOUS },
    { "media", "Other media", KAYNAK_SOURCE_KIND_NAMED },
    { "no-comment", "No comment or silence", KAYNAK_SOURCE_KIND_NO_COMMENT },
    { "unattributed", "Unattributed", KAYNAK_SOURCE_KIND_UNATTRIBUTED },
  };
  GPtrArray *scheme = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (six); i++)
    g_ptr_array_add (scheme, kaynak_source_new (six[i].id, six[i].label,
                                                kaynak_source_palette_color (i),
                                                i + 1, six[i].kind));
  return scheme;
}
