"""Fixture for the work cycle: Perjanjian Kinerja set by the unit heads, kegiatan on Odoo
Project, results handed in and reviewed up the profile's chain."""

from datetime import date

from odoo.exceptions import UserError

from .approval_common import ApprovalCase
from .common import TODAY

YEAR = TODAY.year


class WorkCycleCase(ApprovalCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sari = cls.make_jf("Sari", cls.bagian, "ahli_muda")
        cls.nurse = cls.make_jf("Ners", cls.puskesmas, "ahli_pertama")
        (cls.sari | cls.nurse)._sk_set_kedudukan_from_rules("800/9/2026", date(2026, 1, 2))

    @classmethod
    def make_pk(cls, unit, targets, year=YEAR):
        """A Perjanjian Kinerja of ``unit``, set by its head: ``targets`` are
        (sasaran, responsible employee) pairs."""
        pk = cls.env["sk.perjanjian.kinerja"].create(
            {
                "company_id": cls.company.id,
                "department_id": unit.id,
                "year": year,
                "target_ids": [
                    (
                        0,
                        0,
                        {
                            "sasaran": sasaran,
                            "indikator": f"Persentase {sasaran.lower()}",
                            "target_value": 100,
                            "satuan": "persen",
                            "responsible_id": responsible.id,
                        },
                    )
                    for sasaran, responsible in targets
                ],
            }
        )
        pk.with_user(unit.manager_id.user_id).action_set()
        return pk

    @classmethod
    def individual(cls, target, employee):
        project = cls.env["project.project"]._sk_unit_project(target.department_id, YEAR)
        return cls.env["project.task"].create(
            {
                "name": f"Kegiatan {employee.name}",
                "project_id": project.id,
                "sk_target_id": target.id,
                "user_ids": [(6, 0, employee.user_id.ids)],
            }
        )

    def reviewer(self, task):
        return task.sudo().current_line_id.approver_user_id

    def review_activity(self, task):
        review = self.env.ref("odoo_sistem_kerja.mail_activity_type_review_result")
        return task.sudo().activity_ids.filtered(lambda a: a.activity_type_id == review)

    def hand_in(self, task, executor_user, result="<p>Selesai 100%</p>"):
        task.with_user(executor_user).write({"sk_result": result})
        task.with_user(executor_user).action_sk_submit_result()

    def walk(self, task, executor_user, expected):
        """Hand in and forward to the end, checking who holds the review at each step and
        that nobody else finishes the kegiatan."""
        self.hand_in(task, executor_user)
        self.assertEqual(task.stage_id, self.sk_ref("project_stage_evaluasi"))
        seen = []
        while task.sudo().current_line_id:
            reviewer = self.reviewer(task)
            seen.append(reviewer.employee_id.name)
            self.assertEqual(self.review_activity(task).user_id, reviewer, "one review activity")
            for intruder in (executor_user, self.admin, self.outsider):
                with self.assertRaisesRegex(
                    UserError, "can decide the step|You are not the approver"
                ):
                    task.with_user(intruder).with_context(
                        sk_line_id=task.sudo().current_line_id.id
                    ).action_approve()
            task.with_user(reviewer).action_approve()
        self.assertEqual(seen, expected)
        self.assertEqual(task.state, "1_done")
        self.assertEqual(task.stage_id, self.sk_ref("project_stage_selesai"))
        self.assertFalse(self.review_activity(task))
