from datetime import date

from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ADMIN,
    GROUP_ASN,
    GROUP_PIMPINAN,
    SistemKerjaHttpCase,
)


class TestApproveFromActivity(SistemKerjaHttpCase):
    def head_users(self, *names):
        """A Pimpinan user (login and password: the name in lower case) for each head."""
        users = {}
        for name in names:
            users[name] = self.heads[name].user_id = self.env["res.users"].create(
                {
                    "name": name,
                    "login": name.lower(),
                    "password": name.lower(),
                    "groups_id": [(6, 0, [self.env.ref(GROUP_PIMPINAN).id])],
                }
            )
        return users

    def request_from(self, owner, employee):
        """A request of ``owner``'s head for ``employee`` of the Seksi."""
        return self.env["sk.penugasan"].create(
            {
                "method": "penunjukan",
                "requester_employee_id": owner.manager_id.id,
                "owner_department_id": owner.id,
                "target_department_id": self.seksi.id,
                "employee_ids": [(6, 0, employee.ids)],
                "maksud_tujuan": "Website layanan",
                "kompetensi": "Pemrograman",
                "ekspektasi": "Website terbit",
                "date_start": date(2026, 7, 1),
                "date_end": date(2026, 12, 31),
            }
        )

    def test_unit_head_approves_and_next_approver_gets_activity(self):
        self.build_organisation()
        self.use_preset("kobar")
        users = self.head_users("Kasi", "Kadis", "Sekretaris")
        rina = self.make_employee("Rina", self.seksi, "fungsional", "ahli_pertama")
        rina.user_id = self.env["res.users"].create(
            {"name": "Rina", "login": "rina", "groups_id": [(6, 0, [self.env.ref(GROUP_ASN).id])]}
        )
        rina._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))
        admin = self.env["res.users"].create(
            {
                "name": "BKPSDM",
                "login": "bkpsdm.b",
                "groups_id": [(6, 0, [self.env.ref(GROUP_ADMIN).id])],
            }
        )
        request = self.request_from(self.sekretariat, rina)
        request.with_user(admin).action_submit()
        self.assertEqual(request.current_approver_id, users["Kasi"])
        self.start_tour("/odoo", "sistem_kerja_approve_from_activity", login="kasi")
        self.assertEqual(request.current_approver_id, users["Kadis"])
        kadis_activities = request.activity_ids.filtered(lambda a: a.user_id == users["Kadis"])
        self.assertEqual(len(kadis_activities), 1)
        self.assertFalse(request.activity_ids.filtered(lambda a: a.user_id == users["Kasi"]))

    def test_unit_head_approves_several_requests_from_the_list(self):
        """Issue 10: bulk approval from the list is a button the engine checks record by
        record, not a server action that needs write access to every selected record."""
        self.build_organisation()
        self.use_preset("kobar")
        users = self.head_users("Kasi", "Kadis", "Sekretaris", "Kabid")
        rina = self.make_employee("Rina", self.seksi, "fungsional", "ahli_pertama")
        rina._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))
        requests = self.request_from(self.sekretariat, rina) | self.request_from(self.bidang, rina)
        requests.action_submit()
        self.assertEqual(requests.current_approver_id, users["Kasi"])
        self.start_tour("/odoo", "sistem_kerja_bulk_approve", login="kasi")
        self.assertEqual(requests.mapped("current_approver_id"), users["Kadis"])
