/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-dialog.c: which slides, in what order, which municipalities to
 * stand out and on which screen: chosen before the deck starts
 *
 * The parts of the deck, each on or off and moved up or down; the
 * municipalities to stand out, by name or code; the screen, when there
 * are several (the one the window is not on: the projector). Remembered
 * in the settings ("deck-parts", "deck-focus"); the first time, the
 * catalog's order (its "deck" section) or every part. "Start" shows the
 * deck full screen; "Save as PDF…" writes the same slides. */
#define G_LOG_DOMAIN "mt-deck-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-deck-dialog.h"
#include "mt-deck.h"

typedef struct
{
  MtDeckSection section;
  gboolean included;
} Part;

struct _MtDeckDialog
{
  AdwWindow parent_instance;

  GSettings *settings;
  GArray *parts;               /* of Part, in the deck's order */
  AdwPreferencesGroup *parts_group;
  GPtrArray *part_rows;        /* the rows shown, to remove on a move */
  AdwEntryRow *focus_row;
  GtkLabel *focus_unknown;     /* the names the rating lacks: not marked */
  guint focus_check;           /* checks them once typing pauses */
  MtRating *rating;            /* (nullable): the one the focus is found in */
  AdwComboRow *screen_row;
  GtkProgressBar *progress;
  GtkLabel *notice;
  GtkWidget *notice_group;     /* the notice's, first in the page: it scrolls with it */
  AdwPreferencesGroup *options;
  GCancellable *cancellable;   /* of the PDF being saved: cancelled when the dialog goes */
};

G_DEFINE_FINAL_TYPE (MtDeckDialog, mt_deck_dialog, ADW_TYPE_WINDOW)

enum
{
  START,
  SAVE_PDF,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rebuild_parts (MtDeckDialog *self);

/* Nothing to show, nothing to start or save. */
static void
update_actions (MtDeckDialog *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->parts->len; i++)
    any = any || g_array_index (self->parts, Part, i).included;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deck-dialog.start", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deck-dialog.save-pdf",
                                 any && !gtk_widget_get_visible (GTK_WIDGET (self->progress)));
}

/* Saved as ["title", "-chart", …]: every part in order, "-" when left out. */
static void
save_parts (MtDeckDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < self->parts->len; i++)
    {
      const Part *part = &g_array_index (self->parts, Part, i);
      g_autofree char *name = g_strconcat (part->included ? "" : "-", mt_deck_section_to_string (part->section),
                                           NULL);

      g_strv_builder_add (builder, name);
    }
  names = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "deck-parts", (const char *const *) names);
}

static void
load_parts (MtDeckDialog *self,
            GArray       *catalog_order)
{
  g_auto(GStrv) saved = g_settings_get_strv (self->settings, "deck-parts");
  gboolean seen[MT_DECK_N_SECTIONS] = { FALSE };

  for (guint i = 0; saved[i] != NULL; i++)
    {
      gboolean included = saved[i][0] != '-';
      Part part = { 0, included };

      if (mt_deck_section_from_string (saved[i] + (included ? 0 : 1), &part.section) && !seen[part.section])
        {
          seen[part.section] = TRUE;
          g_array_append_val (self->parts, part);
        }
    }
  /* The catalog's order first, then the rest: off when the catalog's
   * order leaves them out, on otherwise. */
  for (guint i = 0; catalog_order != NULL && i < catalog_order->len; i++)
    {
      Part part = { g_array_index (catalog_order, MtDeckSection, i), TRUE };

      if (!seen[part.section])
        {
          seen[part.section] = TRUE;
          g_array_append_val (self->parts, part);
        }
    }
  for (MtDeckSection s = 0; s < MT_DECK_N_SECTIONS; s++)
    if (!seen[s])
      {
        Part part = { s, catalog_order == NULL };

        g_array_append_val (self->parts, part);
      }
}

static void
included_toggled_cb (GtkCheckButton *check,
                     MtDeckDialog   *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "part"));

  g_array_index (self->parts, Part, index).included = gtk_check_button_get_active (check);
  save_parts (self);
  update_actions (self);
}

static void
move (MtDeckDialog *self,
      guint         index,
      int           by)
{
  Part part = g_array_index (self->parts, Part, index);

  if ((by < 0 && index == 0) || (by > 0 && index + 1 >= self->parts->len))
    return;
  g_array_remove_index (self->parts, index);
  g_array_insert_val (self->parts, index + by, part);
  save_parts (self);
  rebuild_parts (self);
}

static void
up_clicked_cb (GtkButton    *button,
               MtDeckDialog *self)
{
  move (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "part")), -1);
}

