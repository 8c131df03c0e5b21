/* test-suggest.c: the suggestion engine (kaynak-suggest.h) with the
 * rules of data/suggest ($KAYNAK_SUGGEST_DIR, set by tests/meson.build):
 * each rule family in both languages with the exact span, cue and source
 * it must give, the document's own sources and claims, --output's
 * claims, and rules files that are malformed.
 *
 * The articles are written for these tests (tests/data/suggest/ and the
 * strings below); none comes from the gold of the benchmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-file-serialize.h"
#include "kaynak-rejection.h"
#include "kaynak-test-hooks.h"
#include "kaynak-suggest.h"
#include "kaynak-suggest-rules.h"

static GPtrArray *
suggest (const char     *language,
         KaynakDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakSuggester) suggester = kaynak_suggester_new (language, &error);

  g_assert_no_error (error);
  return kaynak_suggester_suggest (suggester, document, NULL);
}

static guint
offset_of (const char *text,
           const char *words)
{
  const char *at = strstr (text, words);

  if (at == NULL)
    g_error ("“%s” is not in the test's text", words);
  return g_utf8_pointer_to_offset (text, at);
}

/* The suggestion whose content is exactly @words (the first place they
 * stand in @text), with the cue @cue and the source @label (NULL: none)
 * and the rule @rule; fails the test if there is none */
static KaynakSuggestion *
expect (GPtrArray  *suggestions,
        const char *text,
        const char *words,
        const char *cue,
        const char *label,
        const char *rule)
{
  guint start = offset_of (text, words);
  guint end = start + g_utf8_strlen (words, -1);

  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->start != start || s->end != end)
        continue;
      if (cue != NULL)
        {
          const char *from = g_utf8_offset_to_pointer (text, s->cue_start);
          const char *to = g_utf8_offset_to_pointer (text, s->cue_end);
          g_autofree char *cue_text = g_strndup (from, to - from);

          g_assert_cmpstr (cue_text, ==, cue);
        }
      g_assert_cmpstr (s->source_label, ==, label);
      g_assert_cmpstr (s->rule, ==, rule);
      return s;
    }
  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);
      const char *from = g_utf8_offset_to_pointer (text, s->start);
      const char *to = g_utf8_offset_to_pointer (text, s->end);

      g_printerr ("  got %u–%u “%.*s” (%s)\n", s->start, s->end, (int) (to - from), from, s->rule);
    }
  g_error ("no suggestion “%s” [%u, %u)", words, start, end);
  return NULL;
}

static KaynakDocument *
document_for (const char *text,
              const char *language)
{
  KaynakDocument *document = kaynak_document_new (text, -1);

  kaynak_document_set_language (document, language);
  return document;
}

/* --- Turkish --------------------------------------------------------------- */

static void
test_tr_report_clause (void)
{
  const char *text =
    "Beyaz Saray’dan aynı gün yapılan açıklamada Ukrayna ile savaşmak üzere Rusya’ya üç binden "
    "fazla asker getirildiği açıklanmıştı. Dışişleri Bakanı Hakan Fidan, Türkiye’nin "
    "arabuluculuğa hazır olduğunu söyledi. Ukrayna’dan 25 Ekim’de gelen açıklamada askerlerin "
    "27-28 Ekim’de konuşlandırılmasının planlandığı iddia edilmişti. Bakanlık yeni bir üs "
    "kurulacağını duyurdu.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  KaynakSuggestion *s;

  /* the clause, not the sentence; the number stays inside */
  s = expect (suggestions, text,
              "Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği",
              "açıklanmıştı", "Beyaz Saray", "report-clause");
  g_assert_cmpuint (s->source_start, ==, 0);
  g_assert_cmpuint (s->source_end, ==, g_utf8_strlen ("Beyaz Saray", -1));
  /* the person after the title, not the title with it */
  expect (suggestions, text, "Türkiye’nin arabuluculuğa hazır olduğunu", "söyledi",
          "Hakan Fidan", "report-clause");
  expect (suggestions, text, "askerlerin 27-28 Ekim’de konuşlandırılmasının planlandığı",
          "iddia edilmişti", "Ukrayna", "report-clause");
  /* -(y)AcAğI */
  expect (suggestions, text, "yeni bir üs kurulacağını", "duyurdu", "Bakanlık", "report-clause");
  g_assert_cmpuint (suggestions->len, ==, 4);
}

static void
test_tr_participle_and_quote (void)
{
  const char *text =
    "İkilinin barış için anlaştığı belirtilen açıklamada savaşın en büyük tehdit olduğu söylendi. "
    "Fidan “Bu savaşın bir an önce bitmesi gerekiyor” dedi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  /* two clauses of one sentence, each with its own cue */
  expect (suggestions, text, "İkilinin barış için anlaştığı", "belirtilen", NULL, "report-clause");
  expect (suggestions, text, "savaşın en büyük tehdit olduğu", "söylendi", NULL, "report-clause");
  expect (suggestions, text, "Bu savaşın bir an önce bitmesi gerekiyor", "dedi", "Fidan",
          "report-quote");
  g_assert_cmpuint (suggestions->len, ==, 3);
}

static void
test_tr_sentence_and_topic (void)
{
  const char *text =
    "Rusya sınıra asker gönderdi. Bunu ABD de doğrulamıştı. "
    "AFAD’ın yaptığı açıklamada ise 450 artçı sarsıntı kaydedildiği belirtildi. "
    "Bir bankacı, piyasaların kararı önceden fiyatladığını söyledi. "
    "Uzmanlar yeni bir depremin yaşanmayacağını söylüyor.\n"
    "Bakanlık açıklama yaptı\n";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  /* a verb that governs no clause: the sentence, its subject the source */
  expect (suggestions, text, "Bunu ABD de doğrulamıştı", "doğrulamıştı", "ABD", "report-sentence");
  /* "ise" closes the subject; numbers stay inside */
  expect (suggestions, text, "450 artçı sarsıntı kaydedildiği", "belirtildi", "AFAD", "report-clause");
  /* the words before the comma are the source, without "Bir" */
  expect (suggestions, text, "piyasaların kararı önceden fiyatladığını", "söyledi", "bankacı",
          "report-clause");
  /* -Iyor, with the narrowed vowel; a nominative subject without a comma */
  expect (suggestions, text, "yeni bir depremin yaşanmayacağını", "söylüyor", "Uzmanlar",
          "report-clause");
  /* a headline without its full stop is not a claim */
  g_assert_cmpuint (suggestions->len, ==, 4);
}

static void
test_tr_participle_subject (void)
{
  const char *text =
    "Ekonominin bu yıl yüzde 4 büyüyeceğini belirten Bakan Mehmet Şimşek, enflasyonun düşeceğini de söyledi. "
    "Hakan Fidan gazetecilere şunları söyledi: “Türkiye, NATO’nun güvenilir bir müttefiki olmaya devam edecek.” "
    "Olayda 3 kişinin yaralandığı öğrenildi. "
    "Cumhurbaşkanı Erdoğan, savaşın sona ermesi gerektiğini belirterek barış çağrısı yaptı.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  /* the active participle's noun is the source */
  expect (suggestions, text, "Ekonominin bu yıl yüzde 4 büyüyeceğini", "belirten",
          "Mehmet Şimşek", "report-clause");
  /* "de" between the clause and its verb */
  expect (suggestions, text, "enflasyonun düşeceğini", "söyledi", "Mehmet Şimşek", "report-clause");
  /* the quotation after "şunları söyledi:"; then a verb that names no one */
  expect (suggestions, text, "Türkiye, NATO’nun güvenilir bir müttefiki olmaya devam edecek", "söyledi",
          "Hakan Fidan", "report-quote");
  expect (suggestions, text, "Olayda 3 kişinin yaralandığı", "öğrenildi", NULL, "report-clause");
  /* the converb -(y)ArAk */
  expect (suggestions, text, "savaşın sona ermesi gerektiğini", "belirterek", "Erdoğan",
          "report-clause");
  g_assert_cmpuint (suggestions->len, ==, 5);
}

