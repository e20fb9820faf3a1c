from odoo import models
from odoo.exceptions import UserError

from .sk_sealed_mixin import engine_writes, in_engine


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _sk_workflow_owned(self):
        """Those of these activities that only their record's workflow closes (a step to
        decide, a report to send): each model says which through _sk_workflow_activities."""
        owned = self.browse()
        for model, activities in self.grouped("res_model").items():
            if model in self.env and hasattr(self.env[model], "_sk_workflow_activities"):
                # sudo: whether an activity belongs to a workflow, whoever ticks it
                owned |= self.env[model].sudo()._sk_workflow_activities(activities.sudo())
        return owned

    def _sk_refuse_manual_close(self):
        if not in_engine() and not self.env.su and self._sk_workflow_owned():
            raise UserError(
                self.env._(
                    "This activity is closed by its record's workflow: open the record and "
                    "decide the step, send the report or confirm the targets it asks for."
                )
            )

    def _action_done(self, feedback=False, attachment_ids=None):
        """A decision or a report is done on its record, never by ticking the activity."""
        self._sk_refuse_manual_close()
        return super()._action_done(feedback=feedback, attachment_ids=attachment_ids)

    def unlink(self):
        """Nor is it cancelled while the step or the report waits."""
        self._sk_refuse_manual_close()
        return super().unlink()

    def write(self, vals):
        """Nor archived (Odoo keeps done activities of a "Keep Done" type archived)."""
        if "active" in vals and not vals["active"]:
            self._sk_refuse_manual_close()
        return super().write(vals)

    def _sk_done_by_workflow(self, feedback):
        with engine_writes():
            return self.action_feedback(feedback=feedback)
