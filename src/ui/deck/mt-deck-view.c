/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-view.c: one slide of the deck, filling the widget
 *
 * A slide is drawn once per size into a texture (mt_slide_draw (), the
 * same as the PDF), and the slides either side of it are drawn ahead in
 * idle time: a step to the next slide shows a texture already made and
 * costs no frame. A new deck (new data) or a new size draws them again.
 * Black is a black screen, as a projector's "blank" key gives. */
#define G_LOG_DOMAIN "mt-deck-view"

#include "config.h"

#include "mt-deck-view.h"
#include "mt-slide-draw.h"

struct _MtDeckView
{
  GtkWidget parent_instance;

  MtDeck *deck;
  guint index;
  gboolean black;
  GHashTable *textures;  /* slide index → GdkTexture, at the size below */
  int width, height, scale;
  guint ahead;           /* the idle drawing the neighbours */
  guint renders;         /* slides drawn, for tests */
};

G_DEFINE_FINAL_TYPE (MtDeckView, mt_deck_view, GTK_TYPE_WIDGET)

static GdkTexture *
render (MtDeckView *self,
        guint       index)
{
  int width = self->width * self->scale, height = self->height * self->scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  MtSlideFrame frame = { index + 1, mt_deck_get_n_slides (self->deck), mt_deck_get_slide (self->deck, index)->is_demo };
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_scale (cr, self->scale, self->scale);
  mt_slide_draw (mt_deck_get_slide (self->deck, index), &frame, cr, self->width, self->height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* Cairo's ARGB32 is premultiplied BGRA in memory on little-endian
   * machines, ARGB on big-endian ones. */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (width, height,
                                    G_BYTE_ORDER == G_LITTLE_ENDIAN ? GDK_MEMORY_B8G8R8A8_PREMULTIPLIED
                                                                    : GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
                                    bytes, cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  self->renders++;
  return texture;
}

static GdkTexture *
texture_for (MtDeckView *self,
             guint       index)
{
  GdkTexture *texture = g_hash_table_lookup (self->textures, GUINT_TO_POINTER (index));

  if (texture == NULL)
    {
      texture = render (self, index);
      g_hash_table_insert (self->textures, GUINT_TO_POINTER (index), texture);
    }
  return texture;
}

static gboolean
draw_ahead_cb (gpointer user_data)
{
  MtDeckView *self = user_data;
  guint n = self->deck != NULL ? mt_deck_get_n_slides (self->deck) : 0;

  self->ahead = 0;
  if (n == 0 || self->width <= 0)
    return G_SOURCE_REMOVE;
  /* One at a time, the next first: the idle never holds a frame long. */
  if (self->index + 1 < n && !g_hash_table_contains (self->textures, GUINT_TO_POINTER (self->index + 1)))
    texture_for (self, self->index + 1);
  else if (self->index > 0 && !g_hash_table_contains (self->textures, GUINT_TO_POINTER (self->index - 1)))
    texture_for (self, self->index - 1);
  else
    return G_SOURCE_REMOVE;
  self->ahead = g_idle_add_full (G_PRIORITY_LOW, draw_ahead_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
mt_deck_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  MtDeckView *self = MT_DECK_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  graphene_rect_t area = GRAPHENE_RECT_INIT (0, 0, width, height);

  if (self->black || self->deck == NULL || mt_deck_get_n_slides (self->deck) == 0 || width <= 0 || height <= 0)
    {
      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 1 }, &area);
      return;
    }
  if (width != self->width || height != self->height || scale != self->scale)
    {
      g_hash_table_remove_all (self->textures);
      self->width = width;
      self->height = height;
      self->scale = scale;
    }
  gtk_snapshot_append_texture (snapshot, texture_for (self, self->index), &area);
  if (self->ahead == 0)
    self->ahead = g_idle_add_full (G_PRIORITY_LOW, draw_ahead_cb, self, NULL);
}

static void
mt_deck_view_dispose (GObject *object)
{
  MtDeckView *self = MT_DECK_VIEW (object);

  g_clear_handle_id (&self->ahead, g_source_remove);
  g_clear_object (&self->deck);
  G_OBJECT_CLASS (mt_deck_view_parent_class)->dispose (object);
}

static void
mt_deck_view_finalize (GObject *object)
{
  MtDeckView *self = MT_DECK_VIEW (object);

  g_hash_table_unref (self->textures);
  G_OBJECT_CLASS (mt_deck_view_parent_class)->finalize (object);
}

static void
mt_deck_view_class_init (MtDeckViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mt_deck_view_dispose;
  G_OBJECT_CLASS (klass)->finalize = mt_deck_view_finalize;
  GTK_WIDGET_CLASS (klass)->snapshot = mt_deck_view_snapshot;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "deckview");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mt_deck_view_init (MtDeckView *self)
{
  self->textures = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
mt_deck_view_new (void)
{
  return g_object_new (MT_TYPE_DECK_VIEW, NULL);
}

/**
 * mt_deck_view_show:
 * @deck: the deck; a new one (new data) draws every slide again
 * @index: the slide to show
 */
void
mt_deck_view_show (MtDeckView *self,
                   MtDeck     *deck,
                   guint       index)
{
  g_return_if_fail (MT_IS_DECK_VIEW (self));
  g_return_if_fail (MT_IS_DECK (deck));

  if (deck != self->deck)
    {
      g_set_object (&self->deck, deck);
      g_hash_table_remove_all (self->textures);
    }
  self->index = index;
  /* The slide's text, for screen readers. */
  if (index < mt_deck_get_n_slides (deck))
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    mt_deck_get_slide (deck, index)->title, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mt_deck_view_set_black (MtDeckView *self,
                        gboolean    black)
{
  g_return_if_fail (MT_IS_DECK_VIEW (self));
  self->black = black;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: how many slides were drawn: a step to a slide drawn ahead adds none */
guint
mt_deck_view_get_renders (MtDeckView *self)
{
  g_return_val_if_fail (MT_IS_DECK_VIEW (self), 0);
  return self->renders;
}