/* A source is looked for in the same sentence, else the previous one */
static void
test_tr_previous_sentence (void)
{
  const char *text =
    "AB ve NATO yetkilileri toplandı. Açıklamada iki kurumun işbirliğini artıracağı belirtildi. "
    "Ortak görev gücünün kurulacağı da bildirildi. Toplantı üç saat sürdü. "
    "Yeni bir zirvenin yapılacağı açıklandı.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  /* a name of the sentence before (no claim in it) */
  expect (suggestions, text, "iki kurumun işbirliğini artıracağı", "belirtildi", "AB", "report-clause");
  /* the source of the sentence before */
  expect (suggestions, text, "Ortak görev gücünün kurulacağı", "bildirildi", "AB", "report-clause");
  /* not from two sentences back */
  expect (suggestions, text, "Yeni bir zirvenin yapılacağı", "açıklandı", NULL, "report-clause");
  g_assert_cmpuint (suggestions->len, ==, 3);
}

static void
test_tr_according (void)
{
  const char *text =
    "Diplomatik kaynaklara göre görüşmeler 27-28 Ekim’de yeniden başlayacak. "
    "Reuters’a göre, sınıra üç binden fazla asker gönderildi. "
    "İddiaya göre bu toplantı gizli tutuldu. "
    "Uzmanlara göre salgın ocak ayının sonuna kadar sürebilir. "
    "Bakanlığa göre yatak doluluk oranı yüzde 85’e ulaştı.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  KaynakSuggestion *s;

  s = expect (suggestions, text, "görüşmeler 27-28 Ekim’de yeniden başlayacak", "göre",
              "Diplomatik kaynaklar", "according");
  g_assert_cmpint (s->source_kind, ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  expect (suggestions, text, "sınıra üç binden fazla asker gönderildi", "göre", "Reuters",
          "according");
  /* "iddiaya göre" is a hedge: no one is named */
  expect (suggestions, text, "İddiaya göre bu toplantı gizli tutuldu", "İddiaya göre", NULL, "hedge");
  /* the dative off a capital word, and k softened to ğ restored */
  expect (suggestions, text, "salgın ocak ayının sonuna kadar sürebilir", "göre", "Uzmanlar", "according");
  expect (suggestions, text, "yatak doluluk oranı yüzde 85’e ulaştı", "göre", "Bakanlık", "according");
  g_assert_cmpuint (suggestions->len, ==, 5);
}

static void
test_tr_silence (void)
{
  const char *text =
    "Kremlin şimdilik sessiz. Kremlin’in sözcüsü konuyla ilgili yorum yapmadı. "
    "Bakanlık açıklama yapmadı. ABD de soruya yanıt vermedi. "
    "Valilikten konuya ilişkin bir açıklama gelmedi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  KaynakSuggestion *s;

  s = expect (suggestions, text, "Kremlin şimdilik sessiz", "sessiz", "Kremlin", "silence");
  g_assert_cmpint (s->source_kind, ==, KAYNAK_SOURCE_KIND_NO_COMMENT);
  s = expect (suggestions, text, "Kremlin’in sözcüsü konuyla ilgili yorum yapmadı",
              "yorum yapmadı", "Kremlin", "silence");
  g_assert_cmpint (s->source_kind, ==, KAYNAK_SOURCE_KIND_NO_COMMENT);
  expect (suggestions, text, "Bakanlık açıklama yapmadı", "açıklama yapmadı", "Bakanlık", "silence");
  /* "ABD de": the particle is not part of the name */
  s = expect (suggestions, text, "ABD de soruya yanıt vermedi", "yanıt vermedi", "ABD", "silence");
  g_assert_cmpint (s->source_kind, ==, KAYNAK_SOURCE_KIND_NO_COMMENT);
  /* a common noun opening the sentence loses its ablative */
  expect (suggestions, text, "Valilikten konuya ilişkin bir açıklama gelmedi", "açıklama gelmedi",
          "Valilik", "silence");
  g_assert_cmpuint (suggestions->len, ==, 5);
}

static void
test_tr_hedge_evidential (void)
{
  const char *text =
    "Askerler muhtemelen trenle taşındı. Heyet dün akşam Ankara’ya ulaşmış. "
    "Toplantı dün akşam sona erdi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect (suggestions, text, "Askerler muhtemelen trenle taşındı", "muhtemelen", NULL, "hedge");
  expect (suggestions, text, "Heyet dün akşam Ankara’ya ulaşmış", "ulaşmış", NULL, "evidential");
  /* a plain -DI sentence is the article's own voice */
  g_assert_cmpuint (suggestions->len, ==, 2);
}

static void
test_tr_quote_styles (void)
{
  const char *text =
    "“Bu savaş bir an önce bitmeli ve barış gelmeli” sözleri duvara yazıldı.\n"
    "‘Bu savaş bir an önce bitmeli ve barış gelmeli’ sözleri duvara yazıldı.\n"
    "«Bu savaş bir an önce bitmeli ve barış gelmeli» sözleri duvara yazıldı.\n"
    "\"Bu savaş bir an önce bitmeli ve barış gelmeli\" sözleri duvara yazıldı.\n"
    "'Bu savaş bir an önce bitmeli ve barış gelmeli' sözleri duvara yazıldı.\n"
    "Kore’ye giden ‘kısa bir not’ yetmedi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  const char *inner = "Bu savaş bir an önce bitmeli ve barış gelmeli";
  const char *at = text;

  g_assert_cmpuint (suggestions->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);
      guint start;

      at = strstr (at, inner);
      g_assert_nonnull (at);
      start = g_utf8_pointer_to_offset (text, at);
      g_assert_cmpuint (s->start, ==, start);
      g_assert_cmpuint (s->end, ==, start + g_utf8_strlen (inner, -1));
      g_assert_cmpstr (s->rule, ==, "quote");
      at++;
    }
}

static void
test_tr_source_suffixes (void)
{
  const char *text =
    "Pentagon’dan yapılan açıklamada bölgeye asker gönderildiği açıklandı. "
    "Amerika Birleşik Devletleri'nin açıklamasında savaşın süreceği belirtildi. "
    "Kremlinin açıklamasında askerlerin geri çekileceği duyuruldu.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect (suggestions, text, "bölgeye asker gönderildiği", "açıklandı", "Pentagon", "report-clause");
  expect (suggestions, text, "savaşın süreceği", "belirtildi", "ABD", "report-clause");
  expect (suggestions, text, "askerlerin geri çekileceği", "duyuruldu", "Kremlin", "report-clause");
}

/* --- English --------------------------------------------------------------- */

