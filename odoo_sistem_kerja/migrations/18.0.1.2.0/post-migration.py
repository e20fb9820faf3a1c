"""Company profiles made before 18.0.1.2.0 get the review chain of results of their preset;
the unit types shipped with the module get the titles their heads sign with."""

from odoo import SUPERUSER_ID, api

HEAD_TITLES = {
    "setda": "Sekretaris Daerah",
    "setwan": "Sekretaris DPRD",
    "inspektorat": "Inspektur",
    "kecamatan": "Camat {place}",
    "kelurahan": "Lurah {place}",
    "rsud": "Direktur {unit}",
    "sekretariat": "Sekretaris {parent}",
    "asisten": "{unit}",
    "irban": "{unit}",
    "wadir": "{unit}",
}


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["sk.regulation.profile"]._sk_add_missing_routes("result")
    for code, title in HEAD_TITLES.items():
        env["sk.unit.type"].search(
            [("code", "=", code), ("head_title", "=", False)]
        ).head_title = title
