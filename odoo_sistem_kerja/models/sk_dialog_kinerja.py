"""Dialog kinerja: the Penilai or Kepala Unit and a JF or pelaksana set and clarify the
expected results and behaviour recorded in the SKP (Perwali Kota Pasuruan 41/2023
Lamp. I.B.2.A.1(i) and A.2(i); spec §7.2)."""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class SkDialogKinerja(models.Model):
    _name = "sk.dialog.kinerja"
    _description = "Dialog Kinerja"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.consultation.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True
    _sk_open_states = ("draft",)
    _sk_route_kind = "dialog"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    employee_id = fields.Many2one(
        "hr.employee", string="JF or Pelaksana", required=True, index=True, check_company=True
    )
    penilai_id = fields.Many2one(
        "hr.employee",
        string="With",
        required=True,
        index=True,
        help="The Penilai or the Kepala Unit holding the dialog.",
    )
    participant_ids = fields.Many2many("hr.employee", string="Other Participants")
    team_id = fields.Many2one("sk.team", string="Tim Kerja", index=True, check_company=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    year = fields.Integer(
        string="SKP Year", required=True, default=lambda self: fields.Date.today().year, index=True
    )
    expected_results = fields.Text(string="Expected Work Results", required=True)
    expected_behaviour = fields.Text(string="Expected Work Behaviour")
    resources = fields.Text(string="Resources Needed")
    accountability = fields.Text(string="Accountability Scheme")
    consequences = fields.Text(string="Consequences")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("coordination", "Coordination With the Penilai"),
            ("agreed", "Agreed"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    agreed_on = fields.Date(readonly=True, copy=False)
    coordinated_by_id = fields.Many2one(
        "hr.employee",
        string="Coordinated With",
        readonly=True,
        copy=False,
        help="The Penilai who confirmed the targets agreed by the Pimpinan Unit.",
    )

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {"agreed_on", "coordinated_by_id"}

    @api.depends("employee_id", "year")
    def _compute_name(self):
        for dialog in self:
            dialog.name = self.env._(
                "Dialog Kinerja %(employee)s %(year)s",
                employee=dialog.employee_id.name or "",
                year=dialog.year,
            )

    @api.constrains("employee_id", "penilai_id")
    def _check_people(self):
        for dialog in self:
            if dialog.employee_id == dialog.penilai_id:
                raise ValidationError(self.env._("A dialog kinerja is held with someone else."))

    @api.onchange("employee_id")
    def _onchange_employee_id(self):
        # sudo: the employee's Penilai, proposed to whoever records the dialog
        self.penilai_id = self.employee_id.sudo().sk_penilai_id

    def _sk_coordinator(self):
        """The employee's Penilai, when the targets need their confirmation (an empty
        recordset otherwise)."""
        # sudo: the kedudukan of the employee, read by whoever records the dialog
        penilai = self.employee_id.sudo().sk_penilai_id
        if self.company_id._sk_profile().coordinate_with_penilai and penilai != self.penilai_id:
            return penilai
        return penilai.browse()

    def _sk_consultation_people(self):
        return self.penilai_id, self.employee_id

    def action_agree(self):
        """Whoever held the dialog records the agreement. Where the Pimpinan Unit held it
        and the profile says so, the officials of the profile's route are consulted and
        the Penilai confirms the targets first (KIN-03)."""
        is_admin = self.env.user.has_group("odoo_sistem_kerja.group_sk_admin")
        for dialog in self:
            if dialog.state != "draft":
                raise UserError(
                    self.env._("This dialog kinerja is already agreed or being coordinated.")
                )
            if dialog.penilai_id.user_id != self.env.user and not is_admin:
                raise UserError(
                    self.env._(
                        "%(name)s, who held the dialog, records the agreement.",
                        name=dialog.penilai_id.name,
                    )
                )
            if not dialog._sk_coordinator():
                dialog._sk_engine_write(
                    {"state": "agreed", "agreed_on": fields.Date.context_today(self)}
                )
                continue
            dialog._sk_engine_write({"state": "coordination"})
            dialog._sk_start_approval()
        return True

    def _sk_on_approved(self):
        self._sk_engine_write(
            {
                "state": "agreed",
                "agreed_on": fields.Date.context_today(self),
                "coordinated_by_id": self._sk_coordinator().id,
            }
        )

    def _sk_on_returned(self, reason):
        self._sk_engine_write({"state": "draft"})

    def _sk_on_refused(self, reason):
        self._sk_engine_write({"state": "draft"})


class SkApprovalRoute(models.Model):
    _inherit = "sk.approval.route"

    kind = fields.Selection(
        selection_add=[("dialog", "Targets Agreed by a Pimpinan Unit")],
        ondelete={"dialog": "cascade"},
    )


class SkTeam(models.Model):
    _inherit = "sk.team"

    def _sk_issues(self):
        """Kota Pasuruan: each member of a team holds a dialog kinerja first."""
        issues = super()._sk_issues()
        level = self._sk_profile().check_dialog_kinerja
        members = self.member_ids.employee_id
        if level == "off" or not members:
            return issues
        year = (self.date_start or fields.Date.context_today(self)).year
        # sudo: whether the members held their dialog, which only they and their Penilai read
        agreed = (
            self.env["sk.dialog.kinerja"]
            .sudo()
            .search(
                [("employee_id", "in", members.ids), ("year", "=", year), ("state", "=", "agreed")]
            )
            .employee_id
        )
        missing = members - agreed
        if missing:
            issues.append(
                (
                    level,
                    self.env._(
                        "Without an agreed dialog kinerja for %(year)s: %(names)s.",
                        year=year,
                        names=", ".join(missing.mapped("name")),
                    ),
                )
            )
        return issues
