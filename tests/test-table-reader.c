/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-table-reader.c: tables as Excel, LibreOffice and Google Sheets give them */
#include "config.h"

#include <string.h>

#include "mt-format.h"
#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-table-reader.h"
#include "mt-table-title.h"

static MtDataset *
read_bytes (const char  *data,
            gsize        length,
            GHashTable  *mapping,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return mt_table_read (bytes, mapping, NULL, error);
}

static MtDataset *
read_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  MtDataset *dataset = read_bytes (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static MtRecord *
row_of (MtDataset *dataset,
        guint      index)
{
  GPtrArray *rows = mt_dataset_get_municipalities (dataset);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

static void
assert_kirov (MtDataset *dataset)
{
  MtRecord *kirov = row_of (dataset, 0);

  g_assert_cmpstr (kirov->name, ==, "г.о. Киров");
  g_assert_cmpint (kirov->teachers.active, ==, 1044);
  g_assert_cmpint (kirov->students.active, ==, 7785);
  g_assert_cmpint (kirov->organizations, ==, 112);
}

/* The region's table, as its headers are written (FORMATS.md §4). */
#define REGION_TABLE(d) \
  "#" d "Муниципалитет" d "Рейтинг" d "Активные педагоги (сообщения) %" d "Активные педагоги (сообщения)" d \
  "Активные обучающиеся %" d "Активные обучающиеся" d "орг\r\n" \
  "1" d "г.о. Киров" d "1" d "20%" d "1044" d "11%" d "7785" d "112\r\n" \
  "2" d "Юрьянский" d "2" d "" d "58" d "" d "22" d "11\r\n"

static void
test_delimiters (void)
{
  g_autoptr(MtDataset) semicolons = read_ok (REGION_TABLE (";"));
  g_autoptr(MtDataset) tabs = read_ok (REGION_TABLE ("\t"));
  g_autoptr(MtDataset) commas = read_ok (REGION_TABLE (","));

  assert_kirov (semicolons);
  assert_kirov (tabs);
  assert_kirov (commas);
  /* "#", "Рейтинг" and the "%" columns are computed: ignored, not unknown. */
  g_assert_cmpuint (g_strv_length ((GStrv) mt_dataset_get_unknown_headers (semicolons)), ==, 0);
  g_assert_cmpuint (mt_dataset_get_municipalities (tabs)->len, ==, 2);
}

static void
test_encodings (void)
{
  const char *utf8 = REGION_TABLE (";");
  g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", utf8, NULL);
  gsize utf16_length, cp1251_length;
  g_autofree char *utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &utf16_length, NULL);
  g_autofree char *utf16_bom = g_malloc (utf16_length + 2);
  g_autofree char *utf16be = NULL;
  g_autofree char *utf16be_bom = NULL;
  g_autofree char *cp1251 = g_convert (utf8, -1, "WINDOWS-1251", "UTF-8", NULL, &cp1251_length, NULL);
  gsize be_length;
  g_autoptr(GError) error = NULL;

  memcpy (utf16_bom, "\xFF\xFE", 2);
  memcpy (utf16_bom + 2, utf16, utf16_length);
  utf16be = g_convert (utf8, -1, "UTF-16BE", "UTF-8", NULL, &be_length, NULL);
  utf16be_bom = g_malloc (be_length + 2);
  memcpy (utf16be_bom, "\xFE\xFF", 2);
  memcpy (utf16be_bom + 2, utf16be, be_length);

  {
    g_autoptr(MtDataset) a = read_bytes (with_bom, strlen (with_bom), NULL, &error);
    g_autoptr(MtDataset) b = read_bytes (utf16_bom, utf16_length + 2, NULL, &error);
    g_autoptr(MtDataset) c = read_bytes (utf16be_bom, be_length + 2, NULL, &error);
    g_autoptr(MtDataset) d = read_bytes (cp1251, cp1251_length, NULL, &error);

    g_assert_no_error (error);
    assert_kirov (a);
    assert_kirov (b);
    assert_kirov (c);
    assert_kirov (d);
  }

  /* UTF-16 with a NUL character inside is not a table. */
  {
    g_autoptr(MtDataset) e = read_bytes ("\xFF\xFE" "a\0\0\0", 6, NULL, &error);

    g_assert_null (e);
    g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_ENCODING);
  }
}

