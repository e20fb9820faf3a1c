from odoo import api, fields, models


class SkKedudukanBulkWizard(models.TransientModel):
    """Set the kedudukan of many JF and pelaksana at once, by one decision."""

    _name = "sk.kedudukan.bulk.wizard"
    _description = "Set Kedudukan from the Placement Rules"

    employee_ids = fields.Many2many(
        "hr.employee",
        string="Employees",
        domain="[('sk_jenis_jabatan', 'in', ('fungsional', 'pelaksana'))]",
        required=True,
    )
    decision_number = fields.Char(required=True)
    decision_date = fields.Date(required=True, default=fields.Date.context_today)
    date_start = fields.Date(string="Valid From", required=True, default=fields.Date.context_today)
    signer_id = fields.Many2one("hr.employee", string="Signed By")

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        if self.env.context.get("active_model") == "hr.employee":
            employees = self.env["hr.employee"].browse(self.env.context.get("active_ids", []))
            values["employee_ids"] = [
                fields.Command.set(
                    employees.filtered(
                        lambda e: e.sk_jenis_jabatan in ("fungsional", "pelaksana")
                    ).ids
                )
            ]
        return values

    def action_confirm(self):
        self.ensure_one()
        kedudukan = self.employee_ids._sk_set_kedudukan_from_rules(
            self.decision_number, self.decision_date, self.date_start, self.signer_id
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "odoo_sistem_kerja.sk_kedudukan_action"
        )
        action.update(domain=[("id", "in", kedudukan.ids)], context={})
        return action
