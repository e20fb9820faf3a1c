from odoo import api, fields, models

ASN_STATUS = [("pns", "PNS"), ("pppk", "PPPK"), ("non_asn", "Non-ASN")]


class SkPangkat(models.Model):
    _name = "sk.pangkat"
    _description = "Pangkat / Golongan"
    _order = "asn_status, sequence"
    _rec_names_search = ["name", "golongan"]

    name = fields.Char(string="Pangkat", required=True, translate=True)
    golongan = fields.Char(string="Golongan / Ruang", required=True)
    asn_status = fields.Selection(
        [s for s in ASN_STATUS if s[0] != "non_asn"], string="ASN Status", required=True
    )
    sequence = fields.Integer(default=10)

    _sql_constraints = [
        (
            "golongan_unique",
            "unique(asn_status, golongan)",
            "This golongan already exists.",
        ),
    ]

    @api.depends("name", "golongan", "asn_status")
    def _compute_display_name(self):
        for pangkat in self:
            if pangkat.asn_status == "pns":
                pangkat.display_name = f"{pangkat.name} ({pangkat.golongan})"
            else:
                pangkat.display_name = pangkat.golongan
