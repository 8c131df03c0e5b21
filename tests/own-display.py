#!/usr/bin/env python3
# own-display.py PROGRAM [ARGS…]: runs a UI test in an X server of its own.
#
# The UI tests used to share the one X server `xvfb-run` starts for the
# whole `meson test`, two at a time.  On X a text selection is the
# display's PRIMARY selection, and a GtkTextBuffer that loses PRIMARY to
# another client unselects its text: a test that selected a word in its
# article saw the selection vanish when the test beside it selected one in
# another process (test-ui-find in CI).  An X server per test keeps each
# test's selections, focus and clipboard its own.
#
# Without Xvfb the test runs on whatever display there is, as before.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import subprocess
import sys


def start_xvfb():
    """An Xvfb on a free display, which it picks and reports itself
    (-displayfd): no race between tests starting at once."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(write_end),
                             '-screen', '0', '1280x1024x24',
                             '-nolisten', 'tcp', '-noreset'],
                            pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b''
    with os.fdopen(read_end, 'rb') as pipe:
        while not number.endswith(b'\n'):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip().isdigit():
        xvfb.kill()
        xvfb.wait()
        sys.exit('own-display: Xvfb did not start (exit %s)' % xvfb.poll())
    return xvfb, ':' + number.strip().decode()


def main():
    if len(sys.argv) < 2:
        sys.exit('usage: own-display.py PROGRAM [ARGS…]')
    if shutil.which('Xvfb') is None:
        os.execvp(sys.argv[1], sys.argv[1:])
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display)
    env.pop('WAYLAND_DISPLAY', None)
    try:
        status = subprocess.call(sys.argv[1:], env=env)
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(timeout=10)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()
    # A test killed by a signal reports it as meson expects of the test
    if status < 0:
        os.kill(os.getpid(), -status)
    sys.exit(status)


if __name__ == '__main__':
    main()
