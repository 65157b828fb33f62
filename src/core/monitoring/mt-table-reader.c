/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-reader.c: tables people paste or open (CSV, TSV) into datasets */
#define G_LOG_DOMAIN "mt-table-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mt-format.h"
#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-sheet.h"
#include "mt-table-reader-private.h"
#include "mt-table-reader.h"
#include "mt-table-title.h"

/*
 * What Excel, LibreOffice and Google Sheets save or put on the clipboard:
 * delimited by tabs, semicolons or commas, quoted by RFC 4180 (with line
 * breaks inside quotes), in UTF-8, UTF-16 or Windows-1251, often with a
 * title above the header row and a totals row below. GLib has no CSV
 * reader, so a small one is here.
 */

static const struct
{
  const char *header;  /* normalised: case-folded, trimmed, "ё" as "е" */
  MtTableField field;
} synonyms[] = {
  { "муниципалитет", MT_TABLE_FIELD_MUNICIPALITY },
  { "муниципальное образование", MT_TABLE_FIELD_MUNICIPALITY },
  { "муниципальный район", MT_TABLE_FIELD_MUNICIPALITY },
  { "мо", MT_TABLE_FIELD_MUNICIPALITY },
  { "municipality", MT_TABLE_FIELD_MUNICIPALITY },
  { "municipal unit", MT_TABLE_FIELD_MUNICIPALITY },
  { "октмо", MT_TABLE_FIELD_MUNICIPALITY_ID },
  { "код", MT_TABLE_FIELD_MUNICIPALITY_ID },
  { "oktmo", MT_TABLE_FIELD_MUNICIPALITY_ID },
  { "code", MT_TABLE_FIELD_MUNICIPALITY_ID },
  { "id", MT_TABLE_FIELD_MUNICIPALITY_ID },
  { "организация", MT_TABLE_FIELD_ORGANIZATION },
  { "образовательная организация", MT_TABLE_FIELD_ORGANIZATION },
  { "оо", MT_TABLE_FIELD_ORGANIZATION },
  { "organisation", MT_TABLE_FIELD_ORGANIZATION },
  { "organization", MT_TABLE_FIELD_ORGANIZATION },
  { "school", MT_TABLE_FIELD_ORGANIZATION },
  { "орг", MT_TABLE_FIELD_ORGANIZATIONS },
  { "орг.", MT_TABLE_FIELD_ORGANIZATIONS },
  { "организаций", MT_TABLE_FIELD_ORGANIZATIONS },
  { "количество организаций", MT_TABLE_FIELD_ORGANIZATIONS },
  { "org", MT_TABLE_FIELD_ORGANIZATIONS },
  { "org.", MT_TABLE_FIELD_ORGANIZATIONS },
  { "organisations", MT_TABLE_FIELD_ORGANIZATIONS },
  { "organizations", MT_TABLE_FIELD_ORGANIZATIONS },
  { "number of organisations", MT_TABLE_FIELD_ORGANIZATIONS },
  { "активные педагоги (сообщения)", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "активные педагоги", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "активных педагогов", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "active teachers (messages)", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "active teachers", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "педагогов всего", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "всего педагогов", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "педагоги всего", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "педагоги", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "teachers", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "all teachers", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "teachers total", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "total teachers", MT_TABLE_FIELD_TEACHERS_TOTAL },
  { "активные обучающиеся (сообщения)", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "активные обучающиеся", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "активных обучающихся", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "active students (messages)", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "active students", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "обучающихся всего", MT_TABLE_FIELD_STUDENTS_TOTAL },
  { "всего обучающихся", MT_TABLE_FIELD_STUDENTS_TOTAL },
  { "обучающиеся всего", MT_TABLE_FIELD_STUDENTS_TOTAL },
  { "обучающиеся", MT_TABLE_FIELD_STUDENTS_TOTAL },
  { "students", MT_TABLE_FIELD_STUDENTS_TOTAL },
  { "all students", MT_TABLE_FIELD_STUDENTS_TOTAL },
  /* Two-row headers of workbooks, a parent over its children, as
   * mt-table-sheet.c makes them one. */
  { "педагоги активные (сообщения)", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "педагоги активные", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "teachers active (messages)", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "teachers active", MT_TABLE_FIELD_TEACHERS_ACTIVE },
  { "обучающиеся активные (сообщения)", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "обучающиеся активные", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "students active (messages)", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "students active", MT_TABLE_FIELD_STUDENTS_ACTIVE },
  { "students total", MT_TABLE_FIELD_STUDENTS_TOTAL },
  { "total students", MT_TABLE_FIELD_STUDENTS_TOTAL },
  /* What Metodist computes itself, in both languages of its own exports. */
  { "#", MT_TABLE_FIELD_IGNORE },
  { "№", MT_TABLE_FIELD_IGNORE },
  { "№ п/п", MT_TABLE_FIELD_IGNORE },
  { "рейтинг", MT_TABLE_FIELD_IGNORE },
  { "место", MT_TABLE_FIELD_IGNORE },
  { "rating", MT_TABLE_FIELD_IGNORE },
  { "rank", MT_TABLE_FIELD_IGNORE },
  { "изменение рейтинга", MT_TABLE_FIELD_IGNORE },
  { "изменение доли педагогов, п. п.", MT_TABLE_FIELD_IGNORE },
  { "изменение доли обучающихся, п. п.", MT_TABLE_FIELD_IGNORE },
  { "балл", MT_TABLE_FIELD_IGNORE },
  { "score", MT_TABLE_FIELD_IGNORE },
  { "rating change", MT_TABLE_FIELD_IGNORE },
  { "active teachers change, points", MT_TABLE_FIELD_IGNORE },
  { "active students change, points", MT_TABLE_FIELD_IGNORE },
  { "не вошел в рейтинг", MT_TABLE_FIELD_EXCLUDED },
  { "kept out of the rating", MT_TABLE_FIELD_EXCLUDED },
};

