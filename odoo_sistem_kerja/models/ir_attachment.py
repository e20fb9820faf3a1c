"""The bukti dukung of a kegiatan are its attachments: handed in with its result, they are
fixed while it is reviewed and once it is accepted (MK-02). A letter signed electronically
is its stored PDF: nobody changes or deletes it."""

from odoo import api, models
from odoo.exceptions import UserError

from .sk_sealed_mixin import in_engine


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

    def _sk_check_not_signed_letter(self):
        if in_engine() or not self.ids:
            return
        # sudo: whether a file is a signed letter is checked whoever touches it
        signed = (
            self.env["sk.letter.verification"]
            .sudo()
            .search_count(
                [("attachment_id", "in", self.ids), ("tte_state", "=", "signed")], limit=1
            )
        )
        if signed:
            raise UserError(
                self.env._("A letter signed electronically cannot be changed or deleted.")
            )

    def write(self, vals):
        touched = {"datas", "raw", "res_id", "res_model", "name"} & set(vals)
        if touched:
            self._sk_check_not_signed_letter()
            self._sk_kegiatan()._sk_check_result_editable()  # taken from a kegiatan
        result = super().write(vals)
        if touched:
            self._sk_kegiatan()._sk_check_result_editable()  # or moved onto one
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_handed_in_evidence(self):
        self._sk_check_not_signed_letter()
        self._sk_kegiatan()._sk_check_result_editable()
