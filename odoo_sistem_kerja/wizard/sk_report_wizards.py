from odoo import api, fields, models
from odoo.exceptions import UserError


class SkReportRequestWizard(models.TransientModel):
    _name = "sk.report.request.wizard"
    _description = "Ask for a Report"

    team_id = fields.Many2one("sk.team", required=True)
    employee_id = fields.Many2one(
        "hr.employee",
        string="From",
        required=True,
        domain="[('id', 'in', member_employee_ids)]",
    )
    member_employee_ids = fields.Many2many("hr.employee", compute="_compute_member_employee_ids")
    deadline = fields.Date(required=True)
    note = fields.Text(string="What to Report", required=True)

    @api.depends("team_id")
    def _compute_member_employee_ids(self):
        for wizard in self:
            # sudo: the members the head may ask, on a team they may read
            wizard.member_employee_ids = wizard.team_id.sudo().member_ids.employee_id

    def action_confirm(self):
        self.ensure_one()
        team = self.team_id
        team.check_access("write")  # the head of the owning unit, or the Admin Kepegawaian
        if self.employee_id not in team.sudo().member_ids.employee_id:
            raise UserError(self.env._("Ask a member of the team."))
        if self.deadline < fields.Date.context_today(self):
            raise UserError(self.env._("The deadline cannot be in the past."))
        today = fields.Date.context_today(self)
        # sudo: the head creates the report the member will write; its author is the member
        report = (
            self.env["sk.report"]
            .sudo()
            .create(
                {
                    "company_id": team.company_id.id,
                    "kind": "team" if self.employee_id == team.ketua_id else "member",
                    "team_id": team.id,
                    "author_id": self.employee_id.id,
                    "date_from": team.date_start or today,
                    "date_to": today,
                    "deadline": self.deadline,
                }
            )
        )
        report._sk_engine_write({"requested_by_id": self.env.user.id})
        if self.employee_id.user_id:
            report._sk_schedule_due(
                self.employee_id.user_id,
                self.env._("Report requested by %(user)s", user=self.env.user.name),
                self.note,
            )
        report.message_post(body=self.note)
        return {"type": "ir.actions.act_window_close"}


class SkReportReturnWizard(models.TransientModel):
    _name = "sk.report.return.wizard"
    _description = "Return a Report"

    report_ids = fields.Many2many("sk.report", required=True)
    note = fields.Text(string="What the Report Lacks", required=True)

    def action_confirm(self):
        self.report_ids._sk_send_back(self.note)
        return {"type": "ir.actions.act_window_close"}
