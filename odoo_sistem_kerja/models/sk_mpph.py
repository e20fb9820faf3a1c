"""Matriks Pembagian Peran dan Hasil (MPPH) of a unit for a year: each target of its
Perjanjian Kinerja, cascaded to the teams and individuals whose kegiatan serve it, down to
each member's role and expected result. BKPSDM hands it to BKN's e-Kinerja."""

import io

import xlsxwriter

from odoo import fields, models

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
        """The matrix as an XLSX workbook (bytes), laid out as the PDF."""
        self.ensure_one()
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        sheet = workbook.add_worksheet("MPPH")
        title = workbook.add_format({"bold": True, "font_size": 13})
        header = workbook.add_format(
            {
                "bold": True,
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "bg_color": "#D9E1F2",
            }
        )
        cell = workbook.add_format({"border": 1, "valign": "top", "text_wrap": True})
        sheet.write(0, 0, self.env._("MATRIKS PEMBAGIAN PERAN DAN HASIL"), title)
        sheet.write(1, 0, f"{self.department_id.name} – {self.year}")
        for col, (_key, label, width) in enumerate(MPPH_COLUMNS):
            sheet.set_column(col, col, width)
            sheet.write(3, col, label, header)
        for row, values in enumerate(self._sk_mpph_rows(), start=4):
            values = dict(values, member="\n".join(filter(None, [values["member"], values["nip"]])))
            for col, (key, _label, _width) in enumerate(MPPH_COLUMNS):
                shown = key not in ("no", "sasaran", "indikator", "target", "responsible")
                sheet.write(row, col, values[key] if shown or values["first"] else "", cell)
        sheet.freeze_panes(4, 0)
        sheet.set_landscape()
        sheet.repeat_rows(3)
        workbook.close()
        return output.getvalue()

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
