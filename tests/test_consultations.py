"""KIN-03(c), Perbup Pasuruan 13/2024 Lamp. II.D.5-6: in an RSUD the Pimpinan Unit who is not
the Penilai sets targets and recommends only after consulting the officials above; an Ahli
Utama's targets are set after consulting the Sekda. The consultations are steps of the
approval engine: one activity for the official consulted now, every round kept."""

from datetime import date

from odoo.exceptions import AccessError, UserError

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase
from odoo.addons.odoo_sistem_kerja.tests.common import GROUP_PIMPINAN


class TestConsultationsInAnRsud(ApprovalCase):
    """RSUD Bangil, led by a JPT Direktur: an Ahli Madya of the Bidang Pelayanan Medik is
    assessed by the Direktur; the Kabid, their Pimpinan Unit, consults the Wadir."""

    preset = "kab_pasuruan"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        parent = None
        units = []
        for name, unit_type, head, position in (
            ("RSUD Bangil", "rsud", "Direktur", "jpt_pratama"),
            ("Wadir Pelayanan", "wadir", "Wadir", "administrator"),
            ("Bidang Pelayanan Medik", "bidang", "Kabid Yanmed", "administrator"),
        ):
            parent = cls.make_unit(
                name, unit_type, parent, head=(head, position), sk_head_position=position
            )
            units.append(parent)
        cls.rsud, cls.wadir, cls.yanmed = units
        kw = {"company_id": cls.company.id, "company_ids": [cls.company.id]}
        for unit in (cls.rsud, cls.wadir, cls.yanmed):
            head = unit.manager_id
            head.user_id = cls.users[head.name] = cls.make_user(
                head.name.lower().replace(" ", "."), GROUP_PIMPINAN, **kw
            )
        cls.sari = cls.make_jf("Sari", cls.yanmed, "ahli_madya")
        cls.sari._sk_set_kedudukan_from_rules("800/9/2026", date(2026, 1, 2))
        cls.kabid = cls.yanmed.manager_id

    def steps(self, record):
        lines = record.sudo().approval_line_ids.sorted(lambda ln: (ln.round, ln.sequence))
        return [(ln.round, ln.official_id.name, ln.state) for ln in lines]

    def test_the_kabid_agrees_targets_after_consulting_the_wadir_and_the_direktur(self):
        self.assertEqual(self.sari.sk_pimpinan_unit_id, self.kabid)
        self.assertEqual(self.sari.sk_penilai_id, self.rsud.manager_id)
        kabid, wadir, direktur = (self.users[n] for n in ("Kabid Yanmed", "Wadir", "Direktur"))
        dialog = (
            self.env["sk.dialog.kinerja"]
            .with_user(kabid)
            .create(
                {
                    "employee_id": self.sari.id,
                    "penilai_id": self.kabid.id,
                    "year": 2026,
                    "expected_results": "Waktu tunggu rawat jalan di bawah 60 menit",
                }
            )
        )
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            dialog.with_user(wadir).read(["expected_results"])
        dialog.action_agree()
        self.assertEqual(dialog.state, "coordination")
        self.assertEqual(dialog.sudo().activity_ids.user_id, wadir)
        self.assertTrue(dialog.with_user(wadir).read(["expected_results"]))
        for intruder in (kabid, direktur, self.users["Sari"]):
            with self.assertRaisesRegex(UserError, "Only wadir .* can decide"):
                dialog.with_user(intruder).action_approve()
        with self.assertRaisesRegex(UserError, "Give the reason"):
            dialog.with_user(wadir)._sk_return(" ")
        dialog.with_user(wadir)._sk_return("Sesuaikan dengan target indikator mutu nasional.")
        self.assertEqual(dialog.state, "draft")
        self.assertFalse(dialog.sudo().activity_ids)
        dialog.write({"expected_results": "Waktu tunggu rawat jalan di bawah 45 menit"})
        dialog.action_agree()
        dialog.with_user(wadir).action_approve()
        self.assertEqual(dialog.state, "coordination")
        self.assertEqual(dialog.sudo().activity_ids.user_id, direktur)
        dialog.with_user(direktur).action_approve()
        self.assertEqual((dialog.state, dialog.coordinated_by_id), ("agreed", self.rsud.manager_id))
        self.assertEqual(
            self.steps(dialog),
            [
                (1, "Wadir", "returned"),
                # the steps not reached are cancelled, never resolved
                (1, False, "cancelled"),
                (1, False, "cancelled"),
                (2, "Wadir", "approved"),
                (2, "Direktur", "approved"),
                # the Direktur is also the Penilai: one decision
                (2, "Direktur", "approved"),
            ],
        )
        self.assertFalse(dialog.sudo().activity_ids)

    def test_the_rekomendasi_reaches_the_penilai_after_the_consultations(self):
        kabid, wadir, direktur = (self.users[n] for n in ("Kabid Yanmed", "Wadir", "Direktur"))
        report = (
            self.env["sk.report"]
            .with_user(kabid)
            .create(
                {
                    "kind": "recommendation",
                    "author_id": self.kabid.id,
                    "member_id": self.sari.id,
                    "date_from": date(2026, 1, 1),
                    "date_to": date(2026, 6, 30),
                    "content": "<p>Sari melampaui target waktu tunggu; disarankan Sangat Baik.</p>",
                }
            )
        )
        report.action_send()
        self.assertEqual(report.state, "consultation")
        self.assertFalse(report.recipient_ids)
        # the employee recommended reads it once it is sent, not while it is discussed
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            report.with_user(self.users["Sari"]).read(["content"])
        with self.assertRaisesRegex(UserError, "its content is locked"):
            report.write({"content": "<p>Diubah</p>"})
        with self.assertRaisesRegex(UserError, "closed by its record's workflow"):
            report.sudo().activity_ids.with_user(wadir).action_feedback(feedback="ok")
        report.with_user(wadir).action_approve()
        self.assertEqual(report.state, "consultation")
        report.with_user(direktur).action_approve()
        self.assertEqual(report.state, "sent")
        self.assertEqual(report.recipient_ids, self.rsud.manager_id)
        self.assertTrue(report.with_user(self.users["Sari"]).read(["content"]))
        report.with_user(direktur).action_acknowledge()
        self.assertEqual(report.state, "acknowledged")

    def test_routes_follow_the_unit_and_the_jenjang(self):
        Dialog = self.env["sk.dialog.kinerja"]

        def roles(employee, holder):
            dialog = Dialog.new({"employee_id": employee.id, "penilai_id": holder.id})
            dialog.company_id = self.company
            return dialog._sk_consultation_route().step_ids.mapped("actor_role")

        self.assertEqual(
            roles(self.sari, self.kabid), ["owner_parent_head", "owner_pd_head", "home_penilai"]
        )
        joko = self.make_jf("Joko", self.seksi, "ahli_muda")
        self.assertEqual(roles(joko, self.heads["Kasi"]), ["home_penilai"])
        guru = self.make_jf("Guru Besar", self.bidang, "ahli_utama")
        self.assertEqual(roles(guru, self.heads["Kabid"]), ["sekda", "home_penilai"])
        # outside an RSUD, a rekomendasi is sent at once; an RSUD's goes through its route
        Report = self.env["sk.report"]
        self.assertFalse(
            Report.new(
                {
                    "author_id": self.heads["Kasi"].id,
                    "member_id": joko.id,
                    "company_id": self.company.id,
                }
            )._sk_consultation_route()
        )