static const char *const totals[] = {
  "итого", "всего", "итого по области", "всего по области", "total", "totals", "region total", NULL
};

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0xFEFF;
}

/* Whether @text is empty or only white space, no-break spaces included;
 * without a copy, as it is asked of every cell. */
static gboolean
is_blank_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_blank (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Trims white space, no-break spaces included. */
static char *
trim (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && is_blank (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *previous = g_utf8_prev_char (end);

      if (!is_blank (g_utf8_get_char (previous)))
        break;
      end = previous;
    }
  return g_strndup (start, end - start);
}

/** mt_table_trim: (transfer full): @text without white space, no-break spaces included, at either end */
char *
mt_table_trim (const char *text)
{
  return trim (text);
}

/**
 * mt_table_normalize_header:
 * @header: a header cell as written
 *
 * Returns: (transfer full): the header as it is matched: trimmed, inner
 *   white space folded to one space, case-folded, "ё" read as "е"
 */
char *
mt_table_normalize_header (const char *header)
{
  g_autofree char *trimmed = trim (header);
  g_autofree char *folded = g_utf8_casefold (trimmed, -1);
  GString *result = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_blank (c))
        {
          space = TRUE;
          continue;
        }
      if (space)
        g_string_append_c (result, ' ');
      space = FALSE;
      g_string_append_unichar (result, c == 0x0451 ? 0x0435 : c);
    }
  return g_string_free (result, FALSE);
}

/**
 * mt_table_field_for_header:
 * @header: a header cell as written
 *
 * Returns: what the column holds by the synonyms of FORMATS.md §4;
 *   %MT_TABLE_FIELD_IGNORE for columns Metodist computes itself ("#",
 *   "Рейтинг", every "%" column), %MT_TABLE_FIELD_UNKNOWN otherwise
 */
MtTableField
mt_table_field_for_header (const char *header)
{
  g_autofree char *key = mt_table_normalize_header (header);

  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    if (g_str_equal (key, synonyms[i].header))
      return synonyms[i].field;
  if (g_str_has_suffix (key, "%"))
    return MT_TABLE_FIELD_IGNORE;
  return MT_TABLE_FIELD_UNKNOWN;
}

static MtTableField
field_for (const char *header,
           GHashTable *mapping)
{
  if (mapping != NULL)
    {
      g_autofree char *key = mt_table_normalize_header (header);
      gpointer value;

      if (g_hash_table_lookup_extended (mapping, key, NULL, &value))
        return GPOINTER_TO_INT (value);
    }
  return mt_table_field_for_header (header);
}

/* What the user's choice for a column is looked up by: its normalised
 * header, and for the n-th column of the same header (two "Всего"), that
 * header with " #n", so that each can be chosen apart. */
static char *
column_key (const char *header,
            guint       occurrence)
{
  g_autofree char *key = mt_table_normalize_header (header);

  return occurrence > 1 ? g_strdup_printf ("%s #%u", key, occurrence) : g_steal_pointer (&key);
}

