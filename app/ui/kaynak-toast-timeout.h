/* kaynak-toast-timeout.h: the test-only $KAYNAK_TOAST_TIMEOUT_S applied
 * to a toast before it is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* With $KAYNAK_TOAST_TIMEOUT_S set (1 to 3600 seconds), a toast that goes
 * by itself stays that long instead of libadwaita's 5 s; a toast that
 * waits to be dismissed (timeout 0) is left alone, and so is every toast
 * when the variable is unset, as it is for users.  The end-to-end
 * journeys set it: on a loaded machine running the sanitizer build,
 * finding a toast through the accessibility bus took longer than 5 s. */
void kaynak_toast_apply_test_timeout (AdwToast *toast);

G_END_DECLS
