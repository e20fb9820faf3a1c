import base64

from odoo import fields, models


class SkEkinerjaExportWizard(models.TransientModel):
    _name = "sk.ekinerja.export.wizard"
    _description = "Export for e-Kinerja"

    employee_ids = fields.Many2many("hr.employee", string="Employees", required=True)
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="Until", required=True)
    file = fields.Binary(readonly=True, attachment=False)
    filename = fields.Char(readonly=True)

    def action_export(self):
        self.ensure_one()
        Adapter = self.env["sk.ekinerja.adapter"]
        rows = Adapter._sk_rows(self.employee_ids, self.date_from, self.date_to)
        self.filename, data = Adapter._sk_deliver(rows, self.date_from, self.date_to)
        self.file = base64.b64encode(data)
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/file/{self.filename}?download=true",
            "target": "download",
        }
