"""Refusal, return and resubmission, history, activities, Plt/Plh, bulk decisions."""

from datetime import date, timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TestDecisions(ApprovalCase):
    preset = "kobar"

    def lintas_unit(self):
        request = self.request(self.sekretariat, self.seksi, self.rina)
        request.with_user(self.admin).action_submit()
        return request

    def decide(self, request, user, decision, reason):
        action = getattr(request.with_user(user), f"action_{decision}")()
        wizard = Form(
            self.env[action["res_model"]].with_user(user).with_context(**action["context"])
        )
        wizard.reason = reason
        return wizard.save().action_confirm()

    def test_refusal_needs_a_reason_and_ends_the_request(self):
        request = self.lintas_unit()
        kasi = self.users["Kasi"]
        with self.assertRaisesRegex(UserError, "reason"):
            request.with_user(kasi)._sk_refuse("   ")
        self.assertEqual(request.state, "submitted")
        action = request.with_user(kasi).action_refuse()
        wizard = Form(
            self.env[action["res_model"]].with_user(kasi).with_context(**action["context"])
        )
        with self.assertRaises(AssertionError):  # the form refuses to save without a reason
            wizard.save()
        self.decide(request, kasi, "refuse", "Rina is fully booked this semester")
        self.assertEqual(request.state, "refused")
        refused = request.approval_line_ids.filtered(lambda ln: ln.state == "refused")
        self.assertEqual(refused.reason, "Rina is fully booked this semester")
        self.assertEqual(refused.decided_by_id, kasi)
        self.assertEqual(
            request.approval_line_ids.filtered(
                lambda ln: ln.name.startswith("The Kepala PD")
            ).state,
            "cancelled",
        )
        self.assertFalse(self.approval_activities(request))
        bodies = request.sudo().message_ids.mapped("body")
        self.assertTrue(any("Rina is fully booked" in body for body in bodies))

    def test_return_resubmit_keeps_every_round(self):
        request = self.lintas_unit()
        self.decide(request, self.users["Kasi"], "return", "State the expected output")
        self.assertEqual(request.state, "returned")
        # the requester revises and resubmits; the first round stays
        request.with_user(self.admin).write({"ekspektasi": "Dashboard live by October"})
        request.with_user(self.admin).action_submit()
        self.assertEqual(request.approval_round, 2)
        first = request.approval_line_ids.filtered(lambda ln: ln.round == 1)
        self.assertEqual(first.mapped("state"), ["returned", "cancelled"])
        self.assertEqual(first[0].reason, "State the expected output")
        self.walk_rest(request)
        self.assertEqual(request.state, "active")
        self.assertEqual(len(request.approval_line_ids), 4)

    def walk_rest(self, request):
        while request.state == "submitted":
            request.with_user(request.current_line_id.approver_user_id).action_approve()

    def test_locked_while_in_approval_and_after(self):
        request = self.lintas_unit()
        with self.assertRaisesRegex(UserError, "content is locked"):
            request.with_user(self.admin).write({"maksud_tujuan": "Something else"})
        self.walk_rest(request)
        for values in ({"date_end": date(2026, 11, 30)}, {"kompetensi": "Other"}):
            with self.assertRaisesRegex(UserError, "content is locked"):
                request.with_user(self.admin).write(values)
        self.assertEqual(request.date_end, date(2026, 12, 31))

    def test_activity_done_without_deciding_is_refused(self):
        request = self.lintas_unit()
        activity = self.approval_activities(request)
        with self.assertRaisesRegex(UserError, "closed by its record's workflow"):
            activity.with_user(self.users["Kasi"]).action_feedback(feedback="seen")
        # nor cancelled from the chatter while the step waits (issue 10)
        with self.assertRaisesRegex(UserError, "closed by its record's workflow"):
            activity.with_user(self.users["Kasi"]).action_cancel()
        self.assertEqual(request.current_line_id.state, "pending")
        self.assertTrue(activity.exists())

    def test_cross_boundary_content_required(self):
        request = self.request(self.sekretariat, self.seksi, self.rina, kompetensi=False)
        with self.assertRaisesRegex(UserError, "fill in"):
            request.with_user(self.admin).action_submit()
        self.assertEqual(request.state, "draft")

    def test_assignee_needs_active_kedudukan(self):
        """KED-10: refused at submission, before anyone is asked to decide; and again at
        the last approval when the kedudukan ended in between."""
        newcomer = self.make_jf("Baru", self.seksi, "ahli_pertama")
        request = self.request(self.sekretariat, self.seksi, newcomer)
        with self.assertRaisesRegex(UserError, "no active kedudukan"), self.env.cr.savepoint():
            request.with_user(self.admin).action_submit()
        self.env.invalidate_all()
        self.assertEqual(request.state, "draft")
        self.assertFalse(request.approval_line_ids)
        newcomer._sk_set_kedudukan_from_rules("800/7/2026", date(2026, 1, 2))
        request.with_user(self.admin).action_submit()
        request.with_user(self.users["Kasi"]).action_approve()
        newcomer.sk_kedudukan_id.action_end()
        with self.assertRaisesRegex(UserError, "no active kedudukan"), self.env.cr.savepoint():
            request.with_user(self.users["Kadis"]).action_approve()
        self.env.invalidate_all()
        self.assertEqual(request.state, "submitted")
        self.assertEqual(request.current_line_id.approver_user_id, self.users["Kadis"])

    def test_one_request_per_unit_asal(self):
        """Issue 14 item 2: assignees of two units would be routed by the first one's unit
        only; the request is refused before anyone is asked to decide."""
        request = self.request(self.sekretariat, self.seksi, self.rina | self.dodi)
        with self.assertRaisesRegex(UserError, "one request per unit asal"):
            request.with_user(self.admin).action_submit()
        self.assertEqual(request.state, "draft")
        self.assertFalse(request.approval_line_ids)

    def test_resubmitting_closes_the_revise_activity(self):
        request = self.lintas_unit()
        self.decide(request, self.users["Kasi"], "return", "Lengkapi kompetensi")
        requester = request.requester_employee_id.user_id
        todo = request.activity_ids.filtered(lambda a: a.user_id == requester)
        self.assertEqual(len(todo), 1)
        request.with_user(self.admin).action_submit()
        self.assertFalse(todo.exists(), "the revise to-do is done once resubmitted")
        self.assertEqual(len(self.approval_activities(request)), 1)

    def test_workload_threshold_at_activation(self):
        first = self.lintas_unit()
        self.walk_rest(first)
        self.profile.write({"workload_max": 1, "check_workload": "block"})
        second = self.lintas_unit()
        second.with_user(self.users["Kasi"]).action_approve()
        with (
            self.assertRaisesRegex(
                UserError, "2 active teams and assignments, above the threshold of 1"
            ),
            self.env.cr.savepoint(),
        ):
            second.with_user(self.users["Kadis"]).action_approve()
        self.profile.check_workload = "warn"
        second.with_user(self.users["Kadis"]).action_approve()
        self.assertEqual(second.state, "active")
        self.assertTrue(any("threshold" in b for b in second.sudo().message_ids.mapped("body")))

    def test_approved_assignment_joins_team_and_is_acknowledged(self):
        team = self.make_team(
            self.sekretariat, [{"employee_id": self.dodi.id, "role": "ketua"}], name="Tim Aplikasi"
        )
        request = self.request(self.sekretariat, self.seksi, self.rina, form="tim", team_id=team.id)
        request.with_user(self.admin).action_submit()
        self.walk_rest(request)
        joined = team.member_ids.filtered(lambda m: m.employee_id == self.rina)
        self.assertEqual(joined.jabatan, "Pranata Komputer Ahli Pertama")
        self.assertEqual(joined.penugasan_id, request)
        # the button is shown to the assignee only (issue 22 item 5)
        for user in (self.users["Dodi"], self.admin, self.users["Kadis"]):
            self.assertFalse(request.with_user(user).can_acknowledge, user.login)
            with self.assertRaisesRegex(UserError, "Only the assigned employee receives"):
                request.with_user(user).action_acknowledge()
        self.assertTrue(request.with_user(self.users["Rina"]).can_acknowledge)
        request.with_user(self.users["Rina"]).action_acknowledge()
        self.assertFalse(request.with_user(self.users["Rina"]).can_acknowledge)
        self.assertTrue(request.acknowledged_date)
        self.assertFalse(request.activity_ids)

    def test_the_kepala_pd_sets_the_sk_tim_kerja_with_one_decision(self):
        """001 Lamp. II I.C.1(3)-(4), issue 14 item 5: the Kepala PD pemilik kinerja who
        approves a team assignment across units sets the team's SK with that decision."""
        team = self.make_team(
            self.sekretariat,
            [{"employee_id": self.dodi.id, "role": "ketua"}],
            name="Tim Aplikasi",
        )
        request = self.request(self.sekretariat, self.seksi, self.rina, form="tim", team_id=team.id)
        request.with_user(self.admin).action_submit()
        request.with_user(self.users["Kasi"]).action_approve()
        line = request.current_line_id
        self.assertTrue(line.establishes_team)
        self.assertEqual(line.approver_user_id, self.users["Kadis"])
        request.with_user(self.users["Kadis"]).action_approve()
        self.assertEqual(request.state, "active")
        self.assertEqual(team.state, "active", "established by the same decision")
        self.assertTrue(team.letter_number)
        self.assertEqual(team.member_ids.employee_id, self.dodi | self.rina)
        team_step = team.sudo().approval_line_ids
        self.assertEqual(
            (team_step.state, team_step.decided_by_id), ("approved", self.users["Kadis"])
        )
        self.assertFalse(self.approval_activities(team), "nobody is asked a second time")

    def test_ends_on_end_date_or_cancellation(self):
        request = self.request(self.sekretariat, self.seksi, self.rina, date_end=date(2026, 8, 31))
        request.with_user(self.admin).action_submit()
        self.walk_rest(request)
        self.env["sk.penugasan"]._cron_close_finished()
        self.assertEqual(request.state, "done")
        other = self.lintas_unit()
        with self.assertRaisesRegex(UserError, "reason"):
            other.with_user(self.admin)._sk_cancel("")
        other.with_user(self.admin)._sk_cancel("The activity was cancelled")
        self.assertEqual(other.state, "cancelled")
        self.assertFalse(self.approval_activities(other))


