# journeys_search.py: finding words in the article with Ctrl+F (the
# count, the selected match, next, the Turkish letters), tagging every
# match at once, and filtering the claim list by status and text.
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os
import re

from kaynak_e2e import (Window, article_in_home, audit_names,
                        sample_in_home, type_into, claims_by_quote,
                        fail, find, is_focused, is_showing, journey,
                        load_json, offset_of, role_name, text_of, wait_for,
                        walk)

COUNT = re.compile(r'^(\d+ of \d+|No matches)$')


def open_article(desktop, **kwargs):
    path = article_in_home(desktop)
    return Window(desktop, [path], **kwargs), path[:-4] + '.kaynak.json'


def find_entry(app):
    return app.find(name='Find in the Article')


def count_text(app):
    label = find(app.app, role='label', name_re=COUNT.pattern)
    return label.name if label is not None else None


def wait_count(app, expected):
    wait_for(lambda: count_text(app) == expected,
             'the match count to read %r (it reads %r)' % (expected, count_text(app)))


def selected_words(app):
    article = app.article()
    sel = app.selection(article)
    if sel is None or sel[0] == sel[1]:
        return None
    return article.queryText().getText(sel[0], sel[1]), sel[0]


def check_names(app, where):
    """Every control in sight has a name a screen reader can say."""
    problems = audit_names(app.app, where)
    if problems:
        fail('%d controls without a name in %s:\n  %s'
             % (len(problems), where, '\n  '.join(problems)))


def open_find_bar(app):
    app.click_at_offset(app.article(), 0)
    app.input.key('ctrl+f')
    entry = find_entry(app)
    wait_for(lambda: is_focused(entry), 'Ctrl+F to put the focus in the find entry')
    return entry


@journey('find-kremlin-with-ctrl-f')
def find_kremlin(desktop):
    """Ctrl+F, "kremlin": the count says 1 of 1 and "Kremlin" is selected
    in the article; a word with more matches steps with Enter and
    Shift+Enter; Escape closes the bar and leaves the match selected, so a
    digit tags it."""
    app, saved = open_article(desktop)
    text = app.article_text()
    entry = open_find_bar(app)
    check_names(app, 'the find bar')
    app.input.type('kremlin')
    wait_for(lambda: text_of(entry) == 'kremlin', 'the typed text in the entry')
    wait_count(app, '1 of 1')
    kremlin = offset_of(text, 'Kremlin')[0]
    wait_for(lambda: selected_words(app) == ('Kremlin', kremlin),
             '"Kremlin" to be selected (the selection is %r)' % (selected_words(app),))
    # one match: Enter stays on it
    app.input.key('Return')
    wait_count(app, '1 of 1')

    # "ukrayna": every one, Enter goes on to the next, Shift+Enter back
    app.input.key('ctrl+a')
    app.input.type('ukrayna')
    starts = [m.start() for m in re.finditer('Ukrayna', text)]
    n = len(starts)
    if n < 2:
        fail('the sample has %d "Ukrayna"' % n)

    def current():
        m = re.match(r'^(\d+) of (\d+)$', count_text(app) or '')
        return (int(m.group(1)), int(m.group(2))) if m else None
    wait_for(lambda: current() is not None and current()[1] == n,
             'the count to say "of %d" (it reads %r)' % (n, count_text(app)))
    first = current()[0]
    wait_for(lambda: selected_words(app) == ('Ukrayna', starts[first - 1]),
             'match %d to be selected (%r)' % (first, selected_words(app)))
    app.input.key('Return')
    second = first % n + 1
    wait_count(app, '%d of %d' % (second, n))
    wait_for(lambda: selected_words(app) == ('Ukrayna', starts[second - 1]),
             'Enter to select the next match (%r)' % (selected_words(app),))
    app.input.key('shift+Return')
    wait_count(app, '%d of %d' % (first, n))
    app.input.key('ctrl+g')
    wait_count(app, '%d of %d' % (second, n))

    # Escape: the bar goes, the match stays selected, and 1 tags it
    app.input.key('Escape')
    wait_for(lambda: not is_showing(entry), 'Escape to close the find bar')
    wait_for(lambda: selected_words(app) == ('Ukrayna', starts[second - 1]),
             'the match to stay selected')
    app.input.key('1')
    app.wait_tag_popover_closed()
    app.wait_claim_rows(['“Ukrayna”, Unattributed, Unverified'])
    data = app.save_in_dialog(saved)
    claim = data['claims'][0]
    if (claim['start'], claim['end']) != (starts[second - 1], starts[second - 1] + 7):
        fail('saved %r' % claim)