static void
test_en_reports (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "suggest", "en-article.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  KaynakSuggestion *s;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  document = document_for (text, "en");
  suggestions = suggest ("en", document);

  /* "X said (on Monday) that …": after the verb; the number stays inside */
  expect (suggestions, text, "more than 3,000 troops had arrived in the Kursk region", "said",
          "White House", "report-after");
  /* "“…,” said X, a …" */
  expect (suggestions, text, "We are watching this very closely", "said", "John Kirby",
          "report-quote");
  /* a date stays inside */
  expect (suggestions, text, "the deployment was planned for 27-28 October", "added", "Kirby",
          "report-after");
  /* ", according to Reuters" is not content */
  /* a country's possessive opens the subject: the ministry, not the country */
  expect (suggestions, text, "the troops would be sent to the front within days", "claimed",
          "Ukraine's foreign ministry", "report-after");
  s = expect (suggestions, text, "The Kremlin declined to comment", "declined to comment",
              "Kremlin", "silence");
  g_assert_cmpint (s->source_kind, ==, KAYNAK_SOURCE_KIND_NO_COMMENT);
  expect (suggestions, text, "Officials in Brussels did not respond to requests for comment",
          "did not respond", "Officials", "silence");
  s = expect (suggestions, text, "the talks will resume next week", "According to",
              "diplomatic sources", "according");
  g_assert_cmpint (s->source_kind, ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  expect (suggestions, text, "The soldiers were reportedly moved by train", "reportedly", NULL,
          "hedge");
  g_assert_cmpuint (suggestions->len, ==, 9);
}

static void
test_en_before_and_pronoun (void)
{
  const char *text =
    "Russia has moved 3,000 troops to the border, the Pentagon said. "
    "Ukraine's president Volodymyr Zelensky told reporters that the attack had failed. "
    "“We will not give up an inch of our land,” he said. "
    "The ministry denied the claims, according to Reuters.";
  g_autoptr(KaynakDocument) document = document_for (text, "en");
  g_autoptr(GPtrArray) suggestions = suggest ("en", document);

  expect (suggestions, text, "Russia has moved 3,000 troops to the border", "said", "Pentagon",
          "report-before");
  /* the person after the title */
  expect (suggestions, text, "the attack had failed", "told", "Volodymyr Zelensky", "report-after");
  /* "he": the last source named */
  expect (suggestions, text, "We will not give up an inch of our land", "said", "Volodymyr Zelensky",
          "report-quote");
  expect (suggestions, text, "The ministry denied the claims", "according to", "Reuters",
          "according");
}

static void
test_en_asides (void)
{
  const char *text =
    "In a statement, the bank said inflation had eased over the past year. "
    "\"The economy is strong. We are not in a hurry,\" Fed Chair Jerome Powell told a news conference. "
    "Powell, who has led the bank since 2018, said that officials would watch the labor market. "
    "The White House declined to comment, but Treasury Secretary Janet Yellen has said she supports the Fed.";
  g_autoptr(KaynakDocument) document = document_for (text, "en");
  g_autoptr(GPtrArray) suggestions = suggest ("en", document);

  /* a comma before the subject, and the content after the verb */
  expect (suggestions, text, "inflation had eased over the past year", "said", "bank", "report-after");
  /* a quotation of two sentences, its verb in the second */
  expect (suggestions, text, "The economy is strong. We are not in a hurry", "told",
          "Jerome Powell", "report-quote");
  /* the subject before an aside */
  /* the surname alone is the person met before with it */
  expect (suggestions, text, "officials would watch the labor market", "said", "Jerome Powell", "report-after");
  /* a silence ends at its clause; "has" is not part of the name */
  expect (suggestions, text, "The White House declined to comment", "declined to comment",
          "White House", "silence");
  expect (suggestions, text, "she supports the Fed", "said", "Janet Yellen",
          "report-after");
  g_assert_cmpuint (suggestions->len, ==, 5);
}

static void
test_en_adjuncts (void)
{
  const char *text =
    "Russian forces have captured the village of Avdiivka, the defence ministry said in a statement on Sunday. "
    "The claims could not be independently verified. "
    "\"We will not allow the enemy to advance,\" a senior Ukrainian commander told the BBC.";
  g_autoptr(KaynakDocument) document = document_for (text, "en");
  g_autoptr(GPtrArray) suggestions = suggest ("en", document);

  /* "in a statement on Sunday" is about the saying, the content is before */
  expect (suggestions, text, "Russian forces have captured the village of Avdiivka", "said",
          "defence ministry", "report-before");
  expect (suggestions, text, "We will not allow the enemy to advance", "told",
          "senior Ukrainian commander", "report-quote");
  /* "The claims" is a noun */
  g_assert_cmpuint (suggestions->len, ==, 2);
}

static void
test_en_report_subjects (void)
{
  const char *text =
    "According to a statement from the ministry, the border will reopen on 3 March. "
    "The report, published on Monday, says that emissions rose by 2.1% last year. "
    "Two deaths have been linked to the storm, according to state police. "
    "\"We expect most customers to be restored by Tuesday.\"";
  g_autoptr(KaynakDocument) document = document_for (text, "en");
  g_autoptr(GPtrArray) suggestions = suggest ("en", document);

  expect (suggestions, text, "the border will reopen on 3 March", "According to", "ministry", "according");
  /* the subject is before the aside, lower case and all */
  expect (suggestions, text, "emissions rose by 2.1% last year", "says", "report", "report-after");
  /* not the full stop */
  expect (suggestions, text, "Two deaths have been linked to the storm", "according to", "state police",
          "according");
  /* a quotation alone takes the source of the sentence before */
  expect (suggestions, text, "We expect most customers to be restored by Tuesday", NULL, "state police",
          "quote");
  g_assert_cmpuint (suggestions->len, ==, 4);
}

/* --- The document ---------------------------------------------------------- */

static void
test_document_sources_and_claims (void)
{
  const char *text =
    "Beyaz Saray’dan yapılan açıklamada bölgeye asker gönderildiği açıklandı. "
    "Pentagon’dan yapılan açıklamada bölgeye uçak gönderildiği açıklandı.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(KaynakSource) white_house =
    kaynak_source_new ("white-house", "White House", "#f22440", 1, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  const char *aliases[] = { "Beyaz Saray", NULL };
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  guint plane = offset_of (text, "bölgeye uçak");
  KaynakSuggestion *s;

  kaynak_source_set_aliases (white_house, aliases);
  kaynak_document_add_source (document, white_house, &error);
  g_assert_no_error (error);
  /* a claim the user made already is never suggested over */
  kaynak_document_create_claim (document, plane, plane + 5, NULL, &error);
  g_assert_no_error (error);

  suggestions = suggest ("tr", document);
  g_assert_cmpuint (suggestions->len, ==, 1);
  s = expect (suggestions, text, "bölgeye asker gönderildiği", "açıklandı", "White House",
              "report-clause");
  g_assert_cmpstr (s->source_id, ==, "white-house");
  g_assert_cmpint (s->source_kind, ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
}

/* A surname alone names the document's source of that full name */
static void
test_surnames (void)
{
  const char *tr_text = "Fidan, Türkiye’nin arabuluculuğa hazır olduğunu söyledi.";
  const char *en_text = "Powell said that officials would watch the labor market closely.";
  g_autoptr(KaynakDocument) tr = document_for (tr_text, "tr");
  g_autoptr(KaynakDocument) en = document_for (en_text, "en");
  g_autoptr(KaynakSource) fidan = kaynak_source_new ("fidan", "Hakan Fidan", "#1c71d8", 1, KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(KaynakSource) powell = kaynak_source_new ("powell", "Jerome Powell", "#1c71d8", 1, KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GPtrArray) tr_suggestions = NULL;
  g_autoptr(GPtrArray) en_suggestions = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSuggestion *s;

  kaynak_document_add_source (tr, fidan, &error);
  g_assert_no_error (error);
  kaynak_document_add_source (en, powell, &error);
  g_assert_no_error (error);
  tr_suggestions = suggest ("tr", tr);
  en_suggestions = suggest ("en", en);

  s = expect (tr_suggestions, tr_text, "Türkiye’nin arabuluculuğa hazır olduğunu", "söyledi",
              "Hakan Fidan", "report-clause");
  g_assert_cmpstr (s->source_id, ==, "fidan");
  s = expect (en_suggestions, en_text, "officials would watch the labor market closely", "said",
              "Jerome Powell", "report-after");
  g_assert_cmpstr (s->source_id, ==, "powell");
}

/* The user's library: a source the document does not have yet */
static void
test_library_sources (void)
{
  const char *text = "Anadolu Ajansı’nın haberine göre sınıra üç binden fazla asker gönderildi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autofree char *dir = g_dir_make_tmp ("kaynak-suggest-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakSourceLibrary) library = kaynak_source_library_new (file);
  g_autoptr(KaynakSource) agency =
    kaynak_source_new ("aa", "Anadolu Agency", "#1c71d8", 0, KAYNAK_SOURCE_KIND_NAMED);
  const char *aliases[] = { "Anadolu Ajansı", "AA", NULL };
  g_autoptr(KaynakSuggester) suggester = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSuggestion *s;

  kaynak_source_set_aliases (agency, aliases);
  g_assert_true (kaynak_source_library_remember (library, agency, &error));
  g_assert_no_error (error);

  suggester = kaynak_suggester_new ("tr", &error);
  g_assert_no_error (error);
  suggestions = kaynak_suggester_suggest (suggester, document, library);
  s = expect (suggestions, text, "sınıra üç binden fazla asker gönderildi", "göre", "Anadolu Agency",
              "according");
  g_assert_nonnull (s->source_id);
  g_assert_true (kaynak_source_library_lookup (library, s->source_id) != NULL);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_apply (void)
{
  const char *text =
    "Beyaz Saray’dan yapılan açıklamada bölgeye asker gönderildiği açıklandı. "
    "Kremlin şimdilik sessiz.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  g_autoptr(GError) error = NULL;
  GListModel *claims = kaynak_document_get_claims (document);
  g_autoptr(KaynakClaim) first = NULL;
  g_autoptr(KaynakClaim) second = NULL;
  KaynakSource *source;
  guint added = 0;

  g_assert_cmpuint (suggestions->len, ==, 2);
  g_assert_true (kaynak_suggestions_apply (document, suggestions, NULL, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 2);

  first = g_list_model_get_item (claims, 0);
  source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (first));
  g_assert_nonnull (source);
  g_assert_cmpstr (kaynak_source_get_label (source), ==, "Beyaz Saray");
  g_assert_cmpstr (kaynak_claim_get_cues (first)[0], ==, "açıklandı");

  second = g_list_model_get_item (claims, 1);
  source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (second));
  g_assert_cmpstr (kaynak_source_get_label (source), ==, "Kremlin");
  g_assert_cmpint (kaynak_source_get_kind (source), ==, KAYNAK_SOURCE_KIND_NO_COMMENT);

  /* one undo step takes it all back */
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, 0);

  /* and nothing is suggested twice over the claims once accepted */
  g_assert_true (kaynak_document_redo (document));
  {
    g_autoptr(GPtrArray) again = suggest ("tr", document);
    g_assert_cmpuint (again->len, ==, 0);
  }
}

/* One suggestion accepted as the window's Enter and 1–9 do: with its own
 * source (made when missing) and cue, or retagged with a source the user
 * chose; each one undo step; an unknown source is refused with nothing
 * left behind */
static void
test_accept_one (void)
{
  const char *text =
    "Beyaz Saray’dan yapılan açıklamada bölgeye asker gönderildiği açıklandı. "
    "Kremlin şimdilik sessiz.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  g_autoptr(KaynakSource) other = kaynak_document_make_source (document, "Ajans", KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GError) error = NULL;
  GListModel *claims = kaynak_document_get_claims (document);
  GListModel *sources = kaynak_document_get_sources (document);
  KaynakClaim *claim;

  g_assert_cmpuint (suggestions->len, ==, 2);
  g_assert_true (kaynak_document_add_source (document, other, &error));
  g_assert_no_error (error);

  g_assert_null (kaynak_suggestion_accept (document, suggestions->pdata[0], "no-such-source", NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 0);

  claim = kaynak_suggestion_accept (document, suggestions->pdata[0], NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_source_get_label (kaynak_document_lookup_source (
                     document, kaynak_claim_get_source_id (claim))), ==, "Beyaz Saray");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "açıklandı");
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);

  claim = kaynak_suggestion_accept (document, suggestions->pdata[1],
                                    kaynak_source_get_id (other), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_source_get_id (other));
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 2);

  /* one step each: the retagged one, then the first with its new source */
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 1);
}

