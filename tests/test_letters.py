"""Letter numbers and the Surat Tugas printed as a real PDF."""

from datetime import date, timedelta

import psycopg2

from odoo import SUPERUSER_ID, api, fields
from odoo.exceptions import AccessError, UserError
from odoo.tools import mute_logger

from odoo.addons.odoo_sistem_kerja.tests.approval_common import ApprovalCase
from odoo.addons.odoo_sistem_kerja.tests.organisation import next_nip


class LetterCase(ApprovalCase):
    preset = "kota_pasuruan"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the dialog kinerja Kota Pasuruan requires before a team is tested in test_reports
        cls.profile.check_dialog_kinerja = "off"
        cls.company.write({"city": "Pasuruan", "phone": "(0343) 424008"})
        cls.dinas.write({"sk_unit_code": "105", "sk_street": "Jalan Pahlawan 28, Pasuruan"})
        cls.dinkes.sk_unit_code = "440"
        cls.year = fields.Date.context_today(cls.env.user).year

    def approve(self, request):
        request.with_user(self.admin).action_submit()
        while request.state == "submitted":
            request.with_user(request.current_line_id.approver_user_id).action_approve()
        return request


class TestNumbering(LetterCase):
    def test_issued_on_approval_per_pd_and_year_without_gaps(self):
        first = self.request(self.sekretariat, self.seksi, self.rina)
        self.assertFalse(first.letter_number)
        first.with_user(self.admin).action_submit()
        self.assertFalse(first.letter_number, "no number while in approval")
        refused = self.request(self.sekretariat, self.seksi, self.rina)
        refused.with_user(self.admin).action_submit()
        refused.with_user(refused.current_line_id.approver_user_id)._sk_refuse("Not now")
        self.assertFalse(refused.letter_number)
        while first.state == "submitted":
            first.with_user(first.current_line_id.approver_user_id).action_approve()
        second = self.approve(self.request(self.sekretariat, self.seksi, self.rina))
        sari = self.make_jf("Sari", self.puskesmas, "terampil")
        sari._sk_set_kedudukan_from_rules("800/3/2026", date(2026, 1, 2))
        other_pd = self.approve(self.request(self.dinkes, employee=sari))
        # one register of outgoing letters per Perangkat Daerah: permohonan, answer and
        # Surat Tugas take its numbers in turn, none twice and none skipped (issue 14 item 16)
        issued = [
            first.request_number,
            refused.request_number,
            refused.answer_number,
            first.answer_number,
            first.letter_number,
            second.request_number,
            second.answer_number,
            second.letter_number,
        ]
        self.assertEqual(
            [int(n.removeprefix("800/").split("/")[0]) for n in issued], list(range(1, 9))
        )
        self.assertEqual(first.letter_number, f"800/005/423.105/{self.year}")
        self.assertEqual(second.letter_number, f"800/008/423.105/{self.year}")
        self.assertEqual(other_pd.letter_number, f"800/001/423.440/{self.year}")
        self.assertEqual(first.letter_date, fields.Date.context_today(first))

    def test_numbering_restarts_each_year(self):
        Number = self.env["sk.letter.number"]
        this_year = Number._sk_next(self.company, self.bidang, "team", date(2026, 12, 30))
        next_year = Number._sk_next(self.company, self.bidang, "team", date(2027, 1, 4))
        again = Number._sk_next(self.company, self.bidang, "team", date(2027, 1, 5))
        self.assertEqual(
            (this_year, next_year, again), ("001 TAHUN 2026", "001 TAHUN 2027", "002 TAHUN 2027")
        )
        sequence = Number._sk_sequence(self.company, self.dinas, "keputusan")
        self.assertEqual(sequence.implementation, "no_gap")

    def test_manual_number_is_kept(self):
        request = self.request(self.sekretariat, self.seksi, self.rina)
        request.with_user(self.admin).manual_letter_number = "800/099/423.105/2025"
        self.approve(request)
        self.assertEqual(request.letter_number, "800/099/423.105/2025")