static void
down_clicked_cb (GtkButton    *button,
                 MtDeckDialog *self)
{
  move (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "part")), 1);
}

static GtkWidget *
move_button (const char *icon,
             const char *tooltip,
             guint       index,
             gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "part", GUINT_TO_POINTER (index));
  return button;
}

static void
rebuild_parts (MtDeckDialog *self)
{
  for (guint i = 0; i < self->part_rows->len; i++)
    adw_preferences_group_remove (self->parts_group, g_ptr_array_index (self->part_rows, i));
  g_ptr_array_set_size (self->part_rows, 0);

  for (guint i = 0; i < self->parts->len; i++)
    {
      const Part *part = &g_array_index (self->parts, Part, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *up = move_button ("go-up-symbolic", _("Move Up"), i, i > 0);
      GtkWidget *down = move_button ("go-down-symbolic", _("Move Down"), i, i + 1 < self->parts->len);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mt_deck_section_label (part->section));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), part->included);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "part", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (included_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (up, "clicked", G_CALLBACK (up_clicked_cb), self);
      g_signal_connect (down, "clicked", G_CALLBACK (down_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
      gtk_widget_set_name (row, mt_deck_section_to_string (part->section));
      adw_preferences_group_add (self->parts_group, row);
      g_ptr_array_add (self->part_rows, row);
    }
}

/* Names typed that the rating lacks are said under the row, as the
 * command line warns of them: else a mistyped name is silently not
 * marked (from a user's try). Without a rating nothing is said: the
 * notice already says the rating's slides are left out. */
static void
update_focus_unknown (MtDeckDialog *self)
{
  g_auto(GStrv) focus = mt_deck_dialog_get_focus (self);
  g_auto(GStrv) unknown = self->rating != NULL ? mt_deck_focus_unknown (self->rating, (const char *const *) focus)
                                               : NULL;
  g_autofree char *names = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->focus_unknown), unknown != NULL && unknown[0] != NULL);
  if (unknown == NULL || unknown[0] == NULL)
    return;
  names = g_strjoinv (", ", unknown);
  /* TRANSLATORS: under the municipalities to stand out: those typed that
   * the rating has no municipality of */
  text = g_strdup_printf (_("Not in the rating (not marked): %s"), names);
  gtk_label_set_label (self->focus_unknown, text);
}

static gboolean
focus_check_cb (gpointer data)
{
  MtDeckDialog *self = data;

  self->focus_check = 0;
  update_focus_unknown (self);
  return G_SOURCE_REMOVE;
}

static void
focus_changed_cb (AdwEntryRow  *row,
                  MtDeckDialog *self)
{
  g_auto(GStrv) focus = mt_deck_dialog_get_focus (self);

  g_settings_set_strv (self->settings, "deck-focus", (const char *const *) focus);
  /* Once typing pauses: a name half typed is not yet unknown (from
   * review: the warning came and went with each letter). */
  g_clear_handle_id (&self->focus_check, g_source_remove);
  self->focus_check = g_timeout_add (600, focus_check_cb, self);
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[START], 0);
}

static void
save_pdf_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_signal_emit (widget, signals[SAVE_PDF], 0);
}

static void
mt_deck_dialog_dispose (GObject *object)
{
  MtDeckDialog *self = MT_DECK_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->rating);
  g_clear_handle_id (&self->focus_check, g_source_remove);
  G_OBJECT_CLASS (mt_deck_dialog_parent_class)->dispose (object);
}

static void
mt_deck_dialog_finalize (GObject *object)
{
  MtDeckDialog *self = MT_DECK_DIALOG (object);

  g_array_unref (self->parts);
  g_ptr_array_unref (self->part_rows);
  G_OBJECT_CLASS (mt_deck_dialog_parent_class)->finalize (object);
}