def turkish_article(desktop):
    """A small Turkish article saved as a Kaynak file with language "tr"."""
    text = ('İstanbul’da hava ILIK. İKİ gün sonra ilik bir yağmur bekleniyor; '
            'istanbul halkı ılık havayı sevdi.\n')
    data = {
        'format': 'kaynak', 'version': 1,
        'metadata': {'title': 'Hava', 'language': 'tr'},
        'article': {'sha256': hashlib.sha256(text.encode('utf-8')).hexdigest(),
                    'text': text},
        'sources': [{'id': 'meteoroloji', 'label': 'Meteoroloji', 'color': '#1c71d8',
                     'shortcut': 1, 'kind': 'official-statement'}],
        'claims': [],
    }
    path = os.path.join(desktop.home, 'articles', 'hava.kaynak.json')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False)
    return path, text


@journey('turkish-search-finds-dotted-capital-i')
def turkish_search(desktop):
    """In a Turkish article, "istanbul" finds "İstanbul" and "istanbul",
    "ılık" finds "ILIK" and "ılık" but not "ilik", "iki" finds "İKİ"; with
    Ignore Accents "ilik" finds all three."""
    path, text = turkish_article(desktop)
    app = Window(desktop, [path])
    entry = open_find_bar(app)

    def search(needle, expected_count, expected_words):
        app.input.key('ctrl+a', 'BackSpace')
        wait_for(lambda: text_of(entry) == '', 'the entry to be emptied')
        type_into(app, entry, needle)
        wait_for(lambda: text_of(entry) == needle, 'the entry to read %r' % needle)
        wait_for(lambda: count_text(app) is not None and
                 count_text(app).endswith(expected_count),
                 '%r: a count ending %r (it reads %r)' % (needle, expected_count, count_text(app)))
        if expected_words is not None:
            wait_for(lambda: (selected_words(app) or ('',))[0] in expected_words,
                     '%r to select one of %r (%r)' % (needle, expected_words, selected_words(app)))

    search('istanbul', 'of 2', ('İstanbul', 'istanbul'))
    search('ılık', 'of 2', ('ILIK', 'ılık'))
    search('iki', 'of 1', ('İKİ',))
    search('ilik', 'of 1', ('ilik',))
    search('yagmur', 'No matches', None)

    # Ignore Accents, from the bar's menu (Alt+T opens it)
    app.input.key('alt+t')
    item = app.find(name='Ignore Accents')
    app.click(item)
    wait_for(lambda: find(app.app, name='Ignore Accents') is None, 'the menu to close')
    app.click(entry)
    wait_for(lambda: is_focused(entry), 'the focus back in the find entry')
    search('ilik', 'of 3', ('ILIK', 'ilik', 'ılık'))
    search('yagmur', 'of 1', ('yağmur',))


@journey('tag-all-matches-as-a-source')
def tag_all_matches(desktop):
    """On the sample with its own sources, Ctrl+F "ukrayna", then Tag All
    Matches as → Ukraine: a claim for every match, said in a toast; the
    saved file has them; one Ctrl+Z takes them all back."""
    saved = sample_in_home(desktop)
    app = Window(desktop, [saved])
    text = app.article_text()
    starts = [m.start() for m in re.finditer('Ukrayna', text)]
    open_find_bar(app)
    app.input.type('ukrayna')
    wait_for(lambda: (count_text(app) or '').endswith('of %d' % len(starts)),
             'the count of %d matches (%r)' % (len(starts), count_text(app)))
    app.click(app.find(role='push button', name='Search Options'))
    item = app.find(name='Ukraine')
    check_names(app, 'the search options menu')
    app.click(item)
    app.find(name='%d matches tagged as Ukraine' % len(starts))
    rows = ['“Ukrayna”, Ukraine, Unverified'] * len(starts)
    app.wait_claim_rows(rows)
    data = app.save_in_place(saved)
    got = sorted((c['start'], c['end'], c['quote']) for c in data['claims'])
    want = [(s, s + 7, 'Ukrayna') for s in starts]
    if got != want:
        fail('saved %r, expected %r' % (got, want))
    labels = {s['id']: s['label'] for s in data['sources']}
    if {labels.get(c['source']) for c in data['claims']} != {'Ukraine'}:
        fail('saved sources %r' % [c['source'] for c in data['claims']])
    # One undo step for all of them
    app.click_at_offset(app.article(), 0)
    app.input.key('ctrl+z')
    app.wait_claim_rows([])
    # the file has its name now: Ctrl+S saves without asking
    app.input.key('ctrl+s')
    wait_for(lambda: not load_json(saved)['claims'],
             'the saved file to lose the claims after Ctrl+Z')


