"""Tim Transformasi Manajemen (spec §11 OTH-01): guards, controls and supports the adjustment
of the work system; its members come from the secretariat element by role, and it records its
strategy and synergy activities. Only the profiles whose regulation provides it allow one."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

MEMBER_ROLES = [
    ("pyb", "Pejabat yang Berwenang"),
    ("highest", "Highest-level Official"),
    ("penilai", "Pejabat Penilai Kinerja"),
    ("hr_head", "Head of the HR Unit"),
    ("planning_head", "Head of the Planning and Budget Unit"),
]
ACTIVITY_KINDS = [("strategy", "Strategy"), ("synergy", "Synergy")]


class SkTransformationTeam(models.Model):
    _name = "sk.transformation.team"
    _description = "Tim Transformasi Manajemen"
    _inherit = ["mail.thread"]
    _check_company_auto = True

    name = fields.Char(required=True, default="Tim Transformasi Manajemen", tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Perangkat Daerah",
        required=True,
        check_company=True,
        domain="[('sk_unit_type_id.is_perangkat_daerah', '=', True)]",
    )
    decision_number = fields.Char(string="Decision Number")
    member_ids = fields.One2many("sk.transformation.member", "team_id", string="Members")
    activity_ids = fields.One2many("sk.transformation.activity", "team_id", string="Activities")

    @api.constrains("company_id")
    def _check_profile(self):
        for team in self:
            if not team.company_id._sk_profile().transformation_team:
                raise ValidationError(
                    self.env._(
                        "The regulation profile of %(company)s provides no Tim Transformasi "
                        "Manajemen.",
                        company=team.company_id.name,
                    )
                )


class SkTransformationMember(models.Model):
    _name = "sk.transformation.member"
    _description = "Member of the Tim Transformasi Manajemen"
    _order = "team_id, role, id"

    team_id = fields.Many2one("sk.transformation.team", required=True, ondelete="cascade")
    role = fields.Selection(MEMBER_ROLES, required=True)
    employee_id = fields.Many2one("hr.employee", required=True)


class SkTransformationActivity(models.Model):
    _name = "sk.transformation.activity"
    _description = "Activity of the Tim Transformasi Manajemen"
    _order = "date desc, id desc"

    team_id = fields.Many2one("sk.transformation.team", required=True, ondelete="cascade")
    kind = fields.Selection(ACTIVITY_KINDS, required=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    name = fields.Char(string="Activity", required=True)
    result = fields.Text()
