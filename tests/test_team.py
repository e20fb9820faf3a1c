"""Tim Kerja: composition rules per profile, establishment, members from anywhere."""

from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TeamCase(ApprovalCase):
    def team(self, members, owner=None, **vals):
        return self.make_team(
            owner or self.bidang,
            [dict({"employee_id": emp.id, "role": role}, **extra) for emp, role, extra in members],
            **vals,
        )


class TestTeamKotawaringinBarat(TeamCase):
    preset = "kobar"

    def test_established_by_the_kepala_pd(self):
        team = self.team(
            [
                (
                    self.dodi,
                    "ketua",
                    {"tugas": "Memimpin tim", "target_value": 1, "target_uom": "dokumen"},
                ),
                (self.rina, "anggota", {}),
            ]
        )
        self.assertEqual(team.scope, "lintas_unit")
        self.assertEqual(team.ketua_id, self.dodi)
        team.with_user(self.users["Kabid"]).action_submit()
        self.assertEqual(team.state, "verification")
        self.assertEqual(team.current_approver_id, self.users["Kadis"])
        with self.assertRaisesRegex(
            UserError, "can decide the step 'The Kepala PD sets the SK Tim Kerja'"
        ):
            team.with_user(self.users["Kabid"]).action_approve()
        team.with_user(self.users["Kadis"]).action_approve()
        self.assertEqual(team.state, "active")
        self.assertEqual(self.rina.sk_active_team_count, 1)

    def test_one_ketua_who_is_jf_or_pelaksana(self):
        team = self.team([(self.dodi, "ketua", {}), (self.rina, "ketua", {})])
        with self.assertRaisesRegex(ValidationError, "at most one Ketua"):
            team.with_user(self.users["Kabid"]).action_submit()
        self.assertEqual(team.state, "draft")
        structural = self.team([(self.heads["Kasi"], "ketua", {})])
        with self.assertRaisesRegex(ValidationError, "must be a JF or a pelaksana"):
            structural.with_user(self.users["Kabid"]).action_submit()

    def test_ketua_from_another_unit_is_a_warning(self):
        team = self.team([(self.rina, "ketua", {}), (self.dodi, "anggota", {})])
        self.assertIn("should come from the unit pemilik kinerja", team.check_warnings)
        team.with_user(self.users["Kabid"]).action_submit()
        self.assertEqual(team.state, "verification")

    def test_members_need_active_kedudukan(self):
        newcomer = self.make_jf("Baru", self.bidang, "ahli_pertama")
        team = self.team([(newcomer, "anggota", {})])
        with self.assertRaisesRegex(UserError, "no active kedudukan"):
            team.with_user(self.users["Kabid"]).action_submit()

    def test_external_and_cross_pd_members(self):
        other = self.env["res.company"].create({"name": "Pemerintah Kota Tetangga"})
        dinas = self.make_unit(
            "Dinas Tetangga", "dinas", head=("Kadis Tetangga", "jpt_pratama"), company=other
        )
        neighbour = self.make_employee("Tetangga", dinas, "fungsional", "ahli_muda", company=other)
        team = self.team(
            [
                (self.dodi, "ketua", {}),
                (neighbour, "anggota", {}),
            ]
        )
        self.assertEqual(team.scope, "lintas_pd")
        self.assertEqual(team.member_company_ids, self.company | other)
        team.member_ids = [
            (
                0,
                0,
                {
                    "external_name": "Dr. Ahli Luar",
                    "external_nip": "198001012005011001",
                    "external_instansi": "Universitas Negeri",
                },
            )
        ]
        self.assertEqual(team.scope, "lintas_instansi")
        with self.assertRaisesRegex(ValidationError, "name, NIP and instansi"):
            team.member_ids = [(0, 0, {"external_name": "Tanpa Instansi"})]

    def test_ketua_tim_substansi_cannot_form_a_team(self):
        self.use_preset("kab_pasuruan")
        jf = self.make_jf("Anggota Seksi", self.seksi, "ahli_pertama")
        jf._sk_set_kedudukan_from_rules("800/2/2026", date(2026, 1, 2))
        self.assertTrue(self.heads["Kasi"].sk_is_ketua_tim_substansi)
        team = self.team([(jf, "anggota", {})], owner=self.seksi)
        with self.assertRaisesRegex(ValidationError, "cannot form a Tim Kerja"):
            team.with_user(self.users["Kasi"]).action_submit()

    def test_workload_threshold(self):
        self.profile.write({"workload_max": 1, "check_workload": "block"})
        first = self.team([(self.dodi, "anggota", {})])
        first.with_user(self.users["Kabid"]).action_submit()
        first.with_user(self.users["Kadis"]).action_approve()
        second = self.team([(self.dodi, "anggota", {})], name="Tim Kedua")
        with self.assertRaisesRegex(ValidationError, "above the threshold of 1"):
            second.with_user(self.users["Kabid"]).action_submit()
        self.profile.check_workload = "warn"
        second.with_user(self.users["Kabid"]).action_submit()
        self.assertTrue(any("threshold" in b for b in second.sudo().message_ids.mapped("body")))

    def test_dissolve_needs_a_reason(self):
        team = self.team([(self.dodi, "anggota", {})])
        team.with_user(self.users["Kabid"]).action_submit()
        with self.assertRaisesRegex(UserError, "reason"):
            team._sk_dissolve("")
        team._sk_dissolve("Programme stopped")
        self.assertEqual(team.state, "dissolved")
        self.assertFalse(self.approval_activities(team))


