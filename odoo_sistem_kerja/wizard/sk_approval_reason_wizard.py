from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.sk_approval_mixin import bulk_notification

DECISIONS = [
    ("refuse", "Refuse"),
    ("return", "Return for Revision"),
    ("cancel", "Cancel"),
    ("dissolve", "Dissolve"),
    ("reissue", "Re-issue the Letter"),
    ("recommend", "Recommend"),
]
# decisions taken for all the records at once, reporting the records they could not decide
_PER_RECORD = ("refuse", "return")


class SkApprovalReasonWizard(models.TransientModel):
    """Refusing, returning, cancelling, dissolving or re-issuing always states a reason.

    Works for any model using the approval engine: the model says which decisions it
    takes (``_sk_reason_handlers``) and checks who may take them.
    """

    _name = "sk.approval.reason.wizard"
    _description = "Reason for a Decision"

    res_model = fields.Char(required=True)
    res_ids = fields.Char(required=True)
    decision = fields.Selection(DECISIONS, required=True)
    line_id = fields.Many2one(
        "sk.approval.line", help="The step the user saw when asking to decide."
    )
    reason = fields.Text(required=True)

    @api.model
    def _sk_parse(self, res_model, res_ids):
        """The records a wizard's values name, refused with a clear message when they
        name no engine model or no valid ids (the values come from the client)."""
        if res_model not in self.env or not getattr(
            self.env[res_model], "_sk_approval_engine", False
        ):
            raise UserError(self.env._("Nothing to decide."))
        parts = [part.strip() for part in (res_ids or "").split(",") if part.strip()]
        if not parts or not all(part.isascii() and part.isdigit() for part in parts):
            raise UserError(self.env._("Nothing to decide."))
        records = self.env[res_model].browse(int(part) for part in parts).exists()
        if len(records) != len(set(parts)):
            raise UserError(self.env._("Some of these records no longer exist."))
        return records

    @api.model_create_multi
    def create(self, vals_list):
        wizards = super().create(vals_list)
        for wizard in wizards:
            records = self._sk_parse(wizard.res_model, wizard.res_ids)
            if wizard.decision not in records._sk_reason_handlers():
                raise UserError(self.env._("This decision does not apply to these records."))
        return wizards

    def action_confirm(self):
        self.ensure_one()
        records = self._sk_parse(self.res_model, self.res_ids)
        if self.line_id:
            records = records.with_context(sk_line_id=self.line_id.id)
        handler = records._sk_reason_handlers().get(self.decision)
        if not handler:
            raise UserError(self.env._("This decision does not apply to these records."))
        if self.decision not in _PER_RECORD:
            result = handler(self.reason)
            if self.decision == "reissue" and len(result) == 1:
                # a corrected letter to complete and sign
                return {
                    "type": "ir.actions.act_window",
                    "res_model": result._name,
                    "res_id": result.id,
                    "view_mode": "form",
                }
            return {"type": "ir.actions.act_window_close"}
        decision = self.decision
        decided, refused = records._sk_decide_each(
            lambda batch: batch._sk_reason_handlers()[decision](self.reason)
        )
        if len(records) == 1:
            return {"type": "ir.actions.act_window_close"}
        return bulk_notification(self.env, decided, refused)
