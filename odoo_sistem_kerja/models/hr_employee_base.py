import unicodedata
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .jabatan import JENIS_JABATAN, KATEGORI_JF, POSITION_RANK
from .sk_pangkat import ASN_STATUS


def normalize_nip(value):
    """A NIP as ASCII digits: spaces dropped, digits of any script made ASCII (a NIP in
    Arabic-Indic digits is the same NIP). Other characters stay, for the check to refuse."""
    if not value:
        return value
    return "".join(
        str(unicodedata.digit(char)) if char.isdigit() else char
        for char in value
        if not char.isspace()
    )


class HrEmployeeBase(models.AbstractModel):
    """Facts about a civil servant that every colleague may read (also on hr.employee.public)."""

    _inherit = "hr.employee.base"

    sk_nip = fields.Char(string="NIP", index="btree_not_null", copy=False)
    sk_asn_status = fields.Selection(ASN_STATUS, string="ASN Status")
    sk_pangkat_id = fields.Many2one("sk.pangkat", string="Pangkat / Golongan")
    sk_kelas_jabatan = fields.Integer(string="Kelas Jabatan")
    sk_jenis_jabatan = fields.Selection(JENIS_JABATAN, string="Jenis Jabatan")
    sk_jabatan_fungsional_id = fields.Many2one("sk.jabatan.fungsional", string="Jabatan Fungsional")
    sk_kategori_jf = fields.Selection(KATEGORI_JF, string="JF Category")
    sk_jenjang_id = fields.Many2one(
        "sk.jenjang", string="Jenjang", domain="[('kategori', '=', sk_kategori_jf)]"
    )
    sk_kedudukan_id = fields.Many2one(
        "sk.kedudukan", string="Active Kedudukan", readonly=True, copy=False
    )
    sk_penilai_id = fields.Many2one(
        "hr.employee", string="Pejabat Penilai Kinerja", readonly=True, copy=False
    )
    sk_pimpinan_unit_id = fields.Many2one(
        "hr.employee", string="Pimpinan Unit Organisasi", readonly=True, copy=False
    )
    sk_is_ketua_tim_substansi = fields.Boolean(
        string="Ketua Tim Kerja Substansi",
        compute="_compute_sk_is_ketua_tim_substansi",
        search="_search_sk_is_ketua_tim_substansi",
        help="Coordinates JF and pelaksana like a Ketua Tim without assessing them; cannot "
        "form a Tim Kerja.",
    )

    def _compute_sk_is_ketua_tim_substansi(self):
        coordinators = set(
            self.env["sk.kedudukan"]
            # sudo: a coordinator flag on the public employee, from kedudukan ASN may not read
            .sudo()
            .search([("state", "=", "active"), ("coordinator_id", "in", self.ids)])
            .coordinator_id.ids
        )
        for employee in self:
            employee.sk_is_ketua_tim_substansi = employee.id in coordinators

    def _search_sk_is_ketua_tim_substansi(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Operation not supported."))
        coordinators = (
            # sudo: same, as a search
            self.env["sk.kedudukan"].sudo().search([("state", "=", "active")]).coordinator_id
        )
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", coordinators.ids)]

    sk_penilai_ineligible = fields.Boolean(
        string="Penilai Not Eligible",
        compute="_compute_sk_penilai_ineligible",
        search="_search_sk_penilai_ineligible",
        help="The Pejabat Penilai Kinerja set by decision can no longer assess: they hold no "
        "JPT, Administrator or Pengawas post, lead no unit kerja mandiri and hold no "
        "delegation (e.g. a Kasi who became a JF).",
    )

    def _compute_sk_penilai_ineligible(self):
        today = fields.Date.context_today(self)
        for employee in self:
            # sudo: the Penilai's post (on the employee record, public or not), read to tell
            # whether they may still assess
            penilai = self.env["hr.employee"].sudo().browse(employee.sk_penilai_id.id)
            employee.sk_penilai_ineligible = bool(penilai) and not (
                employee.company_id._sk_profile()._sk_can_assess(penilai, today)
            )

    def _search_sk_penilai_ineligible(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Operation not supported."))
        today = fields.Date.context_today(self)
        # sudo: every Penilai set by decision, each judged once
        assessed = self.env["hr.employee"].sudo().search([("sk_penilai_id", "!=", False)])
        unable = assessed.sk_penilai_id.filtered(
            lambda p: not p.company_id._sk_profile()._sk_can_assess(p, today)
        )
        ineligible = assessed.filtered(lambda e: e.sk_penilai_id in unable)
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", ineligible.ids)]

    @api.onchange("sk_jenis_jabatan")
    def _onchange_sk_jenis_jabatan(self):
        if self.sk_jenis_jabatan != "fungsional":
            self.sk_jabatan_fungsional_id = False
            self.sk_kategori_jf = False
            self.sk_jenjang_id = False

    @api.onchange("sk_kategori_jf")
    def _onchange_sk_kategori_jf(self):
        if self.sk_jenjang_id.kategori != self.sk_kategori_jf:
            self.sk_jenjang_id = False

    @api.constrains("sk_nip", "sk_asn_status")
    def _check_sk_nip(self):
        for employee in self.filtered("sk_nip"):
            error = employee._sk_nip_error()
            if error:
                raise ValidationError(
                    self.env._(
                        "The NIP %(nip)s of %(name)s is not valid: %(error)s",
                        nip=employee.sk_nip,
                        name=employee.name,
                        error=error,
                    )
                )

    def _sk_nip_error(self):
        """Why the NIP is malformed, or None.

        NIP = birth date (yyyymmdd) + TMT CPNS (yyyymm) + gender (1 male, 2 female)
        + serial (3 digits). PPPK NIPs carry "21" in place of the TMT month.
        """
        nip = self.sk_nip
        if len(nip) != 18 or not nip.isascii() or not nip.isdigit():
            return self.env._("it must be exactly 18 digits.")
        try:
            born = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
        except ValueError:
            return self.env._("digits 1-8 must be a birth date (yyyymmdd).")
        if not 1940 <= born.year <= date.today().year - 17:
            return self.env._("digits 1-4 must be a plausible year of birth.")
        tmt_year, tmt_month = int(nip[8:12]), int(nip[12:14])
        pppk_marker = self.sk_asn_status == "pppk" and tmt_month == 21
        if not (1 <= tmt_month <= 12 or pppk_marker):
            return self.env._("digits 13-14 must be the month of the TMT (01-12).")
        if tmt_year < born.year + 15 or tmt_year > date.today().year + 1:
            return self.env._("digits 9-12 must be a plausible TMT year.")
        if nip[14] not in "12":
            return self.env._("digit 15 must be the gender code 1 or 2.")
        if nip[15:] == "000":
            return self.env._("digits 16-18 must be a serial number from 001.")
        return None

    @api.constrains(
        "sk_jenis_jabatan",
        "sk_jabatan_fungsional_id",
        "sk_kategori_jf",
        "sk_jenjang_id",
    )
    def _check_sk_jabatan_fungsional(self):
        for employee in self:
            if employee.sk_jenis_jabatan != "fungsional":
                if employee.sk_jenjang_id or employee.sk_jabatan_fungsional_id:
                    raise ValidationError(
                        self.env._(
                            "%(name)s is not a Fungsional: a Jabatan Fungsional and a "
                            "jenjang can only be set for Jenis Jabatan 'Fungsional'.",
                            name=employee.name,
                        )
                    )
                continue
            if not (
                employee.sk_jabatan_fungsional_id
                and employee.sk_kategori_jf
                and employee.sk_jenjang_id
            ):
                raise ValidationError(
                    self.env._(
                        "%(name)s is a Fungsional: the Jabatan Fungsional, its category and "
                        "the jenjang are required.",
                        name=employee.name,
                    )
                )
            if employee.sk_jenjang_id.kategori != employee.sk_kategori_jf:
                raise ValidationError(
                    self.env._(
                        "Jenjang %(jenjang)s does not belong to the %(kategori)s category.",
                        jenjang=employee.sk_jenjang_id.name,
                        kategori=dict(KATEGORI_JF)[employee.sk_kategori_jf],
                    )
                )
            jf = employee.sk_jabatan_fungsional_id
            allowed = {"keahlian": jf.has_keahlian, "keterampilan": jf.has_keterampilan}
            if not allowed[employee.sk_kategori_jf]:
                raise ValidationError(
                    self.env._(
                        "Jabatan Fungsional %(jf)s has no %(kategori)s category.",
                        jf=jf.name,
                        kategori=dict(KATEGORI_JF)[employee.sk_kategori_jf],
                    )
                )

    @api.constrains("sk_kelas_jabatan")
    def _check_sk_kelas_jabatan(self):
        for employee in self:
            if employee.sk_kelas_jabatan and not 1 <= employee.sk_kelas_jabatan <= 17:
                raise ValidationError(self.env._("The kelas jabatan must be between 1 and 17."))

    @api.constrains("sk_pangkat_id", "sk_asn_status")
    def _check_sk_pangkat(self):
        for employee in self.filtered("sk_pangkat_id"):
            if employee.sk_pangkat_id.asn_status != employee.sk_asn_status:
                raise ValidationError(
                    self.env._(
                        "Pangkat/golongan %(pangkat)s does not belong to ASN status " "%(status)s.",
                        pangkat=employee.sk_pangkat_id.display_name,
                        status=dict(ASN_STATUS).get(employee.sk_asn_status, "-"),
                    )
                )

    @api.depends("sk_jenis_jabatan", "sk_jabatan_fungsional_id", "sk_jenjang_id")
    def _compute_job_title(self):
        """A JF's job title is their jabatan (Pranata Komputer Ahli Muda) unless a job
        position names it: the form's header, the organisation chart and the letters read it."""
        fungsional = self.filtered(
            lambda e: e.sk_jenis_jabatan == "fungsional"
            and e.sk_jabatan_fungsional_id
            and e.sk_jenjang_id
            and not e.job_id
        )
        # a job position names the title, as in Odoo; a title typed by hand stays when only
        # the jabatan fields change
        others = self - fungsional
        super(HrEmployeeBase, others.filtered("job_id"))._compute_job_title()
        for employee in others.filtered(lambda e: not e.job_id):
            employee.job_title = employee.job_title
        for employee in fungsional:
            employee.job_title = employee._sk_jabatan_label()

    def _sk_jabatan_label(self):
        self.ensure_one()
        if self.sk_jenis_jabatan == "fungsional":
            return f"{self.sk_jabatan_fungsional_id.name} {self.sk_jenjang_id.name}"
        return self.job_title or dict(JENIS_JABATAN).get(self.sk_jenis_jabatan, "")

    def _sk_position_title(self):
        """The post an official signs with: their job title, else head of their unit."""
        self.ensure_one()
        if self.job_title:
            return self.job_title
        # sudo: the unit an official heads, for the title printed on letters
        unit = self.env["hr.department"].sudo().search([("manager_id", "=", self.id)], limit=1)
        if unit:
            return unit.sk_unit_type_id._sk_head_title(unit)
        return self._sk_jabatan_label()

    def _sk_rank(self):
        """Equivalence rank of the employee's jabatan (see jabatan.py)."""
        self.ensure_one()
        if self.sk_jenis_jabatan == "fungsional":
            return self.sk_jenjang_id.rank
        return POSITION_RANK.get(self.sk_jenis_jabatan, 0)
