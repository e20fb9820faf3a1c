from odoo import api, fields, models

from ..models.sk_letter_number import tanggal
from ..models.sk_letter_steps import signature
from ..models.sk_mpph import MPPH_COLUMNS


class ReportMpph(models.AbstractModel):
    _name = "report.odoo_sistem_kerja.report_mpph"
    _description = "Matriks Pembagian Peran dan Hasil"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["sk.perjanjian.kinerja"].browse(docids)
        letters = {}
        for doc in docs:
            # sudo: the kop of the unit and the head who signed the agreement are printed
            # for whoever may read the agreement
            kop = doc.department_id.sudo()._sk_kop()
            letters[doc.id] = {
                "kop": kop,
                "signer": signature(doc.employee_id.sudo()),
                "place": kop["city"],
                "date": tanggal(doc.date_set or fields.Date.context_today(self)),
            }
        return {
            "doc_ids": docids,
            "doc_model": docs._name,
            "docs": docs,
            "columns": MPPH_COLUMNS,
            # the spreadsheet's column widths, as shares of the page
            "widths": [
                width * 100 / sum(w for *_c, w in MPPH_COLUMNS) for *_c, width in MPPH_COLUMNS
            ],
            "letters": letters,
        }
