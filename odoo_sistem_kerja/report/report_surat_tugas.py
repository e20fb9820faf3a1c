from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.sk_letter import tanggal

DOC_TITLES = {
    "surat_penugasan": "SURAT PENUGASAN",
    "surat_tugas": "SURAT TUGAS",
    "surat_perintah": "SURAT PERINTAH",
}


class ReportSuratTugas(models.AbstractModel):
    """One letter per assignee of each approved Penugasan, with all of the employee's
    roles in force on the TMT date (Perwali Kota Pasuruan 41/2023 Lampiran II)."""

    _name = "report.odoo_sistem_kerja.report_surat_tugas"
    _description = "Surat Tugas"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["sk.penugasan"].browse(docids)
        letters = []
        for doc in docs:
            if doc.state not in ("active", "done"):
                raise UserError(
                    self.env._(
                        "%(record)s is not approved: its letter cannot be printed yet.",
                        record=doc.display_name,
                    )
                )
            profile = doc.company_id._sk_profile()
            tmt = doc.date_start or doc.letter_date
            signer = doc._sk_signer()
            title = DOC_TITLES[profile.doc_name_individual]
            verification = self.env["sk.letter.verification"]._sk_for(
                doc, "odoo_sistem_kerja.report_surat_tugas", title, _signer_text(signer)
            )
            for employee in doc.sudo().employee_ids:
                letters.append(
                    {
                        "doc": doc,
                        "employee": employee,
                        "roles": employee._sk_active_roles(tmt),
                        "signer": signer,
                        "qr": verification._sk_qr_data_uri(),
                        "dasar": [
                            line
                            for line in (profile.letter_legal_basis or "").splitlines()
                            if line.strip()
                        ],
                        "title": title,
                        "tmt": tanggal(tmt),
                        "date": tanggal(doc.letter_date or fields.Date.context_today(self)),
                        "place": doc.owner_department_id._sk_kop()["city"],
                    }
                )
        return {"doc_ids": docids, "doc_model": "sk.penugasan", "docs": docs, "letters": letters}


def _signer_text(signer):
    caption = f"{signer['caption']} " if signer["caption"] else ""
    return f"{caption}{signer['title']}: {signer['name']} (NIP {signer['nip'] or '-'})"
