"""The workflows' activity types belong to their models, as hr_holidays binds its own: none
of them is offered when scheduling an activity on another app's record (issue 10)."""

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase


class TestActivityTypes(SistemKerjaCase):
    def test_each_type_is_bound_to_its_model(self):
        ours = self.env["ir.model.data"].search(
            [("module", "=", "odoo_sistem_kerja"), ("model", "=", "mail.activity.type")]
        )
        types = self.env["mail.activity.type"].browse(ours.mapped("res_id"))
        self.assertEqual(len(types), 16)
        self.assertFalse(types.filtered(lambda t: not t.res_model), "every type is bound")
        # what the Schedule Activity dialog offers on a contact
        offered = self.env["mail.activity.type"].search(
            ["|", ("res_model", "=", False), ("res_model", "=", "res.partner")]
        )
        self.assertFalse(offered & types)
        # every route step uses a type of the model its route serves
        kinds = {
            "penugasan": "sk.penugasan",
            "team": "sk.team",
            "letter": "sk.letter",
            "result": "project.task",
            "dialog": "sk.dialog.kinerja",
            "recommendation": "sk.report",
        }
        for step in self.env["sk.approval.route.step"].search([]):
            with self.subTest(step=step.name, route=step.route_id.name):
                self.assertEqual(step.activity_type_id.res_model, kinds[step.route_id.kind])
