/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-editor-private.h: what the catalog editor's files share */
#pragma once

#include "mt-catalog-draft.h"
#include "mt-catalog-editor.h"
#include "mt-event-form.h"
#include "mt-material-form.h"
#include "mt-notices-form.h"

G_BEGIN_DECLS

struct _MtCatalogEditor
{
  AdwWindow parent_instance;

  MtCatalog *catalog;          /* the copy being edited */
  char *saved_json;            /* the catalog as last saved, or as it came */
  MtCatalogDraft *draft;
  gboolean draft_failing;      /* told the user; quiet until a write works */
  gboolean dirty;              /* changed since saved_json */
  GFile *saved_file;           /* where "Save" writes without asking */
  gboolean close_after_save;
  gboolean quit_when_closed;   /* the application's quit waits on us */
  gboolean filling;
  GObject *selected;           /* a material, an event, or NULL for the meeting */
  GObject *removed;            /* the last item removed, for Undo */
  guint removed_position;
  GtkFileChooserNative *chooser;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkLabel *demo_label;
  GtkRevealer *notice_revealer;
  GtkLabel *notice_label;
  GtkButton *notice_discard_button;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar_pane;
  GtkWidget *form_pane;
  GtkButton *back_button;
  GtkListBox *sidebar;
  GtkStack *forms;
  AdwEntryRow *meeting_title_row;
  AdwEntryRow *meeting_date_row;
  AdwEntryRow *catalog_title_row;
  AdwEntryRow *organization_row;
  GtkLabel *meeting_problem_label;
  GtkButton *save_button;
  guint header_tick;             /* the header follows the leaflet's fold */
  MtNoticesForm *notices_form;
  MtMaterialForm *material_form;
  MtEventForm *event_form;
};

void        mt_catalog_editor_toast         (MtCatalogEditor *self,
                                             AdwToast        *toast);
void        mt_catalog_editor_changed       (MtCatalogEditor *self);
void        mt_catalog_editor_show_catalog  (MtCatalogEditor *self,
                                             MtCatalog       *catalog);
void        mt_catalog_editor_update_title  (MtCatalogEditor *self);
void        mt_catalog_editor_emit_saved    (MtCatalogEditor *self,
                                             GFile           *file);
void        mt_catalog_editor_notice        (MtCatalogEditor *self,
                                             const char      *text,
                                             gboolean         can_discard);
const char *mt_catalog_editor_form_problem  (MtCatalogEditor *self);

void mt_catalog_editor_save_activated    (GtkWidget *widget, const char *action_name, GVariant *parameter);
void mt_catalog_editor_save_as_activated (GtkWidget *widget, const char *action_name, GVariant *parameter);
void mt_catalog_editor_save_to_activated (GtkWidget *widget, const char *action_name, GVariant *parameter);
void mt_catalog_editor_discard_activated (GtkWidget *widget, const char *action_name, GVariant *parameter);
gboolean mt_catalog_editor_close_request (GtkWindow *window);
void mt_catalog_editor_restore_draft     (MtCatalogEditor *self);

G_END_DECLS