class TestConcurrentNumbers(LetterCase):
    def test_two_approvals_racing_cannot_take_the_same_number(self):
        """Two transactions numbering letters of one Perangkat Daerah at the same moment:
        the second waits for the first and cannot reuse its number, even for the very
        first number of the Perangkat Daerah (when its sequence is created)."""
        with self.registry.cursor() as setup_cr:
            env = api.Environment(setup_cr, SUPERUSER_ID, {})
            unit = env["hr.department"].create(
                {
                    "name": "Dinas Balapan",
                    "sk_unit_type_id": env.ref("odoo_sistem_kerja.unit_type_dinas").id,
                    "sk_unit_code": "777",
                }
            )
            unit_id, company_id = unit.id, unit.company_id.id
        on = date(2026, 8, 17)
        try:
            with self.registry.cursor() as cr_a, self.registry.cursor() as cr_b:
                env_a = api.Environment(cr_a, SUPERUSER_ID, {})
                env_b = api.Environment(cr_b, SUPERUSER_ID, {})

                def take(env):
                    return env["sk.letter.number"]._sk_next(
                        env["res.company"].browse(company_id),
                        env["hr.department"].browse(unit_id),
                        "individual",
                        on,
                    )

                first = take(env_a)
                cr_b.execute("SET LOCAL lock_timeout = '1s'")
                with self.assertRaises(psycopg2.OperationalError), mute_logger("odoo.sql_db"):
                    take(env_b)  # blocked by the first transaction
                cr_b.rollback()
                cr_a.commit()
                env_b.invalidate_all()
                second = take(env_b)  # the retry sees the committed sequence
                cr_b.commit()
            self.assertNotEqual(first, second)
            self.assertEqual(second.split("/")[0], "002")
        finally:
            with self.registry.cursor() as cleanup_cr:
                env = api.Environment(cleanup_cr, SUPERUSER_ID, {})
                env["ir.sequence"].search([("code", "=like", f"sk.letter.%.{unit_id}")]).unlink()
                env["hr.department"].browse(unit_id).unlink()


class TestSuratTugasPdf(LetterCase):
    def test_surat_tugas_lists_roles_number_tmt_and_plh_signer(self):
        team = self.make_team(
            self.bidang,
            [
                {
                    "employee_id": self.rina.id,
                    "role": "anggota",
                    "tugas": "Menyusun konten website\nMengolah data kunjungan",
                },
            ],
            name="Website Kota",
        )
        team.with_user(self.users["Kabid"]).action_submit()
        team.with_user(team.current_approver_id).action_approve()
        request = self.request(
            self.sekretariat,
            self.seksi,
            self.rina,
            date_start=date(2026, 7, 1),
            maksud_tujuan="Memelihara jaringan sekretariat",
        )
        request.with_user(self.admin).action_submit()
        request.with_user(request.current_line_id.approver_user_id).action_approve()
        # the Kepala Dinas is away: his Plh. signs
        today = fields.Date.context_today(request)
        self.env["sk.representation"].create(
            {
                "official_id": self.heads["Kadis"].id,
                "representative_id": self.heads["Sekretaris"].id,
                "type": "plh",
                "date_from": today,
                "date_to": today + timedelta(days=3),
            }
        )
        request.with_user(self.users["Sekretaris"]).action_approve()
        self.assertEqual(request.state, "active")
        text = self.letter_text(request)
        flat = " ".join(text.split())
        for expected in [
            "PEMERINTAH KABUPATEN UJI",
            "DINAS KOMINFO",
            "Jalan Pahlawan 28, Pasuruan",
            "SURAT TUGAS",
            f"NOMOR : 800/003/423.105/{self.year}",
            "Peraturan Walikota Pasuruan Nomor 41 Tahun 2023",
            "MEMERINTAHKAN",
            "Nama : Rina",
            f"NIP : {self.rina.sk_nip}",
            "Jabatan : Pranata Komputer Ahli Pertama",
            "Anggota Tim Website Kota",
            "Menyusun konten website",
            "Mengolah data kunjungan",
            "Memelihara jaringan sekretariat",
            "Terhitung Mulai Tanggal 1 Juli 2026",
            "Plh. Kepala Dinas Kominfo",
            "Sekretaris",
            f"NIP. {self.heads['Sekretaris'].sk_nip}",
        ]:
            self.assertIn(expected, flat)
        self.assertIn("Pasuruan, ", flat)
        # the assignee prints her own letter, signed by a Plh. (she may not read the
        # representation itself)
        reports = self.env["ir.actions.report"].with_user(self.users["Rina"])
        html, _kind = reports._render_qweb_html(
            "odoo_sistem_kerja.action_report_surat_tugas", request.ids
        )
        self.assertIn("Plh. Kepala Dinas Kominfo", html.decode())

    def test_official_titles_come_from_the_unit_type(self):
        titles = {
            name: self.heads[name]._sk_position_title()
            for name in ("Sekda", "Asisten", "Kabag", "Kadis", "Sekretaris", "Camat", "Lurah")
        }
        self.assertEqual(
            titles,
            {
                "Sekda": "Sekretaris Daerah",
                "Asisten": "Asisten Pemerintahan",
                "Kabag": "Kepala Bagian Organisasi",
                "Kadis": "Kepala Dinas Kominfo",
                "Sekretaris": "Sekretaris Dinas Kominfo",
                "Camat": "Camat Kota",
                "Lurah": "Lurah Baru",
            },
        )

    def test_dasar_falls_back_to_the_instrument(self):
        self.profile.letter_legal_basis = False
        self.assertEqual(
            self.profile._sk_legal_basis(),
            [
                "Peraturan Walikota Pasuruan Nomor 41 Tahun 2023 tentang Sistem Kerja di "
                "Lingkungan Pemerintah Kota Pasuruan untuk Penyederhanaan Birokrasi."
            ],
        )

    def test_print_name_and_binding(self):
        report = self.env.ref("odoo_sistem_kerja.action_report_surat_tugas")
        self.assertEqual(report.binding_model_id.model, "sk.penugasan")
        self.assertEqual(report.paperformat_id.page_height, 330)


