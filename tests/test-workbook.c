/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-workbook.c: workbooks (.xlsx, .ods, .xls) read as tables, and the
 * hostile ones refused with their reason */
#include "config.h"

#include <gsf/gsf.h>
#include <math.h>
#include <string.h>

#include "mt-cell-text.h"
#include "mt-feed.h"
#include "mt-fetch-cache.h"
#include "mt-monitoring-job.h"
#include "mt-load-error.h"
#include "mt-rating.h"
#include "mt-source.h"
#include "mt-table-sheet.h"
#include "mt-workbook.h"
#include "mt-zip-package.h"
#include "test-folders.h"
#include "test-server.h"

static GBytes *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "workbooks", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static MtDataset *
load (GBytes     *bytes,
      const char *sheet)
{
  g_autoptr(GError) error = NULL;
  MtDataset *dataset = mt_monitoring_load (bytes, sheet, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
assert_same_counts (const MtCounts *a,
                    const MtCounts *b)
{
  g_assert_cmpint (a->active, ==, b->active);
  g_assert_cmpint (a->total, ==, b->total);
}

/* The same rows, figures, kept-out rows, period, region; and the same
 * rating made of them. */
static void
assert_same_table (MtDataset *expected,
                   MtDataset *read)
{
  GPtrArray *want = mt_dataset_get_municipalities (expected);
  GPtrArray *got = mt_dataset_get_municipalities (read);
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(MtRating) want_rating = mt_rating_new (expected, NULL, &weights);
  g_autoptr(MtRating) got_rating = mt_rating_new (read, NULL, &weights);
  GListModel *want_rows = mt_rating_get_rows (want_rating);
  GListModel *got_rows = mt_rating_get_rows (got_rating);

  g_assert_cmpstr (mt_dataset_get_region (read), ==, mt_dataset_get_region (expected));
  g_assert_cmpstr (mt_dataset_get_period_from (read), ==, mt_dataset_get_period_from (expected));
  g_assert_cmpstr (mt_dataset_get_period_to (read), ==, mt_dataset_get_period_to (expected));
  g_assert_cmpuint (got->len, ==, want->len);
  /* By name: Metodist's own workbook lists them by rank. */
  for (guint i = 0; i < want->len; i++)
    {
      MtRecord *a = g_ptr_array_index (want, i);
      MtRecord *b = NULL;

      for (guint j = 0; j < got->len && b == NULL; j++)
        if (g_strcmp0 (((MtRecord *) g_ptr_array_index (got, j))->name, a->name) == 0)
          b = g_ptr_array_index (got, j);
      g_assert_nonnull (b);
      g_assert_cmpstr (b->id, ==, a->id);
      g_assert_cmpint (b->organizations, ==, a->organizations);
      assert_same_counts (&b->teachers, &a->teachers);
      assert_same_counts (&b->students, &a->students);
      g_assert_cmpint (b->problem != NULL, ==, a->problem != NULL);
    }
  g_assert_cmpuint (g_list_model_get_n_items (got_rows), ==, g_list_model_get_n_items (want_rows));
  for (guint i = 0; i < g_list_model_get_n_items (want_rows); i++)
    {
      g_autoptr(MtRatingRow) a = g_list_model_get_item (want_rows, i);
      g_autoptr(MtRatingRow) b = g_list_model_get_item (got_rows, i);

      g_assert_cmpstr (mt_rating_row_get_name (b), ==, mt_rating_row_get_name (a));
      g_assert_cmpuint (mt_rating_row_get_rank (b), ==, mt_rating_row_get_rank (a));
      /* Unscored rows (kept out) have no score on either side. */
      if (isnan (mt_rating_row_get_values (a)->score))
        g_assert_true (isnan (mt_rating_row_get_values (b)->score));
      else
        g_assert_cmpfloat_with_epsilon (mt_rating_row_get_values (b)->score, mt_rating_row_get_values (a)->score,
                                        1e-12);
    }
}

/* Every producer's workbook reads as the CSV of the same table does. */
static void
test_fixtures_read_as_csv (void)
{
  static const char *const producers[] = {
    "openpyxl.xlsx", "xlsxwriter.xlsx", "no-references.xlsx", "strict.xlsx", "metodist.xlsx",
    "gnumeric.ods", "gnumeric.xls",
  };
  g_autoptr(GBytes) csv = fixture ("table.csv");
  g_autoptr(MtDataset) expected = load (csv, NULL);

  /* The CSV itself: the region, the period and the row problem read. */
  g_assert_cmpstr (mt_dataset_get_region (expected), ==, "Кировская область");
  g_assert_cmpstr (mt_dataset_get_period_from (expected), ==, "2023-11-29");
  g_assert_cmpuint (mt_dataset_get_municipalities (expected)->len, ==, 7);
  g_assert_cmpuint (mt_dataset_get_problems (expected)->len, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (producers); i++)
    {
      g_autoptr(GBytes) bytes = fixture (producers[i]);
      g_autoptr(MtDataset) read = NULL;
      gboolean from_table = FALSE;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", producers[i]);
      read = mt_monitoring_load (bytes, NULL, NULL, NULL, &from_table, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (from_table);
      assert_same_table (expected, read);
      /* A row is named by the sheet's own row number. */
      g_assert_true (g_str_has_prefix (((MtLoadProblem *) g_ptr_array_index (mt_dataset_get_problems (read), 0))->where,
                                       "line "));
    }
}

/* The workbook's sheets, by name and by number. */
static void
test_sheets_listed (void)
{
  g_autoptr(GBytes) bytes = fixture ("openpyxl.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtWorkbook) workbook = mt_workbook_open (bytes, &error);
  g_autoptr(MtDataset) by_number = NULL;
  g_autoptr(MtDataset) hidden = NULL;
  g_autoptr(MtDataset) missing = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (mt_workbook_get_n_sheets (workbook), ==, 2);
  g_assert_cmpstr (mt_workbook_get_sheet_name (workbook, 0), ==, "Черновик");
  g_assert_true (mt_workbook_is_sheet_hidden (workbook, 0));
  g_assert_false (mt_workbook_is_sheet_hidden (workbook, 1));

  /* "1" is the first sheet shown; a hidden sheet is read when named. */
  by_number = load (bytes, "1");
  g_assert_cmpuint (mt_dataset_get_municipalities (by_number)->len, ==, 7);
  hidden = load (bytes, "черновик");
  g_assert_cmpuint (mt_dataset_get_municipalities (hidden)->len, ==, 1);
  missing = mt_monitoring_load (bytes, "Неделя 49", NULL, NULL, NULL, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SHEET);
  g_assert_nonnull (strstr (error->message, "“Мониторинг”"));
}

/* Dates: Excel's serial numbers in both systems, and the formats that
 * make a number a date. */
static void
test_dates (void)
{
  static const struct
  {
    double serial;
    MtDateSystem system;
    const char *text;
  } dates[] = {
    { 1, MT_DATE_SYSTEM_1900, "01.01.1900" },
    { 59, MT_DATE_SYSTEM_1900, "28.02.1900" },
    { 60, MT_DATE_SYSTEM_1900, "29.02.1900" },
    { 61, MT_DATE_SYSTEM_1900, "01.03.1900" },
    { 45266, MT_DATE_SYSTEM_1900, "06.12.2023" },
    { 45266.75, MT_DATE_SYSTEM_1900, "06.12.2023" },
    { 0, MT_DATE_SYSTEM_1904, "01.01.1904" },
    { 43804, MT_DATE_SYSTEM_1904, "06.12.2023" },
    { -1, MT_DATE_SYSTEM_1900, "-1" },
    { 1e12, MT_DATE_SYSTEM_1900, "1000000000000" },
    { 2958465, MT_DATE_SYSTEM_1900, "31.12.9999" },
    { 2958465 - 1462, MT_DATE_SYSTEM_1904, "31.12.9999" },
    { 2958465, MT_DATE_SYSTEM_1904, "2958465" },
  };
  static const struct
  {
    const char *code;
    gboolean date;
  } formats[] = {
    { "dd.mm.yyyy", TRUE }, { "DD/MM/YY", TRUE }, { "[$-419]d mmmm yyyy;@", TRUE }, { "mmm", TRUE },
    { "General", FALSE }, { "# ##0", FALSE }, { "0.0%", FALSE }, { "h:mm", FALSE }, { "[h]:mm:ss", FALSE },
    { "\"Дней: \"0", FALSE }, { "[Red]0", FALSE }, { "0\\d", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = mt_cell_text_from_serial (dates[i].serial, dates[i].system);

      g_assert_cmpstr (text, ==, dates[i].text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_test_message ("%s", formats[i].code);
      g_assert_cmpint (mt_cell_format_is_date (formats[i].code), ==, formats[i].date);
    }
}

/* A zip archive of the parts given as name, content, …, NULL. */
static GBytes *
zip_of (const char *first_name,
        ...)
{
  g_autoptr(GsfOutput) sink = gsf_output_memory_new ();
  g_autoptr(GsfOutfile) zip = gsf_outfile_zip_new (sink, NULL);
  g_autoptr(GHashTable) folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  va_list args;
  GBytes *bytes;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);
      g_auto(GStrv) parts = g_strsplit (name, "/", -1);
      GsfOutfile *parent = zip;
      g_autoptr(GString) path = g_string_new (NULL);
      g_autoptr(GsfOutput) part = NULL;
      guint n = g_strv_length (parts);

      for (guint i = 0; i + 1 < n; i++)
        {
          GsfOutfile *folder;

          g_string_append_printf (path, "%s/", parts[i]);
          folder = g_hash_table_lookup (folders, path->str);
          if (folder == NULL)
            {
              folder = GSF_OUTFILE (gsf_outfile_new_child (parent, parts[i], TRUE));
              g_hash_table_insert (folders, g_strdup (path->str), folder);
            }
          parent = folder;
        }
      part = gsf_outfile_new_child (parent, parts[n - 1], FALSE);
      gsf_output_write (part, strlen (content), (const guint8 *) content);
      gsf_output_close (part);
    }
  va_end (args);
  {
    /* Folders are closed deepest first. */
    g_autoptr(GList) paths = g_list_sort (g_hash_table_get_keys (folders), (GCompareFunc) g_strcmp0);

    for (GList *l = g_list_last (paths); l != NULL; l = l->prev)
      gsf_output_close (g_hash_table_lookup (folders, l->data));
  }
  gsf_output_close (GSF_OUTPUT (zip));
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), gsf_output_size (sink));
  return bytes;
}

#define RELS \
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
#define WORKBOOK_RELS \
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" \
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
#define WORKBOOK \
  "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" \
  "<sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
#define STRINGS \
  "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" \
  "<si><t>Муниципалитет</t></si><si><t>Активные педагоги</t></si><si><t>Арбажский</t></si></sst>"
#define SHEET_START \
  "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
#define SHEET_END "</sheetData></worksheet>"
#define GOOD_SHEET SHEET_START \
  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>" \
  "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>35</v></c></row>" SHEET_END

static GBytes *
xlsx_with (const char *workbook,
           const char *strings,
           const char *sheet)
{
  return zip_of ("[Content_Types].xml", "<Types/>", "_rels/.rels", RELS, "xl/workbook.xml", workbook,
                 "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, "xl/sharedStrings.xml", strings,
                 "xl/worksheets/sheet1.xml", sheet, NULL);
}

static void
assert_refused (GBytes     *bytes,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = mt_monitoring_load (bytes, NULL, NULL, NULL, NULL, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, MT_LOAD_ERROR, code);
  g_test_message ("%s", error->message);
  if (words != NULL)
    g_assert_nonnull (strstr (error->message, words));
}

/* The hand-made workbook the hostile ones differ from reads. */
static void
test_minimal_workbook (void)
{
  g_autoptr(GBytes) bytes = xlsx_with (WORKBOOK, STRINGS, GOOD_SHEET);
  g_autoptr(MtDataset) dataset = load (bytes, NULL);
  MtRecord *record = g_ptr_array_index (mt_dataset_get_municipalities (dataset), 0);

  g_assert_cmpstr (record->name, ==, "Арбажский");
  g_assert_cmpint (record->teachers.active, ==, 35);
}

/* A part that unpacks to far more than the file's size. */
static void
test_zip_bomb (void)
{
  gsize size = 48 * 1024 * 1024;
  g_autofree char *sheet = g_malloc (size + 1);
  g_autoptr(GBytes) bytes = NULL;

  memset (sheet, ' ', size);
  memcpy (sheet, SHEET_START, strlen (SHEET_START));
  sheet[size] = '\0';
  bytes = xlsx_with (WORKBOOK, STRINGS, sheet);
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 1024 * 1024);
  assert_refused (bytes, MT_LOAD_ERROR_TOO_LARGE, NULL);
}

/* A DTD anywhere: entities (a billion laughs), external entities
 * (a file of the machine, or the network) are never read. */
static void
test_dtd_refused (void)
{
  static const char laughs[] =
    "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"hahahahahahahahahaha\">"
    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<si><t>Муниципалитет</t></si><si><t>Активные педагоги</t></si><si><t>&e;&e;&e;&e;</t></si></sst>";
  static const char external[] =
    "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
    "<!ENTITY y SYSTEM \"http://192.0.2.1/steal\">]>"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"&x;&y;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  g_autoptr(GBytes) billion = xlsx_with (WORKBOOK, laughs, GOOD_SHEET);
  g_autoptr(GBytes) outside = xlsx_with (external, STRINGS, GOOD_SHEET);

  assert_refused (billion, MT_LOAD_ERROR_UNSAFE, NULL);
  assert_refused (outside, MT_LOAD_ERROR_UNSAFE, NULL);
}

/* Cells beyond Excel's 1,048,576 rows and 16,384 columns. */
static void
test_beyond_the_sheet (void)
{
  g_autoptr(GBytes) row = xlsx_with (WORKBOOK, STRINGS, SHEET_START
                                     "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>" SHEET_END);
  g_autoptr(GBytes) column = xlsx_with (WORKBOOK, STRINGS, SHEET_START
                                        "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>" SHEET_END);
  g_autoptr(GBytes) last = xlsx_with (WORKBOOK, STRINGS, SHEET_START
                                      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                                      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>35</v></c>"
                                      "<c r=\"XFD2\"><v>1</v></c></row>"
                                      "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>" SHEET_END);
  g_autoptr(MtDataset) at_the_edge = NULL;

  assert_refused (row, MT_LOAD_ERROR_DAMAGED, "1,048,576");
  assert_refused (column, MT_LOAD_ERROR_DAMAGED, "XFE1");
  /* The last cell of a sheet is a cell like any. */
  at_the_edge = load (last, NULL);
  g_assert_cmpuint (mt_dataset_get_municipalities (at_the_edge)->len, ==, 2);
}

static void
test_shared_string_out_of_range (void)
{
  g_autoptr(GBytes) bytes = xlsx_with (WORKBOOK, STRINGS, SHEET_START
                                       "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>" SHEET_END);
  g_autoptr(GBytes) negative = xlsx_with (WORKBOOK, STRINGS, SHEET_START
                                          "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>" SHEET_END);

  assert_refused (bytes, MT_LOAD_ERROR_DAMAGED, "(number 3)");
  assert_refused (negative, MT_LOAD_ERROR_DAMAGED, NULL);
}

/* What Excel makes of a workbook with a password to open: an OLE2 file
 * with the encrypted package inside. */
static void
test_password (void)
{
  g_autoptr(GsfOutput) sink = gsf_output_memory_new ();
  g_autoptr(GsfOutfile) ole = gsf_outfile_msole_new (sink);
  g_autoptr(GBytes) bytes = NULL;
  guint8 noise[4096];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) (i * 131 + 7);
  /* One stream at a time: libgsf writes a large one straight through. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GsfOutput) stream = gsf_outfile_new_child (ole, i == 0 ? "EncryptionInfo" : "EncryptedPackage",
                                                           FALSE);

      gsf_output_write (stream, sizeof noise, noise);
      gsf_output_close (stream);
    }
  gsf_output_close (GSF_OUTPUT (ole));
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), gsf_output_size (sink));
  assert_refused (bytes, MT_LOAD_ERROR_PASSWORD, "password");
}

/* Look-alikes: .xlsb, a text document, an empty archive, an OLE2 file
 * that is no workbook. */
static void
test_look_alikes (void)
{
  g_autoptr(GBytes) xlsb = zip_of ("[Content_Types].xml", "<Types/>", "_rels/.rels",
                                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                   "Target=\"xl/workbook.bin\"/></Relationships>",
                                   "xl/workbook.bin", "\x83\x01\x00", NULL);
  g_autoptr(GBytes) docx = zip_of ("[Content_Types].xml", "<Types/>", "_rels/.rels",
                                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                   "Target=\"word/document.xml\"/></Relationships>",
                                   "word/document.xml", "<w:document xmlns:w=\"urn:w\"/>", NULL);
  g_autoptr(GBytes) odt = zip_of ("mimetype", "application/vnd.oasis.opendocument.text",
                                  "content.xml", "<office:document-content xmlns:office=\"urn:o\"/>", NULL);
  g_autoptr(GBytes) other_zip = zip_of ("photo.jpg", "JFIF", NULL);
  g_autoptr(GsfOutput) sink = gsf_output_memory_new ();
  g_autoptr(GsfOutfile) ole = gsf_outfile_msole_new (sink);
  g_autoptr(GsfOutput) doc = gsf_outfile_new_child (ole, "WordDocument", FALSE);
  g_autoptr(GBytes) word97 = NULL;

  gsf_output_write (doc, 5, (const guint8 *) "hello");
  gsf_output_close (doc);
  gsf_output_close (GSF_OUTPUT (ole));
  word97 = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), gsf_output_size (sink));

  assert_refused (xlsb, MT_LOAD_ERROR_UNSUPPORTED, ".xlsb");
  assert_refused (docx, MT_LOAD_ERROR_UNSUPPORTED, "not a spreadsheet");
  assert_refused (odt, MT_LOAD_ERROR_UNSUPPORTED, "not a spreadsheet");
  assert_refused (other_zip, MT_LOAD_ERROR_UNSUPPORTED, "not a spreadsheet");
  assert_refused (word97, MT_LOAD_ERROR_UNSUPPORTED, "not a spreadsheet");
}

