/* kaynak-brat-files.c: which files make each brat article, from the files
 * and folders a person chose (see kaynak-brat-files.h for why by name).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-brat-files.h"
#include "kaynak-error.h"
#include "formats/kaynak-format-private.h"

typedef enum
{
  PART_ANN,
  PART_TXT,
  PART_VISUAL_CONF,
  PART_ANNOTATION_CONF,
  PART_OTHER,
} Part;

void
kaynak_brat_article_free (KaynakBratArticle *article)
{
  if (article == NULL)
    return;
  g_clear_object (&article->ann);
  g_clear_object (&article->txt);
  g_clear_object (&article->visual_conf);
  g_clear_object (&article->given);
  g_free (article);
}

static Part
part_of (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name == NULL)
    return PART_OTHER;
  if (g_str_equal (name, "visual.conf"))
    return PART_VISUAL_CONF;
  if (g_str_equal (name, "annotation.conf"))
    return PART_ANNOTATION_CONF;
  /* ".ann" alone names no article */
  if (strlen (name) > 4 && g_str_has_suffix (name, ".ann"))
    return PART_ANN;
  if (strlen (name) > 4 && g_str_has_suffix (name, ".txt"))
    return PART_TXT;
  return PART_OTHER;
}

gboolean
kaynak_brat_is_brat_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return part_of (file) != PART_OTHER;
}

/* The name without its four-character extension (".ann", ".txt") */
static char *
stem_of (GFile *file)
{
  char *name = g_file_get_basename (file);

  name[strlen (name) - 4] = '\0';
  return name;
}

static GFile *
sibling (GFile      *file,
         const char *stem,
         const char *extension)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_strconcat (stem, extension, NULL);

  return parent != NULL ? g_file_get_child (parent, name) : NULL;
}

static gboolean
same_folder (GFile *a,
             GFile *b)
{
  g_autoptr(GFile) pa = g_file_get_parent (a);
  g_autoptr(GFile) pb = g_file_get_parent (b);

  return pa != NULL && pb != NULL && g_file_equal (pa, pb);
}

/* There to be read: in the sandbox, a file beside a granted one is not */
static gboolean
is_there (GFile        *file,
          GCancellable *cancellable)
{
  return file != NULL &&
         g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_REGULAR;
}

static GFile *
beside_if_there (GFile        *file,
                 const char   *stem,
                 const char   *extension,
                 GCancellable *cancellable)
{
  g_autoptr(GFile) other = sibling (file, stem, extension);

  return is_there (other, cancellable) ? g_steal_pointer (&other) : NULL;
}

/* Whether @stem is @txt_stem with an annotator's suffix: "a_ef2d" of "a" */
static gboolean
is_annotator_stem (const char *stem,
                   const char *txt_stem)
{
  gsize n = strlen (txt_stem);

  return strncmp (stem, txt_stem, n) == 0 && stem[n] == '_' && stem[n + 1] != '\0';
}

/* The text of an attribution corpus laid out as PolNeAR is:
 * …/attributions/NAME_<annotator>.ann with …/text/NAME.txt.  The
 * annotator's suffix is what follows an underscore; the longest NAME that
 * has a text wins ("a_b_ef2d" tries a_b.txt, then a.txt), and the text of
 * the whole stem before it. */
static GFile *
corpus_text (GFile        *ann,
             const char   *stem,
             GCancellable *cancellable)
{
  g_autoptr(GFile) parent = g_file_get_parent (ann);
  g_autoptr(GFile) grand = parent != NULL ? g_file_get_parent (parent) : NULL;
  g_autoptr(GFile) text_folder = NULL;
  g_autofree char *name = g_strdup (stem);

  if (grand == NULL)
    return NULL;
  text_folder = g_file_get_child (grand, "text");
  for (char *cut = name + strlen (name); cut != NULL; cut = g_strrstr (name, "_"))
    {
      g_autofree char *txt_name = NULL;
      g_autoptr(GFile) txt = NULL;

      *cut = '\0';
      if (*name == '\0')
        break;
      txt_name = g_strconcat (name, ".txt", NULL);
      txt = g_file_get_child (text_folder, txt_name);
      if (is_there (txt, cancellable))
        return g_steal_pointer (&txt);
    }
  return NULL;
}

