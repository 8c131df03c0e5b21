# journeys_library.py: the user's source library: a source made in one
# article offered in the next, the library exported and imported as a
# scheme in Preferences, and a scheme loaded into an article.
# Each journey has a HOME of its own (kaynak_e2e.Desktop), so the library
# starts empty.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import time

import kaynak_e2e

from kaynak_e2e import (Window, article_in_home, audit_names, children,
                        claims_by_quote, fail, journey, load_json, text_of, wait_for,
                        wait_for_file)

QUOTE = 'üç binden fazla asker'
OTHER = 'Kremlin şimdilik sessiz'

TEAM_SCHEME = {
    'format': 'kaynak-scheme',
    'version': 1,
    'sources': [
        {'id': 'united-states', 'label': 'United States', 'color': '#1c71d8',
         'shortcut': None, 'kind': 'official-statement', 'aliases': ['ABD'],
         'description': 'The US government and its spokespeople'},
        {'id': 'kremlin', 'label': 'Kremlin', 'color': '#e01b24',
         'shortcut': None, 'kind': 'no-comment', 'aliases': []},
        # the article has one already: skipped, never a second
        {'id': 'unattributed-2', 'label': 'UNATTRIBUTED', 'color': '#777777',
         'kind': 'unattributed'},
    ],
}


def library_path(desktop):
    return os.path.join(desktop.env['XDG_DATA_HOME'], 'kaynak', 'library.json')


def write_scheme(desktop, data, name='team.kaynak-scheme.json'):
    path = os.path.join(desktop.home, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False)
    return path


def sources_by_label(data):
    return {s['label']: s for s in data['sources']}


def choose_file(app, title, path):
    """In the file dialog TITLE, type PATH into its location and press
    Enter; wait for the dialog to close."""
    dialog = app.toplevel(title)
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(path)
    wait_for(lambda: any(text_of(t) == path for t in app.find_all(dialog, role='text')),
             'the path typed into %s' % title)
    app.input.key('Return')
    app.toplevel_gone(title)


def make_source_by_typing(app, words, name):
    app.select_words(words)
    app.tag_popover()
    app.input.type(name)
    app.find(role='label', name='Enter adds “%s” as a new source' % name)
    app.input.key('Return')
    app.wait_tag_popover_closed()


@journey('a-source-made-in-one-article-is-offered-in-the-next')
def offered_in_the_next(desktop):
    """Make "Beyaz Saray" with New source… in one article and quit; start
    Kaynak again on another article, type "bey" in Tag as…: the library
    offers Beyaz Saray below the article's sources; Down and Enter add it
    and tag the selection in one step; the saved file has the source with
    its kind, once."""
    first = article_in_home(desktop)
    second = article_in_home(desktop, name='ikinci.txt')
    app = Window(desktop, [first])
    make_source_by_typing(app, QUOTE, 'Beyaz Saray')
    app.wait_claim_rows(['“%s”, Beyaz Saray, Unverified' % QUOTE])
    wait_for_file(library_path(desktop))
    library = load_json(library_path(desktop))
    if [s['label'] for s in library['sources']] != ['Beyaz Saray']:
        fail('the library holds %r' % library['sources'])
    app.input.key('ctrl+q')
    app.click(app.find(role='push button', name='Discard'))
    app.wait_exit()

    again = Window(desktop, [second])
    again.select_words(OTHER)
    again.tag_popover()
    again.input.type('bey')
    suggestion = again.find(role='list', name='From your library')
    wait_for(lambda: [c.name for c in children(suggestion) if c.name] ==
             ['Beyaz Saray, Named source, from your library'],
             'the library to offer Beyaz Saray for "bey"')
    problems = audit_names(again.tag_popover(), 'Tag as… with a suggestion')
    if problems:
        fail('\n'.join(problems))
    # no source of the article matches "bey": its list is hidden
    if again.find_now(role='list', name='Sources') is not None:
        fail('Tag as… lists the article\'s sources for "bey": %r' % again.popover_rows())
    again.input.key('Down', 'Return')
    again.wait_claim_rows(['“%s”, Beyaz Saray, Unverified' % OTHER])
    again.wait_tag_popover_closed()

    # one step to undo: the claim and the source together
    again.input.key('ctrl+z')
    again.wait_claim_rows([])
    again.input.key('ctrl+shift+z')
    again.wait_claim_rows(['“%s”, Beyaz Saray, Unverified' % OTHER])

    saved = again.save_in_dialog(second[:-len('.txt')] + '.kaynak.json')
    labels = [s['label'] for s in saved['sources']]
    if labels.count('Beyaz Saray') != 1:
        fail('the saved sources are %r' % labels)
    if sources_by_label(saved)['Beyaz Saray']['kind'] != 'named':
        fail('Beyaz Saray was saved as %r' % sources_by_label(saved)['Beyaz Saray'])
    if claims_by_quote(saved) != {OTHER: ('Beyaz Saray', 'unverified', '')}:
        fail('the saved claims are %r' % claims_by_quote(saved))