class TestTeamLangsa(TeamCase):
    preset = "langsa"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.verifier = cls.make_user(
            "ketua.tv",
            "odoo_sistem_kerja.group_sk_asn",
            company_id=cls.company.id,
            company_ids=[cls.company.id],
        )
        cls.profile.verifier_user_ids = cls.verifier

    def test_tim_verifikasi_recommends_before_the_pd_establishes(self):
        team = self.team([(self.dodi, "ketua", {}), (self.rina, "anggota", {})])
        team.with_user(self.users["Kabid"]).action_submit()
        self.assertEqual(self.approval_activities(team).user_id, self.verifier)
        with self.assertRaisesRegex(
            UserError, "can decide the step 'The Tim Verifikasi recommends' of Tim"
        ):
            team.with_user(self.users["Kadis"]).action_approve()
        # 004 Pasal 11(3): the Tim Verifikasi approves with its recommendation, kept on the team
        with self.assertRaisesRegex(UserError, "recommendation"):
            team.with_user(self.verifier).action_approve()
        with self.assertRaisesRegex(AccessError, "You are not allowed to modify 'Tim Kerja'"):
            team.with_user(self.verifier).write({"verification_recommendation": "Layak"})
        wizard = (
            self.env["sk.approval.reason.wizard"]
            .with_user(self.verifier)
            .with_context(**team.with_user(self.verifier).action_recommend()["context"])
            .create({"reason": "Layak dibentuk; tambahkan satu anggota dari Bidang Aptika."})
        )
        wizard.action_confirm()
        self.assertEqual(
            team.verification_recommendation,
            "Layak dibentuk; tambahkan satu anggota dari Bidang Aptika.",
        )
        self.assertEqual(team.current_approver_id, self.users["Kadis"])
        with self.assertRaisesRegex(
            UserError, "Tim Transformasi Digital is not waiting for the Tim"
        ):
            team.with_user(self.users["Kadis"])._sk_recommend("Not the Tim Verifikasi")
        team.with_user(self.users["Kadis"]).action_approve()
        self.assertEqual(team.state, "active")

    def test_the_ketua_of_the_tim_verifikasi_receives_the_proposal(self):
        """004 Pasal 11 (issue 14 item 4): the Ketua gets the activity, not the first member
        by name; another member may open and decide unless the profile says otherwise."""
        kw = {"company_id": self.company.id, "company_ids": [self.company.id]}
        ketua = self.make_user("zz.ketua.tv", "odoo_sistem_kerja.group_sk_asn", **kw)
        member = self.make_user("aa.anggota.tv", "odoo_sistem_kerja.group_sk_asn", **kw)
        self.profile.write(
            {"verifier_user_ids": [(6, 0, (ketua | member).ids)], "verifier_ketua_id": ketua.id}
        )
        team = self.team([(self.dodi, "ketua", {})])
        team.with_user(self.users["Kabid"]).action_submit()
        self.assertEqual(self.approval_activities(team).user_id, ketua)
        self.assertTrue(team.with_user(member).read(["name"]), "a member opens it")
        Team = self.env["sk.team"]
        waiting = [("can_decide", "=", True)]
        self.assertEqual(Team.with_user(member).search(waiting), team, "in the member's inbox")
        self.assertEqual(Team.with_user(ketua).search(waiting), team)
        self.assertFalse(Team.with_user(self.users["Kadis"]).search(waiting))
        # and in the one inbox of steps ("Waiting for My Decision")
        for user in (member, ketua):
            self.assertEqual(self.inbox(user), team.sudo().current_line_id, user.login)
        self.assertFalse(self.inbox(self.users["Kadis"]))
        self.profile.verifier_any_member = False
        self.assertFalse(Team.with_user(member).search(waiting))
        self.assertFalse(self.inbox(member))
        self.assertEqual(Team.with_user(member).search([("can_decide", "=", False)]) & team, team)
        with self.assertRaisesRegex(
            UserError, "can decide the step 'The Tim Verifikasi recommends' of Tim"
        ):
            team.with_user(member)._sk_recommend("Layak dibentuk")
        self.profile.verifier_any_member = True
        team.with_user(member)._sk_recommend("Layak dibentuk")
        self.assertEqual(team.current_approver_id, self.users["Kadis"])

    def test_ketua_and_koordinator_criteria(self):
        self.dodi.sudo().sk_education_level = "sma"
        team = self.team([(self.dodi, "ketua", {})])
        with self.assertRaisesRegex(ValidationError, "Ketua Tim criteria: education at least D3"):
            team.with_user(self.users["Kabid"]).action_submit()
        self.dodi.sudo().sk_education_level = "d3"
        self.rina.sudo().sk_education_level = "d3"
        koordinator = self.team([(self.dodi, "ketua", {}), (self.rina, "koordinator", {})])
        with self.assertRaisesRegex(
            ValidationError, "Koordinator Tim Kerja criteria: education at least S1, jenjang"
        ):
            koordinator.with_user(self.users["Kabid"]).action_submit()