/* libgsf's criticals about a damaged file are the file's (mt-workbook.c
 * turns them into debug messages; G_DEBUG=fatal-warnings would abort on
 * them first). GLib resets this handler for each test case. */
static gboolean
fatal_unless_libgsf (const char     *domain,
                     GLogLevelFlags  level,
                     const char     *message,
                     gpointer        data)
{
  return domain == NULL || !g_str_has_prefix (domain, "libgsf");
}

/* A file cut short: every format, at several lengths; and XML that is
 * not well formed. */
static void
test_truncated (void)
{
  static const char *const names[] = { "openpyxl.xlsx", "gnumeric.ods", "gnumeric.xls" };
  g_autoptr(GBytes) broken_xml = xlsx_with (WORKBOOK, STRINGS, SHEET_START "<row r=\"1\"><c r=\"A1\">" SHEET_END);

  g_test_log_set_fatal_handler (fatal_unless_libgsf, NULL);
  assert_refused (broken_xml, MT_LOAD_ERROR_DAMAGED, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GBytes) whole = fixture (names[i]);
      gsize size = g_bytes_get_size (whole);

      for (guint part = 1; part < 8; part++)
        {
          g_autoptr(GBytes) cut = g_bytes_new_from_bytes (whole, 0, size * part / 8);
          g_autoptr(GError) error = NULL;
          g_autoptr(MtDataset) dataset = mt_monitoring_load (cut, NULL, NULL, NULL, NULL, NULL, &error);

          g_test_message ("%s cut at %u/8: %s", names[i], part, error != NULL ? error->message : "read");
          g_assert_null (dataset);
          g_assert_nonnull (error);
          g_assert_true (error->domain == MT_LOAD_ERROR);
        }
    }
}

