"""Pengajuan sukarela on a published open call."""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import UserError

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TestOpenCall(ApprovalCase):
    preset = "kab_pasuruan"

    def make_call(self, **vals):
        values = {
            "name": "Pengembang dashboard kinerja",
            "company_id": self.company.id,
            "owner_department_id": self.sekretariat.id,
            "maksud_tujuan": "Dashboard kinerja dinas",
            "kompetensi": "Pemrograman web",
            "ekspektasi": "Dashboard terbit",
            "date_start": date(2026, 12, 1),
            "date_end": date(2026, 12, 31),
            "deadline": fields.Date.context_today(self.env.user),
            "quota": 1,
            "jenis_jabatan": "fungsional",
            "jabatan_fungsional_ids": [(6, 0, self.sk_ref("jf_pranata_komputer").ids)],
        }
        values.update(vals)
        call = self.env["sk.open.call"].with_user(self.users["Sekretaris"]).create(values)
        call.action_publish()
        return call

    def test_volunteer_goes_through_own_superiors_then_owning_unit(self):
        call = self.make_call()
        self.assertIn(call, self.env["sk.open.call"].with_user(self.users["Rina"]).search([]))
        action = call.with_user(self.users["Rina"]).action_volunteer()
        request = self.env["sk.penugasan"].browse(action["res_id"])
        self.assertEqual(request.method, "sukarela")
        self.assertEqual(request.scope, "lintas_unit")
        # Kabupaten Pasuruan: the owning unit approves, then the own Penilai
        self.assertEqual(request.current_approver_id, self.users["Sekretaris"])
        request.with_user(self.users["Sekretaris"]).action_approve()
        self.assertEqual(request.current_approver_id, self.users["Kabid"])
        request.with_user(self.users["Kabid"]).action_approve()
        self.assertEqual(request.state, "active")
        self.assertEqual(call.state, "closed", "the only place is taken")
        with self.assertRaisesRegex(UserError, "not open"):
            call.with_user(self.users["Dodi"]).action_volunteer()

    def test_eligibility_deadline_duplicates_and_quota(self):
        pelaksana = self.make_jf("Pelaksana", self.bidang, "ahli_pertama")
        pelaksana.sudo().write(
            {
                "sk_jenis_jabatan": "pelaksana",
                "sk_jenjang_id": False,
                "sk_jabatan_fungsional_id": False,
                "sk_kategori_jf": False,
            }
        )
        call = self.make_call(quota=1, min_jenjang_id=self.jenjang("ahli_muda").id)
        # the button shows only to whom it may succeed for, and the others read why
        self.assertTrue(call.with_user(self.users["Dodi"]).can_volunteer)
        for user, why in (
            (self.users["Pelaksana"], "open to Fungsional only"),
            (self.users["Rina"], "at least Ahli Muda"),
            (self.users["Sekretaris"], "open to Fungsional only"),
        ):
            self.assertFalse(call.with_user(user).can_volunteer)
            self.assertIn(why, call.with_user(user).volunteer_issue)
        with self.assertRaisesRegex(UserError, "open to Fungsional only"):
            call.with_user(self.users["Pelaksana"]).action_volunteer()
        with self.assertRaisesRegex(UserError, "at least Ahli Muda"):
            call.with_user(self.users["Rina"]).action_volunteer()
        call.with_user(self.users["Dodi"]).action_volunteer()
        call.invalidate_recordset(["volunteer_issue", "can_volunteer"])
        self.assertIn("already applied", call.with_user(self.users["Dodi"]).volunteer_issue)
        with self.assertRaisesRegex(UserError, "already applied"):
            call.with_user(self.users["Dodi"]).action_volunteer()
        with self.assertRaisesRegex(UserError, "deadline .* is past"):
            self.make_call(deadline=date(2026, 1, 1))
        late = self.make_call()
        with (
            freeze_time(late.deadline + timedelta(days=1)),  # published, then the deadline passed
            self.assertRaisesRegex(UserError, "not open"),
        ):
            late.with_user(self.users["Dodi"]).action_volunteer()

    def test_a_jf_of_another_pd_reads_that_the_profile_does_not_let_him_volunteer(self):
        """Kabupaten Pasuruan has no route for pengajuan sukarela across PD (Langsa has)."""
        ners = self.make_jf("Ners", self.puskesmas, "ahli_muda")
        call = self.make_call(jabatan_fungsional_ids=False)
        self.assertFalse(call.with_user(self.users["Ners"]).can_volunteer)
        self.assertIn("across perangkat daerah", call.with_user(self.users["Ners"]).volunteer_issue)
        with self.assertRaisesRegex(UserError, "no one volunteers across perangkat daerah"):
            call.with_user(self.users["Ners"]).action_volunteer()
        self.assertFalse(call.application_ids)
        self.use_preset("langsa")
        call.invalidate_recordset(["volunteer_issue", "can_volunteer"])
        self.assertTrue(call.with_user(self.users["Ners"]).can_volunteer, ners.name)

    def test_quota_blocks_a_second_acceptance(self):
        call = self.make_call(quota=1, jabatan_fungsional_ids=False)
        first = self.env["sk.penugasan"].browse(
            call.with_user(self.users["Rina"]).action_volunteer()["res_id"]
        )
        second = self.env["sk.penugasan"].browse(
            call.with_user(self.users["Dodi"]).action_volunteer()["res_id"]
        )
        for request in (first, second):
            request.with_user(self.users["Sekretaris"]).action_approve()
        first.with_user(first.current_approver_id).action_approve()
        with self.assertRaisesRegex(UserError, "no place left"):
            second.with_user(second.current_approver_id).action_approve()