class TestSkTimKerjaPdf(LetterCase):
    def test_sk_lampiran_rows_keep_their_eight_cells(self):
        """003 Lamp. III: every member row has the 8 columns, even with empty jabatan,
        sasaran and indikator (values would shift under the wrong header)."""
        team = self.make_team(
            self.bidang,
            [
                {"employee_id": self.rina.id, "tugas": "Konten", "sasaran_kinerja": "S"},
                {"external_name": "Ani", "external_nip": next_nip(), "external_instansi": "BPS"},
            ],
            name="Tim Sel",
        )
        team.member_ids.filtered("external_name").jabatan = False
        self.decide_all(team, self.users["Kabid"])
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "odoo_sistem_kerja.action_report_sk_tim_kerja", team.ids
        )
        rows = html.decode().split("<tr")
        # the member rows (their NIP span); the QR's base64 may spell any name by chance
        member_rows = [row for row in rows if 'class="sk-nip"' in row]
        self.assertEqual(len(member_rows), 2)
        self.assertIn("Rina", member_rows[0])
        self.assertIn("Ani", member_rows[1])
        for row in member_rows:
            self.assertEqual(row.count("<td"), 8, row)

    def test_sk_with_members_from_two_pd_and_plh(self):
        sari = self.make_jf("Sari", self.puskesmas, "terampil")
        sari._sk_set_kedudukan_from_rules("800/3/2026", date(2026, 1, 2))
        team = self.make_team(
            self.bidang,
            [
                {
                    "employee_id": self.rina.id,
                    "role": "anggota",
                    "tugas": "Membangun aplikasi",
                    "target_value": 2,
                    "target_uom": "dokumen",
                },
                {
                    "employee_id": self.dodi.id,
                    "role": "ketua",
                    "tugas": "Memimpin tim\nMelaporkan kinerja",
                    "sasaran_kinerja": "Layanan kesehatan daring",
                    "indikator_kinerja": "Persentase puskesmas terhubung",
                    "target_value": 100,
                    "target_uom": "persen",
                },
                {"employee_id": sari.id, "role": "anggota", "tugas": "Uji lapangan"},
                {
                    "external_name": "Dr. Budi Pakar",
                    "external_nip": "197001012000031001",
                    "external_instansi": "Universitas Negeri",
                    "jabatan": "Dosen",
                },
            ],
            name="Tim Kota Sehat Digital",
            grouping="Bidang Aptika",
        )
        self.assertEqual(team.scope, "lintas_instansi")
        team.with_user(self.users["Kabid"]).action_submit()
        today = fields.Date.context_today(team)
        self.env["sk.representation"].create(
            {
                "official_id": self.heads["Kadis"].id,
                "representative_id": self.heads["Sekretaris"].id,
                "type": "plh",
                "date_from": today,
                "date_to": today + timedelta(days=2),
            }
        )
        team.with_user(self.users["Sekretaris"]).action_approve()
        self.assertEqual(team.state, "active")
        self.assertEqual(team.letter_number, f"001 TAHUN {self.year}")
        text = self.letter_text(team, "odoo_sistem_kerja.action_report_sk_tim_kerja")
        flat = " ".join(text.split())
        for expected in [
            "KEPUTUSAN KEPALA DINAS KOMINFO",
            f"NOMOR : 001 TAHUN {self.year}",
            "TIM KERJA DINAS KOMINFO",
            "Menimbang",
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
            "Peraturan Walikota Pasuruan Nomor 41 Tahun 2023",
            "MEMUTUSKAN",
            "KESATU",
            "KETIGA",
            "Plh. Kepala Dinas Kominfo",
            f"NIP. {self.heads['Sekretaris'].sk_nip}",
            "SUSUNAN KEANGGOTAAN TIM KERJA DI LINGKUNGAN DINAS KOMINFO",
            "bahwa untuk melaksanakan Peraturan Walikota Pasuruan Nomor 41 Tahun 2023 tentang",
            "BIDANG APTIKA — Tim Kota Sehat Digital",
            "Dr. Budi Pakar",
        ]:
            self.assertIn(expected, flat)
        # wrapped table cells interleave line by line: check each row's words in its segment
        rows = {
            ("Dodi", "Rina"): [
                self.dodi.sk_nip,
                "1.",
                "Memimpin tim",
                "2.",
                "Melaporkan kinerja",
                "Layanan kesehatan daring",
                "100",
                "Persen",
            ],
            ("Sari", "Dr. Budi Pakar"): [sari.sk_nip, "Pranata Komputer Terampil", "Uji lapangan"],
            ("Dr. Budi Pakar", None): ["197001012000031001", "Dosen"],
        }
        for (start, end), phrases in rows.items():
            segment = flat[flat.index(start) : flat.index(end) if end else None]
            for phrase in phrases:
                for word in phrase.split():
                    self.assertIn(word, segment, f"{word} in the row of {start}")
        header = flat[flat.index("SUSUNAN KEANGGOTAAN") :]
        for column in (
            "NO",
            "SUSUNAN",
            "NAMA/NIP",
            "JABATAN",
            "TUGAS",
            "SASARAN",
            "INDIKATOR",
            "TARGET",
        ):
            self.assertIn(column, header)
        # the Ketua comes first in the table
        table = flat[flat.index("BIDANG APTIKA") :]
        self.assertLess(table.index("KETUA"), table.index("ANGGOTA"))
        self.assertLess(table.index("Dodi"), table.index("Rina"))