/* A column's letter as spreadsheets show it: A…Z, AA… */
static char *
column_letter (guint column)
{
  char letters[8];
  int at = G_N_ELEMENTS (letters) - 1;

  letters[at] = '\0';
  column++;
  while (column > 0 && at > 0)
    {
      letters[--at] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  return g_strdup (letters + at);
}

/**
 * mt_table_column_free:
 */
void
mt_table_column_free (MtTableColumn *column)
{
  if (column == NULL)
    return;
  g_free (column->header);
  g_free (column->key);
  g_free (column->letter);
  g_strfreev (column->samples);
  g_free (column);
}

/**
 * mt_table_looks_like_json:
 * @bytes: a document as read
 *
 * Returns: %TRUE when @bytes begins (after a byte order mark and white
 *   space) like a JSON document rather than a table
 */
gboolean
mt_table_looks_like_json (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return i < length && (data[i] == '{' || data[i] == '[');
}

/* The table as UTF-8, whatever it came in (FORMATS.md §4). */
static char *
decode (GBytes  *bytes,
        GError **error)
{
  gsize length, text_length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = NULL;

  if (length > MT_MAX_DOCUMENT_SIZE)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
                   _("The document is larger than %d MiB."), MT_MAX_DOCUMENT_SIZE >> 20);
      return NULL;
    }

  if (length == 0)
    text = g_strdup ("");
  else if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    text = g_strndup (data + 3, text_length = length - 3);
  else if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    text = g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, &text_length, NULL);
  else if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    text = g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, &text_length, NULL);
  else if (g_utf8_validate_len (data, length, NULL))
    text = g_strndup (data, text_length = length);
  else  /* Russian Excel's "CSV" */
    text = g_convert (data, length, "UTF-8", "WINDOWS-1251", NULL, &text_length, NULL);

  /* Valid UTF-8 with no NUL inside, whatever the conversion made. */
  if (text == NULL || !g_utf8_validate_len (text, text_length, NULL))
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_ENCODING,
                           _("The table is in none of the encodings Metodist reads "
                             "(UTF-8, UTF-16 with a byte order mark, Windows-1251)."));
      return NULL;
    }
  return g_steal_pointer (&text);
}

/* A row of the table: a record of the text, or a row of a sheet. Its
 * number is the line (or the sheet's row) where it starts, from 1. */
typedef MtSheetRow Row;

/* The widest table a spreadsheet makes, and the most rows a document may
 * have (mt-limits.h); a text beyond either is refused before its cells
 * fill the memory (a header of 6 MiB of separators took 965 MB, a
 * million one-letter lines 1 GB). */
#define MAX_TABLE_COLUMNS 16384
/* Lines, counted before anything is read: a spreadsheet's rows (a row
 * may take several lines, in quotes). */
#define MAX_TABLE_LINES 1048576

/* Reads one record at *@p (RFC 4180: quotes double inside quoted fields,
 * which may hold delimiters and line breaks); moves *@p and *@line past
 * it. The cells are copied from their slices of the text into one buffer
 * for the row (a quoted cell with doubled quotes, rebuilt): no allocation
 * per cell. Cells past MAX_TABLE_COLUMNS are passed over; *@too_wide says
 * there were some. */
static Row *
read_record (const char **p,
             const char  *end,
             char         delimiter,
             guint       *line,
             gboolean    *too_wide)
{
  guint number = *line;
  const char *q = *p;
  GString *storage = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (;;)
    {
      gsize cell = storage->len;
      gboolean kept = starts->len < MAX_TABLE_COLUMNS;

      if (q < end && *q == '"')
        {
          for (q++; q < end; q++)
            {
              const char *run = q;

              /* The quoted text up to the next quote, in one piece. */
              while (q < end && *q != '"')
                {
                  if (*q == '\n')
                    (*line)++;
                  q++;
                }
              if (kept)
                g_string_append_len (storage, run, q - run);
              if (q + 1 < end && q[1] == '"')
                {
                  if (kept)
                    g_string_append_c (storage, '"');
                  q++;
                  continue;
                }
              if (q < end)
                q++;
              break;
            }
        }
      /* Unquoted text, or what stands after a closing quote, as it is. */
      {
        const char *run = q;

        while (q < end && *q != delimiter && *q != '\n' && *q != '\r')
          q++;
        if (kept)
          {
            g_string_append_len (storage, run, q - run);
            g_string_append_c (storage, '\0');
            g_array_append_val (starts, cell);
          }
        else if (too_wide != NULL)
          *too_wide = TRUE;
      }

      if (q < end && *q == delimiter)
        {
          q++;
          continue;
        }
      break;
    }

  if (q < end && *q == '\r')
    q++;
  if (q < end && *q == '\n')
    q++;
  (*line)++;
  *p = q;
  return mt_sheet_row_new_in_storage (number, storage, starts);
}

