from datetime import timedelta

from odoo import fields

from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ADMIN,
    GROUP_ASN,
    GROUP_PIMPINAN,
    SistemKerjaHttpCase,
)


class TestLetterInBrowser(SistemKerjaHttpCase):
    def test_hr_prepares_a_surat_tugas_and_the_kepala_signs_it(self):
        self.build_organisation()
        self.use_preset("kota_pasuruan").check_dialog_kinerja = "off"  # tested in test_reports
        self.dinas.sk_unit_code = "105"
        users = {}
        for name, group in (("Kabid", GROUP_PIMPINAN), ("Kadis", GROUP_PIMPINAN)):
            users[name] = self.env["res.users"].create(
                {
                    "name": name,
                    "login": name.lower(),
                    "password": name.lower(),
                    "groups_id": [(6, 0, [self.env.ref(group).id])],
                }
            )
            self.heads[name].user_id = users[name]
        self.env["res.users"].create(
            {
                "name": "BKPSDM",
                "login": "bkpsdm.t",
                "password": "bkpsdm.t",
                "groups_id": [(6, 0, [self.env.ref(GROUP_ADMIN).id])],
            }
        )
        rina = self.make_employee("Rina", self.bidang, "fungsional", "ahli_pertama")
        rina.user_id = self.env["res.users"].create(
            {"name": "Rina", "login": "rina", "groups_id": [(6, 0, [self.env.ref(GROUP_ASN).id])]}
        )
        today = fields.Date.context_today(rina)  # the letter lists the roles in force today
        rina._sk_set_kedudukan_from_rules("800/1/2026", today - timedelta(days=60))
        team = self.env["sk.team"].create(
            {
                "name": "Website Kota",
                "owner_department_id": self.bidang.id,
                "owner_employee_id": self.heads["Kabid"].id,
                "date_start": today - timedelta(days=30),
                "date_end": today + timedelta(days=300),
                "member_ids": [(0, 0, {"employee_id": rina.id, "tugas": "Menyusun konten"})],
            }
        )
        team.with_user(users["Kabid"]).action_submit()
        while team.state == "verification":
            team.with_user(team.current_approver_id).action_approve()

        self.start_tour("/odoo", "sistem_kerja_prepare_surat_tugas", login="bkpsdm.t")
        letter = self.env["sk.letter"].search([("employee_id", "=", rina.id)])
        self.assertEqual(letter.state, "to_sign")
        self.assertEqual(letter.current_approver_id, users["Kadis"])

        self.start_tour("/odoo", "sistem_kerja_sign_letter", login="kadis")
        self.assertEqual(letter.state, "issued")
        self.assertTrue(letter.letter_number.startswith("800/"))
