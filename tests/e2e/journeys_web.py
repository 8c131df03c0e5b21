# journeys_web.py: a saved web page and a PDF opened as articles, with the
# details they carry (issue 18).
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import os
import shutil
import time

import kaynak_e2e
from kaynak_e2e import (Window, audit_names, fail, journey, text_of,
                        type_into, wait_for)

PAGE = 'tr-haber-jsonld.html'
TITLE = "Kuzey Kore Rusya'ya 3 binden fazla asker gönderdi"
URL = 'https://www.ornekhaber.com.tr/dunya/kuzey-kore-asker-12345'
OUTLET = 'Örnek Haber'
AUTHOR = 'Ayşe Yılmaz'
DATE = '2024-10-31T09:15:00+03:00'
BODY = ("Güney Kore istihbaratı, Kuzey Kore'nin Rusya'ya üç binden fazla asker "
        "gönderdiğini açıkladı.\n\n"
        "Ulusal İstihbarat Servisi'nin açıklamasına göre askerler Vladivostok "
        "üzerinden eğitim kamplarına taşındı.\n\n"
        "Kremlin Sözcüsü Dmitriy Peskov ise iddiaları \"asılsız\" olarak nitelendirdi.")
ARCHIVED = 'https://web.archive.org/web/2024/https://example.org/kuzey-kore'
QUOTE = 'üç binden fazla asker'

PDF = 'tr-meclis-raporu.pdf'
PDF_TITLE = 'Meclis Araştırma Raporu: Deprem Bölgesinde Konut'
PDF_AUTHOR = 'TBMM Araştırma Komisyonu'
SCAN = 'taranmis-belge.pdf'


def web_file_in_home(desktop, name):
    """A copy of tests/data/web/NAME in the journey's HOME, as a user who
    saved it from a browser would have it; returns its path."""
    path = os.path.join(desktop.home, 'articles', name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    shutil.copyfile(os.path.join(os.environ['KAYNAK_SOURCE_ROOT'], 'tests', 'data',
                                 'web', name), path)
    return path


def wait_title(app, want):
    wait_for(lambda: (app.header_title() or ('',))[0] == want,
             'the window title %r (it is %r)' % (want, app.header_title()))


def field(app, dialog, name):
    return app.find(dialog, role='text', name=name)


def wait_field(app, dialog, name, want):
    entry = field(app, dialog, name)
    wait_for(lambda: text_of(entry) == want,
             'Article Details to show %s %r (it shows %r)' % (name, want, text_of(entry)))


def open_with_dialog(app, path):
    """Ctrl+O, the file's name typed into the chooser, Enter"""
    app.input.key('ctrl+o')
    dialog = app.toplevel('Open an Article')
    # the chooser takes Ctrl+L only once it has settled on its folder
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(os.path.basename(path))
    wait_for(lambda: any(text_of(t) == os.path.basename(path)
                         for t in app.find_all(dialog, role='text')),
             'the name typed into the file dialog')
    app.input.key('Return')
    wait_for(lambda: not [c for c in kaynak_e2e.children(app.app)
                          if c.name == 'Open an Article'],
             'the file dialog to close')


@journey('open-a-saved-news-page')
def open_saved_news_page(desktop):
    """A fact-checker opens a news page saved from the browser: the window
    shows its body alone (no menu, share bar, caption or footer), titled
    with the headline; Article Details has the address, outlet, author,
    publication date and today as the day retrieved; they add the archived
    copy, tag a claim and save, and the file has them all."""
    path = web_file_in_home(desktop, PAGE)
    saved = path[:-len('.html')] + '.kaynak.json'
    today = datetime.date.today().isoformat()
    app = Window(desktop, [path])
    wait_title(app, TITLE)
    wait_for(lambda: app.article_text() == BODY,
             'the article to be the page\'s body (it is %r)' % app.article_text()[:300])

    app.input.key('alt+Return')
    dialog = app.toplevel('Article Details')
    problems = audit_names(dialog, 'Article Details of a web page')
    if problems:
        fail('controls without a proper name:\n  ' + '\n  '.join(problems))
    for name, want in (('Title', TITLE), ('Web Address', URL), ('Outlet', OUTLET),
                       ('Author', AUTHOR), ('Publication Date', DATE),
                       ('Date Retrieved', today)):
        wait_field(app, dialog, name, want)
    archived = field(app, dialog, 'Archived Copy')
    app.click(archived)
    type_into(app, archived, ARCHIVED)
    app.click(app.find(dialog, role='push button', name='Apply'))
    app.toplevel_gone('Article Details')
    wait_title(app, '• ' + TITLE)

    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    app.wait_tag_popover_closed()

    data = app.save_in_dialog(saved)
    want = {'title': TITLE, 'url': URL, 'outlet': OUTLET, 'author': AUTHOR,
            'published': DATE, 'language': 'tr', 'retrieved': today,
            'archived_url': ARCHIVED}
    got = {k: data['metadata'].get(k) for k in want}
    if got != want:
        fail('saved metadata %r, expected %r' % (got, want))
    if data['article']['text'] != BODY:
        fail('saved article text %r' % data['article']['text'][:300])
    quotes = [c.get('quote') for c in data.get('claims', [])]
    if quotes != [QUOTE]:
        fail('saved claims %r, expected the one on %r' % (quotes, QUOTE))


@journey('open-a-pdf-report')
def open_pdf_report(desktop):
    """A fact-checker opens a parliamentary report's PDF with Open…: its
    text, a word hyphenated at a line's end joined again, titled as the
    PDF says, its author in Article Details; a scanned PDF without text is
    refused with a message that says so, and the report stays open."""
    article = web_file_in_home(desktop, PAGE)
    pdf = web_file_in_home(desktop, PDF)
    scan = web_file_in_home(desktop, SCAN)
    app = Window(desktop, [article])
    wait_title(app, TITLE)

    open_with_dialog(app, pdf)
    wait_title(app, PDF_TITLE)
    text = app.article_text()
    if 'teslim edildiğini açıkladı.\nMuhalefet ise' not in text:
        fail('the PDF\'s text does not join "açık-/ladı" again: %r' % text[:400])
    if not text.startswith('Komisyon, deprem bölgesinde') or 'Arabistan merkezli' not in text:
        fail('the PDF\'s two pages are not the article: %r' % text[:400])

    app.input.key('alt+Return')
    dialog = app.toplevel('Article Details')
    wait_field(app, dialog, 'Author', PDF_AUTHOR)
    wait_field(app, dialog, 'Date Retrieved', datetime.date.today().isoformat())
    app.click(app.find(dialog, role='push button', name='Cancel'))
    app.toplevel_gone('Article Details')

    open_with_dialog(app, scan)
    app.find(name_re='only pictures of pages')
    wait_title(app, PDF_TITLE)
