"""Approval steps past their deadline: the approver is reminded once a day, and after the
profile's escalation delay the approver's own superior is informed (issue 10; anchors (d):
requests must not wait unseen). The engine names no model: each record gives its profile."""

from odoo import api, fields, models


class SkApprovalLine(models.Model):
    _inherit = "sk.approval.line"

    reminded_on = fields.Date(readonly=True, help="Last day the approver was reminded.")
    escalated_to_id = fields.Many2one(
        "hr.employee",
        string="Escalated To",
        readonly=True,
        help="The superior informed that the step is overdue.",
    )

    @api.model
    def _cron_remind_overdue(self):
        today = fields.Date.context_today(self)
        lines = self.search(
            [
                ("state", "=", "pending"),
                ("deadline", "<", today),
                "|",
                ("reminded_on", "=", False),
                ("reminded_on", "<", today),
            ]
        )
        for line in lines:
            line._sk_remind(today)
        return lines

    def _sk_remind(self, today):
        self.ensure_one()
        # sudo: the engine's cron posts on records of any model and company
        record = self.env[self.res_model].sudo().browse(self.res_id)
        late = (today - self.deadline).days
        partners = self.approver_user_id.partner_id
        body = self.env._(
            "Reminder: the step '%(step)s' waits for %(approver)s since %(deadline)s "
            "(%(late)s day(s) late).",
            step=self.name,
            approver=self.approver_user_id.name or self.env._("the Tim Verifikasi"),
            deadline=self.deadline,
            late=late,
        )
        delay = record._sk_profile().escalation_days
        superior = self._sk_superior() if delay and late >= delay else self.escalated_to_id
        if superior and not self.escalated_to_id:
            partners |= superior.user_id.partner_id
            body += " " + self.env._(
                "%(superior)s, superior of the approver, is informed.", superior=superior.name
            )
            self.escalated_to_id = superior
        record.message_post(body=body, partner_ids=partners.ids, subtype_xmlid="mail.mt_note")
        self.reminded_on = today

    def _sk_superior(self):
        """The head above the approver who has a user (nobody for the Tim Verifikasi)."""
        approver = self.approver_employee_id
        unit = approver.department_id
        if unit.manager_id == approver:
            unit = unit.parent_id
        while unit:
            found, head, _vacant = unit._sk_find_head(exclude=approver)
            if not head or head.user_id:
                return head
            unit = found.parent_id
        return approver.browse()
