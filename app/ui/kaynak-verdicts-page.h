/* kaynak-verdicts-page.h: the "Verdicts" page of Preferences: the verdict
 * scale of the personal codebook (kaynak-personal-codebook.h), each
 * verdict's name, description, colour and rating edited, verdicts added,
 * reordered (buttons, Alt+Up and Alt+Down) and removed, and the rating
 * scale's best and worst.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_VERDICTS_PAGE (kaynak_verdicts_page_get_type ())

G_DECLARE_FINAL_TYPE (KaynakVerdictsPage, kaynak_verdicts_page, KAYNAK, VERDICTS_PAGE, AdwPreferencesPage)

G_END_DECLS
