"""Who signs, who receives and who is copied on each letter, as the regulation's route
steps and the profile say (issue 14 items 3, 13 and 18)."""

from datetime import date

from odoo.exceptions import UserError

from .test_letters import LetterCase


class TestLombokBaratAcrossPd(LetterCase):
    """Perbup Lombok Barat 2/2023 Lamp. II.B.2(a)(3)(c)-(e): the PyB of the PD asal answers
    the PyB pemohon; the surat penugasan is copied to both PyB."""

    preset = "lobar"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lia = cls.make_jf("Lia", cls.labkesda, "ahli_pertama")
        cls.lia._sk_set_kedudukan_from_rules("800/2/2026", date(2026, 1, 2))
        cls.answered = cls.decide_all(cls.request(cls.sekretariat, cls.labkesda, cls.lia))

    def test_the_pyb_asal_answers_the_pyb_pemohon(self):
        request = self.answered
        self.assertEqual(request.scope, "lintas_pd")
        self.assertEqual(request.state, "active")
        self.assertTrue(request.correspondence)
        Report = self.env["report.odoo_sistem_kerja.report_permohonan_pelibatan"]
        asked = Report._sk_letter(request, "permohonan")
        self.assertEqual(asked["addressee"], "Kepala Dinas Kominfo")
        answer = Report._sk_letter(request, "jawaban")
        self.assertEqual(
            (answer["sender"]["name"], answer["sender"]["title"]),
            ("Kadinkes", "Kepala Dinas Kesehatan"),
        )
        self.assertEqual(answer["addressee"], "Kepala Dinas Kominfo")
        self.assertNotIn("Kepala Dinas Kesehatan", answer["tembusan"])
        self.assertNotIn("Kepala Dinas Kominfo", answer["tembusan"])
        text = self.letter_text(request, "odoo_sistem_kerja.action_report_jawaban_pelibatan")
        self.assertIn("Yth. Kepala Dinas Kominfo", text)
        self.assertIn("Kadinkes", text)

    def test_the_surat_penugasan_is_copied_to_both_pyb_and_the_penilai(self):
        """Lamp. II.B.2(a)(3)(e) lists the copies by role: "dengan tembusan Pejabat yang
        Berwenang instansi bersangkutan, Pejabat Penilai Kinerja bersangkutan, dan Pejabat
        yang Berwenang instansi pemohon": the Penilai asal who signs is still copied."""
        request = self.answered
        naming = request.approval_line_ids.filtered("selects_assignee")
        signer = request._sk_signer()
        self.assertEqual(signer["name"], naming.official_id.name)
        tembusan = request._sk_tembusan()
        penilai = naming.official_id._sk_position_title()
        self.assertEqual(set(tembusan), {"Kepala Dinas Kesehatan", "Kepala Dinas Kominfo", penilai})
        text = self.letter_text(request, "odoo_sistem_kerja.action_report_surat_tugas")
        self.assertIn(penilai, text.split("Tembusan")[-1])

    def test_the_print_menu_offers_the_correspondence_only_where_it_was_written(self):
        """Issue 22 item 5: a request within a unit has no surat permohonan or jawaban."""
        letters = self.env.ref("odoo_sistem_kerja.action_report_permohonan_pelibatan") | (
            self.env.ref("odoo_sistem_kerja.action_report_jawaban_pelibatan")
        )
        offered = letters.get_valid_action_reports("sk.penugasan", self.answered.ids)
        self.assertEqual(set(offered), set(letters.ids))
        within = self.request(self.labkesda, self.labkesda, self.lia)
        self.assertEqual(within.scope, "unit")
        self.assertEqual(letters.get_valid_action_reports("sk.penugasan", within.ids), [])

    def test_the_register_lists_every_number_with_perihal_and_addressee(self):
        """Issue 22 item 9: the surat permohonan and the surat jawaban take numbers of the
        register, and each row says what the letter is about and to whom it goes."""
        request = self.answered
        rows = self.env["sk.letter.register"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", request.id)]
        )
        by_kind = {row.kind: row for row in rows}
        self.assertEqual(
            set(by_kind), {"sk.penugasan", "sk.penugasan:request", "sk.penugasan:answer"}
        )
        asked, answer, letter = (
            by_kind["sk.penugasan:request"],
            by_kind["sk.penugasan:answer"],
            by_kind["sk.penugasan"],
        )
        self.assertEqual(
            (asked.letter_number, answer.letter_number, letter.letter_number),
            (request.request_number, request.answer_number, request.letter_number),
        )
        self.assertEqual(asked.addressee, "Kepala Dinas Kominfo")
        self.assertEqual(answer.addressee, "Kepala Dinas Kominfo")
        self.assertEqual(letter.addressee, "Lia")
        self.assertEqual({row.perihal for row in rows}, {request.maksud_tujuan})
        kinds = dict(rows._fields["kind"]._description_selection(self.env))
        self.assertEqual(kinds["sk.penugasan:request"], "Surat Permohonan Pelibatan")


