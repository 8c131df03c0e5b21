# journeys_consumers.py: datasets their consumers accept — a ClaimReview
# export carries the fact-check address a user gave in Article Details.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os

from kaynak_e2e import (Window, article_in_home, audit_names, fail,
                        is_focused, journey, role_name, text_of, type_into,
                        wait_for)

QUOTE = 'üç binden fazla asker'
URL = 'https://example.org/haber/kuzey-kore'
FACT_CHECK = 'https://example.org/dogrulama/kuzey-kore'


def fill(app, dialog, name, value):
    """Click the field NAME, replace what it holds with VALUE as typed,
    and check it arrived there."""
    entry = app.find(dialog, role='text', name=name)
    app.click(entry)
    app.input.key('ctrl+a')
    app.input.key('BackSpace')
    wait_for(lambda: text_of(entry) == '', 'the %s field to empty' % name)
    type_into(app, entry, value)
    wait_for(lambda: text_of(entry) == value,
             'the %s field to read %r (it reads %r)' % (name, value, text_of(entry)))
    return entry


def export_claimreview(app):
    """Ctrl+E, ClaimReview, Export…, and Export in the folder chooser,
    which opens on the article's folder."""
    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^ClaimReview'))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export Into a Folder')
    app.click(app.find(chooser, role='push button', name='Export'))
    return dialog


@journey('claimreview-carries-the-fact-check-address')
def claimreview_fact_check_address(desktop):
    """A refuted claim; ClaimReview without a fact-check address is refused
    with a message saying where to set it; Article Details (Alt+Return)
    takes the Fact-Check Address (a bad one is said under the field), one
    undo step; exported again, every review's url is that address and the
    Claim's appearance is the article's address; the saved file keeps it."""
    path = article_in_home(desktop)
    folder = os.path.dirname(path)
    saved = path[:-4] + '.kaynak.json'
    output = os.path.join(folder, 'seed-article.claimreview.jsonld')
    app = Window(desktop, [path])

    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    app.wait_tag_popover_closed()
    # Refuted, in the claim's details pane
    app.click(app.claim_row(QUOTE))
    app.input.key('Return')
    details = app.find(name='Claim details')
    status = app.find(details, role='combo box', name='Status')
    wait_for(lambda: is_focused(status), 'the status to have the focus')
    app.input.key('Return')
    app.find(details, role='list item', name='Refuted')
    app.input.key('Down', 'Down', 'Return')
    app.wait_claim_rows(['“%s”, Unattributed, Refuted' % QUOTE])

    # Without a fact-check address: a message says what to set, no file
    dialog = export_claimreview(app)
    message = wait_for(lambda: [a for a in app.find_all(role='label')
                                if 'no fact-check address' in (a.name or '')] or None,
                       'a message about the missing fact-check address')[0]
    if 'Article Details' not in message.name:
        fail('the message does not say where to set it: %r' % message.name)
    if os.path.exists(output):
        fail('a ClaimReview file was written without its url')
    # the message's own Close, not the main window's
    box = message
    while box.parent is not None and role_name(box) not in ('dialog', 'alert', 'window', 'frame'):
        box = box.parent
    app.click(app.find(box, role='push button', name='Close'))
    wait_for(lambda: not [a for a in app.find_all(role='label')
                          if 'no fact-check address' in (a.name or '')],
             'the message to close')
    app.click(app.find(dialog, role='push button', name='Cancel'))
    app.toplevel_gone('Export')

    # Article Details: the article's address and the fact-check's
    app.input.key('alt+Return')
    details_dialog = app.toplevel('Article Details')
    problems = audit_names(details_dialog, 'Article Details')
    if problems:
        fail('controls without a proper name:\n  ' + '\n  '.join(problems))
    fill(app, details_dialog, 'Web Address', URL)
    fill(app, details_dialog, 'Fact-Check Address', 'example.org/dogrulama')
    app.find(details_dialog, role='label', name_re='is not a web address')
    fill(app, details_dialog, 'Fact-Check Address', FACT_CHECK)
    wait_for(lambda: app.find_now(details_dialog, role='label',
                                  name_re='is not a web address') is None,
             'the message under the field to go')
    app.click(app.find(details_dialog, role='push button', name='Apply'))
    app.toplevel_gone('Article Details')

    # One undo step: Ctrl+Z takes it back, Ctrl+Shift+Z brings it again
    app.input.key('ctrl+z')
    app.input.key('alt+Return')
    details_dialog = app.toplevel('Article Details')
    entry = app.find(details_dialog, role='text', name='Fact-Check Address')
    wait_for(lambda: text_of(entry) == '', 'Ctrl+Z to take the address back '
             '(the field reads %r)' % text_of(entry))
    app.input.key('Escape')
    app.toplevel_gone('Article Details')
    app.input.key('ctrl+shift+z')

    export_claimreview(app)
    wait_for(lambda: os.path.exists(output), output)
    app.toplevel_gone('Export')
    with open(output, encoding='utf-8') as f:
        reviews = json.load(f)
    if len(reviews) != 1:
        fail('%d reviews, expected 1' % len(reviews))
    review = reviews[0]
    if review.get('url') != FACT_CHECK:
        fail('the review\'s url is %r, expected %r' % (review.get('url'), FACT_CHECK))
    appearance = review.get('itemReviewed', {}).get('appearance', {})
    if appearance.get('url') != URL:
        fail('the claim\'s appearance is %r' % appearance)
    rating = review.get('reviewRating', {})
    if (rating.get('ratingValue'), rating.get('worstRating')) != (1, 1):
        fail('a refuted claim rated %r' % rating)
    if not review.get('author'):
        fail('the review has no author: %r' % review)

    data = app.save_in_dialog(saved)
    if data['metadata'].get('fact_check_url') != FACT_CHECK:
        fail('the saved file holds %r' % data['metadata'])
