# journeys_pieces.py: claims in pieces and where a claim's source and cue
# stand (issue 17), as the model, the file and the exports carry them: a
# file with a claim in pieces exported to a format that has no pieces says
# it widened it; an article edited under a file drops the place of a
# source whose words are gone, says so, and keeps the rest.  (The window's
# own controls for pieces are the window's journeys.)
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os

from kaynak_e2e import (Window, article_in_home, fail, journey, load_json, log,
                        offset_of, sample_text, text_of, is_focused, wait_for)

FIRST = 'Rusya’ya üç binden fazla asker getirildiği'
SECOND = 'Kursk bölgesine yerleştirildiği'
SOURCE = 'Beyaz Saray'
CUE = 'açıklanmıştı'


def ranges(text, *words):
    return [dict(zip(('start', 'end'), offset_of(text, w)), quote=w) for w in words]


def file_with_a_claim_in_pieces(saved_text, text=None):
    """A Kaynak file over TEXT (SAVED_TEXT unless given) whose claims were
    made on SAVED_TEXT: one claim in two pieces, FIRST and SECOND, its
    source named at SOURCE and its cue at CUE."""
    pieces = ranges(saved_text, FIRST, SECOND)
    for p in pieces:
        p['prefix'] = saved_text[max(0, p['start'] - 32):p['start']]
        p['suffix'] = saved_text[p['end']:p['end'] + 32]
    start, end = pieces[0]['start'], pieces[-1]['end']
    claim = {'id': 'c-pieces', 'start': start, 'end': end, 'quote': saved_text[start:end],
             'prefix': pieces[0]['prefix'], 'suffix': pieces[-1]['suffix'],
             'source': 'beyaz-saray', 'status': 'unverified', 'note': '', 'cues': [CUE],
             'author': '', 'created': '2026-12-01T10:00:00Z',
             'modified': '2026-12-01T10:00:00Z', 'pieces': pieces,
             'source_ranges': ranges(saved_text, SOURCE), 'cue_ranges': ranges(saved_text, CUE)}
    doc = {
        'format': 'kaynak', 'version': 1,
        'metadata': {'title': 'Pieces', 'url': '', 'outlet': '', 'published': '',
                     'language': 'tr', 'notes': ''},
        'article': {'sha256': hashlib.sha256(saved_text.encode()).hexdigest(),
                    'text': text if text is not None else saved_text},
        'sources': [{'id': 'beyaz-saray', 'label': 'Beyaz Saray', 'color': '#e66100',
                     'shortcut': 1, 'kind': 'official-statement', 'aliases': [],
                     'description': ''}],
        'claims': [claim],
        'links': [],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def toast(app, words):
    """The toast label WORDS.  Toasts queue, one shown at a time; these stay
    until dismissed, so the one before may have to time out first"""
    return app.find(role='label', name=words, timeout=60)


@journey('a-claim-in-pieces-exported-to-doccano-is-said-widened')
def doccano_widened(desktop):
    """A file with a claim in two pieces: Ctrl+E, doccano, Export…, Enter;
    doccano has no pieces, so the file holds the range that covers both
    and the window says one claim was widened; JSONL, which has pieces,
    keeps both."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    text = sample_text()
    with open(saved, 'w', encoding='utf-8') as f:
        f.write(file_with_a_claim_in_pieces(text))
    app = Window(desktop, [saved])
    wait_for(lambda: len(app.claim_rows()) == 1, 'the claim in pieces in the list')

    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^doccano'))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export As')
    name = app.find(chooser, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'seed-article.doccano.jsonl',
             'the proposed name seed-article.doccano.jsonl (it is %r)' % text_of(name))
    wait_for(lambda: is_focused(name), 'the name to have the focus')
    app.input.key('Return')
    output = os.path.join(os.path.dirname(path), 'seed-article.doccano.jsonl')
    wait_for(lambda: os.path.exists(output), output)
    app.toplevel_gone('Export')
    with open(output, encoding='utf-8') as f:
        line = json.loads(f.readline())
    cover = [offset_of(text, FIRST)[0], offset_of(text, SECOND)[1], 'Beyaz Saray']
    if line['label'] != [cover]:
        fail('doccano holds %r, not the covering range %r' % (line['label'], cover))
    label = toast(app, '1 claim in pieces was exported as the one range covering its pieces')
    log('the window says: %s' % label.name)

    # a format with pieces keeps them, and says nothing of widening
    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^JSON Lines'))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export As')
    name = app.find(chooser, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'seed-article.jsonl', 'the proposed name seed-article.jsonl')
    wait_for(lambda: is_focused(name), 'the name to have the focus')
    app.input.key('Return')
    output = os.path.join(os.path.dirname(path), 'seed-article.jsonl')
    wait_for(lambda: os.path.exists(output), output)
    app.toplevel_gone('Export')
    with open(output, encoding='utf-8') as f:
        line = json.loads(f.readline())
    got = [(p['start'], p['end'], p['quote']) for p in line['pieces']]
    want = [offset_of(text, FIRST) + (FIRST,), offset_of(text, SECOND) + (SECOND,)]
    if got != want:
        fail('JSONL holds the pieces %r, not %r' % (got, want))
    if [r['quote'] for r in line['source_ranges']] != [SOURCE] or \
       [r['quote'] for r in line['cue_ranges']] != [CUE]:
        fail('JSONL holds the source and cue places %r %r' % (line['source_ranges'],
                                                            line['cue_ranges']))
    app.input.key('ctrl+q')
    app.wait_exit()


@journey('a-source-whose-words-are-gone-is-dropped-and-said')
def source_words_gone(desktop):
    """The article under a file was edited: "Beyaz Saray’dan" is gone.
    Opening it finds both pieces of the claim again where they moved, keeps
    its cue's place, drops the place of its source and says so; Ctrl+S
    writes exactly that."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    old = sample_text()
    new = old.replace('Beyaz Saray’dan aynı gün', 'Aynı gün', 1)
    if new == old:
        fail('the sample has no “Beyaz Saray’dan aynı gün” to delete')
    with open(saved, 'w', encoding='utf-8') as f:
        f.write(file_with_a_claim_in_pieces(old, new))
    app = Window(desktop, [saved])
    wait_for(lambda: len(app.claim_rows()) == 1, 'the claim in pieces in the list')
    label = toast(app, 'The words of 1 source or cue are no longer in the article; '
                       'their place was dropped')
    log('the window says: %s' % label.name)

    # an edit, so that Ctrl+S has something to write
    app.select_words('Kremlin şimdilik sessiz')
    app.input.key('1')
    app.wait_tag_popover_closed()
    wait_for(lambda: len(app.claim_rows()) == 2, 'the new claim in the list')
    data = app.save_in_place(saved)

    claim = [c for c in data['claims'] if c['id'] == 'c-pieces'][0]
    got = [(p['start'], p['end'], p['quote']) for p in claim['pieces']]
    want = [offset_of(new, FIRST) + (FIRST,), offset_of(new, SECOND) + (SECOND,)]
    if got != want:
        fail('the pieces were saved at %r, not %r' % (got, want))
    if claim.get('orphaned'):
        fail('the claim became an orphan')
    if 'source_ranges' in claim:
        fail('the gone source words were kept: %r' % claim['source_ranges'])
    cues = claim.get('cue_ranges', [])
    if [(r['start'], r['end'], r['quote']) for r in cues] != [offset_of(new, CUE) + (CUE,)]:
        fail('the cue was saved at %r, not where “%s” now stands' % (cues, CUE))
    app.input.key('ctrl+q')
    app.wait_exit()
