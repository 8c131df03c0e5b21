/* kaynak-toast-timeout.c: see kaynak-toast-timeout.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kaynak-toast-timeout.h"

void
kaynak_toast_apply_test_timeout (AdwToast *toast)
{
  const char *env = g_getenv ("KAYNAK_TOAST_TIMEOUT_S");
  guint64 seconds;

  g_return_if_fail (ADW_IS_TOAST (toast));

  if (env != NULL && adw_toast_get_timeout (toast) != 0 &&
      g_ascii_string_to_unsigned (env, 10, 1, 3600, &seconds, NULL))
    adw_toast_set_timeout (toast, (guint) seconds);
}
