# journeys_access.py: what a screen reader and a keyboard user get.
# SPDX-License-Identifier: GPL-3.0-or-later
import time

import kaynak_e2e
from kaynak_e2e import (Window, article_in_home, audit_names, children, fail,
                        find, is_focused, is_selected, journey, log,
                        on_screen, role_name, sample_in_home, wait_for, walk)

QUOTE = 'üç binden fazla asker'
OTHER = 'Kremlin şimdilik sessiz'


def tagged_sample(desktop, size=None):
    app = Window(desktop, [sample_in_home(desktop)], size=size)
    app.select_words(QUOTE)
    app.input.key('1')
    app.select_words(OTHER)
    app.input.key('5')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE,
                         '“%s”, EU–NATO joint statement, Unverified' % OTHER])
    app.wait_tag_popover_closed()
    return app


class Audit:
    def __init__(self):
        self.problems = []

    def __call__(self, root, where):
        found = audit_names(root, where)
        log('%s: %d problems' % (where, len(found)))
        for line in found:
            log('  ' + line)
        self.problems.extend(found)

    def combos(self, app, dialog, where, margin=None):
        """Open each drop-down of DIALOG and check its items too: they are
        only in the tree while the list is open.  With MARGIN (a dialog's
        header bar), a drop-down the dialog cuts off is first scrolled
        into view: a click at its place would land outside the dialog."""
        for combo in [a for a in walk(dialog)
                      if role_name(a) == 'combo box' and on_screen(a)]:
            name = combo.name
            if margin is not None:
                app.scroll_into_view(combo, dialog, margin)
            # Open is told by the items that come into the tree, closed by
            # their leaving it: with fixed pauses, a loaded machine opened
            # the list after the Escape meant for it, and that Escape
            # closed the dialog instead
            before = len(kaynak_e2e.find_all(dialog, role='list item'))
            # GTK 4.8 on X11 can lose a click (README, "Known problem: a
            # click lost…"): a drop-down still closed after a while is
            # clicked again, at most twice more
            for attempt in range(3):
                app.click(combo)
                try:
                    wait_for(lambda: len(kaynak_e2e.find_all(dialog, role='list item')) > before,
                             'the %s drop-down of %s to open' % (name, where),
                             timeout=10 * kaynak_e2e.SCALE)
                    break
                except kaynak_e2e.JourneyFailure:
                    if attempt == 2:
                        raise
            self(dialog, '%s, %s drop-down' % (where, name))
            app.input.key('Escape')
            wait_for(lambda: len(kaynak_e2e.find_all(dialog, role='list item')) <= before,
                     'the %s drop-down of %s to close' % (name, where))

    def verdict(self):
        if self.problems:
            fail('%d controls a screen reader cannot name:\n  %s'
                 % (len(self.problems), '\n  '.join(sorted(set(self.problems)))))


