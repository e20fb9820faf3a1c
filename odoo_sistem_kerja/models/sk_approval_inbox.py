"""One inbox across kinds: every step waiting for the user's decision (a Penugasan, a Tim
Kerja, a letter to sign, a result to review, targets or a recommendation to confirm), with
what it is about, who asked and how long it has waited. Each record says what it is about
(``_sk_inbox_summary``); the engine names no model."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.osv import expression


def document_form(record):
    """The action opening one record in its own form (a kegiatan in a kegiatan's)."""
    record.ensure_one()
    return {
        "type": "ir.actions.act_window",
        "res_model": record._name,
        "res_id": record.id,
        "views": [(record.get_formview_id(), "form")],
        "view_mode": "form",
    }


class SkApprovalLine(models.Model):
    _inherit = "sk.approval.line"

    kind = fields.Char(compute="_compute_inbox", string="Kind")
    record_name = fields.Char(compute="_compute_inbox", string="Record")
    summary = fields.Char(compute="_compute_inbox", string="About")
    requester_name = fields.Char(compute="_compute_inbox", string="Requested By")
    days_waiting = fields.Integer(compute="_compute_inbox", string="Days Waiting")
    overdue = fields.Boolean(compute="_compute_inbox")
    waiting_for_me = fields.Boolean(
        compute="_compute_waiting_for_me",
        search="_search_waiting_for_me",
        string="Waiting for Me",
        help="Pending steps the user decides: those assigned to them, and the Tim Verifikasi "
        "steps of the companies where they verify.",
    )

    @api.depends("state", "approver_user_id", "actor_role")
    @api.depends_context("uid")
    def _compute_waiting_for_me(self):
        # sudo: which of these steps are the user's, whatever the documents' rules
        mine = self.sudo().search([("id", "in", self.ids), ("waiting_for_me", "=", True)])
        for line in self:
            line.waiting_for_me = line in mine

    def _search_waiting_for_me(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Operation not supported."))
        user = self.env.user
        domain = [("approver_user_id", "=", user.id), ("actor_role", "!=", "verifier")]
        companies = self.env["sk.regulation.profile"]._sk_companies_verified_by(user)
        if companies:
            # sudo: the company of the documents verified, readable or not
            documents = [
                [
                    ("res_model", "=", name),
                    (
                        "res_id",
                        "in",
                        self.env[name].sudo()._search([("company_id", "in", companies)]),
                    ),
                ]
                for name in self._sk_document_models()
                if "company_id" in self.env[name]._fields
            ]
            domain = expression.OR(
                [
                    domain,
                    expression.AND([[("actor_role", "=", "verifier")], expression.OR(documents)]),
                ]
            )
        domain = expression.AND([[("state", "=", "pending")], domain])
        positive = (operator == "=") == value
        return domain if positive else ["!", *expression.normalize_domain(domain)]

    @api.depends("res_model", "res_id", "deadline", "deadline_days")
    @api.depends_context("uid")
    def _compute_inbox(self):
        today = fields.Date.context_today(self)
        for line in self:
            record = self.env[line.res_model].browse(line.res_id)
            # sudo: who asked is part of the step the user reads (the record may be readable
            # only in part, e.g. a public employee)
            requester = record.sudo()._sk_role_context()["requester"]
            started = line.deadline and line.deadline - timedelta(days=line.deadline_days or 0)
            line.kind = self.env["ir.model"]._get(line.res_model).name
            line.record_name = record.display_name
            line.summary = record._sk_inbox_summary()
            line.requester_name = requester.name
            line.days_waiting = (today - started).days if started else 0
            line.overdue = bool(line.deadline and line.deadline < today)

    def action_sk_open_document(self):
        """The record of the step, in its own form, to decide there."""
        self.ensure_one()
        return document_form(self.env[self.res_model].browse(self.res_id))


class SkApprovalMixin(models.AbstractModel):
    _inherit = "sk.approval.mixin"

    def _sk_inbox_summary(self):
        """What the record is about, in one line of the inbox."""
        return ""
