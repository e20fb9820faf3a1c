from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.sk_letter_number import tanggal

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

    def _sk_documents(self, docids):
        return self._sk_approved(
            self.env["sk.penugasan"].browse(docids),
            self.env._("%(record)s is not approved: its letter cannot be printed yet."),
        )

    @api.model
    def _sk_approved(self, records, refusal):
        """``records``, when all are approved (in force or finished): a letter is only
        printed from a decision; else ``refusal`` names the first that is not."""
        pending = records.filtered(lambda record: record.state not in ("active", "done"))
        if pending:
            raise UserError(refusal % {"record": pending[0].display_name})
        return records

    def _sk_assignees(self, doc):
        # sudo: the letter lists its assignees
        return doc.sudo().employee_ids

    def _sk_unit(self, doc):
        return doc.owner_department_id

    def _sk_tmt(self, doc):
        return doc.date_start or doc.letter_date

    def _sk_roles(self, doc, employee, tmt):
        return employee._sk_active_roles(tmt)

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self._sk_documents(docids)
        letters = [letter for doc in docs for letter in self._sk_letters_of(doc)]
        return {"doc_ids": docids, "doc_model": docs._name, "docs": docs, "letters": letters}

    def _sk_letters_of(self, doc):
        """One letter per assignee of ``doc``; without a number it is a concept (no QR)."""
        profile = doc.company_id._sk_profile()
        tmt = self._sk_tmt(doc)
        signer = doc._sk_signer()
        title = DOC_TITLES[profile.doc_name_individual]
        qr = False
        if doc.letter_number:
            verification = self.env["sk.letter.verification"]._sk_for(
                doc, self._name.removeprefix("report."), title, _signer_text(signer)
            )
            qr = verification._sk_qr_data_uri()
        kop = self._sk_unit(doc)._sk_kop()
        return [
            {
                "doc": doc,
                "employee": employee,
                "roles": self._sk_roles(doc, employee, tmt),
                "signer": signer,
                "qr": qr,
                "concept": not doc.letter_number,
                "dasar": profile._sk_legal_basis(),
                "title": title,
                "tmt": tanggal(tmt),
                "date": tanggal(doc.letter_date or fields.Date.context_today(self)),
                "place": kop["city"],
                "kop": kop,
                "perintah": self._sk_perintah_content(doc, profile),
                "tembusan": doc._sk_tembusan(),
                "extract_of": self._sk_extract_of(doc, signer),
            }
            for employee in self._sk_assignees(doc)
        ]

    def _sk_extract_of(self, doc, signer):
        """The SK a letter is an extract of (a team's members' letters)."""
        return ""

    def _sk_perintah_content(self, doc, profile):
        """What a Surat Perintah states (Perwali Langsa 48/2024 Pasal 9(2), 10(1))."""
        if profile.doc_name_individual != "surat_perintah" or doc._name != "sk.penugasan":
            return []
        content = [
            (self.env._("Maksud dan tujuan"), doc.maksud_tujuan),
            (self.env._("Ekspektasi/target kinerja"), doc.ekspektasi),
            (
                self.env._("Pengaturan, kualitas dan akselerasi pencapaian target kinerja"),
                doc.pengaturan,
            ),
        ]
        if doc.form == "tim":
            content.append(
                (self.env._("Durasi"), f"{tanggal(doc.date_start)} s.d. {tanggal(doc.date_end)}")
            )
        return [(label, value) for label, value in content if value]


class ReportSuratTugasTeam(models.AbstractModel):
    """The Surat Tugas of every member of an established Tim Kerja, in one PDF."""

    _name = "report.odoo_sistem_kerja.report_surat_tugas_team"
    _inherit = "report.odoo_sistem_kerja.report_surat_tugas"
    _description = "Surat Tugas of a Tim Kerja"

    def _sk_documents(self, docids):
        teams = self._sk_established(docids)
        for team in teams:
            if team.company_id._sk_profile().team_member_letters != "extract":
                raise UserError(
                    self.env._(
                        "Under the regulation profile each member of %(record)s receives a "
                        "Surat Tugas of their own, prepared under Letters with its own number.",
                        record=team.display_name,
                    )
                )
        return teams

    @api.model
    def _sk_established(self, docids):
        return self._sk_approved(
            self.env["sk.team"].browse(docids),
            self.env._("%(record)s is not established: its SK cannot be printed yet."),
        )

    def _sk_extract_of(self, team, signer):
        if not team.letter_number:
            return ""
        return self.env._(
            "Extract of the Decision of the %(issuer)s Number %(number)s on %(team)s",
            issuer=signer["behalf"] or signer["title"],
            number=team.letter_number,
            team=team.name,
        )

    def _sk_assignees(self, team):
        # sudo: the team letter lists its members
        return team.sudo().member_ids.employee_id

    def _sk_tmt(self, team):
        return team.date_start


def _signer_text(signer):
    behalf = f"a.n. {signer['behalf']}, " if signer["behalf"] else ""
    caption = f"{signer['caption']} " if signer["caption"] else ""
    return f"{behalf}{caption}{signer['title']}: {signer['name']} (NIP {signer['nip'] or '-'})"
