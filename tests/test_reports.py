"""Pertanggungjawaban: periodic and requested reports, the Ketua's report on a member's
performance, and the dialog kinerja before a team (issue 12, spec §6 and §7.2)."""

from datetime import date

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form
from odoo.tools import mute_logger

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class ReportCase(ApprovalCase):
    preset = "kobar"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.decide_all(
            cls.make_team(
                cls.bidang,
                [
                    {"employee_id": cls.dodi.id, "role": "ketua"},
                    {"employee_id": cls.rina.id},
                ],
                name="Tim Data Terpadu",
                report_cadence="monthly",
            ),
            submitter=cls.users["Kabid"],
        )
        cls.report_type = cls.sk_ref("mail_activity_type_report")

    def due_activities(self, report):
        return report.sudo().activity_ids.filtered(lambda a: a.activity_type_id == self.report_type)


class TestPeriodicReports(ReportCase):
    def test_the_ketua_gets_the_monthly_report_drafted_once_and_on_time(self):
        self.assertEqual(self.team.state, "active")
        Report = self.env["sk.report"]
        with freeze_time("2026-03-10"):
            drafted = Report._cron_draft_due_reports()
            self.assertEqual(len(drafted), 1)
            self.assertFalse(Report._cron_draft_due_reports(), "one report per period")
        self.assertEqual(
            (drafted.kind, drafted.author_id, drafted.date_from, drafted.date_to),
            ("team", self.dodi, date(2026, 3, 1), date(2026, 3, 31)),
        )
        self.assertEqual(drafted.deadline, date(2026, 4, 5))
        activity = self.due_activities(drafted)
        self.assertEqual(len(activity), 1)
        self.assertEqual(
            (activity.user_id, activity.date_deadline), (self.users["Dodi"], date(2026, 4, 5))
        )
        # the Ketua cannot tick it off or cancel it: sending the report closes it
        dodi = self.users["Dodi"]
        with self.assertRaisesRegex(UserError, "send the report"):
            activity.with_user(dodi).action_feedback(feedback="done")
        with self.assertRaisesRegex(UserError, "send the report"):
            activity.with_user(dodi).unlink()

        # overdue: the head of the owning unit sees it on his list
        kabid = self.users["Kabid"]
        with freeze_time("2026-04-07"):
            overdue = (
                self.env["sk.report"]
                .with_user(kabid)
                .search(
                    [
                        ("state", "in", ("draft", "returned")),
                        ("deadline", "<", "2026-04-07"),
                    ]
                )
            )
            self.assertEqual(overdue, drafted)
            april = Report._cron_draft_due_reports()
            self.assertEqual(april.date_from, date(2026, 4, 1))

        report = drafted.with_user(dodi)
        with self.assertRaisesRegex(UserError, "Write the report"):
            report.action_send()
        report.write({"content": "<p>Data kunjungan terkumpul 80%.</p>", "progress": 80})
        with self.assertRaisesRegex(
            UserError, "State of Work Report change only through the workflow's"
        ):
            report.write({"state": "acknowledged"})
        report.action_send()
        self.assertEqual(drafted.state, "sent")
        self.assertFalse(self.due_activities(drafted), "sending closed the activity")
        # Kotawaringin Barat: the Pimpinan Unit and the Ketua's Penilai (001 Pasal 16(2))
        self.assertEqual(drafted.recipient_ids, self.heads["Kabid"] | self.dodi.sk_penilai_id)
        with self.assertRaisesRegex(
            UserError, "Ketua Tim to the Pimpinan Unit – Tim Data Terpadu –"
        ):
            report.write({"content": "<p>changed after sending</p>"})
        # refused for not reading the report or for not being a recipient
        with self.assertRaisesRegex(
            UserError, "top-secret records|Only an official the report was sent to answers it"
        ):
            drafted.with_user(self.outsider).action_acknowledge()
        drafted.with_user(kabid).action_acknowledge()
        self.assertEqual(drafted.state, "acknowledged")
        with self.assertRaisesRegex(
            UserError, "is history and cannot be deleted: cancel, end or revoke it"
        ):
            drafted.with_user(dodi).unlink()