static void
mt_deck_dialog_class_init (MtDeckDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mt_deck_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = mt_deck_dialog_finalize;
  gtk_widget_class_install_action (widget_class, "deck-dialog.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "deck-dialog.save-pdf", NULL, save_pdf_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  signals[START] = g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);
  signals[SAVE_PDF] = g_signal_new ("save-pdf", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
}

/* "Screen 2 — 1920 × 1080", for the screens connected; @own, the main
 * window's, says so (from a user's try: which one was the laptop?). */
static GtkStringList *
screens (GdkDisplay *display,
         GdkMonitor *own)
{
  GListModel *monitors = gdk_display_get_monitors (display);
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle area;
      g_autofree char *name = NULL;

      gdk_monitor_get_geometry (monitor, &area);
      /* TRANSLATORS: a screen to show the deck on: its number and size */
      if (monitor == own)
        /* TRANSLATORS: the screen the main window is on, its number and size */
        name = g_strdup_printf (_("Screen %u — %d × %d, this window’s"), i + 1, area.width, area.height);
      else
        name = g_strdup_printf (_("Screen %u — %d × %d"), i + 1, area.width, area.height);
      gtk_string_list_append (names, name);
    }
  return names;
}

static void
mt_deck_dialog_init (MtDeckDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("Save as _PDF…"));
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *options = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) screen_names = screens (gdk_display_get_default (), NULL);

  self->parts = g_array_new (FALSE, FALSE, sizeof (Part));
  self->part_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();

  gtk_widget_add_css_class (start, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "deck-dialog.start");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "deck-dialog.save-pdf");
  /* Start in the header; Save as PDF under the slides, so that the title
   * keeps its room at a narrow width (a user saw «Пре…»). */
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), start);
  gtk_box_append (GTK_BOX (box), header);

  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->progress), "osd");
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress));

  self->notice = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->notice, TRUE);
  gtk_label_set_xalign (self->notice, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->notice), "warning");
  gtk_widget_set_name (GTK_WIDGET (self->notice), "deck-notice");
  gtk_widget_set_visible (GTK_WIDGET (self->notice), FALSE);
  /* In the page, first, scrolling with it (from a user's try: above the
   * page, the rows scrolled under it at a narrow width). */
  self->notice_group = adw_preferences_group_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->notice_group), GTK_WIDGET (self->notice));
  gtk_widget_set_visible (self->notice_group, FALSE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->notice_group));

  self->options = options;
  adw_preferences_group_set_title (options, _("Focus and Screen"));
  adw_preferences_group_set_description (options,
                                         _("Municipalities to stand out: their names or codes, with commas between."));
  self->focus_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->focus_row),
                                 _("Municipalities to stand out"));
  gtk_widget_set_name (GTK_WIDGET (self->focus_row), "focus-row");
  /* Enter after the names starts the deck, as elsewhere in the dialog. */
  adw_entry_row_set_activates_default (self->focus_row, TRUE);
  adw_preferences_group_add (options, GTK_WIDGET (self->focus_row));
  self->focus_unknown = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->focus_unknown, TRUE);
  gtk_label_set_wrap_mode (self->focus_unknown, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->focus_unknown, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->focus_unknown), "warning");
  gtk_widget_set_name (GTK_WIDGET (self->focus_unknown), "focus-unknown");
  gtk_widget_set_visible (GTK_WIDGET (self->focus_unknown), FALSE);
  self->screen_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->screen_row), _("Screen"));
  adw_combo_row_set_model (self->screen_row, G_LIST_MODEL (screen_names));
  gtk_widget_set_name (GTK_WIDGET (self->screen_row), "screen-row");
  gtk_widget_set_visible (GTK_WIDGET (self->screen_row), g_list_model_get_n_items (G_LIST_MODEL (screen_names)) > 1);
  adw_preferences_group_add (options, GTK_WIDGET (self->screen_row));
  /* Under the rows: a group puts what is not a row after its list. */
  adw_preferences_group_add (options, GTK_WIDGET (self->focus_unknown));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), options);

  self->parts_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->parts_group, _("Slides"));
  adw_preferences_group_set_description (self->parts_group,
                                         _("The deck follows the catalog and the rating as they change."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->parts_group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  gtk_widget_set_halign (save, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (save, "pill");
  gtk_widget_set_margin_top (save, 6);
  gtk_widget_set_margin_bottom (save, 18);
  gtk_box_append (GTK_BOX (box), save);

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("Meeting Presentation"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_widget_set_name (GTK_WIDGET (self), "deck-dialog");
  /* Enter starts, as the dialog is for, each time it is shown (a save
   * left the focus on its button). */
  gtk_window_set_default_widget (GTK_WINDOW (self), start);
  g_signal_connect_object (self, "show", G_CALLBACK (gtk_widget_grab_focus), start, G_CONNECT_SWAPPED);
}

/**
 * mt_deck_dialog_new:
 * @catalog_order: (nullable) (element-type MtDeckSection): the catalog's
 *   "deck" order, for the first time
 *
 * Returns: (transfer none): the dialog, owned by GTK
 */
MtDeckDialog *
mt_deck_dialog_new (GtkWindow *parent,
                    GSettings *settings,
                    GArray    *catalog_order)
{
  MtDeckDialog *self = g_object_new (MT_TYPE_DECK_DIALOG, "transient-for", parent, NULL);
  g_auto(GStrv) focus = g_settings_get_strv (settings, "deck-focus");
  g_autofree char *focus_text = g_strjoinv (", ", focus);

  self->settings = g_object_ref (settings);
  load_parts (self, catalog_order);
  rebuild_parts (self);
  update_actions (self);
  gtk_editable_set_text (GTK_EDITABLE (self->focus_row), focus_text);
  g_signal_connect (self->focus_row, "changed", G_CALLBACK (focus_changed_cb), self);
  return self;
}

/* Returns: (transfer full) (element-type MtDeckSection): the parts on, in order */
GArray *
mt_deck_dialog_get_sections (MtDeckDialog *self)
{
  GArray *sections = g_array_new (FALSE, FALSE, sizeof (MtDeckSection));

  for (guint i = 0; i < self->parts->len; i++)
    if (g_array_index (self->parts, Part, i).included)
      g_array_append_val (sections, g_array_index (self->parts, Part, i).section);
  return sections;
}

/* Returns: (transfer full): the names or codes typed, trimmed, none empty */
GStrv
mt_deck_dialog_get_focus (MtDeckDialog *self)
{
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->focus_row)), ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

/* Returns: (transfer full) (nullable): the screen chosen, when there are several */
GdkMonitor *
mt_deck_dialog_get_monitor (MtDeckDialog *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  guint selected = adw_combo_row_get_selected (self->screen_row);

  if (g_list_model_get_n_items (monitors) < 2 || selected >= g_list_model_get_n_items (monitors))
    return NULL;
  return g_list_model_get_item (monitors, selected);
}

/**
 * mt_deck_dialog_set_progress:
 * @fraction: the PDF's pages written, 0 to 1; below 0 when not saving
 */
void
mt_deck_dialog_set_progress (MtDeckDialog *self,
                             double        fraction)
{
  /* Saving until told it is over (-1): the last page drawn is not yet
   * the file written. */
  gboolean saving = fraction >= 0;

  gtk_widget_set_visible (GTK_WIDGET (self->progress), saving);
  if (saving)
    gtk_progress_bar_set_fraction (self->progress, fraction);
  update_actions (self);
}

/**
 * mt_deck_dialog_set_notice:
 * @notice: (nullable): what the deck will lack and how to give it, or
 *   what was done
 * @warning: a warning (orange), or news (green: "Saved …")
 *
 * Said in the dialog itself: a toast on the main window is behind it.
 */
void
mt_deck_dialog_set_notice (MtDeckDialog *self,
                           const char   *notice,
                           gboolean      warning)
{
  g_return_if_fail (MT_IS_DECK_DIALOG (self));
  gtk_label_set_label (self->notice, notice != NULL ? notice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice), notice != NULL);
  gtk_widget_set_visible (self->notice_group, notice != NULL);
  if (warning)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->notice), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->notice), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->notice), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->notice), "success");
    }
}