class TestRepresentation(ApprovalCase):
    preset = "kobar"

    def test_plh_takes_pending_steps_and_gives_them_back(self):
        request = self.request(self.sekretariat, self.seksi, self.rina)
        request.with_user(self.admin).action_submit()
        request.with_user(self.users["Kasi"]).action_approve()
        self.assertEqual(request.current_approver_id, self.users["Kadis"])
        today = fields.Date.context_today(request)
        plh = self.env["sk.representation"].create(
            {
                "official_id": self.heads["Kadis"].id,
                "representative_id": self.heads["Sekretaris"].id,
                "type": "plh",
                "date_from": today,
                "date_to": today + timedelta(days=5),
            }
        )
        line = request.current_line_id
        self.assertEqual(line.approver_user_id, self.users["Sekretaris"])
        self.assertEqual(line.caption, "Plh. Kadis")
        self.assertEqual(self.approval_activities(request).user_id, self.users["Sekretaris"])
        with self.assertRaisesRegex(
            UserError, "can decide the step 'The Kepala PD pemilik kinerja sets the"
        ):
            request.with_user(self.users["Kadis"]).action_approve()
        # the period ends: the step goes back to the Kepala Dinas
        plh.write({"date_from": today - timedelta(days=3), "date_to": today - timedelta(days=1)})
        self.assertEqual(request.current_line_id.approver_user_id, self.users["Kadis"])
        self.assertEqual(self.approval_activities(request).user_id, self.users["Kadis"])
        request.with_user(self.users["Kadis"]).action_approve()
        self.assertEqual(request.state, "active")

    def test_no_user_climbs_to_next_official(self):
        self.heads["Kasi"].user_id = False
        request = self.request(self.sekretariat, self.seksi, self.rina)
        request.with_user(self.admin).action_submit()
        line = request.current_line_id
        self.assertEqual(line.official_id, self.heads["Kasi"])
        self.assertEqual(line.approver_user_id, self.users["Kabid"])
        self.assertIn("Kasi has no user", line.note)


