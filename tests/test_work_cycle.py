"""Mekanisme kerja on Odoo Project: Perjanjian Kinerja -> kegiatan -> result reviewed up the
chain of the profile -> accepted by the final acceptor only (spec §5, MK-01 to MK-03)."""

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.odoo_sistem_kerja.tests.work_common import YEAR, WorkCycleCase


class TestDinasTeam(WorkCycleCase):
    """A Dinas with a Kabid: the Ketua hands in, the Kabid forwards, the Kepala Dinas
    accepts; a return sends it back to the team, and every round is kept."""

    def test_team_kegiatan_from_plan_to_accepted_result(self):
        pk = self.make_pk(self.dinas, [("Layanan publik digital", self.heads["Kabid"])])
        self.assertEqual(pk.state, "ditetapkan")
        target = pk.target_ids
        self.assertEqual(target.department_id, self.bidang)
        team = self.make_team(
            self.bidang,
            [{"employee_id": self.dodi.id, "role": "ketua"}, {"employee_id": self.rina.id}],
            name="Tim Layanan Digital",
        )
        self.decide_all(team, self.users["Kabid"])
        self.assertTrue(team.project_id)
        self.assertEqual(
            team.project_id.type_ids.mapped("name"),
            ["Perencanaan", "Pelaksanaan", "Evaluasi", "Selesai"],
        )
        task = (
            self.env["project.task"]
            .with_user(self.users["Kabid"])
            .create(
                {
                    "name": "Aplikasi pengaduan",
                    "project_id": team.project_id.id,
                    "sk_target_id": target.id,
                    "stage_id": self.sk_ref("project_stage_perencanaan").id,
                }
            )
        )
        self.assertEqual(task.sk_executor_id, self.dodi)
        dodi, rina = self.users["Dodi"], self.users["Rina"]
        # members plan and work on it; nobody finishes it by hand
        task.with_user(rina).write(
            {
                "sk_plan": "<p>Analisis, pengembangan, uji coba</p>",
                "stage_id": self.sk_ref("project_stage_pelaksanaan").id,
            }
        )
        for user in (dodi, self.users["Kabid"], self.admin):
            for values in (
                {"state": "1_done"},
                {"state": "03_approved"},
                {"stage_id": self.sk_ref("project_stage_selesai").id},
            ):
                with self.assertRaisesRegex(UserError, "final acceptor"):
                    task.with_user(user).write(values)
        with self.assertRaisesRegex(UserError, "Only Dodi"):
            task.with_user(rina).action_sk_submit_result()
        with self.assertRaisesRegex(UserError, "Describe the result"):
            task.with_user(dodi).action_sk_submit_result()
        budget = (
            self.env["sk.kegiatan.budget"]
            .with_user(rina)
            .create(
                {
                    "task_id": task.id,
                    "name": "Sewa server",
                    "amount": 12_000_000,
                    "funding_source": "apbd",
                }
            )
        )
        self.assertEqual(task.sk_budget_total, 12_000_000)
        with self.assertRaisesRegex(ValidationError, "negative"):
            budget.write({"amount": -1})
        # round 1: the Kabid forwards, the Kepala Dinas returns it
        self.hand_in(task, dodi)
        self.assertEqual(self.reviewer(task), self.users["Kabid"])
        with self.assertRaisesRegex(UserError, "final acceptor"):
            task.with_user(dodi).write({"state": "01_in_progress"})  # in review
        with self.assertRaisesRegex(UserError, "budget is kept"):
            budget.with_user(rina).write({"amount": 1})
        task.with_user(self.users["Kabid"]).action_approve()
        self.assertEqual(task.state, "03_approved")
        self.assertEqual(self.reviewer(task), self.users["Kadis"])
        self.assertEqual(self.review_activity(task).user_id, self.users["Kadis"])
        task.with_user(self.users["Kadis"])._sk_return("Belum memenuhi target: uji coba kurang")
        self.assertEqual(task.state, "02_changes_requested")
        self.assertEqual(task.stage_id, self.sk_ref("project_stage_pelaksanaan"))
        rework = task.sudo().activity_ids.filtered(lambda a: a.user_id == dodi)
        self.assertIn("uji coba kurang", rework.note)
        # round 2: resubmitted, forwarded, accepted
        self.walk(task, dodi, ["Kabid", "Kadis"])
        history = task.sudo().approval_line_ids
        self.assertEqual(sorted(set(history.mapped("round"))), [1, 2])
        returned = history.filtered(lambda ln: ln.state == "returned")
        self.assertEqual(returned.reason, "Belum memenuhi target: uji coba kurang")
        self.assertEqual(target.accepted_count, 1)
        # what was accepted is history
        with self.assertRaisesRegex(UserError, "history"):
            task.with_user(self.admin).unlink()


