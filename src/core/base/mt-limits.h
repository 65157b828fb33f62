/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-limits.h: the bounds every input is held to */
#pragma once

/* FORMATS.md §6: a body larger than this once decoded is refused. */
#define MT_MAX_DOCUMENT_SIZE (64 * 1024 * 1024)

/* FORMATS.md §1: counts are whole numbers from 0 to this. */
#define MT_MAX_COUNT G_GINT64_CONSTANT (1000000000)
