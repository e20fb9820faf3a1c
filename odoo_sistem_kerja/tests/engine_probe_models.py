"""A model that exists only in the tests and uses the approval engine: it proves that the
engine needs nothing from Penugasan, Tim Kerja or letters (registered by FakeModelLoader)."""

from odoo import fields, models


class SkApprovalRoute(models.Model):
    _inherit = "sk.approval.route"

    kind = fields.Selection(selection_add=[("probe", "Probe")], ondelete={"probe": "cascade"})


class SkTestProbe(models.Model):
    _name = "sk.test.probe"
    _description = "Approval Engine Probe"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.approval.mixin"]

    name = fields.Char(required=True)
    company_id = fields.Many2one("res.company", required=True)
    unit_id = fields.Many2one("hr.department", required=True)
    state = fields.Selection(
        [("draft", "Draft"), ("submitted", "Submitted"), ("done", "Approved"), ("no", "Refused")],
        default="draft",
        required=True,
    )

    def _sk_profile(self):
        return self.company_id._sk_profile()

    def _sk_route(self):
        return self._sk_profile()._sk_route("probe")

    def _sk_role_context(self):
        head = self.unit_id.manager_id
        return {
            "owner_unit": self.unit_id,
            "home_unit": self.unit_id,
            "employee": head,
            "requester": head,
        }

    def action_submit(self):
        self.check_access("write")
        self._sk_engine_write({"state": "submitted"})
        self._sk_start_approval()

    def _sk_on_approved(self):
        self._sk_engine_write({"state": "done"})

    def _sk_on_refused(self, reason):
        self._sk_engine_write({"state": "no"})