class TestNoLetterToOneself(LetterCase):
    """A request the requester answers himself (a Camat assigning within his Kecamatan)
    has no permohonan and no answer (issue 14 item 18). Under Perbup Pasuruan an Ahli Muda
    in a Seksi ranks as its Pengawas: the Camat assesses them and answers for them."""

    preset = "kab_pasuruan"

    def test_the_camat_does_not_write_to_himself(self):
        joko = self.make_jf("Joko", self.seksi_kec, "ahli_muda")
        joko._sk_set_kedudukan_from_rules("800/3/2026", date(2026, 1, 2))
        camat = self.heads["Camat"]
        request = self.request(self.kecamatan, self.seksi_kec, joko)
        self.assertEqual(request.scope, "lintas_unit")
        request.with_user(self.admin).action_submit()
        answering = request.approval_line_ids.filtered("signs_answer")
        self.assertTrue(answering)
        self.assertEqual(request._sk_resolve_role(answering.actor_role)[0], camat)
        self.assertFalse(request.correspondence)
        self.assertFalse(request.request_number)
        while request.state == "submitted":
            request.with_user(request.current_line_id.approver_user_id).action_approve()
        self.assertEqual(request.state, "active")
        self.assertTrue(request.letter_number)
        self.assertFalse(request.answer_number)
        for report in ("permohonan_pelibatan", "jawaban_pelibatan"):
            with self.assertRaisesRegex(UserError, "no correspondence"):
                self.letter_text(request, f"odoo_sistem_kerja.action_report_{report}")
        # the Lurah asking for the same JF still writes to the Camat
        other = self.request(self.kelurahan, self.seksi_kec, joko)
        other.with_user(self.admin).action_submit()
        self.assertTrue(other.correspondence)
        self.assertTrue(other.request_number)


class TestSignerSetting(LetterCase):
    """Perwali Kota Pasuruan 41/2023: the Surat Tugas is signed by the Pimpinan Unit
    Organisasi (the Kepala PD) and the SK Tim Kerja set by the Kepala PD; the Kabid who
    decided signs a.n. the Kepala PD (issue 14 item 13)."""

    def test_the_kabid_signs_for_the_kepala_pd(self):
        self.assertEqual(self.profile.signer_individual, "pd_head")
        request = self.decide_all(self.request(self.bidang, employee=self.dodi))
        self.assertEqual(request.approval_line_ids.official_id, self.heads["Kabid"])
        signer = request._sk_signer()
        self.assertEqual(
            (signer["behalf"], signer["name"], signer["title"]),
            ("Kepala Dinas Kominfo", "Kabid", "Kepala Bidang Aptika"),
        )
        text = self.letter_text(request)
        self.assertIn("a.n. Kepala Dinas Kominfo Kepala Bidang Aptika,", text)
        self.profile.signer_individual = "decider"
        self.assertFalse(request._sk_signer()["behalf"])

    def test_the_kepala_pd_who_decided_signs_himself(self):
        team = self.decide_all(
            self.make_team(self.dinas, [{"employee_id": self.dodi.id, "role": "ketua"}])
        )
        self.assertEqual(team.state, "active")
        self.assertEqual(self.profile.signer_team, "pd_head")
        signer = team._sk_signer()
        self.assertEqual((signer["behalf"], signer["name"]), ("", "Kadis"))
        text = self.letter_text(team, "odoo_sistem_kerja.action_report_sk_tim_kerja")
        self.assertIn("KEPALA DINAS KOMINFO", text.upper())
        self.assertNotIn("a.n.", text)
