"""What feeds BKN's e-Kinerja: per employee and period, their roles and tasks (the rencana
hasil kerja) and the results accepted by the final acceptor with their bukti dukung.

``sk.ekinerja.adapter`` gathers the rows and delivers them; this file delivers them as an
XLSX workbook. A SIASN/e-Kinerja API client replaces ``_sk_deliver`` (the rows stay)."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import html2plaintext

from .sk_xlsx import xlsx_table

# e-Kinerja's SKP columns: the leader's intervened plan, the employee's plan, its indicator
# and target, the realisation and its evidence
EKINERJA_COLUMNS = [
    ("nip", "NIP", 20),
    ("name", "Nama", 26),
    ("kind", "Jenis Penugasan", 16),
    ("assignment", "Tim Kerja / Penugasan", 28),
    ("role", "Peran", 14),
    ("rhk_leader", "Rencana Hasil Kerja Pimpinan yang Diintervensi", 36),
    ("rhk", "Rencana Hasil Kerja", 36),
    ("indicator", "Indikator Kinerja Individu", 30),
    ("target", "Target", 14),
    ("realisation", "Realisasi", 36),
    ("evidence", "Bukti Dukung", 30),
]


class SkEkinerjaAdapter(models.AbstractModel):
    _name = "sk.ekinerja.adapter"
    _description = "e-Kinerja Export"

    @api.model
    def _sk_rows(self, employees, date_from, date_to):
        """One row per role (team membership or individual assignment) in force in the
        period, and one per kegiatan whose result was accepted in the period."""
        if date_to < date_from:
            raise UserError(self.env._("The period cannot end before it starts."))
        # sudo: the export of the Admin Kepegawaian covers every team and kegiatan
        employees = employees.sudo()
        roles = dict(self.env["sk.team.member"]._fields["role"]._description_selection(self.env))
        team_kind, individual = self.env._("Team"), self.env._("Individual")
        rows = []
        memberships = (
            self.env["sk.team.member"]
            .sudo()
            .search(
                [
                    ("employee_id", "in", employees.ids),
                    ("team_id.state", "in", ("active", "done")),
                    ("team_id.date_start", "<=", date_to),
                    ("team_id.date_end", ">=", date_from),
                ]
            )
        )
        for member in memberships:
            rows.append(
                self._sk_row(
                    member.employee_id,
                    kind=team_kind,
                    assignment=member.team_id.name,
                    role=roles.get(member.role, ""),
                    rhk=member.sasaran_kinerja or member.tugas or "",
                    indicator=member.indikator_kinerja or "",
                    target=f"{member.target_value:g}" if member.target_value else "",
                )
            )
        requests = (
            self.env["sk.penugasan"]
            .sudo()
            .search(
                [
                    ("employee_ids", "in", employees.ids),
                    ("state", "in", ("active", "done")),
                    ("form", "=", "individu"),
                    ("date_start", "<=", date_to),
                    "|",
                    ("date_end", "=", False),
                    ("date_end", ">=", date_from),
                ]
            )
        )
        for request in requests:
            for employee in request.employee_ids & employees:
                rows.append(
                    self._sk_row(
                        employee,
                        kind=individual,
                        assignment=request.name,
                        role=individual,
                        rhk=request.maksud_tujuan or "",
                        indicator=request.ekspektasi or "",
                    )
                )
        rows += self._sk_result_rows(employees, date_from, date_to)
        return sorted(rows, key=lambda row: (row["name"], row["kind"], row["assignment"]))

    @api.model
    def _sk_result_rows(self, employees, date_from, date_to):
        """Kegiatan accepted in the period, for the Ketua and members of its team or the
        individuals assigned, with the PK target it serves and its evidence."""
        tasks = (
            self.env["project.task"]
            .sudo()
            .search(
                [
                    ("sk_target_id", "!=", False),
                    ("state", "=", "1_done"),
                    ("date_last_stage_update", ">=", fields.Datetime.to_datetime(date_from)),
                    (
                        "date_last_stage_update",
                        "<",
                        fields.Datetime.to_datetime(date_to) + timedelta(days=1),
                    ),
                ]
            )
        )
        evidence = {}
        # sudo: the bukti dukung of every kegiatan, in one query
        for attachment in (
            self.env["ir.attachment"]
            .sudo()
            .search([("res_model", "=", "project.task"), ("res_id", "in", tasks.ids)], order="id")
        ):
            evidence.setdefault(attachment.res_id, []).append(attachment.name)
        rows = []
        for task in tasks:
            people = (
                task.sk_team_id.member_ids.employee_id | task.user_ids.employee_id
            ) & employees
            target = task.sk_target_id
            for employee in people:
                rows.append(
                    self._sk_row(
                        employee,
                        kind=self.env._("Result"),
                        assignment=task.sk_team_id.name or task.name,
                        role="",
                        rhk_leader=target.sasaran,
                        rhk=task.name,
                        indicator=target.indikator or "",
                        target=f"{target.target_value:g}",
                        realisation=" ".join(
                            filter(
                                None,
                                [
                                    f"{task.sk_result_value:g}" if task.sk_result_value else "",
                                    html2plaintext(task.sk_result or "").strip(),
                                ],
                            )
                        ),
                        evidence=", ".join(evidence.get(task.id, [])),
                    )
                )
        return rows

    @api.model
    def _sk_row(self, employee, **values):
        row = dict.fromkeys(key for key, _label, _width in EKINERJA_COLUMNS)
        row.update({key: "" for key in row})
        row.update(nip=employee.sk_nip or "", name=employee.name, **values)
        return row

    @api.model
    def _sk_deliver(self, rows, date_from, date_to):
        """Hand the rows over: here an XLSX workbook, as (file name, bytes)."""
        data = xlsx_table("e-Kinerja", EKINERJA_COLUMNS, rows, frozen_columns=2)
        return f"e-Kinerja {date_from} - {date_to}.xlsx", data
