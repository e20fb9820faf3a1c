"""Who sees and changes which Penugasan and Tim Kerja."""

from datetime import date

from odoo.exceptions import AccessError

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase
from odoo.addons.odoo_sistem_kerja.tests.common import GROUP_ADMIN


class TestPenugasanAccess(ApprovalCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.for_rina = cls.request(cls.sekretariat, cls.seksi, cls.rina)
        cls.for_dodi = cls.request(cls.bidang, employee=cls.dodi)
        cls.in_kecamatan = cls.request(cls.kecamatan, cls.kelurahan)
        cls.team_rina = cls.make_team(
            cls.seksi, [{"employee_id": cls.rina.id}], name="Tim Data", date_start=date(2026, 1, 1)
        )

    def visible(self, user, model="sk.penugasan"):
        env = self.env(
            user=user, context=dict(self.env.context, allowed_company_ids=user.company_ids.ids)
        )
        return env[model].search([]).with_env(self.env)

    def test_asn_sees_only_own_requests_and_teams(self):
        rina = self.users["Rina"]
        self.assertEqual(self.visible(rina), self.for_rina)
        self.assertEqual(self.visible(rina, "sk.team"), self.team_rina)
        self.assertFalse(self.visible(self.users["Dodi"], "sk.team"))
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            self.for_dodi.with_user(rina).read(["maksud_tujuan"])

    def test_asn_creates_only_own_requests(self):
        Penugasan = self.env["sk.penugasan"].with_user(self.users["Rina"])
        own = Penugasan.create(
            {
                "company_id": self.company.id,
                "method": "sukarela",
                "requester_employee_id": self.rina.id,
                "owner_department_id": self.bidang.id,
                "employee_ids": [(6, 0, self.rina.ids)],
            }
        )
        own.write({"maksud_tujuan": "Membantu"})
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            Penugasan.create(
                {
                    "company_id": self.company.id,
                    "requester_employee_id": self.dodi.id,
                    "owner_department_id": self.bidang.id,
                }
            )
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            self.for_rina.with_user(self.users["Rina"]).write({"maksud_tujuan": "x"})

    def test_unit_head_sees_requests_touching_their_units(self):
        self.assertEqual(self.visible(self.users["Kabid"]), self.for_rina | self.for_dodi)
        self.assertEqual(self.visible(self.users["Camat"]), self.in_kecamatan)
        self.assertEqual(self.visible(self.users["Lurah"]), self.in_kecamatan)
        self.assertEqual(self.visible(self.users["Kabid"], "sk.team"), self.team_rina)

    def test_approver_sees_what_they_are_asked_to_decide(self):
        self.for_rina.with_user(self.admin).action_submit()
        self.for_rina.with_user(self.users["Kasi"]).action_approve()
        # the Kepala Dinas heads the PD: sees it anyway; the Sekda does not until asked
        self.assertNotIn(self.for_rina, self.visible(self.users["Sekda"]))
        self.assertIn(self.for_rina, self.visible(self.users["Kadis"]))

    def test_bkpsdm_sees_the_whole_company(self):
        self.assertEqual(
            self.visible(self.admin), self.for_rina | self.for_dodi | self.in_kecamatan
        )

    def test_cross_pd_request_visible_to_both_sides(self):
        other = self.env["res.company"].create({"name": "Pemerintah Kota Tetangga"})
        dinas = self.make_unit(
            "Dinas Tetangga", "dinas", head=("Kadis Tetangga", "jpt_pratama"), company=other
        )
        other_admin = self.make_user(
            "bkpsdm.tetangga",
            f"base.group_user,{GROUP_ADMIN}",
            company_id=other.id,
            company_ids=[other.id],
        )
        request = self.request(self.bidang, dinas)
        self.assertEqual(request.scope, "lintas_pd")
        self.assertIn(request, self.visible(other_admin))
        self.assertIn(request, self.visible(self.admin))
        self.assertNotIn(self.for_rina, self.visible(other_admin))
