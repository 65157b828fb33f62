/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-materials-page-private.h: what the materials page's files share */
#pragma once

#include "mt-catalog.h"
#include "mt-feed.h"
#include "mt-fetcher.h"
#include "mt-materials-page.h"

G_BEGIN_DECLS

/* Everything below is shared by the page's own files only. */

struct _MtMaterialsPage
{
  AdwBin parent_instance;

  GSettings *settings;
  MtCatalog *catalog;
  char *source_key;            /* "demo", or the address or file it came from */
  char *seen_before;           /* when the user last saw this catalog, or NULL */
  MtMaterial *selected;
  MtFetcher *fetcher;          /* the application's: downloads */
  MtFeed *feed;                /* the catalog, wherever from */
  gboolean busy;               /* as last told */
  char *search_key;            /* case-folded */

  GCancellable *download;      /* of the download under way */
  GPtrArray *printable;        /* the catalog's materials for the handout */
  GCancellable *handout;       /* of the handout being written */
  GtkFileChooserNative *chooser;

  GtkRevealer *offline_revealer;
  GtkLabel *offline_label;
  GtkStack *stack;
  AdwStatusPage *failed_page;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *demo_label;
  GtkButton *refresh_button;
  GtkSearchEntry *search_entry;
  AdwLeaflet *leaflet;
  GtkWidget *list_pane;
  GtkWidget *details_pane;
  GtkButton *back_button;
  GtkBox *groups_box;
  GtkCustomFilter *kind_filters[MT_MATERIAL_N_KINDS];  /* that kind, matching the search */
  GtkFilterListModel *kind_models[MT_MATERIAL_N_KINDS];
  GtkWidget *kind_groups[MT_MATERIAL_N_KINDS];          /* a heading and a list box each */
  GtkWidget *no_materials_label;
  GtkWidget *no_match_page;
  GtkStack *details_stack;
  GtkLabel *details_title;
  GtkLabel *details_facts;
  GtkLabel *details_description;
  GtkLabel *details_link;
  GtkBox *download_box;
  GtkProgressBar *download_progress;
  GtkBox *actions_box;
};

void mt_materials_page_toast               (MtMaterialsPage *self,
                                            AdwToast        *toast);
void mt_materials_page_update_actions      (MtMaterialsPage *self);
void mt_materials_page_update_busy         (MtMaterialsPage *self);
void mt_materials_page_actions_class_init  (GtkWidgetClass  *widget_class);

G_END_DECLS
