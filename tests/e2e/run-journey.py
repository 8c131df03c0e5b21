#!/usr/bin/env python3
# run-journey.py: run one end-to-end journey by name (--list for all).
# The journeys live in journeys_*.py beside this file, one theme a file.
# SPDX-License-Identifier: GPL-3.0-or-later
import glob
import importlib
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import kaynak_e2e  # noqa: E402

for path in sorted(glob.glob(os.path.join(here, 'journeys_*.py'))):
    importlib.import_module(os.path.basename(path)[:-3])

if __name__ == '__main__':
    sys.exit(kaynak_e2e.run())