/* A crafted .xls on which FreeXL 1.0.6 writes past its buffer (found by
 * the fuzzer): read in its own process, it is a file that cannot be read,
 * and this process goes on. */
static void
test_freexl_overflow (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "workbook", "freexl-heap-overflow.xls", NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;
  g_autoptr(GBytes) bytes = NULL;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (data, length);
  assert_refused (bytes, MT_LOAD_ERROR_DAMAGED, "Excel 97-2003");
}

/* Several sheets with a table ask which; a summary beside its
 * organisations does not. */
static void
test_sheet_choice (void)
{
  static const char two_sheets[] =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"Неделя 48\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Неделя 49\" sheetId=\"2\" r:id=\"rId1\"/>"
    "</sheets></workbook>";
  g_autoptr(GBytes) bytes = xlsx_with (two_sheets, STRINGS, GOOD_SHEET);
  g_autoptr(GBytes) weeks = fixture ("two-weeks.xlsx");
  g_autoptr(MtDataset) chosen = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GError) error = NULL;
  MtTableSheetChoice *choice;

  assert_refused (bytes, MT_LOAD_ERROR_SHEET, "“Неделя 48”, “Неделя 49”");
  /* To choose from: every sheet shown, with its first rows, those with a
   * table said to have one. */
  g_assert_null (mt_monitoring_load (weeks, NULL, NULL, NULL, NULL, &sheets, &error));
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SHEET);
  g_assert_cmpuint (sheets->len, ==, 3);
  choice = g_ptr_array_index (sheets, 0);
  g_assert_cmpstr (choice->name, ==, "Справка");
  g_assert_false (choice->holds_table);
  choice = g_ptr_array_index (sheets, 2);
  g_assert_cmpstr (choice->name, ==, "Неделя 49");
  g_assert_true (choice->holds_table);
  g_assert_true (g_str_has_prefix (choice->preview, "Мониторинг активности в Сферуме. Кировская область\n"
                                                    "Муниципалитет · ОКТМО · "));
  chosen = load (bytes, "2");
  g_assert_cmpuint (mt_dataset_get_municipalities (chosen)->len, ==, 1);
}

