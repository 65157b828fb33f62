/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-editor.c: the catalog editor, opened from the Materials
 * page after a search and a look at a material's details: editing an
 * item (a refused address, stages, removal with Undo, order), the guard
 * on closing, the draft restored after a "crash" and one set aside when
 * corrupt, and saving what loads again */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mt-catalog-draft.h"
#include "mt-catalog-editor.h"
#include "mt-catalog-reader.h"
#include "mt-format.h"
#include "mt-materials-page.h"
#include "test-folders.h"
#include "window-harness.h"

#define RECOMMENDATIONS "Методические рекомендации по использованию VK мессенджера в образовательном процессе"

static char *draft_path;

static gboolean
page_idle (gpointer data)
{
  return mt_materials_page_get_catalog (data) != NULL && !mt_materials_page_get_busy (data);
}

static gboolean
page_not_busy (gpointer data)
{
  return !mt_materials_page_get_busy (data);
}

static gboolean
page_shows_saved (gpointer data)
{
  MtCatalog *catalog = page_idle (data) ? mt_materials_page_get_catalog (data) : NULL;
  MtMaterial *material = catalog != NULL ? mt_catalog_find_material (catalog, "recommendations") : NULL;

  return material != NULL && g_str_equal (mt_material_get_title (material), "Методические рекомендации, 2024");
}

static gboolean
draft_holds (gpointer data)
{
  g_autofree char *text = NULL;

  return g_file_get_contents (draft_path, &text, NULL, NULL) && strstr (text, data) != NULL;
}

static gpointer editor_alive;   /* weak: set while an editor exists */

static gboolean
editor_gone (gpointer data)
{
  return find_toplevel_of_type (MT_TYPE_CATALOG_EDITOR) == NULL;
}

static gboolean
window_gone (gpointer data)
{
  return find_toplevel_of_type (MT_TYPE_WINDOW) == NULL;
}

static gboolean
editor_finalized (gpointer data)
{
  return editor_alive == NULL;
}

/* Gone from the screen, and finalised: nothing kept it. */
static void
wait_editor_finalized (const char *what)
{
  wait_for (editor_gone, NULL, what);
  wait_until (editor_finalized, NULL, what);
}

static MtCatalogEditor *
open_editor (MtMaterialsPage *page)
{
  MtCatalogEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (page), "materials.edit-catalog", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_CATALOG_EDITOR), "the catalog editor");
  editor = MT_CATALOG_EDITOR (find_toplevel_of_type (MT_TYPE_CATALOG_EDITOR));
  wait_for (is_drawn, editor, "the catalog editor drawn");
  wait_for_frame (GTK_WIDGET (editor));
  editor_alive = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &editor_alive);
  return editor;
}

/* Types @iso_date into a field as the user's locale writes dates. */
static void
set_date (MtCatalogEditor *editor,
          const char      *name,
          const char      *iso_date)
{
  g_autofree char *typed = mt_format_iso_date (iso_date);
  GtkWidget *field = find_child_named (GTK_WIDGET (editor), name);

  g_assert_nonnull (field);
  gtk_editable_set_text (GTK_EDITABLE (field), typed);
}

