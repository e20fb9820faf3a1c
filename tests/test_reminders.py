"""A step past its deadline reminds its approver once a day; after the profile's delay the
approver's superior is informed, once (issue 10)."""

from datetime import timedelta

from freezegun import freeze_time

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TestOverdueSteps(ApprovalCase):
    def reminders(self, record):
        return record.message_ids.filtered(lambda m: "Reminder" in (m.body or ""))

    def test_the_approver_is_reminded_daily_and_the_superior_informed_once(self):
        self.assertEqual(self.profile.escalation_days, 3)
        Line = self.env["sk.approval.line"]
        with freeze_time("2026-03-02"):
            request = self.request(self.seksi, employee=self.rina)
            request.with_user(self.admin).action_submit()
        line = request.current_line_id
        kasi, kabid = self.users["Kasi"], self.users["Kabid"]
        self.assertEqual(line.approver_user_id, kasi)
        deadline = line.deadline
        with freeze_time(deadline):
            self.assertFalse(Line._cron_remind_overdue(), "not late on the deadline")
        with freeze_time(deadline + timedelta(days=1)):
            self.assertEqual(Line._cron_remind_overdue(), line)
            self.assertFalse(Line._cron_remind_overdue(), "once a day at most")
        first = self.reminders(request)
        self.assertEqual(len(first), 1)
        self.assertEqual(first.partner_ids, kasi.partner_id)
        self.assertFalse(line.escalated_to_id)
        with freeze_time(deadline + timedelta(days=3)):
            Line._cron_remind_overdue()
        escalation = self.reminders(request) - first
        self.assertEqual(escalation.partner_ids, kasi.partner_id | kabid.partner_id)
        self.assertEqual(line.escalated_to_id, self.heads["Kabid"])
        with freeze_time(deadline + timedelta(days=4)):
            Line._cron_remind_overdue()
        last = self.reminders(request) - first - escalation
        self.assertEqual(last.partner_ids, kasi.partner_id, "the superior is informed once")
        # decided: no more reminders
        request.with_user(kasi).action_approve()
        with freeze_time(deadline + timedelta(days=5)):
            self.assertNotIn(line, Line._cron_remind_overdue())