static void
test_quoting_and_titles (void)
{
  /* A title above the header, a quoted name with a line break, quotes and
   * the delimiter inside, and a totals row in the "#" column. */
  g_autoptr(MtDataset) dataset = read_ok (
    "Мониторинг активности за неделю;;;\n"
    "\n"
    "Муниципалитет;Активные педагоги;Педагоги;Активные обучающиеся;Обучающиеся\n"
    "\"г.о. Киров\";1044;5210;7785;71500\n"
    "\"Школа \"\"Новая\"\";\n(филиал)\";5;10;6;12\n"
    "Итого;1049;5220;7791;71512\n");
  MtRecord *school = row_of (dataset, 1);

  g_assert_cmpuint (mt_dataset_get_municipalities (dataset)->len, ==, 2);
  g_assert_cmpstr (school->name, ==, "Школа \"Новая\";\n(филиал)");
  g_assert_cmpint (school->teachers.total, ==, 10);
  g_assert_cmpint (school->students.total, ==, 12);
  g_assert_cmpstr (school->where, ==, "line 5");
  g_assert_cmpint (row_of (dataset, 0)->teachers.total, ==, 5210);
}

static void
test_number_forms (void)
{
  g_autoptr(MtDataset) dataset = read_ok (
    "МО\tАктивные педагоги\tВсего педагогов\tАктивные обучающиеся\tОбучающихся всего\n"
    "A\t1 044\t5\u00a0210\t7\u202f785\t71 500\n"
    "B\t-\t—\t–\t\n"
    "C\t23.0\t40,0\t 12 \t 15\n"
    "D\t23,5\t40\t1\t2\n"
    "E\t-5\t40\t1\t2\n"
    "F\tмного\t40\t1\t2\n"
    "G\t1000000001\t40\t1\t2\n"
    /* From review: rounded as a double, these read as 1 and as a count. */
    "H\t1,0000000000000000001\t40\t1\t2\n"
    "I\t123456789012345678901234567890\t40\t1\t2\n"
    "J\t1e3\t1,5E3\t1\t2\n");
  MtRecord *a = row_of (dataset, 0);
  MtRecord *b = row_of (dataset, 1);
  MtRecord *c = row_of (dataset, 2);

  g_assert_cmpint (a->teachers.active, ==, 1044);
  g_assert_cmpint (a->teachers.total, ==, 5210);
  g_assert_cmpint (a->students.active, ==, 7785);
  g_assert_cmpint (a->students.total, ==, 71500);
  /* Dashes and empty cells are unknown, not problems. */
  g_assert_null (b->problem);
  g_assert_cmpint (b->teachers.active, ==, MT_COUNT_UNKNOWN);
  g_assert_cmpint (b->students.total, ==, MT_COUNT_UNKNOWN);
  g_assert_cmpint (c->teachers.active, ==, 23);
  g_assert_cmpint (c->teachers.total, ==, 40);
  g_assert_cmpint (c->students.active, ==, 12);

  g_assert_nonnull (strstr (row_of (dataset, 3)->problem, "not a fraction"));
  g_assert_nonnull (strstr (row_of (dataset, 4)->problem, "negative"));
  g_assert_nonnull (strstr (row_of (dataset, 5)->problem, "expected a whole number"));
  g_assert_nonnull (strstr (row_of (dataset, 6)->problem, "out of range"));
  g_assert_nonnull (strstr (row_of (dataset, 6)->problem, "Активные педагоги"));
  g_assert_nonnull (strstr (row_of (dataset, 7)->problem, "not a fraction"));
  g_assert_nonnull (strstr (row_of (dataset, 8)->problem, "out of range"));
  /* A whole number written with an exponent, as spreadsheets may. */
  g_assert_null (row_of (dataset, 9)->problem);
  g_assert_cmpint (row_of (dataset, 9)->teachers.active, ==, 1000);
  g_assert_cmpint (row_of (dataset, 9)->teachers.total, ==, 1500);
}