@journey('export-and-import-the-library-as-a-scheme')
def export_and_import(desktop):
    """Make a source; in Preferences' Source Library page it is listed;
    Export Scheme… writes it as a scheme file; Import Scheme… merges a
    colleague's scheme (two new sources, one known by name gets an alias);
    then "abd" in Tag as… finds United States by its alias ABD."""
    path = article_in_home(desktop)
    team = write_scheme(desktop, {
        'format': 'kaynak-scheme', 'version': 1,
        'sources': TEAM_SCHEME['sources'][:2] + [
            {'id': 'white-house', 'label': 'beyaz saray', 'color': '#3584e4',
             'kind': 'named', 'aliases': ['White House']}]})
    exported = os.path.join(desktop.home, 'my-sources.kaynak-scheme.json')
    app = Window(desktop, [path])
    make_source_by_typing(app, QUOTE, 'Beyaz Saray')

    app.input.key('ctrl+comma')
    prefs = app.toplevel('Preferences')
    app.click(app.find(prefs, name='Source Library'))
    # open the source: its name, kind, aliases, colour and Remove
    header = app.center(app.find(prefs, role='list item', name='Beyaz Saray'))
    app.input.click(*header)
    app.find(prefs, role='combo box', name='Kind')
    problems = audit_names(prefs, 'Preferences')
    if problems:
        fail('\n'.join(problems))
    # closed again, so that the scheme buttons are in the window; GTK 4.8
    # on X11 can lose a click (README, "A click lost…"), so a click that
    # left the row open after a while is sent again, at most twice more
    row = app.find(prefs, role='list item', name='Beyaz Saray')

    def closed():
        return row.queryComponent().getExtents(
            kaynak_e2e.pyatspi.WINDOW_COORDS).height < 100

    for attempt in range(3):
        app.input.click(*header)
        try:
            wait_for(closed, 'the source to close', timeout=5 * kaynak_e2e.SCALE)
            break
        except kaynak_e2e.JourneyFailure:
            if attempt == 2:
                raise

    app.click(app.find(prefs, name='Export Scheme…'))
    dialog = app.toplevel('Export Scheme')
    name = app.find(dialog, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'sources.kaynak-scheme.json',
             'the proposed name (it is %r)' % text_of(name))
    app.input.key('ctrl+a')
    app.input.type(exported)
    app.input.key('Return')
    wait_for_file(exported)
    app.toplevel_gone('Export Scheme')
    data = load_json(exported)
    if data.get('format') != 'kaynak-scheme' or data.get('version') != 1 or \
       [s['label'] for s in data['sources']] != ['Beyaz Saray']:
        fail('the exported scheme is %r' % data)

    app.input.xdotool('windowfocus', '--sync', app.wid)
    prefs = app.toplevel('Preferences')
    app.click(app.find(prefs, name='Import Scheme…'))
    choose_file(app, 'Import Scheme', team)
    app.find(role='label', name='Imported “team.kaynak-scheme.json”: 2 new, 1 updated')
    for label in ('Beyaz Saray', 'Kremlin', 'United States'):
        app.find(prefs, role='list item', name=label)
    library = sources_by_label(load_json(library_path(desktop)))
    if sorted(library) != ['Beyaz Saray', 'Kremlin', 'United States'] or \
       library['Beyaz Saray']['aliases'] != ['White House'] or \
       library['United States']['kind'] != 'official-statement':
        fail('the library holds %r' % library)

    app.input.key('Escape')
    app.toplevel_gone('Preferences')
    app.select_words(OTHER)
    app.tag_popover()
    app.input.type('abd')
    row = app.find(role='list item',
                   name='United States, Official statement, from your library')
    app.click(row)
    app.wait_claim_rows(['“%s”, Beyaz Saray, Unverified' % QUOTE,
                         '“%s”, United States, Unverified' % OTHER])
    saved = sources_by_label(app.save_in_dialog(path[:-4] + '.kaynak.json'))
    if saved['United States']['aliases'] != ['ABD'] or \
       saved['United States']['kind'] != 'official-statement':
        fail('United States was saved as %r' % saved['United States'])


