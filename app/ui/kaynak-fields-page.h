/* kaynak-fields-page.h: the "Fields" page of Preferences: the fields of
 * the personal codebook (kaynak-personal-codebook.h) listed, added and
 * edited in a dialog (kaynak-field-dialog.h), reordered (buttons, Alt+Up
 * and Alt+Down) and removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_FIELDS_PAGE (kaynak_fields_page_get_type ())

G_DECLARE_FINAL_TYPE (KaynakFieldsPage, kaynak_fields_page, KAYNAK, FIELDS_PAGE, AdwPreferencesPage)

G_END_DECLS