/** mt_table_score_header: how well @row reads as a table's header */
MtTableHeaderScore
mt_table_score_header (const MtSheetRow *row,
                       GHashTable       *mapping)
{
  MtTableHeaderScore score = { 0, FALSE, FALSE, FALSE };

  for (guint c = 0; c < row->cells->len; c++)
    {
      MtTableField field = field_for (mt_sheet_row_cell (row, c), mapping);

      if (field != MT_TABLE_FIELD_UNKNOWN)
        score.score++;
      if (field == MT_TABLE_FIELD_MUNICIPALITY || field == MT_TABLE_FIELD_ORGANIZATION ||
          field == MT_TABLE_FIELD_MUNICIPALITY_ID)
        score.has_name = TRUE;
      if (field >= MT_TABLE_FIELD_ORGANIZATIONS && field <= MT_TABLE_FIELD_STUDENTS_TOTAL)
        score.has_count = TRUE;
      if (field == MT_TABLE_FIELD_ORGANIZATION)
        score.per_organization = TRUE;
    }
  return score;
}

/* Whether @guess is a better header than @best: one with a column of
 * names before any without, then the one that recognises most columns. */
gboolean
mt_table_better_header (MtTableHeaderScore guess,
                        MtTableHeaderScore best)
{
  return guess.has_name && (!best.has_name || guess.score > best.score);
}

typedef struct
{
  const char *start;  /* of the header row */
  guint line;
  char delimiter;
  MtTableHeaderScore score;
} HeaderGuess;

/* Finds the header row: of the first lines and the three delimiters, the
 * one that recognises most columns, among those with a column of names. */
static HeaderGuess
find_header (const char *text,
             const char *end,
             GHashTable *mapping)
{
  static const char delimiters[] = { '\t', ';', ',' };
  HeaderGuess best = { text, 1, ';', { 0, FALSE, FALSE, FALSE } };
  guint most_cells = 0;
  const char *line_start = text;

  for (guint line = 1; line <= MT_TABLE_MAX_TITLE_LINES && line_start < end; line++)
    {
      const char *line_end = memchr (line_start, '\n', end - line_start);

      if (line_end == NULL)
        line_end = end;

      for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
        {
          const char *p = line_start;
          guint ignored_line = line;
          Row *row = read_record (&p, line_end, delimiters[d], &ignored_line, NULL);
          HeaderGuess guess = { line_start, line, delimiters[d], mt_table_score_header (row, mapping) };

          /* Without any recognised header, the first line with the most
           * cells is shown for mapping. */
          if (!best.score.has_name && best.score.score == 0 && line == 1 && row->cells->len > most_cells)
            {
              most_cells = row->cells->len;
              best.delimiter = delimiters[d];
            }
          if (mt_table_better_header (guess.score, best.score))
            best = guess;
          mt_sheet_row_free (row);
        }

      line_start = line_end < end ? line_end + 1 : end;
    }

  return best;
}

/* (transfer none) (nullable): the next row, until the next call */
static const MtSheetRow *
next_row (MtTableRowSource *source)
{
  if (source->rows != NULL)
    return source->next < source->rows->len ? g_ptr_array_index (source->rows, source->next++) : NULL;
  g_clear_pointer (&source->current, mt_sheet_row_free);
  if (source->p >= source->end)
    return NULL;
  source->current = read_record (&source->p, source->end, source->delimiter, &source->line, &source->too_wide);
  return source->current;
}

/* A count cell (FORMATS.md §4): "1044", "1 044" with any space, "23,5" or
 * "23.5" (refused here: counts are whole), and "-", "—", "–" or empty for
 * unknown. */
static gboolean
parse_count (const char  *cell,
             gint64      *count,
             const char **message)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (const char *p = cell; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_blank (c))
        continue;
      g_string_append_unichar (text, c == ',' ? '.' : c);
    }

  if (text->len == 0 || g_str_equal (text->str, "-") || g_str_equal (text->str, "—") ||
      g_str_equal (text->str, "–"))
    {
      *count = MT_COUNT_UNKNOWN;
      return TRUE;
    }
  /* Decided from the digits as written: "1,0000000000000000001" is a
   * fraction, a count of 30 digits out of range (mt_count_from_text()). */
  return mt_count_from_text (text->str, count, message);
}

typedef struct
{
  MtDataset *dataset;
  int columns[MT_TABLE_FIELD_EXCLUDED + 1];  /* the column of each field, or -1 */
  const Row *header;
  gboolean per_organization;
  gboolean ids_are_oktmo;  /* the code column says «ОКТМО» */
  GHashTable *municipalities;  /* per-organisation tables: key → MtRecord */
} Table;

static const char *
cell_of (const Table  *table,
         const Row    *row,
         MtTableField  field)
{
  int column = table->columns[field];

  return column < 0 ? "" : mt_sheet_row_cell (row, column);
}