class TestStrategy(WorkCycleCase):
    def test_strategy_owner_decides_and_drafts_a_cross_unit_request(self):
        pk = self.make_pk(self.dinas, [("Layanan publik digital", self.heads["Kabid"])])
        target = pk.target_ids.with_user(self.users["Kabid"])
        target.write(
            {
                "assignment_type": "tim",
                "needs_cross_unit": True,
                "needs_ketua": True,
                "strategy_note": "Dua tim; analis dari Sekretariat",
            }
        )
        with self.assertRaisesRegex(UserError, "locked"):
            target.write({"target_value": 10})  # the target itself is the agreement's
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to modify 'Performance Target'"
        ):
            pk.target_ids.with_user(self.users["Rina"]).write({"needs_ketua": False})
        action = target.action_request_assignment()
        request = self.env["sk.penugasan"].browse(action["res_id"])
        self.assertEqual(request.sk_target_id, pk.target_ids)
        self.assertEqual(request.owner_department_id, self.bidang)
        self.assertEqual(request.requester_employee_id, self.heads["Kabid"])
        self.assertEqual(request.maksud_tujuan, "Layanan publik digital")
        self.assertIn("100.0", request.ekspektasi)


class TestFeedback(WorkCycleCase):
    def test_who_monitors_follows_the_profile(self):
        pk = self.make_pk(self.dinas, [("Layanan", self.heads["Kabid"])])
        team = self.make_team(
            self.bidang,
            [{"employee_id": self.dodi.id, "role": "ketua"}, {"employee_id": self.rina.id}],
            name="Tim Pantau",
        )
        self.decide_all(team, self.users["Kabid"])
        task = self.env["project.task"].create(
            {"name": "Kegiatan", "project_id": team.project_id.id, "sk_target_id": pk.target_ids.id}
        )
        Feedback = self.env["sk.kegiatan.feedback"]

        def give(user):
            return Feedback.with_user(user).create(
                {"task_id": task.id, "progress": 40, "note": "Sesuai jadwal", "kind": "ad_hoc"}
            )

        for user in (self.users["Kabid"], self.users["Dodi"]):
            self.assertEqual(give(user).author_id, user)
        with (
            self.assertRaisesRegex(UserError, "feedback on Kegiatan is given by"),
            self.env.cr.savepoint(),
        ):
            give(self.users["Rina"])
        with self.assertRaisesRegex(UserError, "log"):
            task.sk_feedback_ids[:1].with_user(self.users["Kabid"]).write({"note": "Ubah"})
        with self.assertRaisesRegex(ValidationError, "between 0 and 100"), self.env.cr.savepoint():
            Feedback.with_user(self.users["Dodi"]).create(
                {"task_id": task.id, "progress": 140, "note": "x"}
            )
        self.use_preset("kota_pasuruan")  # 003: the Ketua Tim Kerja monitors
        with self.assertRaisesRegex(UserError, "Ketua Tim only"), self.env.cr.savepoint():
            give(self.users["Kabid"])
        give(self.users["Dodi"])
        self.assertEqual(Feedback.search_count([("task_id", "=", task.id)]), 3)


class TestIssueEscalation(WorkCycleCase):
    def test_the_pimpinan_unit_decides_an_issue_raised_with_alternatives(self):
        pk = self.make_pk(self.dinas, [("Layanan", self.heads["Kabid"])])
        task = self.individual(pk.target_ids, self.rina)
        Issue = self.env["sk.kegiatan.issue"].with_user(self.users["Rina"])
        issue = Issue.create(
            {
                "task_id": task.id,
                "name": "Server belum tersedia",
                "description": "Pengadaan server tertunda",
                "alternatives": "1. Sewa cloud\n2. Pinjam server Diskominfo provinsi",
                "decision": "Sudah beres",
            }
        )
        self.assertEqual(issue.addressee_id, self.heads["Kabid"])
        with self.assertRaisesRegex(UserError, "Only Kabid"):
            issue.action_decide()
        with self.assertRaisesRegex(UserError, "workflow"):
            issue.write({"state": "decided"})
        kabid_issue = issue.with_user(self.users["Kabid"])
        kabid_issue.write({"decision": "Sewa cloud selama tiga bulan"})
        kabid_issue.action_decide()
        self.assertEqual((issue.state, issue.decided_by_id), ("decided", self.users["Kabid"]))
        with self.assertRaisesRegex(UserError, "locked"):
            kabid_issue.write({"decision": "Lain"})
        self.assertFalse(self.env["sk.kegiatan.issue"].with_user(self.users["Dodi"]).search([]))


class TestSetdaChain(WorkCycleCase):
    def test_kabag_asisten_sekda(self):
        pk = self.make_pk(self.setda, [("Tata kelola organisasi", self.heads["Kabag"])])
        task = self.individual(pk.target_ids, self.sari)
        self.assertEqual(task.project_id.sk_department_id, self.bagian)
        self.walk(task, self.users["Sari"], ["Kabag", "Asisten", "Sekda"])


class TestPuskesmasLedByJf(WorkCycleCase):
    def test_kepala_puskesmas_is_the_final_acceptor(self):
        pk = self.make_pk(self.dinkes, [("Cakupan imunisasi", self.heads["Kapus"])])
        task = self.individual(pk.target_ids, self.nurse)
        self.walk(task, self.users["Ners"], ["Kapus"])


