/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-error.h: why a document or a material was not got */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MT_FETCH_ERROR (mt_fetch_error_quark ())

/* Why a request gave no document; the message names the cause. */
typedef enum
{
  MT_FETCH_ERROR_URL,        /* not an http: or https: URL with a host */
  MT_FETCH_ERROR_STATUS,     /* the server answered with an error status */
  MT_FETCH_ERROR_NOT_DATA,   /* a web page where data was expected */
  MT_FETCH_ERROR_REDIRECT,   /* a redirect refused: elsewhere, to http, a loop */
  MT_FETCH_ERROR_DEADLINE,   /* the whole request took too long */
  MT_FETCH_ERROR_TOO_LARGE,  /* more decoded bytes than allowed */
  MT_FETCH_ERROR_NETWORK,    /* no connection: refused, unknown host, cut off */
  MT_FETCH_ERROR_TLS,        /* the server's certificate was refused */
  MT_FETCH_ERROR_INCOMPLETE, /* a download shorter than announced */
  MT_FETCH_ERROR_CONTENT,    /* a download that is not what it claims */
} MtFetchError;

GQuark mt_fetch_error_quark (void);

G_END_DECLS