static void
read_count_cell (Table        *table,
                 const Row    *row,
                 MtRecord     *record,
                 MtTableField  field,
                 gint64       *count)
{
  const char *message = NULL;

  if (table->columns[field] < 0)
    return;
  if (!parse_count (cell_of (table, row, field), count, &message))
    {
      *count = MT_COUNT_UNKNOWN;
      mt_dataset_reject_row (table->dataset, record,
                             mt_sheet_row_cell (table->header, table->columns[field]), message);
    }
}

/* The totals' names are short: a longer name is folded only as far as
 * "итого" (asked of every row, where most names are long). */
#define LONGEST_TOTAL 48

static gboolean
is_total (const char *cell)
{
  g_autofree char *key = NULL;

  if (strlen (cell) > LONGEST_TOTAL)
    {
      g_autofree char *start = g_utf8_substring (cell, 0, 5);

      key = g_utf8_casefold (start, -1);
      return g_str_equal (key, "итого");
    }
  key = mt_table_normalize_header (cell);
  return g_strv_contains (totals, key) || g_str_has_prefix (key, "итого");
}

/* "Итого" (or "Всего", "Total") in the name, or in the first filled cell
 * when the name is left empty, as in merged cells. */
static gboolean
is_totals_row (const Row  *row,
               const char *name)
{
  if (*name != '\0')
    return is_total (name);

  for (guint c = 0; c < row->cells->len; c++)
    {
      g_autofree char *cell = NULL;

      if (is_blank_text (mt_sheet_row_cell (row, c)))
        continue;
      cell = trim (mt_sheet_row_cell (row, c));
      return is_total (cell);
    }
  return FALSE;
}

/* A row's code. An OKTMO code is 8 or 11 digits; a spreadsheet that
 * kept it as a number (Excel, and its CSV) dropped the leading zero of
 * regions 01-08, which is put back, so that the code matches the same
 * municipality's in other files and in the history. */
static char *
id_of (Table     *table,
       const Row *row)
{
  char *id = trim (cell_of (table, row, MT_TABLE_FIELD_MUNICIPALITY_ID));
  gsize length = strlen (id);

  if (table->ids_are_oktmo && (length == 7 || length == 10) && strspn (id, "0123456789") == length)
    {
      char *padded = g_strconcat ("0", id, NULL);

      g_free (id);
      return padded;
    }
  return id;
}

/* In a per-organisation table, the municipality an organisation names,
 * created the first time it is named. */
static char *
municipality_of (Table     *table,
                 const Row *row)
{
  g_autofree char *id = id_of (table, row);
  g_autofree char *name = trim (cell_of (table, row, MT_TABLE_FIELD_MUNICIPALITY));
  const char *key = *id != '\0' ? id : name;
  MtRecord *municipality;

  if (*key == '\0')
    return NULL;

  municipality = g_hash_table_lookup (table->municipalities, key);
  if (municipality == NULL)
    {
      municipality = mt_record_new ();
      municipality->id = *id != '\0' ? g_strdup (id) : NULL;
      municipality->name = g_strdup (*name != '\0' ? name : id);
      municipality->where = g_strdup_printf (_("line %u"), row->number);
      municipality->teachers_missing = municipality->students_missing = TRUE;
      mt_dataset_add_municipality (table->dataset, municipality);
      g_hash_table_insert (table->municipalities, g_strdup (key), municipality);
    }
  return g_strdup (key);
}

/* Spreadsheets (and Metodist's own CSV) write a quote before text that
 * would otherwise read as a formula; the quote is not part of the name. */
static char *
text_cell (const char *cell)
{
  char *text = trim (cell);

  if (text[0] == '\'' && strchr ("=+-@\t\r", text[1]) != NULL && text[1] != '\0')
    memmove (text, text + 1, strlen (text));
  return text;
}

