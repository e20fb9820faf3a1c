"""One inbox across kinds: the Kepala Dinas sees a request and a team waiting for her, with
what each is about, who asked and how long it has waited (issue 10)."""

from freezegun import freeze_time

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TestInbox(ApprovalCase):
    def test_every_kind_waiting_for_the_kepala_dinas(self):
        kasi, kabid, kadis = (self.users[n] for n in ("Kasi", "Kabid", "Kadis"))
        with freeze_time("2026-03-02"):
            request = self.request(self.sekretariat, target=self.seksi, employee=self.rina)
            request.with_user(self.admin).action_submit()
            request.with_user(kasi).action_approve()
            team = self.make_team(
                self.bidang, [{"employee_id": self.dodi.id, "role": "ketua"}], name="Tim Data"
            )
            team.with_user(kabid).action_submit()
        with freeze_time("2026-03-09"):
            inbox = self.inbox(kadis)
            self.assertEqual(
                sorted(inbox.mapped("res_model")), ["sk.penugasan", "sk.team"], "one list"
            )
            row = inbox.filtered(lambda ln: ln.res_model == "sk.penugasan")
            self.assertEqual(row.record_name, request.display_name)
            self.assertEqual(row.summary, "Rina – Membangun aplikasi layanan publik")
            self.assertEqual(row.requester_name, self.heads["Sekretaris"].name)
            self.assertEqual(row.days_waiting, 7)
            self.assertTrue(row.overdue)
            team_row = inbox - row
            self.assertEqual(team_row.summary, "1 member(s), Ketua Dodi")
            self.assertEqual(team_row.kind, self.env["ir.model"]._get("sk.team").name)
            opened = team_row.action_sk_open_document()
            self.assertEqual((opened["res_model"], opened["res_id"]), ("sk.team", team.id))
        # the others: nothing of hers
        self.assertFalse(self.inbox(kasi))
        self.assertFalse(self.inbox(self.users["Rina"]))