static void
set_field (MtCatalogEditor *editor,
           const char      *name,
           const char      *text)
{
  GtkWidget *field = find_child_named (GTK_WIDGET (editor), name);

  g_assert_nonnull (field);
  gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static MtMaterial *
editor_material (MtCatalogEditor *editor,
                 const char      *id)
{
  return mt_catalog_find_material (mt_catalog_editor_get_catalog (editor), id);
}

static MtEvent *
editor_event (MtCatalogEditor *editor,
              guint            i)
{
  g_autoptr(MtEvent) event = g_list_model_get_item (
    G_LIST_MODEL (mt_catalog_get_events (mt_catalog_editor_get_catalog (editor))), i);

  return event;  /* the catalog keeps it */
}

static const char *
problem_shown (MtCatalogEditor *editor,
               const char      *name)
{
  GtkWidget *label = find_child_named (GTK_WIDGET (editor), name);

  /* Shown: visible, and (for the notice) its revealer open. */
  return gtk_widget_get_visible (label) && gtk_widget_get_child_visible (gtk_widget_get_parent (label))
         ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* The closing guard's dialog, answered with @response: after closing the
 * editor, or after the application's Quit when @quit. */
static void
answer_guard (MtCatalogEditor *editor,
              gboolean         quit,
              const char      *response)
{
  AdwMessageDialog *dialog;

  if (quit)
    g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  else
    gtk_window_close (GTK_WINDOW (editor));
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the unsaved-changes dialog");
  dialog = ADW_MESSAGE_DIALOG (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "save-changes-dialog");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  wait_for (is_drawn, dialog, "the dialog drawn");
  wait_for_frame (GTK_WIDGET (dialog));
  if (!quit && g_str_equal (response, "cancel"))
    save_screenshot (GTK_WIDGET (dialog), "editor-close-guard");
  adw_message_dialog_response (dialog, response);
}

static gboolean
folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static gboolean
leaflet_still (gpointer data)
{
  return !adw_leaflet_get_child_transition_running (data);
}

/* In a phone-sized window the list and a form take turns. */
static void
check_narrow (MtCatalogEditor *editor)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (find_child_of_type (GTK_WIDGET (editor), ADW_TYPE_LEAFLET));

  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 700);
  wait_for (folded, leaflet, "the editor folded");
  wait_for (leaflet_still, leaflet, "the list in place");
  /* Folding has an animation of its own, with nothing to ask about it. */
  settle_for (500);
  g_assert_true (gtk_widget_is_ancestor (find_child_named (GTK_WIDGET (editor), "editor-sidebar"),
                                         adw_leaflet_get_visible_child (leaflet)));
  save_screenshot (GTK_WIDGET (editor), "editor-narrow-list");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.select", "s", "material:presentation");
  wait_for (leaflet_still, leaflet, "the form in place");
  wait_for_frame (GTK_WIDGET (editor));
  g_assert_true (gtk_widget_is_ancestor (find_child_named (GTK_WIDGET (editor), "material-title"),
                                         adw_leaflet_get_visible_child (leaflet)));
  save_screenshot (GTK_WIDGET (editor), "editor-narrow-form");
  assert_controls_named (GTK_WIDGET (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.back", NULL);
  wait_for_transitions (GTK_WIDGET (editor));
  g_assert_true (gtk_widget_is_ancestor (find_child_named (GTK_WIDGET (editor), "editor-sidebar"),
                                         adw_leaflet_get_visible_child (leaflet)));
}

/* An item's fields: what is refused, what is taken. */
static void
edit_material (MtCatalogEditor *editor)
{
  MtMaterial *material;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.select", "s", "material:recommendations");
  material = editor_material (editor, "recommendations");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_child_named (GTK_WIDGET (editor), "material-title"))),
                   ==, RECOMMENDATIONS);

  set_field (editor, "material-title", "Методические рекомендации, 2024");
  g_assert_cmpstr (mt_material_get_title (material), ==, "Методические рекомендации, 2024");
  g_assert_true (mt_catalog_editor_get_dirty (editor));

  /* A bad address is refused with the reason; the good one stays. */
  set_field (editor, "material-url", "javascript:alert(1)");
  g_assert_cmpstr (mt_material_get_url (material), ==, "https://example.org/recommendations.pdf");
  g_assert_true (gtk_widget_has_css_class (find_child_named (GTK_WIDGET (editor), "material-url"), "error"));
  g_assert_nonnull (problem_shown (editor, "material-problem"));
  g_assert_nonnull (strstr (problem_shown (editor, "material-problem"), "javascript"));
  save_screenshot (GTK_WIDGET (editor), "editor-material-refused");
  assert_controls_named (GTK_WIDGET (editor));

  set_field (editor, "material-url", "https://example.org/recommendations-2024.pdf");
  g_assert_cmpstr (mt_material_get_url (material), ==, "https://example.org/recommendations-2024.pdf");
  g_assert_null (problem_shown (editor, "material-problem"));

  /* Dates as the user's locale writes them; a day no month has is told
   * as such, not as a misshapen date. */
  set_field (editor, "material-updated", russian ? "31.02.2024" : "02/31/2024");
  g_assert_nonnull (strstr (problem_shown (editor, "material-problem"),
                            expected ("there is no such date", "такой даты нет")));
  set_field (editor, "material-updated", "вчера");
  g_assert_nonnull (strstr (problem_shown (editor, "material-problem"),
                            expected ("not a date like", "не дата вида")));
  /* Every refused field is listed, under the form, not only the last. */
  set_field (editor, "material-url", "javascript:alert(2)");
  g_assert_nonnull (strstr (problem_shown (editor, "material-problem"), "javascript"));
  g_assert_nonnull (strstr (problem_shown (editor, "material-problem"), expected ("not a date", "не дата")));
  {
    GtkWidget *problem = find_child_named (GTK_WIDGET (editor), "material-problem");

    /* Below every field: growing, it moves none of them. */
    g_assert_null (gtk_widget_get_next_sibling (problem));
  }
  /* Save refuses before any file is chosen, the reason whole. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save-as", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the refusal");
  {
    GtkWindow *refusal = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (refusal)), ==, "not-saved-dialog");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (refusal)), "javascript:alert(2)"));
    g_assert_null (find_toplevel_of_type (GTK_TYPE_FILE_CHOOSER_DIALOG));
    wait_for (is_drawn, refusal, "the refusal drawn");
    wait_for_frame (GTK_WIDGET (refusal));
    save_screenshot (GTK_WIDGET (refusal), "editor-not-saved");
    close_dialog (refusal);
  }
  set_field (editor, "material-url", "https://example.org/recommendations-2024.pdf");
  set_date (editor, "material-updated", "2024-01-15");
  g_assert_cmpstr (mt_material_get_updated (material), ==, "2024-01-15");
  g_assert_null (problem_shown (editor, "material-problem"));
}

/* Stages: added, refused when they end before they start, removed. */
static void
edit_event (MtCatalogEditor *editor)
{
  MtEvent *contest = editor_event (editor, 0);
  GtkTextView *nominations;
  GPtrArray *links;
  GtkWidget *form;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.select", "s", "event:contest");
  form = find_child_named (GTK_WIDGET (editor), "event-title");
  g_assert_cmpuint (mt_event_get_stages (contest)->len, ==, 3);
  gtk_widget_activate_action (form, "event-form.add-stage", NULL);
  g_assert_cmpuint (mt_event_get_stages (contest)->len, ==, 4);
  set_field (editor, "stage-title-3", "Награждение");
  set_date (editor, "stage-from-3", "2024-02-05");
  set_date (editor, "stage-to-3", "2024-02-01");
  g_assert_nonnull (problem_shown (editor, "event-problem"));
  g_assert_cmpstr (g_array_index (mt_event_get_stages (contest), MtStage, 3).title, ==, "Награждение");
  set_date (editor, "stage-to-3", "2024-02-06");
  g_assert_null (problem_shown (editor, "event-problem"));
  g_assert_cmpstr (g_array_index (mt_event_get_stages (contest), MtStage, 3).to, ==, "2024-02-06");
  save_screenshot (GTK_WIDGET (editor), "editor-event");
  assert_controls_named (GTK_WIDGET (editor));
  gtk_widget_activate_action (form, "event-form.move", "(sui)", "stage", 3, -1);
  g_assert_cmpstr (g_array_index (mt_event_get_stages (contest), MtStage, 2).title, ==, "Награждение");
  gtk_widget_activate_action (form, "event-form.remove", "(su)", "stage", 2);
  g_assert_cmpuint (mt_event_get_stages (contest)->len, ==, 3);

  /* Links: a new one needs an address, a data: one is refused. */
  links = mt_event_get_links (contest);
  g_assert_cmpuint (links->len, ==, 2);
  gtk_widget_activate_action (form, "event-form.add-link", NULL);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_nonnull (problem_shown (editor, "event-problem"));
  set_field (editor, "link-title-2", "Итоги конкурса");
  set_field (editor, "link-url-2", "data:text/html,<b>итоги</b>");
  g_assert_nonnull (problem_shown (editor, "event-problem"));
  g_assert_null (((MtLink *) g_ptr_array_index (links, 2))->url);
  set_field (editor, "link-url-2", "https://example.org/results");
  g_assert_null (problem_shown (editor, "event-problem"));
  g_assert_cmpstr (((MtLink *) g_ptr_array_index (links, 2))->url, ==, "https://example.org/results");
  gtk_widget_activate_action (form, "event-form.move", "(sui)", "link", 2, -1);
  g_assert_cmpstr (((MtLink *) g_ptr_array_index (links, 1))->title, ==, "Итоги конкурса");
  gtk_widget_activate_action (form, "event-form.remove", "(su)", "link", 1);
  g_assert_cmpuint (links->len, ==, 2);

  /* Nominations, one a line; blank lines are no nominations. */
  nominations = GTK_TEXT_VIEW (find_child_named (GTK_WIDGET (editor), "event-nominations"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (nominations), "Чат «Учительская»\n\n«Классный чат»\n", -1);
  g_assert_cmpuint (mt_event_get_nominations (contest)->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (mt_event_get_nominations (contest), 1), ==, "«Классный чат»");
}

/* The meeting's notices: added, a link refused, moved, removed. */
static void
edit_notices (MtCatalogEditor *editor)
{
  GPtrArray *notices = mt_catalog_get_notices (mt_catalog_editor_get_catalog (editor));
  GtkWidget *form;
  GtkTextView *text;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.select", "s", "meeting");
  form = find_child_named (GTK_WIDGET (editor), "add-notice");
  g_assert_cmpuint (notices->len, ==, 1);
  gtk_widget_activate_action (form, "notices-form.add", NULL);
  g_assert_cmpuint (notices->len, ==, 2);
  set_field (editor, "notice-title-1", "Переход на MAX");
  text = GTK_TEXT_VIEW (find_child_named (GTK_WIDGET (editor), "notice-text-1"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text), "С 1 сентября — в MAX.", -1);
  set_field (editor, "notice-url-1", "javascript:void(0)");
  g_assert_nonnull (problem_shown (editor, "notices-problem"));
  g_assert_null (((MtNotice *) g_ptr_array_index (notices, 1))->url);
  set_field (editor, "notice-url-1", "https://example.org/max");
  g_assert_null (problem_shown (editor, "notices-problem"));
  g_assert_cmpstr (((MtNotice *) g_ptr_array_index (notices, 1))->text, ==, "С 1 сентября — в MAX.");
  g_assert_cmpstr (((MtNotice *) g_ptr_array_index (notices, 1))->url, ==, "https://example.org/max");
  save_screenshot (GTK_WIDGET (editor), "editor-notices");
  assert_controls_named (GTK_WIDGET (editor));
  gtk_widget_activate_action (form, "notices-form.move", "(sui)", "notice", 1, -1);
  g_assert_cmpstr (((MtNotice *) g_ptr_array_index (notices, 0))->title, ==, "Переход на MAX");
  gtk_widget_activate_action (form, "notices-form.move", "(sui)", "notice", 0, 1);
  gtk_widget_activate_action (form, "notices-form.remove", "(su)", "notice", 0);
  g_assert_cmpuint (notices->len, ==, 1);
  g_assert_cmpstr (((MtNotice *) g_ptr_array_index (notices, 0))->title, ==, "Переход на MAX");
}

/* Items removed with Undo, and moved. */
static void
edit_list (MtCatalogEditor *editor)
{
  GListModel *materials = G_LIST_MODEL (mt_catalog_get_materials (mt_catalog_editor_get_catalog (editor)));
  guint n = g_list_model_get_n_items (materials);
  g_autoptr(MtMaterial) first = NULL;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.select", "s", "material:presentation");
  /* A title that is not markup, in the toast that tells of its removal. */
  set_field (editor, "material-title", "Презентация & план <b>");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove", NULL);
  wait_for (toast_shown, editor, "the removal's toast");
  g_assert_cmpuint (g_list_model_get_n_items (materials), ==, n - 1);
  g_assert_null (editor_material (editor, "presentation"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo-remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (materials), ==, n);
  g_assert_nonnull (editor_material (editor, "presentation"));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.move-down", NULL);
  first = g_list_model_get_item (materials, 1);
  g_assert_cmpstr (mt_material_get_id (first), ==, "presentation");
  set_field (editor, "material-title", "Презентация совещания");
}

static void
test_editor (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *folder = g_dir_make_tmp ("metodist-editor-XXXXXX", NULL);
  g_autofree char *saved_path = g_build_filename (folder, "каталог & план <1>.json", NULL);
  g_autofree char *saved_text = NULL;
  MtWindow *window;
  MtMaterialsPage *page;
  MtCatalogEditor *editor;
  GtkWidget *search;

  g_settings_set_string (settings, "last-page", "materials");
  window = open_window ();
  page = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  wait_until_idle (page, "the demo catalog");

  /* Found by the search, its details opened. */
  search = find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "рекомендац");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (mt_materials_page_count_shown (page, NULL), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.select", "s", "recommendations");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (page), "details-title"))), ==,
                   RECOMMENDATIONS);

  /* The editor, on a copy of the demo, labelled so. */
  editor = open_editor (page);
  g_assert_false (mt_catalog_editor_get_dirty (editor));
  g_assert_null (problem_shown (editor, "editor-notice"));
  g_assert_true (gtk_widget_get_visible (find_child_named (GTK_WIDGET (editor), "editor-demo-label")));
  g_assert_true (mt_catalog_editor_get_catalog (editor) != mt_materials_page_get_catalog (page));
  save_screenshot (GTK_WIDGET (editor), "editor-meeting");
  assert_controls_named (GTK_WIDGET (editor));
  edit_material (editor);
  edit_event (editor);
  edit_notices (editor);
  edit_list (editor);
  /* The page's catalog is untouched until the catalog is published. */
  g_assert_cmpstr (mt_material_get_title (mt_catalog_find_material (mt_materials_page_get_catalog (page),
                                                                   "recommendations")), ==, RECOMMENDATIONS);

  /* Not saved while a field is refused. */
  set_field (editor, "material-title", "  ");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save-to", "s", saved_path);
  g_assert_false (g_file_test (saved_path, G_FILE_TEST_EXISTS));
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the refusal");
  close_dialog (g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG)));
  set_field (editor, "material-title", mt_material_get_title (editor_material (editor, "presentation")));

  /* The guard: closing asks, and Cancel keeps everything. */
  wait_for (draft_holds, "recommendations-2024.pdf", "the draft");
  answer_guard (editor, FALSE, "cancel");
  g_assert_true (toplevel_shown (GSIZE_TO_POINTER (MT_TYPE_CATALOG_EDITOR)));
  g_assert_true (mt_catalog_editor_get_dirty (editor));
  /* Quit asks too, and Cancel stops it: every window stays. */
  answer_guard (editor, TRUE, "cancel");
  g_assert_true (toplevel_shown (GSIZE_TO_POINTER (MT_TYPE_CATALOG_EDITOR)));
  g_assert_true (toplevel_shown (GSIZE_TO_POINTER (MT_TYPE_WINDOW)));
  g_assert_true (mt_catalog_editor_get_dirty (editor));

  /* A crash: the window goes without asking; the draft stays and is
   * restored by the next editor. */
  gtk_window_destroy (GTK_WINDOW (editor));
  wait_editor_finalized ("the editor gone");
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  editor = open_editor (page);
  g_assert_true (mt_catalog_editor_get_dirty (editor));
  g_assert_cmpstr (mt_material_get_url (editor_material (editor, "recommendations")), ==,
                   "https://example.org/recommendations-2024.pdf");
  g_assert_true (gtk_widget_get_visible (find_child_named (GTK_WIDGET (editor), "editor-demo-label")));
  g_assert_nonnull (problem_shown (editor, "editor-notice"));
  g_assert_null (problem_shown (editor, "material-problem"));
  save_screenshot (GTK_WIDGET (editor), "editor-restored");

  /* Saved: it loads again as edited; the draft is gone; closing asks
   * nothing; the Materials page, set to read that file, shows it. */
  g_settings_set_string (settings, "catalog-source", saved_path);
  /* The file is not there yet: the page says so, and no longer shows the
   * demo as if it were that file's. */
  wait_for (page_not_busy, page, "the page trying the file not yet saved");
  g_assert_null (mt_materials_page_get_catalog (page));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save-to", "s", saved_path);
  g_assert_false (mt_catalog_editor_get_dirty (editor));
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (saved_path, &saved_text, NULL, NULL));
  {
    g_autoptr(GBytes) bytes = g_bytes_new (saved_text, strlen (saved_text));
    g_autoptr(GError) error = NULL;
    g_autoptr(MtCatalog) again = mt_catalog_load (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (mt_catalog_get_problems (again)->len, ==, 0);
    g_assert_cmpstr (mt_material_get_title (mt_catalog_find_material (again, "recommendations")), ==,
                     "Методические рекомендации, 2024");
    g_assert_cmpuint (mt_catalog_get_notices (again)->len, ==, 1);
    g_assert_cmpstr (((MtNotice *) g_ptr_array_index (mt_catalog_get_notices (again), 0))->url, ==,
                     "https://example.org/max");
  }
  wait_for (page_shows_saved, page, "the saved catalog on the Materials page");
  g_assert_false (mt_catalog_get_is_demo (mt_materials_page_get_catalog (page)));
  check_narrow (editor);
  gtk_window_close (GTK_WINDOW (editor));
  wait_editor_finalized ("the saved editor closed");

  /* Discard from the guard: no draft is left. */
  editor = open_editor (page);
  set_field (editor, "meeting-title", "Совещание 14.12.2023");
  wait_for (draft_holds, "14.12.2023", "the draft of the meeting");
  answer_guard (editor, FALSE, "discard");
  wait_editor_finalized ("the discarded editor closed");
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));

  /* A corrupt draft is set aside, said, and the catalog shown instead. */
  g_assert_true (g_file_set_contents (draft_path, "{\"format\": \"metodist-catalog\", \"vers", -1, NULL));
  editor = open_editor (page);
  g_assert_false (mt_catalog_editor_get_dirty (editor));
  g_assert_nonnull (strstr (problem_shown (editor, "editor-notice"), "catalog-draft.json.corrupt-"));
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  {
    g_autofree char *draft_folder = g_path_get_dirname (draft_path);
    g_autofree char *names = test_list_folder (draft_folder);

    g_assert_nonnull (strstr (names, "catalog-draft.json.corrupt-"));
    save_screenshot (GTK_WIDGET (editor), "editor-draft-set-aside");
    test_remove_folder (draft_folder);
  }
  /* Quit with unsaved changes, discarded: the editor closes, then the
   * quit goes on and the main window closes too, leaving no draft. */
  set_field (editor, "meeting-title", "Совещание 21.12.2023");
  answer_guard (editor, TRUE, "discard");
  wait_editor_finalized ("the editor closed by Quit");
  wait_for (window_gone, NULL, "the main window closed by Quit");
  g_assert_finalize_object (window);
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));

  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "catalog-seen");
  g_settings_reset (settings, "catalog-source");
  test_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MtCatalogDraft) draft = NULL;
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;
  draft = mt_catalog_draft_new_default ();
  draft_path = g_strdup (mt_catalog_draft_get_path (draft));
  /* A draft from an earlier run would be restored. */
  mt_catalog_draft_remove (draft);

  g_test_add_func ("/metodist/window/editor", test_editor);
  status = g_test_run ();

  g_object_unref (app);
  g_free (draft_path);
  return status;
}
