# journeys_speed.py: a long article opens at once, its highlights painted
# after the first frame in chunks, and a person can tag straight away, at
# its far end, before the chunks are done (issue 13).
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os
import random

from kaynak_e2e import (Window, fail, find, journey, load_json, wait_for)

WORDS = ['açıklama', 'Bakanlık', 'sözcüsü', 'göre', 'asker', 'iddia',
         'şimdilik', 'güvenlik', 'çözüm', 'Kore', 'ziyaret', 'hafta']
LAST_WORD = 'sonsöz'
CONTEXT = 32  # KAYNAK_CLAIM_CONTEXT_LENGTH


def long_article(path, n_chars, n_claims):
    """A Kaynak file of N_CHARS code points with N_CLAIMS claims over the
    sample's sources, none in the last 300 characters; the text ends with
    LAST_WORD."""
    rng = random.Random(13)
    parts, length = [], 0
    while length < n_chars:
        word = rng.choice(WORDS) + ('.\n\n' if rng.randrange(12) == 0 else ' ')
        parts.append(word)
        length += len(word)
    text = ''.join(parts) + LAST_WORD
    sample = load_json(os.path.join(os.environ['KAYNAK_SOURCE_ROOT'], 'data',
                                    'samples', 'seed-article.kaynak.json'))
    sources = [s['id'] for s in sample['sources']]
    claims = []
    for i in range(n_claims):
        start = rng.randrange(len(text) - 600)
        end = start + 10 + rng.randrange(190)
        claims.append({
            'id': 'c%06d' % i, 'start': start, 'end': end,
            'quote': text[start:end],
            'prefix': text[max(start - CONTEXT, 0):start],
            'suffix': text[end:end + CONTEXT],
            'source': rng.choice(sources), 'status': 'unverified',
            'created': '2026-12-05T04:00:00Z',
            'modified': '2026-12-05T04:00:00Z',
        })
    data = {
        'format': 'kaynak', 'version': 1,
        'metadata': dict(sample['metadata'], title='Long article'),
        'article': {'sha256': hashlib.sha256(text.encode('utf-8')).hexdigest(),
                    'text': text},
        'sources': sample['sources'], 'claims': claims, 'links': [],
    }
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False)
    return text


def claim_count(app):
    """The number the claim list's header says, or None."""
    label = find(app.app, role='label', name_re=r'^[0-9][0-9,.]* Claims?$')
    if label is None:
        return None
    return int(''.join(ch for ch in label.name if ch.isdigit()))


@journey('open-a-long-article-and-tag-its-last-word')
def open_a_long_article_and_tag_its_last_word(desktop):
    """15,000 claims over 600,000 characters (37 chunks of highlights):
    the window shows the article and lists every claim; Ctrl+End goes to
    the end of the article, where the highlights may not be painted yet,
    Shift+Ctrl+Left selects the last word and 1 tags it; Ctrl+S saves all
    the claims and the new one."""
    folder = os.path.join(desktop.home, 'articles')
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, 'long.kaynak.json')
    long_article(path, 600000, 15000)

    app = Window(desktop, [path])
    wait_for(lambda: claim_count(app) == 15000,
             'the claim list to say 15000 Claims (it says %r)' % claim_count(app),
             timeout=60)

    article = app.article()
    app.click_at_offset(article, 0)
    app.input.key('ctrl+End')
    app.input.key('shift+ctrl+Left')
    wait_for(lambda: app.selection(article) is not None and
             article.queryText().getText(*app.selection(article)) == LAST_WORD,
             'the last word to be selected')
    app.input.key('1')
    wait_for(lambda: claim_count(app) == 15001, 'the claim list to say 15001 Claims')
    shots = os.environ.get('KAYNAK_E2E_SHOTS')
    if shots:
        # to look at: the end of the article, highlighted, the new claim
        os.makedirs(shots, exist_ok=True)
        app.screenshot(os.path.join(shots, 'long-article-end.png'))

    data = app.save_in_place(path)
    if len(data['claims']) != 15001:
        fail('the saved file holds %d claims, expected 15001' % len(data['claims']))
    new = [c for c in data['claims'] if c['quote'] == LAST_WORD]
    first_source = data['sources'][0]['id']
    if len(new) != 1 or new[0].get('source') != first_source:
        fail('the saved file does not hold the last word tagged with %s: %r'
             % (first_source, new))
