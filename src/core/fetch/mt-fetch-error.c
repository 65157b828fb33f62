/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-error.c: why a document or a material was not got */
#define G_LOG_DOMAIN "mt-fetch-error"

#include "config.h"

#include "mt-fetch-error.h"

G_DEFINE_QUARK (mt-fetch-error-quark, mt_fetch_error)
