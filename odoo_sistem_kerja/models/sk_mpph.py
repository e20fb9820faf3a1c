"""Matriks Pembagian Peran dan Hasil (MPPH) of a unit for a year: each target of its
Perjanjian Kinerja, cascaded to the teams and individuals whose kegiatan serve it, down to
each member's role and expected result. BKPSDM hands it to BKN's e-Kinerja."""

from odoo import fields, models

from .sk_xlsx import xlsx_table

MPPH_COLUMNS = [
    ("no", "No", 5),
    ("sasaran", "Sasaran", 34),
    ("indikator", "Indikator Kinerja", 30),
    ("target", "Target", 14),
    ("responsible", "Penanggung Jawab", 26),
    ("executor", "Tim Kerja / Individu", 26),
    ("kegiatan", "Kegiatan", 30),
    ("member", "Nama / NIP", 30),
    ("role", "Peran", 14),
    ("result", "Hasil Kerja yang Diharapkan", 36),
]


class SkPerjanjianKinerja(models.Model):
    _inherit = "sk.perjanjian.kinerja"

    def _sk_mpph_rows(self):
        """The matrix rows: one per member (or individual) of each kegiatan of each target,
        targets in cascade order; a target without kegiatan keeps one row."""
        self.ensure_one()
        # sudo: the matrix lists the teams and people behind targets the reader may see
        pk = self.sudo()
        satuan = dict(pk.target_ids._fields["satuan"]._description_selection(self.env))
        roles = dict(self.env["sk.team.member"]._fields["role"]._description_selection(self.env))
        individual = self.env._("Individual")
        rows = []
        targets = pk.target_ids.sorted(lambda t: [int(x) for x in t.parent_path.split("/") if x])
        carrying = self.env["sk.team"].sudo().search([("pk_target_ids", "in", targets.ids)])
        for number, target in enumerate(targets, start=1):
            base = {
                "no": number,
                "sasaran": target.sasaran,
                "indikator": target.indikator or "",
                "target": " ".join(
                    filter(None, [f"{target.target_value:g}", satuan.get(target.satuan, "")])
                ),
                "responsible": target.responsible_id.name or "",
                "level": target.parent_path.count("/") - 1,
            }
            people = []
            # a team that carries the target and plans no kegiatan yet: its members' roles
            for team in carrying.filtered(
                lambda t, target=target: target in t.pk_target_ids
                and t not in target.task_ids.sk_team_id
            ):
                people += [
                    {
                        "executor": team.name,
                        "kegiatan": "",
                        "member": member.employee_id.name or member.external_name or "",
                        "nip": member.employee_id.sk_nip or member.external_nip or "",
                        "role": roles.get(member.role, ""),
                        "result": member.sasaran_kinerja or "",
                    }
                    for member in team.member_ids
                ]
            for task in target.task_ids:
                team = task.sk_team_id
                if team:
                    people += [
                        {
                            "executor": team.name,
                            "kegiatan": task.name,
                            "member": member.employee_id.name or member.external_name or "",
                            "nip": member.employee_id.sk_nip or member.external_nip or "",
                            "role": roles.get(member.role, ""),
                            "result": member.sasaran_kinerja or task.name,
                        }
                        for member in team.member_ids
                    ]
                else:
                    people += [
                        {
                            "executor": individual,
                            "kegiatan": task.name,
                            "member": user.employee_id.name or user.name,
                            "nip": user.employee_id.sk_nip or "",
                            "role": individual,
                            "result": task.name,
                        }
                        for user in task.user_ids
                    ]
            empty = dict.fromkeys(("executor", "kegiatan", "member", "nip", "role", "result"), "")
            for index, person in enumerate(people or [empty]):
                rows.append({**base, **person, "first": index == 0})
        return rows

    def _sk_mpph_xlsx(self):
        """The matrix as an XLSX workbook (bytes), laid out as the PDF: a target's own cells
        are written on its first row only."""
        self.ensure_one()
        own = ("no", "sasaran", "indikator", "target", "responsible")
        rows = [
            {
                **{key: "" if key in own and not row["first"] else row[key] for key in row},
                "member": "\n".join(filter(None, [row["member"], row["nip"]])),
            }
            for row in self._sk_mpph_rows()
        ]
        return xlsx_table(
            "MPPH",
            MPPH_COLUMNS,
            rows,
            titles=(
                self.env._("MATRIKS PEMBAGIAN PERAN DAN HASIL"),
                f"{self.department_id.name} – {self.year}",
            ),
        )

    def action_sk_mpph_xlsx(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": f"/sistem-kerja/mpph/{self.id}/xlsx",
            "target": "download",
        }

    def _sk_mpph_filename(self):
        unit = (self.department_id.name or "").replace("/", "-")
        return f"MPPH {unit} {self.year} ({fields.Date.context_today(self)}).xlsx"
