from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.sk_letter import tanggal
from .report_surat_tugas import _signer_text


class ReportSkTimKerja(models.AbstractModel):
    """Keputusan Kepala Perangkat Daerah tentang Tim Kerja with its member table."""

    _name = "report.odoo_sistem_kerja.report_sk_tim_kerja"
    _description = "SK Tim Kerja"

    @api.model
    def _get_report_values(self, docids, data=None):
        teams = self.env["sk.team"].browse(docids)
        letters = []
        members = self.env["sk.team.member"]
        roles = dict(members._fields["role"]._description_selection(self.env))
        uoms = dict(members._fields["target_uom"]._description_selection(self.env))
        for team in teams:
            if team.state not in ("active", "done"):
                raise UserError(
                    self.env._(
                        "%(record)s is not established: its SK cannot be printed yet.",
                        record=team.display_name,
                    )
                )
            profile = team.company_id._sk_profile()
            signer = team._sk_signer()
            kop = team.owner_department_id._sk_kop()
            verification = self.env["sk.letter.verification"]._sk_for(
                team, "odoo_sistem_kerja.report_sk_tim_kerja", "SK Tim Kerja", _signer_text(signer)
            )
            letters.append(
                {
                    "doc": team,
                    "kop": kop,
                    "issuer": signer["title"],
                    "basis": profile._sk_instrument_line(),
                    "mengingat": profile._sk_mengingat(),
                    "signer": signer,
                    "qr": verification._sk_qr_data_uri(),
                    "date": tanggal(team.letter_date or fields.Date.context_today(self)),
                    "roles": {key: f"{label.upper()} TIM" for key, label in roles.items()},
                    "uoms": uoms,
                }
            )
        return {"doc_ids": docids, "doc_model": "sk.team", "docs": teams, "letters": letters}
