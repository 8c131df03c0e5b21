# journeys_codebook.py: a team's codebook in the window (issue 19, CBUI):
# a fact-checking desk loads its Turkish verdict scale with Use Codebook…
# and gives a verdict from the keyboard; two annotators work in a shared
# folder whose kaynak-codebook.json gives them the same source ids; a
# codebook that changed since a document was made is said, and a verdict
# it no longer has is shown and kept.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import subprocess
import time

import kaynak_e2e
from kaynak_e2e import (Window, audit_names, children, fail, is_focused, journey,
                        load_json, log, role_name, sample_in_home, text_of,
                        wait_for)

QUOTE = 'üç binden fazla asker'
CODEBOOK = os.path.join(os.environ.get('KAYNAK_SOURCE_ROOT', ''), 'tests', 'data',
                        'codebook', 'teyit-masasi.kaynak-codebook.json')
CODEBOOK_ID = 'teyit-masasi-2026'


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


def codebook_in(folder, without=None):
    """The desk's codebook as FOLDER/kaynak-codebook.json; WITHOUT: the id
    of a verdict taken out of it (a later version of the codebook)"""
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, 'kaynak-codebook.json')
    with open(CODEBOOK, encoding='utf-8') as f:
        lines = f.readlines()
    if without is not None:
        lines = [line for line in lines if '"id" : "%s"' % without not in line]
    with open(target, 'w', encoding='utf-8') as f:
        f.writelines(lines)
    return target


def article_in(folder, name='haber.txt'):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    shutil.copyfile(os.path.join(os.environ['KAYNAK_SOURCE_ROOT'], 'data',
                                 'samples', 'seed-article.txt'), path)
    return path


def details_combo(app, name):
    details = app.find(name='Claim details')
    return details, app.find(details, role='combo box', name=name)


def choose_verdict(app, label, keys):
    """Enter on the selected claim, then KEYS in the verdict's list and
    Return: the verdict LABEL, all from the keyboard"""
    app.input.key('Return')
    details, verdict = details_combo(app, 'Verdict')
    wait_for(lambda: is_focused(verdict), 'Enter to put the focus on the verdict')
    app.input.key('Return')
    item = app.find(details, role='list item', name=label)
    problems = audit_names(item.parent, 'verdict list')
    if problems:
        fail('items of the verdict list without a name:\n' + '\n'.join(problems))
    app.input.key(*keys)
    app.input.key('Return')
    wait_for(lambda: app.find_now(details, role='list item', name='No Verdict') is None,
             'the verdict list to close')


def tag_with(app, words, typed):
    """Select WORDS, type TYPED in Tag as… and take the source it finds"""
    app.select_words(words)
    app.tag_popover()
    app.input.type(typed)
    # the article's source that matches, not a new one of that name
    wait_for(lambda: any(r.startswith('Beyaz Saray') for r in app.popover_rows()) or None,
             'Tag as… to offer Beyaz Saray for %r (it offers %r)' % (typed, app.popover_rows()))
    app.input.key('Down', 'Return')
    app.wait_tag_popover_closed()


def _read_json(path):
    try:
        return load_json(path)
    except (OSError, ValueError):
        return None


def only_claim(data):
    if len(data.get('claims', [])) != 1:
        fail('the saved file has %d claims, not 1' % len(data.get('claims', [])))
    return data['claims'][0]


