# journeys_codebook_export.py: a desk's codebook in the exports (issue 19)
# — a document made with the Turkish verdict scale exported as ClaimReview
# from the window, all by keyboard, carries the scale's ratings.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil

from kaynak_e2e import (Window, audit_names, fail, is_checked, is_focused,
                        journey, role_name, text_of, walk, wait_for)

# tests/data/codebook/teyit-haber.kaynak.json: the sample article made with
# tests/data/codebook/teyit-masasi.kaynak-codebook.json (version 2), the
# White House's claim "Yanlış" (rating 1) and the United States' "Çoğunlukla
# doğru" (rating 4), on a scale from 5 (best) to 1 (worst); a third claim
# has no verdict
FIXTURE = 'teyit-haber.kaynak.json'
WRONG = 'Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği'
MOSTLY = 'Bunu ABD de doğrulamıştı'


def same(a, b):
    """Whether two accessibles are one widget (pyatspi hands out new
    proxies)."""
    if a is None or b is None:
        return a is b
    return (role_name(a), a.name, a.getIndexInParent()) == (role_name(b), b.name, b.getIndexInParent())


def focused_in(app, root):
    for a in walk(root):
        try:
            if is_focused(a):
                return a
        except Exception:
            pass
    return None


@journey('codebook-claimreview-carries-the-scale')
def codebook_claimreview(desktop):
    """Opens a version-2 document made with a fact-checking desk's Turkish
    verdict scale; Ctrl+E, then by keyboard only: Down to the ClaimReview
    row, Space, Alt+E (Export…), Ctrl+L and the folder in the chooser,
    Return; the written file reviews the two claims with a verdict, each
    rating the verdict's label and the codebook's numbers (ratingValue,
    bestRating 5, worstRating 1), and not the claim without one."""
    folder = os.path.join(desktop.home, 'teyit')
    out = os.path.join(desktop.home, 'yayin')
    os.makedirs(folder)
    os.makedirs(out)
    path = os.path.join(folder, FIXTURE)
    shutil.copyfile(os.path.join(os.environ['KAYNAK_SOURCE_ROOT'], 'tests', 'data',
                                 'codebook', FIXTURE), path)
    output = os.path.join(out, 'teyit-haber.claimreview.jsonld')
    app = Window(desktop, [path])
    wait_for(lambda: len(app.claim_rows()) == 3, 'the three claims in the list')

    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    problems = audit_names(dialog, 'the Export dialog')
    if problems:
        fail('controls without a good name: %s' % '; '.join(problems))
    # Tab into the format list (the focus starts on Cancel), then Down to
    # ClaimReview, as a person who does not use the mouse does
    wait_for(lambda: focused_in(app, dialog) is not None, 'the focus in the Export dialog')

    def in_list(acc):
        return acc is not None and role_name(acc) in ('list item', 'radio button', 'check box')

    for _ in range(8):
        if in_list(focused_in(app, dialog)):
            break
        before = focused_in(app, dialog)
        app.input.key('Tab')
        wait_for(lambda: focused_in(app, dialog) is not None and
                 not same(focused_in(app, dialog), before), 'Tab to move the focus')
    for _ in range(16):
        now = focused_in(app, dialog)
        if in_list(now) and (now.name or '').startswith('ClaimReview'):
            break
        app.input.key('Down')
        wait_for(lambda: not same(focused_in(app, dialog), now), 'Down to move the focus')
    else:
        now = focused_in(app, dialog)
        fail('Down never reached the ClaimReview row (the focus is on %s %r)'
             % (role_name(now) if now else None, now.name if now else None))
    app.input.key('space')
    row = app.find(dialog, role='list item', name_re='^ClaimReview')
    check = wait_for(lambda: [a for a in walk(row) if role_name(a) in ('radio button', 'check box')
                              and is_checked(a)] or None,
                     'the ClaimReview format to be chosen')[0]
    del check

    app.input.key('alt+e')
    chooser = app.toplevel('Export Into a Folder')
    wait_for(lambda: app.find_now(chooser, role='push button', name='Export'),
             'the chooser\'s Export button')
    app.input.key('ctrl+l')
    app.input.type(out)
    wait_for(lambda: any(text_of(t) == out for t in app.find_all(chooser, role='text')),
             'the folder typed into the chooser')
    app.input.key('Return')
    wait_for(lambda: os.path.exists(output),
             '%s (the folder holds %r)' % (output, os.listdir(out)))
    app.toplevel_gone('Export')

    with open(output, encoding='utf-8') as f:
        reviews = json.load(f)
    if len(reviews) != 2:
        fail('%d reviews, expected 2 (the claim without a verdict has none)' % len(reviews))
    by_claim = {r.get('claimReviewed'): r.get('reviewRating', {}) for r in reviews}
    want = {
        WRONG: {'@type': 'Rating', 'alternateName': 'Yanlış', 'ratingValue': 1,
                'bestRating': 5, 'worstRating': 1},
        MOSTLY: {'@type': 'Rating', 'alternateName': 'Çoğunlukla doğru', 'ratingValue': 4,
                 'bestRating': 5, 'worstRating': 1},
    }
    if by_claim != want:
        fail('the reviews rate %r, expected %r' % (by_claim, want))