def choose_status(app, name):
    """Open the status filter's menu and choose NAME in it."""
    app.click(app.find(role='push button', name='Filter by status'))

    def item():
        for a in walk(app.app):
            if a.name == name and 'menu item' in role_name(a):
                return a
        return None
    app.click(wait_for(item, 'the menu item %r' % name))
    wait_for(lambda: item() is None, 'the status menu to close')


QUOTE = 'üç binden fazla asker'
OTHER = 'Kremlin şimdilik sessiz'
THIRD = 'AB ve NATO yetkilileri toplandı'


@journey('filter-the-list-by-status-and-text')
def filter_by_status_and_text(desktop):
    """Three claims on the sample, one refuted: the status filter shows the
    refuted one, the text filter narrows by the quote, whatever the case,
    by the article's Turkish rules ("KREMLİN Ş"), the two combine, and
    clearing both shows all three again."""
    saved = sample_in_home(desktop)
    app = Window(desktop, [saved])
    for words, key in ((QUOTE, '2'), (OTHER, '4'), (THIRD, '5')):
        app.select_words(words)
        app.input.key(key)
        app.wait_tag_popover_closed()
    rows = ['“%s”, White House, Unverified' % QUOTE,
            '“%s”, Kremlin, Unverified' % OTHER,
            '“%s”, EU–NATO joint statement, Unverified' % THIRD]
    app.wait_claim_rows(rows)
    # The third claim refuted, in its details pane
    app.click(app.claim_row(THIRD))
    app.input.key('Return')
    details = app.find(name='Claim details')
    status = app.find(details, role='combo box', name='Status')
    wait_for(lambda: is_focused(status), 'the status to have the focus')
    app.input.key('Return')
    app.find(details, role='list item', name='Refuted')
    app.input.key('Down', 'Down', 'Return')
    wait_for(lambda: app.find_now(details, role='list item', name='Supported') is None,
             'the status list to close')
    refuted = '“%s”, EU–NATO joint statement, Refuted' % THIRD
    rows[2] = refuted
    app.wait_claim_rows(rows)

    # Status: Refuted
    choose_status(app, 'Refuted')
    app.wait_claim_rows([refuted])
    app.find(role='label', name='1 of 3 Claims')
    # back to every status
    choose_status(app, 'All Statuses')
    app.wait_claim_rows(rows)

    # Text: "kremlin ş" is in one quote, whatever the case
    entry = app.find(name='Filter Claims by Text')
    app.click(entry)
    type_into(app, entry, 'KREMLİN Ş')
    app.wait_claim_rows([rows[1]])
    app.find(role='label', name='1 of 3 Claims')
    # Text and status together: "i" is in all three, Refuted in one
    app.input.key('ctrl+a')
    app.input.type('i')
    app.wait_claim_rows(rows)
    choose_status(app, 'Refuted')
    app.wait_claim_rows([refuted])
    # and the source filter on top: the Kremlin has no refuted claim
    app.click(app.find(role='push button', name='Filter by source'))
    app.click(app.find(role='list item', name='Kremlin (1)'))
    app.wait_claim_rows([])
    app.find(role='label', name='0 of 3 Claims')

    # Clearing each filter brings them back
    app.click(app.find(role='push button', name='Filter by source'))
    app.click(app.find(role='list item', name='All Sources (3)'))
    choose_status(app, 'All Statuses')
    app.click(entry)
    app.input.key('Escape')
    wait_for(lambda: text_of(entry) == '', 'Escape to clear the text filter')
    app.wait_claim_rows(rows)
    app.find(role='label', name='3 Claims')
    data = app.save_in_place(saved)
    if len(data['claims']) != 3:
        fail('saved %d claims' % len(data['claims']))
