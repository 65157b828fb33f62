/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-load-error.c: why a document could not be loaded at all */
#define G_LOG_DOMAIN "mt-load-error"

#include "config.h"

#include "mt-load-error.h"

G_DEFINE_QUARK (mt-load-error-quark, mt_load_error)
