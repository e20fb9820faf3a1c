"""A JF lands on My Roles: their places in established teams and their individual
assignments, each with its letter (issue 10)."""

from odoo.tools.safe_eval import safe_eval

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TestMyRoles(ApprovalCase):
    def roles(self, user):
        action = self.env.ref("odoo_sistem_kerja.sk_my_role_action")
        domain = safe_eval(action.domain, {"uid": user.id})
        return self.env["sk.my.role"].with_user(user).search(domain)

    def test_a_jf_sees_their_teams_and_assignments_and_lands_there(self):
        team = self.decide_all(
            self.make_team(
                self.bidang,
                [
                    {"employee_id": self.dodi.id, "role": "ketua", "tugas": "Memimpin tim"},
                    {"employee_id": self.rina.id, "tugas": "Mengolah data"},
                ],
                name="Tim Data",
            ),
            submitter=self.users["Kabid"],
        )
        request = self.decide_all(
            self.request(self.sekretariat, target=self.seksi, employee=self.rina)
        )
        rina = self.roles(self.users["Rina"])
        self.assertEqual(
            sorted((r.kind, r.name, r.role or "", r.letter_number) for r in rina),
            [
                ("individual", request.name, "", request.letter_number),
                ("team", "Tim Data", "anggota", team.letter_number),
            ],
        )
        self.assertEqual(rina.filtered(lambda r: r.kind == "team").tasks, "Mengolah data")
        opened = rina.filtered(lambda r: r.kind == "individual").action_sk_open_document()
        self.assertEqual((opened["res_model"], opened["res_id"]), ("sk.penugasan", request.id))
        dodi = self.roles(self.users["Dodi"])
        self.assertEqual(dodi.mapped("role"), ["ketua"])
        # nobody reads another's roles, the Admin Kepegawaian reads them all
        self.assertFalse(
            self.env["sk.my.role"]
            .with_user(self.users["Dodi"])
            .search([("employee_id", "=", self.rina.id)])
        )
        self.assertEqual(len(self.env["sk.my.role"].with_user(self.admin).search([])), 3)
        # the first menu of the app a JF can open
        menus = self.env["ir.ui.menu"].with_user(self.users["Rina"]).load_menus(debug=False)
        root = menus[self.env.ref("odoo_sistem_kerja.menu_sistem_kerja_root").id]
        menu = root
        while not menu["action"]:
            menu = menus[menu["children"][0]]
        action = self.env.ref("odoo_sistem_kerja.sk_my_role_action")
        self.assertEqual(menu["action"], f"ir.actions.act_window,{action.id}")
