import re

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
    head_title = fields.Char(
        string="Title of the Head",
        help="How the head of a unit of this type signs: {unit} is the unit's name, {parent} "
        "the name of the unit above, {place} the unit's name without this type's name "
        "(Camat {place}, Sekretaris {parent}). Empty: Kepala {unit}.",
    )
    active = fields.Boolean(default=True)

    def _sk_head_title(self, unit):
        """The title of the head of ``unit`` (of this type)."""
        pattern = self.head_title or "Kepala {unit}"
        place = unit.name or ""
        if self.name and place.lower().startswith(self.name.lower() + " "):
            place = place[len(self.name) + 1 :]
        values = {"unit": unit.name or "", "parent": unit.parent_id.name or "", "place": place}
        return re.sub(r"\{(unit|parent|place)\}", lambda m: values[m.group(1)], pattern)

    _sql_constraints = [
        ("code_unique", "unique(code)", "The code of a unit type must be unique."),
    ]