@journey('every-control-has-a-name')
def every_control_has_a_name(desktop):
    """Walk the accessibility tree of the main window and of every dialog
    and popover a user can open; every button, toggle, list item, entry and
    combo item must have a name that is neither empty, nor a widget type,
    nor a mnemonic with its underscore."""
    app = tagged_sample(desktop)
    audit = Audit()

    audit(app.window, 'main window')

    app.select_words('AB ve NATO yetkilileri toplandı')
    audit(app.tag_popover(), 'Tag as…')
    app.input.key('Escape')
    app.wait_tag_popover_closed()

    app.click(app.find(role='push button', name='Filter by source'))
    audit(app.find(role='list', name='Sources'), 'source filter')
    app.input.key('Escape')
    wait_for(lambda: find(app.app, role='list', name='Sources') is None,
             'the source filter to close')

    app.click(app.find(role='push button', name='Main Menu'))
    item = app.find(role='menu item', name_re='^Export')
    audit(item.parent.parent, 'main menu')
    app.input.key('Escape')

    # The claim details pane, its drop-downs and its Link to… popover
    app.click(app.claim_row(QUOTE))
    details = app.find(name='Claim details')
    app.find(details, role='combo box', name='Status')
    audit(details, 'claim details pane')
    audit.combos(app, details, 'claim details pane')
    app.input.key('ctrl+l')
    links = app.find(role='list', name='Claims to link to')
    app.find(links, role='list item', name_re='^“%s”' % OTHER)
    audit(links.parent.parent.parent, 'Link to…')
    app.input.key('Escape')
    wait_for(lambda: find(app.app, role='list', name='Claims to link to') is None,
             'Link to… to close')

    # Dialogs, each a window of its own, opened as a user would

    for keys, title in (('ctrl+shift+o', 'Sources'),
                        ('ctrl+e', 'Export'),
                        ('ctrl+shift+e', 'Export a Folder'),
                        ('ctrl+comma', 'Preferences'),
                        ('ctrl+question', 'Keyboard Shortcuts')):
        app.focus_window()
        app.input.key(keys)
        dialog = app.toplevel(title)
        time.sleep(0.5)
        if title == 'Sources':
            # a source's settings are inside its expander row
            app.click(app.find(dialog, role='list item', name_re='^Ukraine'))
            app.find(dialog, role='combo box', name='Shortcut Key')
        audit(dialog, title)
        audit.combos(app, dialog, title, margin=60)
        app.input.key('Escape')
        app.toplevel_gone(title)

    # About, from the main menu
    app.click(app.find(role='push button', name='Main Menu'))
    app.click(app.find(role='menu item', name='About Kaynak'))
    about = app.toplevel('About')
    audit(about, 'About')
    app.input.key('Escape')
    app.toplevel_gone('About')

    # A toast, with its button and its close button
    app.click(app.claim_row(OTHER))
    app.click_at_offset(app.article(), app.article_text().index(OTHER) + 2)
    app.input.key('Delete')
    toast = app.find(role='label', name='Claim deleted')
    audit(toast.parent.parent, 'toast')

    # The question on closing with unsaved changes
    app.focus_window()
    app.input.key('ctrl+w')
    question = wait_for(lambda: [c for c in children(app.app)
                                 if c.name != app.window.name] or None,
                        'the question about unsaved changes')[0]
    # by a loose name, so that a wrong one ("_Cancel Cancel") is reported
    # by the audit rather than stop the journey here
    app.find(question, role='push button', name_re='Cancel')
    audit(question, 'Save changes?')
    app.input.key('Escape')

    audit.verdict()


@journey('caret-in-a-claim-says-its-source-and-status')
def caret_in_a_claim(desktop):
    """Colour is never the only carrier: when the caret moves into a claim,
    the article's accessible description gives the claim's source and
    status, and it follows a retag."""
    app = tagged_sample(desktop)
    article = app.article()
    app.input.key('Escape')
    start = app.article_text().index(QUOTE)
    app.click_at_offset(article, start - 2)
    wait_for(lambda: 'Select text' in article.description,
             'the article to describe how to tag, outside claims')
    app.input.key('Right', 'Right', 'Right')
    wait_for(lambda: article.description ==
             'In a claim. Source: Ukraine. Status: Unverified.',
             'the article to describe the claim at the caret (it says %r)'
             % article.description)
    app.input.key('Left', 'Left', 'Left', 'Left')
    wait_for(lambda: 'Select text' in article.description,
             'the description to go back when the caret leaves the claim')


@journey('claim-list-is-one-tab-stop')
def claim_list_is_one_tab_stop(desktop):
    """The claim list is one Tab stop: Tab leaves it whichever row has the
    focus, Shift+Tab goes back to the source filter, and the arrow keys
    move between rows."""
    app = tagged_sample(desktop)
    app.click(app.claim_row(OTHER))
    wait_for(lambda: is_focused(app.claim_row(OTHER)), 'the second row to have the focus')
    app.input.key('Up')
    wait_for(lambda: is_focused(app.claim_row(QUOTE)),
             'Up to move the focus to the first row')
    app.input.key('Tab')
    wait_for(lambda: app.focused() is not None and
             role_name(app.focused()) != 'list item',
             'Tab to leave the claim list (focus is on %r)'
             % (app.focused() and app.focused().name))
    app.click(app.claim_row(OTHER))
    wait_for(lambda: is_focused(app.claim_row(OTHER)), 'the second row to have the focus')
    app.input.key('shift+Tab')
    wait_for(lambda: app.focused() is not None and
             app.focused().name == 'Filter by source',
             'Shift+Tab to go to the source filter (focus is on %r)'
             % (app.focused() and app.focused().name))