class TestBatchPrinting(LetterCase):
    def test_no_letter_before_the_decision(self):
        """A Surat Tugas comes from an approved Penugasan, an SK from an established team:
        printing either before says which record is not decided yet."""
        employee = self.make_jf("Fajar", self.bidang, "ahli_pertama")
        draft = self.request(self.bidang, employee=employee)
        with self.assertRaisesRegex(UserError, "is not approved: its letter cannot be printed"):
            self.letter_text(draft)
        team = self.make_team(self.bidang, [{"employee_id": employee.id, "tugas": "Mengolah"}])
        with self.assertRaisesRegex(UserError, f"{team.name} is not established"):
            self.letter_text(team, "odoo_sistem_kerja.action_report_sk_tim_kerja")

    def test_five_surat_tugas_printed_at_once_are_five_letters(self):
        """Issue 10: Debian's wkhtmltopdf (unpatched Qt) cannot split one rendering of
        several records; each record is rendered alone and the PDFs are merged."""
        names = ["Ani", "Budi", "Citra", "Dewi", "Eko"]
        requests = self.env["sk.penugasan"]
        for name in names:
            employee = self.make_jf(name, self.bidang, "ahli_pertama")
            employee._sk_set_kedudukan_from_rules("800/9/2026", date(2026, 1, 2))
            requests |= self.decide_all(self.request(self.bidang, employee=employee))
        self.assertEqual(set(requests.mapped("state")), {"active"})
        text = self.pdf_text(requests)
        pages = [page for page in text.split("\f") if page.strip()]
        self.assertEqual(len(pages), 5, "one page per letter")
        for page, request in zip(pages, requests, strict=True):
            flat = " ".join(page.split())
            self.assertIn(f"NOMOR : {request.letter_number}", flat)
            self.assertIn(f"Nama : {request.employee_ids.name}", flat)
        stored = self.env["ir.attachment"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "in", requests.ids)]
        )
        self.assertEqual(len(stored), 5, "each letter is stored on its own")