static void
test_headers_matched_loosely (void)
{
  /* Case, surrounding and inner spaces, and "ё" do not matter. */
  g_autoptr(MtDataset) dataset = read_ok (
    "  МУНИЦИПАЛЬНОЕ   образование ;ОКТМО; активные  ПЕДАГОГИ (сообщения) ;Активные обучающиеся;Организаций\n"
    "г.о. Киров;33701000;1044;7785;112\n");
  MtRecord *kirov = row_of (dataset, 0);

  g_assert_cmpstr (kirov->id, ==, "33701000");
  g_assert_cmpint (kirov->teachers.active, ==, 1044);
  g_assert_cmpint (kirov->organizations, ==, 112);
  g_assert_cmpint (mt_table_field_for_header ("Не вошёл в рейтинг"), ==, MT_TABLE_FIELD_EXCLUDED);
  g_assert_cmpint (mt_table_field_for_header ("Active Teachers"), ==, MT_TABLE_FIELD_TEACHERS_ACTIVE);
  /* Either word first, as people write them (a new user's paste). */
  g_assert_cmpint (mt_table_field_for_header ("Педагоги всего"), ==, MT_TABLE_FIELD_TEACHERS_TOTAL);
  g_assert_cmpint (mt_table_field_for_header ("Обучающиеся всего"), ==, MT_TABLE_FIELD_STUDENTS_TOTAL);
  g_assert_cmpint (mt_table_field_for_header ("Активных обучающихся"), ==, MT_TABLE_FIELD_STUDENTS_ACTIVE);
  g_assert_cmpint (mt_table_field_for_header ("Активные обучающиеся (сообщения)"), ==,
                   MT_TABLE_FIELD_STUDENTS_ACTIVE);
}

static void
test_per_organization_table (void)
{
  g_autoptr(MtDataset) dataset = read_ok (
    "Муниципалитет;ОКТМО;Образовательная организация;Активные педагоги;Педагоги;Активные обучающиеся;Обучающиеся\n"
    "г.о. Киров;33701000;МБОУ СОШ № 1;31;80;412;900\n"
    "г.о. Киров;33701000;МБОУ СОШ № 2;9;20;8;100\n"
    "Юрьянский;33649000;МКОУ СОШ пгт Юрья;58;200;22;2000\n"
    "Юрьянский;33649000;;1;1;1;1\n");
  MtRecord *kirov = row_of (dataset, 0);
  MtRecord *yurya = row_of (dataset, 1);

  g_assert_cmpuint (mt_dataset_get_municipalities (dataset)->len, ==, 2);
  g_assert_cmpuint (mt_dataset_get_organizations (dataset)->len, ==, 4);
  g_assert_cmpstr (kirov->id, ==, "33701000");
  g_assert_cmpstr (kirov->name, ==, "г.о. Киров");
  g_assert_cmpint (kirov->organizations, ==, 2);
  g_assert_cmpint (kirov->teachers.active, ==, 40);
  g_assert_cmpint (kirov->teachers.total, ==, 100);
  g_assert_cmpint (kirov->students.active, ==, 420);
  /* The school without a name is kept out of the sums and reported. */
  g_assert_cmpint (yurya->teachers.active, ==, 58);
  g_assert_cmpuint (mt_dataset_get_problems (dataset)->len, ==, 1);
}

