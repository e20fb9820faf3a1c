"""Odoo's own suites with the addon installed: compare a JUnit report with the tests known to
fail identically without the addon (known_failures.txt). Exit 1 on a failure that is not
known (the addon broke Odoo) and on a known failure that passed (a stale entry).

    python check.py REPORT.xml KNOWN.txt
"""

import sys
import xml.etree.ElementTree as ET


def known_failures(path):
    with open(path, encoding="utf-8") as known:
        lines = (line.split("#", 1)[0].strip() for line in known)
        return {line for line in lines if line}


def outcomes(path):
    """{test id: passed?} of the report, ids as ``addon.tests.module.Class.test``."""
    result = {}
    for case in ET.parse(path).getroot().iter("testcase"):
        test_id = f"{case.get('classname')}.{case.get('name')}"
        failed = case.find("failure") is not None or case.find("error") is not None
        if case.find("skipped") is None:
            result[test_id] = not failed
    return result


def main(report, known_path):
    known = known_failures(known_path)
    try:
        ran = outcomes(report)
    except (OSError, ET.ParseError) as error:
        print(f"odoo suites: no report of the run ({error})")
        return 1
    broken = sorted(t for t, passed in ran.items() if not passed and t not in known)
    stale = sorted(t for t in known if ran.get(t, True))
    for test in broken:
        print(f"odoo suites: BROKEN by the addon: {test}")
    for test in stale:
        print(f"odoo suites: known failure that passed or did not run, remove it: {test}")
    passed = sum(ran.values())
    print(
        f"odoo suites: {passed} passed, {len(ran) - passed} failed "
        f"({len(known)} known to fail without the addon)"
    )
    return 1 if broken or stale else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