@journey('a-desk-uses-its-turkish-verdict-scale')
def desk_scale(desktop):
    """A fact-checking desk opens its article, loads its codebook with Use
    Codebook… (Ctrl+Alt+B), tags a claim and gives it "Yanlış" of its own
    scale from the keyboard; the claim list says Yanlış, the statistics
    count the scale's verdicts (Yanlış: 1 claim) and their Copy as CSV
    (Ctrl+C) writes those rows, and the saved file is version 2 with the
    codebook and that verdict.  A number not set shows
    "Set", not a number: Set gives Beyaz Saray's reliability 1 and the
    focus, and Up makes it 4."""
    saved = sample_in_home(desktop)
    codebook = os.path.join(desktop.home, 'masa', 'teyit-masasi.kaynak-codebook.json')
    os.makedirs(os.path.dirname(codebook))
    shutil.copyfile(CODEBOOK, codebook)
    app = Window(desktop, [saved])
    app.article()

    app.input.key('ctrl+alt+b')
    choose_file(app, 'Use Codebook', codebook)
    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_tag_popover_closed()
    app.wait_claim_rows(['“%s”, Ukraine, No verdict' % QUOTE])
    # Yanlış is the fifth of the scale, after Doğru
    choose_verdict(app, 'Yanlış', ['Home', 'Down', 'Down', 'Down', 'Down'])
    app.wait_claim_rows(['“%s”, Ukraine, Yanlış' % QUOTE])
    details, verdict = details_combo(app, 'Verdict')
    problems = audit_names(details, 'claim details with a codebook')
    if problems:
        fail('controls of the claim details without a name:\n' + '\n'.join(problems))
    # the claim's number not set shows no number, only "Set"
    if app.find_now(details, role='spin button', name='Asker sayısı') is not None:
        fail('Asker sayısı, not set, shows a number')
    app.find(details, role='push button', name='Set “Asker sayısı”')

    # The statistics count the desk's scale, not the five statuses: each
    # verdict by its name, then "No verdict"
    app.input.key('ctrl+shift+t')
    stats = app.toplevel('Statistics')
    app.find(stats, role='label', name='Claims per Verdict')
    for name in ('Doğru: 0 claims', 'Çoğunlukla doğru: 0 claims', 'Yanlış: 1 claim',
                 'No verdict: 0 claims'):
        app.find(stats, role='list item', name=name)
    if app.find_now(stats, role='list item', name='Unverified: 1 claim') is not None:
        fail('the statistics count the five statuses beside the scale')
    problems = audit_names(stats, 'Statistics with a scale')
    if problems:
        fail('controls of Statistics without a name:\n' + '\n'.join(problems))
    # Copy as CSV (Ctrl+C there) writes the rows the window shows: one per
    # verdict and "No verdict", no status
    if shutil.which('xclip') is None:
        fail('xclip is not installed (bash build-aux/setup-deps.sh installs it)')
    app.input.key('ctrl+c')
    app.find(stats, name='Copied as CSV')

    def clipboard():
        out = subprocess.run(['xclip', '-o', '-selection', 'clipboard'],
                             env=desktop.env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=10)
        return out.stdout.decode('utf-8') if out.returncode == 0 else ''
    csv = wait_for(lambda: clipboard() or None, 'the CSV on the clipboard')
    rows = [line for line in csv.split('\r\n')
            if line.startswith('verdict,') or line.startswith('status,')]
    want = ['verdict,dogru,Doğru,,0,,,', 'verdict,cogunlukla-dogru,Çoğunlukla doğru,,0,,,',
            'verdict,yari-dogru,Yarı doğru,,0,,,', 'verdict,yaniltici,Yanıltıcı,,0,,,',
            'verdict,yanlis,Yanlış,,1,,,', 'verdict,,No verdict,,0,,,']
    if rows != want:
        fail('Copy as CSV wrote %r, not the verdict rows %r' % (rows, want))
    log('Copy as CSV wrote the scale’s verdicts')
    # the first Escape dismisses the toast "Copied as CSV" (libadwaita's
    # toast takes it), the second closes the window
    app.input.key('Escape')
    wait_for(lambda: app.find_now(stats, name='Copied as CSV') is None,
             'Escape to dismiss the toast “Copied as CSV”')
    app.input.key('Escape')
    app.toplevel_gone('Statistics')
    log('the statistics count Yanlış: 1 claim')

    data = app.save_in_place(saved)
    if data.get('version') != 2:
        fail('the saved file is version %r, not 2' % data.get('version'))
    if (data.get('codebook') or {}).get('id') != CODEBOOK_ID:
        fail('the saved file’s codebook is %r' % data.get('codebook'))
    claim = only_claim(data)
    if claim.get('verdict') != 'yanlis':
        fail('the saved verdict is %r, not "yanlis"' % claim.get('verdict'))
    log('saved version 2 with verdict %s' % claim['verdict'])

    # A source's field, where the source is edited: Beyaz Saray's
    # reliability (1–5) in its row of Sources, from the keyboard
    app.focus_window()
    app.input.key('ctrl+shift+o')
    dialog = app.toplevel('Sources')
    row = app.find(dialog, role='list item', name='Beyaz Saray')
    app.click(row)
    # not set, it shows no number: "Set" gives it its least value, 1, and
    # the focus
    try:
        set_button = wait_for(lambda: kaynak_e2e.find(row, showing_only=False, role='push button',
                                                      name='Set “Güvenilirlik”'),
                              'Beyaz Saray’s reliability, not set, in its row')
    except kaynak_e2e.JourneyFailure as e:
        fail('%s; the row holds:\n%s' % (e, '\n'.join(kaynak_e2e.dump(row, showing_only=False))))
    if kaynak_e2e.find(row, role='spin button', name='Güvenilirlik') is not None:
        fail('the reliability, not set, shows a number')
    app.scroll_into_view(set_button, dialog)
    app.click(set_button)
    spin = wait_for(lambda: kaynak_e2e.find(row, role='spin button', name='Güvenilirlik'),
                    'Set to show the reliability’s spin button')
    wait_for(lambda: text_of(spin) == '1', 'the reliability to read 1 (it reads %r)' % text_of(spin))
    wait_for(lambda: is_focused(spin), 'Set to put the focus in the number')
    # Up three times from its least value, 1
    app.input.key('Up', 'Up', 'Up')
    wait_for(lambda: text_of(spin) == '4', 'the reliability to read 4 (it reads %r)' % text_of(spin))
    problems = audit_names(dialog, 'Sources dialog with a codebook')
    if problems:
        fail('controls of Sources without a name:\n' + '\n'.join(problems))
    app.input.key('Escape')
    app.toplevel_gone('Sources')
    data = app.save_in_place(saved)
    source = next((s for s in data['sources'] if s['id'] == 'beyaz-saray'), {})
    if (source.get('fields') or {}).get('guvenilirlik') != 4:
        fail('Beyaz Saray’s saved fields are %r' % source.get('fields'))

    # Save as Codebook… proposes kaynak-codebook.json beside the article
    app.input.key('ctrl+alt+shift+b')
    dialog = app.toplevel('Save as Codebook')
    name = app.find(dialog, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'kaynak-codebook.json',
             'the proposed name (it is %r)' % text_of(name))
    wait_for(lambda: is_focused(name), 'the file name to have the focus')
    app.input.key('Return')
    written = os.path.join(os.path.dirname(saved), 'kaynak-codebook.json')
    kaynak_e2e.wait_for_file(written)
    app.toplevel_gone('Save as Codebook')
    book = wait_for(lambda: _read_json(written), 'the codebook to be written whole')
    if book.get('id') != CODEBOOK_ID or \
       [v['id'] for v in book.get('verdicts', [])] != ['dogru', 'cogunlukla-dogru', 'yari-dogru',
                                                       'yaniltici', 'yanlis']:
        fail('the codebook saved is %r' % book)


