from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .sk_sealed_mixin import engine_writes


class SkKedudukan(models.Model):
    """Placement of a JF or pelaksana under a Pejabat Penilai Kinerja, set by decision."""

    _name = "sk.kedudukan"
    _description = "Kedudukan"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.sealed.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, tracking=True, ondelete="cascade"
    )
    company_id = fields.Many2one(
        related="employee_id.company_id", store=True, index=True, precompute=True
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Unit Organisasi",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
    )
    perangkat_daerah_id = fields.Many2one(
        related="department_id.sk_perangkat_daerah_id",
        store=True,
        string="Perangkat Daerah",
    )
    penilai_id = fields.Many2one(
        "hr.employee",
        string="Pejabat Penilai Kinerja",
        required=True,
        tracking=True,
        index=True,
    )
    pimpinan_unit_id = fields.Many2one(
        "hr.employee", string="Pimpinan Unit Organisasi", tracking=True, index=True
    )
    coordinator_id = fields.Many2one(
        "hr.employee",
        string="Ketua Tim Kerja Substansi",
        tracking=True,
        help="A remaining Pengawas who coordinates this employee's work like a Ketua Tim "
        "without assessing them; such a coordinator cannot form a Tim Kerja.",
    )
    delegation_id = fields.Many2one("sk.delegation", string="Delegation")
    date_start = fields.Date(
        string="Valid From",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    date_end = fields.Date(string="Valid Until", tracking=True)
    state = fields.Selection(
        [("draft", "Draft"), ("active", "Active"), ("ended", "Ended")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    decision_number = fields.Char(string="Decision Number", tracking=True, copy=False)
    decision_date = fields.Date(string="Decision Date", copy=False)
    decision_signer_id = fields.Many2one("hr.employee", string="Signed By")
    basis = fields.Text(string="Derivation", help="How the placement rules derived it.")
    rule_warnings = fields.Text(
        compute="_compute_rule_warnings",
        help="Rules of the regulation profile this kedudukan does not follow.",
    )

    @api.depends("employee_id", "date_start")
    def _compute_display_name(self):
        for kedudukan in self:
            kedudukan.display_name = self.env._(
                "Kedudukan of %(employee)s", employee=kedudukan.employee_id.name or ""
            )

    @api.depends("employee_id", "department_id", "penilai_id", "date_start")
    def _compute_rule_warnings(self):
        for kedudukan in self:
            issues = kedudukan._sk_issues() if kedudukan.penilai_id else []
            kedudukan.rule_warnings = "\n".join(message for _level, message in issues)

    def _sk_profile(self):
        return self.employee_id.company_id._sk_profile()

    def _sk_issues(self):
        self.ensure_one()
        return self._sk_profile()._sk_kedudukan_issues(
            self.employee_id, self.department_id, self.penilai_id, self.date_start
        )

    @api.constrains(
        "employee_id",
        "penilai_id",
        "pimpinan_unit_id",
        "date_start",
        "date_end",
        "state",
    )
    def _check_kedudukan(self):
        for kedudukan in self:
            employee = kedudukan.employee_id
            if employee.sk_jenis_jabatan not in ("fungsional", "pelaksana"):
                raise ValidationError(
                    self.env._(
                        "A kedudukan is set for JF and pelaksana only; %(employee)s is not " "one.",
                        employee=employee.name,
                    )
                )
            if employee in kedudukan.penilai_id | kedudukan.pimpinan_unit_id:
                raise ValidationError(
                    self.env._(
                        "%(employee)s cannot assess or lead themselves.",
                        employee=employee.name,
                    )
                )
            if kedudukan.date_end and kedudukan.date_end < kedudukan.date_start:
                raise ValidationError(self.env._("A kedudukan cannot end before it starts."))
            if kedudukan.state == "active":
                blocking = [msg for level, msg in kedudukan._sk_issues() if level == "block"]
                if blocking:
                    raise ValidationError("\n".join(blocking))
                # sudo: the other active kedudukan may not be readable
                other = self.sudo().search_count(
                    [
                        ("employee_id", "=", employee.id),
                        ("state", "=", "active"),
                        ("id", "!=", kedudukan.id),
                    ]
                )
                if other:  # before the unique index answers in the database's words
                    raise ValidationError(
                        self.env._(
                            "%(employee)s already has an active kedudukan: end it first.",
                            employee=employee.name,
                        )
                    )

    _sql_constraints = [
        (
            "decision_needed_when_set",
            "CHECK(state = 'draft' OR (decision_number IS NOT NULL AND decision_date IS NOT NULL))",
            "A kedudukan is set by a decision: enter its number and date.",
        ),
    ]

    def init(self):
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS sk_kedudukan_one_active "
            "ON sk_kedudukan (employee_id) WHERE state = 'active'"
        )

    def _sk_editable_fields(self):
        """An active kedudukan may get its planned end; nothing else changes after the
        decision."""
        if self.state == "active":
            return frozenset({"date_end"})
        return super()._sk_editable_fields()

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_set(self):
        """Tetapkan: make this the employee's active kedudukan, ending the previous one."""
        self.check_access("write")
        for kedudukan in self:
            if kedudukan.state != "draft":
                raise UserError(self.env._("Only a draft kedudukan can be set."))
            if not (kedudukan.decision_number and kedudukan.decision_date):
                raise UserError(
                    self.env._("A kedudukan is set by a decision: enter its number and date.")
                )
            employee = kedudukan.employee_id
            # sudo: after check_access: the active kedudukan field is HR-only
            previous = employee.sudo().sk_kedudukan_id
            if previous:
                previous._sk_end(kedudukan.date_start - timedelta(days=1))
                previous.flush_recordset()  # ended in the database before this one is active
            kedudukan._sk_engine_write({"state": "active"})
            with engine_writes():
                # sudo: same: the employee mirrors the decision
                employee.sudo().write(
                    {
                        "sk_kedudukan_id": kedudukan.id,
                        "sk_penilai_id": kedudukan.penilai_id.id,
                        "sk_pimpinan_unit_id": kedudukan.pimpinan_unit_id.id,
                    }
                )
            warnings = [msg for level, msg in kedudukan._sk_issues() if level == "warn"]
            if warnings:
                # sudo: the warnings are logged whether or not the user has an e-mail address
                kedudukan.sudo().message_post(body="\n".join(warnings))
        return True

    def action_end(self):
        self.check_access("write")
        for kedudukan in self:
            if kedudukan.state != "active":
                raise UserError(self.env._("Only an active kedudukan can be ended."))
            kedudukan._sk_end(kedudukan.date_end or fields.Date.context_today(self))
        return True

    def _sk_end(self, end_date):
        for kedudukan in self:
            kedudukan._sk_engine_write(
                {"state": "ended", "date_end": max(end_date, kedudukan.date_start)}
            )
            # sudo: same
            employee = kedudukan.employee_id.sudo()
            if employee.sk_kedudukan_id == kedudukan:
                with engine_writes():
                    employee.write(
                        {
                            "sk_kedudukan_id": False,
                            "sk_penilai_id": False,
                            "sk_pimpinan_unit_id": False,
                        }
                    )

    @api.model
    def _cron_end_expired(self):
        today = fields.Date.context_today(self)
        expired = self.search([("state", "=", "active"), ("date_end", "<", today)])
        for kedudukan in expired:
            kedudukan._sk_end(kedudukan.date_end)
