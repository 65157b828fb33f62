/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-handout.c: the printed handout: the meeting's title and date, and a
 * QR code with the title of each chosen material, six to an A4 page
 *
 * Laid out here, once, for the PDF file and for GtkPrintOperation alike:
 * a page is drawn on any cairo context of any size, scaled from A4. Three
 * rows of two: each code is about 52 mm with its quiet zone, drawn at its
 * exact size (paper needs no whole-point modules), so that even a long
 * address's code stays above 35 mm for a phone to read from paper; its
 * title wraps onto up to four lines under it. */
#define G_LOG_DOMAIN "mt-handout"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "mt-file-writer.h"
#include "mt-format.h"
#include "mt-handout.h"
#include "mt-qr-render.h"
#include "mt-worker.h"

#define MARGIN 42.5          /* 15 mm */
#define HEADER_HEIGHT 96.0   /* the first page's title block */
#define FOOTER_HEIGHT 20.0   /* the page number */
#define ROWS 3
#define COLUMNS 2
/* A code's row: the code (MT_HANDOUT_CODE_SIZE), then about 66 points of
 * its title (up to four lines) and its address (one, shortened in the
 * middle: the code holds it whole). */
#define CELL_HEIGHT ((MT_HANDOUT_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT) / ROWS)

/* Returns: (transfer full) (element-type MtMaterial): the materials whose
 *   address may be printed, in the catalog's order */
GPtrArray *
mt_handout_materials (MtCatalog *catalog)
{
  GListModel *materials = G_LIST_MODEL (mt_catalog_get_materials (catalog));
  GPtrArray *usable = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);

      if (mt_material_get_url_problem (material) == NULL)
        g_ptr_array_add (usable, g_steal_pointer (&material));
    }
  return usable;
}

/* The same three rows on every page: the later pages, without the
 * header, keep the first page's look. */
static guint
rows_on_page (guint page)
{
  return ROWS;
}

/* The index of the first material on @page. */
static guint
first_on_page (guint page)
{
  guint first = 0;

  for (guint i = 0; i < page; i++)
    first += rows_on_page (i) * COLUMNS;
  return first;
}

guint
mt_handout_n_pages (guint n_materials)
{
  guint pages = 1;

  while (first_on_page (pages) < n_materials)
    pages++;
  return pages;
}

static void
show_text (cairo_t              *cr,
           const char           *text,
           const char           *font,
           double                x,
           double                y,
           double                width,
           int                   max_lines,
           PangoAlignment        alignment,
           double               *height)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  int text_height;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      /* One line (an address) loses its middle, keeping where it leads
       * and what it is; more lines lose their end. */
      pango_layout_set_ellipsize (layout, max_lines == 1 ? PANGO_ELLIPSIZE_MIDDLE : PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &text_height);
  if (height != NULL)
    *height = (double) text_height / PANGO_SCALE;
}

static void
draw_header (MtCatalog *catalog,
             cairo_t   *cr)
{
  double width = MT_HANDOUT_WIDTH - 2 * MARGIN;
  double y = MARGIN, height;
  g_autoptr(GString) line = g_string_new (NULL);
  const char *title = mt_catalog_get_meeting_title (catalog) != NULL ? mt_catalog_get_meeting_title (catalog)
                                                                      : mt_catalog_get_title (catalog);

  show_text (cr, title != NULL ? title : _("Meeting materials"), "Sans Bold 15", MARGIN, y, width, 2,
             PANGO_ALIGN_LEFT, &height);
  y += height + 4;
  if (mt_catalog_get_meeting_date (catalog) != NULL)
    {
      g_autofree char *date = mt_format_iso_date (mt_catalog_get_meeting_date (catalog));

      g_string_append (line, date);
    }
  if (mt_catalog_get_organization (catalog) != NULL)
    g_string_append_printf (line, "%s%s", line->len > 0 ? " · " : "", mt_catalog_get_organization (catalog));
  if (line->len > 0)
    {
      show_text (cr, line->str, "Sans 10", MARGIN, y, width, 2, PANGO_ALIGN_LEFT, &height);
      y += height + 4;
    }
  show_text (cr, mt_catalog_get_is_demo (catalog)
                   ? _("Demo catalog: the links lead to example.org. Scan a code with a phone’s camera to open the material.")
                   : _("Scan a code with a phone’s camera to open the material."),
             "Sans Italic 9", MARGIN, y, width, 2, PANGO_ALIGN_LEFT, NULL);
}

/**
 * mt_handout_code_side:
 *
 * Returns: the printed side of @code's modules, without the quiet zone, in
 *   points (72 to the inch)
 */
double
mt_handout_code_side (const MtQrCode *code)
{
  MtQrStyle style = MT_QR_STYLE_INIT;
  guint width = mt_qr_code_get_width (code);

  return MT_HANDOUT_CODE_SIZE * width / (width + 2 * style.margin);
}

