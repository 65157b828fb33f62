/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-application.h: the Metodist application, owner of the long-lived state */
#pragma once

#include <adwaita.h>

#include "mt-fetcher.h"

G_BEGIN_DECLS

#define MT_TYPE_APPLICATION (mt_application_get_type ())

G_DECLARE_FINAL_TYPE (MtApplication, mt_application, MT, APPLICATION, AdwApplication)

MtApplication *mt_application_new          (const char        *application_id,
                                            GApplicationFlags  flags);
GSettings     *mt_application_get_settings (MtApplication     *self);
MtFetcher     *mt_application_get_fetcher  (MtApplication     *self);
const char    *mt_application_get_gl_renderer (MtApplication  *self);

G_END_DECLS