/* A document type declaration after a comment or a processing
 * instruction, and a part in UTF-16 (which would hide one from a byte
 * check), never reach libxml2's parser. */
static void
test_dtd_after_prolog (void)
{
  static const char after_comment[] =
    "<?xml version=\"1.0\"?><!-- saved by --><?mso-application progid=\"Excel.Sheet\"?>"
    "<!DOCTYPE sst [<!ENTITY a \"&#x41;\">]><sst xmlns=\"urn:x\"><si><t>&a;</t></si></sst>";
  g_autoptr(GBytes) commented = xlsx_with (WORKBOOK, after_comment, GOOD_SHEET);
  /* "<?xml" in UTF-16LE with its byte order mark. */
  g_autoptr(GBytes) utf16 = xlsx_with (WORKBOOK, "\xFF\xFE<\x01?\x01", GOOD_SHEET);

  assert_refused (commented, MT_LOAD_ERROR_UNSAFE, NULL);
  assert_refused (utf16, MT_LOAD_ERROR_DAMAGED, "not valid XML");
}

/* Memory: a cell at the last column of many rows (each row that wide),
 * a long text repeated on every row. */
static void
test_sheet_too_large (void)
{
  g_autoptr(GString) wide = g_string_new (SHEET_START);
  g_autoptr(GString) strings = g_string_new ("<?xml version=\"1.0\"?><sst xmlns=\"urn:x\"><si><t>");
  g_autoptr(GString) repeated = g_string_new (SHEET_START);
  g_autoptr(GBytes) wide_bytes = NULL;
  g_autoptr(GBytes) repeated_bytes = NULL;

  for (guint r = 1; r <= 2000; r++)
    g_string_append_printf (wide, "<row r=\"%u\"><c r=\"XFD%u\"><v>1</v></c></row>", r, r);
  g_string_append (wide, SHEET_END);
  for (guint i = 0; i < 32000; i++)
    g_string_append_c (strings, 'x');
  g_string_append (strings, "</t></si></sst>");
  for (guint r = 1; r <= 9000; r++)
    g_string_append_printf (repeated, "<row r=\"%u\"><c r=\"A%u\" t=\"s\"><v>0</v></c></row>", r, r);
  g_string_append (repeated, SHEET_END);
  wide_bytes = xlsx_with (WORKBOOK, STRINGS, wide->str);
  repeated_bytes = xlsx_with (WORKBOOK, strings->str, repeated->str);

  assert_refused (wide_bytes, MT_LOAD_ERROR_TOO_LARGE, NULL);
  assert_refused (repeated_bytes, MT_LOAD_ERROR_TOO_LARGE, NULL);
}

