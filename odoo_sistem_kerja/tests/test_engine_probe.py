"""The approval engine serves a model it has never heard of: a test-only model plugs in
through the mixin's hooks and gets routes, activities, history, the reason wizard and the
sealed state contract."""

import re

from odoo_test_helper import FakeModelLoader

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import file_open

from .approval_common import ApprovalCase


@tagged("post_install", "-at_install", "sistem_kerja")
class TestEngineProbe(ApprovalCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.loader = FakeModelLoader(cls.env, cls.__module__)
        cls.loader.backup_registry()
        from .engine_probe_models import SkApprovalRoute, SkTestProbe

        cls.loader.update_registry((SkApprovalRoute, SkTestProbe))
        model = cls.env["ir.model"]._get("sk.test.probe")
        cls.env["ir.model.access"].create(
            {
                "name": "probe",
                "model_id": model.id,
                "group_id": cls.env.ref("odoo_sistem_kerja.group_sk_asn").id,
                "perm_read": True,
                "perm_write": True,
                "perm_create": True,
                "perm_unlink": True,
            }
        )
        step = {
            "activity_type_id": cls.env.ref("odoo_sistem_kerja.mail_activity_type_persetujuan").id
        }
        cls.profile.route_ids = [
            (
                0,
                0,
                {
                    "name": "Probe",
                    "kind": "probe",
                    "step_ids": [
                        (
                            0,
                            0,
                            dict(step, sequence=1, name="Unit head", actor_role="owner_unit_head"),
                        ),
                        (0, 0, dict(step, sequence=2, name="PD head", actor_role="owner_pd_head")),
                    ],
                },
            )
        ]
        cls.probe = cls.env["sk.test.probe"].create(
            {"name": "Probe", "company_id": cls.company.id, "unit_id": cls.seksi.id}
        )

    @classmethod
    def tearDownClass(cls):
        cls.loader.restore_registry()
        # the registry's field triggers were built with the probe: build them again
        cls.registry.setup_models(cls.cr)
        super().tearDownClass()

    def test_a_foreign_model_walks_the_engine(self):
        probe = self.probe.with_user(self.users["Rina"])
        with self.assertRaisesRegex(UserError, "only through the workflow"):
            probe.write({"state": "done"})
        with self.assertRaisesRegex(UserError, "only through the workflow"):
            probe.write({"approval_round": 3})
        probe.action_submit()
        self.assertEqual(probe.state, "submitted")
        self.assertEqual(probe.current_approver_id, self.users["Kasi"])
        activities = self.approval_activities(probe)
        self.assertEqual(activities.user_id, self.users["Kasi"])
        with self.assertRaisesRegex(UserError, "can decide the step 'Unit head' of Probe"):
            probe.with_user(self.users["Kabid"]).action_approve()
        probe.with_user(self.users["Kasi"]).action_approve()
        self.assertEqual(probe.current_approver_id, self.users["Kadis"])
        action = probe.with_user(self.users["Kadis"]).action_refuse()
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.users["Kadis"])
            .with_context(**action["context"])
            .create({"reason": "Not this year"})
        )
        wizard.action_confirm()
        self.assertEqual(probe.state, "no")
        refused = probe.approval_line_ids.filtered(lambda ln: ln.state == "refused")
        self.assertEqual(refused.reason, "Not this year")
        self.assertEqual(refused.decided_by_id, self.users["Kadis"])
        self.assertFalse(self.approval_activities(probe))
        # its history is read by whoever reads the probe, through the delegated rule
        self.assertEqual(len(probe.approval_line_ids), 2)
        with self.assertRaisesRegex(UserError, "history"):
            probe.with_user(self.admin).unlink()

    def test_the_engine_names_no_letter_and_no_team(self):
        """Issue 27: the engine's files know steps, decisions and activities only; who signs
        a letter, who names the assignees or sets a team is added by those layers."""
        engine = ("sk_approval_mixin.py", "sk_approval_line.py", "sk_approval_route.py")
        layer_words = re.compile(
            r"signs_letter|signs_answer|receives_answer|copied_on_letter|establishes_team|"
            r"selects_assignee|sk\.penugasan|sk\.team|sk\.letter|_sk_signer|def signature"
        )
        for name in engine:
            with file_open(f"odoo_sistem_kerja/models/{name}") as source:
                self.assertFalse(layer_words.findall(source.read()), name)
        line = self.env["sk.approval.line"]
        self.assertIn("signs_letter", line._fields)  # added by the letter layer
