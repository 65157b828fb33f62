/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slide.c: one slide of the meeting's deck, as data */
#define G_LOG_DOMAIN "mt-slide"

#include "config.h"

#include "mt-slide.h"

static void
clear_code (MtSlideCode *code)
{
  g_free (code->caption);
  mt_qr_code_free (code->code);
  g_free (code);
}

static void
clear_row (MtSlideRow *row)
{
  g_free (row->name);
}

static void
clear_stage (MtSlideStage *stage)
{
  g_free (stage->title);
  g_free (stage->dates);
}

static void
clear_group (MtSlideGroup *group)
{
  g_free (group->label);
  g_ptr_array_unref (group->titles);
  g_free (group);
}

MtSlide *
mt_slide_new (MtSlideKind    kind,
              MtDeckSection  section,
              const char    *key,
              const char    *title)
{
  MtSlide *slide = g_new0 (MtSlide, 1);

  slide->kind = kind;
  slide->section = section;
  slide->key = g_strdup (key);
  slide->title = g_strdup (title != NULL ? title : "");
  slide->codes = g_ptr_array_new_with_free_func ((GDestroyNotify) clear_code);
  slide->rows = g_array_new (FALSE, TRUE, sizeof (MtSlideRow));
  g_array_set_clear_func (slide->rows, (GDestroyNotify) clear_row);
  slide->stages = g_array_new (FALSE, TRUE, sizeof (MtSlideStage));
  g_array_set_clear_func (slide->stages, (GDestroyNotify) clear_stage);
  slide->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) clear_group);
  slide->items = g_ptr_array_new_with_free_func (g_free);
  slide->page = slide->pages = 1;
  return slide;
}

void
mt_slide_free (MtSlide *slide)
{
  if (slide == NULL)
    return;
  g_free (slide->key);
  g_free (slide->title);
  g_free (slide->subtitle);
  g_free (slide->body);
  g_ptr_array_unref (slide->codes);
  g_array_unref (slide->rows);
  g_array_unref (slide->stages);
  g_ptr_array_unref (slide->groups);
  g_ptr_array_unref (slide->items);
  g_free (slide);
}

/**
 * mt_slide_add_code:
 * @url: an address that may be opened (checked by the catalog)
 * @caption: (nullable): what it is
 *
 * Returns: %FALSE when no code holds @url (too long for any QR code):
 *   the slide then shows none
 */
gboolean
mt_slide_add_code (MtSlide    *slide,
                   const char *url,
                   const char *caption)
{
  MtQrCode *code = mt_qr_code_new (url, MT_QR_LEVEL_M, NULL);
  MtSlideCode *slide_code;

  if (code == NULL)
    return FALSE;
  slide_code = g_new0 (MtSlideCode, 1);
  slide_code->caption = g_strdup (caption);
  slide_code->code = code;
  g_ptr_array_add (slide->codes, slide_code);
  return TRUE;
}

/* @row: copied, its name too */
void
mt_slide_add_row (MtSlide          *slide,
                  const MtSlideRow *row)
{
  MtSlideRow copy = *row;

  copy.name = g_strdup (row->name);
  g_array_append_val (slide->rows, copy);
}

void
mt_slide_add_stage (MtSlide      *slide,
                    const char   *title,
                    const char   *dates,
                    MtStageState  state,
                    int           days_left)
{
  MtSlideStage stage = { g_strdup (title), g_strdup (dates), state, days_left };

  g_array_append_val (slide->stages, stage);
}

/* @titles: (element-type utf8) (transfer none): referenced */
void
mt_slide_add_group (MtSlide    *slide,
                    const char *label,
                    GPtrArray  *titles)
{
  MtSlideGroup *group = g_new0 (MtSlideGroup, 1);

  group->label = g_strdup (label);
  group->titles = g_ptr_array_ref (titles);
  g_ptr_array_add (slide->groups, group);
}
