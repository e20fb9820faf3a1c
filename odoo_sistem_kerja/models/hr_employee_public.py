from odoo import fields, models


class HrEmployeePublic(models.Model):
    _inherit = "hr.employee.public"

    sk_penilai_id = fields.Many2one("hr.employee.public", readonly=True)
    sk_pimpinan_unit_id = fields.Many2one("hr.employee.public", readonly=True)
    sk_perangkat_daerah_id = fields.Many2one(
        "hr.department", string="Perangkat Daerah", readonly=True
    )
