"""The registries the regulations require: proses bisnis with their reviews, the Tim
Transformasi Manajemen where the profile provides one, and the use of shared SPBE
applications with the official who must ensure it (issue 10; spec §9-§11)."""

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import mute_logger

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase


class TestGovernance(ApprovalCase):
    preset = "kota_pasuruan"

    def test_business_processes_their_reviews_and_teams(self):
        Process = self.env["sk.business.process"].with_user(self.admin)
        level1 = Process.create(
            {"name": "Pelayanan Informasi", "map_type": "level1", "department_id": self.dinas.id}
        )
        derived = Process.create(
            {
                "name": "Permohonan Informasi",
                "map_type": "turunan",
                "parent_id": level1.id,
                "department_id": self.bidang.id,
                "method": "Peta proses bisnis PermenPAN-RB 19/2018",
            }
        )
        self.assertEqual(derived.complete_name, "Pelayanan Informasi / Permohonan Informasi")
        self.assertEqual(level1.child_ids, derived)
        with self.assertRaisesRegex(UserError, "Recursion"):
            level1.parent_id = derived
        with self.assertRaisesRegex(ValidationError, "names the map it derives from"):
            Process.create(
                {"name": "Lepas", "map_type": "turunan", "department_id": self.bidang.id}
            )
        Review = self.env["sk.business.process.review"].with_user(self.admin)
        with (
            self.assertRaisesRegex(ValidationError, "re-engineered: say how"),
            self.env.cr.savepoint(),
        ):
            Review.create(
                {
                    "process_id": derived.id,
                    "findings": "Berkas bolak-balik",
                    "hinders_results": True,
                }
            )
        Review.create(
            {
                "process_id": derived.id,
                "findings": "Berkas bolak-balik antarbidang",
                "sop_adjustments": "SOP permohonan informasi direvisi",
                "hinders_results": True,
                "reengineering": "Permohonan diterima satu pintu secara daring",
            }
        )
        self.assertEqual(Review.search_count([("process_id", "=", derived.id)]), 1)
        team = self.make_team(
            self.bidang,
            [{"employee_id": self.dodi.id, "role": "ketua"}],
            process_id=derived.id,
        )
        self.assertEqual(derived.team_ids, team)
        # everyone reads them; only the Admin Kepegawaian keeps them
        self.assertTrue(derived.with_user(self.users["Rina"]).read(["name"]))
        for user in (self.users["Rina"], self.users["Kadis"]):
            with self.assertRaisesRegex(
                AccessError, "You are not allowed to modify 'Business Process'"
            ):
                derived.with_user(user).write({"name": "Diubah"})
            with self.assertRaisesRegex(
                AccessError, "You are not allowed to create 'Business Process'"
            ):
                Process.with_user(user).create(
                    {"name": "X", "map_type": "relasi", "department_id": self.dinas.id}
                )

    def test_tim_transformasi_only_where_the_profile_provides_one(self):
        self.assertTrue(self.profile.transformation_team)
        Team = self.env["sk.transformation.team"].with_user(self.admin)
        team = Team.create(
            {
                "department_id": self.dinas.id,
                "member_ids": [
                    (0, 0, {"role": "pyb", "employee_id": self.heads["Kadis"].id}),
                    (0, 0, {"role": "hr_head", "employee_id": self.heads["Sekretaris"].id}),
                ],
                "activity_ids": [
                    (0, 0, {"kind": "strategy", "name": "Koordinasi capaian Renstra"}),
                    (0, 0, {"kind": "synergy", "name": "Penyelarasan Renstra dan Renja"}),
                ],
            }
        )
        self.assertEqual(sorted(team.activity_ids.mapped("kind")), ["strategy", "synergy"])
        self.assertTrue(team.with_user(self.users["Kadis"]).read(["name"]))
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to access 'Tim Transformasi Manajemen'"
        ):
            team.with_user(self.users["Rina"]).read(["name"])
        self.profile.transformation_team = False  # as Kotawaringin Barat and Langsa
        with self.assertRaisesRegex(ValidationError, "provides no Tim Transformasi"):
            Team.create({"department_id": self.dinas.id})

    def test_spbe_use_and_who_ensures_it(self):
        app = (
            self.env["sk.spbe.application"]
            .with_user(self.admin)
            .create({"name": "SRIKANDI", "provider": "ANRI"})
        )
        Usage = self.env["sk.spbe.usage"].with_user(self.admin)
        usage = Usage.create({"application_id": app.id, "department_id": self.seksi.id})
        Usage.create({"application_id": app.id, "department_id": self.bidang.id, "in_use": False})
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                Usage.create({"application_id": app.id, "department_id": self.seksi.id})
        expected = {
            "pd_head": self.heads["Kadis"],
            "unit_head": self.heads["Kasi"],
            "instansi_head": self.heads["Sekda"],
        }
        for setting, official in expected.items():
            with self.subTest(setting=setting):
                self.profile.spbe_responsible = setting
                usage.invalidate_recordset(["responsible_id"])
                self.assertEqual(usage.responsible_id, official)
        self.assertEqual(
            Usage.search_count([("application_id", "=", app.id), ("in_use", "=", False)]), 1
        )
        self.assertTrue(usage.with_user(self.users["Kadis"]).read(["in_use"]))
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to access 'SPBE Application Use'"
        ):
            usage.with_user(self.users["Rina"]).read(["in_use"])
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to modify 'SPBE Application Use'"
        ):
            usage.with_user(self.users["Kadis"]).write({"in_use": False})
