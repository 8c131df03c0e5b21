/* kaynak-types.h: forward declarations of the core types, so that headers
 * can name each other without including each other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KaynakClaim       KaynakClaim;
typedef struct _KaynakDocument    KaynakDocument;
typedef struct _KaynakLink        KaynakLink;
typedef struct _KaynakLoadReport  KaynakLoadReport;
typedef struct _KaynakSource      KaynakSource;

/* A range of the article in code points, start inclusive, end exclusive */
typedef struct { guint start; guint end; } KaynakRange;
/* The same, as the sentence splitter, the tokenizer and span matching
 * name it: one type, so their arrays pass between them unconverted */
typedef KaynakRange KaynakSpan;

G_END_DECLS