class TestBulkApproval(ApprovalCase):
    preset = "kobar"

    def test_bulk_approve_reports_what_it_cannot_decide(self):
        mine = self.request(self.sekretariat, self.seksi, self.rina)
        also_mine = self.request(self.bidang, self.seksi, self.rina)
        not_mine = self.request(self.sekretariat, self.bidang, self.dodi)
        requests = mine | also_mine | not_mine
        requests.with_user(self.admin).action_submit()
        result = requests.with_user(self.users["Kasi"]).action_sk_bulk_approve()
        self.assertEqual(mine.current_approver_id, self.users["Kadis"])
        self.assertEqual(also_mine.current_approver_id, self.users["Kadis"])
        self.assertEqual(not_mine.current_approver_id, self.users["Kabid"])
        self.assertIn("2 record(s) decided", result["params"]["message"])
        # the Kasi may not read the other unit's request: the report does not name it
        self.assertNotIn(not_mine.name, result["params"]["message"])
        self.assertIn("a record you may not see", result["params"]["message"])
        self.assertEqual(result["params"]["type"], "warning")

    def test_waiting_for_my_approval_lists_the_steps_i_decide(self):
        mine = self.request(self.sekretariat, self.seksi, self.rina)
        kabids = self.request(self.sekretariat, self.bidang, self.dodi)
        draft = self.request(self.sekretariat, self.seksi, self.rina)
        (mine | kabids).with_user(self.admin).action_submit()
        Penugasan = self.env["sk.penugasan"]
        waiting = [("can_decide", "=", True)]
        self.assertEqual(Penugasan.with_user(self.users["Kasi"]).search(waiting), mine)
        self.assertEqual(Penugasan.with_user(self.users["Kabid"]).search(waiting), kabids)
        not_waiting = Penugasan.with_user(self.admin).search([("can_decide", "!=", True)])
        self.assertIn(draft, not_waiting)
        mine.with_user(self.users["Kasi"]).action_approve()
        self.assertFalse(Penugasan.with_user(self.users["Kasi"]).search(waiting))
        self.assertEqual(Penugasan.with_user(self.users["Kadis"]).search(waiting), mine)

    def test_bulk_refuse_needs_one_reason_and_reports(self):
        mine = self.request(self.sekretariat, self.seksi, self.rina)
        not_mine = self.request(self.sekretariat, self.bidang, self.dodi)
        (mine | not_mine).with_user(self.admin).action_submit()
        wizard = (
            self.env["sk.approval.reason.wizard"]
            .with_user(self.users["Kasi"])
            .create(
                {
                    "res_model": "sk.penugasan",
                    "res_ids": f"{mine.id},{not_mine.id}",
                    "decision": "refuse",
                    "reason": "No capacity",
                }
            )
        )
        result = wizard.action_confirm()
        self.assertEqual(mine.state, "refused")
        self.assertEqual(not_mine.state, "submitted")
        self.assertNotIn(not_mine.name, result["params"]["message"])  # not the Kasi's to see
        self.assertIn("a record you may not see", result["params"]["message"])


