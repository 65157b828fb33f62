/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-zip-package.h: the parts of a zipped workbook (.xlsx, .ods), read
 * within bounds, as bytes or as streamed XML */
#pragma once

#include <glib-object.h>
#include <gsf/gsf.h>
#include <libxml/xmlreader.h>

G_BEGIN_DECLS

typedef struct _MtZipPackage MtZipPackage;

MtZipPackage     *mt_zip_package_open     (GBytes        *bytes,
                                           GError       **error);
void              mt_zip_package_free     (MtZipPackage  *package);
gboolean          mt_zip_package_has      (MtZipPackage  *package,
                                           const char    *path);
GBytes           *mt_zip_package_read     (MtZipPackage  *package,
                                           const char    *path,
                                           GError       **error);
xmlTextReaderPtr  mt_zip_package_open_xml (MtZipPackage  *package,
                                           const char    *path,
                                           GError       **error);
int               mt_zip_package_next     (MtZipPackage  *package,
                                           xmlTextReaderPtr reader,
                                           GError       **error);
char             *mt_zip_package_attribute (xmlTextReaderPtr reader,
                                            const char    *local_name);
void              mt_zip_package_set_not_xml (GError **error);
int               mt_zip_package_skip     (MtZipPackage  *package,
                                           xmlTextReaderPtr reader,
                                           GError       **error);
gboolean          mt_xml_is_element       (xmlTextReaderPtr reader,
                                           const char    *local_name);
gboolean          mt_xml_is_end           (xmlTextReaderPtr reader,
                                           const char    *local_name);
gboolean          mt_xml_is_text          (xmlTextReaderPtr reader);
GsfInput         *mt_gsf_child_named      (GsfInfile     *folder,
                                           const char    *name);
char             *mt_zip_package_resolve  (const char    *base,
                                           const char    *target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtZipPackage, mt_zip_package_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)
/* libgsf 1.14 declares none. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

G_END_DECLS
