"""The bukti dukung of a kegiatan are its attachments: handed in with its result, they are
fixed while it is reviewed and once it is accepted (MK-02)."""

from odoo import api, models


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _sk_kegiatan(self):
        tasks = self.filtered(lambda a: a.res_model == "project.task" and a.res_id)
        return self.env["project.task"].browse(set(tasks.mapped("res_id")))

    @api.model_create_multi
    def create(self, vals_list):
        ids = {
            vals["res_id"]
            for vals in vals_list
            if vals.get("res_model") == "project.task" and vals.get("res_id")
        }
        if ids:
            self.env["project.task"].browse(ids)._sk_check_result_editable()
        return super().create(vals_list)

    def write(self, vals):
        touched = {"datas", "raw", "res_id", "res_model", "name"} & set(vals)
        if touched:
            self._sk_kegiatan()._sk_check_result_editable()  # taken from a kegiatan
        result = super().write(vals)
        if touched:
            self._sk_kegiatan()._sk_check_result_editable()  # or moved onto one
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_handed_in_evidence(self):
        self._sk_kegiatan()._sk_check_result_editable()
