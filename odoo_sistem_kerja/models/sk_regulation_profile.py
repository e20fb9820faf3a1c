from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

CHECK_LEVELS = [("block", "Block"), ("warn", "Warn"), ("off", "Off")]


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

    _sql_constraints = [
        (
            "company_unique",
            "unique(company_id)",
            "A company has only one regulation profile.",
        ),
    ]

    @api.constrains("is_preset", "company_id")
    def _check_preset_company(self):
        if self.filtered(lambda p: p.is_preset and p.company_id):
            raise ValidationError(self.env._("A preset cannot belong to a company."))

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

    def _sk_copy_rules_from(self, preset):
        """Replace this profile's placement rules by copies of the preset's (translations
        included, which ``copy`` carries and ``copy_data`` does not)."""
        self.ensure_one()
        self.rule_ids.unlink()
        preset.rule_ids.copy({"profile_id": self.id})

    def action_apply_preset(self):
        for profile in self:
            if not profile.preset_id:
                raise UserError(self.env._("Choose a preset first."))
            profile.write(profile.preset_id._sk_preset_values())
            profile._sk_copy_rules_from(profile.preset_id)

    @api.model
    def _sk_default_preset(self):
        return self.env.ref("odoo_sistem_kerja.profile_preset_custom")

    @api.model
    def _sk_create_for_company(self, company):
        preset = self._sk_default_preset()
        values = preset._sk_preset_values()
        values.update(
            name=self.env._("Regulation profile of %(company)s", company=company.name),
            company_id=company.id,
            preset_id=preset.id,
        )
        profile = self.sudo().create(values)
        profile._sk_copy_rules_from(preset)
        return profile