/* Rows out of order, and a cell outside its row. */
static void
test_rows_out_of_order (void)
{
  g_autoptr(GBytes) backwards = xlsx_with (WORKBOOK, STRINGS, SHEET_START
                                           "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
                                           "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" SHEET_END);
  g_autoptr(GBytes) elsewhere = xlsx_with (WORKBOOK, STRINGS, SHEET_START
                                           "<row r=\"5\"><c r=\"A1\"><v>1</v></c></row>" SHEET_END);

  assert_refused (backwards, MT_LOAD_ERROR_DAMAGED, "out of order");
  assert_refused (elsewhere, MT_LOAD_ERROR_DAMAGED, "out of order");
}

#define ODS_MANIFEST_PLAIN \
  "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">" \
  "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"
#define ODS_CONTENT_START \
  "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">" \
  "<office:body><office:spreadsheet>"
#define ODS_CONTENT_END "</office:spreadsheet></office:body></office:document-content>"

static GBytes *
ods_with (const char *manifest,
          const char *content)
{
  return zip_of ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "META-INF/manifest.xml", manifest,
                 "content.xml", content, NULL);
}

/* OpenDocument: saved with a password; a merged cell's covered cells
 * keep what they held before the merge, which is not read; thirty weekly
 * sheets, all in content.xml, are read each once for its header, and
 * not counted as a zip bomb. */
