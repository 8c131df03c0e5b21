# journeys_article.py: the article's own details (title, web address,
# outlet, date, language): edited, undone, saved and exported.
# SPDX-License-Identifier: GPL-3.0-or-later
import csv
import os
import subprocess

from kaynak_e2e import (Window, article_in_home, audit_names, fail,
                        journey, kaynak_binary, states, text_of, type_into,
                        wait_for)

TITLE = 'Kuzey Kore askerleri Rusya\'da'
URL = 'https://example.org/haber/kuzey-kore'
# xdotool types a capital outside the keymap (Ö) as a small one and may
# drop a letter outside it that comes again soon after (ü…ü): the
# outlet has one such letter
OUTLET = 'Yeni Gün Gazetesi'
DATE = '2024-10-30'
LANGUAGE = 'tr-CY'
AUTHOR = 'Deniz Kaya'
QUOTE = 'üç binden fazla asker'


def field(app, dialog, name):
    """The text field of the entry row NAME."""
    return app.find(dialog, role='text', name=name)


def is_sensitive(acc):
    import pyatspi  # only once the desktop is up (run() checks it is there)
    return states(acc).contains(pyatspi.STATE_SENSITIVE)


def fill(app, dialog, name, value):
    """Replace what the focused field holds with VALUE, as typed, and check
    it arrived in the field NAME.  GTK 4.8 gives the focus state to the
    entry row's inner text, which is not in the tree: that the text lands
    in NAME is what shows the focus was there."""
    entry = field(app, dialog, name)
    app.input.key('ctrl+a')
    app.input.key('BackSpace')
    wait_for(lambda: text_of(entry) == '', 'the %s field to empty' % name)
    type_into(app, entry, value)
    wait_for(lambda: text_of(entry) == value,
             'the %s field to read %r (it reads %r; is the focus elsewhere?)'
             % (name, value, text_of(entry)))
    return entry


def open_details(app):
    app.input.key('alt+Return')
    return app.toplevel('Article Details')


def wait_title(app, want):
    wait_for(lambda: (app.header_title() or ('',))[0] == want,
             'the window title %r (it is %r)' % (want, app.header_title()))


