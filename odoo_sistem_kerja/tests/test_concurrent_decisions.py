"""Decisions under real concurrent transactions: of two users deciding the same step
exactly one decides; two approvals numbering letters of one Perangkat Daerah get two
consecutive numbers. The second transaction waits for the first, fails with a
serialization error, and is retried as the server retries a request."""

import threading
from datetime import date
from unittest.mock import patch

import psycopg2

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.modules.registry import Registry
from odoo.service.model import retrying
from odoo.tests import TransactionCase, new_test_user, tagged
from odoo.tools import mute_logger

from .organisation import OrganisationMixin


@tagged("post_install", "-at_install", "sistem_kerja")
class TestConcurrentDecisions(TransactionCase, OrganisationMixin):
    """Builds its own committed organisation (other transactions must see it) and
    removes it afterwards."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with cls.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            cls.env_setup = env
            cls.company = env["res.company"].create({"name": "Pemerintah Kabupaten Balapan (uji)"})
            env = env(context={"allowed_company_ids": [cls.company.id]})
            cls.env = env
            cls.build_organisation()
            cls.use_preset("kobar")
            kw = {"company_id": cls.company.id, "company_ids": [cls.company.id]}
            for name, head in cls.heads.items():
                head.user_id = new_test_user(
                    env,
                    login=f"race.{name.lower().replace(' ', '.')}",
                    groups="odoo_sistem_kerja.group_sk_pimpinan",
                    **kw,
                )
            cls.admin_id = new_test_user(
                env, login="race.admin", groups="odoo_sistem_kerja.group_sk_admin", **kw
            ).id
            rina = cls.make_employee("Rina Balap", cls.seksi, "fungsional", "ahli_pertama")
            rina._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))
            cls.dinas.sk_unit_code = "777"
            cls.requests = []
            for _ in range(3):
                request = env["sk.penugasan"].create(
                    {
                        "company_id": cls.company.id,
                        "requester_employee_id": cls.heads["Kabid"].id,
                        "owner_department_id": cls.bidang.id,
                        "target_department_id": cls.seksi.id,
                        "employee_ids": [(6, 0, rina.ids)],
                        "maksud_tujuan": "Balapan",
                        "kompetensi": "Cepat",
                        "ekspektasi": "Selesai",
                        "date_start": date(2026, 7, 1),
                        "date_end": date(2026, 12, 31),
                    }
                )
                request.with_user(cls.admin_id).action_submit()
                last = request.approval_line_ids.sorted("sequence")[-1]
                while request.current_line_id != last:  # all but the numbering step
                    request.with_user(request.current_approver_id).action_approve()
                cls.requests.append(request.id)
        cls.env = api.Environment(cls.cr, SUPERUSER_ID, {})

    @classmethod
    def tearDownClass(cls):
        with cls.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"active_test": False})
            company = env["res.company"].browse(cls.company.id)
            units = env["hr.department"].search([("company_id", "=", company.id)])
            requests = env["sk.penugasan"].browse(cls.requests)
            env.cr.execute(
                "DELETE FROM sk_approval_line WHERE res_model = 'sk.penugasan' AND res_id IN %s",
                [tuple(requests.ids)],
            )
            env.cr.execute("DELETE FROM sk_penugasan WHERE id IN %s", [tuple(requests.ids)])
            env.cr.execute("DELETE FROM sk_kedudukan WHERE company_id = %s", [company.id])
            env["ir.sequence"].search(
                [("code", "=like", "sk.letter.%"), ("company_id", "=", company.id)]
            ).unlink()
            users = env["res.users"].search([("login", "=like", "race.%")])
            employees = env["hr.employee"].search([("company_id", "=", company.id)])
            employees.write({"user_id": False})
            env.cr.execute(
                "UPDATE hr_department SET manager_id = NULL WHERE id IN %s", [tuple(units.ids)]
            )
            env.cr.execute("DELETE FROM hr_employee WHERE id IN %s", [tuple(employees.ids)])
            users.unlink()
            env.cr.execute("DELETE FROM hr_department WHERE id IN %s", [tuple(units.ids)])
            profile = company.sk_profile_id
            company.sk_profile_id = False
            profile.unlink()
            company.unlink()
        super().tearDownClass()

    def decide_in_threads(self, jobs):
        """Run each (request id, user id, line id) as its own request in its own thread,
        retried on serialization errors as the server does; return what each one got."""
        results = [None] * len(jobs)
        barrier = threading.Barrier(len(jobs))

        def run(index, request_id, user_id, line_id):
            with self.registry.cursor() as cr:
                env = api.Environment(cr, user_id, {"sk_line_id": line_id})
                request = env["sk.penugasan"].browse(request_id)
                request.read(["state"])  # the transaction's snapshot starts here
                barrier.wait()
                try:
                    retrying(request.action_approve, env)
                    results[index] = "approved"
                except UserError as error:
                    results[index] = error.args[0]

        threads = [threading.Thread(target=run, args=(i, *job)) for i, job in enumerate(jobs)]
        # odoo-bin runs its tests holding the registry lock, which a thread takes to find the
        # registry of its cursor: the threads get a lock of their own, as the test mode of
        # HttpCase does (Registry.enter_test_mode)
        with patch.object(Registry, "_lock", threading.RLock()), mute_logger("odoo.service.model"):
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
        return results

    def committed(self, model, ids, names):
        """Values as committed (the test's own transaction predates the setup's commit)."""
        with self.registry.cursor() as cr:
            return api.Environment(cr, SUPERUSER_ID, {})[model].browse(ids).read(names)

    def test_two_users_deciding_the_same_step_decide_once(self):
        [request] = self.committed("sk.penugasan", self.requests[0], ["approval_line_ids"])
        lines = self.committed(
            "sk.approval.line", request["approval_line_ids"], ["state", "approver_user_id"]
        )
        [line] = [line for line in lines if line["state"] == "pending"]
        user_id = line["approver_user_id"][0]
        results = self.decide_in_threads([(self.requests[0], user_id, line["id"])] * 2)
        self.assertEqual(sorted(r == "approved" for r in results), [False, True], results)
        refusal = next(r for r in results if r != "approved")
        self.assertIn("already been decided", refusal)
        [request] = self.committed("sk.penugasan", self.requests[0], ["state", "letter_number"])
        self.assertEqual(request["state"], "active")
        lines = self.committed("sk.approval.line", [line["id"]], ["state", "decided_on"])
        self.assertEqual(lines[0]["state"], "approved")

    def test_two_approvals_of_one_perangkat_daerah_take_consecutive_numbers(self):
        jobs = []
        for request in self.committed("sk.penugasan", self.requests[1:], ["approval_line_ids"]):
            lines = self.committed(
                "sk.approval.line", request["approval_line_ids"], ["state", "approver_user_id"]
            )
            [line] = [line for line in lines if line["state"] == "pending"]
            jobs.append((request["id"], line["approver_user_id"][0], line["id"]))
        results = self.decide_in_threads(jobs)
        self.assertEqual(results, ["approved", "approved"])
        # each approval takes an answer and a letter number from the Perangkat Daerah's one
        # register of outgoing letters: four numbers, all different, none skipped
        numbers = [
            number
            for r in self.committed(
                "sk.penugasan", self.requests[1:], ["letter_number", "answer_number"]
            )
            for number in (r["letter_number"], r["answer_number"])
        ]
        serials = sorted(int(number.split("/")[0]) for number in numbers)
        self.assertEqual(serials, list(range(serials[0], serials[0] + 4)), numbers)

    def test_the_numbering_conflict_is_not_logged_as_a_failed_query(self):
        with self.registry.cursor() as cr_a, self.registry.cursor() as cr_b:
            env_a = api.Environment(cr_a, SUPERUSER_ID, {})
            env_b = api.Environment(cr_b, SUPERUSER_ID, {})
            cr_b.execute("SELECT 1")  # b's snapshot is taken before a numbers

            def take(env):
                return env["sk.letter.number"]._sk_next(
                    env["res.company"].browse(self.company.id),
                    env["hr.department"].browse(self.dinas.id),
                    "correspondence",
                    date(2026, 8, 17),
                )

            take(env_a)
            cr_a.commit()
            with self.assertNoLogs("odoo.sql_db", "ERROR"):
                with self.assertRaises(psycopg2.errors.SerializationFailure):
                    take(env_b)  # the server retries the request: see the tests above
            cr_b.rollback()
