"""The QR code of a letter opens a public page that proves what was issued."""

import hashlib
from datetime import date

from odoo.addons.odoo_sistem_kerja.models.sk_letter_number import tanggal
from odoo.addons.odoo_sistem_kerja.tests.common import GROUP_PIMPINAN, SistemKerjaHttpCase


class TestLetterVerification(SistemKerjaHttpCase):
    @classmethod
    def setUpClass(cls):
        """One issued letter, printed twice, for every test (each test rolls back)."""
        super().setUpClass()
        cls.build_organisation()
        cls.use_preset("kota_pasuruan")
        cls.dinas.sk_unit_code = "105"
        kabid = cls.env["res.users"].create(
            {
                "name": "Kabid",
                "login": "kabid.v",
                "groups_id": [(6, 0, [cls.env.ref(GROUP_PIMPINAN).id])],
            }
        )
        cls.heads["Kabid"].user_id = kabid
        dodi = cls.make_employee("Dodi", cls.bidang, "fungsional", "ahli_muda")
        dodi._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))
        cls.request = cls.env["sk.penugasan"].create(
            {
                "requester_employee_id": cls.heads["Kadis"].id,
                "owner_department_id": cls.bidang.id,
                "employee_ids": [(6, 0, dodi.ids)],
                "maksud_tujuan": "Audit aplikasi",
                "date_start": date(2026, 7, 1),
            }
        )
        cls.request.action_submit()
        cls.request.with_user(kabid).action_approve()
        report = cls.env["ir.actions.report"].with_context(force_report_rendering=True)
        cls.pdf, _kind = report._render_qweb_pdf(
            "odoo_sistem_kerja.action_report_surat_tugas", cls.request.ids
        )
        cls.reprint, _kind = report._render_qweb_pdf(
            "odoo_sistem_kerja.action_report_surat_tugas", cls.request.ids
        )
        cls.verification = cls.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", cls.request.id)]
        )

    def test_reprint_is_the_issued_document(self):
        self.assertTrue(self.pdf.startswith(b"%PDF"))
        self.assertEqual(self.reprint, self.pdf)
        self.assertEqual(len(self.verification), 1)
        self.assertGreaterEqual(len(self.verification.token), 24)

    def test_page_shows_the_letter_and_its_hash(self):
        response = self.url_open(f"/sistem-kerja/verifikasi/{self.verification.token}")
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.request.letter_number, response.text)
        self.assertIn("SAH", response.text)
        self.assertIn("Kepala Bidang Aptika", response.text)
        self.assertIn(hashlib.sha256(self.pdf).hexdigest(), response.text)

    def test_unknown_token_reveals_nothing(self):
        response = self.url_open("/sistem-kerja/verifikasi/not-a-real-token-at-all-000")
        self.assertEqual(response.status_code, 404)
        self.assertIn("Surat tidak ditemukan", response.text)
        self.assertNotIn(self.request.letter_number, response.text)
        self.assertNotIn("Penandatangan", response.text)

    def test_page_says_whom_the_letter_assigns_its_perihal_and_tmt(self):
        """Issue 10: who can check a letter sees whom it assigns, to what and from when."""
        response = self.url_open(f"/sistem-kerja/verifikasi/{self.verification.token}")
        self.assertIn('<td id="sk-to">Dodi</td>', response.text)
        self.assertIn('<td id="sk-subject">Audit aplikasi</td>', response.text)
        self.assertIn('<td id="sk-tmt">1 Juli 2026</td>', response.text)

    def test_page_gives_the_date_as_letters_do(self):
        response = self.url_open(f"/sistem-kerja/verifikasi/{self.verification.token}")
        date = self.request.letter_date
        self.assertIn(tanggal(date), response.text)  # e.g. "23 November 2026"
        self.assertNotIn(date.isoformat(), response.text)

    def test_malformed_tokens_are_the_same_404(self):
        token = self.verification.token
        for bad in (f"{token}%00", f"{token}%27--", "%00" * 20, f"{token[:10]}", "x" * 300):
            response = self.url_open(f"/sistem-kerja/verifikasi/{bad}")
            self.assertEqual(response.status_code, 404, bad)
            self.assertIn("Surat tidak ditemukan", response.text)
            self.assertNotIn("Traceback", response.text)

    def test_cancelled_assignment_shows_revoked(self):
        self.request._sk_cancel("Activity cancelled")
        response = self.url_open(f"/sistem-kerja/verifikasi/{self.verification.token}")
        self.assertIn("DICABUT", response.text)

    def test_reissued_letter_names_its_replacement(self):
        old_number = self.request.letter_number
        self.request._sk_reissue("Nomor tertukar")
        response = self.url_open(f"/sistem-kerja/verifikasi/{self.verification.token}")
        self.assertIn("DIGANTI", response.text)
        self.assertIn(old_number, response.text)
        self.assertIn(self.request.letter_number, response.text)
        self.assertIn(hashlib.sha256(self.pdf).hexdigest(), response.text)

    def test_browser_opens_the_verification_page(self):
        number = self.request.letter_number
        self.browser_js(
            f"/sistem-kerja/verifikasi/{self.verification.token}",
            f"""
            const number = document.querySelector('#sk-number').textContent;
            const status = document.querySelector('#sk-status').textContent;
            if (number === '{number}' && status.includes('SAH')) {{
                console.log('test successful');
            }} else {{
                console.error('verification page shows ' + number + ' / ' + status);
            }}
            """,
        )