/* A rejected suggestion is never proposed again: not after undo and redo,
 * not after a save and a load (both serialisers), and it moves with its
 * words when the article changed; undoing the rejection proposes it again */
static void
test_rejected (void)
{
  const char *text =
    "Beyaz Saray’dan yapılan açıklamada bölgeye asker gönderildiği açıklandı. "
    "Kremlin şimdilik sessiz.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  g_autoptr(GError) error = NULL;
  KaynakSuggestion *kremlin;
  guint start, end;

  kaynak_document_mark_saved (document);
  g_assert_cmpuint (suggestions->len, ==, 2);
  kremlin = g_ptr_array_index (suggestions, 1);
  start = kremlin->start;
  end = kremlin->end;

  g_assert_false (kaynak_document_reject_range (document, 5, 5, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_get_modified (document));

  g_assert_true (kaynak_document_reject_range (document, start, end, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_true (kaynak_document_is_rejected (document, start, end));
  {
    g_autoptr(GPtrArray) again = suggest ("tr", document);

    g_assert_cmpuint (again->len, ==, 1);
    g_assert_cmpuint (((KaynakSuggestion *) again->pdata[0])->start, !=, start);
  }
  /* one undo step forgets it */
  g_assert_true (kaynak_document_undo (document));
  g_assert_false (kaynak_document_is_rejected (document, start, end));
  {
    g_autoptr(GPtrArray) again = suggest ("tr", document);

    g_assert_cmpuint (again->len, ==, 2);
  }
  g_assert_true (kaynak_document_redo (document));
  g_assert_true (kaynak_document_is_rejected (document, start, end));

  /* saved and loaded, by both serialisers */
  for (guint way = 0; way < 2; way++)
    {
      g_autoptr(GBytes) bytes = way == 0 ? kaynak_file_serialize (document)
                                         : _kaynak_file_serialize_tree (document);
      g_autoptr(KaynakDocument) loaded = kaynak_file_load_bytes (bytes, NULL, &error);
      g_autoptr(GPtrArray) again = NULL;
      KaynakRejection *r;

      g_assert_no_error (error);
      g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"rejected_suggestions\""));
      g_assert_cmpuint (kaynak_document_get_rejections (loaded)->len, ==, 1);
      r = g_ptr_array_index (kaynak_document_get_rejections (loaded), 0);
      g_assert_cmpuint (kaynak_rejection_get_start (r), ==, start);
      g_assert_cmpstr (kaynak_rejection_get_quote (r), ==, "Kremlin şimdilik sessiz");
      again = suggest ("tr", loaded);
      g_assert_cmpuint (again->len, ==, 1);
    }
}

/* A file whose article changed: the rejection follows its words, and one
 * whose words are gone is dropped; bad ranges are refused clearly */
static void
test_rejected_file (void)
{
  const char *head =
    "{\"format\": \"kaynak\", \"version\": 1, \"metadata\": {\"language\": \"tr\"},"
    " \"article\": {\"sha256\": \"0000000000000000000000000000000000000000000000000000000000000000\","
    " \"text\": \"Giriş. Beyaz Saray’dan yapılan açıklamada bölgeye asker gönderildiği açıklandı. "
    "Kremlin şimdilik sessiz.\"}, \"sources\": [], \"claims\": [], \"links\": [],"
    " \"rejected_suggestions\": ";
  g_autofree char *good = g_strconcat (head,
    "[{\"start\": 73, \"end\": 96, \"quote\": \"Kremlin şimdilik sessiz\"},"
    " {\"start\": 0, \"end\": 9, \"quote\": \"yok olan söz\"}]}", NULL);
  g_autofree char *bad = g_strconcat (head, "[{\"start\": 9, \"end\": 3, \"quote\": \"x\"}]}", NULL);
  g_autoptr(GBytes) good_bytes = g_bytes_new_static (good, strlen (good));
  g_autoptr(GBytes) bad_bytes = g_bytes_new_static (bad, strlen (bad));
  g_autoptr(KaynakDocument) loaded = NULL;
  g_autoptr(KaynakDocument) refused = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  KaynakRejection *r;

  loaded = kaynak_file_load_bytes (good_bytes, NULL, &error);
  g_assert_no_error (error);
  /* "Giriş. " moved the words 7 code points on; "yok olan söz" is gone */
  g_assert_cmpuint (kaynak_document_get_rejections (loaded)->len, ==, 1);
  r = g_ptr_array_index (kaynak_document_get_rejections (loaded), 0);
  g_assert_cmpuint (kaynak_rejection_get_start (r), ==, 80);
  g_assert_cmpuint (kaynak_rejection_get_end (r), ==, 103);
  again = suggest ("tr", loaded);
  g_assert_cmpuint (again->len, ==, 1);

  refused = kaynak_file_load_bytes (bad_bytes, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "rejected_suggestions[0]"));
}


/* The suggestion, if any, whose content starts at @start */
static gboolean
suggested_at (GPtrArray *suggestions,
              guint      start)
{
  for (guint i = 0; i < suggestions->len; i++)
    if (((KaynakSuggestion *) g_ptr_array_index (suggestions, i))->start == start)
      return TRUE;
  return FALSE;
}

/* A rejection is of one place: the same words elsewhere are still
 * suggested, before and after the file is saved and the article changed;
 * an older rejection without its context is dropped rather than put on
 * words that stand in two places */