/* The text beside @ann, else the corpus's (above) */
static GFile *
text_for (GFile        *ann,
          const char   *stem,
          GCancellable *cancellable)
{
  GFile *txt = beside_if_there (ann, stem, ".txt", cancellable);

  return txt != NULL ? txt : corpus_text (ann, stem, cancellable);
}

static void
add_problem (GPtrArray  *problems,
             KaynakError code,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (GPtrArray  *problems,
             KaynakError code,
             const char *format,
             ...)
{
  va_list args;

  if (problems == NULL)
    return;
  va_start (args, format);
  g_ptr_array_add (problems, g_error_new_valist (KAYNAK_ERROR, code, format, args));
  va_end (args);
}

static char *
display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base);
}

/* "“a_x.ann” was chosen without “a_x.txt”: …" */
static void
add_missing_partner (GPtrArray *problems,
                     GFile     *chosen,
                     const char *stem,
                     const char *missing_extension)
{
  g_autofree char *name = display_name (chosen);
  g_autofree char *missing = g_strconcat (stem, missing_extension, NULL);
  g_autofree char *missing_name = g_filename_display_name (missing);

  add_problem (problems, KAYNAK_ERROR_NOT_FOUND,
               _("“%s” was chosen without “%s”: choose both files, or the folder."),
               name, missing_name);
}

typedef struct
{
  GPtrArray    *articles;
  GHashTable   *seen;  /* the .ann files listed so far */
  GPtrArray    *visuals;  /* visual.conf files chosen */
  GCancellable *cancellable;
} Pairing;

static GFile *
visual_conf_for (Pairing *pairing,
                 GFile   *ann,
                 GFile   *txt)
{
  g_autofree char *ann_stem = NULL;
  GFile *found;

  for (guint i = 0; i < pairing->visuals->len; i++)
    {
      GFile *visual = g_ptr_array_index (pairing->visuals, i);

      if (same_folder (visual, ann) || same_folder (visual, txt))
        return g_object_ref (visual);
    }
  if (pairing->visuals->len == 1)
    return g_object_ref (g_ptr_array_index (pairing->visuals, 0));

  /* "visual.conf" is the name of the whole file: an empty stem and that
   * extension */
  if ((found = beside_if_there (ann, "", "visual.conf", pairing->cancellable)) != NULL)
    return found;
  return beside_if_there (txt, "", "visual.conf", pairing->cancellable);
}

static void
add_article (Pairing *pairing,
             GFile   *ann,
             GFile   *txt,
             GFile   *given)
{
  KaynakBratArticle *article;

  if (g_hash_table_contains (pairing->seen, ann))
    return;
  g_hash_table_add (pairing->seen, g_object_ref (ann));

  article = g_new0 (KaynakBratArticle, 1);
  article->ann = g_object_ref (ann);
  article->txt = g_object_ref (txt);
  article->visual_conf = visual_conf_for (pairing, ann, txt);
  article->given = g_object_ref (given);
  g_ptr_array_add (pairing->articles, article);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  GFileInfo *ia = *(GFileInfo * const *) a;
  GFileInfo *ib = *(GFileInfo * const *) b;

  return strcmp (g_file_info_get_name (ia), g_file_info_get_name (ib));
}

/* Every .ann in @folder and its subfolders, in name order.  Links to
 * folders are not followed: a link back up would never end. */