class TestCorrespondencePdf(LetterCase):
    def render(self, xmlid, records):
        return self.letter_text(records, xmlid)

    def test_request_approval_and_refusal_letters(self):
        request = self.request(
            self.sekretariat,
            self.seksi,
            self.rina,
            date_start=date(2026, 7, 1),
            date_end=date(2026, 9, 30),
            maksud_tujuan="Penataan arsip digital",
            kompetensi="Kearsipan",
            ekspektasi="Arsip tertata",
        )
        request.with_user(self.admin).action_submit()
        asked = self.render("odoo_sistem_kerja.action_report_permohonan_pelibatan", request)
        for expected in [
            "Permohonan Pelibatan",
            "Yth. Kepala Bidang Aptika",
            "Penataan arsip digital",
            "Kearsipan",
            "Arsip tertata",
            "1 Juli 2026 s.d. 30 September 2026",
        ]:
            self.assertIn(expected, asked)
        while request.state == "submitted":
            request.with_user(request.current_line_id.approver_user_id).action_approve()
        answer = self.render("odoo_sistem_kerja.action_report_jawaban_pelibatan", request)
        for expected in [
            "(Persetujuan)",
            "Rina",
            self.rina.sk_nip,
            "Pranata Komputer Ahli Pertama",
            "Kepala Bidang Aptika",
        ]:
            self.assertIn(expected, answer)
        refused = self.request(self.sekretariat, self.seksi, self.rina)
        refused.with_user(self.admin).action_submit()
        refused.with_user(refused.current_line_id.approver_user_id)._sk_refuse(
            "Rina sedang menyelesaikan audit internal"
        )
        refusal = self.render("odoo_sistem_kerja.action_report_jawaban_pelibatan", refused)
        self.assertIn("(Penolakan)", refusal)
        self.assertIn("Rina sedang menyelesaikan audit internal", refusal)
        within_unit = self.request(self.bidang, employee=self.dodi)
        within_unit.with_user(self.admin).action_submit()
        with self.assertRaisesRegex(UserError, "no correspondence"):
            self.render("odoo_sistem_kerja.action_report_permohonan_pelibatan", within_unit)


class TestFirstPrint(LetterCase):
    def test_the_first_print_is_stored_whoever_prints(self):
        """Issue 14 item 11: the Kepala Dinas, who may read but not write the request,
        prints first; the PDF is stored and the Admin's reprint is that same file."""
        request = self.decide_all(self.request(self.sekretariat, self.seksi, self.rina))
        report = "odoo_sistem_kerja.action_report_surat_tugas"
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        kadis = self.users["Kadis"]
        self.assertFalse(request.with_user(kadis).has_access("write"))
        first, _kind = Report.with_user(kadis)._render_qweb_pdf(report, request.ids)
        stored = self.env["ir.attachment"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", request.id)]
        )
        self.assertEqual(len(stored), 1)
        self.assertEqual(stored.raw, first)
        again, _kind = Report.with_user(self.admin)._render_qweb_pdf(report, request.ids)
        self.assertEqual(again, first)
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            Report.with_user(self.outsider)._render_qweb_pdf(report, request.ids)


class TestSigner(LetterCase):
    def test_the_answer_is_signed_by_who_decided(self):
        """Rina's Penilai, the Kabid, has no user: the Kepala Dinas decides in his place, so
        the answer is signed by the Kepala Dinas with his own title (issue 14 item 17)."""
        self.heads["Kabid"].user_id = False
        request = self.decide_all(self.request(self.sekretariat, self.seksi, self.rina))
        answering = request.approval_line_ids.sorted("sequence")[:1]
        self.assertEqual(answering.official_id, self.heads["Kabid"])
        self.assertEqual(answering.decided_by_id, self.users["Kadis"])
        letter = self.env["report.odoo_sistem_kerja.report_jawaban_pelibatan"]._sk_letter(
            request, "jawaban"
        )
        self.assertEqual(
            (letter["sender"]["name"], letter["sender"]["title"]),
            ("Kadis", "Kepala Dinas Kominfo"),
        )


