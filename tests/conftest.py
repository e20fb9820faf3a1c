"""Make a skipped browser test fail.

Odoo skips an HttpCase when Chromium or websocket-client is missing, and
pytest-odoo skips it when --odoo-http is not given: in either case the suite
would pass without having driven a browser, so we report it as a failure.
"""

import pytest

from odoo.tests import HttpCase


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    instance = getattr(item, "instance", None)
    if report.skipped and isinstance(instance, HttpCase):
        report.outcome = "failed"
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"browser test skipped, which counts as a failure: {reason}"
