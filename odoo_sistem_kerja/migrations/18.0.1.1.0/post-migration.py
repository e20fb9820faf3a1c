"""Company profiles made before 18.0.1.1.0 get the letter signature route of their preset."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    api.Environment(cr, SUPERUSER_ID, {})["sk.regulation.profile"]._sk_add_missing_routes("letter")
