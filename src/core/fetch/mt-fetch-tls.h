/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-tls.h: why a server's certificate was refused, and the extra
 * authority a user may trust for an internal server */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char         *mt_fetch_tls_describe     (GTlsCertificateFlags   errors);
GTlsDatabase *mt_fetch_tls_load_ca_file (const char            *path,
                                         GError               **error);
gboolean      mt_fetch_tls_trusted_by   (GTlsDatabase          *authority,
                                         GTlsCertificate       *certificate,
                                         const char            *host);

G_END_DECLS