class TestButtonsOnlyForWhoMayUseThem(TeamCase):
    """Issue 10: a Ketua sees no "Dissolve" (and is refused before typing a reason); a
    requester sees no "Cancel" once the request is approved."""

    def test_team_buttons(self):
        team = self.decide_all(
            self.make_team(self.bidang, [{"employee_id": self.dodi.id, "role": "ketua"}]),
            submitter=self.users["Kabid"],
        )
        self.assertEqual(team.state, "active")
        ketua = team.with_user(self.users["Dodi"])
        self.assertFalse(ketua.can_manage)
        with self.assertRaisesRegex(AccessError, "You are not allowed to modify 'Tim Kerja'"):
            ketua.action_dissolve()
        self.assertTrue(team.with_user(self.users["Kabid"]).can_manage)
        self.assertTrue(team.with_user(self.admin).can_manage)
        wizard = team.with_user(self.users["Kabid"]).action_dissolve()
        self.assertEqual(wizard["context"]["default_decision"], "dissolve")

    def test_cancel_button(self):
        request = self.request(self.bidang, employee=self.dodi)
        requester = request.with_user(self.users["Kabid"])
        self.assertTrue(requester.can_cancel)
        self.decide_all(request)
        self.assertEqual(request.state, "active")
        self.assertFalse(requester.can_cancel)
        with self.assertRaisesRegex(UserError, "Only the Admin Kepegawaian can cancel"):
            requester.action_cancel()
        self.assertTrue(request.with_user(self.admin).can_cancel)


class TestFormsPrefill(TeamCase):
    """Issue 10: what the organisation says is filled in, not asked for."""

    def test_the_unit_head_owns_the_team_and_the_requester_unit_owns_the_request(self):
        kabid = self.users["Kabid"]
        team = Form(self.env["sk.team"].with_user(kabid))
        team.name = "Tim Satu Data"
        team.owner_department_id = self.bidang
        self.assertEqual(team.owner_employee_id, self.heads["Kabid"])
        # a unit whose head post is vacant: the head above owns it
        vacant = self.make_unit("Seksi Kosong", "seksi", self.bidang)
        team.owner_department_id = vacant
        self.assertEqual(team.owner_employee_id, self.heads["Kabid"])
        request = Form(self.env["sk.penugasan"].with_user(kabid))
        self.assertEqual(request.requester_employee_id, self.heads["Kabid"])
        self.assertEqual(request.owner_department_id, self.bidang)