static void
test_ods_specifics (void)
{
  g_autoptr(GBytes) encrypted = ods_with ("<manifest:manifest xmlns:manifest=\"urn:m\"><manifest:file-entry "
                                          "manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                                          "</manifest:file-entry></manifest:manifest>", "garbage");
  g_autoptr(GBytes) covered = ods_with (ODS_MANIFEST_PLAIN, ODS_CONTENT_START
    "<table:table table:name=\"Лист1\">"
    "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Муниципалитет</text:p></table:table-cell>"
    "<table:table-cell table:number-columns-spanned=\"2\"><text:p>Педагоги</text:p></table:table-cell>"
    "<table:covered-table-cell><text:p>Активные обучающиеся</text:p></table:covered-table-cell></table:table-row>"
    "<table:table-row><table:table-cell/><table:table-cell><text:p>всего</text:p></table:table-cell>"
    "<table:table-cell><text:p>активные</text:p></table:table-cell></table:table-row>"
    "<table:table-row><table:table-cell><text:p>Арбажский</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"float\" office:value=\"96\"><text:p>96</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"float\" office:value=\"35\"><text:p>35</text:p></table:table-cell>"
    "</table:table-row></table:table>" ODS_CONTENT_END);
  g_autoptr(GString) weeks = g_string_new (ODS_CONTENT_START);
  g_autoptr(GBytes) many = NULL;
  g_autoptr(MtDataset) read = NULL;
  g_autoptr(MtDataset) week = NULL;
  MtRecord *record;

  assert_refused (encrypted, MT_LOAD_ERROR_PASSWORD, NULL);

  read = load (covered, NULL);
  record = g_ptr_array_index (mt_dataset_get_municipalities (read), 0);
  g_assert_cmpint (record->teachers.total, ==, 96);
  g_assert_cmpint (record->teachers.active, ==, 35);
  g_assert_cmpint (record->students.active, ==, MT_COUNT_UNKNOWN);

  for (guint w = 1; w <= 30; w++)
    {
      g_string_append_printf (weeks, "<table:table table:name=\"Неделя %u\"><table:table-row>"
                              "<table:table-cell><text:p>Муниципалитет</text:p></table:table-cell>"
                              "<table:table-cell><text:p>Активные педагоги</text:p></table:table-cell></table:table-row>", w);
      for (guint r = 0; r < 300; r++)
        g_string_append_printf (weeks, "<table:table-row><table:table-cell><text:p>Муниципальный округ № %u</text:p>"
                                "</table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"%u\">"
                                "<text:p>%u</text:p></table:table-cell></table:table-row>", r, r + w, r + w);
      g_string_append (weeks, "</table:table>");
    }
  g_string_append (weeks, ODS_CONTENT_END);
  many = ods_with (ODS_MANIFEST_PLAIN, weeks->str);
  g_assert_cmpuint (g_bytes_get_size (many), <, weeks->len / 20);
  assert_refused (many, MT_LOAD_ERROR_SHEET, "“Неделя 1”");
  week = load (many, "Неделя 30");
  g_assert_cmpuint (mt_dataset_get_municipalities (week)->len, ==, 300);
}

/* A title over the header is not a second header row, even when the
 * title's cell stands over a column the header does not know. */
static void
test_title_is_not_a_header (void)
{
  g_autoptr(GBytes) bytes = xlsx_with (WORKBOOK,
    "<?xml version=\"1.0\"?><sst xmlns=\"urn:x\"><si><t>Муниципалитет</t></si><si><t>Активные педагоги</t></si>"
    "<si><t>Арбажский</t></si><si><t>Период: 29.11.2023 — 06.12.2023</t></si><si><t>Примечание</t></si></sst>",
    SHEET_START
    "<row r=\"1\"><c r=\"C1\" t=\"s\"><v>3</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" t=\"s\"><v>4</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>35</v></c></row>" SHEET_END);
  g_autoptr(MtDataset) dataset = load (bytes, NULL);

  g_assert_cmpstr (mt_dataset_get_period_from (dataset), ==, "2023-11-29");
}

/* A feed address that serves a workbook: read like a file. */
static GBytes *served;

static void
serve_workbook_cb (SoupServer        *server,
                   SoupServerMessage *message,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    SOUP_MEMORY_COPY, g_bytes_get_data (served, NULL), g_bytes_get_size (served));
}

