from odoo.exceptions import AccessError

from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ADMIN,
    GROUP_ASN,
    GROUP_PIMPINAN,
    SistemKerjaCase,
    SistemKerjaHttpCase,
)


class TestInstall(SistemKerjaCase):
    def test_addon_installed(self):
        module = self.env["ir.module.module"].search([("name", "=", "odoo_sistem_kerja")])
        self.assertEqual(module.state, "installed")
        self.assertEqual(module.license, "LGPL-3")

    def test_hr_admin_loads_menu_and_action(self):
        admin = self.make_user("bkpsdm", f"base.group_user,{GROUP_ADMIN}")
        menus = self.env["ir.ui.menu"].with_user(admin).load_menus(debug=False)
        root = self.env.ref("odoo_sistem_kerja.menu_sistem_kerja_root")
        self.assertIn(root.id, menus)
        self.assertEqual(menus[root.id]["name"], "Sistem Kerja")
        # the app opens on its first sub-menu's action, which the user can load and read
        action = self.env.ref("odoo_sistem_kerja.sk_approval_line_action_inbox")
        menu = menus[root.id]
        while not menu["action"]:  # the web client opens the first sub-menu with an action
            menu = menus[menu["children"][0]]
        self.assertEqual(menu["action"], f"ir.actions.act_window,{action.id}")
        model = self.env[action.res_model].with_user(admin)
        model.get_views([(False, "list"), (False, "form")])
        model.web_search_read([], {"display_name": {}})

    def test_menu_hidden_from_users_without_sistem_kerja_group(self):
        outsider = self.make_user("outsider", "base.group_user")
        menus = self.env["ir.ui.menu"].with_user(outsider).load_menus(debug=False)
        root = self.env.ref("odoo_sistem_kerja.menu_sistem_kerja_root")
        self.assertNotIn(root.id, menus)
        asn = self.make_user("asn", GROUP_ASN)
        menus = self.env["ir.ui.menu"].with_user(asn).load_menus(debug=False)
        self.assertIn(root.id, menus)


class TestWebClient(SistemKerjaHttpCase):
    def test_open_sistem_kerja_app(self):
        self.start_tour("/odoo", "sistem_kerja_open_app", login="admin")


class TestViewsPerRole(SistemKerjaCase):
    def test_every_menu_action_opens_for_each_role(self):
        """Each role can load the views of every menu it sees (no field it may not read)."""
        root = self.env.ref("odoo_sistem_kerja.menu_sistem_kerja_root")
        for groups in (GROUP_ASN, GROUP_PIMPINAN, f"base.group_user,{GROUP_ADMIN}"):
            user = self.make_user(f"views.{groups[-5:]}", groups)
            menus = self.env["ir.ui.menu"].with_user(user).load_menus(debug=False)
            actions = {
                menu["action"]
                for menu in menus.values()
                if isinstance(menu, dict) and menu.get("app_id") == root.id and menu.get("action")
            }
            self.assertTrue(actions)
            for ref in actions:
                model, action_id = ref.split(",")
                if model != "ir.actions.act_window":
                    continue
                action = self.env[model].browse(int(action_id))
                with self.subTest(groups=groups, action=action.name):
                    views = [(False, mode) for mode in action.view_mode.split(",")]
                    self.env[action.res_model].with_user(user).get_views(views)


class TestSettingsForTheAdminKepegawaian(SistemKerjaCase):
    def test_bkpsdm_sets_the_profile_without_system_rights(self):
        """Issue 10: BKPSDM opens its company's profile from Configuration and changes the
        tembusan without being a system administrator; a Pimpinan may not."""
        bkpsdm = self.make_user(
            "bkpsdm.settings",
            f"base.group_user,{GROUP_ADMIN}",
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        self.assertFalse(bkpsdm.has_group("base.group_system"))
        menus = self.env["ir.ui.menu"].with_user(bkpsdm).load_menus(debug=False)
        menu = self.env.ref("odoo_sistem_kerja.menu_company_profile")
        self.assertIn(menu.id, menus)
        server = self.env.ref("odoo_sistem_kerja.sk_regulation_profile_action_company")
        action = server.with_user(bkpsdm).with_company(self.company).run()
        profile = self.company._sk_profile()
        self.assertEqual(
            (action["res_model"], action["res_id"]), ("sk.regulation.profile", profile.id)
        )
        profile.with_user(bkpsdm).letter_tembusan = "Bupati Uji (sebagai laporan)"
        self.assertEqual(profile.letter_tembusan, "Bupati Uji (sebagai laporan)")
        pimpinan = self.make_user("pimpinan.settings", GROUP_PIMPINAN)
        self.assertNotIn(
            menu.id, self.env["ir.ui.menu"].with_user(pimpinan).load_menus(debug=False)
        )
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to modify 'Regulation Profile'"
        ):
            profile.with_user(pimpinan).letter_tembusan = "Diubah"
