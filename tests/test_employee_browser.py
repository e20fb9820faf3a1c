from odoo.addons.odoo_sistem_kerja.tests.common import GROUP_ADMIN, SistemKerjaHttpCase


class TestEmployeePenilaiInBrowser(SistemKerjaHttpCase):
    def test_hr_user_sees_proposed_penilai(self):
        self.use_preset("kobar")
        dinas = self.make_unit(
            "Dinas Komunikasi dan Informatika",
            "dinas",
            head=("Siti Rahma", "jpt_pratama"),
        )
        self.make_unit(
            "Bidang Aplikasi Informatika",
            "bidang",
            dinas,
            head=("Hendra Kusuma", "administrator"),
        )
        rina = self.env["hr.employee"].create({"name": "Rina Wulandari"})
        self.env["res.users"].create(
            {
                "name": "BKPSDM Officer",
                "login": "bkpsdm_tour",
                "password": "bkpsdm_tour",
                "groups_id": [
                    (
                        6,
                        0,
                        [
                            self.env.ref(GROUP_ADMIN).id,
                            self.env.ref("base.group_user").id,
                        ],
                    )
                ],
            }
        )
        self.start_tour(
            f"/odoo/employees/{rina.id}",
            "sistem_kerja_employee_penilai",
            login="bkpsdm_tour",
        )
        self.assertEqual(rina.sk_jenjang_id.name, "Ahli Muda")
        self.assertEqual(rina.department_id.name, "Bidang Aplikasi Informatika")
        self.assertEqual(rina.sk_proposed_penilai_id.name, "Hendra Kusuma")