static gboolean
draw_cell (MtMaterial  *material,
           cairo_t     *cr,
           double       x,
           double       y,
           double       width,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MtQrCode) code = mt_qr_code_new (mt_material_get_url (material), MT_QR_LEVEL_M, &local_error);
  MtQrStyle style = MT_QR_STYLE_INIT;
  double height;

  if (code == NULL)
    {
      g_set_error (error, MT_QR_ERROR, local_error->code, "%s: %s", mt_material_get_title (material),
                   local_error->message);
      return FALSE;
    }
  {
    /* Drawn one unit a module, scaled: the code is exactly its size on
     * paper, where mt_qr_draw's whole-unit modules would shrink it. */
    double across = mt_qr_code_get_width (code) + 2.0 * style.margin;

    cairo_save (cr);
    cairo_translate (cr, x + (width - MT_HANDOUT_CODE_SIZE) / 2, y);
    cairo_scale (cr, MT_HANDOUT_CODE_SIZE / across, MT_HANDOUT_CODE_SIZE / across);
    mt_qr_draw (code, &style, cr, across);
    cairo_restore (cr);
  }
  y += MT_HANDOUT_CODE_SIZE + 6;
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (cr, mt_material_get_title (material), "Sans Bold 9.5", x, y, width, 4, PANGO_ALIGN_CENTER, &height);
  y += height + 3;
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  show_text (cr, mt_material_get_url (material), "Monospace 6.5", x, y, width, 1, PANGO_ALIGN_CENTER, NULL);
  return TRUE;
}

/**
 * mt_handout_draw_page:
 * @materials: (element-type MtMaterial): those to print, from
 *   mt_handout_materials() or the user's choice
 * @page: from 0
 * @width: @cr's page width; the A4 layout is scaled to it
 *
 * Returns: %FALSE with an error when a material's address is too long for
 *   a QR code
 */
gboolean
mt_handout_draw_page (MtCatalog  *catalog,
                      GPtrArray  *materials,
                      guint       page,
                      cairo_t    *cr,
                      double      width,
                      double      height,
                      GError    **error)
{
  double scale = MIN (width / MT_HANDOUT_WIDTH, height / MT_HANDOUT_HEIGHT);
  double cell_width = (MT_HANDOUT_WIDTH - 2 * MARGIN) / COLUMNS;
  double top = MARGIN + (page == 0 ? HEADER_HEIGHT : 0);
  guint first = first_on_page (page);
  guint count = rows_on_page (page) * COLUMNS;
  guint pages = mt_handout_n_pages (materials->len);
  g_autofree char *number = NULL;

  g_return_val_if_fail (MT_IS_CATALOG (catalog), FALSE);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page == 0)
    draw_header (catalog, cr);
  for (guint i = first; i < materials->len && i < first + count; i++)
    {
      guint slot = i - first;
      double x = MARGIN + (slot % COLUMNS) * cell_width;
      double y = top + (slot / COLUMNS) * CELL_HEIGHT;

      if (!draw_cell (g_ptr_array_index (materials, i), cr, x + 8, y, cell_width - 16, error))
        {
          cairo_restore (cr);
          return FALSE;
        }
    }
  /* TRANSLATORS: the page number at the foot of the handout. */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, pages);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  /* In the bottom margin, clear of a last row's four-line title. */
  show_text (cr, number, "Sans 8", MARGIN, MT_HANDOUT_HEIGHT - MARGIN + 12, MT_HANDOUT_WIDTH - 2 * MARGIN, 1,
             PANGO_ALIGN_RIGHT, NULL);
  cairo_restore (cr);
  return TRUE;
}

static cairo_status_t
append_data (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * mt_handout_write:
 * @path: the PDF; an existing one is replaced only by a complete new one
 */
gboolean
mt_handout_write (MtCatalog   *catalog,
                  GPtrArray   *materials,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) write_error = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_data, data, MT_HANDOUT_WIDTH,
                                                                  MT_HANDOUT_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint pages = mt_handout_n_pages (materials->len);
  cairo_status_t status;
  gboolean drawn = TRUE;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  mt_catalog_get_meeting_title (catalog) != NULL
                                  ? mt_catalog_get_meeting_title (catalog) : _("Meeting materials"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Metodist " PACKAGE_VERSION);
  for (guint page = 0; page < pages && drawn; page++)
    {
      drawn = mt_handout_draw_page (catalog, materials, page, cr, MT_HANDOUT_WIDTH, MT_HANDOUT_HEIGHT, error);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!drawn)
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The handout could not be made: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!mt_file_write_atomic (path, data->data, data->len, 0666, &write_error))
    {
      g_propagate_error (error, g_steal_pointer (&write_error));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  MtCatalog *catalog;
  GPtrArray *materials;
  char *path;
} HandoutWrite;

static void
handout_write_free (HandoutWrite *write)
{
  g_object_unref (write->catalog);
  g_ptr_array_unref (write->materials);
  g_free (write->path);
  g_free (write);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  HandoutWrite *write = task_data;
  GError *error = NULL;

  /* Pango gives each thread a font map of its own; the catalog is only read. */
  if (mt_handout_write (write->catalog, write->materials, write->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * mt_handout_write_async:
 * @catalog: a catalog that nothing changes meanwhile (a loaded one)
 * @materials: (element-type MtMaterial): from mt_handout_materials()
 * @path: the PDF to write, replaced only by a complete one
 *
 * mt_handout_write() in a worker thread, so that a long handout never
 * holds up the window.
 */
void
mt_handout_write_async (MtCatalog           *catalog,
                        GPtrArray           *materials,
                        const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  HandoutWrite *write = g_new0 (HandoutWrite, 1);

  g_return_if_fail (MT_IS_CATALOG (catalog));
  g_return_if_fail (materials != NULL && path != NULL);

  write->catalog = g_object_ref (catalog);
  write->materials = g_ptr_array_ref (materials);
  write->path = g_strdup (path);
  g_task_set_source_tag (task, mt_handout_write_async);
  g_task_set_task_data (task, write, (GDestroyNotify) handout_write_free);
  mt_worker_run (task, write_in_thread);
}

gboolean
mt_handout_write_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
