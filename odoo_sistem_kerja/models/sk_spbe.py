"""SPBE (spec §10, ICT-01..04): which shared general applications (aplikasi umum berbagi
pakai) each unit uses, the official who must ensure their use (per profile), and the tim
koordinasi SPBE."""

from odoo import api, fields, models


class SkSpbeApplication(models.Model):
    _name = "sk.spbe.application"
    _description = "Shared SPBE Application"
    _order = "name"

    name = fields.Char(required=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    provider = fields.Char(help="Kementerian, Lembaga or Pemda providing the application.")
    url = fields.Char(string="URL")
    usage_ids = fields.One2many("sk.spbe.usage", "application_id", string="Units Using It")
    active = fields.Boolean(default=True)


class SkSpbeUsage(models.Model):
    _name = "sk.spbe.usage"
    _description = "SPBE Application Use"
    _order = "department_id, application_id"
    _check_company_auto = True

    application_id = fields.Many2one(
        "sk.spbe.application", required=True, ondelete="cascade", check_company=True
    )
    department_id = fields.Many2one(
        "hr.department", string="Unit Organisasi", required=True, check_company=True
    )
    company_id = fields.Many2one(related="department_id.company_id", store=True, index=True)
    in_use = fields.Boolean(string="In Use", default=True)
    since = fields.Date()
    note = fields.Char()
    responsible_id = fields.Many2one(
        "hr.employee",
        string="Ensures Its Use",
        compute="_compute_responsible_id",
        help="The official the regulation profile makes responsible (ICT-03).",
    )

    _sql_constraints = [
        (
            "unit_application_unique",
            "unique(application_id, department_id)",
            "A unit records its use of an application once.",
        )
    ]

    @api.depends("department_id", "company_id")
    def _compute_responsible_id(self):
        for usage in self:
            usage.responsible_id = usage._sk_responsible()

    def _sk_responsible(self):
        """The official who ensures the unit uses the application, per the profile."""
        setting = self.company_id._sk_profile().spbe_responsible
        unit = self.department_id
        if setting == "pd_head":
            return (unit.sk_perangkat_daerah_id or unit)._sk_find_head()[1]
        if setting == "unit_head":
            return unit._sk_find_head()[1]
        if setting == "instansi_head":
            return self.company_id._sk_profile()._sk_sekda(unit._sk_find_head()[1])
        return self.env["hr.employee"]


class SkSpbeCoordination(models.Model):
    """The tim koordinasi SPBE of a Perangkat Daerah or of the Pemda (ICT-04)."""

    _name = "sk.spbe.coordination"
    _description = "Tim Koordinasi SPBE"
    _check_company_auto = True

    name = fields.Char(required=True, default="Tim Koordinasi SPBE")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Perangkat Daerah",
        check_company=True,
        help="Empty: the tim koordinasi of the whole Pemda.",
    )
    decision_number = fields.Char(string="Decision Number")
    member_ids = fields.Many2many("hr.employee", string="Members")
