from . import models


def _date_existing_service_lines(env):
    """The employees created before this module (the addon's demo, a Pemda imported
    earlier): their service line starts at the TMT CPNS too."""
    env["hr.employee"].with_context(active_test=False).search([])._sk_date_service_line()