class TestRequestedReport(ReportCase):
    def test_an_employee_assigned_alone_reports_on_the_assignments_cadence(self):
        """PJ-01: the individual assignee's report is drafted like the Ketua's."""
        bima = self.make_jf("Bima", self.bidang, "ahli_pertama")
        bima._sk_set_kedudukan_from_rules("800/5/2026", date(2026, 1, 2))
        assignment = self.decide_all(
            self.request(
                self.bidang,
                employee=self.dodi | bima,
                report_cadence="quarterly",
            )
        )
        self.assertEqual(assignment.state, "active")
        team_work = self.decide_all(
            self.request(self.bidang, employee=self.rina, form="tim", team_id=self.team.id)
        )
        Report = self.env["sk.report"]
        with freeze_time("2026-08-10"):
            drafted = Report._cron_draft_due_reports()
            self.assertFalse(Report._cron_draft_due_reports(), "one report per period")
        mine = drafted.filtered(lambda r: r.penugasan_id == assignment)
        self.assertEqual(
            sorted((r.kind, r.author_id.name, str(r.date_from), str(r.date_to)) for r in mine),
            [
                ("individual", "Bima", "2026-07-01", "2026-09-30"),
                ("individual", "Dodi", "2026-07-01", "2026-09-30"),
            ],
        )
        self.assertFalse(drafted.filtered(lambda r: r.penugasan_id == team_work))
        for report in mine:
            activity = self.due_activities(report)
            self.assertEqual(activity.user_id, report.author_id.user_id)
        # the cadence of an active assignment may change; its content may not
        assignment.with_user(self.admin).write({"report_cadence": "monthly"})
        with self.assertRaisesRegex(UserError, "its content is locked"):
            assignment.with_user(self.admin).write({"maksud_tujuan": "Lain"})
        dodi = mine.filtered(lambda r: r.author_id == self.dodi).with_user(self.users["Dodi"])
        dodi.write({"content": "<p>Modul pengaduan selesai 60%.</p>", "progress": 60})
        dodi.action_send()
        self.assertFalse(self.due_activities(dodi), "sending closed the activity")
        # Kotawaringin Barat: an individual reports to the Pimpinan Unit
        self.assertEqual(dodi.recipient_ids, self.dodi.sk_pimpinan_unit_id)
        self.assertIn(dodi, assignment.with_user(self.users["Dodi"]).report_ids)

    def test_the_head_asks_a_member_and_only_the_report_closes_it(self):
        kabid, rina = self.users["Kabid"], self.users["Rina"]
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            self.team.with_user(self.users["Kadinkes"]).action_sk_request_report()
        action = self.team.with_user(kabid).action_sk_request_report()
        form = Form(
            self.env["sk.report.request.wizard"].with_user(kabid).with_context(**action["context"])
        )
        form.employee_id = self.rina
        form.deadline = date.today()
        form.note = "Laporkan progres pengolahan data minggu ini."
        form.save().action_confirm()
        report = self.env["sk.report"].search([("team_id", "=", self.team.id)])
        self.assertEqual(
            (report.kind, report.author_id, report.requested_by_id),
            ("member", self.rina, kabid),
        )
        activity = self.due_activities(report)
        self.assertEqual(activity.user_id, rina)
        with self.assertRaisesRegex(UserError, "send the report"):
            activity.with_user(rina).action_feedback(feedback="done")
        report.with_user(rina).write({"content": "<p>Selesai 3 dari 5 dataset.</p>"})
        report.with_user(rina).action_send()
        # a member reports to the Ketua, and a report asked for reaches the head who asked
        # (000 Pasal 16(3)), who is asked to read it
        self.assertEqual(report.recipient_ids, self.dodi | self.heads["Kabid"])
        self.assertEqual(self.due_activities(report).user_id, kabid)
        # the Ketua returns it with what it lacks; the member completes and sends again
        with self.assertRaisesRegex(
            UserError, "Only an official the report was sent to answers it"
        ):
            report.with_user(rina)._sk_send_back("Lengkapi")
        report.with_user(self.users["Dodi"])._sk_send_back("Lampirkan daftar dataset.")
        self.assertEqual(report.state, "returned")
        self.assertEqual(self.due_activities(report).user_id, rina)
        report.with_user(rina).action_send()
        self.assertEqual(report.state, "sent")

    def test_bad_requests_are_refused(self):
        kabid = self.users["Kabid"]
        wizard = self.env["sk.report.request.wizard"].with_user(kabid)
        with self.assertRaisesRegex(UserError, "past"):
            wizard.create(
                {
                    "team_id": self.team.id,
                    "employee_id": self.rina.id,
                    "deadline": date(2020, 1, 1),
                    "note": "x",
                }
            ).action_confirm()
        with self.assertRaisesRegex(UserError, "member of the team"):
            wizard.create(
                {
                    "team_id": self.team.id,
                    "employee_id": self.heads["Kadis"].id,
                    "deadline": date(2030, 1, 1),
                    "note": "x",
                }
            ).action_confirm()
        Report = self.env["sk.report"].with_user(self.users["Rina"])
        values = {
            "kind": "member",
            "team_id": self.team.id,
            "author_id": self.rina.id,
            "date_from": date(2026, 3, 31),
            "date_to": date(2026, 3, 1),
        }
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            Report.create(values)
        with self.assertRaisesRegex(ValidationError, "not a member"):
            self.env["sk.report"].with_user(self.users["Kasi"]).create(
                dict(values, author_id=self.heads["Kasi"].id, date_from=date(2026, 3, 1))
            )
        with self.assertRaisesRegex(ValidationError, "Only the Ketua"):
            Report.create(dict(values, kind="team", date_from=date(2026, 3, 1)))
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.profile.report_days = -1


