/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-server.h: a real SoupServer on 127.0.0.1 for the tests that fetch */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

SoupServer *test_server_new (SoupServerCallback  handler,
                             GTlsCertificate    *certificate,
                             char              **base);

G_END_DECLS
