/* kaynak-folder-panel.c: a folder's articles and its progress (see
 * kaynak-folder-panel.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-folder.h"
#include "kaynak-folder-panel.h"

/* How long a burst of changes in the folder (a save is a temporary file,
 * a rename and a sync) waits before one reading */
#define REFRESH_DELAY_MS 250

/* The filter's choices, in the drop-down's order */
enum
{
  FILTER_ALL,
  FILTER_UNFINISHED,
  FILTER_STATE_FIRST,   /* then one per KaynakArticleState */
};

struct _KaynakFolderPanel
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkLabel          *folder_label;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;
  GtkDropDown       *filter_drop_down;
  GtkStringList     *filter_names;
  GtkStack          *stack;
  GtkListView       *list_view;
  GtkLabel          *empty_label;

  GFile             *folder;
  GListStore        *articles;
  GtkCustomFilter   *filter;
  KaynakFolderCache *cache;
  GCancellable      *cancellable;
  GFileMonitor      *monitor;
  guint              refresh_id;
  char              *progress;
};

G_DEFINE_FINAL_TYPE (KaynakFolderPanel, kaynak_folder_panel, GTK_TYPE_WIDGET)

enum { ARTICLE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* --- Rows ----------------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static char *
describe_article (KaynakFolderArticle *article)
{
  KaynakArticleState state = kaynak_folder_article_get_state (article);
  guint n_claims = kaynak_folder_article_get_n_claims (article);
  guint n_sources = kaynak_folder_article_get_n_sources_used (article);
  g_autofree char *claims = NULL;
  g_autofree char *sources = NULL;

  if (kaynak_folder_article_get_error (article) != NULL)
    /* Translators: a file of the folder that cannot be read, and why */
    return g_strdup_printf (_("Cannot be read: %s"), kaynak_folder_article_get_error (article));
  /* "Done, No Claims" says it all */
  if (!kaynak_folder_article_get_annotated (article) || n_claims == 0)
    return g_strdup (kaynak_article_state_describe (state, n_claims));

  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims), n_claims);
  sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n_sources), n_sources);
  /* Translators: "Done · 12 claims · 3 sources" */
  return g_strdup_printf (_("%s · %s · %s"), kaynak_article_state_describe (state, n_claims),
                          claims, sources);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  KaynakFolderArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  g_autofree char *text = describe_article (article);
  g_autofree char *tooltip = g_file_get_parse_name (kaynak_folder_article_get_file (article));

  g_autofree char *name = NULL;

  gtk_label_set_text (GTK_LABEL (title), kaynak_folder_article_get_title (article));
  gtk_label_set_text (GTK_LABEL (details), text);
  /* "Beyaz Saray doğruladı, In Progress · 2 claims · 2 sources" */
  name = g_strdup_printf ("%s, %s", kaynak_folder_article_get_title (article), text);
  kaynak_accessible_name_list_item (box, name);
  gtk_widget_set_tooltip_text (box, tooltip);
  if (kaynak_folder_article_get_error (article) != NULL)
    gtk_widget_add_css_class (details, "error");
  else
    gtk_widget_remove_css_class (details, "error");
  if (kaynak_folder_article_is_finished (article))
    gtk_widget_add_css_class (box, "folder-article-finished");
  else
    gtk_widget_remove_css_class (box, "folder-article-finished");
}

static void
on_activate (GtkListView       *list_view,
             guint              position,
             KaynakFolderPanel *self)
{
  g_autoptr(KaynakFolderArticle) article =
    g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list_view)), position);

  if (article != NULL)
    g_signal_emit (self, signals[ARTICLE_ACTIVATED], 0, kaynak_folder_article_get_file (article));
}

/* --- Filter and progress ---------------------------------------------------- */

static gboolean
filter_article (gpointer item,
                gpointer user_data)
{
  KaynakFolderPanel *self = user_data;
  KaynakFolderArticle *article = item;
  guint choice = gtk_drop_down_get_selected (self->filter_drop_down);

  if (choice == FILTER_ALL || choice == GTK_INVALID_LIST_POSITION)
    return TRUE;
  if (choice == FILTER_UNFINISHED)
    return !kaynak_folder_article_is_finished (article);
  return kaynak_folder_article_get_error (article) == NULL &&
         kaynak_folder_article_get_state (article) == choice - FILTER_STATE_FIRST;
}

static void
on_filter_changed (KaynakFolderPanel *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
update_progress (KaynakFolderPanel *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  guint done = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakFolderArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);

      done += kaynak_folder_article_is_finished (article);
    }
  g_free (self->progress);
  /* Translators: the folder's progress, "212 of 300 done" */
  self->progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done", "%u of %u done", n),
                                    done, n);
  gtk_label_set_text (self->progress_label, self->progress);
  gtk_progress_bar_set_fraction (self->progress_bar, n > 0 ? (double) done / n : 0);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

/* --- Reading the folder ----------------------------------------------------- */

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  KaynakFolderPanel *self = KAYNAK_FOLDER_PANEL (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (articles == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The folder cannot be read: %s"), error->message);

      g_list_store_remove_all (self->articles);
      update_progress (self);
      gtk_label_set_text (self->empty_label, text);
      return;
    }
  gtk_label_set_text (self->empty_label, _("No articles in this folder"));
  g_list_store_splice (self->articles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->articles)),
                       articles->pdata, articles->len);
  update_progress (self);
}

typedef struct
{
  GFile             *folder;
  KaynakFolderCache *cache;
} ListJob;

static void
list_job_free (gpointer data)
{
  ListJob *job = data;

  g_object_unref (job->folder);
  kaynak_folder_cache_unref (job->cache);
  g_free (job);
}

