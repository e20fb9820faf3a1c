"""What each role can read and write."""

from datetime import date

from odoo.exceptions import AccessError

from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ADMIN,
    GROUP_ASN,
    GROUP_PIMPINAN,
    SistemKerjaCase,
)


class TestAccess(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_organisation()
        cls.use_preset("kobar")
        company_ids = [cls.company.id]
        user_kw = {"company_id": cls.company.id, "company_ids": company_ids}
        cls.admin = cls.make_user("bkpsdm", f"base.group_user,{GROUP_ADMIN}", **user_kw)
        cls.kabid_user = cls.make_user("kabid", GROUP_PIMPINAN, **user_kw)
        cls.heads["Kabid"].user_id = cls.kabid_user
        cls.camat_user = cls.make_user("camat", GROUP_PIMPINAN, **user_kw)
        cls.heads["Camat"].user_id = cls.camat_user
        cls.asn_user = cls.make_user("rina", GROUP_ASN, **user_kw)
        cls.rina = cls.make_employee(
            "Rina",
            cls.seksi,
            "fungsional",
            "ahli_pertama",
            user_id=cls.asn_user.id,
            sk_education_level="s1",
        )
        cls.dodi = cls.make_employee("Dodi", cls.bidang, "fungsional", "ahli_muda")
        cls.sari = cls.make_employee("Sari", cls.kelurahan, "fungsional", "terampil")
        cls.kedudukan = {}
        for employee, penilai in (
            (cls.rina, "Kasi"),
            (cls.dodi, "Kabid"),
            (cls.sari, "Lurah"),
        ):
            kedudukan = cls.env["sk.kedudukan"].create(
                {
                    "employee_id": employee.id,
                    "department_id": employee.department_id.id,
                    "penilai_id": cls.heads[penilai].id,
                    "decision_number": "800/1/2026",
                    "decision_date": date(2026, 1, 2),
                }
            )
            kedudukan.action_set()
            cls.kedudukan[employee.name] = kedudukan

    def visible_kedudukan(self, user):
        records = self.env["sk.kedudukan"].with_user(user).search([])
        return set(records.mapped("employee_id.name"))

    def test_asn_sees_own_kedudukan_only(self):
        self.assertEqual(self.visible_kedudukan(self.asn_user), {"Rina"})
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            self.kedudukan["Dodi"].with_user(self.asn_user).read(["penilai_id"])
        with self.assertRaisesRegex(AccessError, "You are not allowed to modify 'Kedudukan'"):
            self.kedudukan["Rina"].with_user(self.asn_user).write({"decision_number": "x"})
        with self.assertRaisesRegex(AccessError, "You are not allowed to create 'Kedudukan'"):
            self.env["sk.kedudukan"].with_user(self.asn_user).create(
                {
                    "employee_id": self.rina.id,
                    "department_id": self.seksi.id,
                    "penilai_id": self.heads["Kabid"].id,
                }
            )

    def test_asn_reads_public_facts_not_private_ones(self):
        public = self.env["hr.employee.public"].with_user(self.asn_user).browse(self.dodi.id)
        self.assertEqual(public.sk_jenjang_id.name, "Ahli Muda")
        self.assertEqual(public.sk_penilai_id.name, "Kabid")
        self.assertEqual(len(public.sk_nip), 18)
        with self.assertRaisesRegex(
            AccessError, "You do not have enough rights to access the fields"
        ):
            self.rina.with_user(self.asn_user).read(["sk_education_level"])
        with self.assertRaisesRegex(AccessError, "You are not allowed to create 'Resources'"):
            self.env["hr.employee"].with_user(self.asn_user).create({"name": "X"})

    def test_pimpinan_sees_units_headed_and_below(self):
        # Kabid heads Bidang Aptika, whose Seksi holds Rina
        self.assertEqual(self.visible_kedudukan(self.kabid_user), {"Rina", "Dodi"})
        # the Camat heads the Kecamatan and so its Kelurahan
        self.assertEqual(self.visible_kedudukan(self.camat_user), {"Sari"})
        with self.assertRaisesRegex(AccessError, "You are not allowed to modify 'Kedudukan'"):
            self.kedudukan["Dodi"].with_user(self.kabid_user).write({"decision_number": "x"})

    def test_headed_units_follow_the_organisation(self):
        self.bidang.manager_id = False
        self.assertEqual(self.visible_kedudukan(self.kabid_user), {"Dodi"}, "still Dodi's Penilai")

    def test_admin_manages_company_not_others(self):
        self.assertEqual(self.visible_kedudukan(self.admin), {"Rina", "Dodi", "Sari"})
        draft = (
            self.env["sk.kedudukan"]
            .with_user(self.admin)
            .create(
                {
                    "employee_id": self.dodi.id,
                    "department_id": self.bidang.id,
                    "penilai_id": self.heads["Kabid"].id,
                }
            )
        )
        draft.unlink()
        other = self.env["res.company"].create({"name": "Pemerintah Kota Lain"})
        dinas = self.make_unit(
            "Dinas Lain", "dinas", head=("Kadis Lain", "jpt_pratama"), company=other
        )
        stranger = self.make_employee("Stranger", dinas, "pelaksana", company=other)
        self.env["sk.kedudukan"].create(
            {
                "employee_id": stranger.id,
                "department_id": dinas.id,
                "penilai_id": dinas.manager_id.id,
                "decision_number": "1",
                "decision_date": date(2026, 1, 2),
            }
        ).action_set()
        self.assertNotIn("Stranger", self.visible_kedudukan(self.admin))

    def test_only_admin_edits_the_profile(self):
        profile = self.company.sk_profile_id
        self.assertTrue(profile.with_user(self.asn_user).rule_ids)
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to modify 'Regulation Profile'"
        ):
            profile.with_user(self.kabid_user).write({"check_rule_conformity": "off"})
        profile.with_user(self.admin).write({"check_rule_conformity": "off"})
