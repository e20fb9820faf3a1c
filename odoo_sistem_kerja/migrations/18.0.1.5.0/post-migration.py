"""18.0.1.5.0: the workflows' activities are kept when done (Odoo's "Keep Done"): the
activity view shows who did each step, and a decision no longer deletes rows (which
emptied the ORM cache in the middle of a batch of decisions). The types are noupdate."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    ours = env["ir.model.data"].search(
        [("module", "=", "odoo_sistem_kerja"), ("model", "=", "mail.activity.type")]
    )
    env["mail.activity.type"].browse(ours.mapped("res_id")).exists().keep_done = True
