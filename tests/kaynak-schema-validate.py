#!/usr/bin/env python3
# kaynak-schema-validate.py: Kaynak files against data/kaynak.schema.json,
# the JSON Schema of docs/FORMAT.md, or codebooks against
# data/kaynak-codebook.schema.json (docs/CODEBOOK.md) (Draft 7,
# python3-jsonschema).
#
# Usage: kaynak-schema-validate.py SCHEMA [--invalid] FILE…
#
# Without --invalid every FILE must validate; with it every FILE must be
# refused (the cases that prove the schema checks something).  Exit status
# 0 when each file is judged as expected, 1 otherwise, with one line per
# file that is not.  python3-jsonschema is a test dependency
# (build-aux/setup-deps.sh): without it the test fails, it does not skip.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed; run build-aux/setup-deps.sh")
    sys.exit(1)


def new_validator(schema, folder):
    """A validator that finds the other schemas of @folder by their $id:
    the codebook's schema takes its source objects from the file's."""
    store = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith('.schema.json'):
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                other = json.load(f)
            store[other['$id']] = other
    try:
        # jsonschema 4.18 and later
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (uri, Resource.from_contents(other)) for uri, other in store.items())
        return jsonschema.Draft7Validator(schema, registry=registry)
    except ImportError:
        # Debian 12's jsonschema 4.10
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        return jsonschema.Draft7Validator(schema, resolver=resolver)


def main(argv):
    schema_path = argv[1]
    expect_valid = True
    files = argv[2:]
    if files and files[0] == '--invalid':
        expect_valid = False
        files = files[1:]
    if not files:
        print("no files to check")
        return 1
    with open(schema_path, encoding='utf-8') as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = new_validator(schema, os.path.dirname(os.path.abspath(schema_path)))

    failures = 0
    for path in files:
        with open(path, encoding='utf-8') as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if expect_valid and errors:
            failures += 1
            for e in errors:
                where = '/'.join(str(p) for p in e.path)
                print('%s: %s: %s' % (path, where or '(root)', e.message))
        elif not expect_valid and not errors:
            failures += 1
            print('%s: accepted, but the schema should refuse it' % path)
        elif not expect_valid:
            print('%s: refused as expected: %s' % (path, errors[0].message))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