static void
add_folder (Pairing   *pairing,
            GFile     *folder,
            GPtrArray *problems)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                        pairing->cancellable, &error);
  if (children == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      add_problem (problems, KAYNAK_ERROR_NOT_FOUND, _("The folder “%s” cannot be read: %s"),
                   name, error->message);
      return;
    }
  while ((info = g_file_enumerator_next_file (children, pairing->cancellable, NULL)) != NULL)
    g_ptr_array_add (infos, info);
  g_ptr_array_sort (infos, compare_names);

  for (guint i = 0; i < infos->len; i++)
    {
      GFileInfo *child_info = g_ptr_array_index (infos, i);
      const char *name = g_file_info_get_name (child_info);
      g_autoptr(GFile) child = g_file_get_child (folder, name);

      if (g_file_info_get_is_hidden (child_info))
        continue;
      if (g_file_info_get_file_type (child_info) == G_FILE_TYPE_DIRECTORY)
        add_folder (pairing, child, problems);
      else if (part_of (child) == PART_ANN)
        {
          g_autofree char *stem = stem_of (child);
          g_autoptr(GFile) txt = text_for (child, stem, pairing->cancellable);

          if (txt != NULL)
            add_article (pairing, child, txt, child);
          else
            {
              g_autofree char *ann_name = display_name (child);
              g_autofree char *folder_name = g_file_get_parse_name (folder);
              g_autofree char *txt_name = g_strconcat (stem, ".txt", NULL);
              g_autofree char *txt_display = g_filename_display_name (txt_name);

              add_problem (problems, KAYNAK_ERROR_NOT_FOUND,
                           _("“%s” in “%s” has no “%s” beside it."),
                           ann_name, folder_name, txt_display);
            }
        }
    }
}

GPtrArray *
kaynak_brat_pair_files (GFile * const *files,
                        guint          n_files,
                        GPtrArray     *problems,
                        GCancellable  *cancellable)
{
  g_autoptr(GPtrArray) anns = g_ptr_array_new ();
  g_autoptr(GPtrArray) txts = g_ptr_array_new ();
  g_autoptr(GPtrArray) visuals = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal,
                                                      g_object_unref, NULL);
  g_autofree gboolean *used = NULL;
  Pairing pairing = {
    g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_brat_article_free),
    seen, visuals, cancellable,
  };

  g_return_val_if_fail (files != NULL || n_files == 0, pairing.articles);

  /* The chosen files by part first: a visual.conf chosen after its .ann
   * still goes with it */
  for (guint i = 0; i < n_files; i++)
    {
      GFileType type = g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable);

      if (type == G_FILE_TYPE_DIRECTORY)
        continue;
      if (type == G_FILE_TYPE_UNKNOWN)
        {
          g_autofree char *name = g_file_get_parse_name (files[i]);

          add_problem (problems, KAYNAK_ERROR_NOT_FOUND, _("“%s” does not exist."), name);
          continue;
        }
      switch (part_of (files[i]))
        {
        case PART_ANN:
          g_ptr_array_add (anns, files[i]);
          break;
        case PART_TXT:
          g_ptr_array_add (txts, files[i]);
          break;
        case PART_VISUAL_CONF:
          g_ptr_array_add (visuals, files[i]);
          break;
        case PART_ANNOTATION_CONF:
          break;  /* the types come from the .ann */
        case PART_OTHER:
        default:
          {
            g_autofree char *name = display_name (files[i]);

            add_problem (problems, KAYNAK_ERROR_FORMAT,
                         _("“%s” is not a brat file: choose .ann and .txt files, or a folder."),
                         name);
          }
          break;
        }
    }

  /* Folders, in the order given, before the files chosen one by one: an
   * article in both is listed once, as the folder has it */
  for (guint i = 0; i < n_files; i++)
    if (g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
      add_folder (&pairing, files[i], problems);

  used = g_new0 (gboolean, txts->len + 1);
  for (guint i = 0; i < anns->len; i++)
    {
      GFile *ann = g_ptr_array_index (anns, i);
      g_autofree char *stem = stem_of (ann);
      g_autoptr(GFile) beside = NULL;
      GFile *txt = NULL;
      int pick = -1;

      /* the .txt chosen in the .ann's own folder, else any chosen .txt of
       * that name (in the sandbox each file has a folder of its own) */
      for (guint pass = 0; pass < 2 && pick < 0; pass++)
        for (guint j = 0; j < txts->len && pick < 0; j++)
          {
            g_autofree char *txt_stem = stem_of (g_ptr_array_index (txts, j));

            if (!used[j] && g_str_equal (stem, txt_stem) &&
                (pass == 1 || same_folder (ann, g_ptr_array_index (txts, j))))
              pick = (int) j;
          }
      if (pick >= 0)
        {
          used[pick] = TRUE;
          txt = g_ptr_array_index (txts, pick);
        }
      else if ((beside = text_for (ann, stem, cancellable)) != NULL)
        txt = beside;
      else
        /* a corpus's NAME_<annotator>.ann chosen with NAME.txt: every
         * annotator's file of that text takes it */
        for (guint j = 0; j < txts->len && txt == NULL; j++)
          {
            g_autofree char *txt_stem = stem_of (g_ptr_array_index (txts, j));

            if (is_annotator_stem (stem, txt_stem))
              {
                used[j] = TRUE;
                txt = g_ptr_array_index (txts, j);
              }
          }

      if (txt != NULL)
        add_article (&pairing, ann, txt, ann);
      else if (!g_hash_table_contains (seen, ann))
        add_missing_partner (problems, ann, stem, ".txt");
    }

  for (guint j = 0; j < txts->len; j++)
    {
      GFile *txt = g_ptr_array_index (txts, j);
      g_autofree char *stem = NULL;
      g_autoptr(GFile) ann = NULL;

      if (used[j])
        continue;
      stem = stem_of (txt);
      ann = beside_if_there (txt, stem, ".ann", cancellable);
      if (ann != NULL)
        add_article (&pairing, ann, txt, txt);
      else
        add_missing_partner (problems, txt, stem, ".ann");
    }

  return pairing.articles;
}