def open_folder_with_dialog(app, folder):
    """Ctrl+Alt+O; type the folder's path into the chooser and take it"""
    app.input.key('ctrl+alt+o')
    dialog = app.toplevel('Open a Folder of Articles')
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(folder + '/')
    wait_for(lambda: any(kaynak_e2e.text_of(t) == folder + '/'
                         for t in app.find_all(dialog, role='text')),
             'the folder typed into the chooser')
    app.input.key('Return')
    time.sleep(0.5)
    if [c for c in children(app.app) if c.name == 'Open a Folder of Articles']:
        app.click(app.find(dialog, role='push button', name='Open'))
    app.toplevel_gone('Open a Folder of Articles')


@journey('two-annotators-share-a-folder-codebook')
def shared_folder(desktop):
    """Two annotators each open their copy of the team's folder (a
    kaynak-codebook.json beside the article) with Open Folder…, open the
    article with Next Unfinished and tag the White House's claim, one
    typing "Beyaz" and the other "White House" (the codebook's other name
    for it): both saved files name the source by the codebook's id and
    carry the codebook's id."""
    ids = []
    for annotator, typed in (('ayse', 'Beyaz'), ('mehmet', 'White House')):
        folder = os.path.join(desktop.home, annotator, 'ortak')
        codebook_in(folder)
        article_in(folder)
        app = Window(desktop, [])
        open_folder_with_dialog(app, folder)
        app.input.key('ctrl+alt+n')
        wait_for(lambda: (app.header_title() or ('',))[0].lstrip('• ') in ('haber', 'haber.txt') or None,
                 'Ctrl+Alt+N to open haber.txt')
        tag_with(app, QUOTE, typed)
        app.wait_claim_rows(['“%s”, Beyaz Saray, No verdict' % QUOTE])
        data = app.save_in_dialog(os.path.join(folder, 'haber.kaynak.json'))
        claim = only_claim(data)
        source = next((s for s in data['sources'] if s['id'] == claim.get('source')), None)
        if source is None or source['id'] != 'beyaz-saray':
            fail('%s’s claim names the source %r, not the codebook’s "beyaz-saray"'
                 % (annotator, claim.get('source')))
        if (data.get('codebook') or {}).get('id') != CODEBOOK_ID:
            fail('%s’s file has the codebook %r' % (annotator, data.get('codebook')))
        ids.append(claim['source'])
        app.input.key('ctrl+q')
        app.wait_exit()
    log('both annotators saved the source as %r' % ids)


