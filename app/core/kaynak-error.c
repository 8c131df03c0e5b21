/* kaynak-error.c: Kaynak's error domain.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-error.h"

G_DEFINE_QUARK (kaynak-error-quark, kaynak_error)
