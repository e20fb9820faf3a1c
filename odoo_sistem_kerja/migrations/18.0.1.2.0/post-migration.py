"""Company profiles made before 18.0.1.2.0 get the review chain of results of their preset."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    api.Environment(cr, SUPERUSER_ID, {})["sk.regulation.profile"]._sk_add_missing_routes("result")