static void
read_row (Table     *table,
          const Row *row)
{
  MtTableField name_field = table->per_organization ? MT_TABLE_FIELD_ORGANIZATION
                                                    : MT_TABLE_FIELD_MUNICIPALITY;
  g_autofree char *name = text_cell (cell_of (table, row, name_field));
  g_autofree char *id = id_of (table, row);
  g_autofree char *excluded = trim (cell_of (table, row, MT_TABLE_FIELD_EXCLUDED));
  gboolean empty = TRUE;
  MtRecord *record;

  for (guint c = 0; c < row->cells->len && empty; c++)
    empty = is_blank_text (mt_sheet_row_cell (row, c));
  if (empty || is_totals_row (row, name))
    return;

  record = mt_record_new ();
  record->where = g_strdup_printf (_("line %u"), row->number);
  if (*excluded != '\0')
    mt_dataset_reject_row (table->dataset, record, NULL, excluded);

  if (table->per_organization)
    {
      record->name = g_strdup (name);
      record->municipality = municipality_of (table, row);
      if (record->municipality == NULL)
        mt_dataset_reject_row (table->dataset, record, _("municipality"), _("missing"));
    }
  else
    {
      record->id = *id != '\0' ? g_strdup (id) : NULL;
      record->name = g_strdup (*name != '\0' ? name : id);
      read_count_cell (table, row, record, MT_TABLE_FIELD_ORGANIZATIONS, &record->organizations);
    }
  if (record->name == NULL || *record->name == '\0')
    {
      g_free (record->name);
      record->name = g_strdup (record->where);
      mt_dataset_reject_row (table->dataset, record, _("name"), _("missing"));
    }

  read_count_cell (table, row, record, MT_TABLE_FIELD_TEACHERS_ACTIVE, &record->teachers.active);
  read_count_cell (table, row, record, MT_TABLE_FIELD_TEACHERS_TOTAL, &record->teachers.total);
  read_count_cell (table, row, record, MT_TABLE_FIELD_STUDENTS_ACTIVE, &record->students.active);
  read_count_cell (table, row, record, MT_TABLE_FIELD_STUDENTS_TOTAL, &record->students.total);

  for (guint part = 0; part < 2; part++)
    {
      MtCounts *counts = part == 0 ? &record->teachers : &record->students;

      g_autofree char *text = mt_counts_check (counts);

      if (text != NULL)
        mt_dataset_reject_row (table->dataset, record,
                               part == 0 ? _("teachers") : _("students"), text);
    }

  if (table->per_organization)
    mt_dataset_add_organization (table->dataset, record);
  else
    mt_dataset_add_municipality (table->dataset, record);
}

/* The user's choice for a column, if any, else what Metodist knows its
 * header for. @mapped says whether the choice was the user's. */
static MtTableField
field_of_column (const char *header,
                 const char *key,
                 GHashTable *mapping,
                 gboolean   *mapped)
{
  gpointer value;

  *mapped = FALSE;
  if (mapping != NULL && g_hash_table_lookup_extended (mapping, key, NULL, &value))
    {
      *mapped = TRUE;
      return GPOINTER_TO_INT (value);
    }
  return mt_table_field_for_header (header);
}

static MtTableColumn *
column_new (const char *header,
            const char *key,
            guint       index)
{
  MtTableColumn *column = g_new0 (MtTableColumn, 1);

  column->header = trim (header);
  column->key = g_strdup (key);
  column->letter = column_letter (index);
  return column;
}

/* The first few values of each column to ask about, so that two columns
 * of the same header can be told apart. */
#define N_SAMPLES 3

static void
take_samples (GPtrArray  *to_ask,
              GArray     *indexes,
              const Row  *row,
              GPtrArray **samples)
{
  for (guint a = 0; a < to_ask->len; a++)
    {
      guint c = g_array_index (indexes, guint, a);
      g_autofree char *value = trim (mt_sheet_row_cell (row, c));

      if (*value != '\0' && samples[a]->len < N_SAMPLES)
        g_ptr_array_add (samples[a], g_utf8_substring (value, 0, MIN (g_utf8_strlen (value, -1), 24)));
    }
}

static void
finish_samples (GPtrArray  *to_ask,
                GPtrArray **samples)
{
  for (guint a = 0; a < to_ask->len; a++)
    {
      MtTableColumn *column = g_ptr_array_index (to_ask, a);

      g_ptr_array_add (samples[a], NULL);
      column->samples = (GStrv) g_ptr_array_free (samples[a], FALSE);
      samples[a] = NULL;
    }
}

static void
set_too_wide_table (GError **error)
{
  g_autofree char *columns = mt_format_count (MAX_TABLE_COLUMNS);

  g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
               _("The table has more than %s columns, more than a spreadsheet holds."), columns);
}

