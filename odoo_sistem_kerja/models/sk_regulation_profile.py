from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from .hr_employee import EDUCATION_LEVELS, PREDIKAT_KINERJA
from .sk_letter_number import number_pattern_error
from .sk_sealed_mixin import check_text_sizes

CHECK_LEVELS = [("block", "Block"), ("warn", "Warn"), ("off", "Off")]
CADENCES = [
    ("none", "No Periodic Report"),
    ("weekly", "Weekly"),
    ("monthly", "Monthly"),
    ("quarterly", "Quarterly"),
]
LETTER_SIGNERS = [
    ("decider", "The official who decided"),
    ("pd_head", "The Kepala Perangkat Daerah (a.n. when another official decided)"),
]


class SkRegulationProfile(models.Model):
    """The regional regulation a Pemda follows, as settings the rule engine reads.

    Records flagged ``is_preset`` ship with the module (one per known regulation plus
    "custom"); each company has its own profile, filled from a preset and then edited.
    """

    _name = "sk.regulation.profile"
    _description = "Regulation Profile"
    _order = "is_preset desc, sequence, name"

    # Fields that describe the profile record itself rather than a rule setting.
    _SK_NOT_SETTINGS = {
        "name",
        "is_preset",
        "preset_id",
        "company_id",
        "sequence",
        "rule_ids",
        "route_ids",
        "verifier_user_ids",
        "verifier_ketua_id",
    }

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    is_preset = fields.Boolean(readonly=True)
    company_id = fields.Many2one("res.company", string="Company", index=True)
    preset_id = fields.Many2one(
        "sk.regulation.profile",
        string="Preset",
        domain="[('is_preset', '=', True)]",
        help="The regulation this profile was filled from. Apply it again to reset the "
        "settings and placement rules.",
    )
    instrument_type = fields.Selection(
        [
            ("perbup", "Peraturan Bupati"),
            ("perwali", "Peraturan Walikota"),
            ("other", "Other"),
        ],
        string="Instrument",
    )
    instrument_number = fields.Char(string="Number")
    instrument_year = fields.Integer(string="Year")
    instrument_title = fields.Char(string="Title", translate=True)
    region_name = fields.Char(
        string="Region",
        help="Name of the regency or city as the instrument cites it, e.g. Pasuruan.",
    )
    regional_head_title = fields.Char(
        string="Regional Head Title", help="Bupati, Walikota, Pj. Bupati, ..."
    )
    pimpinan_unit_semantics = fields.Selection(
        [
            ("unit_head", "Head of the employee's own unit"),
            ("pd_head", "Head of the Perangkat Daerah"),
        ],
        string="Pimpinan Unit Organisasi",
        default="unit_head",
        required=True,
        help="Who is the Pimpinan Unit Organisasi of a JF or pelaksana: the head of their "
        "own unit (PermenPAN-RB style) or the head of the Perangkat Daerah (Kota Pasuruan).",
    )
    show_level_labels = fields.Boolean(
        string="Show Level I/II/III Labels", help="Label officials by structural level."
    )
    penilai_override_by_rank = fields.Boolean(
        string="Penilai Moves Up for Equal Rank",
        help="When a JF's jenjang ranks as high as the official who would assess them "
        "(Ahli Madya ~ Administrator, Ahli Muda ~ Pengawas, or the same jenjang as a JF "
        "head), the next higher official becomes Penilai and the unit head stays Pimpinan "
        "Unit (Kabupaten Pasuruan).",
    )
    check_penilai_eligibility = fields.Selection(
        CHECK_LEVELS,
        string="Penilai Eligibility",
        default="block",
        required=True,
        help="A Penilai must hold a JPT, Administrator or Pengawas post, lead a unit kerja "
        "mandiri as JF, or hold a recorded delegation; never a pelaksana.",
    )
    check_pelaksana_rule = fields.Selection(
        CHECK_LEVELS,
        string="Pelaksana Under a Pengawas",
        default="off",
        required=True,
        help="A pelaksana's Penilai is a Pengawas; an Administrator only where the unit has "
        "no Pengawas (Langsa).",
    )
    check_rule_conformity = fields.Selection(
        CHECK_LEVELS,
        string="Placement Table Conformity",
        default="warn",
        required=True,
        help="A Penilai set by decision must be the one the placement rules derive.",
    )
    check_kedudukan_for_assignment = fields.Selection(
        CHECK_LEVELS,
        string="Kedudukan Before Assignment",
        default="block",
        required=True,
        help="No assignment without an active kedudukan (Penilai known in advance).",
    )
    kedudukan_signer = fields.Selection(
        [
            ("ppk", "Pejabat Pembina Kepegawaian"),
            ("kepala_pd", "Kepala Perangkat Daerah"),
        ],
        string="Kedudukan Set By",
        default="ppk",
        required=True,
    )
    rule_ids = fields.One2many(
        "sk.placement.rule", "profile_id", string="Placement Rules", copy=True
    )
    route_ids = fields.One2many(
        "sk.approval.route", "profile_id", string="Approval Routes", copy=True
    )
    # Tim Kerja
    allow_koordinator = fields.Boolean(
        string="Koordinator Tim Kerja",
        help="Teams may have a Koordinator (Langsa: a JF in a unit led by a JPT Pratama).",
    )
    check_ketua = fields.Selection(
        CHECK_LEVELS,
        string="One Ketua, a JF or Pelaksana",
        default="block",
        required=True,
    )
    check_ketua_home_unit = fields.Selection(
        CHECK_LEVELS,
        string="Ketua From the Unit Pemilik Kinerja",
        default="warn",
        required=True,
        help="In a team across units the Ketua should come from the unit that owns the target.",
    )
    check_ketua_criteria = fields.Selection(
        CHECK_LEVELS,
        string="Ketua and Koordinator Criteria",
        default="off",
        required=True,
        help="Education, kelas jabatan, jenjang and last predicate of the Ketua and Koordinator "
        "(Langsa, Pasal 12).",
    )
    ketua_min_education = fields.Selection(
        EDUCATION_LEVELS, string="Ketua: Minimum Education", default="d3"
    )
    ketua_min_kelas_pelaksana = fields.Integer(
        string="Ketua: Minimum Kelas Jabatan of a Pelaksana", default=6
    )
    ketua_min_predikat = fields.Selection(
        PREDIKAT_KINERJA, string="Minimum Predicate Last Year", default="baik"
    )
    koordinator_min_education = fields.Selection(
        EDUCATION_LEVELS, string="Koordinator: Minimum Education", default="s1"
    )
    koordinator_min_jenjang_id = fields.Many2one(
        "sk.jenjang",
        string="Koordinator: Minimum Jenjang",
        default=lambda self: self.env.ref("odoo_sistem_kerja.jenjang_ahli_muda", False),
    )
    check_workload = fields.Selection(
        CHECK_LEVELS, string="Workload Threshold", default="warn", required=True
    )
    workload_max = fields.Integer(
        string="Maximum Active Teams and Assignments",
        default=5,
        help="Per employee, counted when a team is established or an assignment approved.",
    )
    feedback_by = fields.Selection(
        [
            ("heads_and_ketua", "Pimpinan Unit, Level 2 and the Ketua Tim"),
            ("ketua", "The Ketua Tim only"),
        ],
        string="Monitoring and Feedback By",
        default="heads_and_ketua",
        required=True,
        help="Who monitors kegiatan and gives feedback: the unit heads and/or the Ketua Tim "
        "(000/001/002/004 Mekanisme Kerja 2(b)), or the Ketua Tim Kerja (Perwali Kota Pasuruan "
        "41/2023 Lamp. I.A.2(b)).",
    )
    # Pertanggungjawaban and pengelolaan kinerja
    report_team_to = fields.Selection(
        [
            ("unit_head", "The Pimpinan Unit"),
            ("unit_head_penilai", "The Pimpinan Unit and the Ketua's Penilai"),
            ("unit_head_pd_head", "The Pimpinan Unit and the Pimpinan of the Perangkat Daerah"),
        ],
        string="Ketua Tim Reports To",
        default="unit_head",
        required=True,
        help="PJ-03: to the Pimpinan Unit (Lombok Barat, Kabupaten Pasuruan), also the Penilai "
        "(Kotawaringin Barat) or the Pimpinan PD (Langsa).",
    )
    report_individual_to = fields.Selection(
        [
            ("unit_head", "The Pimpinan Unit"),
            ("penilai", "The Penilai"),
            ("unit_head_penilai", "The Pimpinan Unit and the Penilai"),
        ],
        string="An Individual Assignee Reports To",
        default="unit_head",
        required=True,
        help="PJ-01: to the Pimpinan Unit (Lombok Barat, Kabupaten Pasuruan), the Pimpinan Unit "
        "and/or the Penilai (Kotawaringin Barat, Kota Pasuruan) or the Penilai (Langsa).",
    )
    report_cadence = fields.Selection(
        CADENCES,
        string="Team Reporting",
        default="monthly",
        required=True,
        help="How often the Ketua of a new team reports (secara berkala, PJ-03); each team may "
        "change it.",
    )
    report_days = fields.Integer(
        string="Days to Report",
        default=5,
        help="Days after the end of a period by which its report is due.",
    )
    letter_font = fields.Selection(
        [
            ("dejavu_serif", "DejaVu Serif"),
            ("arial", "Arial (printed with Liberation Sans)"),
            ("bookman", "Bookman Old Style (printed with TeX Gyre Bonum)"),
        ],
        string="Letter Font",
        default="dejavu_serif",
        required=True,
        help="The font of the letters. Naskah dinas of a Pemda commonly use Arial or Bookman "
        "Old Style; free fonts of the same metrics print them where these are not installed.",
    )
    transformation_team = fields.Boolean(
        string="Tim Transformasi Manajemen",
        help="The regulation provides a Tim Transformasi Manajemen (Lombok Barat, Kabupaten "
        "and Kota Pasuruan; spec OTH-01).",
    )
    spbe_responsible = fields.Selection(
        [
            ("pd_head", "Kepala Perangkat Daerah"),
            ("unit_head", "Pimpinan Unit Organisasi"),
            ("instansi_head", "Pimpinan Instansi (Sekretaris Daerah)"),
        ],
        string="Ensures Use of SPBE Applications",
        help="Who ensures that every unit uses the shared SPBE applications (ICT-03); empty "
        "where the regulation does not say.",
    )
    escalation_days = fields.Integer(
        string="Days Before Escalation",
        default=3,
        help="An approval step past its deadline reminds its approver once a day; this many "
        "days after the deadline the approver's own superior is informed too (0: never).",
    )
    check_dialog_kinerja = fields.Selection(
        CHECK_LEVELS,
        string="Dialog Kinerja Before a Team",
        default="off",
        required=True,
        help="Each member of a team holds an agreed dialog kinerja for the year before the team "
        "is established (Perwali Kota Pasuruan 41/2023 Lamp. I.B.2.A.2(i)).",
    )
    check_pk_before_year = fields.Selection(
        CHECK_LEVELS,
        string="Perjanjian Kinerja Set Before Its Year",
        default="warn",
        required=True,
        help="A first Perjanjian Kinerja is set before its year starts (Perwali Kota Pasuruan "
        "41/2023 Lamp. I.B.2: sebelum tahun pelaksanaan); an amendment may come later.",
    )
    coordinate_with_penilai = fields.Boolean(
        string="Targets Coordinated With the Penilai",
        help="Where the Pimpinan Unit is not the Penilai, the targets the Pimpinan Unit agrees "
        "in a dialog kinerja are set after coordinating with the Penilai, who confirms them "
        "(Perbup Pasuruan, Lamp. II.D.1).",
    )
    # Letters
    doc_name_individual = fields.Selection(
        [
            ("surat_penugasan", "Surat Penugasan"),
            ("surat_tugas", "Surat Tugas"),
            ("surat_perintah", "Surat Perintah"),
        ],
        string="Individual Assignment Letter",
        default="surat_penugasan",
        required=True,
    )
    signer_individual = fields.Selection(
        LETTER_SIGNERS,
        string="Assignment Letter Signed By",
        default="decider",
        required=True,
        help="Perwali Kota Pasuruan 41/2023 Lamp. II: the Surat Tugas is signed by the Pimpinan "
        "Unit Organisasi (the Kepala Perangkat Daerah), while Lamp. I.B.2.A lets the Penilai "
        "make the penunjukan: the Penilai's decision is then signed a.n. the Kepala PD.",
    )
    signer_team = fields.Selection(
        LETTER_SIGNERS,
        string="SK Tim Kerja Signed By",
        default="decider",
        required=True,
        help="Perwali Kota Pasuruan 41/2023 Lamp. III: the SK Tim Kerja is set by the Kepala "
        "Perangkat Daerah; Perbup Kotawaringin Barat 19/2024 lets the KPD and/or the Pimpinan "
        "Unit pemilik kinerja set it.",
    )
    team_member_letters = fields.Selection(
        [
            ("extract", "Extracts of the SK (its number and QR)"),
            ("prepared", "A Surat Tugas prepared for each member (its own number and QR)"),
        ],
        string="Members' Letters of a Team",
        default="extract",
        required=True,
        help="What each member of an established Tim Kerja receives: an extract (petikan) of "
        "the SK, which carries the SK's number and verifies as the SK; or a Surat Tugas of "
        "their own, prepared under Letters, numbered and verified on its own (Perwali Kota "
        "Pasuruan 41/2023 Lamp. II: one Surat Tugas lists all of a person's roles).",
    )
    number_pattern_individual = fields.Char(
        string="Number Pattern (Individual)",
        default="{seq}/{unit_code}/{year}",
        help="{seq} the running number of the Perangkat Daerah in the year, {unit_code} its "
        "code, {year}, {month} in Roman numerals. Example: 800/{seq}/423.{unit_code}/{year}.",
    )
    number_pattern_team = fields.Char(string="Number Pattern (Team)", default="{seq} TAHUN {year}")
    number_pattern_correspondence = fields.Char(
        string="Number Pattern (Correspondence)",
        default="{seq}/{unit_code}/{year}",
        help="Numbers of the surat permohonan pelibatan and of the answers to them.",
    )
    letter_tembusan = fields.Text(
        string="Tembusan",
        help="Addressees every letter is copied to, one per line (the officials who decided "
        "are added on their own).",
    )
    letter_legal_basis = fields.Text(
        string="Dasar",
        help="Legal basis quoted in the Dasar of assignment letters, one item per line.",
    )
    sk_mengingat = fields.Text(
        string="Mengingat (SK Tim Kerja)",
        default="Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n"
        "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah sebagaimana telah "
        "diubah dengan Peraturan Pemerintah Nomor 72 Tahun 2019;\n"
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun "
        "2021 tentang Penyederhanaan Struktur Organisasi pada Instansi Pemerintah untuk "
        "Penyederhanaan Birokrasi;\n"
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun "
        "2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara;\n"
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun "
        "2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;",
        help="Legal basis listed under Mengingat in the SK Tim Kerja, one item per line; the "
        "profile's own instrument is added last.",
    )
    verifier_user_ids = fields.Many2many(
        "res.users",
        string="Tim Verifikasi",
        help="Members of the Tim Verifikasi set by decree of the regional head.",
    )
    verifier_ketua_id = fields.Many2one(
        "res.users",
        string="Ketua of the Tim Verifikasi",
        help="Receives the proposal (Perwali Langsa, Pasal 11); empty: the first member.",
    )
    verifier_any_member = fields.Boolean(
        string="Any Member of the Tim Verifikasi Decides",
        default=True,
        help="Cleared: only the Ketua of the Tim Verifikasi decides.",
    )

    _sql_constraints = [
        (
            "company_unique",
            "unique(company_id)",
            "A company has only one regulation profile.",
        ),
    ]

    @api.model
    def _sk_fill_copied_translations(self):
        """A company's routes and rules are copies of its preset's, made in the languages
        loaded then: a language loaded later reaches them from the preset's texts (a
        translation the Pemda edited is kept), and the company's profile gets its name in it."""
        for model in ("sk.approval.route", "sk.approval.route.step", "sk.placement.rule"):
            self.env[model].flush_model(["name"])
            table = SQL.identifier(self.env[model]._table)
            self.env.cr.execute(
                SQL(
                    """UPDATE %(table)s c SET name = p.name || c.name
                         FROM %(table)s p
                        WHERE p.name->>'en_US' = c.name->>'en_US'
                          AND p.id != c.id
                          AND NOT c.name @> p.name""",
                    table=table,
                )
            )
            self.env[model].invalidate_model(["name"])
        self.search([("company_id", "!=", False)])._sk_name_in_every_language()

    @api.constrains("is_preset", "company_id")
    def _check_preset_company(self):
        if self.filtered(lambda p: p.is_preset and p.company_id):
            raise ValidationError(self.env._("A preset cannot belong to a company."))

    @api.constrains(
        "number_pattern_individual",
        "number_pattern_team",
        "number_pattern_correspondence",
        "workload_max",
        "ketua_min_kelas_pelaksana",
        "report_days",
        "escalation_days",
    )
    def _check_settings(self):
        for profile in self:
            for pattern in (
                profile.number_pattern_individual,
                profile.number_pattern_team,
                profile.number_pattern_correspondence,
            ):
                error = pattern and number_pattern_error(self.env, pattern)
                if error:
                    raise ValidationError(error)
            team = profile.number_pattern_team
            if team and team in (
                profile.number_pattern_individual,
                profile.number_pattern_correspondence,
            ):
                raise ValidationError(
                    self.env._(
                        "An SK is numbered in its own register: its number pattern must differ "
                        "from the letters' patterns (e.g. %(example)s), or an SK and a letter "
                        "of one Perangkat Daerah would carry the same number.",
                        example="{seq} TAHUN {year}",
                    )
                )
            if profile.report_days < 0:
                raise ValidationError(self.env._("The days to report cannot be negative."))
            if profile.escalation_days < 0:
                raise ValidationError(
                    self.env._("The days before escalation cannot be negative (0: never).")
                )
            if profile.workload_max < 0:
                raise ValidationError(
                    self.env._("The workload threshold cannot be negative (0: no threshold).")
                )
            if not 0 <= profile.ketua_min_kelas_pelaksana <= 17:
                raise ValidationError(self.env._("The kelas jabatan must be between 1 and 17."))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            check_text_sizes(self, vals)
        return super().create(vals_list)

    def write(self, vals):
        check_text_sizes(self, vals)
        return super().write(vals)

    @api.model
    def _sk_setting_fields(self):
        return [
            name
            for name, field in self._fields.items()
            if field.store and not field.automatic and name not in self._SK_NOT_SETTINGS
        ]

    def _sk_preset_values(self):
        """Settings of this preset, as values for another profile."""
        self.ensure_one()
        return self._convert_to_write({name: self[name] for name in self._sk_setting_fields()})

    def _sk_copy_tables_from(self, preset):
        """Replace this profile's placement rules and approval routes by copies of the
        preset's (translations included, which ``copy`` carries and ``copy_data`` does not)."""
        self.ensure_one()
        self.rule_ids.unlink()
        self.route_ids.unlink()
        preset.rule_ids.copy({"profile_id": self.id})
        preset.route_ids.copy({"profile_id": self.id})

    def _sk_font_family(self):
        """The CSS font family of the letters: the chosen font, then its free twin."""
        self.ensure_one()
        return {
            "arial": "Arial, 'Liberation Sans', sans-serif",
            "bookman": "'Bookman Old Style', 'TeX Gyre Bonum', serif",
        }.get(self.letter_font, "'DejaVu Serif', serif")

    def _sk_instrument_line(self):
        """The profile's own regulation, as letters cite it."""
        self.ensure_one()
        if not self.instrument_type:
            return ""
        kind = dict(self._fields["instrument_type"]._description_selection(self.env))
        return self.env._(
            "%(kind)s Nomor %(number)s Tahun %(year)s tentang %(title)s",
            kind=" ".join(filter(None, [kind[self.instrument_type], self.region_name])),
            number=self.instrument_number or "-",
            year=self.instrument_year or "-",
            title=self.instrument_title or "",
        )

    def _sk_region(self):
        """The region as letters' titles name it: KOTA PASURUAN, KABUPATEN LOMBOK BARAT."""
        return self._sk_region_name().upper()

    def _sk_region_name(self):
        """The region as a sentence names it: Kota Pasuruan, Kabupaten Lombok Barat."""
        self.ensure_one()
        kind = {"perwali": "Kota", "perbup": "Kabupaten"}.get(self.instrument_type, "")
        return " ".join(filter(None, [kind, self.region_name]))

    def _sk_legal_basis(self):
        """The Dasar of assignment letters: the profile's text, else its own instrument."""
        self.ensure_one()
        lines = [line for line in (self.letter_legal_basis or "").splitlines() if line.strip()]
        instrument = self._sk_instrument_line()
        return lines or ([instrument + "."] if instrument else [])

    def _sk_mengingat(self):
        """The Mengingat of the SK Tim Kerja: the configured laws, then the instrument."""
        self.ensure_one()
        lines = [line for line in (self.sk_mengingat or "").splitlines() if line.strip()]
        instrument = self._sk_instrument_line()
        return lines + ([instrument + ";"] if instrument else [])

    def _sk_verifiers(self):
        """(Ketua, members who may decide) of the Tim Verifikasi."""
        self.ensure_one()
        ketua = self.verifier_ketua_id or self.verifier_user_ids[:1]
        return ketua, (self.verifier_user_ids | ketua) if self.verifier_any_member else ketua

    @api.model
    def _sk_companies_verified_by(self, user):
        """The ids of the companies whose Tim Verifikasi steps ``user`` may decide."""
        # sudo: the Tim Verifikasi of each company's profile, one profile per company
        profiles = self.sudo().search(
            [
                ("company_id", "!=", False),
                "|",
                ("verifier_user_ids", "in", user.id),
                ("verifier_ketua_id", "=", user.id),
            ]
        )
        return [profile.company_id.id for profile in profiles if user in profile._sk_verifiers()[1]]

    def _sk_route(self, kind, method=None, scope=None, form=None, unit_type=None, jenjang=None):
        """The route for a kind of request; a route without a form serves both forms, one
        without unit types serves the units no other route names, one without jenjang any
        employee. ``unit_type`` may hold the types of a unit and of the units above it."""
        self.ensure_one()
        unit_types = unit_type or self.env["sk.unit.type"]
        routes = self.route_ids.filtered(
            lambda r: r.kind == kind
            and r.method == (method or False)
            and r.scope == (scope or False)
            and r.form in (form, False)
            and (not r.unit_type_ids or r.unit_type_ids & unit_types)
            and (not r.jenjang_ids or jenjang in r.jenjang_ids)
        )
        return routes.sorted(lambda r: (not r.jenjang_ids, not r.unit_type_ids, not r.form))[:1]

    @api.model
    def _sk_add_missing_routes(self, kind):
        """Give every company profile its preset's routes of ``kind`` when it has none
        (a kind added by an upgrade)."""
        for profile in self.search([("is_preset", "=", False)]):
            if profile.route_ids.filtered(lambda r: r.kind == kind):
                continue
            preset = profile.preset_id or self._sk_default_preset()
            preset.route_ids.filtered(lambda r: r.kind == kind).copy({"profile_id": profile.id})

    def action_apply_preset(self):
        for profile in self:
            if not profile.preset_id:
                raise UserError(self.env._("Choose a preset first."))
            profile.write(profile.preset_id._sk_preset_values())
            profile._sk_copy_tables_from(profile.preset_id)

    @api.model
    def _sk_company_profile_action(self):
        """The current company's profile, where the Admin Kepegawaian sets the preset, the
        letters and the checks (Odoo's Settings page is the system administrator's)."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "odoo_sistem_kerja.sk_regulation_profile_action"
        )
        action.update(
            name=self.env._("Company Regulation Profile"),
            res_id=self.env.company._sk_profile().id,
            views=[(False, "form")],
            view_mode="form",
        )
        return action

    @api.model
    def _sk_default_preset(self):
        return self.env.ref("odoo_sistem_kerja.profile_preset_custom")

    @api.model
    def _sk_create_for_company(self, company):
        preset = self._sk_default_preset()
        values = preset._sk_preset_values()
        values.update(
            name=self._sk_company_profile_name(company),
            company_id=company.id,
            preset_id=preset.id,
        )
        # sudo: a new company gets its profile, whoever creates it
        profile = self.sudo().create(values)
        profile._sk_name_in_every_language()
        profile._sk_copy_tables_from(preset)
        return profile

    def _sk_company_profile_name(self, company):
        return self.env._("Regulation profile of %(company)s", company=company.name)

    def _sk_named_after_company(self):
        """Whether this company profile still has the name it was given (not the Pemda's)."""
        english = self.with_context(lang="en_US")
        return bool(self.company_id) and english.name == english._sk_company_profile_name(
            self.company_id
        )

    def _sk_name_in_every_language(self):
        """A company's profile is named in each installed language (also one loaded
        later), unless the Pemda renamed it."""
        langs = [code for code, _name in self.env["res.lang"].get_installed()]
        for profile in self.filtered("company_id"):
            if not profile._sk_named_after_company():
                continue
            profile.update_field_translations(
                "name",
                {
                    code: profile.with_context(lang=code)._sk_company_profile_name(
                        profile.company_id
                    )
                    for code in langs
                },
            )