GPtrArray *
kaynak_brat_import_article (const KaynakBratArticle *article,
                            GCancellable            *cancellable,
                            GError                 **error)
{
  g_return_val_if_fail (article != NULL, NULL);

  return kaynak_import_brat_pair (article->txt, article->ann, article->visual_conf,
                                  article->given, NULL, cancellable, error);
}

GPtrArray *
kaynak_brat_import_article_with_report (const KaynakBratArticle *article,
                                        KaynakBratReport        *report,
                                        GCancellable            *cancellable,
                                        GError                 **error)
{
  g_return_val_if_fail (article != NULL, NULL);

  return kaynak_import_brat_pair (article->txt, article->ann, article->visual_conf,
                                  article->given, report, cancellable, error);
}

char *
kaynak_brat_report_message (const KaynakBratReport *report)
{
  g_autofree char *documents = NULL;
  g_autofree char *attributions = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *cues = NULL;
  g_autofree char *other = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (report->n_corpora == 0)
    return NULL;
  documents = g_strdup_printf (ngettext ("%u document", "%u documents", report->n_documents),
                               report->n_documents);
  attributions = g_strdup_printf (ngettext ("%u attribution as a claim", "%u attributions as claims",
                                            report->n_attributions),
                                  report->n_attributions);
  sources = g_strdup_printf (ngettext ("%u source", "%u sources", report->n_sources),
                             report->n_sources);
  cues = g_strdup_printf (ngettext ("%u cue", "%u cues", report->n_cues), report->n_cues);
  other = g_strdup_printf (ngettext ("%u span of another kind not imported",
                                     "%u spans of other kinds not imported", report->n_other),
                           report->n_other);
  /* TRANSLATORS: "Imported 2 documents: 40 attributions as claims, 12
   * sources, 38 cues; 55 spans of other kinds not imported" */
  return g_strdup_printf (_("Imported %s: %s, %s, %s; %s"), documents, attributions, sources,
                          cues, other);
}

/* The brat importer of kaynak_importer_lookup(): a .ann, a .txt or a
 * folder, through the same rule */
GPtrArray *
kaynak_import_brat (GFile        *file,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = kaynak_brat_pair_files (&file, 1, problems, cancellable);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  if (problems->len > 0)
    {
      g_propagate_error (error, g_ptr_array_steal_index (problems, 0));
      return NULL;
    }
  if (articles->len == 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND, _("There is no .ann file in “%s”."), name);
      return NULL;
    }
  for (guint i = 0; i < articles->len; i++)
    {
      g_autoptr(GPtrArray) one = kaynak_brat_import_article (g_ptr_array_index (articles, i),
                                                             cancellable, error);

      if (one == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (documents, g_steal_pointer (&one));
    }
  return g_steal_pointer (&documents);
}
