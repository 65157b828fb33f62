/* SPDX-License-Identifier: GPL-3.0-or-later
 * metodist-xls-reader.c: reads an Excel 97-2003 workbook with FreeXL, in
 * a process of its own, and writes its cells on standard output
 *
 *   metodist-xls-reader FILE.xls
 *
 * FreeXL 1.0.6 (Debian 12) reads past its buffers on crafted files (a
 * fuzzer found a heap overflow in freexl_open() within a minute), so
 * Metodist never runs it in its own process: this one does, with its
 * memory and time bounded, and mt-xls-workbook.c reads what it writes. A
 * crash here is a file Metodist cannot read, never a crash of the window.
 *
 * Standard output, one record a line, fields between tabs, text with
 * "\\", "\t", "\n" and "\r" escaped:
 *   S  index  name             a worksheet, in order
 *   C  sheet  row  column  n  number   a cell (rows, columns from 0)
 *   C  sheet  row  column  t  text
 *   C  sheet  row  column  d  YYYY-MM-DD[ hh:mm:ss]
 * Exit status: 0 read, 1 the file cannot be read, 2 a wrong command line,
 * 3 a password, 4 sheets with room for more cells than Metodist reads.
 */
#define G_LOG_DOMAIN "metodist-xls-reader"

#include "config.h"

#include <freexl.h>
#include <glib.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

enum
{
  READ = 0,
  UNREADABLE = 1,
  USAGE = 2,
  PASSWORD = 3,
  TOO_LARGE = 4,
};

/* As MT_SHEET_MAX_CELLS: the sheets may have room for this many cells. */
#define MAX_CELLS 4000000
/* Bounds of this process: what reading the largest such workbook takes,
 * with room; a crafted file that wants more is stopped. */
#define MAX_MEMORY ((rlim_t) 1536 * 1024 * 1024)
#define MAX_SECONDS 60

static void
put_escaped (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
        fputs ("\\\\", stdout);
        break;
      case '\t':
        fputs ("\\t", stdout);
        break;
      case '\n':
        fputs ("\\n", stdout);
        break;
      case '\r':
        fputs ("\\r", stdout);
        break;
      default:
        putchar (*p);
      }
}

static void
bound_self (void)
{
  struct rlimit memory = { MAX_MEMORY, MAX_MEMORY };
  struct rlimit cpu = { MAX_SECONDS, MAX_SECONDS };

#if defined(__SANITIZE_ADDRESS__)
  /* AddressSanitizer (the test suite's second build) maps terabytes of
   * shadow memory: no bound on the address space under it. */
  (void) memory;
#else
  setrlimit (RLIMIT_AS, &memory);
#endif
  setrlimit (RLIMIT_CPU, &cpu);
  /* Waiting on nothing is bounded too. */
  alarm (MAX_SECONDS);
}

/* FALSE with the exit status for a password or too many cells. */
static gboolean
check_metadata (const char *path,
                int        *status)
{
  const void *info = NULL;
  unsigned int value = 0, n_sheets = 0;
  guint64 cells = 0;

  if (freexl_open_info (path, &info) != FREEXL_OK || info == NULL)
    {
      *status = UNREADABLE;
      return FALSE;
    }
  if (freexl_get_info (info, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK && value == FREEXL_BIFF_OBFUSCATED)
    {
      freexl_close (info);
      *status = PASSWORD;
      return FALSE;
    }
  if (freexl_get_info (info, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK)
    n_sheets = 0;
  for (unsigned int i = 0; i < n_sheets && i <= G_MAXUINT16; i++)
    {
      unsigned int rows = 0;
      unsigned short columns = 0;

      if (freexl_select_active_worksheet (info, (unsigned short) i) == FREEXL_OK &&
          freexl_worksheet_dimensions (info, &rows, &columns) == FREEXL_OK)
        cells += (guint64) rows * columns;
    }
  freexl_close (info);
  if (cells > MAX_CELLS)
    {
      *status = TOO_LARGE;
      return FALSE;
    }
  return TRUE;
}

static void
put_cell (unsigned int            sheet,
          unsigned int            row,
          unsigned short          column,
          const FreeXL_CellValue *value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  switch (value->type)
    {
    case FREEXL_CELL_INT:
      printf ("C\t%u\t%u\t%u\tn\t%d\n", sheet, row, column, value->value.int_value);
      break;
    case FREEXL_CELL_DOUBLE:
      printf ("C\t%u\t%u\t%u\tn\t%s\n", sheet, row, column,
              g_ascii_formatd (number, sizeof number, "%.17g", value->value.double_value));
      break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      if (value->value.text_value == NULL || *value->value.text_value == '\0')
        break;
      printf ("C\t%u\t%u\t%u\t%c\t", sheet, row, column,
              value->type == FREEXL_CELL_DATE || value->type == FREEXL_CELL_DATETIME ? 'd' : 't');
      put_escaped (value->value.text_value);
      putchar ('\n');
      break;
    default:
      break;
    }
}

int
main (int   argc,
      char *argv[])
{
  const void *handle = NULL;
  unsigned int n_sheets = 0;
  int status = READ;

  if (argc != 2)
    {
      fprintf (stderr, "usage: metodist-xls-reader FILE.xls\n");
      return USAGE;
    }
  bound_self ();
  if (!check_metadata (argv[1], &status))
    return status;
  if (freexl_open (argv[1], &handle) != FREEXL_OK || handle == NULL ||
      freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK)
    return UNREADABLE;

  for (unsigned int i = 0; i < n_sheets && i <= G_MAXUINT16; i++)
    {
      const char *name = NULL;

      if (freexl_get_worksheet_name (handle, (unsigned short) i, &name) != FREEXL_OK || name == NULL)
        name = "";
      printf ("S\t%u\t", i);
      put_escaped (name);
      putchar ('\n');
    }
  for (unsigned int i = 0; i < n_sheets && i <= G_MAXUINT16; i++)
    {
      unsigned int rows = 0;
      unsigned short columns = 0;

      if (freexl_select_active_worksheet (handle, (unsigned short) i) != FREEXL_OK ||
          freexl_worksheet_dimensions (handle, &rows, &columns) != FREEXL_OK)
        return UNREADABLE;
      for (unsigned int r = 0; r < rows; r++)
        for (unsigned short c = 0; c < columns; c++)
          {
            FreeXL_CellValue value;

            if (freexl_get_cell_value (handle, r, c, &value) == FREEXL_OK)
              put_cell (i, r, c, &value);
          }
    }
  freexl_close (handle);
  return fflush (stdout) == 0 ? READ : UNREADABLE;
}
