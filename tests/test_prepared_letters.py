"""Letters prepared by the Admin Kepegawaian and signed by the Kepala Perangkat Daerah:
an employee's Surat Tugas listing all their roles, one SK for several teams, re-issue and
revocation."""

import hashlib
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError

from .test_letters import LetterCase

REPORT = "odoo_sistem_kerja.action_report_sk_letter"


class PreparedLetterCase(LetterCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.profile.letter_tembusan = "Kepala BKPSDM\nArsip"

    def establish(self, team):
        team.with_user(team.owner_employee_id.user_id).action_submit()
        while team.state == "verification":
            team.with_user(team.current_approver_id).action_approve()
        return team

    def sign(self, letter):
        letter.with_user(self.admin).action_submit()
        while letter.state == "to_sign":
            letter.with_user(letter.current_approver_id).action_approve()
        return letter

    def flat(self, letter):
        return self.letter_text(letter, REPORT)

    def assign_rina_to_the_sekretariat(self):
        """Rina, of the Seksi, assigned to the Sekretariat from 1 July 2026."""
        self.approve(
            self.request(
                self.sekretariat,
                self.seksi,
                self.rina,
                date_start=date(2026, 7, 1),
                maksud_tujuan="Memelihara jaringan sekretariat",
            )
        )

    def surat_tugas_of_rina(self):
        self.establish(
            self.make_team(
                self.bidang,
                [{"employee_id": self.rina.id, "tugas": "Menyusun konten\nMengolah data"}],
                name="Website Kota",
            )
        )
        self.establish(
            self.make_team(
                self.bidang,
                [{"employee_id": self.rina.id, "role": "ketua", "tugas": "Memimpin tim"}],
                name="Tim Data Terpadu",
            )
        )
        self.assign_rina_to_the_sekretariat()
        action = self.rina.with_user(self.admin).action_sk_prepare_surat_tugas()
        letter = self.env["sk.letter"].browse(action["res_id"])
        letter.with_user(self.admin).write({"date_tmt": date(2026, 8, 1)})
        letter.with_user(self.admin).action_load_roles()
        return letter


class TestEmployeeSuratTugas(PreparedLetterCase):
    def test_one_letter_lists_every_role_and_is_numbered_when_signed(self):
        letter = self.surat_tugas_of_rina()
        self.assertEqual(letter.department_id, self.dinas)
        self.assertEqual(
            letter.role_ids.mapped("name"),
            ["Ketua Tim Data Terpadu", "Anggota Tim Website Kota", "Pranata Komputer Ahli Pertama"],
        )
        letter.with_user(self.admin).write(
            {
                "role_ids": [
                    (
                        0,
                        0,
                        {
                            "sequence": 99,
                            "name": "Bendahara Pengeluaran Pembantu",
                            "tasks": "Mengelola uang persediaan",
                        },
                    )
                ]
            }
        )
        concept = self.flat(letter)
        self.assertIn("KONSEP", concept)
        self.assertIn("NOMOR : .......", concept)

        letter.with_user(self.admin).action_submit()
        self.assertEqual(letter.state, "to_sign")
        self.assertFalse(letter.letter_number, "no number before the signature")
        activity = letter.sudo().activity_ids
        self.assertEqual(activity.user_id, self.users["Kadis"])
        self.assertEqual(
            activity.activity_type_id,
            self.env.ref("odoo_sistem_kerja.mail_activity_type_tanda_tangan"),
        )
        with self.assertRaisesRegex(
            UserError, "can decide the step 'The Kepala Perangkat Daerah signs' of"
        ):
            letter.with_user(self.users["Kabid"]).action_approve()
        letter.with_user(self.users["Kadis"]).action_approve()
        self.assertEqual(letter.state, "issued")
        self.assertFalse(letter.sudo().activity_ids)
        # the Surat Tugas register of the Dinas: the Penugasan above took 001
        self.assertEqual(letter.letter_number, f"800/004/423.105/{self.year}")

        text = self.flat(letter)
        self.assertNotIn("KONSEP", text)
        for expected in [
            "SURAT TUGAS",
            f"NOMOR : 800/004/423.105/{self.year}",
            "Nama : Rina",
            f"NIP : {self.rina.sk_nip}",
            "Ketua Tim Data Terpadu",
            "Anggota Tim Website Kota",
            "Pranata Komputer Ahli Pertama",
            "Bendahara Pengeluaran Pembantu",
            "Memimpin tim",
            "Menyusun konten",
            "Memelihara jaringan sekretariat",
            "Mengelola uang persediaan",
            "Terhitung Mulai Tanggal 1 Agustus 2026",
            "Kepala Dinas Kominfo",
            f"NIP. {self.heads['Kadis'].sk_nip}",
            "Tembusan:",
            self.rina.sk_penilai_id._sk_position_title(),
            "Kepala BKPSDM",
            "Arsip",
        ]:
            self.assertIn(expected, text)
        # the roles are frozen: a later team does not change the issued letter
        with self.assertRaisesRegex(UserError, "Roles are taken again only on a draft Surat Tugas"):
            letter.with_user(self.admin).action_load_roles()

    def test_nothing_to_list_and_wrong_hands(self):
        nobody = self.make_jf("Nobody", self.seksi, "ahli_pertama")
        letter = self.env["sk.letter"].with_user(self.admin).create({"employee_id": nobody.id})
        self.assertFalse(letter.role_ids)
        with self.assertRaisesRegex(UserError, "no role"):
            letter.with_user(self.admin).action_submit()
        self.assertEqual(letter.state, "draft")
        with self.assertRaisesRegex(AccessError, "You are not allowed to create 'Letter'"):
            self.env["sk.letter"].with_user(self.users["Kabid"]).create(
                {"employee_id": self.rina.id}
            )
        with self.assertRaisesRegex(AccessError, "Only the Admin Kepegawaian prepares letters"):
            letter.with_user(self.users["Kadis"]).action_submit()


class TestTmtOfRolesBeginningLater(PreparedLetterCase):
    def test_the_tmt_is_the_day_the_first_role_begins_and_an_empty_letter_says_why(self):
        """Issue 10: an assignment starting next month is listed at once, with its TMT."""
        self.assign_rina_to_the_sekretariat()
        with freeze_time("2026-06-15"):
            action = self.rina.with_user(self.admin).action_sk_prepare_surat_tugas()
            letter = self.env["sk.letter"].browse(action["res_id"])
            self.assertEqual(letter.date_tmt, date(2026, 7, 1))
            self.assertEqual(len(letter.role_ids), 1)
            letter.with_user(self.admin).write({"date_tmt": date(2026, 6, 20)})
            with self.assertRaisesRegex(
                UserError, "no established team .* The next one starts on 07/01/2026"
            ):
                letter.with_user(self.admin).action_load_roles()
            self.assertEqual(len(letter.role_ids), 1, "nothing written")


class TestReissueAndRevoke(PreparedLetterCase):
    def test_reissue_replaces_the_letter_and_its_qr_says_so(self):
        letter = self.sign(self.surat_tugas_of_rina())
        first_pdf = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(REPORT, letter.ids)[0]
        )
        verification = self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.letter"), ("res_id", "=", letter.id)]
        )
        self.assertEqual(verification._sk_state(), "valid")

        with self.assertRaisesRegex(AccessError, "Only the Admin Kepegawaian prepares letters"):
            letter.with_user(self.users["Kadis"])._sk_reissue("Salah jabatan")
        wizard = (
            self.env["sk.approval.reason.wizard"]
            .with_user(self.admin)
            .create(
                {
                    "res_model": "sk.letter",
                    "res_ids": str(letter.id),
                    "decision": "reissue",
                    "reason": "Tugas PPTK ditambahkan",
                }
            )
        )
        action = wizard.action_confirm()
        replacement = self.env["sk.letter"].browse(action["res_id"])
        self.assertEqual(replacement.replaces_id, letter)
        self.assertEqual(replacement.state, "draft")
        self.assertEqual(letter.state, "issued", "in force until the replacement is signed")
        with self.assertRaisesRegex(UserError, "already has a replacement"):
            letter.with_user(self.admin)._sk_reissue("Again")

        replacement.with_user(self.admin).write(
            {"role_ids": [(0, 0, {"name": "Pejabat Pelaksana Teknis Kegiatan"})]}
        )
        self.sign(replacement)
        self.assertEqual(letter.state, "replaced")
        self.assertEqual(letter.replaced_by_id, replacement)
        self.assertNotEqual(replacement.letter_number, letter.letter_number)
        self.assertEqual(verification._sk_state(), "replaced")
        self.assertEqual(verification._sk_replacement_number(), replacement.letter_number)
        self.assertEqual(verification._sk_stored_pdf_hash(), hashlib.sha256(first_pdf).hexdigest())
        self.assertIn("Pejabat Pelaksana Teknis Kegiatan", self.flat(replacement))

    def test_revoke_needs_a_reason_and_voids_the_qr(self):
        letter = self.sign(self.surat_tugas_of_rina())
        self.flat(letter)
        verification = self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.letter"), ("res_id", "=", letter.id)]
        )
        with self.assertRaisesRegex(UserError, "Give the reason for revoking the letter"):
            letter.with_user(self.admin)._sk_cancel("  ")
        self.assertEqual(letter.state, "issued")
        letter.with_user(self.admin)._sk_cancel("Pegawai mutasi")
        self.assertEqual(letter.state, "cancelled")
        self.assertEqual(verification._sk_state(), "revoked")

    def test_penugasan_letter_reissued_with_a_new_number(self):
        request = self.approve(self.request(self.sekretariat, self.seksi, self.rina))
        first_pdf = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf("odoo_sistem_kerja.action_report_surat_tugas", request.ids)[0]
        )
        old_number = request.letter_number
        old = self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", request.id)]
        )
        with self.assertRaisesRegex(UserError, "Give the reason for re-issuing the letter"):
            request.with_user(self.admin)._sk_reissue("")
        request.with_user(self.admin)._sk_reissue("Nomor tertukar")
        self.assertNotEqual(request.letter_number, old_number)
        self.assertEqual(old._sk_state(), "replaced")
        self.assertEqual(old._sk_replacement_number(), request.letter_number)
        self.assertEqual(old._sk_stored_pdf_hash(), hashlib.sha256(first_pdf).hexdigest())
        text = self.letter_text(request)
        self.assertIn(f"NOMOR : {request.letter_number}", text)
        new = (
            self.env["sk.letter.verification"].search(
                [("res_model", "=", "sk.penugasan"), ("res_id", "=", request.id)]
            )
            - old
        )
        self.assertEqual(new._sk_state(), "valid")
        self.assertIn("Nomor tertukar", request.message_ids[0].body)


