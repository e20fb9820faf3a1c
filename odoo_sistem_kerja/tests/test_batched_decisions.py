"""Decisions taken for many records at once: the month-end of a Pemda.

A bulk decision is one batch for the engine (one activity round-trip per step, numbers
taken from one locked block per register), yet it must leave exactly what the same
decisions taken one by one leave: every record decided, numbers without gaps, the records
that could not be decided named and untouched.
"""

import re
from datetime import date

from odoo.tests import tagged

from .approval_common import ApprovalCase


@tagged("post_install", "-at_install", "sistem_kerja")
class TestBatchedDecisions(ApprovalCase):
    preset = "kota_pasuruan"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.people = cls.rina
        for name in ("Sari", "Tono", "Wati"):
            cls.people |= cls.make_jf(name, cls.seksi, "ahli_pertama")
        (cls.people - cls.rina)._sk_set_kedudukan_from_rules("800/2/2026", date(2026, 1, 2))

    def requests(self, people=None):
        requests = self.env["sk.penugasan"]
        for person in people or self.people[:3]:
            requests |= self.request(self.seksi, employee=person)
        return requests

    def register_next(self):
        """The next number of the Dinas's register of outgoing letters this year."""
        sequence = self.env["sk.letter.number"]._sk_sequence(self.company, self.dinas, "surat")
        return sequence._get_current_sequence(date.today()).number_next

    def seq_of(self, requests):
        """The register numbers of the requests' letters, read through the profile's
        pattern (e.g. 800/{seq}/{unit_code}/{year})."""
        pattern = re.escape(self.profile.number_pattern_individual)
        pattern = pattern.replace(re.escape("{seq}"), r"(?P<seq>\d+)")
        pattern = re.sub(
            re.escape(re.escape("{")) + r"\w+" + re.escape(re.escape("}")), ".*?", pattern
        )
        return sorted(
            int(re.fullmatch(pattern, n)["seq"]) for n in requests.mapped("letter_number")
        )

    def approve_in_bulk(self, requests):
        """Approve every step with one bulk action per approver, as the list's action does."""
        while requests.sudo().filtered("current_line_id"):
            waiting = requests.sudo().filtered("current_line_id")
            approver = waiting[0].current_line_id.approver_user_id
            mine = waiting.filtered(lambda r, u=approver: r.current_line_id.approver_user_id == u)
            result = mine.with_user(approver).action_sk_bulk_approve()
            self.assertEqual(result["params"]["type"], "success", result["params"]["message"])

    def test_a_bulk_approval_numbers_every_letter_without_a_gap(self):
        requests = self.requests()
        requests.with_user(self.admin).action_submit()
        self.approve_in_bulk(requests)
        self.assertEqual(set(requests.mapped("state")), {"active"})
        self.assertEqual(self.seq_of(requests), [1, 2, 3])
        self.assertEqual(self.register_next(), 4, "the register goes on from the last letter")
        for request in requests:
            self.assertEqual(request.letter_date, date.today())
            self.assertFalse(self.approval_activities(request))

    def test_numbers_reserved_and_not_used_are_given_back(self):
        requests = self.requests()
        manual = requests[1]
        manual.with_user(self.admin).manual_letter_number = "800/77/105/2026"
        requests.with_user(self.admin).action_submit()
        self.approve_in_bulk(requests)
        self.assertEqual(manual.letter_number, "800/77/105/2026")
        self.assertEqual(self.seq_of(requests - manual), [1, 2])
        later = self.requests(self.people[3])
        self.decide_all(later)
        self.assertEqual(self.seq_of(later), [3], "no number was lost in the batch")

    def test_records_that_cannot_be_decided_are_named_and_the_others_decided(self):
        requests = self.requests()
        draft = requests[1]
        (requests - draft).with_user(self.admin).action_submit()
        approver = (requests - draft)[0].sudo().current_line_id.approver_user_id
        result = requests.with_user(approver).action_sk_bulk_approve()
        self.assertEqual(result["params"]["type"], "warning")
        self.assertIn(draft.name, result["params"]["message"])
        self.assertIn("not waiting for a decision", result["params"]["message"])
        self.assertEqual(draft.state, "draft")
        self.assertFalse(draft.letter_number)
        self.approve_in_bulk(requests - draft)
        self.assertEqual(self.seq_of(requests - draft), [1, 2])
        self.assertEqual(self.register_next(), 3)

    def test_requests_approved_together_count_each_others_workload(self):
        self.profile.write({"workload_max": 1, "check_workload": "block"})
        person = self.people[0]
        requests = self.requests(person) | self.requests(person)
        requests.with_user(self.admin).action_submit()
        result = None
        while not result or result["params"]["type"] == "success":
            waiting = requests.sudo().filtered("current_line_id")
            approver = waiting[0].current_line_id.approver_user_id
            mine = waiting.filtered(lambda r, u=approver: r.current_line_id.approver_user_id == u)
            result = mine.with_user(approver).action_sk_bulk_approve()
        # together they would take her to 2: the first is approved, the second refused
        self.assertEqual(requests.mapped("state"), ["active", "submitted"])
        self.assertIn(requests[1].name, result["params"]["message"])
        self.assertIn("above the threshold of 1", result["params"]["message"])

    def test_the_chatter_keeps_one_message_per_decision(self):
        requests = self.requests()
        requests.with_user(self.admin).action_submit()
        line = requests[0].sudo().current_line_id
        requests.with_user(line.approver_user_id).action_sk_bulk_approve()
        for request in requests:
            decided = request.sudo().message_ids.filtered(
                lambda m, ln=line: f"{ln.name}: approved by {ln.approver_user_id.name}."
                in (m.body or "")
            )
            self.assertEqual(len(decided), 1, "the activity done message names the decision")

    def test_an_approver_is_told_once_of_the_steps_of_one_batch(self):
        requests = self.requests()
        requests.with_user(self.admin).action_submit()
        approver = requests[0].sudo().current_line_id.approver_user_id
        self.assertEqual(requests.sudo().current_line_id.approver_user_id, approver)
        self.assertEqual(
            len(requests.sudo().activity_ids.filtered(lambda a: a.user_id == approver)), 3
        )
        notices = self.env["mail.message"].search(
            [
                ("partner_ids", "in", approver.partner_id.ids),
                ("message_type", "=", "user_notification"),
            ]
        )
        self.assertEqual(len(notices), 1, "one notice for the three steps, not three mails")
        for request in requests:
            self.assertIn(request.name, notices.body)
            self.assertIn(f"/odoo/sk.penugasan/{request.id}", notices.body)

    def test_a_single_step_is_told_as_odoo_tells_any_activity(self):
        request = self.requests(self.people[:1])
        request.with_user(self.admin).action_submit()
        approver = request.sudo().current_line_id.approver_user_id
        notices = self.env["mail.message"].search(
            [
                ("partner_ids", "in", approver.partner_id.ids),
                ("message_type", "=", "user_notification"),
            ]
        )
        self.assertEqual(len(notices), 1)
        self.assertIn("assigned to you", notices.subject)

    def test_a_bulk_refusal_gives_every_record_the_reason(self):
        requests = self.requests()
        requests.with_user(self.admin).action_submit()
        approver = requests[0].sudo().current_line_id.approver_user_id
        wizard = (
            self.env["sk.approval.reason.wizard"]
            .with_user(approver)
            .create(
                {
                    "res_model": "sk.penugasan",
                    "res_ids": ",".join(map(str, requests.ids)),
                    "decision": "refuse",
                    "reason": "Beban kerja penuh",
                }
            )
        )
        wizard.action_confirm()
        self.assertEqual(set(requests.mapped("state")), {"refused"})
        for request in requests:
            refused = request.sudo().approval_line_ids.filtered(lambda ln: ln.state == "refused")
            self.assertEqual(refused.reason, "Beban kerja penuh")
            self.assertFalse(self.approval_activities(request))