/**
 * mt_table_read_rows:
 * @source: the rows after the header
 * @header_row: the header
 * @titles: (nullable): the lines above the header, for the period, the
 *   region and the demo label
 *
 * What mt_table_read_asking() and mt_table_read_sheet() share once the
 * header is found; mt_table_read_asking() says the rest.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_table_read_rows (MtTableRowSource  *source,
                    const MtSheetRow  *header_row,
                    const char        *titles,
                    GHashTable        *mapping,
                    GPtrArray        **to_ask,
                    GError           **error)
{
  g_autoptr(GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) asking = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_table_column_free);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_table_column_free);
  g_autoptr(GArray) asking_at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) chosen_at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) municipalities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(MtDataset) dataset = mt_dataset_new ();
  GPtrArray **samples = NULL;
  Table table = { 0 };
  const Row *row;
  guint rows_read = 0;

  if (source->too_wide)
    {
      set_too_wide_table (error);
      return NULL;
    }
  table.dataset = dataset;
  table.header = header_row;
  table.municipalities = municipalities;
  for (guint f = 0; f < G_N_ELEMENTS (table.columns); f++)
    table.columns[f] = -1;

  for (guint c = 0; c < header_row->cells->len; c++)
    {
      const char *cell = mt_sheet_row_cell (header_row, c);
      g_autofree char *normalized = mt_table_normalize_header (cell);
      guint occurrence = GPOINTER_TO_UINT (g_hash_table_lookup (seen, normalized)) + 1;
      g_autofree char *key = column_key (cell, occurrence);
      g_autofree char *trimmed = trim (cell);
      gboolean mapped;
      MtTableField field = field_of_column (cell, key, mapping, &mapped);

      g_hash_table_replace (seen, g_steal_pointer (&normalized), GUINT_TO_POINTER (occurrence));
      if (field == MT_TABLE_FIELD_UNKNOWN && *trimmed != '\0')
        {
          g_ptr_array_add (asking, column_new (cell, key, c));
          g_array_append_val (asking_at, c);
          g_ptr_array_add (unknown, g_steal_pointer (&trimmed));
        }
      else
        {
          if (mapped)
            {
              g_ptr_array_add (chosen, column_new (cell, key, c));
              g_array_append_val (chosen_at, c);
            }
          if (field > MT_TABLE_FIELD_IGNORE && table.columns[field] < 0)
            table.columns[field] = c;
        }
    }
  g_ptr_array_add (unknown, NULL);
  mt_dataset_set_unknown_headers (dataset, (const char * const *) unknown->pdata);

  if (table.columns[MT_TABLE_FIELD_MUNICIPALITY] < 0 &&
      table.columns[MT_TABLE_FIELD_ORGANIZATION] < 0 &&
      table.columns[MT_TABLE_FIELD_MUNICIPALITY_ID] < 0)
    {
      /* The user's earlier choices are asked again, with the new columns. */
      g_ptr_array_extend_and_steal (asking, g_steal_pointer (&chosen));
      g_array_append_vals (asking_at, chosen_at->data, chosen_at->len);
      samples = g_new0 (GPtrArray *, asking->len + 1);
      for (guint a = 0; a < asking->len; a++)
        samples[a] = g_ptr_array_new ();
      for (guint r = 0; r < N_SAMPLES && (row = next_row (source)) != NULL; r++)
        take_samples (asking, asking_at, row, samples);
      finish_samples (asking, samples);
      g_free (samples);
      if (to_ask != NULL)
        *to_ask = g_steal_pointer (&asking);
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_HEADERS,
                           _("The table has no column of municipality or organisation names "
                             "that Metodist recognises (such as “Муниципалитет”)."));
      return NULL;
    }
  table.per_organization = table.columns[MT_TABLE_FIELD_ORGANIZATION] >= 0;
  if (table.columns[MT_TABLE_FIELD_MUNICIPALITY_ID] >= 0)
    {
      g_autofree char *id_header = mt_table_normalize_header (
        mt_sheet_row_cell (header_row, table.columns[MT_TABLE_FIELD_MUNICIPALITY_ID]));

      table.ids_are_oktmo = g_str_equal (id_header, "октмо") || g_str_equal (id_header, "oktmo");
    }

  /* A line above the header that says the data is a demo (as Metodist's
   * own exports of the demo do) keeps it labelled; the title names the
   * region and the period, when it does. */
  if (titles != NULL && *titles != '\0')
    {
      g_autofree char *region = mt_table_title_region (titles);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *folded = g_utf8_casefold (titles, -1);

      /* Any case: the workbook's title says "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ". */
      mt_dataset_set_is_demo (dataset, strstr (folded, "демонстрационные данные") != NULL ||
                                       strstr (folded, "demo data") != NULL);
      if (region != NULL)
        mt_dataset_set_region (dataset, region);
      if (mt_table_title_period (titles, &from, &to))
        mt_dataset_set_period (dataset, from, to);
    }

  samples = g_new0 (GPtrArray *, asking->len + 1);
  for (guint a = 0; a < asking->len; a++)
    samples[a] = g_ptr_array_new ();
  while ((row = next_row (source)) != NULL)
    {
      if (source->too_wide || mt_dataset_is_full (dataset))
        {
          finish_samples (asking, samples);
          g_free (samples);
          if (source->too_wide)
            set_too_wide_table (error);
          else
            mt_load_error_set_too_many_rows (error);
          return NULL;
        }
      if (rows_read++ < N_SAMPLES)
        take_samples (asking, asking_at, row, samples);
      read_row (&table, row);
    }
  finish_samples (asking, samples);
  g_free (samples);

  if (mt_dataset_get_municipalities (dataset)->len == 0 &&
      mt_dataset_get_organizations (dataset)->len == 0)
    {
      /* With the user's choices, the rows may be what they got wrong: they
       * are asked again (their first values are not sampled here). */
      for (guint c = 0; c < chosen->len; c++)
        {
          MtTableColumn *column = g_ptr_array_index (chosen, c);

          column->samples = g_new0 (char *, 1);
        }
      g_ptr_array_extend_and_steal (asking, g_steal_pointer (&chosen));
      if (to_ask != NULL)
        *to_ask = g_steal_pointer (&asking);
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_NO_ROWS,
                           _("The table has a header but no rows."));
      return NULL;
    }
  if (to_ask != NULL)
    *to_ask = g_steal_pointer (&asking);

  mt_dataset_reject_repeats (dataset, table.per_organization ? mt_dataset_get_organizations (dataset)
                                                             : mt_dataset_get_municipalities (dataset));
  mt_dataset_aggregate (dataset);
  return g_steal_pointer (&dataset);
}

