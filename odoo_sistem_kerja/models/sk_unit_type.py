from odoo import fields, models

from .jabatan import HEAD_POSITIONS


class SkUnitType(models.Model):
    _name = "sk.unit.type"
    _description = "Unit Organisasi Type"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    is_perangkat_daerah = fields.Boolean(
        string="Is a Perangkat Daerah",
        help="Units of this type are Perangkat Daerah (PD); the units below them belong to it.",
    )
    default_head_position = fields.Selection(
        HEAD_POSITIONS,
        string="Usual Head Post",
        help="Proposed post type of the head when a unit of this type is created.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_unique", "unique(code)", "The code of a unit type must be unique."),
    ]
