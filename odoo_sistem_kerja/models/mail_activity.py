from odoo import models
from odoo.exceptions import UserError

from .sk_sealed_mixin import in_engine


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _action_done(self, feedback=False, attachment_ids=None):
        """An approval activity is done by deciding on the record, never by ticking it."""
        if not in_engine():
            pending = (
                self.env["sk.approval.line"]
                # sudo: whether an activity is an approval step, whoever ticks it
                .sudo()
                .search([("activity_id", "in", self.ids), ("state", "=", "pending")], limit=1)
            )
            if pending:
                raise UserError(
                    self.env._(
                        "This activity asks for a decision: open the record and approve, "
                        "refuse or return it."
                    )
                )
        return super()._action_done(feedback=feedback, attachment_ids=attachment_ids)
