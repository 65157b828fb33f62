/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-check.h: what every rated dataset must hold, whatever it was read
 * from: the fuzz targets' shared invariants */
#pragma once

#include "mt-dataset.h"

void fuzz_check_rated (MtDataset *dataset);
