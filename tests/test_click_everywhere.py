"""Every screen a role reaches opens without a client error (issue 10): Odoo's own clickbot
clicks each menu of the app, each view of its actions and each filter, in a real browser, as
an ASN (a JF), a Pimpinan and the Admin Kepegawaian of a Pemda with records to show."""

from datetime import date

from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ADMIN,
    GROUP_ASN,
    GROUP_PIMPINAN,
    SistemKerjaHttpCase,
)

CLICKBOT = (
    "odoo.loader.modules.get('@web/webclient/clickbot/clickbot_loader')"
    ".startClickEverywhere('odoo_sistem_kerja.menu_sistem_kerja_root');"
)


class TestClickEverywhere(SistemKerjaHttpCase):
    allow_end_on_form = True

    def setUp(self):
        super().setUp()
        self.build_organisation()
        self.use_preset("kobar")
        self.rina = self.make_employee("Rina", self.seksi, "fungsional", "ahli_pertama")
        self.rina._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))
        self.kasi = self.heads["Kasi"]
        self.kadis = self.heads["Kadis"]
        for employee, group in (
            (self.rina, GROUP_ASN),
            (self.kasi, GROUP_PIMPINAN),
            (self.kadis, GROUP_PIMPINAN),
        ):
            login = employee.name.lower()
            employee.user_id = self.env["res.users"].create(
                {
                    "name": employee.name,
                    "login": login,
                    "password": login,
                    "groups_id": [(6, 0, [self.env.ref(group).id])],
                }
            )
        self.env["res.users"].create(
            {
                "name": "BKPSDM",
                "login": "bkpsdm.click",
                "password": "bkpsdm.click",
                "groups_id": [(6, 0, [self.env.ref(GROUP_ADMIN).id])],
            }
        )
        team = self.env["sk.team"].create(
            {
                "name": "Tim Data",
                "owner_department_id": self.seksi.id,
                "owner_employee_id": self.kasi.id,
                "date_start": date(2026, 2, 1),
                "date_end": date(2026, 12, 31),
                "member_ids": [(0, 0, {"employee_id": self.rina.id, "role": "ketua"})],
            }
        )
        self.team = team

    def click_everywhere(self, login):
        self.browser_js(
            "/odoo",
            CLICKBOT,
            "odoo.isReady === true",
            login=login,
            timeout=600,
            success_signal="clickbot test succeeded",
        )

    def test_a_jf(self):
        self.click_everywhere("rina")

    def test_a_pimpinan(self):
        self.click_everywhere("kasi")

    def test_the_admin_kepegawaian(self):
        self.click_everywhere("bkpsdm.click")

    def test_a_jf_opens_the_team_its_owner_and_a_colleague(self):
        self.team.with_user(self.kasi.user_id).action_submit()
        self.assertEqual(self.team.state, "verification")
        self.start_tour("/odoo", "sistem_kerja_jf_reaches", login="rina")
