"""Letters read the regulation of the preset in force, also after switching presets in
Settings (issue 14 item 20)."""

from odoo.tests import Form

from .test_letters import LetterCase


class TestPresetSwitchedInSettings(LetterCase):
    preset = "kobar"

    def test_the_sk_and_the_answer_follow_the_new_preset(self):
        self.assertEqual(self.profile.region_name, "Kotawaringin Barat")
        settings = Form(self.env["res.config.settings"])
        settings.sk_preset_id = self.sk_ref("profile_preset_kota_pasuruan")
        settings.save().execute()
        profile = self.company._sk_profile()
        self.assertEqual(profile.preset_id, self.sk_ref("profile_preset_kota_pasuruan"))
        self.assertEqual(profile.region_name, "Pasuruan")
        self.assertEqual(profile.signer_team, "pd_head")
        self.assertEqual(profile.check_dialog_kinerja, "block")
        profile.check_dialog_kinerja = "off"  # the dialogs themselves are tested in test_reports

        team = self.decide_all(
            self.make_team(self.dinas, [{"employee_id": self.dodi.id, "role": "ketua"}])
        )
        text = self.letter_text(team, "odoo_sistem_kerja.action_report_sk_tim_kerja")
        self.assertIn("bahwa untuk melaksanakan Peraturan Walikota Pasuruan Nomor 41 Tahun", text)
        self.assertNotIn("Kotawaringin", text)
        self.assertIn("TENTANG TIM KERJA DINAS KOMINFO KOTA PASURUAN", text)
        lampiran = text[text.index("SUSUNAN KEANGGOTAAN") :]
        self.assertIn("DI LINGKUNGAN DINAS KOMINFO KOTA PASURUAN", lampiran)
        self.assertIn(f"Kadis NIP. {self.heads['Kadis'].sk_nip}", lampiran)

        request = self.decide_all(self.request(self.sekretariat, self.seksi, self.rina))
        self.assertTrue(request.request_date)
        answer = self.letter_text(request, "odoo_sistem_kerja.action_report_jawaban_pelibatan")
        self.assertIn(
            f"Menjawab surat Saudara Nomor {request.request_number} tanggal "
            f"{request.request_date.day} ",
            answer,
        )
        self.assertNotIn(request.name, answer)
