/* kaynak-mhtml.h: the page inside an MHTML file (.mhtml, .mht), the single
 * file Chromium-based browsers save a page as.
 *
 * An MHTML file is a MIME multipart/related message; its first text/html
 * part is the page, its transfer encoding (quoted-printable, base64)
 * undone by GMime.  The part's declared charset and address
 * (Content-Location, else the file's Snapshot-Content-Location) go with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The page's bytes, as the part declares them in *@charset (NULL when it
 * does not say); *@location its address or NULL.  KAYNAK_ERROR_INVALID
 * when the file is not MIME or has no HTML part. */
GBytes *kaynak_mhtml_page (const char  *data,
                           gsize        length,
                           char       **charset,
                           char       **location,
                           GError     **error);

G_END_DECLS