/**
 * mt_deck_dialog_refresh_screens:
 * @main_window: the window the dialog is opened from
 *
 * The screens connected now (a projector plugged in since is offered);
 * the one chosen first is one the main window is not on: the projector.
 */
void
mt_deck_dialog_refresh_screens (MtDeckDialog *self,
                                GtkWindow    *main_window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (main_window));
  GdkMonitor *own = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
  g_autoptr(GtkStringList) names = screens (display, own);
  guint n = g_list_model_get_n_items (monitors);
  guint chosen = 0;

  g_return_if_fail (MT_IS_DECK_DIALOG (self));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        {
          chosen = i;
          break;
        }
    }
  adw_combo_row_set_model (self->screen_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->screen_row, chosen);
  gtk_widget_set_visible (GTK_WIDGET (self->screen_row), n > 1);
  /* A screen to choose only with two (a user looked for it). */
  adw_preferences_group_set_title (self->options, n > 1 ? _("Focus and Screen") : _("Focus"));
}

/**
 * mt_deck_dialog_set_rating:
 * @rating: (nullable): the rating the deck is made from now
 *
 * The names to stand out are looked for in it.
 */
void
mt_deck_dialog_set_rating (MtDeckDialog *self,
                           MtRating     *rating)
{
  g_return_if_fail (MT_IS_DECK_DIALOG (self));
  g_set_object (&self->rating, rating);
  update_focus_unknown (self);
}

/* Returns: (transfer none): cancelled when the dialog goes: a save of its deck stops */
GCancellable *
mt_deck_dialog_get_cancellable (MtDeckDialog *self)
{
  g_return_val_if_fail (MT_IS_DECK_DIALOG (self), NULL);
  return self->cancellable;
}
