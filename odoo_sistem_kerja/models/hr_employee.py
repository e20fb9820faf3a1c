from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .hr_employee_base import normalize_nip
from .sk_sealed_mixin import in_engine

EDUCATION_LEVELS = [
    ("sd", "SD"),
    ("smp", "SMP"),
    ("sma", "SMA/SMK"),
    ("d1", "D1"),
    ("d2", "D2"),
    ("d3", "D3"),
    ("d4", "D4"),
    ("s1", "S1"),
    ("s2", "S2"),
    ("s3", "S3"),
]
PREDIKAT_KINERJA = [
    ("sangat_baik", "Sangat Baik"),
    ("baik", "Baik"),
    ("butuh_perbaikan", "Butuh Perbaikan"),
    ("kurang", "Kurang"),
    ("sangat_kurang", "Sangat Kurang"),
]


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    # Personal facts: HR only.
    sk_education_level = fields.Selection(
        EDUCATION_LEVELS,
        string="Highest Education",
        groups="hr.group_hr_user",
        tracking=True,
    )
    sk_predikat_kinerja = fields.Selection(
        PREDIKAT_KINERJA, string="Last Performance Predicate", groups="hr.group_hr_user"
    )
    sk_predikat_year = fields.Integer(string="Predicate Year", groups="hr.group_hr_user")
    sk_tte_certificate = fields.Binary(
        string="Signing Certificate (PKCS#12)",
        attachment=True,
        groups="base.group_system",
        help="For the local signer: this official's own certificate, opened by their "
        "passphrase when they sign a letter electronically.",
    )
    sk_kedudukan_ids = fields.One2many(
        "sk.kedudukan",
        "employee_id",
        string="Kedudukan History",
        groups="hr.group_hr_user",
    )
    sk_proposed_penilai_id = fields.Many2one(
        "hr.employee",
        string="Proposed Pejabat Penilai Kinerja",
        compute="_compute_sk_proposal",
        groups="hr.group_hr_user",
    )
    sk_proposed_pimpinan_unit_id = fields.Many2one(
        "hr.employee",
        string="Proposed Pimpinan Unit Organisasi",
        compute="_compute_sk_proposal",
        groups="hr.group_hr_user",
    )
    sk_proposal_note = fields.Text(
        string="How It Was Derived",
        compute="_compute_sk_proposal",
        groups="hr.group_hr_user",
    )

    # set by a kedudukan decision only (sk.kedudukan.action_set), never by hand
    _SK_KEDUDUKAN_FIELDS = frozenset({"sk_kedudukan_id", "sk_penilai_id", "sk_pimpinan_unit_id"})

    # stored for the dashboards: jabatan per Perangkat Daerah (read on hr.employee.public)
    sk_perangkat_daerah_id = fields.Many2one(
        related="department_id.sk_perangkat_daerah_id",
        string="Perangkat Daerah",
        store=True,
        index=True,
    )
    sk_tmt_cpns = fields.Date(
        string="TMT CPNS",
        groups="hr.group_hr_user",
        help="Start of service as CPNS; read from digits 9-14 of the NIP when empty.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._sk_prepare_vals(vals)
            # an imported or created employee gets what the NIP says, unless given
            for name, value in self._sk_nip_facts(vals.get("sk_nip")).items():
                vals.setdefault(name, value)
        return super().create(vals_list)

    def write(self, vals):
        self._sk_prepare_vals(vals)
        res = super().write(vals)
        if "user_id" in vals:
            self.env["hr.department"]._sk_settle_governance()  # a head's user governs
        return res

    @api.onchange("sk_nip")
    def _onchange_sk_nip(self):
        """A NIP typed with spaces is normalised; the birth date, gender and TMT CPNS it
        carries fill the fields still empty."""
        if not self.sk_nip:
            return
        self.sk_nip = normalize_nip(self.sk_nip)
        for name, value in self._sk_nip_facts(self.sk_nip).items():
            if not self[name]:
                self[name] = value

    @api.model
    def _sk_nip_facts(self, nip):
        """Birth date, gender and TMT CPNS read from a well-formed NIP (empty otherwise)."""
        nip = normalize_nip(nip)
        probe = self.new({"sk_nip": nip, "sk_asn_status": "pns"})
        if not nip or probe._sk_nip_error():
            return {}
        return {
            "birthday": date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8])),
            "sk_tmt_cpns": date(int(nip[8:12]), int(nip[12:14]), 1),
            "gender": "male" if nip[14] == "1" else "female",
        }

    @api.model
    def _sk_prepare_vals(self, vals):
        if vals.get("sk_nip"):
            vals["sk_nip"] = normalize_nip(vals["sk_nip"])
        forced = self._SK_KEDUDUKAN_FIELDS & set(vals)
        if forced and not in_engine():
            raise UserError(
                self.env._(
                    "The Pejabat Penilai Kinerja and Pimpinan Unit Organisasi of an employee "
                    "are set by a kedudukan decision, not on the employee."
                )
            )

    @api.depends(
        "department_id",
        "company_id",
        "sk_jenis_jabatan",
        "sk_jenjang_id",
        "sk_kategori_jf",
    )
    def _compute_sk_proposal(self):
        self.department_id._sk_prefetch_chains()
        with self.env["sk.delegation"]._sk_read_once():
            for employee in self:
                if employee.sk_jenis_jabatan not in ("fungsional", "pelaksana"):
                    employee.sk_proposed_penilai_id = False
                    employee.sk_proposed_pimpinan_unit_id = False
                    employee.sk_proposal_note = False
                    continue
                proposal = employee.company_id._sk_profile()._sk_propose(employee)
                employee.sk_proposed_penilai_id = proposal.penilai
                employee.sk_proposed_pimpinan_unit_id = proposal.pimpinan
                lines = [proposal.rule.name] if proposal.rule else []
                employee.sk_proposal_note = "\n".join(lines + proposal.notes) or False

    @api.constrains("sk_nip", "company_id")
    def _check_sk_nip_unique(self):
        """One employee per NIP and company, checked for a whole batch in one query (an
        import creates thousands at once)."""
        employees = self.filtered("sk_nip")
        if not employees:
            return
        # sudo: uniqueness spans employees the user may not read
        groups = (
            self.sudo()
            .with_context(active_test=False)
            ._read_group(
                [
                    ("sk_nip", "in", employees.mapped("sk_nip")),
                    ("company_id", "in", [*employees.company_id.ids, False]),
                ],
                ["sk_nip", "company_id"],
                ["id:recordset"],
            )
        )
        for nip, _company, holders in groups:
            if len(holders) > 1:
                raise ValidationError(
                    self.env._(
                        "NIP %(nip)s is already used by %(other)s.",
                        nip=nip,
                        other=(holders - employees)[:1].name or holders[1].name,
                    )
                )

    @api.constrains("sk_predikat_year")
    def _check_sk_predikat_year(self):
        for employee in self:
            year = employee.sk_predikat_year
            if year and not 1990 <= year <= fields.Date.context_today(self).year:
                raise ValidationError(
                    self.env._("The predicate year %(year)s is not valid.", year=year)
                )

    def _sk_draft_kedudukan(self, **values):
        """Draft a kedudukan from the placement rules for each JF or pelaksana in ``self``."""
        vals_list = []
        with self.env["sk.delegation"]._sk_read_once():
            for employee in self:
                if employee.sk_jenis_jabatan not in ("fungsional", "pelaksana"):
                    continue
                if not employee.department_id:
                    raise UserError(
                        self.env._("%(employee)s has no Unit Organisasi.", employee=employee.name)
                    )
                proposal = employee.company_id._sk_profile()._sk_propose(employee)
                if not proposal.penilai:
                    raise UserError(
                        self.env._(
                            "No Pejabat Penilai Kinerja can be derived for %(employee)s: fill "
                            "the head of the units above %(unit)s.",
                            employee=employee.name,
                            unit=employee.department_id.complete_name,
                        )
                    )
                basis = ([proposal.rule.name] if proposal.rule else []) + proposal.notes
                vals_list.append(
                    dict(
                        values,
                        employee_id=employee.id,
                        department_id=employee.department_id.id,
                        penilai_id=proposal.penilai.id,
                        pimpinan_unit_id=proposal.pimpinan.id,
                        coordinator_id=proposal.coordinator.id,
                        delegation_id=proposal.delegation.id,
                        basis="\n".join(basis),
                    )
                )
        drafts = self.env["sk.kedudukan"].create(vals_list)
        if not drafts:
            raise UserError(self.env._("A kedudukan is set for JF and pelaksana only."))
        return drafts

    def action_sk_propose_kedudukan(self):
        drafts = self._sk_draft_kedudukan()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "odoo_sistem_kerja.sk_kedudukan_action"
        )
        if len(drafts) == 1:
            action.update(res_id=drafts.id, views=[(False, "form")], view_mode="form")
        else:
            action.update(domain=[("id", "in", drafts.ids)], context={})
        return action

    def _sk_set_kedudukan_from_rules(
        self, decision_number, decision_date, date_start=None, signer=None
    ):
        """Set, by one decision, the kedudukan the rules derive for each JF and pelaksana."""
        drafts = self._sk_draft_kedudukan(
            decision_number=decision_number,
            decision_date=decision_date,
            date_start=date_start or decision_date,
            decision_signer_id=signer.id if signer else False,
        )
        with self.env["sk.delegation"]._sk_read_once():
            drafts.action_set()
        return drafts

    def _sk_check_kedudukan_for_assignment(self, on_date=None):
        """Placement before assignment (KED-10), as the company profile enforces it.

        :return: list of warning messages (empty when everything is in order)
        :raise UserError: when the profile blocks and an employee has no active kedudukan
        """
        on_date = on_date or fields.Date.context_today(self)
        warnings = []
        # sudo: kedudukan and profile of colleagues the user may not read
        for employee in self.sudo():
            level = employee.company_id._sk_profile().check_kedudukan_for_assignment
            kedudukan = employee.sk_kedudukan_id
            in_force = (
                kedudukan
                and kedudukan.date_start <= on_date
                and (not kedudukan.date_end or kedudukan.date_end >= on_date)
            )
            if level == "off" or in_force:
                continue
            message = self.env._(
                "%(employee)s has no active kedudukan: set their Pejabat Penilai Kinerja "
                "before assigning them.",
                employee=employee.name,
            )
            if level == "block":
                raise UserError(message)
            warnings.append(message)
        return warnings
