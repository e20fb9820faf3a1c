from odoo import fields, models

PENILAI_TARGETS = [
    ("direct_head", "Head of the employee's own unit"),
    ("nearest_position", "Nearest head of at least a given post"),
    ("context_head", "Head of the unit the rule matched"),
    ("pd_head", "Head of the Perangkat Daerah"),
    ("pengawas_post", "A Pengawas post of the unit the rule matched (or of a unit in it)"),
]
TARGET_POSITIONS = [
    ("jpt_pratama", "JPT Pratama"),
    ("administrator", "Administrator"),
    ("pengawas", "Pengawas"),
]


class SkPlacementRule(models.Model):
    """One line of a placement table: who assesses whom in which kind of unit.

    The engine walks from the employee's unit up to its Perangkat Daerah; at each unit it
    takes the first rule (by sequence) whose unit type, head post and Perangkat Daerah type
    fit and which covers the employee's jenjang (or pelaksana).
    """

    _name = "sk.placement.rule"
    _description = "Placement Rule"
    _order = "profile_id, sequence, id"

    profile_id = fields.Many2one(
        "sk.regulation.profile", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Description", required=True, translate=True)
    unit_type_ids = fields.Many2many(
        "sk.unit.type",
        "sk_placement_rule_unit_type_rel",
        string="Unit Types",
        help="Types of the unit the rule applies to; empty means any unit.",
    )
    head_position = fields.Selection(
        [("pengawas", "Pengawas"), ("administrator", "Administrator"), ("jf", "JF")],
        string="Unit Led By",
        help="Only units whose head post is of this type (e.g. a UPTD led by a JF).",
    )
    pd_type_ids = fields.Many2many(
        "sk.unit.type",
        "sk_placement_rule_pd_type_rel",
        string="Within Perangkat Daerah Types",
        help="Only inside Perangkat Daerah of these types; empty means any.",
    )
    jenjang_ids = fields.Many2many("sk.jenjang", string="Jenjang")
    include_pelaksana = fields.Boolean(string="Pelaksana")
    penilai_target = fields.Selection(
        PENILAI_TARGETS, string="Penilai", required=True, default="direct_head"
    )
    target_position = fields.Selection(TARGET_POSITIONS, string="Post")
    source = fields.Char(translate=True, help="Article of the regulation this line implements.")

    def _sk_applies(self, unit, employee):
        self.ensure_one()
        if self.unit_type_ids and unit.sk_unit_type_id not in self.unit_type_ids:
            return False
        if self.head_position and unit.sk_head_position != self.head_position:
            return False
        pd_type = unit.sk_perangkat_daerah_id.sk_unit_type_id
        if self.pd_type_ids and pd_type not in self.pd_type_ids:
            return False
        if employee.sk_jenis_jabatan == "pelaksana":
            return self.include_pelaksana
        return employee.sk_jenjang_id in self.jenjang_ids
