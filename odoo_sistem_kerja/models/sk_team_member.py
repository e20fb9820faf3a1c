from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .hr_employee_base import normalize_nip

MEMBER_ROLES = [("ketua", "Ketua"), ("koordinator", "Koordinator"), ("anggota", "Anggota")]
TARGET_UOMS = [
    ("dokumen", "Dokumen"),
    ("laporan", "Laporan"),
    ("persen", "Persen"),
    ("kegiatan", "Kegiatan"),
    ("rekomendasi", "Rekomendasi"),
    ("orang", "Orang"),
    ("unit", "Unit"),
    ("paket", "Paket"),
]


class SkTeamMember(models.Model):
    """A member of a Tim Kerja with the columns of the SK Tim Kerja's lampiran."""

    _name = "sk.team.member"
    _inherit = ["sk.sealed.child.mixin"]
    _description = "Tim Kerja Member"
    _sk_parent_field = "team_id"  # a member is the team's content: changed while a draft
    _order = "team_id, role_order, sequence, id"

    team_id = fields.Many2one("sk.team", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    role = fields.Selection(MEMBER_ROLES, required=True, default="anggota")
    role_order = fields.Integer(compute="_compute_role_order", store=True)
    employee_id = fields.Many2one(
        "hr.employee",
        string="Employee",
        index=True,
        help="Members from another Perangkat Daerah may belong to another company.",
    )
    external_name = fields.Char(string="Name (other instansi)")
    external_nip = fields.Char(string="NIP (other instansi)")
    external_instansi = fields.Char(string="Instansi")
    jabatan = fields.Char(
        compute="_compute_from_employee",
        store=True,
        readonly=False,
        help="Jabatan when the member joined, as the SK prints it.",
    )
    home_department_id = fields.Many2one(
        "hr.department",
        string="Home Unit",
        compute="_compute_from_employee",
        store=True,
        readonly=False,
    )
    home_perangkat_daerah_id = fields.Many2one(
        related="home_department_id.sk_perangkat_daerah_id", string="Home Perangkat Daerah"
    )
    tugas = fields.Text(string="Tugas")
    sasaran_kinerja = fields.Text(string="Sasaran Kinerja")
    indikator_kinerja = fields.Text(string="Indikator Kinerja")
    target_value = fields.Float(string="Target", digits=(16, 2))
    target_uom = fields.Selection(TARGET_UOMS, string="Target Unit")
    penugasan_id = fields.Many2one("sk.penugasan", string="Penugasan", ondelete="set null")

    _sql_constraints = [
        (
            "employee_once",
            "unique(team_id, employee_id)",
            "An employee is listed once in a team.",
        ),
    ]

    @api.depends("role")
    def _compute_role_order(self):
        order = {"ketua": 0, "koordinator": 1, "anggota": 2}
        for member in self:
            member.role_order = order.get(member.role, 3)

    @api.depends("employee_id")
    def _compute_from_employee(self):
        for member in self:
            # sudo: jabatan and unit of members from other units or companies
            employee = member.employee_id.sudo()
            if not employee:
                member.jabatan = member.jabatan
                member.home_department_id = member.home_department_id
                continue
            member.jabatan = employee._sk_jabatan_label()
            member.home_department_id = employee.department_id

    @api.depends("employee_id", "external_name")
    def _compute_display_name(self):
        for member in self:
            member.display_name = member.employee_id.name or member.external_name or ""

    @api.constrains(
        "team_id",
        "employee_id",
        "external_name",
        "external_nip",
        "external_instansi",
        "target_value",
    )
    def _check_member(self):
        for member in self:
            if member.target_value < 0:
                raise ValidationError(self.env._("A target cannot be negative."))
            if member.employee_id:
                if member.external_name or member.external_nip or member.external_instansi:
                    raise ValidationError(
                        self.env._(
                            "%(name)s is an employee: leave the fields of another instansi "
                            "empty.",
                            name=member.employee_id.name,
                        )
                    )
                continue
            if not all(
                (value or "").strip()
                for value in (member.external_name, member.external_nip, member.external_instansi)
            ):
                raise ValidationError(
                    self.env._(
                        "A member is an employee, or a person of another instansi with name, "
                        "NIP and instansi."
                    )
                )
            nip = member.external_nip
            if len(nip) != 18 or not nip.isascii() or not nip.isdigit():
                raise ValidationError(
                    self.env._(
                        "The NIP %(nip)s of %(name)s must be exactly 18 digits.",
                        nip=nip,
                        name=member.external_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("external_nip"):
                vals["external_nip"] = normalize_nip(vals["external_nip"])
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("external_nip"):
            vals["external_nip"] = normalize_nip(vals["external_nip"])
        return super().write(vals)
