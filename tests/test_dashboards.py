"""The dashboards count what the organisation and the engine hold, for the unit heads and the
Admin Kepegawaian only (issue 10)."""

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tools.safe_eval import safe_eval

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TestDashboards(ApprovalCase):
    def action_domain(self, xmlid):
        return safe_eval(self.env.ref(f"odoo_sistem_kerja.{xmlid}").domain or "[]")

    def test_jabatan_per_perangkat_daerah(self):
        self.make_jf("Wati", self.bidang, "ahli_pertama")  # no kedudukan yet
        kadis = self.users["Kadis"]
        Public = self.env["hr.employee.public"].with_user(kadis)
        domain = self.action_domain("hr_employee_public_action_dashboard")
        groups = Public.read_group(
            domain,
            ["sk_perangkat_daerah_id"],
            ["sk_perangkat_daerah_id", "sk_jenis_jabatan"],
            lazy=False,
        )
        counts = {
            (g["sk_perangkat_daerah_id"][1], g["sk_jenis_jabatan"]): g["__count"] for g in groups
        }
        self.assertEqual(counts[("Dinas Kominfo", "fungsional")], 3)
        without = Public.search(domain + [("sk_kedudukan_id", "=", False)])
        # the JF head of the Puskesmas and the new JF have none
        self.assertEqual(sorted(without.mapped("name")), ["Kapus", "Wati"])
        menus = self.env["ir.ui.menu"].with_user(self.users["Rina"]).load_menus(debug=False)
        self.assertNotIn(self.env.ref("odoo_sistem_kerja.menu_dashboard").id, menus)
        self.assertIn(
            self.env.ref("odoo_sistem_kerja.menu_dashboard").id,
            self.env["ir.ui.menu"].with_user(kadis).load_menus(debug=False),
        )

    def test_days_to_decide_and_steps_waiting_per_approver(self):
        kasi = self.users["Kasi"]
        with freeze_time("2026-03-02 08:00:00"):
            request = self.request(self.sekretariat, target=self.seksi, employee=self.rina)
            request.with_user(self.admin).action_submit()
        with freeze_time("2026-03-05 08:00:00"):
            request.with_user(kasi).action_approve()
        decided = request.approval_line_ids.filtered(lambda ln: ln.state == "approved")
        self.assertEqual(decided.lead_days, 3.0)
        Line = self.env["sk.approval.line"].with_user(self.admin)
        waiting = Line.read_group(
            [("state", "=", "pending")], ["lead_days:avg"], ["approver_user_id"], lazy=False
        )
        self.assertEqual(
            [(g["approver_user_id"][0], g["__count"]) for g in waiting],
            [(self.users["Kadis"].id, 1)],
        )
        by_step = Line.read_group(
            [("state", "=", "approved")], ["lead_days:avg"], ["name"], lazy=False
        )
        self.assertEqual([g["lead_days"] for g in by_step], [3.0])

    def test_letters_issued_per_perangkat_daerah(self):
        request = self.decide_all(self.request(self.bidang, employee=self.dodi))
        team = self.decide_all(
            self.make_team(self.bidang, [{"employee_id": self.dodi.id, "role": "ketua"}]),
            submitter=self.users["Kabid"],
        )
        Register = self.env["sk.letter.register"]
        rows = Register.with_user(self.users["Kadis"]).search([])
        self.assertEqual(
            sorted((r.res_model, r.letter_number, r.perangkat_daerah_id.name) for r in rows),
            sorted(
                [
                    ("sk.penugasan", request.letter_number, "Dinas Kominfo"),
                    ("sk.team", team.letter_number, "Dinas Kominfo"),
                ]
            ),
        )
        opened = rows.filtered(lambda r: r.res_model == "sk.team").action_sk_open_document()
        self.assertEqual(opened["res_id"], team.id)
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to access 'Register of Numbered Letters'"
        ):
            Register.with_user(self.users["Rina"]).search([])

    def test_a_numbering_model_set_up_later_joins_the_register(self):
        """Issue 27: the register is rebuilt when a numbering model is set up, as when a
        module adding one is installed after the addon (simulated: a register built
        before Tim Kerja numbered letters, then sk.team set up)."""
        team = self.decide_all(
            self.make_team(self.bidang, [{"employee_id": self.dodi.id, "role": "ketua"}]),
            submitter=self.users["Kabid"],
        )
        Register = self.env["sk.letter.register"]
        self.env.cr.execute("SELECT pg_get_viewdef('sk_letter_register')")
        definition = self.env.cr.fetchone()[0].rstrip().rstrip(";")
        self.env.cr.execute(
            "DROP VIEW sk_letter_register; CREATE VIEW sk_letter_register AS "
            f"SELECT * FROM ({definition}) r WHERE res_model <> 'sk.team'"
        )
        self.assertNotIn("sk.team", Register.search([]).mapped("res_model"))
        self.env["sk.team"].init()
        self.assertIn(team.letter_number, Register.search([]).mapped("letter_number"))

    def test_those_over_the_workload_threshold(self):
        self.profile.workload_max = 1
        for name in ("Tim Satu", "Tim Dua"):
            self.decide_all(
                self.make_team(self.bidang, [{"employee_id": self.dodi.id}], name=name),
                submitter=self.users["Kabid"],
            )
        Public = self.env["hr.employee.public"].with_user(self.users["Kadis"])
        self.assertEqual(Public.search([("sk_over_workload", "=", True)]).mapped("name"), ["Dodi"])
        self.assertNotIn("Dodi", Public.search([("sk_over_workload", "=", False)]).mapped("name"))
        self.assertTrue(Public.browse(self.dodi.id).sk_over_workload)
        self.profile.workload_max = 0  # no threshold
        self.assertFalse(Public.search([("sk_over_workload", "=", True)]))

    def test_those_whose_penilai_can_no_longer_assess(self):
        """A Kasi who became a JF after the simplification cannot assess any more."""
        Public = self.env["hr.employee.public"].with_user(self.users["Kadis"])
        self.assertEqual(self.rina.sk_penilai_id, self.heads["Kasi"])
        self.assertFalse(Public.search([("sk_penilai_ineligible", "=", True)]))
        self.heads["Kasi"].write(
            {
                "sk_jenis_jabatan": "fungsional",
                "sk_jabatan_fungsional_id": self.sk_ref("jf_pranata_komputer").id,
                "sk_kategori_jf": "keahlian",
                "sk_jenjang_id": self.jenjang("ahli_muda").id,
            }
        )
        self.assertEqual(
            Public.search([("sk_penilai_ineligible", "=", True)]).mapped("name"), ["Rina"]
        )
        self.assertTrue(Public.browse(self.rina.id).sk_penilai_ineligible)
