"""Who heads a unit opens it and everything below it, at once, for every worker.

The record rules read a stored set of the users heading each unit or a unit above it:
a new head, a unit moved under another Perangkat Daerah or a head who gets an Odoo user
changes what is visible in the same transaction, without clearing any cache.
"""

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .approval_common import ApprovalCase
from .common import GROUP_PIMPINAN


@tagged("post_install", "-at_install", "sistem_kerja")
class TestGovernedUnits(ApprovalCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seksi_request = cls.request(cls.seksi, employee=cls.rina)

    def readable_by(self, user):
        return bool(
            self.env["sk.penugasan"].with_user(user).search([("id", "=", self.seksi_request.id)])
        )

    def test_the_heads_above_a_unit_govern_it(self):
        self.assertEqual(
            self.seksi.sk_governing_user_ids,
            self.users["Kasi"] | self.users["Kabid"] | self.users["Kadis"],
        )
        self.assertTrue(self.readable_by(self.users["Kabid"]))
        self.assertFalse(self.readable_by(self.users["Kadinkes"]))

    def test_a_unit_moved_under_another_pd_changes_hands_at_once(self):
        self.assertTrue(self.readable_by(self.users["Kadis"]))
        self.bidang.sudo().parent_id = self.dinkes
        self.assertTrue(self.readable_by(self.users["Kadinkes"]))
        self.assertFalse(self.readable_by(self.users["Kadis"]))
        self.assertIn(self.users["Kadinkes"], self.seksi.sk_governing_user_ids)

    def test_a_new_head_sees_the_unit_and_the_old_head_no_longer(self):
        old = self.users["Kabid"]
        self.assertTrue(self.readable_by(old))
        successor = self.make_employee("Kabid Baru", self.bidang, "administrator")
        successor.user_id = self.make_user(
            "kabid.baru", GROUP_PIMPINAN, company_id=self.company.id, company_ids=[self.company.id]
        )
        self.bidang.sudo().manager_id = successor
        self.assertTrue(self.readable_by(successor.user_id))
        self.assertFalse(self.readable_by(old))

    def test_a_head_given_a_user_later_governs_from_then_on(self):
        kasi = self.heads["Kasi"]
        user = kasi.user_id
        kasi.user_id = False
        self.assertNotIn(user, self.seksi.sk_governing_user_ids)
        self.assertFalse(self.readable_by(user))
        kasi.user_id = user
        self.assertTrue(self.readable_by(user))

    def test_a_unit_head_cannot_write_themselves_into_another_unit(self):
        kadinkes = self.users["Kadinkes"]
        with (
            self.assertRaisesRegex(
                AccessError, "Only the Admin Kepegawaian changes the Unit Organisasi tree"
            ),
            self.env.cr.savepoint(),
        ):
            self.seksi.with_user(kadinkes).write(
                {"sk_governing_user_ids": [Command.link(kadinkes.id)]}
            )
        with (
            self.assertRaisesRegex(
                AccessError, "Only the Admin Kepegawaian changes the Unit Organisasi tree"
            ),
            self.env.cr.savepoint(),
        ):
            self.seksi.with_user(kadinkes).parent_id = self.dinkes
        self.env.invalidate_all()
        self.assertNotIn(kadinkes, self.seksi.sk_governing_user_ids)
        self.assertEqual(self.seksi.parent_id, self.bidang)
        self.assertFalse(self.readable_by(kadinkes))
