from odoo import fields, models


class SkJabatanFungsional(models.Model):
    _name = "sk.jabatan.fungsional"
    _description = "Jabatan Fungsional"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    has_keahlian = fields.Boolean(string="Keahlian Category", default=True)
    has_keterampilan = fields.Boolean(string="Keterampilan Category")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_unique", "unique(name)", "This Jabatan Fungsional already exists."),
        (
            "has_kategori",
            "CHECK(has_keahlian OR has_keterampilan)",
            "A Jabatan Fungsional needs at least one category (Keahlian or Keterampilan).",
        ),
    ]
