"""A user outside Sistem Kerja meets plain Odoo (issue 23): a Project user's tasks, an HR
officer's employees and a company that does not use Sistem Kerja follow Odoo's rules only."""

from odoo.tests import Form, new_test_user

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase


class TestPlainOdooUsers(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pm = new_test_user(
            cls.env,
            login="plain.pm",
            groups="project.group_project_user",
            company_id=cls.company.id,
        )
        cls.officer = new_test_user(
            cls.env, login="plain.hr", groups="hr.group_hr_user", company_id=cls.company.id
        )
        cls.project = cls.env["project.project"].create(
            {"name": "Proyek Humas", "company_id": cls.company.id}
        )

    def test_a_project_user_works_on_plain_tasks(self):
        with Form(self.env["project.task"].with_user(self.pm)) as form:
            form.name = "Siaran pers"
            form.project_id = self.project
            form.description = "<p>" + "laporan " * 8000 + "</p>"  # a pasted report
        task = form.save()
        self.assertGreater(len(task.description), 50_000, "no letter limit on a plain task")
        task.with_user(self.pm).write({"state": "1_done"})
        self.assertEqual(task.state, "1_done")

    def test_a_private_task_lands_in_odoos_personal_inbox(self):
        """The mekanisme kerja stages, created by the superuser at install, are not its
        personal stages (Odoo's test_task_with_no_project)."""
        for user in (self.env.user, self.pm):
            task = (
                self.env["project.task"]
                .with_user(user)
                .create({"name": "Catatan", "user_ids": [(4, user.id)]})
            )
            self.assertEqual(task.personal_stage_id.stage_id.name, "Inbox")

    def test_an_hr_officer_edits_employees_and_their_users(self):
        with Form(self.env["hr.employee"].with_user(self.officer)) as form:
            form.name = "Staf Keuangan"
            form.user_id = new_test_user(self.env, login="staf.keuangan")
        employee = form.save()
        self.assertEqual(employee.user_id.login, "staf.keuangan")


class TestCompanyOutsideSistemKerja(SistemKerjaCase):
    def test_a_bumd_on_the_same_odoo_keeps_odoos_rules(self):
        bumd = self.env["res.company"].create({"name": "PDAM Tirta Sukamaju"})
        officer = new_test_user(
            self.env,
            login="bumd.hr",
            groups="hr.group_hr_manager,project.group_project_manager",
            company_id=bumd.id,
            company_ids=[bumd.id],
        )
        env = officer.with_company(bumd).env
        direksi = env["hr.department"].create({"name": "Direksi"})
        teknik = env["hr.department"].create({"name": "Bagian Teknik", "parent_id": direksi.id})
        manager = env["hr.employee"].create({"name": "Direktur Teknik", "department_id": teknik.id})
        teknik.manager_id = manager
        staff = env["hr.employee"].create({"name": "Teknisi", "department_id": teknik.id})
        self.assertEqual(staff.parent_id, manager, "Odoo's own manager from the department")
        project = env["project.project"].create({"name": "Perbaikan pipa"})
        task = env["project.task"].create({"name": "Survei", "project_id": project.id})
        task.state = "1_done"
        self.assertEqual(task.state, "1_done")
        self.assertFalse(officer.action_id, "no Sistem Kerja landing outside its groups")
