from odoo import api, models
from odoo.exceptions import UserError

from ..models.sk_letter_number import tanggal
from ..models.sk_letter_steps import signature
from .report_surat_tugas import _signer_text


class ReportPermohonanPelibatan(models.AbstractModel):
    """Surat permohonan pelibatan from a cross-boundary Penugasan (spec 3.5: maksud dan
    tujuan, kompetensi, ekspektasi, durasi)."""

    _name = "report.odoo_sistem_kerja.report_permohonan_pelibatan"
    _description = "Surat Permohonan Pelibatan"
    _sk_kind = "permohonan"
    _sk_title = "SURAT PERMOHONAN PELIBATAN"

    @api.model
    def _get_report_values(self, docids, data=None):
        kind = self._sk_kind
        docs = self.env["sk.penugasan"].browse(docids)
        letters = []
        for doc in docs:
            if not doc.correspondence:
                raise UserError(
                    self.env._(
                        "%(record)s has no correspondence: only submitted requests across "
                        "units, Perangkat Daerah or instansi are written to, and nobody writes "
                        "to themselves.",
                        record=doc.display_name,
                    )
                )
            letters.append(self._sk_letter(doc, kind))
        return {"doc_ids": docids, "doc_model": "sk.penugasan", "docs": docs, "letters": letters}

    def _sk_letter(self, doc, kind):
        # sudo: the letter prints who decided, for anyone who may print it
        lines = doc.sudo().approval_line_ids.filtered(lambda ln: ln.round == doc.approval_round)
        first = lines.sorted("sequence")[:1]
        # sudo: same
        requester = doc.sudo().requester_employee_id
        sign = None
        if kind == "permohonan":
            sender = requester
            addressee = first.official_id._sk_position_title() if first.official_id else ""
            # copied to the requester's own Penilai (spec 8.4)
            penilai = requester.sk_penilai_id
            tembusan = [penilai._sk_position_title()] if penilai else []
        else:
            if doc.state not in ("active", "done", "refused"):
                raise UserError(
                    self.env._("%(record)s has not been answered yet.", record=doc.display_name)
                )
            answering = doc._sk_answering_line()
            receiver = doc._sk_answer_addressee()
            sign = answering._sk_signature()
            tembusan = doc._sk_tembusan(exclude=answering.official_id | receiver)
            addressee = receiver._sk_position_title()
            kind = "penolakan" if doc.state == "refused" else "persetujuan"
        if sign is None:
            sign = signature(sender.sudo())  # sudo: same
        refusal = lines.filtered(lambda ln: ln.state == "refused")[:1]
        number = doc._sk_document_number(self._name.removeprefix("report."))
        qr = False
        if number:  # its QR opens the verification page, as the assignment letter's does
            verification = self.env["sk.letter.verification"]._sk_for(
                doc, self._name.removeprefix("report."), self._sk_title, _signer_text(sign)
            )
            qr = verification._sk_qr_data_uri()
        return {
            "qr": qr,
            "doc": doc,
            "kind": kind,
            "kop": (
                doc.owner_department_id
                if kind == "permohonan"
                else (doc.target_department_id or doc.owner_department_id)
            )._sk_kop(),
            "addressee": addressee,
            "sender": sign,
            "period": f"{tanggal(doc.date_start)} s.d. {tanggal(doc.date_end)}",
            "reason": refusal.reason or "",
            # sudo: same
            "assigned": doc.sudo().employee_ids,
            "date": tanggal(doc.request_date if kind == "permohonan" else doc.answer_date),
            "number": doc.request_number if kind == "permohonan" else doc.answer_number,
            "request_number": doc.request_number,
            "request_date": tanggal(doc.request_date),
            "tembusan": tembusan,
        }


class ReportJawabanPelibatan(models.AbstractModel):
    """The answer: persetujuan listing the assigned officials, or penolakan with the
    reason of the refusing step."""

    _name = "report.odoo_sistem_kerja.report_jawaban_pelibatan"
    _inherit = "report.odoo_sistem_kerja.report_permohonan_pelibatan"
    _description = "Surat Jawaban Permohonan Pelibatan"
    _sk_kind = "jawaban"
    _sk_title = "SURAT JAWABAN PERMOHONAN PELIBATAN"