class TestPerformanceReport(ReportCase):
    def test_it_reaches_the_penilai_and_the_pimpinan_unit_and_nobody_else(self):
        dodi = self.users["Dodi"]
        report = (
            self.env["sk.report"]
            .with_user(dodi)
            .create(
                {
                    "kind": "performance",
                    "team_id": self.team.id,
                    "author_id": self.dodi.id,
                    "member_id": self.rina.id,
                    "date_from": date(2026, 1, 1),
                    "date_to": date(2026, 6, 30),
                    "content": "<p>Rina menyelesaikan semua target tepat waktu.</p>",
                }
            )
        )
        self.assertFalse(report.with_user(self.users["Rina"]).search([("id", "=", report.id)]))
        report.action_send()
        penilai, pimpinan = self.rina.sk_penilai_id, self.rina.sk_pimpinan_unit_id
        self.assertEqual(report.recipient_ids, penilai | pimpinan)
        readers = {self.users["Rina"], dodi} | set(report.recipient_user_ids)
        for user in readers:
            self.assertTrue(report.with_user(user).read(["content"]), user.login)
        for user in {self.outsider, self.admin, self.users["Kadinkes"], self.users["Sekretaris"]}:
            if user in readers:
                continue
            with self.assertRaisesRegex(
                AccessError, "'read' access to:\n- Work Report", msg=user.login
            ):
                report.with_user(user).read(["content"])
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            report.with_user(self.users["Rina"]).write({"content": "<p>mine</p>"})


class TestDialogKinerjaBeforeTeam(ApprovalCase):
    preset = "kota_pasuruan"

    def test_each_member_holds_a_dialog_before_the_team_is_established(self):
        self.assertEqual(self.profile.check_dialog_kinerja, "block")
        team = self.make_team(
            self.bidang,
            [{"employee_id": self.dodi.id, "role": "ketua"}, {"employee_id": self.rina.id}],
        )
        with self.assertRaisesRegex(ValidationError, "Without an agreed dialog kinerja for 2026"):
            team.with_user(self.users["Kabid"]).action_submit()
        Dialog = self.env["sk.dialog.kinerja"]
        for employee in (self.dodi, self.rina):
            penilai = employee.sk_penilai_id
            dialog = Dialog.with_user(penilai.user_id).create(
                {
                    "employee_id": employee.id,
                    "penilai_id": penilai.id,
                    "year": 2026,
                    "team_id": team.id,
                    "expected_results": "Data kunjungan terolah setiap bulan",
                }
            )
            with self.assertRaisesRegex(
                UserError, "Kabid, who held the dialog, records the agreement"
            ):
                dialog.with_user(employee.user_id).action_agree()
            with self.assertRaisesRegex(
                UserError, "State of Dialog Kinerja change only through the workflow's"
            ):
                dialog.with_user(penilai.user_id).write({"state": "agreed"})
            dialog.with_user(penilai.user_id).action_agree()
            self.assertEqual(dialog.state, "agreed")
            self.assertTrue(dialog.with_user(employee.user_id).read(["expected_results"]))
            with self.assertRaisesRegex(
                AccessError, "Looks like you have stumbled upon some top-secret records"
            ):
                dialog.with_user(self.outsider).read(["expected_results"])
        self.decide_all(team, submitter=self.users["Kabid"])
        self.assertEqual(team.state, "active")