class TestOneSkForTeams(PreparedLetterCase):
    def test_one_sk_lists_the_selected_teams_of_each_pd(self):
        aptika = self.establish(
            self.make_team(
                self.bidang,
                [
                    {"employee_id": self.rina.id, "tugas": "Mengolah data"},
                    {"employee_id": self.dodi.id, "role": "ketua", "tugas": "Memimpin tim"},
                ],
                name="Tim Data Terpadu",
                grouping="Bidang Aptika",
            )
        )
        kasi = self.make_jf("Kasi Arsip", self.sekretariat, "ahli_muda")
        kasi._sk_set_kedudukan_from_rules("800/2/2026", date(2026, 1, 2))
        umum = self.establish(
            self.make_team(
                self.sekretariat,
                [{"employee_id": kasi.id, "role": "ketua", "tugas": "Menata arsip"}],
                name="Tim Arsip Digital",
                grouping="Sekretariat",
            )
        )
        sari = self.make_jf("Sari", self.puskesmas, "terampil")
        sari._sk_set_kedudukan_from_rules("800/3/2026", date(2026, 1, 2))
        sehat = self.establish(
            self.make_team(self.puskesmas, [{"employee_id": sari.id}], name="Tim Posyandu")
        )
        draft = self.make_team(self.bidang, [{"employee_id": self.dodi.id}], name="Tim Konsep")
        teams = aptika | umum | sehat | draft
        action = teams.with_user(self.admin).action_sk_prepare_sk()
        letters = self.env["sk.letter"].search(action["domain"])
        self.assertEqual(len(letters), 2, "one SK per Perangkat Daerah")
        dinas_sk = letters.filtered(lambda ln: ln.department_id == self.dinas)
        self.assertEqual(dinas_sk.team_ids, aptika | umum)

        dinas_sk.with_user(self.admin).write({"team_ids": [(4, sehat.id)]})
        with self.assertRaisesRegex(UserError, "own Perangkat Daerah"):
            dinas_sk.with_user(self.admin).action_submit()
        dinas_sk.with_user(self.admin).write({"team_ids": [(3, sehat.id)]})
        self.sign(dinas_sk)
        self.assertEqual(dinas_sk.state, "issued")
        self.assertRegex(dinas_sk.letter_number, rf"^\d{{3}} TAHUN {self.year}$")
        text = self.flat(dinas_sk)
        for expected in [
            "KEPUTUSAN KEPALA DINAS KOMINFO",
            f"NOMOR : {dinas_sk.letter_number}",
            "BIDANG APTIKA — Tim Data Terpadu",
            "SEKRETARIAT — Tim Arsip Digital",
            "Kasi Arsip",
            "Tembusan:",
            "Kepala BKPSDM",
        ]:
            self.assertIn(expected, text)
        self.assertNotIn("Tim Posyandu", text)
        lampiran = text[text.index("SUSUNAN KEANGGOTAAN") :]
        self.assertLess(lampiran.index("BIDANG APTIKA"), lampiran.index("SEKRETARIAT —"))
        segment = lampiran[lampiran.index("Tim Data Terpadu") : lampiran.index("SEKRETARIAT —")]
        self.assertLess(segment.index("KETUA"), segment.index("ANGGOTA"))

    def test_a_team_is_in_one_sk_in_force(self):
        """Issue 14 item 16: the SK of a Perangkat Daerah that includes a team replaces the
        team's own SK and any earlier SK of that team; none leaves a team without an SK."""
        aptika = self.establish(
            self.make_team(self.bidang, [{"employee_id": self.dodi.id, "role": "ketua"}])
        )
        umum = self.establish(
            self.make_team(
                self.sekretariat,
                [{"employee_id": self.rina.id, "role": "ketua"}],
                name="Tim Arsip Digital",
            )
        )
        self.pdf_text(aptika, "odoo_sistem_kerja.action_report_sk_tim_kerja")
        Verification = self.env["sk.letter.verification"]
        own = Verification.search([("res_model", "=", "sk.team"), ("res_id", "=", aptika.id)])
        self.assertEqual(own._sk_state(), "valid")
        first = self.env["sk.letter"].browse(
            (aptika | umum).with_user(self.admin).action_sk_prepare_sk()["res_id"]
        )
        self.sign(first)
        self.assertNotEqual(first.letter_number, aptika.letter_number)
        self.assertEqual(aptika.decree_id, first)
        self.assertEqual(own._sk_state(), "replaced")
        self.assertEqual(own._sk_replacement_number(), first.letter_number)
        only_aptika = (
            self.env["sk.letter"]
            .with_user(self.admin)
            .create(
                {
                    "letter_type": "sk_tim_kerja",
                    "department_id": self.dinas.id,
                    "team_ids": [(6, 0, aptika.ids)],
                }
            )
        )
        with self.assertRaisesRegex(UserError, "Tim Arsip Digital"):
            only_aptika.with_user(self.admin).action_submit()
        only_aptika.with_user(self.admin).write({"team_ids": [(4, umum.id)]})
        self.sign(only_aptika)
        self.assertEqual(first.state, "replaced")
        self.assertEqual(first.replaced_by_id, only_aptika)
        self.assertEqual((aptika | umum).decree_id, only_aptika)
        in_force = self.env["sk.letter"].search(
            [("team_ids", "in", aptika.ids), ("state", "=", "issued")]
        )
        self.assertEqual(in_force, only_aptika)


