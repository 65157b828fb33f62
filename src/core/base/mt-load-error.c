/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-load-error.c: why a document could not be loaded at all */
#define G_LOG_DOMAIN "mt-load-error"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-format.h"
#include "mt-limits.h"
#include "mt-load-error.h"

G_DEFINE_QUARK (mt-load-error-quark, mt_load_error)

/**
 * mt_load_error_set_too_many_rows:
 *
 * Sets %MT_LOAD_ERROR_TOO_LARGE for a document of more than %MT_MAX_ROWS
 * rows, whichever reader found them.
 */
void
mt_load_error_set_too_many_rows (GError **error)
{
  g_autofree char *rows = mt_format_count (MT_MAX_ROWS);

  g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
               _("The document has more than %s rows of municipalities and organisations, "
                 "more than the whole country has."), rows);
}