static void
test_rejected_place (void)
{
  const char *text =
    "Bakan, faizin düşeceğini söyledi. Kremlin şimdilik sessiz. Bakan, faizin düşeceğini söyledi.";
  const char *words = "faizin düşeceğini";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) before = suggest ("tr", document);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) reloaded = NULL;
  g_autoptr(GPtrArray) legacy_suggestions = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) changed_bytes = NULL;
  g_autoptr(GBytes) legacy_bytes = NULL;
  g_autoptr(GString) json = NULL;
  g_autoptr(KaynakDocument) changed = NULL;
  g_autoptr(KaynakDocument) legacy = NULL;
  g_autoptr(GError) error = NULL;
  guint first = offset_of (text, words);
  guint second = g_utf8_pointer_to_offset (text, strstr (strstr (text, words) + 1, words));
  guint length = g_utf8_strlen (words, -1);
  guint shift = g_utf8_strlen ("Giriş. ", -1);
  KaynakRejection *r;
  g_autofree char *legacy_json = NULL;

  g_assert_true (suggested_at (before, first));
  g_assert_true (suggested_at (before, second));

  g_assert_true (kaynak_document_reject_range (document, first, first + length, &error));
  g_assert_no_error (error);
  after = suggest ("tr", document);
  g_assert_false (suggested_at (after, first));
  g_assert_true (suggested_at (after, second));
  r = g_ptr_array_index (kaynak_document_get_rejections (document), 0);
  g_assert_cmpstr (kaynak_rejection_get_suffix (r), ==, " söyledi. Kremlin şimdilik sessi");

  /* saved with its context, then the article changed before it: found at
   * its own place, not at the other copy of its words */
  bytes = kaynak_file_serialize (document);
  json = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (json->str, "\"suffix\""));
  g_assert_cmpuint (g_string_replace (json, "Bakan, faizin düşeceğini söyledi. Kremlin",
                                      "Giriş. Bakan, faizin düşeceğini söyledi. Kremlin", 1), ==, 1);
  changed_bytes = g_bytes_new (json->str, json->len);
  changed = kaynak_file_load_bytes (changed_bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_rejections (changed)->len, ==, 1);
  r = g_ptr_array_index (kaynak_document_get_rejections (changed), 0);
  g_assert_cmpuint (kaynak_rejection_get_start (r), ==, first + shift);
  reloaded = suggest ("tr", changed);
  g_assert_false (suggested_at (reloaded, first + shift));
  g_assert_true (suggested_at (reloaded, second + shift));

  /* a rejection of an older file, without context, whose words now stand
   * elsewhere and twice: no place can be told, so it is dropped */
  legacy_json = g_strdup_printf (
    "{\"format\": \"kaynak\", \"version\": 1, \"metadata\": {\"language\": \"tr\"},"
    " \"article\": {\"sha256\": \"0000000000000000000000000000000000000000000000000000000000000000\","
    " \"text\": \"Giriş. %s\"}, \"sources\": [], \"claims\": [], \"links\": [],"
    " \"rejected_suggestions\": [{\"start\": %u, \"end\": %u, \"quote\": \"%s\"}]}",
    text, first, first + length, words);
  legacy_bytes = g_bytes_new (legacy_json, strlen (legacy_json));
  legacy = kaynak_file_load_bytes (legacy_bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_rejections (legacy)->len, ==, 0);
  legacy_suggestions = suggest ("tr", legacy);
  g_assert_true (suggested_at (legacy_suggestions, first + shift));
  g_assert_true (suggested_at (legacy_suggestions, second + shift));
}

static void
test_language_for (void)
{
  g_autoptr(KaynakDocument) tr = kaynak_document_new (
    "Bakanlık, bölgeye asker gönderildiğini ve bunun için hazırlık yapıldığını açıkladı.", -1);
  g_autoptr(KaynakDocument) en = kaynak_document_new (
    "The ministry said that the troops had been sent to the border and that the work was done.", -1);
  g_autoptr(KaynakDocument) tagged = document_for ("x", "en-GB");

  g_assert_cmpstr (kaynak_suggest_language_for (tr), ==, "tr");
  g_assert_cmpstr (kaynak_suggest_language_for (en), ==, "en");
  g_assert_cmpstr (kaynak_suggest_language_for (tagged), ==, "en");
}

/* Long and hostile input: an unclosed quotation and cues with nothing
 * around them give nothing odd and end */
static void
test_hostile (void)
{
  g_autoptr(GString) text = g_string_new ("“");
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append (text, "açıklandı belirtildi dedi göre said “ ' \" ");
  document = document_for (text->str, "tr");
  suggestions = suggest ("tr", document);
  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);
      g_assert_cmpuint (s->start, <, s->end);
      g_assert_cmpuint (s->end, <=, kaynak_document_get_length (document));
    }
}

/* Random text made of the rules' own words, quotation marks and
 * punctuation: whatever comes, the suggestions are inside the article, in
 * order, never overlapping, each with its cue and source inside it too */
static void
test_random (void)
{
  static const char * const pieces[] = {
    "açıklandı", "belirtildi", "iddia edildi", "dedi", "göre", "olduğunu", "getirildiği",
    "açıklamada", "ise", "de", "sessiz", "yorum yapmadı", "muhtemelen", "ulaşmış",
    "said", "told", "that", "according to", "declined to comment", "he", "reportedly",
    "Beyaz Saray’dan", "Kremlin'in", "ABD", "The", "Pentagon", "John Kirby", "kaynaklara",
    "“", "”", "‘", "’", "«", "»", "\"", "'", ",", ":", ".", "!", "?", "\n", " ", "3,000",
    "27-28 Ekim’de", "x", "İ", "ı",
  };
  const char *languages[] = { "tr", "en" };

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_test_rand_int_range (1, 120);
      const char *language = languages[round % 2];
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GPtrArray) suggestions = NULL;
      guint length, previous_end = 0;

      for (guint i = 0; i < n; i++)
        {
          g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
          if (g_test_rand_bit ())
            g_string_append_c (text, ' ');
        }
      document = document_for (text->str, language);
      suggestions = suggest (language, document);
      length = kaynak_document_get_length (document);
      for (guint i = 0; i < suggestions->len; i++)
        {
          KaynakSuggestion *s = g_ptr_array_index (suggestions, i);

          g_assert_cmpuint (s->start, <, s->end);
          g_assert_cmpuint (s->end, <=, length);
          g_assert_cmpuint (s->start, >=, previous_end);
          g_assert_cmpuint (s->cue_start, <=, s->cue_end);
          g_assert_cmpuint (s->cue_end, <=, length);
          g_assert_cmpuint (s->source_start, <=, s->source_end);
          g_assert_cmpuint (s->source_end, <=, length);
          g_assert_nonnull (s->rule);
          g_assert_true (s->source_label == NULL || g_utf8_validate (s->source_label, -1, NULL));
          previous_end = s->end;
        }
    }
}

/* --- Rules files ----------------------------------------------------------- */

static void
expect_malformed (const char *text,
                  const char *where)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakSuggestRules) rules = kaynak_suggest_rules_parse (text, "bad.rules", "tr", &error);

  g_assert_null (rules);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, where))
    g_error ("“%s” does not start with “%s”", error->message, where);
}

static void
test_rules_malformed (void)
{
  expect_malformed ("report dedi\n", "bad.rules:1: ");
  expect_malformed ("language en\nreport said\n", "bad.rules:1: ");
  expect_malformed ("# c\n\nlanguage tr\nreport açıkla(dı|ndı\n", "bad.rules:4: ");
  expect_malformed ("language tr\nreport de(di|(miş))\n", "bad.rules:2: ");
  expect_malformed ("language tr\nreport dedi)\n", "bad.rules:2: ");
  expect_malformed ("language tr\nreport de*di\n", "bad.rules:2: ");
  expect_malformed ("language tr\nreport dedi\nreprot dedi\n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport dedi\nsetting report-content sideways\n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport dedi\nsetting quote-min-words 0\n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport dedi\nquote “\n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport dedi\nsource Beyaz Saray ||\n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport dedi\nclause-end *dığı ve\n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport dedi\nhedge\n", "bad.rules:3: ");
  /* a joint statement needs its words; a coordinator is one word */
  expect_malformed ("language tr\nreport dedi\nsetting joint-statement   \n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport dedi\ncoordinator ve de\n", "bad.rules:3: ");
  expect_malformed ("language tr\nreport (|)\n", "bad.rules:2: ");
  expect_malformed ("language tr\nreport (a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)\n",
                    "bad.rules:2: ");
  /* no reporting verb at all: the file is there but says nothing */
  expect_malformed ("language tr\nhedge muhtemelen\n", "bad.rules: ");
}