class TestFinalAcceptorPerPreset(WorkCycleCase):
    def test_every_preset_names_its_final_acceptor(self):
        expected = {
            "custom": ["Kabid", "Kadis"],
            "lobar": ["Kabid", "Kadis"],
            "kobar": ["Kabid", "Kadis"],
            "kab_pasuruan": ["Kabid", "Kadis"],
            "langsa": ["Kabid", "Kadis"],
            # 003: the Penilai evaluates, the Pimpinan Unit Organisasi (Kepala PD) accepts
            "kota_pasuruan": [self.rina.sk_penilai_id.name, "Kadis"],
        }
        pk = self.make_pk(self.dinas, [("Infrastruktur jaringan", self.heads["Kabid"])])
        for code, chain in expected.items():
            self.use_preset(code)
            task = self.individual(pk.target_ids, self.rina)
            self.walk(task, self.users["Rina"], chain)


class TestReturnBerjenjang(WorkCycleCase):
    preset = "kab_pasuruan"

    def test_returns_go_back_one_level_at_a_time(self):
        """Perbup Pasuruan Lamp. II.D: the Kepala Dinas returns to the Kabid, who reworks
        with the team or returns it further down; the history keeps every decision."""
        pk = self.make_pk(self.dinas, [("Layanan", self.heads["Kabid"])])
        task = self.individual(pk.target_ids, self.rina)
        rina = self.users["Rina"]
        self.hand_in(task, rina)
        task.with_user(self.users["Kabid"]).action_approve()
        task.with_user(self.users["Kadis"])._sk_return("Data pendukung kurang")
        self.assertEqual(self.reviewer(task), self.users["Kabid"], "back to the Kabid")
        self.assertEqual(self.review_activity(task).user_id, self.users["Kabid"])
        self.assertNotEqual(task.state, "02_changes_requested")
        task.with_user(self.users["Kabid"])._sk_return("Lengkapi data pendukung")
        self.assertEqual(task.state, "02_changes_requested", "the Kabid returns it to Rina")
        self.assertFalse(task.sudo().current_line_id)
        self.walk(task, rina, ["Kabid", "Kadis"])
        returned = task.sudo().approval_line_ids.filtered(lambda ln: ln.state == "returned")
        self.assertEqual(
            sorted(returned.mapped("reason")), ["Data pendukung kurang", "Lengkapi data pendukung"]
        )


class TestBadInput(WorkCycleCase):
    def test_plans_and_results_refuse_bad_input(self):
        PK = self.env["sk.perjanjian.kinerja"]
        values = {"company_id": self.company.id, "department_id": self.dinas.id, "year": YEAR}
        without_indikator = PK.create(
            dict(values, target_ids=[(0, 0, {"sasaran": "Tanpa indikator", "satuan": "persen"})])
        )
        with self.assertRaisesRegex(UserError, "indikator and satuan"):
            without_indikator.with_user(self.users["Kadis"]).action_set()
        self.assertEqual(without_indikator.state, "draft")
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            PK.create(dict(values, target_ids=[(0, 0, {"sasaran": "X", "target_value": -1})]))
        with self.assertRaisesRegex(ValidationError, "not valid"):
            PK.create(dict(values, year=20260))
        pk = self.make_pk(self.dinas, [("Layanan", self.heads["Kabid"])])
        with self.assertRaisesRegex(UserError, "locked"):
            pk.target_ids.with_user(self.users["Kadis"]).write({"target_value": 50})
        with self.assertRaisesRegex(UserError, "workflow"):
            pk.with_user(self.admin).write({"state": "draft"})
        project = self.env["project.project"]._sk_unit_project(self.bidang, YEAR)
        with self.assertRaisesRegex(ValidationError, "target of a Perjanjian Kinerja"):
            self.env["project.task"].create({"name": "Tanpa target", "project_id": project.id})
        # an amendment keeps the old version readable; a closed year is not amended
        action = pk.with_user(self.users["Kadis"]).action_amend("Kegiatan bertambah")
        amendment = self.env["sk.perjanjian.kinerja"].browse(action["res_id"])
        self.assertEqual((amendment.version, amendment.previous_id), (2, pk))
        amendment.with_user(self.users["Kadis"]).action_set()
        self.assertEqual(pk.state, "superseded")
        self.assertEqual(pk.target_ids.sasaran, "Layanan")
        last_year = self.make_pk(self.dinas, [("Lama", self.heads["Kabid"])], year=YEAR - 1)
        with self.assertRaisesRegex(UserError, "closed"):
            last_year.with_user(self.users["Kadis"]).action_amend("Terlambat")

    def test_other_tasks_stay_plain_odoo_tasks(self):
        project = self.env["project.project"].create({"name": "Proyek biasa"})
        task = self.env["project.task"].create({"name": "Tugas", "project_id": project.id})
        task.write({"state": "1_done"})
        self.assertEqual(task.state, "1_done")
        self.assertEqual(fields.Date.today().year, YEAR)
