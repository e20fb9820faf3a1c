"""Records of the work that no role moves by hand (issue 28 items 1-3): an accepted kegiatan
stays accepted, a handed-in result and its bukti dukung stay as handed in until a return,
and an issue is decided by the Pimpinan of the unit pemilik kinerja only. Each attack is a
raw ORM call as it would come over RPC."""

import base64
from datetime import timedelta

from odoo.exceptions import UserError

from .common import TODAY
from .work_common import WorkCycleCase

FINISHED_BY_REVIEW = "final acceptor"
RESULT_FIXED = "was handed in"
EVIDENCE_FIXED = "bukti dukung"


class TestAcceptedKegiatan(WorkCycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pk = cls.make_pk(cls.dinas, [("Layanan publik digital", cls.heads["Kabid"])])

    def attach(self, task, user, name="bukti.pdf"):
        return (
            self.env["ir.attachment"]
            .with_user(user)
            .create(
                {
                    "name": name,
                    "res_model": "project.task",
                    "res_id": task.id,
                    "raw": b"%PDF-1.4 bukti",
                }
            )
        )

    def test_nobody_moves_an_accepted_kegiatan_back(self):
        task = self.individual(self.pk.target_ids, self.rina)
        rina = self.users["Rina"]
        self.walk(task, rina, ["Kabid", "Kadis"])
        self.assertEqual(self.pk.target_ids.accepted_count, 1)
        pelaksanaan = self.sk_ref("project_stage_pelaksanaan")
        attacks = [
            {"state": "01_in_progress"},
            {"state": "1_canceled"},
            {"state": "04_waiting_normal"},
            {"stage_id": pelaksanaan.id},
            {"active": False},
            {"sk_target_id": False},
        ]
        for user in (rina, self.users["Kadis"], self.users["Kabid"], self.admin):
            for values in attacks:
                with (
                    self.subTest(user=user.login, values=values),
                    self.assertRaisesRegex(UserError, FINISHED_BY_REVIEW),
                ):
                    task.with_user(user).write(values)
        self.assertEqual(
            (task.state, task.stage_id), ("1_done", self.sk_ref("project_stage_selesai"))
        )
        self.assertTrue(task.active)
        self.assertEqual(self.pk.target_ids.accepted_count, 1, "still counted as accepted")

    def test_a_kegiatan_in_review_moves_only_through_its_review(self):
        task = self.individual(self.pk.target_ids, self.rina)
        self.hand_in(task, self.users["Rina"])
        with self.assertRaisesRegex(UserError, FINISHED_BY_REVIEW):
            task.with_user(self.users["Rina"]).write(
                {"stage_id": self.sk_ref("project_stage_pelaksanaan").id}
            )
        self.assertEqual(task.stage_id, self.sk_ref("project_stage_evaluasi"))

    def test_the_result_and_its_bukti_dukung_are_fixed_from_hand_in(self):
        task = self.individual(self.pk.target_ids, self.rina)
        rina, kabid = self.users["Rina"], self.users["Kabid"]
        evidence = self.attach(task, rina)
        task.with_user(rina).write({"sk_result_value": 80})
        self.hand_in(task, rina, "<p>Aplikasi berjalan</p>")
        task.with_user(kabid).action_approve()  # forwarded to the Kepala Dinas
        for values in ({"sk_result": "<p>Diubah</p>"}, {"sk_result_value": 100}):
            with self.assertRaisesRegex(UserError, RESULT_FIXED):
                task.with_user(rina).write(values)
        with self.assertRaisesRegex(UserError, EVIDENCE_FIXED):
            self.attach(task, rina, "bukti-baru.pdf")
        with self.assertRaisesRegex(UserError, EVIDENCE_FIXED):
            evidence.with_user(rina).unlink()
        with self.assertRaisesRegex(UserError, EVIDENCE_FIXED):
            evidence.with_user(rina).write({"raw": b"%PDF-1.4 lain"})
        # a return opens them again
        task.with_user(self.users["Kadis"])._sk_return("Lengkapi bukti dukung")
        task.with_user(rina).write({"sk_result_value": 95})
        second = self.attach(task, rina, "bukti-lengkap.pdf")
        self.walk(task, rina, ["Kabid", "Kadis"])
        # accepted: fixed for ever, for the admin too
        for user in (rina, self.admin):
            with self.assertRaisesRegex(UserError, RESULT_FIXED):
                task.with_user(user).write({"sk_result": "<p>Ditulis ulang</p>"})
            with self.assertRaisesRegex(UserError, EVIDENCE_FIXED):
                second.with_user(user).unlink()
        self.assertEqual(task.sk_result_value, 95)
        self.assertEqual(
            base64.b64decode(second.datas), b"%PDF-1.4 bukti", "the bukti dukung handed in"
        )

    def test_handing_in_again_closes_the_rework_to_do(self):
        task = self.individual(self.pk.target_ids, self.rina)
        rina = self.users["Rina"]
        self.hand_in(task, rina)
        task.with_user(self.users["Kabid"])._sk_return("Kurang data")
        rework_type = self.sk_ref("mail_activity_type_rework_result")
        rework = task.sudo().activity_ids.filtered(lambda a: a.activity_type_id == rework_type)
        self.assertEqual((rework.user_id, rework.note), (rina, "<p>Kurang data</p>"))
        with self.assertRaisesRegex(UserError, "closed by its record's workflow"):
            rework.with_user(rina).action_done()
        self.hand_in(task, rina)
        self.assertFalse(
            task.sudo().activity_ids.filtered(lambda a: a.activity_type_id == rework_type)
        )
        done = (
            self.env["mail.activity"]
            .with_context(active_test=False)
            .search([("res_id", "=", task.id), ("activity_type_id", "=", rework_type.id)])
        )
        self.assertEqual(len(done), 1, "kept as done")


class TestIssueDecider(WorkCycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        pk = cls.make_pk(cls.dinas, [("Layanan", cls.heads["Kabid"])])
        cls.task = cls.individual(pk.target_ids, cls.rina)

    def raise_issue(self, **vals):
        return (
            self.env["sk.kegiatan.issue"]
            .with_user(self.users["Rina"])
            .create(
                dict(
                    {
                        "task_id": self.task.id,
                        "name": "Server belum tersedia",
                        "description": "Pengadaan tertunda",
                        "alternatives": "1. Sewa cloud",
                        "decision": "Diputuskan sendiri",
                    },
                    **vals,
                )
            )
        )

    def test_only_the_pimpinan_of_the_unit_pemilik_kinerja_decides(self):
        issue = self.raise_issue()
        self.assertEqual(issue.addressee_id, self.heads["Kabid"])
        with self.assertRaisesRegex(UserError, "change only through the workflow"):
            issue.with_user(self.users["Rina"]).write({"addressee_id": self.rina.id})
        with self.assertRaisesRegex(UserError, "set by the workflow"):
            self.raise_issue(addressee_id=self.rina.id)
        for user in (self.users["Rina"], self.admin, self.users["Kadis"]):
            with self.assertRaisesRegex(UserError, "Only Kabid decides"):
                issue.with_user(user).action_decide()
        self.assertEqual(issue.state, "open")
        issue.with_user(self.users["Kabid"]).action_decide()
        self.assertEqual(issue.decided_by_id, self.users["Kabid"])

    def test_a_head_without_user_or_absent_is_replaced_as_in_an_approval(self):
        kabid = self.heads["Kabid"]
        self.env["sk.representation"].create(
            {
                "official_id": kabid.id,
                "representative_id": self.heads["Sekretaris"].id,
                "type": "plh",
                "date_from": TODAY - timedelta(days=1),
                "date_to": TODAY + timedelta(days=5),
            }
        )
        issue = self.raise_issue()
        self.assertEqual(issue.addressee_id, self.heads["Sekretaris"])
        self.assertIn("Plh. Kabid", issue.addressee_note)
        issue.with_user(self.users["Sekretaris"]).action_decide()
        self.assertEqual(issue.state, "decided")

    def test_past_a_head_without_a_user_to_the_head_above(self):
        self.heads["Kabid"].user_id = False
        issue = self.raise_issue()
        self.assertEqual(issue.addressee_id, self.heads["Kadis"])
        self.assertIn("Kabid has no user; Kadis decides", issue.addressee_note)
        with self.assertRaisesRegex(UserError, "Only Kadis decides"):
            issue.with_user(self.admin).action_decide()
        issue.with_user(self.users["Kadis"]).action_decide()
        self.assertEqual(issue.decided_by_id, self.users["Kadis"])
