"""The demo's living work cycle, produced through the real engine as each official would
(called from demo/sistem_kerja_work_demo.xml only)."""

from odoo import api, fields, models


class SkPerjanjianKinerja(models.Model):
    _inherit = "sk.perjanjian.kinerja"

    @api.model
    def _sk_demo_work_cycle(self, unit_xmlid, responsible_xmlid, executor_xmlid, team_xmlid):
        """A PK of the unit's Perangkat Daerah set by its head, its target cascaded to the
        unit's head and one carried by the team; four kegiatan of the executor: one in
        Perencanaan, one in Pelaksanaan, one waiting for review and one returned once, then
        accepted, each handed in with its capaian and bukti dukung."""
        ref = self.env.ref
        unit = ref(unit_xmlid)
        pd = unit.sk_perangkat_daerah_id
        head = pd.manager_id.user_id
        executor = ref(executor_xmlid)
        pk = self.create(
            {
                "company_id": pd.company_id.id,
                "department_id": pd.id,
                "year": fields.Date.today().year,
                "target_ids": [
                    (
                        0,
                        0,
                        {
                            "sasaran": "Meningkatnya keterbukaan informasi publik",
                            "indikator": "Indeks keterbukaan informasi publik",
                            "target_value": 90,
                            "satuan": "persen",
                            "responsible_id": ref(responsible_xmlid).id,
                            "assignment_type": "individu",
                        },
                    )
                ],
            }
        )
        self.env["sk.pk.target"].create(
            {
                "pk_id": pk.id,
                "parent_id": pk.target_ids.id,
                "sasaran": "Terlayaninya permohonan informasi publik tepat waktu",
                "indikator": "Persentase permohonan informasi yang dijawab dalam 10 hari kerja",
                "target_value": 95,
                "satuan": "persen",
                "responsible_id": ref(responsible_xmlid).id,
                "assignment_type": "individu",
            }
        )
        team = ref(team_xmlid)
        self.env["sk.pk.target"].create(
            {
                "pk_id": pk.id,
                "parent_id": pk.target_ids[:1].id,
                "sasaran": "Terselenggaranya aplikasi layanan publik terpadu",
                "indikator": "Jumlah aplikasi layanan yang terintegrasi",
                "target_value": 4,
                "satuan": "dokumen",
                "responsible_id": team.owner_employee_id.id,
                "assignment_type": "tim",
            }
        )
        pk.target_ids[:1].responsible_id = pd.manager_id
        pk.with_user(head).action_set()
        team.pk_target_ids = pk.target_ids.filtered(lambda t: t.assignment_type == "tim")
        target = pk.target_ids.filtered(lambda t: t.parent_id and t.assignment_type == "individu")
        project = self.env["project.project"]._sk_unit_project(unit, pk.year)
        Task = self.env["project.task"].with_user(executor.user_id)
        stages = {
            code: ref(f"odoo_sistem_kerja.project_stage_{code}").id
            for code in ("perencanaan", "pelaksanaan")
        }
        tasks = self.env["project.task"]
        for name, stage in (
            ("Rilis berita kinerja triwulan", "perencanaan"),
            ("Survei kepuasan layanan informasi", "pelaksanaan"),
            ("Dasbor keterbukaan informasi", "pelaksanaan"),
            ("Laporan layanan PPID semester I", "pelaksanaan"),
        ):
            tasks |= self.env["project.task"].create(
                {
                    "name": name,
                    "project_id": project.id,
                    "sk_target_id": target.id,
                    "stage_id": stages[stage],
                    "user_ids": [(6, 0, executor.user_id.ids)],
                    "sk_plan": "<p>Jadwal, rincian kegiatan dan anggaran (APBD).</p>",
                }
            )
        self.env["sk.kegiatan.budget"].create(
            [
                {"task_id": tasks[1].id, "name": "Penggandaan kuesioner", "amount": 2_500_000},
                {"task_id": tasks[1].id, "name": "Honor enumerator", "amount": 7_500_000},
            ]
        )
        waiting, accepted = Task.browse(tasks[2:].ids)
        for task, value in ((waiting, 92), (accepted, 90)):
            task.write(
                {
                    "sk_result": "<p>Hasil terlampir bersama bukti dukung.</p>",
                    "sk_result_value": value,
                }
            )
            task._sk_demo_evidence(f"Bukti dukung - {task.name}.csv")
            task.action_sk_submit_result()
        reviewer = accepted.sudo().current_approver_id
        accepted.with_user(reviewer)._sk_return("Lengkapi rekap permohonan informasi per bulan.")
        accepted.write(
            {
                "sk_result": "<p>Hasil dengan rekap bulanan dan bukti dukung.</p>",
                "sk_result_value": 96,
            }
        )
        accepted._sk_demo_evidence("Rekap permohonan informasi per bulan.csv")
        accepted.action_sk_submit_result()
        while accepted.sudo().current_line_id:
            accepted.with_user(accepted.sudo().current_approver_id).action_approve()
        return pk


class ProjectTask(models.Model):
    _inherit = "project.task"

    def _sk_demo_evidence(self, name):
        """A bukti dukung attached by the executor: a month-by-month tally."""
        rows = ["Bulan;Permohonan;Dijawab tepat waktu"]
        rows += [f"{month};{20 + month};{19 + month}" for month in range(1, 7)]
        return self.env["ir.attachment"].create(
            {
                "name": name,
                "res_model": "project.task",
                "res_id": self.id,
                "raw": "\n".join(rows).encode(),
                "mimetype": "text/csv",
            }
        )


class SkReport(models.Model):
    _inherit = "sk.report"

    @api.model
    def _sk_demo_report_cycle(self, team_xmlid):
        """The team established through the engine (each step decided by its official, the
        Tim Verifikasi recommending), then its Ketua's report of the running period drafted
        by the cron, written and sent, and the Ketua's report on a member's performance."""
        team = self.env.ref(team_xmlid)._sk_demo_establish()
        ketua = team.ketua_id.user_id
        report = self._cron_draft_due_reports().filtered(lambda r: r.team_id == team)
        report.with_user(ketua).write(
            {
                "content": "<p>Modul pengaduan masyarakat telah diuji di dua kecamatan; "
                "integrasi data kependudukan menunggu akses dari Disdukcapil.</p>",
                "progress": 40,
            }
        )
        report.with_user(ketua).action_send()
        member = team.member_ids.employee_id - team.ketua_id
        performance = self.with_user(ketua).create(
            {
                "company_id": team.company_id.id,
                "kind": "performance",
                "team_id": team.id,
                "author_id": team.ketua_id.id,
                "member_id": member[:1].id,
                "date_from": report.date_from,
                "date_to": report.date_to,
                "progress": 50,
                "content": "<p>Menyelesaikan rancangan kanal pengaduan tepat waktu; aktif "
                "dalam uji coba lapangan.</p>",
            }
        )
        performance.action_send()
        return report | performance