static void
test_unknown_headers_and_mapping (void)
{
  const char *table = "Район;Учителя онлайн;Ученики онлайн;Комментарий\n"
                      "г.о. Киров;1044;7785;ок\n";
  g_autoptr(GHashTable) mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unknown = NULL;
  g_autoptr(MtDataset) failed = NULL;
  g_autoptr(MtDataset) mapped = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (table, strlen (table));

  /* No column of names: the load fails, and says which headers to map. */
  failed = mt_table_read (bytes, NULL, &unknown, &error);
  g_assert_null (failed);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_HEADERS);
  g_assert_cmpuint (g_strv_length (unknown), ==, 4);
  g_assert_cmpstr (unknown[0], ==, "Район");
  g_assert_cmpstr (unknown[1], ==, "Учителя онлайн");
  g_clear_error (&error);
  g_clear_pointer (&unknown, g_strfreev);

  /* The user's mapping, by normalised header. */
  g_hash_table_insert (mapping, mt_table_normalize_header ("Район"), GINT_TO_POINTER (MT_TABLE_FIELD_MUNICIPALITY));
  g_hash_table_insert (mapping, mt_table_normalize_header ("Учителя онлайн"), GINT_TO_POINTER (MT_TABLE_FIELD_TEACHERS_ACTIVE));
  g_hash_table_insert (mapping, mt_table_normalize_header ("Ученики онлайн"), GINT_TO_POINTER (MT_TABLE_FIELD_STUDENTS_ACTIVE));
  mapped = mt_table_read (bytes, mapping, &unknown, &error);
  g_assert_no_error (error);
  g_assert_cmpint (row_of (mapped, 0)->teachers.active, ==, 1044);
  g_assert_cmpint (row_of (mapped, 0)->students.active, ==, 7785);

  /* What is still unknown is listed, and the load goes on without it. */
  g_assert_cmpuint (g_strv_length (unknown), ==, 1);
  g_assert_cmpstr (unknown[0], ==, "Комментарий");
  g_assert_cmpstr (mt_dataset_get_unknown_headers (mapped)[0], ==, "Комментарий");
}

/* Two columns of one header are asked about apart, each with its letter
 * and first values; a choice that leaves no names is asked again. */
static void
test_columns_to_ask (void)
{
  const char *table = "Район;Всего;Активные педагоги;Всего;Активные обучающиеся\n"
                      "Лузский;133;12;1500;42\nНагорский;71;10;850;12\n";
  g_autoptr(GHashTable) mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (table, strlen (table));
  g_autoptr(GPtrArray) to_ask = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) failed = NULL;
  g_autoptr(MtDataset) mapped = NULL;
  g_autoptr(MtDataset) left_out = NULL;
  MtTableColumn *second;

  failed = mt_table_read_asking (bytes, NULL, &to_ask, &error);
  g_assert_null (failed);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_HEADERS);
  g_clear_error (&error);
  g_assert_cmpuint (to_ask->len, ==, 3);
  second = g_ptr_array_index (to_ask, 2);
  g_assert_cmpstr (second->header, ==, "Всего");
  g_assert_cmpstr (second->key, ==, "всего #2");
  g_assert_cmpstr (second->letter, ==, "D");
  g_assert_cmpstr (second->samples[0], ==, "1500");
  g_assert_cmpstr (second->samples[1], ==, "850");
  g_assert_null (second->samples[2]);
  g_assert_cmpstr (((MtTableColumn *) g_ptr_array_index (to_ask, 1))->key, ==, "всего");
  g_clear_pointer (&to_ask, g_ptr_array_unref);

  g_hash_table_insert (mapping, g_strdup ("район"), GINT_TO_POINTER (MT_TABLE_FIELD_MUNICIPALITY));
  g_hash_table_insert (mapping, g_strdup ("всего"), GINT_TO_POINTER (MT_TABLE_FIELD_TEACHERS_TOTAL));
  g_hash_table_insert (mapping, g_strdup ("всего #2"), GINT_TO_POINTER (MT_TABLE_FIELD_STUDENTS_TOTAL));
  mapped = mt_table_read_asking (bytes, mapping, &to_ask, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (to_ask->len, ==, 0);
  g_assert_cmpint (row_of (mapped, 0)->teachers.total, ==, 133);
  g_assert_cmpint (row_of (mapped, 0)->students.total, ==, 1500);
  g_clear_pointer (&to_ask, g_ptr_array_unref);

  /* The names chosen away: the user's choices come back to be asked. */
  g_hash_table_insert (mapping, g_strdup ("район"), GINT_TO_POINTER (MT_TABLE_FIELD_IGNORE));
  left_out = mt_table_read_asking (bytes, mapping, &to_ask, &error);
  g_assert_null (left_out);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_HEADERS);
  g_assert_cmpuint (to_ask->len, ==, 3);
  g_assert_cmpstr (((MtTableColumn *) g_ptr_array_index (to_ask, 0))->letter, ==, "A");
}

