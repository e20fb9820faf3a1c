"""Kedudukan set by decision: rules enforced per profile, one active record, history kept."""

from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase


class TestKedudukan(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_organisation()
        cls.profile = cls.use_preset("kobar")
        cls.jf = cls.make_employee("Rina", cls.bidang, "fungsional", "ahli_muda")
        cls.pelaksana = cls.make_employee("Joko", cls.seksi, "pelaksana")

    def draft(self, employee=None, penilai=None, **vals):
        employee = employee or self.jf
        values = {
            "employee_id": employee.id,
            "department_id": employee.department_id.id,
            "penilai_id": (penilai or self.heads["Kabid"]).id,
            "decision_number": "800/12/BKPSDM/2026",
            "decision_date": date(2026, 1, 5),
            "date_start": date(2026, 1, 5),
        }
        values.update(vals)
        return self.env["sk.kedudukan"].create(values)

    def test_draft_from_rules_and_set(self):
        action = self.jf.action_sk_propose_kedudukan()
        kedudukan = self.env["sk.kedudukan"].browse(action["res_id"])
        self.assertEqual(kedudukan.state, "draft")
        self.assertEqual(kedudukan.penilai_id.name, "Kabid")
        self.assertIn("Ahli Muda and below", kedudukan.basis)
        with self.assertRaisesRegex(UserError, "decision"):
            kedudukan.action_set()
        kedudukan.write({"decision_number": "800/1/2026", "decision_date": date(2026, 1, 2)})
        kedudukan.action_set()
        self.assertEqual(kedudukan.state, "active")
        self.assertEqual(self.jf.sk_penilai_id.name, "Kabid")
        self.assertEqual(self.jf.sk_kedudukan_id, kedudukan)
        self.env.flush_all()  # the public model is an SQL view over hr_employee
        public = self.env["hr.employee.public"].browse(self.jf.id)
        self.assertEqual(public.sk_penilai_id.name, "Kabid")

    def test_new_kedudukan_ends_previous_and_keeps_history(self):
        first = self.draft()
        first.action_set()
        second = self.draft(date_start=date(2026, 7, 1), decision_number="800/99/2026")
        second.action_set()
        self.assertEqual(first.state, "ended")
        self.assertEqual(first.date_end, date(2026, 6, 30))
        self.assertEqual(second.state, "active")
        self.assertEqual(self.jf.sk_kedudukan_ids, first | second)
        with self.assertRaisesRegex(UserError, "history"):
            first.unlink()

    def test_pelaksana_cannot_assess(self):
        penilai = self.make_employee("Staff", self.bidang, "pelaksana")
        kedudukan = self.draft(penilai=penilai)
        with self.assertRaisesRegex(ValidationError, "cannot be a Pejabat Penilai Kinerja"):
            with self.env.cr.savepoint():
                kedudukan.action_set()
        self.assertEqual(kedudukan.state, "draft")
        self.assertFalse(self.jf.sk_kedudukan_id)

    def test_jf_penilai_needs_unit_or_delegation(self):
        other_jf = self.make_employee("Senior JF", self.bidang, "fungsional", "ahli_madya")
        self.profile.check_rule_conformity = "off"
        with (
            self.assertRaisesRegex(
                ValidationError, "Senior JF cannot be a Pejabat Penilai Kinerja: a Penilai"
            ),
            self.env.cr.savepoint(),
        ):
            self.draft(penilai=other_jf).action_set()
        self.env["sk.delegation"].create(
            {
                "delegator_id": self.heads["Kabid"].id,
                "delegate_id": other_jf.id,
                "date_from": date(2026, 1, 1),
            }
        )
        kedudukan = self.draft(penilai=other_jf)
        kedudukan.action_set()
        self.assertEqual(kedudukan.state, "active")
        # the JF head of a unit kerja mandiri may assess without delegation
        staff = self.make_employee("Perawat", self.puskesmas, "fungsional", "terampil")
        self.draft(employee=staff, penilai=self.heads["Kapus"]).action_set()

    def test_cannot_assess_oneself(self):
        with self.assertRaisesRegex(ValidationError, "themselves"):
            self.draft(penilai=self.jf)

    def test_only_for_jf_and_pelaksana(self):
        with self.assertRaisesRegex(ValidationError, "JF and pelaksana only"):
            self.draft(employee=self.heads["Kasi"], penilai=self.heads["Kabid"])

    def test_table_conformity_block_and_warn(self):
        # Kotawaringin Barat blocks a Penilai other than the table's
        kedudukan = self.draft(penilai=self.heads["Kadis"])
        self.assertIn("is Kabid", kedudukan.rule_warnings)
        with self.assertRaisesRegex(ValidationError, "is Kabid"):
            with self.env.cr.savepoint():
                kedudukan.action_set()
        # a profile that only warns accepts it and says so in the chatter
        self.profile.check_rule_conformity = "warn"
        kedudukan.action_set()
        self.assertEqual(kedudukan.state, "active")
        self.assertIn("is Kabid", kedudukan.message_ids[0].body)

    def test_langsa_pelaksana_rule(self):
        self.use_preset("langsa")
        in_bidang = self.make_employee("Pelaksana Bidang", self.bidang, "pelaksana")
        with self.assertRaisesRegex(ValidationError, "only where the unit has no Pengawas"):
            with self.env.cr.savepoint():
                self.draft(employee=in_bidang, penilai=self.heads["Kabid"]).action_set()
        self.draft(employee=self.pelaksana, penilai=self.heads["Kasi"]).action_set()
        in_sekretariat = self.make_employee("Pelaksana Sekretariat", self.sekretariat, "pelaksana")
        self.draft(employee=in_sekretariat, penilai=self.heads["Sekretaris"]).action_set()

    def test_end_and_cron(self):
        kedudukan = self.draft(date_end=date(2026, 3, 31))
        kedudukan.action_set()
        self.env["sk.kedudukan"]._cron_end_expired()
        self.assertEqual(kedudukan.state, "ended")
        self.assertFalse(self.jf.sk_penilai_id)

    def test_kedudukan_before_assignment(self):
        with self.assertRaisesRegex(UserError, "no active kedudukan"):
            self.jf._sk_check_kedudukan_for_assignment(date(2026, 2, 1))
        self.profile.check_kedudukan_for_assignment = "warn"
        warnings = self.jf._sk_check_kedudukan_for_assignment(date(2026, 2, 1))
        self.assertEqual(len(warnings), 1)
        self.profile.check_kedudukan_for_assignment = "block"
        self.draft().action_set()
        self.assertEqual(self.jf._sk_check_kedudukan_for_assignment(date(2026, 2, 1)), [])
        with self.assertRaisesRegex(
            UserError, "Rina has no active kedudukan: set their Pejabat Penilai"
        ):  # not yet in force
            self.jf._sk_check_kedudukan_for_assignment(date(2025, 12, 31))


class TestBulkKedudukan(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_organisation()
        cls.use_preset("kobar")

    def test_wizard_sets_rule_kedudukan_for_selection(self):
        employees = (
            self.make_employee("A", self.bidang, "fungsional", "ahli_madya")
            | self.make_employee("B", self.seksi, "fungsional", "ahli_pertama")
            | self.make_employee("C", self.kelurahan, "pelaksana")
        )
        selection = employees | self.heads["Kabid"]  # a structural official is left out
        wizard = Form(
            self.env["sk.kedudukan.bulk.wizard"].with_context(
                active_model="hr.employee", active_ids=selection.ids
            )
        )
        self.assertEqual(len(wizard.employee_ids), 3)
        wizard.decision_number = "800/45/BKPSDM/2026"
        wizard.decision_date = date(2026, 1, 2)
        wizard.date_start = date(2026, 1, 2)
        action = wizard.save().action_confirm()
        kedudukan = self.env["sk.kedudukan"].search(action["domain"])
        self.assertEqual(set(kedudukan.mapped("state")), {"active"})
        self.assertEqual(
            {k.employee_id.name: k.penilai_id.name for k in kedudukan},
            {"A": "Kadis", "B": "Kasi", "C": "Lurah"},
        )
        self.assertEqual(set(kedudukan.mapped("decision_number")), {"800/45/BKPSDM/2026"})


class TestProfileSwitching(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_organisation()
        cls.jf = cls.make_employee("Ahli Madya", cls.bidang, "fungsional", "ahli_madya")

    def test_presets_change_the_proposal(self):
        expected = {
            "kobar": "Kadis",
            "lobar": "Kabid",
            "kab_pasuruan": "Kadis",
            "langsa": "Kabid",
        }
        for preset, penilai in expected.items():
            with self.subTest(preset=preset):
                self.use_preset(preset)
                self.jf.invalidate_recordset(["sk_proposed_penilai_id"])
                self.assertEqual(self.jf.sk_proposed_penilai_id.name, penilai)

    def test_apply_preset_copies_settings_and_rules(self):
        profile = self.use_preset("langsa")
        preset = self.sk_ref("profile_preset_langsa")
        self.assertEqual(profile.check_pelaksana_rule, "block")
        self.assertEqual(profile.instrument_number, "48")
        self.assertEqual(len(profile.rule_ids), len(preset.rule_ids))
        self.assertNotEqual(profile.rule_ids, preset.rule_ids, "copies, not the preset's lines")
        self.assertEqual(len(profile.route_ids), len(preset.route_ids))
        self.assertNotEqual(profile.route_ids, preset.route_ids, "copies, not the preset's routes")
        profile.rule_ids[0].unlink()  # editing the company's table leaves the preset intact
        self.assertEqual(len(preset.rule_ids), 6)
        # 9 Penugasan and team, letter, result, targets agreed by a Pimpinan Unit
        self.assertEqual(len(preset.route_ids), 12)

    def test_settings_page_fills_from_preset_and_keeps_edits(self):
        settings = Form(self.env["res.config.settings"])
        settings.sk_preset_id = self.sk_ref("profile_preset_kab_pasuruan")
        self.assertTrue(settings.sk_penilai_override_by_rank)
        self.assertEqual(settings.sk_instrument_number, "217")
        settings.sk_check_rule_conformity = "block"  # edited after choosing the preset
        settings.save().execute()
        profile = self.company.sk_profile_id
        self.assertEqual(profile.preset_id, self.sk_ref("profile_preset_kab_pasuruan"))
        self.assertTrue(profile.penilai_override_by_rank)
        self.assertEqual(profile.check_rule_conformity, "block")
        self.assertEqual(len(profile.rule_ids), 7)
