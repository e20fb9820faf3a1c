from .common import GROUP_ADMIN, GROUP_ASN, SistemKerjaCase, SistemKerjaHttpCase


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
        action = self.env.ref("odoo_sistem_kerja.sk_penugasan_action_my_approvals")
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
