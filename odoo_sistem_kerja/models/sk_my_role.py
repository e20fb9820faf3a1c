"""My Roles: where an ASN's work is: their places in established teams and their individual
assignments, each with its letter (issue 10). A view over team members and assignments."""

from odoo import fields, models, tools
from odoo.tools import SQL

from .sk_approval_inbox import document_form
from .sk_team_member import MEMBER_ROLES

ROLE_KINDS = [("team", "Tim Kerja"), ("individual", "Individual Assignment")]


class SkMyRole(models.Model):
    _name = "sk.my.role"
    _description = "Role of an Employee"
    _auto = False
    _order = "date_start desc, id desc"
    _depends = {
        "sk.team.member": ["employee_id", "team_id", "role", "tugas"],
        "sk.team": ["company_id", "name", "state", "date_start", "date_end", "letter_number"],
        "sk.penugasan": [
            "employee_ids",
            "company_id",
            "name",
            "maksud_tujuan",
            "state",
            "team_id",
            "date_start",
            "date_end",
            "letter_number",
        ],
        "hr.employee": ["user_id"],
    }

    source_id = fields.Integer(readonly=True)
    employee_id = fields.Many2one("hr.employee", readonly=True)
    user_id = fields.Many2one("res.users", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    kind = fields.Selection(ROLE_KINDS, readonly=True)
    role = fields.Selection(MEMBER_ROLES, readonly=True)
    name = fields.Char(string="Work", readonly=True)
    tasks = fields.Text(readonly=True)
    date_start = fields.Date(string="From", readonly=True)
    date_end = fields.Date(string="Until", readonly=True)
    letter_number = fields.Char(string="Letter", readonly=True)
    team_id = fields.Many2one("sk.team", readonly=True)
    penugasan_id = fields.Many2one("sk.penugasan", string="Assignment", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """CREATE OR REPLACE VIEW %s AS (
                SELECT row_number() OVER (ORDER BY r.kind, r.source_id, r.employee_id) AS id, r.*
                  FROM (
                    SELECT m.id AS source_id, m.employee_id, e.user_id, t.company_id,
                           'team' AS kind, m.role, t.name, m.tugas AS tasks,
                           t.date_start, t.date_end, t.letter_number,
                           t.id AS team_id, NULL::integer AS penugasan_id
                      FROM sk_team_member m
                      JOIN sk_team t ON t.id = m.team_id
                      JOIN hr_employee e ON e.id = m.employee_id
                     WHERE t.state IN ('verification', 'active', 'done')
                    UNION ALL
                    SELECT p.id, r.hr_employee_id, e.user_id, p.company_id, 'individual', NULL,
                           p.name, p.maksud_tujuan, p.date_start, p.date_end, p.letter_number,
                           NULL, p.id
                      FROM hr_employee_sk_penugasan_rel r
                      JOIN sk_penugasan p ON p.id = r.sk_penugasan_id
                      JOIN hr_employee e ON e.id = r.hr_employee_id
                     WHERE p.state IN ('active', 'done') AND p.team_id IS NULL
                  ) r
            )""",
                SQL.identifier(self._table),
            )
        )

    def action_sk_open_document(self):
        self.ensure_one()
        record = self.team_id or self.penugasan_id
        return document_form(record)