@journey('tab-from-article-reaches-header-bar')
def tab_reaches_header_bar(desktop):
    """From the article, a few presses of Tab reach the header bar's
    buttons: the keyboard is never trapped in the text."""
    app = tagged_sample(desktop)
    app.click_at_offset(app.article(), 5)
    header = {'Open', 'Save', 'Claim List', 'Main Menu'}
    for presses in range(1, 8):
        # each press waits for the focus to move: a read too soon took
        # the focus of the press before
        focused = app.press_for_focus('Tab')
        if focused is not None and focused.name in header:
            log('Tab ×%d reached %r' % (presses, focused.name))
            return
    fail('7 presses of Tab from the article never reached the header bar '
         '(focus ended on %s %r)' % (role_name(focused) if focused else None,
                                     focused.name if focused else None))


LAST = 'Görev gücü gibi birimler'


def title_label_width(app):
    title = app.find(role='filler', name='AdwWindowTitle')
    for label in walk(title):
        if role_name(label) == 'label':
            return label.queryComponent().getExtents(kaynak_e2e.pyatspi.WINDOW_COORDS).width
    fail('the header bar has no title')


@journey('narrow-window-shows-the-claim-chosen-in-the-list')
def narrow_window(desktop):
    """In a 400 px window the claim list slides over the article; choosing
    a row hides it again and shows the article at that claim."""
    saved = sample_in_home(desktop)
    app = Window(desktop, [saved])
    app.select_words(QUOTE)
    app.input.key('1')
    app.click_at_offset(app.article(), 0)
    app.input.key('ctrl+End')
    app.select_words(LAST)
    app.input.key('2')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE,
                         '“%s”, White House, Unverified' % LAST])
    app.save_in_place(saved)
    app.input.key('ctrl+q')
    app.wait_exit()

    app = Window(desktop, [saved], size=(400, 720))
    article = app.article()
    toggle = app.find(role='push button', name='Claim List')
    wait_for(lambda: not toggle.getState().contains(kaynak_e2e.pyatspi.STATE_PRESSED),
             'the claim list to start hidden in a narrow window')
    app.click(toggle)
    row = app.claim_row(LAST)
    wait_for(lambda: on_screen(row), 'the list to slide in')
    app.click(row)
    wait_for(lambda: not toggle.getState().contains(kaynak_e2e.pyatspi.STATE_PRESSED),
             'choosing a row to hide the list again')
    start = app.article_text().index(LAST)
    view = article.parent.queryComponent().getExtents(kaynak_e2e.pyatspi.WINDOW_COORDS)

    def claim_in_view():
        x, y, w, h = article.queryText().getCharacterExtents(start, kaynak_e2e.pyatspi.WINDOW_COORDS)
        return view.y <= y and y + h <= view.y + view.height
    wait_for(claim_in_view, 'the article to show the chosen claim')
    wait_for(lambda: 'Source: White House' in article.description or
             is_selected(app.claim_row(LAST)), 'the claim to be selected')


@journey('title-readable-at-360-px')
def title_readable(desktop):
    """The window's title is as wide at 360 px as in a wide window: the
    header bar makes room for it instead of cutting it to "see…".  It is
    measured with unsaved changes, when it is longest ("• seed-article",
    "Unsaved Changes")."""
    path = article_in_home(desktop)
    widths = []
    for size in (None, (360, 720)):
        app = Window(desktop, [path], size=size)
        app.focus_window()
        app.click_at_offset(app.article(), 0)
        app.input.key('shift+ctrl+Right', '1')
        wait_for(lambda: app.header_title() == ('• seed-article', 'Unsaved Changes'),
                 'the unsaved title (it is %r)' % (app.header_title(),))
        widths.append(title_label_width(app))
        # Closed as a user closes it, leaving no draft to recover next time
        app.input.key('ctrl+q')
        app.click(app.find(role='push button', name='Discard'))
        app.wait_exit()
    wide, narrow = widths
    log('title: %d px wide, %d px at 360 px' % (wide, narrow))
    if narrow < wide:
        fail('the title is %d px wide at 360 px, %d px in a wide window: cut'
             % (narrow, wide))
