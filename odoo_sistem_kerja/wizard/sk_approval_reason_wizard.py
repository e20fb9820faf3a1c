from odoo import fields, models
from odoo.exceptions import UserError

from ..models.sk_approval_mixin import bulk_notification

DECISIONS = [
    ("refuse", "Refuse"),
    ("return", "Return for Revision"),
    ("cancel", "Cancel"),
    ("dissolve", "Dissolve"),
    ("reissue", "Re-issue the Letter"),
]


class SkApprovalReasonWizard(models.TransientModel):
    """Refusing, returning, cancelling, dissolving or re-issuing always states a reason."""

    _name = "sk.approval.reason.wizard"
    _description = "Reason for a Decision"

    res_model = fields.Char(required=True)
    res_ids = fields.Char(required=True)
    decision = fields.Selection(DECISIONS, required=True)
    reason = fields.Text(required=True)

    def _records(self):
        if self.res_model not in ("sk.penugasan", "sk.team", "sk.letter"):
            raise UserError(self.env._("Nothing to decide."))
        ids = [int(i) for i in self.res_ids.split(",") if i]
        return self.env[self.res_model].browse(ids)

    def action_confirm(self):
        self.ensure_one()
        records = self._records()
        if self.decision == "reissue":
            replacements = records._sk_reissue(self.reason)
            if len(replacements) == 1:  # a corrected letter to complete and sign
                return {
                    "type": "ir.actions.act_window",
                    "res_model": replacements._name,
                    "res_id": replacements.id,
                    "view_mode": "form",
                }
            return {"type": "ir.actions.act_window_close"}
        if self.decision in ("cancel", "dissolve"):
            method = "_sk_cancel" if self.decision == "cancel" else "_sk_dissolve"
            getattr(records, method)(self.reason)
            return {"type": "ir.actions.act_window_close"}
        decided, refused = records.browse(), []
        for record in records:
            try:
                with self.env.cr.savepoint():
                    if self.decision == "refuse":
                        record._sk_refuse(self.reason)
                    else:
                        record._sk_return(self.reason)
                decided |= record
            except UserError as error:
                refused.append(f"{record.sudo().display_name}: {error.args[0]}")
        if len(records) == 1 and refused:
            raise UserError(refused[0])
        if len(records) == 1:
            return {"type": "ir.actions.act_window_close"}
        return bulk_notification(self.env, decided, refused)
