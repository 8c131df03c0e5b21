#!/usr/bin/env python3
# w3c-validate.py: checks Kaynak's W3C Web Annotation export against every
# assertion of the W3C web-annotation-tests suite whose assertionType is
# "must" (annotationMusts, collectionMusts and pageMusts).
#
# Usage: w3c-validate.py SUITE_DIR FILE.jsonld [FILE.jsonld…]
#
# SUITE_DIR holds the suite's definitions/ and the .test lists with the
# assertion schemas they name (tests/data/w3c in this tree, copied from the
# suite with its licence).  Each FILE is an AnnotationCollection with an
# embedded AnnotationPage, as `kaynak --export w3c` writes.  The collection
# is checked against collectionMusts and pageMusts (the suite runs the page
# assertions against "a collection with an embedded page"), and every
# annotation in it against annotationMusts.  Exit status 0 when everything
# passes, 1 with one line per failed assertion otherwise.
#
# Written for Debian 12's python3-jsonschema (4.10, Draft 4 with
# RefResolver); it also runs on newer jsonschema releases.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import sys
import warnings

try:
    import jsonschema
except ImportError:
    # 77 is "skipped" to meson; CI installs python3-jsonschema
    print("python3-jsonschema is not installed; skipping the W3C validation")
    sys.exit(77)

warnings.simplefilter("ignore", DeprecationWarning)

# The suite's schemas ask for "format": "uri".  jsonschema only checks that
# format when the optional rfc3987 module is installed, which Debian does
# not pull in; check it ourselves so a relative or malformed id fails.
URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")

format_checker = jsonschema.FormatChecker()


@format_checker.checks("uri")
def is_uri(value):
    if not isinstance(value, str):
        return True
    return URI_RE.match(value) is not None and value.isascii()


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def make_store(suite_dir):
    store = {}
    for root, _dirs, files in os.walk(suite_dir):
        for name in files:
            if name.endswith(".json"):
                schema = load_json(os.path.join(root, name))
                if isinstance(schema, dict) and "id" in schema:
                    store[schema["id"]] = schema
    return store


def assertions(suite_dir, test_path):
    test = load_json(os.path.join(suite_dir, test_path))
    for entry in test["assertions"]:
        # The suite also allows inline "or" groups; the MUST lists use plain
        # paths only, but refuse anything else loudly rather than skip it.
        if not isinstance(entry, str):
            raise SystemExit("%s: unsupported assertion entry %r" % (test_path, entry))
        schema = load_json(os.path.join(suite_dir, entry))
        if schema.get("assertionType") != "must":
            continue
        yield entry, schema


def check(suite_dir, store, test_path, instance, what):
    failures = []
    for entry, schema in assertions(suite_dir, test_path):
        resolver = jsonschema.RefResolver(base_uri=schema.get("id", ""),
                                          referrer=schema, store=store)
        validator = jsonschema.Draft4Validator(schema, resolver=resolver,
                                               format_checker=format_checker)
        valid = validator.is_valid(instance)
        expected = schema.get("expectedResult", "valid") == "valid"
        if valid != expected:
            failures.append("%s: %s: %s" % (what, entry, schema.get("errorMessage", "")))
    return failures


def main(argv):
    if len(argv) < 3:
        print("usage: w3c-validate.py SUITE_DIR FILE.jsonld…", file=sys.stderr)
        return 2
    suite_dir = argv[1]
    store = make_store(os.path.join(suite_dir, "definitions"))
    failures = []
    n_checked = 0
    for path in argv[2:]:
        collection = load_json(path)
        failures += check(suite_dir, store, "collections/collectionMusts.test",
                          collection, path)
        failures += check(suite_dir, store, "collections/pages/pageMusts.test",
                          collection, path)
        items = collection.get("first", {}).get("items", [])
        if collection.get("total", 0) > 0 and not items:
            failures.append("%s: the collection has no embedded annotations" % path)
        for i, annotation in enumerate(items):
            failures += check(suite_dir, store, "annotations/annotationMusts.test",
                              annotation, "%s: first.items[%d]" % (path, i))
            n_checked += 1
    for line in failures:
        print(line)
    print("%d annotation(s) checked, %d failure(s)" % (n_checked, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