class TestTeamSuratTugasPdf(LetterCase):
    def test_one_letter_per_member_in_one_pdf(self):
        team = self.make_team(
            self.bidang,
            [
                {"employee_id": self.dodi.id, "role": "ketua", "tugas": "Memimpin tim"},
                {"employee_id": self.rina.id, "tugas": "Mengolah data"},
            ],
            name="Tim Data Terpadu",
            date_start=date(2026, 3, 1),
        )
        team.with_user(self.users["Kabid"]).action_submit()
        team.with_user(team.current_approver_id).action_approve()
        # Kota Pasuruan prepares each member's Surat Tugas with its own number and QR
        self.assertEqual(self.profile.team_member_letters, "prepared")
        with self.assertRaisesRegex(UserError, "Surat Tugas of their own"):
            self.pdf_text(team, "odoo_sistem_kerja.action_report_surat_tugas_team")
        # a profile that says so prints the members' letters as extracts of the SK
        self.profile.team_member_letters = "extract"
        pages = self.pdf_text(team, "odoo_sistem_kerja.action_report_surat_tugas_team").split("\f")
        letters = [" ".join(page.split()) for page in pages if "MEMERINTAHKAN" in page]
        self.assertEqual(len(letters), 2)
        self.assertIn("Nama : Dodi", letters[0])
        self.assertIn("Ketua Tim Data Terpadu", letters[0])
        self.assertIn("Nama : Rina", letters[1])
        self.assertIn("Anggota Tim Data Terpadu", letters[1])
        for letter in letters:
            self.assertIn(f"NOMOR : {team.letter_number}", letter)
            self.assertIn(
                "Extract of the Decision of the Kepala Dinas Kominfo Number "
                f"{team.letter_number} on Tim Data Terpadu",
                letter,
            )
            self.assertIn("Terhitung Mulai Tanggal 1 Maret 2026", letter)
            self.assertIn("Kepala Dinas Kominfo", letter)


class TestSuratPerintahLangsa(LetterCase):
    preset = "langsa"

    def test_surat_perintah_states_purpose_expectation_and_arrangements(self):
        request = self.request(
            self.bidang,
            employee=self.dodi,
            requester=self.heads["Kadis"],
            maksud_tujuan="Menyusun peta proses bisnis",
            ekspektasi="Peta proses bisnis disahkan",
            pengaturan="Laporan kemajuan setiap dua minggu",
        )
        self.approve(request)
        text = self.letter_text(request)
        for expected in [
            "SURAT PERINTAH",
            "Peraturan Walikota Langsa Nomor 48 Tahun 2024",
            "Maksud dan tujuan: Menyusun peta proses bisnis",
            "Ekspektasi/target kinerja: Peta proses bisnis disahkan",
            "Pengaturan, kualitas dan akselerasi pencapaian target kinerja: Laporan kemajuan",
            "Surat Perintah ini dilaksanakan Terhitung Mulai Tanggal",
            "Kepala Bidang Aptika",  # Langsa: the Penilai issues an individual Surat Perintah
        ]:
            self.assertIn(expected, text)


class TestLetterFont(LetterCase):
    def test_the_profile_chooses_the_font_of_the_letters(self):
        """Issue 10: Arial or Bookman Old Style, printed with free fonts of the same metrics
        where those are not installed (Liberation Sans, TeX Gyre Bonum)."""
        request = self.decide_all(self.request(self.bidang, employee=self.dodi))
        fonts = {}
        for font in ("dejavu_serif", "arial", "bookman"):
            self.profile.letter_font = font
            # an issued letter is stored once printed: forget it to print it anew
            self.env["ir.attachment"].search(
                [("res_model", "=", "sk.penugasan"), ("res_id", "=", request.id)]
            ).unlink()
            pdf = self.render_pdf(request, "odoo_sistem_kerja.action_report_surat_tugas")
            fonts[font] = self.pdf_tool(pdf, "pdffonts")
        self.assertIn("DejaVuSerif", fonts["dejavu_serif"])
        self.assertIn("LiberationSans", fonts["arial"])
        self.assertNotIn("DejaVuSerif", fonts["arial"])
        self.assertIn("TeXGyreBonum", fonts["bookman"])