class TestRekomendasiPenilaian(ApprovalCase):
    """Perbup Pasuruan Lamp. II.D (KIN-03/04): an Ahli Muda in a Seksi is assessed by the
    Kabid, while the Kasi stays their Pimpinan Unit and sends the Kabid a recommendation."""

    preset = "kab_pasuruan"

    def test_the_pimpinan_unit_recommends_to_the_penilai(self):
        joko = self.make_jf("Joko", self.seksi, "ahli_muda")
        joko._sk_set_kedudukan_from_rules("800/7/2026", date(2026, 1, 2))
        self.assertEqual(joko.sk_pimpinan_unit_id, self.heads["Kasi"])
        self.assertNotEqual(joko.sk_penilai_id, self.heads["Kasi"])
        kasi = self.users["Kasi"]
        values = {
            "kind": "recommendation",
            "author_id": self.heads["Kasi"].id,
            "member_id": joko.id,
            "date_from": date(2026, 1, 1),
            "date_to": date(2026, 6, 30),
            "content": "<p>Joko menyelesaikan 12 dari 12 target; disarankan Sangat Baik.</p>",
        }
        report = self.env["sk.report"].with_user(kasi).create(values)
        report.action_send()
        self.assertEqual(report.recipient_ids, joko.sk_penilai_id)
        penilai = joko.sk_penilai_id.user_id
        for user in (kasi, penilai, self.users["Joko"]):
            self.assertTrue(report.with_user(user).read(["content"]), user.login)
        for user in (self.admin, self.users["Kadis"], self.users["Rina"]):
            if user == penilai:
                continue
            with self.assertRaisesRegex(
                AccessError, "'read' access to:\n- Work Report", msg=user.login
            ):
                report.with_user(user).read(["content"])
        report.with_user(penilai).action_acknowledge()
        # Dodi's Pimpinan Unit is his Penilai: nothing to recommend; nor may another head
        head = self.dodi.sk_pimpinan_unit_id
        self.assertEqual(self.dodi.sk_penilai_id, head)
        with self.assertRaisesRegex(ValidationError, "no recommendation is needed"):
            self.env["sk.report"].with_user(head.user_id).create(
                dict(values, author_id=head.id, member_id=self.dodi.id)
            )
        with self.assertRaisesRegex(ValidationError, "made by the Pimpinan Unit"):
            self.env["sk.report"].with_user(self.users["Kabid"]).create(
                dict(values, author_id=self.heads["Kabid"].id)
            )


class TestTargetsCoordinatedWithThePenilai(ApprovalCase):
    """Perbup Pasuruan Lamp. II.D.1 (KIN-03(a)): the Kasi, Pimpinan Unit of an Ahli Muda
    whom the Kabid assesses, agrees the targets; the Kabid confirms them."""

    preset = "kab_pasuruan"

    def test_the_penilai_confirms_what_the_pimpinan_unit_agreed(self):
        joko = self.make_jf("Joko", self.seksi, "ahli_muda")
        joko._sk_set_kedudukan_from_rules("800/8/2026", date(2026, 1, 2))
        kasi, kabid = self.users["Kasi"], joko.sk_penilai_id.user_id
        self.assertTrue(self.profile.coordinate_with_penilai)
        dialog = (
            self.env["sk.dialog.kinerja"]
            .with_user(kasi)
            .create(
                {
                    "employee_id": joko.id,
                    "penilai_id": self.heads["Kasi"].id,
                    "year": 2026,
                    "expected_results": "Dokumen arsitektur SPBE tersusun",
                }
            )
        )
        dialog.action_agree()
        self.assertEqual(dialog.state, "coordination")
        todo = dialog.sudo().activity_ids
        self.assertEqual(todo.user_id, kabid)
        with self.assertRaisesRegex(UserError, "closed by its record's workflow"):
            todo.with_user(kabid).action_feedback(feedback="ok")
        with self.assertRaisesRegex(UserError, "already agreed or being coordinated"):
            dialog.with_user(kasi).action_agree()
        for intruder in (kasi, self.users["Joko"], self.admin):
            with self.assertRaisesRegex(UserError, "Only .* can decide"):
                dialog.with_user(intruder).action_approve()
        with self.assertRaisesRegex(UserError, "its content is locked"):
            dialog.with_user(kasi).write({"expected_results": "Diubah diam-diam"})
        self.assertTrue(dialog.with_user(kabid).read(["expected_results"]))
        dialog.with_user(kabid).action_approve()
        self.assertEqual((dialog.state, dialog.coordinated_by_id), ("agreed", joko.sk_penilai_id))
        self.assertFalse(dialog.sudo().activity_ids)
        # without the setting, what the Pimpinan Unit agrees is agreed
        self.profile.coordinate_with_penilai = False
        other = dialog.copy({"year": 2027})
        other.with_user(kasi).action_agree()
        self.assertEqual(other.state, "agreed")
