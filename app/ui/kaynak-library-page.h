/* kaynak-library-page.h: the "Source Library" page of Preferences: the
 * user's library listed, each source's name, kind, aliases and colour
 * edited or the source removed, and the library exported to or imported
 * from a scheme file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_LIBRARY_PAGE (kaynak_library_page_get_type ())

G_DECLARE_FINAL_TYPE (KaynakLibraryPage, kaynak_library_page, KAYNAK, LIBRARY_PAGE, AdwPreferencesPage)

G_END_DECLS