@journey('load-a-scheme-into-a-document')
def load_a_scheme(desktop):
    """Load Scheme… (Ctrl+Shift+L) adds a colleague's sources to the open
    article, skipping one it has, as one step to undo; Kremlin keeps its
    kind, United States its alias."""
    path = article_in_home(desktop)
    team = write_scheme(desktop, TEAM_SCHEME)
    app = Window(desktop, [path])
    app.select_words(QUOTE)
    app.tag_popover()
    before = app.popover_rows()
    app.input.key('Escape')
    app.wait_tag_popover_closed()

    app.input.key('ctrl+shift+l')
    choose_file(app, 'Load Scheme', team)
    app.find(role='label', name='Added 2 sources from “team.kaynak-scheme.json”')

    app.select_words(OTHER)
    app.tag_popover()
    rows = app.popover_rows()
    if rows[:len(before)] != before or len(rows) != len(before) + 2 or \
       not rows[-2].startswith('United States') or not rows[-1].startswith('Kremlin'):
        fail('after loading the scheme Tag as… lists %r' % rows)
    app.click(app.find(role='list item', name=rows[-1]))
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % OTHER])
    app.wait_tag_popover_closed()

    # the claim, then the whole scheme, undone; and both back
    app.input.key('ctrl+z')
    app.wait_claim_rows([])
    app.input.key('ctrl+z')
    app.select_words(QUOTE)
    app.tag_popover()
    wait_for(lambda: app.popover_rows() == before,
             'Tag as… without the scheme\'s sources (it lists %r)' % app.popover_rows())
    app.input.key('Escape')
    app.wait_tag_popover_closed()
    app.input.key('ctrl+shift+z', 'ctrl+shift+z')
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % OTHER])

    saved = app.save_in_dialog(path[:-4] + '.kaynak.json')
    labels = [s['label'] for s in saved['sources']]
    by_label = sources_by_label(saved)
    if len(labels) != len(before) + 2 or \
       sum(1 for l in labels if l.lower() == 'unattributed') != 1:
        fail('the saved sources are %r' % labels)
    if by_label['Kremlin']['kind'] != 'no-comment' or \
       by_label['United States']['aliases'] != ['ABD'] or \
       by_label['United States']['kind'] != 'official-statement':
        fail('the scheme\'s sources were saved as %r' % saved['sources'])


@journey('a-broken-library-is-said-and-left-alone')
def broken_library(desktop):
    """A library file broken by hand: Kaynak says so when it starts, names
    the file and the problem, shows it on the Source Library page, and
    never writes over the file, even when a new source is made."""
    path = article_in_home(desktop)
    broken = '{"sources": [ {"id": "a", "label": "Beyaz Saray", "color": "white", "kind": "named"} ]}'
    os.makedirs(os.path.dirname(library_path(desktop)))
    with open(library_path(desktop), 'w', encoding='utf-8') as f:
        f.write(broken)
    app = Window(desktop, [path])
    dialog = app.toplevel('Your Source Library Could Not Be Read')
    app.find(dialog, role='label', name_re='library.json.*sources\\[0\\]\\.color “white”')
    problems = audit_names(dialog, 'the library error')
    if problems:
        fail('\n'.join(problems))
    app.click(app.find(dialog, role='push button', name='Close'))
    app.toplevel_gone('Your Source Library Could Not Be Read')

    make_source_by_typing(app, QUOTE, 'Kremlin')
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % QUOTE])
    app.input.key('ctrl+comma')
    prefs = app.toplevel('Preferences')
    app.click(app.find(prefs, name='Source Library'))
    app.find(prefs, role='label', name_re='^Could not read your source library')
    with open(library_path(desktop), encoding='utf-8') as f:
        if f.read() != broken:
            fail('the broken library was written over')
