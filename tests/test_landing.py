"""Every Sistem Kerja user lands on their work, not on an empty Discuss inbox (issue 22
item 1): the role given decides the home action, unless the user has one of their own."""

from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ADMIN,
    GROUP_ASN,
    GROUP_PIMPINAN,
    SistemKerjaCase,
)


class TestLanding(SistemKerjaCase):
    def test_each_role_lands_on_its_work(self):
        expected = {
            GROUP_ADMIN: "odoo_sistem_kerja.hr_employee_public_action_dashboard",
            GROUP_PIMPINAN: "odoo_sistem_kerja.sk_approval_line_action_inbox",
            GROUP_ASN: "odoo_sistem_kerja.sk_my_role_action",
        }
        for group, action in expected.items():
            with self.subTest(group=group):
                user = self.make_user(f"landing.{group.split('_')[-1]}", group)
                self.assertEqual(user.action_id.id, self.env.ref(action).id)

    def test_the_landing_follows_a_role_given_later_and_a_chosen_home_stays(self):
        user = self.make_user("landing.plain", "base.group_user")
        self.assertFalse(user.action_id, "a user outside Sistem Kerja meets plain Odoo")
        user.groups_id = [(4, self.env.ref(GROUP_ASN).id)]
        self.assertEqual(user.action_id.id, self.ref("odoo_sistem_kerja.sk_my_role_action"))
        user.groups_id = [(4, self.env.ref(GROUP_PIMPINAN).id)]
        self.assertEqual(
            user.action_id.id, self.ref("odoo_sistem_kerja.sk_approval_line_action_inbox")
        )
        chosen = self.env.ref("project.open_view_project_all")
        user.action_id = chosen.id
        user.groups_id = [(4, self.env.ref(GROUP_ADMIN).id)]
        self.assertEqual(user.action_id.id, chosen.id, "the user's own home action is kept")