static void
test_rules_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakSuggestRules) rules =
    kaynak_suggest_rules_parse ("language tr\n# a comment\n\n  report  açıkla(dı|ndı|)  \n"
                                "report iddia (etti|edildi)\nquote « »\nsource Beyaz Saray | White House\n",
                                "good.rules", "tr", &error);
  KaynakRulePhrase *phrase;

  g_assert_no_error (error);
  g_assert_cmpuint (rules->phrases[KAYNAK_RULE_REPORT]->len, ==, 5);
  phrase = g_ptr_array_index (rules->phrases[KAYNAK_RULE_REPORT], 3);
  g_assert_cmpuint (phrase->n_words, ==, 2);
  g_assert_cmpuint (phrase->line, ==, 5);
  g_assert_cmpuint (rules->quotes->len, ==, 1);
  g_assert_cmpuint (rules->sources->len, ==, 1);
  g_assert_null (rules->joint_statement);

  {
    g_autoptr(KaynakSuggestRules) joint =
      kaynak_suggest_rules_parse ("language tr\nreport dedi\ncoordinator (ve|ile)\njoint ortak\n"
                                  "setting joint-statement  ortak açıklaması \n",
                                  "joint.rules", "tr", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (joint->joint_statement, ==, "ortak açıklaması");
    g_assert_cmpuint (joint->phrases[KAYNAK_RULE_COORDINATOR]->len, ==, 2);
    g_assert_cmpuint (joint->phrases[KAYNAK_RULE_JOINT]->len, ==, 1);
  }

  g_assert_true (kaynak_suggest_word_matches ("*diği", "getirildiği"));
  g_assert_false (kaynak_suggest_word_matches ("*diği", "diği"));
  g_assert_true (kaynak_suggest_word_matches ("kaynak*", "kaynaklara"));
  g_assert_false (kaynak_suggest_word_matches ("dedi", "dediler"));
}

static void
test_rules_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakSuggester) suggester = kaynak_suggester_new ("xx", &error);

  g_assert_null (suggester);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "xx.rules"));
}

/* The installed rules parse, in both languages */
static void
test_rules_shipped (void)
{
  const char *languages[] = { "tr", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakSuggester) suggester = kaynak_suggester_new (languages[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (kaynak_suggester_get_language (suggester), ==, languages[i]);
    }
}


/* --- Sources: titles, unnamed officials, names met before ---------------- */

/* The suggestion whose content holds @words (their first place in @text)
 * has the source @label (NULL: none) */
static void
expect_source (GPtrArray  *suggestions,
               const char *text,
               const char *words,
               const char *label)
{
  guint at = offset_of (text, words);

  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->start <= at && at < s->end)
        {
          g_assert_cmpstr (s->source_label, ==, label);
          return;
        }
    }
  g_error ("no suggestion holds “%s”", words);
}

static void
test_tr_titles_and_bodies (void)
{
  const char *text =
    "Kremlin Sözcüsü Dmitriy Peskov, görüşmelerin gelecek hafta süreceğini söyledi. "
    "Rusya Dışişleri Bakanlığı ise yaptırımların kaldırılması gerektiğini açıkladı. "
    "Kimliğinin açıklanmasını istemeyen ABD’li bir yetkili, tarihin henüz belli olmadığını söyledi. "
    "Kimliğinin açıklanmasını istemeyen bir banka yetkilisi, faizlerin düşeceğini ifade etti. "
    "Aynı yetkiliye göre faiz kararı oybirliğiyle alındı. "
    "Fabrikada çalışan bir işçi, ücretlerin yetmediğini söyledi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  /* the person after the title, not the institution before it */
  expect_source (suggestions, text, "görüşmelerin", "Dmitriy Peskov");
  /* a place opening a longer name */
  expect_source (suggestions, text, "yaptırımların", "Rusya Dışişleri Bakanlığı");
  /* "ABD’li" says whose the official is; -li and -si stay on the noun */
  expect_source (suggestions, text, "tarihin", "ABD’li bir yetkili");
  expect_source (suggestions, text, "faizlerin", "banka yetkilisi");
  /* "Aynı yetkili": the official named before */
  expect_source (suggestions, text, "faiz kararı", "banka yetkilisi");
  /* a common noun opening the sentence is no one; the noun after the
   * participle is */
  expect_source (suggestions, text, "ücretlerin", "işçi");
}

static void
test_tr_names_met_before (void)
{
  const char *text =
    "Ankara Valiliği, okulların iki gün kapalı kalacağını duyurdu. "
    "Valilikten yapılan açıklamada ana yolların açık olduğu belirtildi. "
    "Kuraklıkla Mücadele Kurulu (KMK) verilerine göre barajların doluluk oranı yüzde 20’ye düştü. "
    "Yangının bir kıvılcımla başladığı iddia ediliyor.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect_source (suggestions, text, "okulların", "Ankara Valiliği");
  /* "Valilikten": the governorship named in the sentence before */
  expect_source (suggestions, text, "ana yolların", "Ankara Valiliği");
  /* over the abbreviation in parentheses; "Kurulu" keeps its -u */
  expect_source (suggestions, text, "barajların", "Kuraklıkla Mücadele Kurulu");
  /* a claim in the passive names no one, nor goes back to the sentence
   * before */
  expect_source (suggestions, text, "Yangının", NULL);
}


static void
test_tr_relayed (void)
{
  const char *text =
    "Devlet Meteoroloji İşleri Genel Müdürlüğü, hafta sonu sağanak beklendiğini açıkladı. "
    "Valilikte konuşan milletvekili Ayşe Korkmaz, meteoroloji işlerine göre yağışın pazartesi "
    "biteceğini söyledi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  /* the speaker relays the office, whom the words are credited to; the
   * office's name in lower case is the one met before */
  expect_source (suggestions, text, "yağışın", "Devlet Meteoroloji İşleri Genel Müdürlüğü");
}

static void
test_en_titles_and_bodies (void)
{
  const char *text =
    "Kremlin spokesman Dmitry Peskov said talks would continue next week. "
    "Qatar's Foreign Ministry, which mediates the talks, declined to comment. "
    "The Interior Ministry said on Monday that 40 people had been arrested. "
    "The ministry said the protests had been illegal. "
    "A White House official said the president would sign the bill. "
    "A police officer who asked not to be named said the suspect had fled. "
    "Her spokesman, Tom Reed, said the meeting had been cancelled. "
    "A spokesperson for the European Commission said the rules would apply from March. "
    "The shipping company Maersk reported that two vessels had been diverted.";
  g_autoptr(KaynakDocument) document = document_for (text, "en");
  g_autoptr(GPtrArray) suggestions = suggest ("en", document);

  expect_source (suggestions, text, "talks would", "Dmitry Peskov");
  expect_source (suggestions, text, "Qatar's Foreign Ministry, which", "Qatar's Foreign Ministry");
  expect_source (suggestions, text, "40 people", "Interior Ministry");
  /* "The ministry": the one named before */
  expect_source (suggestions, text, "the protests", "Interior Ministry");
  /* a body's unnamed official, not the body */
  expect_source (suggestions, text, "the president would", "White House official");
  /* the subject before a relative clause longer than a subject */
  expect_source (suggestions, text, "the suspect", "police officer");
  /* the name in apposition */
  expect_source (suggestions, text, "the meeting", "Tom Reed");
  /* the one spoken for */
  expect_source (suggestions, text, "the rules", "European Commission");
  /* the name after the words that describe it */
  expect_source (suggestions, text, "two vessels", "Maersk");
}

