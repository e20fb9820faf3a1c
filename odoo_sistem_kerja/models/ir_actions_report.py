from odoo import api, models
from odoo.tools import config, pdf

from .sk_sealed_mixin import engine_writes, in_engine


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _render_qweb_pdf(self, report_ref, res_ids=None, data=None):
        """A letter is stored at its first printing, whoever prints it: a reader who may not
        write the record (the signer, the assignee) prints the issued letter too, and every
        reprint is that file (the hash on its QR page).

        Several records are rendered one by one and their PDFs merged: Debian's wkhtmltopdf
        (unpatched Qt) cannot split one rendering of several records, and each letter is
        then stored on its own."""
        report = self._get_report(report_ref)
        if isinstance(res_ids, int):
            res_ids = [res_ids]
        model = report.model in self.env and self.env[report.model]
        # the letters of the records the approval engine decides
        if not (res_ids and model is not False and getattr(model, "_sk_approval_engine", False)):
            return super()._render_qweb_pdf(report_ref, res_ids=res_ids, data=data)
        testing = config["test_enable"] or config["test_file"]
        # as Odoo's own rendering: HTML instead of PDF in tests, unless forced
        html_fallback = testing and not self.env.context.get("force_report_rendering")
        if len(set(res_ids)) > 1 and not html_fallback:
            rendered = [
                self._render_qweb_pdf(report_ref, [res_id], data=dict(data or {}))
                for res_id in res_ids
            ]
            return pdf.merge_pdf([content for content, _kind in rendered]), "pdf"
        model.browse(res_ids).check_access("read")
        with engine_writes():
            return super()._render_qweb_pdf(report_ref, res_ids=res_ids, data=data)


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    @api.model_create_multi
    def create(self, vals_list):
        letters = in_engine() and all(
            getattr(self.env.get(vals.get("res_model")), "_sk_approval_engine", False)
            for vals in vals_list
        )
        if letters and not self.env.su:
            # sudo: the PDF of a letter being printed, after the reader's access was checked
            return super(IrAttachment, self.sudo()).create(vals_list).with_env(self.env)
        return super().create(vals_list)