class TestNamingTheAssignees(ApprovalCase):
    preset = "custom"

    def test_the_step_that_names_the_jf_lets_its_approver_name_them(self):
        """000 Lamp. II.B.2(a)(2): the Penilai of the unit asal answers and names the JF
        (issue 14 item 1): only that approver, only at that step, only the assignees."""
        request = self.request(self.sekretariat, self.bidang)
        request.with_user(self.admin).action_submit()
        kabid = self.users["Kabid"]
        self.assertFalse(request.with_user(kabid).can_name_assignees, "step 1 only recommends")
        with self.assertRaisesRegex(UserError, "is In Approval: its content is locked"):
            request.with_user(kabid).write({"employee_ids": [(6, 0, self.dodi.ids)]})
        request.with_user(kabid).action_approve()
        # step 2 is the Kabid's too, but it waits for him to name the JF
        self.assertEqual(request.current_line_id.approver_user_id, kabid)
        self.assertTrue(request.current_line_id.selects_assignee)
        for intruder in (self.users["Rina"], self.users["Kadis"]):
            with self.assertRaisesRegex(
                AccessError, "Looks like you have stumbled upon some top-secret records"
            ):
                request.with_user(intruder).write({"employee_ids": [(6, 0, self.dodi.ids)]})
        with self.assertRaisesRegex(UserError, "locked"):
            request.with_user(kabid).write({"maksud_tujuan": "Lain"})
        with self.assertRaisesRegex(UserError, "Name the JF"):
            request.with_user(kabid).action_approve()
        request.with_user(kabid).write({"employee_ids": [(6, 0, self.dodi.ids)]})
        request.with_user(kabid).action_approve()
        self.assertEqual(request.employee_ids, self.dodi)
        while request.state == "submitted":
            request.with_user(request.current_line_id.approver_user_id).action_approve()
        self.assertEqual(request.state, "active")