static void
test_en_surname_before_pronoun (void)
{
  const char *text =
    "Finance Minister Laura Green presented the budget on Monday. "
    "Green declined to answer questions from reporters. "
    "“We will not raise taxes this year,” she said.";
  g_autoptr(KaynakDocument) document = document_for (text, "en");
  g_autoptr(GPtrArray) suggestions = suggest ("en", document);

  /* "she" after a sentence that names her by her surname only */
  expect_source (suggestions, text, "We will not", "Laura Green");
}


/* A body's name of several words with a case ending after the pronominal
 * n, written without the apostrophe: the name without its ending */
static void
test_tr_institution_case (void)
{
  const char *text =
    "İçişleri Bakanlığından yapılan açıklamada 12 şüphelinin gözaltına alındığı bildirildi. "
    "Türk Tabipleri Birliğinin raporuna göre hastanelerde yatak doluluğu yüzde 90’ı aştı. "
    "Oy ve Ötesi, sandıkların yüzde 98’inin sayıldığını açıkladı.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect_source (suggestions, text, "12 şüphelinin", "İçişleri Bakanlığı");
  expect_source (suggestions, text, "hastanelerde", "Türk Tabipleri Birliği");
  /* "ve" inside a body's name keeps it one name */
  expect_source (suggestions, text, "sandıkların", "Oy ve Ötesi");
}

static const char coordinated_text[] =
  "Dün Avrupa Birliği (AB) Komisyonu Başkanı Ursula von der Leyen ve NATO Genel Sekreteri "
  "Mark Rutte telefonda görüştü. "
  "Von der Leyen ve Rutte görüşmeyle ilgili ortak açıklamada savunma harcamalarının artırılacağı "
  "belirtildi. "
  "Açıklamada iki liderin yeni bir görev gücü kurulmasında anlaştığı bildirildi. "
  "Merkez Bankası Başkanı Fatih Karahan ve Hazine ve Maliye Bakanı Mehmet Şimşek dün "
  "yatırımcılarla görüştü. "
  "Karahan ile Şimşek, faizlerin bir süre yüksek tutulacağını söyledi. "
  "Hazine ve Maliye Bakanlığı, bütçe açığının azaldığını açıkladı.";

/* "X ve Y": two persons, not one name of both; their joint statement is
 * named for their bodies, the document's source of that name if any */
static void
test_tr_coordinated (void)
{
  const char *text = coordinated_text;
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);
  g_autoptr(KaynakDocument) annotated = document_for (text, "tr");
  g_autoptr(KaynakSource) joint =
    kaynak_source_new ("eu-nato", "EU–NATO joint statement", "#804400", 1,
                       KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(KaynakSource) simsek =
    kaynak_source_new ("simsek", "Mehmet Şimşek", "#1c71d8", 2, KAYNAK_SOURCE_KIND_NAMED);
  const char *aliases[] = { "AB–NATO ortak açıklaması", NULL };
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSuggestion *s;

  /* the bodies before the titles name the joint statement, and the
   * sentence after it, naming no one, goes back to it */
  expect_source (suggestions, text, "savunma harcamalarının", "AB–NATO ortak açıklaması");
  expect_source (suggestions, text, "iki liderin", "AB–NATO ortak açıklaması");
  /* two persons with no joint word, no body known: both names */
  expect_source (suggestions, text, "faizlerin", "Fatih Karahan ile Mehmet Şimşek");
  /* "ve" inside a ministry's name is no coordination */
  expect_source (suggestions, text, "bütçe açığının", "Hazine ve Maliye Bakanlığı");

  /* the document's joint statement by its alias; the document's source
   * of one of two speakers */
  kaynak_source_set_aliases (joint, aliases);
  kaynak_document_add_source (annotated, joint, &error);
  g_assert_no_error (error);
  kaynak_document_add_source (annotated, simsek, &error);
  g_assert_no_error (error);
  again = suggest ("tr", annotated);
  expect_source (again, text, "savunma harcamalarının", "EU–NATO joint statement");
  for (guint i = 0; i < again->len; i++)
    {
      s = g_ptr_array_index (again, i);
      if (s->start <= offset_of (text, "savunma") && offset_of (text, "savunma") < s->end)
        g_assert_cmpstr (s->source_id, ==, "eu-nato");
      if (s->start <= offset_of (text, "faizlerin") && offset_of (text, "faizlerin") < s->end)
        g_assert_cmpstr (s->source_id, ==, "simsek");
    }
  expect_source (again, text, "faizlerin", "Mehmet Şimşek");
}

/* The sample article's joint statement: what its annotated file calls it */
static void
test_tr_sample_joint_statement (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);
  g_autoptr(GPtrArray) suggestions = NULL;
  guint joint = 0;

  g_assert_no_error (error);
  suggestions = suggest ("tr", document);
  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);

      g_assert_cmpstr (s->source_label, !=, "Von der Leyen ve Rutte");
      if (g_strcmp0 (s->source_id, "eu-nato-joint-statement") == 0)
        joint++;
    }
  /* the statement's sentence and the four after it that name no one */
  g_assert_cmpuint (joint, ==, 5);
}


/* A sentence with no claim leaves its subject to the next: the person
 * after a title, not a place in the locative */
static void
test_tr_previous_subject (void)
{
  const char *text =
    "Enerji Bakanı Alparslan Bayraktar dün Ankara’da gazetecilerle görüştü. "
    "“Doğal gaz fiyatları kış boyunca sabit kalacak” dedi. "
    "Sağlık Bakanı Kemal Memişoğlu hastaneleri gezdi. "
    "Aşı stoklarının yeterli olduğunu söyledi. "
    "Heyet önceki gün Rusya’ya gitti. "
    "Görüşmelerin olumlu geçtiği bildirildi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect_source (suggestions, text, "Doğal gaz", "Alparslan Bayraktar");
  expect_source (suggestions, text, "Aşı stoklarının", "Kemal Memişoğlu");
  /* "Rusya’ya" is where the delegation went, not who speaks */
  expect_source (suggestions, text, "Görüşmelerin", NULL);
}

/* "Bakan, …": a title alone is the person met after it; a surname alone
 * is the person met before with that full name */
static void
test_tr_title_and_surname_alone (void)
{
  const char *text =
    "İzmir Valisi Süleyman Elban, yangında can kaybı olmadığını açıkladı. "
    "Hazine ve Maliye Bakanı Mehmet Şimşek de bütçeden kaynak ayrılacağını söyledi. "
    "Vali, iki köyün boşaltıldığını ekledi. "
    "Bakan ise yardımların hafta içinde ulaşacağını belirtti. "
    "Elban’a göre yangın kontrol altına alındı ve soğutma çalışmaları sürüyor.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect_source (suggestions, text, "iki köyün", "Süleyman Elban");
  expect_source (suggestions, text, "yardımların", "Mehmet Şimşek");
  expect_source (suggestions, text, "yangın kontrol", "Süleyman Elban");
}

/* "Hamas’ın siyasi büro sorumlusu Basim Naim": the person a genitive
 * describes, not the body */
static void
test_tr_genitive_person (void)
{
  const char *text =
    "Hamas’ın siyasi büro sorumlusu Basim Naim, ateşkesin sürdüğünü söyledi. "
    "Şirketin Türkiye temsilcisi Can Ak ise fabrikanın kapanmayacağını açıkladı. "
    "Hamas’ın açıklamasında esirlerin takasının başladığı belirtildi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect_source (suggestions, text, "ateşkesin", "Basim Naim");
  expect_source (suggestions, text, "fabrikanın", "Can Ak");
  /* a genitive with no person after it is the body */
  expect_source (suggestions, text, "esirlerin", "Hamas");
}


/* A titled name longer than a subject usually is, before its comma; two
 * titled persons joined; a place's possessed noun; more reporting verbs */
