"""Every penugasan flow of each preset (spec §3.3 F1–F5), walked with real users."""

from odoo.exceptions import UserError

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase

# scenario -> expected deciders per preset (None: the preset does not allow it)
FLOWS = {
    "penunjukan_unit": {
        "lobar": ["Kabid"],
        "kobar": ["Kabid"],
        "kab_pasuruan": ["Kabid"],
        "kota_pasuruan": ["Kabid"],
        "langsa": ["Kabid"],
    },
    "penunjukan_lintas_unit": {
        "lobar": ["Kasi", "Kasi"],
        "kobar": ["Kasi", "Kadis"],
        "kab_pasuruan": ["Kasi", "Kabid"],
        "kota_pasuruan": ["Kabid", "Kadis"],
        "langsa": ["Kasi", "Kadis"],
    },
    "penunjukan_lintas_pd": {
        "lobar": ["Kadinkes", "Kadis", "Kasi", "Kadis"],
        "kobar": ["Kadis", "Kadinkes"],
        "kab_pasuruan": None,
        "kota_pasuruan": None,
        "langsa": ["Kadis", "Sekda"],
    },
    "penunjukan_lintas_instansi": {
        "lobar": None,
        "kobar": ["Sekda", "Kadinkes", "Kadinkes"],
        "kab_pasuruan": ["Kadinkes", "Kadinkes"],
        "kota_pasuruan": None,
        "langsa": ["Kadinkes", "Sekda"],
    },
    "sukarela_unit": {
        "lobar": ["Kabid"],
        "kobar": ["Kabid"],
        "kab_pasuruan": ["Kabid"],
        "kota_pasuruan": ["Kabid"],
        "langsa": ["Kabid"],
    },
    "sukarela_lintas_unit": {
        "lobar": ["Sekretaris", "Kasi"],
        "kobar": ["Kasi", "Sekretaris"],
        "kab_pasuruan": ["Sekretaris", "Kabid"],
        "kota_pasuruan": ["Kabid", "Sekretaris", "Kadis"],
        "langsa": ["Kabid", "Kadis"],
    },
    "sukarela_lintas_pd": {
        "lobar": None,
        "kobar": None,
        "kab_pasuruan": None,
        "kota_pasuruan": None,
        "langsa": ["Kabid", "Sekda"],
    },
}


class FlowCase(ApprovalCase):
    def make_scenario(self, scenario):
        if scenario == "penunjukan_unit":
            return self.request(self.bidang, employee=self.dodi), self.admin
        if scenario == "penunjukan_lintas_unit":
            return self.request(self.sekretariat, self.seksi, self.rina), self.admin
        if scenario == "penunjukan_lintas_pd":
            return self.request(self.dinkes, self.seksi, self.rina), self.admin
        if scenario == "penunjukan_lintas_instansi":
            request = self.request(self.dinkes, external_instansi="Kementerian Kesehatan")
            return request, self.admin
        owner = {
            "sukarela_unit": self.bidang,
            "sukarela_lintas_unit": self.sekretariat,
            "sukarela_lintas_pd": self.dinkes,
        }[scenario]
        employee = self.dodi if scenario == "sukarela_unit" else self.rina
        request = (
            self.env["sk.penugasan"]
            .with_user(self.users[employee.name])
            .create(
                {
                    "company_id": self.company.id,
                    "method": "sukarela",
                    "requester_employee_id": employee.id,
                    "owner_department_id": owner.id,
                    "target_department_id": employee.department_id.id,
                    "employee_ids": [(6, 0, employee.ids)],
                    "maksud_tujuan": "Membantu penyusunan laporan",
                    "kompetensi": "Analisis data",
                    "ekspektasi": "Laporan selesai",
                    "date_start": "2026-07-01",
                    "date_end": "2026-09-30",
                }
            )
        )
        return request, self.users[employee.name]

    def check_return_and_refusal(self):
        """Every preset: a return keeps the round and the resubmitted request completes;
        a refusal needs a reason."""
        request, submitter = self.make_scenario("penunjukan_lintas_unit")
        request.with_user(submitter).action_submit()
        first = request.current_line_id.approver_user_id
        with self.assertRaisesRegex(UserError, "reason"):
            request.with_user(first)._sk_return("")
        request.with_user(first)._sk_return("Clarify the expected output")
        self.assertEqual(request.state, "returned")
        expected = FLOWS["penunjukan_lintas_unit"][self.preset]
        self.walk(request, submitter, expected)
        self.assertEqual(request.approval_round, 2)
        self.assertEqual(
            request.approval_line_ids.filtered(lambda ln: ln.round == 1)[:1].reason,
            "Clarify the expected output",
        )
        refused, submitter = self.make_scenario("penunjukan_lintas_unit")
        refused.with_user(submitter).action_submit()
        approver = refused.current_line_id.approver_user_id
        with self.assertRaisesRegex(UserError, "reason"):
            refused.with_user(approver)._sk_refuse(" ")
        refused.with_user(approver)._sk_refuse("No capacity")
        self.assertEqual(refused.state, "refused")
        self.assertFalse(self.approval_activities(refused))

    def check_flows(self):
        self.check_return_and_refusal()
        for scenario, per_preset in FLOWS.items():
            expected = per_preset[self.preset]
            with self.subTest(scenario=scenario):
                request, submitter = self.make_scenario(scenario)
                if expected is None:
                    with self.assertRaisesRegex(UserError, "allows no"):
                        request.with_user(submitter).action_submit()
                    continue
                self.walk(request, submitter, expected)
                self.assertEqual(request.state, "active")


class TestFlowsLombokBarat(FlowCase):
    preset = "lobar"

    def test_flows(self):
        self.check_flows()


class TestFlowsKotawaringinBarat(FlowCase):
    preset = "kobar"

    def test_flows(self):
        self.check_flows()


class TestFlowsKabupatenPasuruan(FlowCase):
    preset = "kab_pasuruan"

    def test_flows(self):
        self.check_flows()


class TestFlowsKotaPasuruan(FlowCase):
    preset = "kota_pasuruan"

    def test_flows(self):
        self.check_flows()


class TestFlowsLangsa(FlowCase):
    preset = "langsa"

    def test_flows(self):
        self.check_flows()