static void
list_job_in_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ListJob *job = task_data;
  GError *error = NULL;
  GPtrArray *articles = kaynak_folder_list (job->folder, TRUE, job->cache, cancellable, &error);

  if (articles == NULL)
    g_task_return_error (task, error);
  else if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_ptr_array_unref (articles);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, articles, (GDestroyNotify) g_ptr_array_unref);
}

void
kaynak_folder_panel_refresh (KaynakFolderPanel *self)
{
  g_autoptr(GTask) task = NULL;
  ListJob *job;

  g_return_if_fail (KAYNAK_IS_FOLDER_PANEL (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->folder == NULL)
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job = g_new0 (ListJob, 1);
  job->folder = g_object_ref (self->folder);
  job->cache = kaynak_folder_cache_ref (self->cache);
  task = g_task_new (self, self->cancellable, on_listed, NULL);
  g_task_set_task_data (task, job, list_job_free);
  g_task_run_in_thread (task, list_job_in_thread);
}

static gboolean
refresh_later_cb (gpointer user_data)
{
  KaynakFolderPanel *self = user_data;

  self->refresh_id = 0;
  kaynak_folder_panel_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_folder_changed (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other,
                   GFileMonitorEvent  event,
                   KaynakFolderPanel *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_later_cb, self);
}

void
kaynak_folder_panel_set_folder (KaynakFolderPanel *self,
                                GFile             *folder)
{
  g_autofree char *name = NULL;

  g_return_if_fail (KAYNAK_IS_FOLDER_PANEL (self));
  g_return_if_fail (G_IS_FILE (folder));

  g_set_object (&self->folder, folder);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  /* Where there is no monitor (some network folders), Refresh does it */
  self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_folder_changed), self);

  name = g_file_get_basename (folder);
  gtk_label_set_text (self->folder_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->folder_label), g_file_peek_path (folder));
  g_list_store_remove_all (self->articles);
  gtk_label_set_text (self->empty_label, _("Reading the folder…"));
  update_progress (self);
  kaynak_folder_panel_refresh (self);
}

GFile *
kaynak_folder_panel_get_folder (KaynakFolderPanel *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_PANEL (self), NULL);
  return self->folder;
}

const char *
kaynak_folder_panel_get_progress (KaynakFolderPanel *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_PANEL (self), NULL);
  return self->progress;
}

GFile *
kaynak_folder_panel_next_unfinished (KaynakFolderPanel *self,
                                     GFile             *current,
                                     GFile             *current_article)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  guint n, position = G_MAXUINT, next;

  g_return_val_if_fail (KAYNAK_IS_FOLDER_PANEL (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  for (guint i = 0; i < n; i++)
    {
      KaynakFolderArticle *article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      GFile *file = kaynak_folder_article_get_file (article);

      g_ptr_array_add (articles, article);
      if ((current != NULL && g_file_equal (file, current)) ||
          (current_article != NULL && g_file_equal (file, current_article)))
        position = i;
    }
  next = kaynak_folder_next_unfinished (articles, position);
  /* the one open now is not "next" */
  if (next == G_MAXUINT || next == position)
    return NULL;
  return g_object_ref (kaynak_folder_article_get_file (articles->pdata[next]));
}

/* --- The widget ------------------------------------------------------------- */

static void
kaynak_folder_panel_dispose (GObject *object)
{
  KaynakFolderPanel *self = KAYNAK_FOLDER_PANEL (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_FOLDER_PANEL);
  G_OBJECT_CLASS (kaynak_folder_panel_parent_class)->dispose (object);
}

static void
kaynak_folder_panel_finalize (GObject *object)
{
  KaynakFolderPanel *self = KAYNAK_FOLDER_PANEL (object);

  g_clear_object (&self->folder);
  g_clear_object (&self->articles);
  g_clear_pointer (&self->cache, kaynak_folder_cache_unref);
  g_free (self->progress);
  G_OBJECT_CLASS (kaynak_folder_panel_parent_class)->finalize (object);
}

static void
kaynak_folder_panel_class_init (KaynakFolderPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_folder_panel_dispose;
  object_class->finalize = kaynak_folder_panel_finalize;

  /* (GFile *file): the article's .kaynak.json or article file */
  signals[ARTICLE_ACTIVATED] =
    g_signal_new ("article-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-folder-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, box);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, folder_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, filter_drop_down);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, filter_names);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderPanel, empty_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "folderpanel");
}

static void
kaynak_folder_panel_init (KaynakFolderPanel *self)
{
  GtkListItemFactory *factory;
  GtkFilterListModel *filtered;

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    g_autoptr(GtkListItemFactory) names = kaynak_accessible_string_factory_new ();

    gtk_drop_down_set_factory (self->filter_drop_down, names);
    kaynak_accessible_name_drop_down_button (GTK_WIDGET (self->filter_drop_down), _("Filter by State"));
  }
  gtk_string_list_append (self->filter_names, _("All Articles"));
  gtk_string_list_append (self->filter_names, _("Unfinished"));
  for (guint i = 0; i < KAYNAK_N_ARTICLE_STATES; i++)
    gtk_string_list_append (self->filter_names, kaynak_article_state_to_label (i));

  self->cache = kaynak_folder_cache_new ();
  self->articles = g_list_store_new (KAYNAK_TYPE_FOLDER_ARTICLE);
  self->filter = gtk_custom_filter_new (filter_article, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->articles)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  {
    GtkSingleSelection *selection = gtk_single_selection_new (G_LIST_MODEL (filtered));

    gtk_single_selection_set_autoselect (selection, FALSE);
    gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    g_object_unref (selection);
  }
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (self->filter_drop_down, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);
  g_object_unref (self->filter);
  update_progress (self);
}
