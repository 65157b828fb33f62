/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-limits.h: the bounds every input is held to */
#pragma once

/* FORMATS.md §6: a body larger than this once decoded is refused. */
#define MT_MAX_DOCUMENT_SIZE (64 * 1024 * 1024)

/* Rows of municipalities and organisations one document may hold: five
 * times the about 40,000 schools of the whole country, the largest real
 * document. Each row read costs about 1 KB, whatever its length in the
 * source (its record, its rating row, its problem), so this bounds the
 * memory a document of many tiny rows can take (issue 16). */
#define MT_MAX_ROWS 200000

/* FORMATS.md §1: counts are whole numbers from 0 to this. */
#define MT_MAX_COUNT G_GINT64_CONSTANT (1000000000)