@journey('fill-in-the-article-details')
def fill_in_details(desktop):
    """Alt+Return opens Article Details on the title; a wrong date is
    explained under its field and Apply waits; the details are applied in
    one step that Ctrl+Z takes back and Ctrl+Shift+Z brings again; the
    window's title follows; the saved file and the CSV and HTML exports
    carry them."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    app = Window(desktop, [path])
    wait_title(app, 'seed-article')
    # A claim, so that the CSV has a row to carry the details
    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    app.wait_tag_popover_closed()
    wait_title(app, '• seed-article')

    dialog = open_details(app)
    # The focus starts on the title: typing goes there
    problems = audit_names(dialog, 'Article Details')
    if problems:
        fail('controls without a proper name:\n  ' + '\n  '.join(problems))
    fill(app, dialog, 'Title', TITLE)
    app.input.key('Tab')
    fill(app, dialog, 'Web Address', URL)
    app.input.key('Tab')
    fill(app, dialog, 'Outlet', OUTLET)
    app.input.key('Tab')
    # The byline, between the outlet and the date (issue 18)
    fill(app, dialog, 'Author', AUTHOR)
    app.input.key('Tab')
    # A day that does not exist: said under the field, and Apply waits
    fill(app, dialog, 'Publication Date', '2024-02-30')
    apply = app.find(dialog, role='push button', name='Apply')
    app.find(dialog, role='label', name_re='month 02 of 2024 has 29 days')
    wait_for(lambda: not is_sensitive(apply), 'Apply to wait for a valid date')
    app.input.key('Return')
    if app.find_now(dialog, role='push button', name='Apply') is None:
        fail('Enter applied a date that does not exist')
    fill(app, dialog, 'Publication Date', DATE)
    wait_for(lambda: is_sensitive(apply), 'Apply to be enabled again')
    wait_for(lambda: app.find_now(dialog, role='label', name_re='has 29 days') is None,
             'the date message to go')

    # Language: detected as Turkish; the user chooses another code
    combo = app.find(dialog, role='combo box', name='Language')
    app.find(dialog, role='list item', name='Turkish')
    app.click(combo)
    app.click(app.find(role='list item', name='Other'))
    wait_for(lambda: app.find_now(dialog, role='list item', name='Other'),
             'the language to read Other')
    # The code's field, and its hint, are only there for Other
    problems = audit_names(dialog, 'Article Details, Other language')
    if problems:
        fail('controls without a proper name:\n  ' + '\n  '.join(problems))
    app.input.key('Tab')
    fill(app, dialog, 'Language Code', LANGUAGE)
    app.click(apply)
    app.toplevel_gone('Article Details')

    wait_title(app, '• ' + TITLE)
    # Ctrl+Z takes back the details, all of them and only them
    app.input.key('ctrl+z')
    wait_title(app, '• seed-article')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    app.input.key('ctrl+shift+z')
    wait_title(app, '• ' + TITLE)

    data = app.save_in_dialog(saved)
    want = {'title': TITLE, 'url': URL, 'outlet': OUTLET,
            'published': DATE, 'language': LANGUAGE, 'author': AUTHOR}
    got = {k: data['metadata'].get(k) for k in want}
    if got != want:
        fail('saved metadata %r, expected %r' % (got, want))

    # The exports carry them: CSV (one file) and the HTML report (a folder)
    out = os.path.join(desktop.home, 'out')
    os.makedirs(out)
    csv_path = os.path.join(out, 'details.csv')
    for fmt, target in (('csv', csv_path), ('html', out)):
        run = subprocess.run([kaynak_binary(), '--export', fmt, '--output', target, saved],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             env=desktop.env, timeout=60)
        if run.returncode != 0:
            fail('kaynak --export %s failed: %s' % (fmt, run.stdout.decode()))
    with open(csv_path, encoding='utf-8', newline='') as f:
        header = next(csv.reader(f))
        f.seek(0)
        rows = list(csv.DictReader(f))
    missing = [k for k in want if k not in header]
    if missing:
        fail('the CSV has no column %r' % missing)
    if len(rows) != 1:
        fail('the CSV has %d rows, expected the one claim' % len(rows))
    for row in rows:
        got = {k: row[k] for k in want}
        if got != want:
            fail('the CSV has %r, expected %r' % (got, want))
    html_files = [os.path.join(dp, n) for dp, _, ns in os.walk(out) for n in ns
                  if n.endswith('.html')]
    if not html_files:
        fail('no HTML report in %r' % os.listdir(out))
    with open(html_files[0], encoding='utf-8') as f:
        html = f.read()
    for piece in ('<html lang="tr-CY">', '<h1>Kuzey Kore askerleri Rusya&#39;da</h1>',
                  OUTLET + ' · ' + DATE, 'href="' + URL + '"'):
        if piece not in html:
            fail('the HTML report has no %r' % piece)


@journey('article-language-detected-as-turkish')
def language_detected(desktop):
    """The sample article, opened from its file, is Turkish in Article
    Details, reached from the main menu; Cancel changes nothing."""
    path = article_in_home(desktop)
    app = Window(desktop, [path])
    wait_title(app, 'seed-article')
    app.click(app.find(role='push button', name='Main Menu'))
    app.click(app.find(role='menu item', name='Article Details'))
    dialog = app.toplevel('Article Details')
    app.find(dialog, role='combo box', name='Language')
    wait_for(lambda: app.find_now(dialog, role='list item', name='Turkish'),
             'the language to read Turkish')
    app.click(app.find(dialog, role='push button', name='Cancel'))
    app.toplevel_gone('Article Details')
    wait_title(app, 'seed-article')
