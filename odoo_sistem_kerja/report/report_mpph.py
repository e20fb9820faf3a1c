from odoo import api, models

from ..models.sk_mpph import MPPH_COLUMNS


class ReportMpph(models.AbstractModel):
    _name = "report.odoo_sistem_kerja.report_mpph"
    _description = "Matriks Pembagian Peran dan Hasil"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["sk.perjanjian.kinerja"].browse(docids)
        return {"doc_ids": docids, "doc_model": docs._name, "docs": docs, "columns": MPPH_COLUMNS}