/* The region and the period, read from the title lines above a header. */
static void
test_title_lines (void)
{
  static const struct
  {
    const char *titles;
    const char *from, *to;
  } periods[] = {
    { "Период: 29.11.2023 - 06.12.2023;;;", "2023-11-29", "2023-12-06" },
    { "Активность с 29.11.2023 по 06.12.2023", "2023-11-29", "2023-12-06" },
    { "Мониторинг 29.11–06.12.2023", "2023-11-29", "2023-12-06" },
    { "Неделя 29.12—04.01.2024", "2023-12-29", "2024-01-04" },
    { "2023-11-29 – 2023-12-06", "2023-11-29", "2023-12-06" },
    { "Период: 31.02.2023 - 06.03.2023", NULL, NULL },
    { "Период: 06.12.2023 - 29.11.2023", NULL, NULL },
    { "Телефон 8-800-100-10-10", NULL, NULL },
  };
  static const struct
  {
    const char *titles, *region;
  } regions[] = {
    { "Мониторинг Сферума, Кировская область, неделя", "Кировская область" },
    { "Регион: Пермский край;;", "Пермский край" },
    { "Республика Коми · 29.11–06.12.2023", "Республика Коми" },
    { "Ханты-Мансийский автономный округ", "Ханты-Мансийский автономный округ" },
    { "Сводная таблица", NULL },
  };
  const char *table = "Мониторинг Сферума: Кировская область\nПериод: 29.11.2023 - 06.12.2023\n\n"
                      "Муниципалитет;Активные педагоги;Всего педагогов\nЛузский;12;133\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) titled = read_bytes (table, strlen (table), NULL, &error);

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      gboolean found = mt_table_title_period (periods[i].titles, &from, &to);

      g_assert_cmpint (found, ==, periods[i].from != NULL);
      g_assert_cmpstr (from, ==, periods[i].from);
      g_assert_cmpstr (to, ==, periods[i].to);
    }
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      g_autofree char *region = mt_table_title_region (regions[i].titles);

      g_assert_cmpstr (region, ==, regions[i].region);
    }

  g_assert_no_error (error);
  g_assert_cmpstr (mt_dataset_get_region (titled), ==, "Кировская область");
  g_assert_cmpstr (mt_dataset_get_period_from (titled), ==, "2023-11-29");
  g_assert_cmpstr (mt_dataset_get_period_to (titled), ==, "2023-12-06");
}

static void
test_document_problems (void)
{
  g_autoptr(GError) error = NULL;
  const char *header = "Муниципалитет;Активные педагоги\n";
  g_autoptr(MtDataset) header_only = read_bytes (header, strlen (header), NULL, &error);

  g_assert_null (header_only);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_NO_ROWS);
  g_clear_error (&error);

  {
    g_autoptr(MtDataset) empty = read_bytes ("\xEF\xBB\xBF \r\n\t\n", 8, NULL, &error);

    g_assert_null (empty);
    g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY);
  }
}

