/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-tls.c: why a server's certificate was refused, and the extra
 * authority a user may trust for an internal server
 *
 * An institute's internal server often has a certificate from the
 * institute's own authority. Trusting that authority's file is the honest
 * way in: the certificate must still be signed by it, be for the server's
 * name and be in date. There is no "accept anyway". */
#define G_LOG_DOMAIN "mt-fetch-tls"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-fetch-tls.h"

/* Returns: (transfer full): the reasons, for "Could not get the data from
 * HOST: …" */
char *
mt_fetch_tls_describe (GTlsCertificateFlags errors)
{
  static const struct
  {
    GTlsCertificateFlags flag;
    const char *reason;
  } reasons[] = {
    { G_TLS_CERTIFICATE_UNKNOWN_CA,
      N_("its certificate is not signed by an authority this computer trusts (an internal server’s authority can be added in Preferences)") },
    { G_TLS_CERTIFICATE_BAD_IDENTITY, N_("its certificate is for another server name") },
    { G_TLS_CERTIFICATE_EXPIRED, N_("its certificate has expired") },
    { G_TLS_CERTIFICATE_NOT_ACTIVATED, N_("its certificate is not valid yet (check the computer’s date)") },
    { G_TLS_CERTIFICATE_REVOKED, N_("its certificate has been revoked") },
    { G_TLS_CERTIFICATE_INSECURE, N_("its certificate uses an insecure algorithm") },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (errors & reasons[i].flag)
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        g_string_append (text, _(reasons[i].reason));
      }
  if (text->len == 0)
    g_string_append (text, _("its certificate could not be checked"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * mt_fetch_tls_load_ca_file:
 * @path: a PEM file of one or more authorities' certificates
 *
 * Returns: (transfer full): the authorities, or %NULL with an error naming
 *   the file
 */
GTlsDatabase *
mt_fetch_tls_load_ca_file (const char  *path,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GList) certificates = NULL;
  GTlsDatabase *database;

  g_return_val_if_fail (path != NULL, NULL);

  /* The database alone takes an empty or unrelated file without a word:
   * at least one certificate must be in it. */
  certificates = g_tls_certificate_list_new_from_file (path, &local_error);
  if (certificates == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” holds no certificate: %s"), name,
                   local_error != NULL ? local_error->message : _("the file is empty"));
      return NULL;
    }
  g_list_free_full (g_steal_pointer (&certificates), g_object_unref);
  database = g_tls_file_database_new (path, &local_error);
  if (database == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” holds no certificate: %s"), name,
                   local_error->message);
    }
  return database;
}

/* Whether @certificate, presented by @host, is signed by @authority, for
 * that name, and in date. Called from libsoup's accept-certificate, which
 * gives no way to verify asynchronously: a file database answers from
 * memory. */
gboolean
mt_fetch_tls_trusted_by (GTlsDatabase    *authority,
                         GTlsCertificate *certificate,
                         const char      *host)
{
  g_autoptr(GSocketConnectable) identity = NULL;
  GTlsCertificateFlags errors;

  g_return_val_if_fail (G_IS_TLS_DATABASE (authority), FALSE);
  g_return_val_if_fail (G_IS_TLS_CERTIFICATE (certificate), FALSE);

  identity = g_network_address_new (host, 0);
  errors = g_tls_database_verify_chain (authority, certificate, G_TLS_DATABASE_PURPOSE_AUTHENTICATE_SERVER,
                                        identity, NULL, G_TLS_DATABASE_VERIFY_NONE, NULL, NULL);
  return errors == 0;
}
