from datetime import date

from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ASN,
    GROUP_PIMPINAN,
    SistemKerjaHttpCase,
)


class TestWorkCycleInBrowser(SistemKerjaHttpCase):
    def test_ketua_hands_in_kabid_forwards_kadis_accepts(self):
        self.build_organisation()
        self.use_preset("kobar")
        users = {}
        for name, group in (("Kabid", GROUP_PIMPINAN), ("Kadis", GROUP_PIMPINAN)):
            users[name] = self.heads[name].user_id = self.env["res.users"].create(
                {
                    "name": name,
                    "login": name.lower(),
                    "password": name.lower(),
                    "groups_id": [(6, 0, [self.env.ref(group).id])],
                }
            )
        dodi = self.make_employee("Dodi", self.bidang, "fungsional", "ahli_muda")
        users["Dodi"] = dodi.user_id = self.env["res.users"].create(
            {
                "name": "Dodi",
                "login": "dodi",
                "password": "dodi",
                "groups_id": [(6, 0, [self.env.ref(GROUP_ASN).id])],
            }
        )
        dodi._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))
        year = date.today().year
        pk = self.env["sk.perjanjian.kinerja"].create(
            {
                "department_id": self.dinas.id,
                "year": year,
                "target_ids": [
                    (
                        0,
                        0,
                        {
                            "sasaran": "Layanan digital",
                            "indikator": "Aplikasi",
                            "target_value": 1,
                            "satuan": "unit",
                            "responsible_id": self.heads["Kabid"].id,
                        },
                    )
                ],
            }
        )
        pk.with_user(users["Kadis"]).action_set()
        team = self.env["sk.team"].create(
            {
                "name": "Tim Layanan Digital",
                "owner_department_id": self.bidang.id,
                "owner_employee_id": self.heads["Kabid"].id,
                "date_start": date(year, 1, 2),
                "date_end": date(year, 12, 31),
                "member_ids": [(0, 0, {"employee_id": dodi.id, "role": "ketua"})],
            }
        )
        team.with_user(users["Kabid"]).action_submit()
        while team.state == "verification":
            team.with_user(team.current_approver_id).action_approve()
        task = self.env["project.task"].create(
            {
                "name": "Aplikasi pengaduan",
                "project_id": team.project_id.id,
                "sk_target_id": pk.target_ids.id,
                "stage_id": self.env.ref("odoo_sistem_kerja.project_stage_pelaksanaan").id,
                "sk_result": "<p>Aplikasi pengaduan berjalan</p>",
            }
        )
        self.start_tour("/odoo", "sistem_kerja_hand_in_result", login="dodi")
        self.assertEqual(task.current_approver_id, users["Kabid"])
        self.start_tour("/odoo", "sistem_kerja_forward_result", login="kabid")
        self.assertEqual(task.current_approver_id, users["Kadis"])
        self.start_tour("/odoo", "sistem_kerja_accept_result", login="kadis")
        self.assertEqual(task.state, "1_done")

    def test_the_ketua_sends_the_periodic_report_and_the_kabid_acknowledges_it(self):
        self.build_organisation()
        self.use_preset("lobar")  # 000: the Ketua reports to the Pimpinan Unit only
        users = {}
        for name in ("Kabid", "Kadis"):
            users[name] = self.heads[name].user_id = self.env["res.users"].create(
                {
                    "name": name,
                    "login": name.lower(),
                    "password": name.lower(),
                    "groups_id": [(6, 0, [self.env.ref(GROUP_PIMPINAN).id])],
                }
            )
        dodi = self.make_employee("Dodi", self.bidang, "fungsional", "ahli_muda")
        dodi.user_id = self.env["res.users"].create(
            {
                "name": "Dodi",
                "login": "dodi",
                "password": "dodi",
                "groups_id": [(6, 0, [self.env.ref(GROUP_ASN).id])],
            }
        )
        today = date.today()
        dodi._sk_set_kedudukan_from_rules("800/1/2026", date(today.year, 1, 1))
        team = self.env["sk.team"].create(
            {
                "name": "Tim Layanan Digital",
                "owner_department_id": self.bidang.id,
                "owner_employee_id": self.heads["Kabid"].id,
                "date_start": date(today.year, 1, 2),
                "date_end": date(today.year, 12, 31),
                "report_cadence": "monthly",
                "member_ids": [(0, 0, {"employee_id": dodi.id, "role": "ketua"})],
            }
        )
        team.with_user(users["Kabid"]).action_submit()
        while team.state == "verification":
            team.with_user(team.current_approver_id).action_approve()
        report = self.env["sk.report"]._cron_draft_due_reports()
        self.assertEqual(report.author_id, dodi)
        self.start_tour("/odoo", "sistem_kerja_send_report", login="dodi")
        self.assertEqual(report.state, "sent")
        self.assertIn("tiga kecamatan", report.content)
        self.assertEqual(report.recipient_ids, self.heads["Kabid"])
        self.start_tour("/odoo", "sistem_kerja_acknowledge_report", login="kabid")
        self.assertEqual(report.state, "acknowledged")
        for login in ("dodi", "kabid"):
            self.start_tour("/odoo", "sistem_kerja_open_dialog_kinerja", login=login)
