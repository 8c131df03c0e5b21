# journeys_trsrc.py: Suggest Claims credits the sample article's joint
# statement (issue 15): "Von der Leyen ve Rutte … ortak yazılı açıklamada"
# is the EU–NATO joint statement the sample's annotated file has, not a
# made-up source of both names; the suggestion accepted with Enter is a
# claim of that source in the saved file.
# SPDX-License-Identifier: GPL-3.0-or-later
from kaynak_e2e import Window, fail, journey, sample_in_home, wait_for
from journeys_suggest import suggestion_rows, wait_claims, wait_current, wait_suggestions

JOINT = 'NATO-AB arasındaki yakın ve stratejik ortaklığın önemi üzerinde durulduğu'


@journey('suggest-claims-credits-the-joint-statement')
def suggest_credits_joint_statement(desktop):
    """Open the sample and press Ctrl+Shift+P: the five suggestions of the
    joint statement's paragraphs each say they are from the EU–NATO joint
    statement, none from "Von der Leyen ve Rutte".  Down four times makes
    the first of them current, Enter accepts it; saved, the file has the
    claim with the source eu-nato-joint-statement and no new source."""
    path = sample_in_home(desktop)
    app = Window(desktop, [path])
    app.article()
    app.focus_window()
    app.input.key('ctrl+shift+p')
    rows = wait_suggestions(app, 9, 'after Ctrl+Shift+P')
    for row in rows:
        if 'Von der Leyen ve Rutte' in row:
            fail('a suggestion is from a made-up source: %r' % row)
    joint = [r for r in rows if r.endswith('— from EU–NATO joint statement')]
    if len(joint) != 5:
        fail('%d suggestions are from the joint statement, not 5: %r' % (len(joint), rows))
    if JOINT[:40] not in joint[0]:
        fail('the first suggestion from the joint statement reads %r' % joint[0])

    for _ in range(4):
        app.input.key('Down')
    wait_current(app, JOINT)
    app.input.key('Return')
    wait_claims(app, 1)
    wait_suggestions(app, 8, 'after Enter accepted the joint statement\'s claim')
    app.input.key('Escape')
    wait_for(lambda: suggestion_rows(app) == [], 'Escape to leave the suggestions')
    data = app.save_in_place(path)
    claims = data.get('claims', [])
    if len(claims) != 1 or claims[0].get('quote') != JOINT or \
       claims[0].get('source') != 'eu-nato-joint-statement':
        fail('saved claims %r, expected the joint statement\'s' % (claims,))
    ids = [s['id'] for s in data['sources']]
    if len(ids) != 6:
        fail('the file has the sources %r, not the sample\'s six' % ids)
    app.input.key('ctrl+q')
    app.wait_exit()
