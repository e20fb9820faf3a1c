from odoo import fields, models

from .jabatan import KATEGORI_JF


class SkJenjang(models.Model):
    _name = "sk.jenjang"
    _description = "Jenjang Jabatan Fungsional"
    _order = "kategori, rank desc"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    kategori = fields.Selection(KATEGORI_JF, required=True)
    rank = fields.Integer(
        required=True,
        help="Equivalence rank used by the placement rules: 40 ~ JPT, 30 ~ Administrator, "
        "20 ~ Pengawas.",
    )

    _sql_constraints = [
        ("code_unique", "unique(code)", "The code of a jenjang must be unique."),
    ]