@journey('a-changed-codebook-is-said-and-a-gone-verdict-kept')
def changed_codebook(desktop):
    """An article is annotated in a folder with the desk's codebook and
    given "Yanıltıcı"; the desk then drops that verdict from its codebook.
    Opening the saved file again, the window says what changed and which
    value is kept; the claim still shows its verdict, and saving keeps it."""
    folder = os.path.join(desktop.home, 'masa')
    codebook_in(folder)
    article = article_in(folder)
    saved = os.path.join(folder, 'haber.kaynak.json')

    app = Window(desktop, [article])
    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_tag_popover_closed()
    # Yanıltıcı is the fourth of the scale
    choose_verdict(app, 'Yanıltıcı', ['Home', 'Down', 'Down', 'Down'])
    app.save_in_dialog(saved)
    app.input.key('ctrl+q')
    app.wait_exit()

    codebook_in(folder, without='yaniltici')
    app = Window(desktop, [saved])
    dialog = app.toplevel('The Codebook “Teyit masası” Changed')
    body = ' '.join(a.name for a in kaynak_e2e.walk(dialog) if role_name(a) == 'label')
    if 'Yanıltıcı' not in body and 'yaniltici' not in body:
        fail('the dialog does not say the verdict Yanıltıcı is gone: %r' % body)
    log('the window says: %s' % body)
    problems = audit_names(dialog, 'codebook changed dialog')
    if problems:
        fail('controls of the dialog without a name:\n' + '\n'.join(problems))
    app.input.key('Return')
    app.toplevel_gone('The Codebook “Teyit masası” Changed')

    app.wait_claim_rows(['“%s”, Unattributed, yaniltici' % QUOTE])
    app.click(app.claim_row(QUOTE))
    details, verdict = details_combo(app, 'Verdict')
    app.find(verdict, name='yaniltici (no longer on the scale)')
    data = app.save_in_place(saved)
    claim = only_claim(data)
    if claim.get('verdict') != 'yaniltici':
        fail('the verdict that is gone was not kept: %r' % claim.get('verdict'))


@journey('compare-with-sees-another-attribution')
def compare_attribution(desktop):
    """Ayşe and Mehmet credit the same words to Ukraine, but Mehmet marks
    the claim anonymous (its own attribution) and says Ukraine is a
    government.  Compare With… lists it as *another attribution, another
    source type*; Take Theirs (Alt+T) gives Ayşe's claim Mehmet's
    attribution and her Ukraine his type, and the file saved with Save
    As… holds "attribution": "anonymous", "type": "government" and who
    agreed."""
    from journeys_curate import (MINE, PLAN, THEIRS, claim, focus_toplevel, rows,
                                 select_row, type_location, wait_rows)
    path = kaynak_e2e.sample_in_home(desktop, 'attribution')
    base = load_json(path)
    text = base['article']['text']
    mine, theirs = dict(base), dict(base)
    theirs['sources'] = [dict(s, type='government') if s['id'] == 'ukraine' else s
                         for s in base['sources']]
    mine['claims'] = [claim(text, 'a1', PLAN, 'ukraine')]
    theirs['claims'] = [dict(claim(text, 'm1', PLAN, 'ukraine'), attribution='anonymous')]
    folder = os.path.dirname(path)
    for name, data in ((MINE, mine), (THEIRS, theirs)):
        with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
    app = Window(desktop, [os.path.join(folder, MINE)])
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN])

    app.input.key('ctrl+shift+d')
    chooser = app.toplevel('Compare With')
    type_location(app, chooser, os.path.join(folder, THEIRS), 'Compare')
    title = 'Compare With %s' % THEIRS
    window = app.toplevel(title)
    row = '“%s”: another attribution, another source type in %s' % (PLAN, THEIRS)
    wait_rows(app, window, [row], 'the claim attributed otherwise listed')
    problems = audit_names(window, 'Compare With window')
    if problems:
        fail('\n'.join(problems))

    focus_toplevel(app, title)
    app.click(rows(app, window)[0])
    select_row(app, window, row)
    app.input.key('alt+t')
    wait_rows(app, window, [], 'the difference gone after Take Theirs')

    app.click(app.find(window, role='push button', name='Save As…'))
    app.toplevel('Save As')
    app.input.xdotool('windowfocus', '--sync',
                      app.input.xdotool('search', '--onlyvisible', '--pid', app.proc.pid,
                                        '--name', '^Save As$').split()[-1])
    app.input.key('Return')
    saved = os.path.join(folder, 'ayse-curated.kaynak.json')
    kaynak_e2e.wait_for_file(saved)
    data = wait_for(lambda: _read_json(saved), 'the curated file to be written')
    got = only_claim(data)
    if got.get('attribution') != 'anonymous' or got.get('agreed_by') != [THEIRS]:
        fail('the curated claim is attributed %r, agreed by %r' %
             (got.get('attribution'), got.get('agreed_by')))
    ukraine = next((s for s in data['sources'] if s['id'] == 'ukraine'), {})
    if ukraine.get('type') != 'government':
        fail('Take Theirs left Ukraine of the type %r' % ukraine.get('type'))
    log('Take Theirs gave the claim its attribution: %r, Ukraine its type %r'
        % (got.get('attribution'), ukraine.get('type')))
    app.input.key('ctrl+q')
