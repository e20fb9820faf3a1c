"""Users work in Bahasa Indonesia: every term is translated and messages arrive translated."""

from lxml import etree

from odoo.exceptions import ValidationError
from odoo.tools import file_path
from odoo.tools.translate import TranslationFileReader, TranslationModuleReader

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase


class TestIndonesian(SistemKerjaCase):
    def test_every_term_has_an_indonesian_translation(self):
        with open(file_path("odoo_sistem_kerja/i18n/id.po"), "rb") as po:
            translated = {
                entry["src"]
                for entry in TranslationFileReader(po, fileformat="po")
                if entry["value"]
            }
        reader = TranslationModuleReader(self.env.cr, modules=["odoo_sistem_kerja"])
        terms = {term[4] for term in reader}
        self.assertTrue(terms)
        self.assertFalse(sorted(terms - translated), "terms without an Indonesian translation")

    def load_indonesian(self):
        self.env["res.lang"]._activate_lang("id_ID")
        module = self.env["ir.module.module"].search([("name", "=", "odoo_sistem_kerja")])
        module._update_translations(["id_ID"])
        return self.env(context=dict(self.env.context, lang="id_ID"))

    def submit_kobar_request(self):
        """The approval step of a Penugasan within a Bidang, under Kotawaringin Barat."""
        self.build_organisation()
        self.use_preset("kobar")
        self.heads["Kabid"].user_id = self.make_user(
            "kabid.i18n", "odoo_sistem_kerja.group_sk_pimpinan"
        )
        request = self.env["sk.penugasan"].create(
            {
                "company_id": self.company.id,
                "requester_employee_id": self.heads["Kabid"].id,
                "owner_department_id": self.bidang.id,
                "date_start": "2026-07-01",
            }
        )
        request.action_submit()
        return request.approval_line_ids

    def test_company_rules_keep_their_translation(self):
        env_id = self.load_indonesian()
        profile = self.use_preset("kab_pasuruan")
        self.assertEqual(profile.rule_ids[:1].with_env(env_id).name, "Setda: Kepala Bagian menilai")

    def test_approval_history_reads_in_indonesian(self):
        env_id = self.load_indonesian()
        line = self.submit_kobar_request().with_env(env_id)
        self.assertEqual(line.name, "Kepala PD / Pimpinan Unit menugaskan")

    def test_steps_decided_before_the_language_was_loaded_read_in_it(self):
        """The demo and an install followed by --load-language write the history in English
        first: loading Indonesian afterwards translates those steps too."""
        line = self.submit_kobar_request()
        self.assertEqual(line.name, "The Kepala PD / Pimpinan Unit assigns")
        profile = self.company.sk_profile_id
        self.assertEqual(profile.name, "Regulation profile of Pemerintah Kabupaten Uji")
        env_id = self.load_indonesian()
        self.assertEqual(line.with_env(env_id).name, "Kepala PD / Pimpinan Unit menugaskan")
        self.assertEqual(line.name, "The Kepala PD / Pimpinan Unit assigns")
        # the company's profile too is named in the language loaded later (issue 10)
        self.assertEqual(profile.with_env(env_id).name, "Profil regulasi Pemerintah Kabupaten Uji")

    def test_validation_message_in_indonesian(self):
        env_id = self.load_indonesian()
        with self.assertRaisesRegex(ValidationError, "tidak valid: harus tepat 18 digit"):
            env_id["hr.employee"].create(
                {"name": "Budi", "sk_nip": "123", "company_id": self.company.id}
            )
        unit_type = env_id.ref("odoo_sistem_kerja.unit_type_uptd")
        self.assertEqual(
            env_id["sk.placement.rule"]
            ._fields["penilai_target"]
            .convert_to_export("pd_head", env_id["sk.placement.rule"]),
            "Kepala Perangkat Daerah",
        )
        self.assertEqual(unit_type.name, "UPTD / UPT")

    def test_kegiatan_and_activities_are_not_one_word(self):
        """Issue 22 item 7: the regulations' "kegiatan" is a Project task; Odoo's activities
        (mail.activity) are "Aktivitas" wherever the kegiatan are searched, never "Kegiatan"."""
        env_id = self.load_indonesian()
        action = env_id.ref("odoo_sistem_kerja.sk_kegiatan_action")
        arch = env_id["project.task"].get_views([(action.search_view_id.id, "search")])["views"][
            "search"
        ]["arch"]
        labels = {
            node.get("name"): node.get("string") for node in etree.fromstring(arch).iter("filter")
        }
        self.assertEqual(labels["activities_upcoming_all"], "Aktivitas Mendatang")
        self.assertEqual(labels["activities_overdue"], "Aktivitas Terlambat")
        self.assertEqual(labels["my_kegiatan"], "Kegiatan Saya")
        self.assertNotIn("Kegiatan - Kegiatan", arch)
        field = env_id["ir.model.fields"]._get("sk.team", "my_activity_date_deadline")
        self.assertEqual(field.field_description, "Tenggat Aktivitas Saya")