/* A table wider or longer than a spreadsheet holds is refused at once,
 * without its cells filling the memory (a header of 6 MiB of separators
 * took 965 MB and 17 s). */
static void
test_too_large_tables (void)
{
  g_autoptr(GString) wide = g_string_new ("Муниципалитет;Активные педагоги");
  g_autoptr(GString) long_table = g_string_new ("Муниципалитет;Активные педагоги\n");
  g_autoptr(GBytes) wide_bytes = NULL;
  g_autoptr(GBytes) long_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_c (wide, ';');
  g_string_append (wide, "\nАрбажский;5\n");
  wide_bytes = g_bytes_new (wide->str, wide->len);
  dataset = mt_table_read (wide_bytes, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE);
  g_clear_error (&error);

  for (guint i = 0; i < 1048576 + 40; i++)
    g_string_append (long_table, "1\n");
  long_bytes = g_bytes_new (long_table->str, long_table->len);
  dataset = mt_table_read (long_bytes, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE);
}

/* More rows than the whole country has (MT_MAX_ROWS), however short:
 * refused, not read into about 1 KB of memory each (a million one-letter
 * lines took 1 GB and 13 s; a row's record, rating row and problem cost
 * the same whatever its length). */
static void
test_too_many_rows (void)
{
  g_autoptr(GString) tiny_rows = g_string_new ("Муниципалитет\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = NULL;
  g_autofree char *bound = mt_format_count (MT_MAX_ROWS);

  for (guint i = 0; i < MT_MAX_ROWS + 1; i++)
    g_string_append (tiny_rows, "a\n");
  bytes = g_bytes_new (tiny_rows->str, tiny_rows->len);
  dataset = mt_table_read (bytes, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, bound));
}

/* OKTMO codes a spreadsheet kept as numbers lost the leading zero of
 * regions 01-08: put back; other codes are kept as written. */
static void
test_oktmo_leading_zero (void)
{
  g_autoptr(MtDataset) oktmo = read_ok ("Муниципалитет;ОКТМО;Активные педагоги\r\n"
                                        "Майкоп;1701000;5\r\nПоселение;70101000001;3\r\nКиров;33701000;7\r\n");
  g_autoptr(MtDataset) other = read_ok ("Муниципалитет;Код;Активные педагоги\r\nМайкоп;1701000;5\r\n");

  g_assert_cmpstr (row_of (oktmo, 0)->id, ==, "01701000");
  g_assert_cmpstr (row_of (oktmo, 1)->id, ==, "70101000001");
  g_assert_cmpstr (row_of (oktmo, 2)->id, ==, "33701000");
  g_assert_cmpstr (row_of (other, 0)->id, ==, "1701000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/table-reader/delimiters", test_delimiters);
  g_test_add_func ("/metodist/table-reader/encodings", test_encodings);
  g_test_add_func ("/metodist/table-reader/quoting-and-titles", test_quoting_and_titles);
  g_test_add_func ("/metodist/table-reader/number-forms", test_number_forms);
  g_test_add_func ("/metodist/table-reader/headers-matched-loosely", test_headers_matched_loosely);
  g_test_add_func ("/metodist/table-reader/per-organization-table", test_per_organization_table);
  g_test_add_func ("/metodist/table-reader/unknown-headers-and-mapping", test_unknown_headers_and_mapping);
  g_test_add_func ("/metodist/table-reader/columns-to-ask", test_columns_to_ask);
  g_test_add_func ("/metodist/table-reader/title-lines", test_title_lines);
  g_test_add_func ("/metodist/table-reader/document-problems", test_document_problems);
  g_test_add_func ("/metodist/table-reader/oktmo-leading-zero", test_oktmo_leading_zero);
  g_test_add_func ("/metodist/table-reader/too-large", test_too_large_tables);
  g_test_add_func ("/metodist/table-reader/too-many-rows", test_too_many_rows);

  return g_test_run ();
}
