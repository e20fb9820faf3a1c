"""Attacks over the ORM, as a JSON-RPC caller would send them, by each role: state,
numbers and decisions move only through the approval engine, decided things are locked
and kept, and nobody reaches beyond their scope. Every attack must be refused with a
clear error and leave the database as it was."""

from datetime import date

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .approval_common import ApprovalCase


@tagged("post_install", "-at_install", "sistem_kerja")
class SealedCase(ApprovalCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.rina_user, cls.kabid, cls.kasi = (
            cls.users["Rina"],
            cls.users["Kabid"],
            cls.users["Kasi"],
        )
        cls.kadis, cls.camat = cls.users["Kadis"], cls.users["Camat"]
        cls.own_draft = cls.request(cls.seksi, employee=cls.rina, requester=cls.rina)
        cls.submitted = cls.request(cls.sekretariat, cls.seksi, cls.rina)
        cls.submitted.with_user(cls.admin).action_submit()
        cls.approved = cls.decide_all(cls.request(cls.sekretariat, cls.seksi, cls.rina))
        cls.draft_team = cls.make_team(cls.bidang, [{"employee_id": cls.rina.id}], name="Draft")
        cls.team = cls.make_team(
            cls.bidang, [{"employee_id": cls.rina.id, "tugas": "Konten"}], name="Website"
        )
        cls.decide_all(cls.team, cls.kabid)
        Letter = cls.env["sk.letter"].with_user(cls.admin)
        cls.draft_letter = Letter.create({"employee_id": cls.rina.id, "company_id": cls.company.id})
        cls.letter = Letter.create({"employee_id": cls.rina.id, "company_id": cls.company.id})
        cls.decide_all(cls.letter)
        cls.kedudukan = cls.rina.sk_kedudukan_id

    def assertRefused(self, call, record, names, *, error, message):
        """``call`` raises ``error`` saying ``message`` (the refusal the contract promises,
        for its reason) and ``record``'s ``names`` keep their values."""
        record = record.sudo()
        before = {name: record[name] for name in names}
        with self.assertRaisesRegex(error, message):
            with self.env.cr.savepoint():
                call()
        record.invalidate_recordset()
        self.assertEqual({name: record[name] for name in names}, before)


class TestStateAndNumbers(SealedCase):
    def test_fixtures_are_what_the_attacks_need(self):
        self.assertEqual(
            [self.own_draft.state, self.submitted.state, self.approved.state],
            ["draft", "submitted", "active"],
        )
        self.assertEqual([self.team.state, self.letter.state], ["active", "issued"])
        self.assertTrue(self.approved.letter_number and self.letter.letter_number)
        self.assertEqual(self.kedudukan.state, "active")

    def test_requester_cannot_activate_and_number_their_own_draft(self):
        request = self.own_draft.with_user(self.rina_user)
        self.assertRefused(
            lambda: request.write({"state": "active", "letter_number": "800/999/2026"}),
            request,
            ["state", "letter_number"],
            error=UserError,
            message="Letter Number, State of Penugasan change only through the",
        )
        self.assertRefused(
            lambda: request.write({"state": "active"}),
            request,
            ["state"],
            error=UserError,
            message="State of Penugasan change only through the workflow's",
        )
        # nothing printed, nothing verified: the Print menu has no number to print
        self.assertFalse(
            self.env["sk.letter.verification"].sudo().search([("res_id", "=", request.id)])
        )

    def test_a_context_flag_is_not_a_key(self):
        request = self.own_draft.with_user(self.rina_user).with_context(
            sk_engine=True, sk_approval_decision=True, install_mode=True
        )
        self.assertRefused(
            lambda: request.write({"state": "active"}),
            request,
            ["state"],
            error=UserError,
            message="State of Penugasan change only through the workflow's",
        )

    def test_requester_cannot_create_a_request_already_approved(self):
        Penugasan = self.env["sk.penugasan"].with_user(self.rina_user)
        count = Penugasan.sudo().search_count([])
        with self.assertRaisesRegex(UserError, "set by the workflow"):
            Penugasan.create(
                {
                    "requester_employee_id": self.rina.id,
                    "owner_department_id": self.seksi.id,
                    "employee_ids": [(6, 0, self.rina.ids)],
                    "state": "active",
                    "letter_number": "800/1/2026",
                }
            )
        self.assertEqual(Penugasan.sudo().search_count([]), count)

    def test_admin_cannot_skip_the_approval(self):
        request = self.submitted.with_user(self.admin)
        self.assertRefused(
            lambda: request.write({"state": "active"}),
            request,
            ["state"],
            error=UserError,
            message="State of Penugasan change only through the workflow's",
        )
        self.assertRefused(
            lambda: request.write({"approver_user_ids": [(4, self.admin.id)]}),
            request,
            ["approver_user_ids"],
            error=UserError,
            message="Approvers of Penugasan change only through the workflow's",
        )

    def test_requester_cannot_add_readers(self):
        request = self.own_draft.with_user(self.rina_user)
        self.assertRefused(
            lambda: request.write({"approver_user_ids": [(4, self.users["Dodi"].id)]}),
            request,
            ["approver_user_ids"],
            error=UserError,
            message="Approvers of Penugasan change only through the workflow's",
        )

    def test_pimpinan_cannot_establish_a_team_by_writing(self):
        team = self.draft_team.with_user(self.kabid)
        self.assertRefused(
            lambda: team.write({"state": "active"}),
            team,
            ["state"],
            error=UserError,
            message="State of Tim Kerja change only through the workflow's",
        )
        self.assertRefused(
            lambda: team.write({"letter_number": "1 TAHUN 2026"}),
            team,
            ["letter_number"],
            error=UserError,
            message="Letter Number of Tim Kerja change only through the",
        )

    def test_computed_ketua_cannot_be_written(self):
        team = self.draft_team.with_user(self.kabid)
        self.assertRefused(
            lambda: team.write({"ketua_id": self.dodi.id}),
            team,
            ["ketua_id"],
            error=UserError,
            message="Ketua Tim of Tim Kerja change only through the workflow's",
        )
        self.assertRefused(
            lambda: team.write({"scope": "unit"}),
            team,
            ["scope"],
            error=UserError,
            message="Scope of Tim Kerja change only through the workflow's",
        )

    def test_letter_state_and_number_are_the_signers(self):
        draft = self.draft_letter.with_user(self.admin)
        self.assertRefused(
            lambda: draft.write({"state": "issued", "letter_number": "800/1/2026"}),
            draft,
            ["state", "letter_number"],
            error=UserError,
            message="Letter Number, State of Letter change only through the",
        )
        signed = self.letter.with_user(self.admin)
        self.assertRefused(
            lambda: signed.write({"letter_number": "800/2/2026"}),
            signed,
            ["letter_number"],
            error=UserError,
            message="Letter Number of Letter change only through the workflow's",
        )

    def test_decided_records_cannot_be_reset_and_deleted(self):
        for record in (self.approved, self.letter, self.team):
            target = record.with_user(self.admin)
            self.assertRefused(
                lambda t=target: t.write({"state": "draft", "approval_round": 0}),
                target,
                ["state", "approval_round"],
                error=UserError,
                message="change only through the workflow's buttons, never by a",
            )
            self.assertRefused(
                target.unlink,
                target,
                ["state"],
                error=UserError,
                message="is history and cannot be deleted: cancel, end or revoke it",
            )
            self.assertTrue(record.exists())

    def test_a_draft_never_submitted_can_be_deleted(self):
        self.own_draft.with_user(self.rina_user).unlink()
        self.draft_team.with_user(self.kabid).unlink()
        self.draft_letter.with_user(self.admin).unlink()
        for record in (self.own_draft, self.draft_team, self.draft_letter):
            self.assertFalse(record.exists())

    def test_kedudukan_history_is_kept(self):
        kedudukan = self.kedudukan.with_user(self.admin)
        self.assertRefused(
            lambda: kedudukan.write({"state": "draft"}),
            kedudukan,
            ["state"],
            error=UserError,
            message="State of Kedudukan change only through the workflow's",
        )
        self.assertRefused(
            kedudukan.unlink,
            kedudukan,
            ["state"],
            error=UserError,
            message="Kedudukan of Rina is history and cannot be deleted: cancel",
        )
        self.assertRefused(
            lambda: kedudukan.write({"penilai_id": self.heads["Kadis"].id}),
            kedudukan,
            ["penilai_id"],
            error=UserError,
            message="Kedudukan of Rina is Active: its content is locked",
        )
        self.assertRefused(
            lambda: self.rina.with_user(self.admin).write(
                {"sk_penilai_id": self.heads["Kadis"].id}
            ),
            self.rina,
            ["sk_penilai_id"],
            error=UserError,
            message="The Pejabat Penilai Kinerja and Pimpinan Unit Organisasi of",
        )
        # ending it is the way: a planned end may still be set
        kedudukan.write({"date_end": date(2026, 12, 31)})
        self.assertEqual(kedudukan.date_end, date(2026, 12, 31))

    def test_replacing_a_kedudukan_reaches_the_database_in_order(self):
        draft = (
            self.env["sk.kedudukan"]
            .with_user(self.admin)
            .create(
                {
                    "employee_id": self.rina.id,
                    "department_id": self.seksi.id,
                    "penilai_id": self.heads["Kasi"].id,
                    "decision_number": "800/2/2026",
                    "decision_date": date(2026, 3, 1),
                    "date_start": date(2026, 3, 1),
                }
            )
        )
        draft.action_set()  # ends the previous one first
        self.assertEqual(self.kedudukan.state, "ended")
        self.assertEqual(self.rina.sk_kedudukan_id, draft)
        self.env.flush_all()


class TestLocks(SealedCase):
    def test_established_team_is_locked_with_its_members(self):
        team = self.team.with_user(self.kabid)
        member = team.member_ids.with_user(self.kabid)
        self.assertRefused(
            lambda: team.write({"name": "Renamed"}),
            team,
            ["name"],
            error=UserError,
            message="Website is Ditetapkan: its content is locked",
        )
        self.assertRefused(
            lambda: member.write({"tugas": "Other"}),
            member,
            ["tugas"],
            error=UserError,
            message="Website is Ditetapkan: its content is locked",
        )
        self.assertRefused(
            member.unlink,
            team,
            ["member_count"],
            error=UserError,
            message="Website is Ditetapkan: its content is locked",
        )
        self.assertRefused(
            lambda: self.env["sk.team.member"]
            .with_user(self.kabid)
            .create({"team_id": team.id, "employee_id": self.dodi.id}),
            team,
            ["member_count"],
            error=UserError,
            message="Website is Ditetapkan: its content is locked",
        )

    def test_signed_letter_keeps_its_roles_and_tembusan(self):
        letter = self.letter.with_user(self.admin)
        role = letter.role_ids[:1].with_user(self.admin)
        self.assertTrue(role)
        self.assertRefused(
            lambda: letter.write({"tembusan": "Someone"}),
            letter,
            ["tembusan"],
            error=UserError,
            message="is Issued: its content is locked",
        )
        self.assertRefused(
            lambda: role.write({"tasks": "Other"}),
            role,
            ["tasks"],
            error=UserError,
            message="is Issued: its content is locked",
        )
        self.assertRefused(
            role.unlink,
            letter,
            ["role_ids"],
            error=UserError,
            message="is Issued: its content is locked",
        )
        self.assertRefused(
            lambda: self.env["sk.letter.role"]
            .with_user(self.admin)
            .create({"letter_id": letter.id, "name": "Bendahara"}),
            letter,
            ["role_ids"],
            error=UserError,
            message="is Issued: its content is locked",
        )

    def test_approved_assignment_keeps_its_assignees(self):
        request = self.approved.with_user(self.admin)
        self.assertRefused(
            lambda: request.write({"employee_ids": [(4, self.dodi.id)]}),
            request,
            ["employee_ids"],
            error=UserError,
            message="is Active: its content is locked",
        )
        self.assertRefused(
            lambda: request.write({"date_end": date(2027, 6, 30)}),
            request,
            ["date_end"],
            error=UserError,
            message="is Active: its content is locked",
        )


class TestScope(SealedCase):
    def test_unit_head_cannot_touch_another_units_team_through_a_member(self):
        # the Kasi heads Rina's unit and sees the Kabid's team, but does not own it
        team = self.draft_team.with_user(self.kasi)
        self.assertTrue(team.name)  # readable
        self.assertRefused(
            lambda: team.write({"name": "Mine now"}),
            team,
            ["name"],
            error=AccessError,
            message="Looks like you have stumbled upon some top-secret records",
        )
        self.assertRefused(
            team.unlink,
            team,
            ["name"],
            error=AccessError,
            message="Looks like you have stumbled upon some top-secret records",
        )
        established = self.team.with_user(self.kasi)
        self.assertRefused(
            lambda: established._sk_dissolve("taking over"),
            established,
            ["state"],
            error=AccessError,
            message="Looks like you have stumbled upon some top-secret records",
        )
        self.assertRefused(
            established.action_done,
            established,
            ["state"],
            error=AccessError,
            message="Looks like you have stumbled upon some top-secret records",
        )

    def test_unit_head_cannot_create_a_team_of_another_perangkat_daerah(self):
        Team = self.env["sk.team"].with_user(self.camat)
        values = {
            "name": "Tim Dinkes",
            "company_id": self.company.id,
            "date_start": date(2026, 2, 1),
            "date_end": date(2026, 12, 31),
        }
        with self.assertRaisesRegex(
            ValidationError, "Camat does not head Dinas Kesehatan: the Pejabat Pemilik"
        ):
            Team.create(
                dict(
                    values,
                    owner_department_id=self.dinkes.id,
                    owner_employee_id=self.heads["Camat"].id,
                )
            )
        # nor name someone else owner of his own unit
        with self.assertRaisesRegex(ValidationError, "does not head"):
            Team.create(
                dict(
                    values,
                    owner_department_id=self.kecamatan.id,
                    owner_employee_id=self.heads["Kadinkes"].id,
                )
            )

    def test_requester_cannot_cancel_an_approved_request_alone(self):
        request = self.approved
        requester = request.requester_employee_id.user_id
        self.assertRefused(
            lambda: request.with_user(requester)._sk_cancel("changed my mind"),
            request,
            ["state"],
            error=UserError,
            message="the requester may withdraw a request only before it is",
        )
        own = self.own_draft.with_user(self.rina_user)
        own._sk_cancel("no longer needed")  # a draft is withdrawn by its requester
        self.assertEqual(own.state, "cancelled")

    def test_asn_cannot_close_a_team(self):
        team = self.team.with_user(self.rina_user)
        self.assertRefused(
            team.action_done,
            team,
            ["state"],
            error=AccessError,
            message="You are not allowed to modify 'Tim Kerja'",
        )

    def test_organisation_is_the_admins(self):
        unit = self.seksi.with_user(self.rina_user)
        for values in (
            {"sk_unit_code": "999"},
            {"sk_default_penilai_id": self.rina.id},
            {"sk_unit_type_id": self.sk_ref("unit_type_bidang").id},
            {"name": "Seksi Saya"},
        ):
            self.assertRefused(
                lambda v=values: unit.write(v),
                unit,
                list(values),
                error=AccessError,
                message="Only the Admin Kepegawaian changes the Unit Organisasi tree",
            )
        dinkes = self.dinkes.with_user(self.camat)
        self.assertRefused(
            lambda: dinkes.write({"parent_id": self.kecamatan.id}),
            dinkes,
            ["parent_id", "sk_perangkat_daerah_id"],
            error=AccessError,
            message="Only the Admin Kepegawaian changes the Unit Organisasi tree",
        )
        self.dinkes.with_user(self.admin).write({"sk_unit_code": "440.1"})
        self.assertEqual(self.dinkes.sk_unit_code, "440.1")

    def test_team_owner_unit_of_another_company_is_refused(self):
        other = self.env["res.company"].create({"name": "Pemerintah Kota Lain"})
        unit = self.make_unit(
            "Dinas Lain", "dinas", head=("Kadis Lain", "jpt_pratama"), company=other
        )
        with self.assertRaisesRegex(UserError, "Incompatible companies on records"):
            self.env["sk.team"].create(
                {
                    "name": "Tim Lintas",
                    "company_id": self.company.id,
                    "owner_department_id": unit.id,
                    "owner_employee_id": unit.manager_id.id,
                    "date_start": date(2026, 2, 1),
                    "date_end": date(2026, 12, 31),
                }
            )


class TestLeaks(SealedCase):
    def test_approval_history_follows_the_record(self):
        Line = self.env["sk.approval.line"]
        outsider_lines = Line.with_user(self.outsider).search([])
        self.assertFalse(outsider_lines)
        rina_lines = Line.with_user(self.rina_user).search([])
        readable = {(line.res_model, line.res_id) for line in rina_lines.sudo()}
        for model, res_id in readable:
            self.assertTrue(
                self.env[model].browse(res_id).with_user(self.rina_user).has_access("read")
            )
        foreign = self.draft_team.sudo().approval_line_ids | self.submitted.sudo().approval_line_ids
        # refused by the lines' record rule, or by the check that each line's document is
        # readable (which of the two answers depends on the records' order)
        with self.assertRaisesRegex(
            AccessError, "top-secret records|You may not see the approval history"
        ):
            foreign.with_user(self.outsider).read(["reason", "decided_by_id"])
        # the approver reads the history of what they decide
        self.assertTrue(
            self.submitted.with_user(self.kasi).approval_line_ids.read(["name", "state"])
        )

    def test_decision_error_does_not_name_what_the_user_cannot_see(self):
        with self.assertRaisesRegex(UserError, "You are not the approver of this record") as caught:
            self.submitted.with_user(self.outsider).action_approve()
        message = caught.exception.args[0]
        self.assertNotIn(self.submitted.name, message)
        self.assertNotIn("Kasi", message)

    def test_verification_records_are_not_for_asn(self):
        with self.assertRaisesRegex(AccessError, "not allowed to access 'Letter Verification'"):
            self.env["sk.letter.verification"].with_user(self.rina_user).search([])

    def test_representation_that_decided_cannot_be_deleted(self):
        today = fields.Date.context_today(self.env.user)
        plh = self.env["sk.representation"].create(
            {
                "official_id": self.heads["Kadis"].id,
                "representative_id": self.heads["Sekretaris"].id,
                "type": "plh",
                "date_from": today,
                "date_to": today,
            }
        )
        self.users["Sekretaris"] = self.heads["Sekretaris"].user_id
        request = self.decide_all(self.request(self.sekretariat, self.seksi, self.rina))
        line = request.approval_line_ids.filtered("representation_id")
        self.assertEqual(line.caption, "Plh. Kadis")
        with self.assertRaisesRegex(
            UserError, "A representative who was asked to decide is part of the"
        ):
            with self.env.cr.savepoint():
                plh.unlink()
        self.assertEqual(request._sk_signer()["caption"], "Plh.")


class TestDecisions(SealedCase):
    def test_a_stale_click_does_not_decide_the_next_step(self):
        request = self.request(self.sekretariat, self.seksi, self.rina)
        request.with_user(self.admin).action_submit()
        first = request.current_line_id
        request.with_user(self.kasi).with_context(sk_line_id=first.id).action_approve()
        second = request.current_line_id
        self.assertNotEqual(first, second)
        # the Kadis double-clicks on the step the Kasi just decided
        approver = second.approver_user_id
        with self.assertRaisesRegex(UserError, "already been decided"):
            request.with_user(approver).with_context(sk_line_id=first.id).action_approve()
        self.assertEqual(second.state, "pending")
        self.assertEqual(request.state, "submitted")

    def test_reason_wizard_refuses_what_it_cannot_parse(self):
        Wizard = self.env["sk.approval.reason.wizard"].with_user(self.kasi)
        nothing, gone = "Nothing to decide", "no longer exist"
        not_here = "This decision does not apply to these records"
        for values, message in (
            ({"res_model": "res.partner", "res_ids": "1", "decision": "refuse"}, nothing),
            ({"res_model": "sk.penugasan", "res_ids": "abc", "decision": "refuse"}, nothing),
            ({"res_model": "sk.penugasan", "res_ids": "1;2", "decision": "refuse"}, nothing),
            ({"res_model": "sk.penugasan", "res_ids": "99999999", "decision": "refuse"}, gone),
            (
                {
                    "res_model": "sk.kedudukan",
                    "res_ids": str(self.kedudukan.id),
                    "decision": "cancel",
                },
                nothing,  # a kedudukan is no record of the approval engine
            ),
            (
                {"res_model": "sk.letter", "res_ids": str(self.letter.id), "decision": "dissolve"},
                not_here,
            ),
        ):
            with self.subTest(values=values), self.assertRaisesRegex(UserError, message):
                with self.env.cr.savepoint():
                    Wizard.create(dict(values, reason="x"))

    def test_ticking_an_approval_activity_is_not_a_decision(self):
        activity = self.approval_activities(self.submitted)
        with self.assertRaisesRegex(UserError, "closed by its record's workflow"):
            activity.with_user(self.kasi).with_context(sk_approval_decision=True).action_feedback(
                feedback="ok"
            )
        # nor is it archived (where Odoo keeps done activities) or deleted by hand
        for close in ("action_archive", "unlink"):
            with self.subTest(close=close), self.assertRaisesRegex(UserError, "workflow"):
                with self.env.cr.savepoint():
                    getattr(activity.with_user(self.kasi), close)()
        self.assertTrue(activity.active)
        self.assertEqual(self.submitted.current_line_id.state, "pending")
