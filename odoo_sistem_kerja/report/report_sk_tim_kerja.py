from odoo import api, fields, models

from ..models.sk_letter_number import tanggal
from .report_surat_tugas import _signer_text


class ReportSkTimKerja(models.AbstractModel):
    """Keputusan Kepala Perangkat Daerah tentang Tim Kerja with its member table."""

    _name = "report.odoo_sistem_kerja.report_sk_tim_kerja"
    _description = "SK Tim Kerja"

    @api.model
    def _get_report_values(self, docids, data=None):
        # the same check as the members' Surat Tugas: only an established team has an SK
        teams = self.env["report.odoo_sistem_kerja.report_surat_tugas_team"]._sk_established(docids)
        letters = [self._sk_decree_of(team, team) for team in teams]
        return {"doc_ids": docids, "doc_model": "sk.team", "docs": teams, "letters": letters}

    def _sk_decree_of(self, doc, teams, report_name="odoo_sistem_kerja.report_sk_tim_kerja"):
        """The SK of ``doc`` (a team, or a letter covering ``teams`` of one Perangkat Daerah),
        its Lampiran grouped by Sekretariat/Bidang/Kelompok."""
        members = self.env["sk.team.member"]
        roles = dict(members._fields["role"]._description_selection(self.env))
        profile = doc.company_id._sk_profile()
        signer = doc._sk_signer()
        unit = doc.owner_department_id if doc._name == "sk.team" else doc.department_id
        kop = unit._sk_kop()
        qr = False
        if doc.letter_number:
            verification = self.env["sk.letter.verification"]._sk_for(
                doc, report_name, "SK Tim Kerja", _signer_text(signer)
            )
            qr = verification._sk_qr_data_uri()
        # sudo: the SK lists every member of its teams
        teams = teams.sudo().sorted(lambda t: ((t.grouping or t.owner_department_id.name), t.name))
        return {
            "doc": doc,
            "kop": kop,
            "issuer": signer["behalf"] or signer["title"],
            "basis": profile._sk_instrument_line(),
            "subject": " ".join(filter(None, [kop["pd"], profile._sk_region()])),
            # the same inside a sentence: the Perangkat Daerah and the region as named
            "subject_text": " ".join(
                filter(
                    None, [(unit.sk_perangkat_daerah_id or unit).name, profile._sk_region_name()]
                )
            ),
            "mengingat": profile._sk_mengingat(),
            "signer": signer,
            "qr": qr,
            "concept": not doc.letter_number,
            "teams": teams,
            "date": tanggal(doc.letter_date or fields.Date.context_today(self)),
            "roles": {key: f"{label.upper()} TIM" for key, label in roles.items()},
            "uoms": dict(members._fields["target_uom"]._description_selection(self.env)),
            "tembusan": doc._sk_tembusan(),
        }