/**
 * mt_table_read_asking:
 * @bytes: a table as read from a file, standard input or the clipboard
 * @mapping: (nullable) (element-type utf8 MtTableField): what columns hold,
 *   by column key (#MtTableColumn), chosen by the user for headers Metodist
 *   does not recognise
 * @to_ask: (out) (optional) (transfer full) (element-type MtTableColumn):
 *   the columns to ask the user about: those neither recognised nor
 *   chosen; and when the choices made leave no column of names, every
 *   column the user chose for, so that a choice that no longer works is
 *   asked again rather than failing for ever
 * @error: return location for a #MT_LOAD_ERROR
 *
 * Loads a table of municipalities, or of organisations (summed into their
 * municipalities), by FORMATS.md §4. Rows with problems are kept out of the
 * rating with their reason; a totals row is skipped. A table whose columns
 * include no names fails with %MT_LOAD_ERROR_HEADERS, and @to_ask tells the
 * window what to ask about.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_table_read_asking (GBytes      *bytes,
                      GHashTable  *mapping,
                      GPtrArray  **to_ask,
                      GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *titles = NULL;
  MtTableRowSource source = { 0 };
  HeaderGuess header;
  const char *end;
  MtSheetRow *header_row;
  MtDataset *dataset;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (to_ask != NULL)
    *to_ask = NULL;

  text = decode (bytes, error);
  if (text == NULL)
    return NULL;
  end = text + strlen (text);
  if (text[strspn (text, " \t\r\n")] == '\0')
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY, _("The document is empty."));
      return NULL;
    }

  /* More lines than a spreadsheet has rows (with its titles and header):
   * refused before a row is read, as the rows would fill the memory. */
  {
    gsize lines = 0;

    for (const char *p = memchr (text, '\n', end - text); p != NULL && lines <= MAX_TABLE_LINES + MT_TABLE_MAX_TITLE_LINES;
         p = memchr (p + 1, '\n', end - p - 1))
      lines++;
    if (lines > MAX_TABLE_LINES + MT_TABLE_MAX_TITLE_LINES)
      {
        mt_load_error_set_too_many_rows (error);
        return NULL;
      }
  }
  header = find_header (text, end, mapping);
  titles = g_strndup (text, header.start - text);
  source.p = header.start;
  source.end = end;
  source.delimiter = header.delimiter;
  source.line = header.line;
  header_row = read_record (&source.p, end, header.delimiter, &source.line, &source.too_wide);
  dataset = mt_table_read_rows (&source, header_row, titles, mapping, to_ask, error);
  g_clear_pointer (&source.current, mt_sheet_row_free);
  mt_sheet_row_free (header_row);
  return dataset;
}

/**
 * mt_table_read:
 * @bytes: a table as read from a file, standard input or the clipboard
 * @mapping: (nullable) (element-type utf8 MtTableField): the user's choices,
 *   as mt_table_read_asking() takes them
 * @unknown_headers: (out) (optional) (transfer full): the headers of the
 *   columns to ask about (mt_table_read_asking()), also when the load fails
 * @error: return location for a #MT_LOAD_ERROR
 *
 * mt_table_read_asking() for callers that only need the headers.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_table_read (GBytes      *bytes,
               GHashTable  *mapping,
               GStrv       *unknown_headers,
               GError     **error)
{
  g_autoptr(GPtrArray) to_ask = NULL;
  MtDataset *dataset = mt_table_read_asking (bytes, mapping, &to_ask, error);

  if (unknown_headers != NULL)
    {
      g_autoptr(GStrvBuilder) headers = g_strv_builder_new ();

      for (guint i = 0; to_ask != NULL && i < to_ask->len; i++)
        g_strv_builder_add (headers, ((MtTableColumn *) g_ptr_array_index (to_ask, i))->header);
      *unknown_headers = g_strv_builder_end (headers);
    }
  return dataset;
}