static void
test_tr_long_subjects (void)
{
  const char *text =
    "Beyaz Saray Ulusal Güvenlik Sözcüsü John Kirby, yardımların artırılacağını söyledi. "
    "Almanya Başbakanı Olaf Scholz ile Fransa Cumhurbaşkanı Emmanuel Macron Ukrayna’ya desteğin "
    "süreceğini açıkladı. "
    "AB Komisyonu Başkanı Ursula von der Leyen ve NATO Genel Sekreteri Mark Rutte ortak açıklamada "
    "savunma harcamalarının artacağını duyurdu. "
    "İsrail ordusu, kuzeydeki operasyonların sürdüğünü açıkladı. "
    "Kremlin sözcüsü, görüşmenin ertelendiğini söyledi. "
    "Muhalefet partileri ise sonuçlara itiraz edeceklerini bildirdi. "
    "Muhalefet lideri Özgür Özel, erken seçimin kaçınılmaz olduğunu savundu. "
    "Özel, yeni bir anayasanın gerektiğini de sözlerine ekledi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  /* the clause, not the titled name before it */
  expect (suggestions, text, "yardımların artırılacağını", "söyledi", "John Kirby", "report-clause");
  expect_source (suggestions, text, "Ukrayna’ya desteğin", "Olaf Scholz ile Emmanuel Macron");
  expect_source (suggestions, text, "savunma harcamalarının", "AB–NATO ortak açıklaması");
  expect_source (suggestions, text, "kuzeydeki operasyonların", "İsrail ordusu");
  /* a capitalised word and its possessed noun before "ise" */
  expect_source (suggestions, text, "sonuçlara itiraz", "Muhalefet partileri");
  /* a title after the place speaks for it */
  expect_source (suggestions, text, "görüşmenin ertelendiğini", "Kremlin");
  expect (suggestions, text, "erken seçimin kaçınılmaz olduğunu", "savundu", "Özgür Özel", "report-clause");
  expect (suggestions, text, "yeni bir anayasanın gerektiğini", "sözlerine ekledi", "Özgür Özel",
          "report-clause");
}


/* A participle's subject: the unnamed official a long description ends
 * in, before the comma; the titled person after "… ile görüşen", not the
 * one before it */
static void
test_tr_participle_subjects (void)
{
  const char *text =
    "Kimliğinin açıklanmaması koşuluyla konuşan bir Avrupa Birliği yetkilisi, yaptırım paketinin "
    "hazır olduğunu belirtti. "
    "Yetkiliye göre paket enerji ithalatını da kapsayacak. "
    "Sendika Başkanı Mehmet Kaya ile görüşen Bakan Vedat Işıkhan, zam oranının yüzde 30 olacağını söyledi.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect (suggestions, text, "yaptırım paketinin hazır olduğunu", "belirtti", "Avrupa Birliği yetkilisi",
          "report-clause");
  expect_source (suggestions, text, "paket enerji", "Avrupa Birliği yetkilisi");
  expect_source (suggestions, text, "zam oranının", "Vedat Işıkhan");
}


/* The words of a quotation are not its speaker; "diyen", "ifadesini
 * kullanan" govern the quotation before them; a place with -ki says
 * which body it is */
static void
test_tr_quotation_speakers (void)
{
  const char *text =
    "Dışişleri Bakanı Hakan Fidan basın toplantısı düzenledi. "
    "“Tarafları masaya oturtmak için elimizden geleni yapacağız” diyen Fidan, yeni bir zirvenin "
    "gündemde olduğunu belirtti. "
    "“Saldırılar kabul edilemez” ifadesini kullanan Bakan, sivillerin korunması çağrısında bulundu. "
    "Gazze’deki Sağlık Bakanlığı, ölü sayısının 40 bini aştığını açıkladı.";
  g_autoptr(KaynakDocument) document = document_for (text, "tr");
  g_autoptr(GPtrArray) suggestions = suggest ("tr", document);

  expect (suggestions, text, "Tarafları masaya oturtmak için elimizden geleni yapacağız", "diyen",
          "Hakan Fidan", "report-quote");
  expect_source (suggestions, text, "yeni bir zirvenin", "Hakan Fidan");
  expect (suggestions, text, "Saldırılar kabul edilemez", "ifadesini kullanan", "Hakan Fidan",
          "report-quote");
  expect_source (suggestions, text, "ölü sayısının", "Sağlık Bakanlığı");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/suggest/tr/report-clause", test_tr_report_clause);
  g_test_add_func ("/kaynak/suggest/tr/participle-and-quote", test_tr_participle_and_quote);
  g_test_add_func ("/kaynak/suggest/tr/sentence-and-topic", test_tr_sentence_and_topic);
  g_test_add_func ("/kaynak/suggest/tr/participle-subject", test_tr_participle_subject);
  g_test_add_func ("/kaynak/suggest/tr/previous-sentence", test_tr_previous_sentence);
  g_test_add_func ("/kaynak/suggest/tr/according", test_tr_according);
  g_test_add_func ("/kaynak/suggest/tr/silence", test_tr_silence);
  g_test_add_func ("/kaynak/suggest/tr/hedge-evidential", test_tr_hedge_evidential);
  g_test_add_func ("/kaynak/suggest/tr/quote-styles", test_tr_quote_styles);
  g_test_add_func ("/kaynak/suggest/tr/source-suffixes", test_tr_source_suffixes);
  g_test_add_func ("/kaynak/suggest/en/reports", test_en_reports);
  g_test_add_func ("/kaynak/suggest/en/before-and-pronoun", test_en_before_and_pronoun);
  g_test_add_func ("/kaynak/suggest/en/asides", test_en_asides);
  g_test_add_func ("/kaynak/suggest/en/adjuncts", test_en_adjuncts);
  g_test_add_func ("/kaynak/suggest/en/report-subjects", test_en_report_subjects);
  g_test_add_func ("/kaynak/suggest/tr/titles-and-bodies", test_tr_titles_and_bodies);
  g_test_add_func ("/kaynak/suggest/tr/names-met-before", test_tr_names_met_before);
  g_test_add_func ("/kaynak/suggest/tr/relayed", test_tr_relayed);
  g_test_add_func ("/kaynak/suggest/tr/institution-case", test_tr_institution_case);
  g_test_add_func ("/kaynak/suggest/tr/coordinated", test_tr_coordinated);
  g_test_add_func ("/kaynak/suggest/tr/sample-joint-statement", test_tr_sample_joint_statement);
  g_test_add_func ("/kaynak/suggest/tr/previous-subject", test_tr_previous_subject);
  g_test_add_func ("/kaynak/suggest/tr/title-and-surname-alone", test_tr_title_and_surname_alone);
  g_test_add_func ("/kaynak/suggest/tr/genitive-person", test_tr_genitive_person);
  g_test_add_func ("/kaynak/suggest/tr/long-subjects", test_tr_long_subjects);
  g_test_add_func ("/kaynak/suggest/tr/participle-subjects", test_tr_participle_subjects);
  g_test_add_func ("/kaynak/suggest/tr/quotation-speakers", test_tr_quotation_speakers);
  g_test_add_func ("/kaynak/suggest/en/titles-and-bodies", test_en_titles_and_bodies);
  g_test_add_func ("/kaynak/suggest/en/surname-before-pronoun", test_en_surname_before_pronoun);
  g_test_add_func ("/kaynak/suggest/document-sources-and-claims", test_document_sources_and_claims);
  g_test_add_func ("/kaynak/suggest/surnames", test_surnames);
  g_test_add_func ("/kaynak/suggest/library-sources", test_library_sources);
  g_test_add_func ("/kaynak/suggest/apply", test_apply);
  g_test_add_func ("/kaynak/suggest/accept-one", test_accept_one);
  g_test_add_func ("/kaynak/suggest/rejected", test_rejected);
  g_test_add_func ("/kaynak/suggest/rejected-file", test_rejected_file);
  g_test_add_func ("/kaynak/suggest/rejected-place", test_rejected_place);
  g_test_add_func ("/kaynak/suggest/language", test_language_for);
  g_test_add_func ("/kaynak/suggest/hostile", test_hostile);
  g_test_add_func ("/kaynak/suggest/random", test_random);
  g_test_add_func ("/kaynak/suggest/rules/malformed", test_rules_malformed);
  g_test_add_func ("/kaynak/suggest/rules/good", test_rules_good);
  g_test_add_func ("/kaynak/suggest/rules/missing", test_rules_missing);
  g_test_add_func ("/kaynak/suggest/rules/shipped", test_rules_shipped);

  return g_test_run ();
}