static gpointer
prepare_choices (gpointer owner,
                 gboolean again)
{
  MtWeights weights = MT_WEIGHTS_INIT;

  return mt_monitoring_choices_new (NULL, NULL, NULL, &weights);
}

static gboolean
feed_loaded_cb (MtFeed   *feed,
                MtRated  *rated,
                MtRated **seen)
{
  *seen = g_new0 (MtRated, 1);
  (*seen)->rating = rated->rating != NULL ? g_object_ref (rated->rating) : NULL;
  return TRUE;
}

static void
test_served (void)
{
  static const MtFeedParser parser = {
    prepare_choices, mt_monitoring_parse,
    (GDestroyNotify) mt_monitoring_choices_free, (GDestroyNotify) mt_rated_free,
  };
  g_autofree char *base = NULL;
  g_autofree char *url = NULL;
  g_autofree char *cache_dir = g_dir_make_tmp ("metodist-workbook-XXXXXX", NULL);
  g_autoptr(MtFetchCache) cache = mt_fetch_cache_new (cache_dir);
  g_autoptr(SoupServer) server = test_server_new (serve_workbook_cb, NULL, &base);
  g_autoptr(MtFetcher) fetcher = mt_fetcher_new ();
  g_autoptr(MtFeed) feed = NULL;
  g_autoptr(MtRated) seen = NULL;

  served = fixture ("openpyxl.xlsx");
  url = g_strconcat (base, "/monitoring.xlsx", NULL);
  mt_fetcher_set_cache (fetcher, cache);
  feed = mt_feed_new (fetcher, &parser, NULL);
  g_signal_connect (feed, "loaded", G_CALLBACK (feed_loaded_cb), &seen);
  mt_feed_set_source (feed, url);
  mt_feed_refresh (feed);
  while (mt_feed_get_busy (feed))
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (seen);
  g_assert_nonnull (seen->rating);
  g_assert_cmpuint (g_list_model_get_n_items (mt_rating_get_rows (seen->rating)), ==, 7);
  g_clear_object (&feed);
  g_clear_pointer (&served, g_bytes_unref);
  test_remove_folder (cache_dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/workbook/fixtures/read-as-csv", test_fixtures_read_as_csv);
  g_test_add_func ("/metodist/workbook/sheets", test_sheets_listed);
  g_test_add_func ("/metodist/workbook/sheet-choice", test_sheet_choice);
  g_test_add_func ("/metodist/workbook/dates", test_dates);
  g_test_add_func ("/metodist/workbook/minimal", test_minimal_workbook);
  g_test_add_func ("/metodist/workbook/served", test_served);
  g_test_add_func ("/metodist/workbook/hostile/zip-bomb", test_zip_bomb);
  g_test_add_func ("/metodist/workbook/hostile/dtd", test_dtd_refused);
  g_test_add_func ("/metodist/workbook/hostile/beyond-the-sheet", test_beyond_the_sheet);
  g_test_add_func ("/metodist/workbook/hostile/shared-string", test_shared_string_out_of_range);
  g_test_add_func ("/metodist/workbook/hostile/password", test_password);
  g_test_add_func ("/metodist/workbook/hostile/look-alikes", test_look_alikes);
  g_test_add_func ("/metodist/workbook/hostile/truncated", test_truncated);
  g_test_add_func ("/metodist/workbook/hostile/freexl-overflow", test_freexl_overflow);
  g_test_add_func ("/metodist/workbook/hostile/dtd-after-prolog", test_dtd_after_prolog);
  g_test_add_func ("/metodist/workbook/hostile/too-large", test_sheet_too_large);
  g_test_add_func ("/metodist/workbook/hostile/rows-out-of-order", test_rows_out_of_order);
  g_test_add_func ("/metodist/workbook/ods", test_ods_specifics);
  g_test_add_func ("/metodist/workbook/title-is-not-a-header", test_title_is_not_a_header);

  return g_test_run ();
}