class TestCorrespondenceNumbers(PreparedLetterCase):
    def test_request_numbered_when_sent_and_answer_when_decided(self):
        request = self.request(self.sekretariat, self.seksi, self.rina)
        self.assertFalse(request.request_number)
        request.with_user(self.admin).action_submit()
        self.assertEqual(request.request_number, f"001/105/{self.year}")
        self.assertFalse(request.answer_number)
        asked = self.letter_text(request, "odoo_sistem_kerja.action_report_permohonan_pelibatan")
        self.assertIn(f"Nomor : {request.request_number}", asked)
        while request.state == "submitted":
            request.with_user(request.current_line_id.approver_user_id).action_approve()
        self.assertEqual(request.answer_number, f"002/105/{self.year}")
        # one register of outgoing letters per Perangkat Daerah: the Surat Tugas of the same
        # request does not repeat the permohonan's number (issue 14 item 16)
        self.assertEqual(request.letter_number, f"800/003/423.105/{self.year}")
        answer = self.letter_text(request, "odoo_sistem_kerja.action_report_jawaban_pelibatan")
        self.assertIn(f"Nomor : {request.answer_number}", answer)
        self.assertIn("Tembusan:", answer)
        self.assertIn("Kepala BKPSDM", answer)

        within = self.approve(self.request(self.bidang, employee=self.dodi))
        self.assertFalse(within.request_number or within.answer_number, "no correspondence")


class TestLetterAccess(PreparedLetterCase):
    def test_who_reads_a_letter(self):
        letter = self.surat_tugas_of_rina()
        Letter = self.env["sk.letter"]
        self.assertFalse(Letter.with_user(self.users["Rina"]).search([("id", "=", letter.id)]))
        self.sign(letter)
        self.assertTrue(Letter.with_user(self.users["Rina"]).search([("id", "=", letter.id)]))
        self.assertTrue(Letter.with_user(self.users["Kabid"]).search([("id", "=", letter.id)]))
        self.assertFalse(Letter.with_user(self.users["Dodi"]).search([("id", "=", letter.id)]))
        self.assertFalse(Letter.with_user(self.outsider).search([("id", "=", letter.id)]))
        with self.assertRaisesRegex(AccessError, "You are not allowed to modify 'Letter'"):
            letter.with_user(self.users["Rina"]).write({"tembusan": "Saya"})
