"""Company profiles made before 18.0.1.1.0 get the letter signature route of their preset."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    Profile = env["sk.regulation.profile"]
    for profile in Profile.search([("is_preset", "=", False)]):
        if profile.route_ids.filtered(lambda r: r.kind == "letter"):
            continue
        preset = profile.preset_id or Profile._sk_default_preset()
        preset.route_ids.filtered(lambda r: r.kind == "letter").copy({"profile_id": profile.id})
