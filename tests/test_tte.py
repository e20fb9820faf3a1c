"""Letters signed electronically (TTE): a real PAdES signature through the local signer or
BSrE's client service (a fake on loopback), refusals that leave the letter as it was, and
a verification page that trusts the signature, not our server."""

import io
import logging
import re
from datetime import date

from pyhanko.pdf_utils.reader import PdfFileReader

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user
from odoo.tools import mute_logger

from odoo.addons.odoo_sistem_kerja.models.sk_signing import (
    certificate_pem,
    issue_certificate,
    pkcs12_bundle,
)
from odoo.addons.odoo_sistem_kerja.tests.common import (
    GROUP_ADMIN,
    GROUP_PIMPINAN,
    SistemKerjaHttpCase,
)

from .bsre_fake import CLIENT, FakeBsre

PASSPHRASE = "Kata-Sandi-TTE-7391"
SURAT_TUGAS = "odoo_sistem_kerja.report_surat_tugas"


class TestTte(SistemKerjaHttpCase):
    @classmethod
    def setUpClass(cls):
        """Two issued Surat Tugas signed by the Kabid, printed once; a test CA that issued
        the Kabid's certificate; the fake BSrE service running on loopback."""
        super().setUpClass()
        cls.build_organisation()
        cls.use_preset("kota_pasuruan")
        cls.kabid = new_test_user(cls.env, "kabid.tte", GROUP_PIMPINAN)
        cls.admin = new_test_user(cls.env, "admin.tte", GROUP_ADMIN)
        cls.kabid_employee = cls.heads["Kabid"]
        cls.kabid_employee.write({"user_id": cls.kabid.id, "identification_id": "3575010101800001"})
        dodi = cls.make_employee("Dodi", cls.bidang, "fungsional", "ahli_muda")
        dodi._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))
        cls.requests = cls.env["sk.penugasan"]
        for purpose in ("Audit aplikasi", "Survei jaringan"):
            request = cls.env["sk.penugasan"].create(
                {
                    "requester_employee_id": cls.heads["Kadis"].id,
                    "owner_department_id": cls.bidang.id,
                    "employee_ids": [(6, 0, dodi.ids)],
                    "maksud_tujuan": purpose,
                    "date_start": date(2026, 7, 1),
                }
            )
            request.action_submit()
            request.with_user(cls.kabid).action_approve()
            cls.requests |= request
        cls.request = cls.requests[0]
        cls.ca = issue_certificate("CA Pemerintah Kota Uji")
        key, certificate = issue_certificate("Kabid Aptika Kota Uji", issuer=cls.ca)
        cls.kabid_employee.sk_tte_certificate = pkcs12_bundle(
            key, certificate, [cls.ca[1]], PASSPHRASE
        )
        cls.bsre = FakeBsre().start()
        cls.addClassCleanup(cls.bsre.stop)
        cls.bsre.users["3575010101800001"] = PASSPHRASE
        cls.profile = cls.company._sk_profile()
        cls.profile.write(
            {
                "tte_policy": "allowed",
                "tte_service": "local",
                "tte_trust_roots": certificate_pem(cls.ca[1]) + cls.bsre.root_pem(),
                "tte_client_id": CLIENT[0],
                "tte_client_secret": CLIENT[1],
            }
        )
        report = cls.env["ir.actions.report"].with_context(force_report_rendering=True)
        for request in cls.requests:
            report._render_qweb_pdf(SURAT_TUGAS, request.ids)
        cls.first_print = cls.stored(cls.request).raw

    @classmethod
    def stored(cls, request):
        return cls.env["ir.actions.report"]._get_report(SURAT_TUGAS).retrieve_attachment(request)

    def verification(self, request=None):
        return self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", (request or self.request).id)]
        )

    def sign(self, requests=None, user=None, **secret):
        secret = secret or {"passphrase": PASSPHRASE}
        requests = requests or self.request
        return (
            self.env["sk.letter.sign.wizard"]
            .with_user(user or self.kabid)
            .with_context(active_model="sk.penugasan", active_ids=requests.ids)
            .create(secret)
        )

    def use_bsre(self, version="bsre_v1", **values):
        self.profile.write(dict({"tte_service": version, "tte_url": self.bsre.url}, **values))

    def validate(self, pdf):
        return self.env["sk.signing.service"]._sk_validate(pdf, self.profile.tte_trust_roots)

    def assertUnchanged(self, wizard, message):
        self.assertIn(message, str(wizard.result))
        self.assertEqual(self.stored(self.request).raw, self.first_print)
        self.assertEqual(self.request.sk_tte_state, "waiting")
        self.assertEqual(self.verification().tte_state, "unsigned")

    # ------------------------------------------------------------------
    # The local PAdES signer
    # ------------------------------------------------------------------
    def test_signed_letter_carries_a_pades_signature_that_validates(self):
        self.assertTrue(self.request.with_user(self.kabid).sk_tte_can_sign)
        wizard = self.sign()
        self.assertIn("signed", str(wizard.result))
        pdf = self.stored(self.request).raw
        self.assertNotEqual(pdf, self.first_print)
        signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
        self.assertEqual(signature.field_name, "TTE")
        validation = self.validate(pdf)
        self.assertTrue(validation.intact)
        self.assertTrue(validation.trusted)
        self.assertEqual(validation.signer, "Kabid Aptika Kota Uji")
        self.assertEqual(self.request.sk_tte_state, "signed")
        verification = self.verification()
        self.assertEqual(verification.tte_state, "signed")
        self.assertEqual(verification.signer_employee_id, self.kabid_employee)
        self.assertEqual(verification.attachment_id, self.stored(self.request))
        # the visible stamp names the signer
        self.assertIn(b"(Ditandatangani secara elektronik oleh) Tj T* (Kabid)", pdf)
        self.assertIn(f"(NIP {self.kabid_employee.sk_nip})".encode(), pdf)
        # a reprint is the signed letter
        reprint, _kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(SURAT_TUGAS, self.request.ids)
        )
        self.assertEqual(reprint, pdf)
        self.assertIn(
            f"Letter {self.request.letter_number} signed electronically",
            self.request.message_ids[0].body,
        )

    def test_signed_letter_cannot_be_changed_or_deleted(self):
        self.sign()
        attachment = self.stored(self.request)
        for user in (self.admin, self.kabid, self.env.user):
            with self.assertRaisesRegex(UserError, "signed electronically cannot be changed"):
                attachment.with_user(user).sudo().write({"raw": self.first_print})
            with self.assertRaisesRegex(UserError, "signed electronically cannot be changed"):
                attachment.with_user(user).sudo().unlink()

    def test_one_passphrase_signs_several_letters(self):
        wizard = self.sign(self.requests)
        self.assertEqual(wizard.result.count(": signed"), 2)
        for request in self.requests:
            self.assertEqual(request.sk_tte_state, "signed")
            self.assertTrue(self.validate(self.stored(request).raw).trusted)

    def test_wrong_passphrase_leaves_the_letters_as_they_were(self):
        with mute_logger("odoo.addons.odoo_sistem_kerja.models.sk_letter_signing"):
            wizard = self.sign(self.requests, passphrase="salah")
        self.assertUnchanged(wizard, "The passphrase is wrong.")
        # the second letter is not tried with a passphrase known to be wrong
        self.assertIn("not sent: the passphrase was wrong", str(wizard.result))

    def test_only_the_signer_signs(self):
        for user in (self.admin, new_test_user(self.env, "kadis.tte", GROUP_PIMPINAN)):
            self.assertFalse(self.request.with_user(user).sk_tte_can_sign)
            with self.assertRaisesRegex(
                UserError, "None of these letters waits for your signature"
            ):
                self.sign(user=user)
            with self.assertRaisesRegex(UserError, "is signed by Kabid"):
                self.request.with_user(user)._sk_tte_sign({"passphrase": PASSPHRASE})
        self.assertEqual(self.stored(self.request).raw, self.first_print)

    def test_a_signed_letter_is_not_signed_twice(self):
        self.sign()
        with self.assertRaisesRegex(UserError, "does not wait for an electronic signature"):
            self.request.with_user(self.kabid)._sk_tte_sign({"passphrase": PASSPHRASE})

    def test_no_passphrase_reaches_the_database_or_a_log(self):
        with self.assertLogs("odoo.addons.odoo_sistem_kerja", level=logging.DEBUG) as logs:
            logging.getLogger("odoo.addons.odoo_sistem_kerja").debug("start")
            self.sign(self.requests[:1], passphrase="Bocor-" + PASSPHRASE)
            self.sign(self.requests[1:])
        text = "\n".join(logs.output)
        self.assertIn("signed for", text)  # the success was logged ...
        self.assertIn("not signed for", text)  # ... and so was the refusal, with its code
        self.assertNotIn(PASSPHRASE, text)
        self.env.flush_all()
        cr = self.env.cr
        cr.execute(
            """SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'public'
                  AND data_type IN ('character varying', 'text', 'jsonb')"""
        )
        for table, column in cr.fetchall():
            cr.execute(
                f'SELECT count(*) FROM "{table}" WHERE "{column}"::text LIKE %s',  # noqa: S608
                [f"%{PASSPHRASE}%"],
            )
            self.assertEqual(cr.fetchone()[0], 0, f"the passphrase is in {table}.{column}")

    def test_secrets_are_for_the_system_administrator_only(self):
        for user in (self.admin, self.kabid):
            profile = self.profile.with_user(user)
            for field in ("tte_client_secret", "tte_client_id", "tte_certificate"):
                with self.assertRaisesRegex(AccessError, "enough rights to access the fields"):
                    profile.read([field])
            with self.assertRaisesRegex(AccessError, "Operation: write|not allowed to modify"):
                profile.write({"tte_client_secret": "dicuri"})
            with self.assertRaisesRegex(AccessError, "enough rights to access the fields"):
                self.kabid_employee.with_user(user).read(["sk_tte_certificate"])
        self.assertEqual(self.profile.tte_client_secret, CLIENT[1])

    def test_nobody_forges_a_signature(self):
        """The signature facts are the signing's: no role writes or creates them."""
        verification = self.verification()
        for user in (self.admin, self.kabid):
            with self.assertRaisesRegex(AccessError, "not allowed to modify"):
                verification.with_user(user).write({"tte_state": "signed"})
            with self.assertRaisesRegex(AccessError, "not allowed to create"):
                verification.with_user(user).create(
                    {
                        "res_model": "sk.penugasan",
                        "res_id": self.request.id,
                        "report_name": SURAT_TUGAS,
                        "company_id": self.company.id,
                        "title": "Palsu",
                        "tte_state": "signed",
                    }
                )
        self.assertEqual(verification.tte_state, "unsigned")

    def test_a_required_signature_is_asked_of_the_signer(self):
        self.profile.tte_policy = "required"
        request = self.requests[0].copy({"maksud_tujuan": "Uji penetrasi"})
        request.action_submit()
        request.with_user(self.kabid).action_approve()
        kind = self.env.ref("odoo_sistem_kerja.mail_activity_type_tte_sk_penugasan")
        asked = request.activity_ids.filtered(lambda a: a.activity_type_id == kind)
        self.assertEqual(asked.user_id, self.kabid)
        self.assertIn(request.letter_number, asked.summary)
        # it is closed by signing, not by ticking it
        with self.assertRaisesRegex(UserError, "closed by its record's workflow"):
            asked.with_user(self.kabid).action_done()
        self.env["ir.actions.report"].with_context(force_report_rendering=True)._render_qweb_pdf(
            SURAT_TUGAS, request.ids
        )
        self.sign(request)
        self.assertEqual(request.sk_tte_state, "signed")
        self.assertFalse(request.activity_ids.filtered(lambda a: a.activity_type_id == kind))

    # ------------------------------------------------------------------
    # BSrE's client service (the fake on loopback)
    # ------------------------------------------------------------------
    def test_bsre_v1_signs(self):
        self.use_bsre()
        wizard = self.sign()
        self.assertIn("signed", str(wizard.result))
        pdf = self.stored(self.request).raw
        validation = self.validate(pdf)
        self.assertTrue(validation.trusted)
        self.assertEqual(validation.signer, "Penandatangan 3575010101800001")
        self.assertEqual(self.verification().service_reference, "v1-doc")
        self.assertEqual(self.bsre.calls[-1], ("/api/sign/pdf", "3575010101800001"))

    def test_bsre_v2_signs_with_totp(self):
        self.use_bsre("bsre_v2")
        self.bsre.users["3575010101800001"] = "123456"
        wizard = self.sign(totp="123456")
        self.assertIn("signed", str(wizard.result))
        self.assertTrue(self.validate(self.stored(self.request).raw).trusted)
        self.assertEqual(self.verification().service_reference, "v2-doc")

    @mute_logger("odoo.addons.odoo_sistem_kerja.models.sk_letter_signing")
    def test_bsre_refusals_say_what_happened(self):
        employee = self.kabid_employee
        cases = [
            ("bsre_v1", {}, "salah", "The passphrase is wrong."),
            (
                "bsre_v1",
                {"identification_id": "3575999999999999"},
                PASSPHRASE,
                "not registered at BSrE",
            ),
            (
                "bsre_v2",
                {"identification_id": "3575999999999999"},
                PASSPHRASE,
                "not registered at BSrE",
            ),
            (
                "bsre_v1",
                {"identification_id": "3575000000000021"},
                PASSPHRASE,
                "no valid certificate",
            ),
            ("bsre_v1", {"identification_id": "html"}, PASSPHRASE, "not a signed PDF"),
            ("bsre_v1", {"identification_id": False}, PASSPHRASE, "has no NIK"),
        ]
        self.bsre.users["3575000000000021"] = PASSPHRASE
        self.bsre.no_certificate.add("3575000000000021")
        for version, values, passphrase, message in cases:
            with self.subTest(message=message, version=version):
                self.use_bsre(version)
                employee.write(dict({"identification_id": "3575010101800001"}, **values))
                self.assertUnchanged(self.sign(passphrase=passphrase), message)

    @mute_logger("odoo.addons.odoo_sistem_kerja.models.sk_letter_signing")
    def test_bsre_bad_client_credentials(self):
        self.use_bsre(tte_client_secret="bukan-rahasia")
        self.assertUnchanged(self.sign(), "client credentials")

    @mute_logger("odoo.addons.odoo_sistem_kerja.models.sk_letter_signing")
    def test_bsre_timeout_is_status_unknown_and_never_retried(self):
        self.use_bsre(tte_timeout=1)
        self.kabid_employee.identification_id = "slow"
        before = len(self.bsre.calls)
        self.assertUnchanged(self.sign(), "its status is unknown")
        self.assertEqual(len(self.bsre.calls), before + 1)

    @mute_logger("odoo.addons.odoo_sistem_kerja.models.sk_letter_signing")
    def test_bsre_unreachable(self):
        self.use_bsre()
        self.profile.tte_url = "http://127.0.0.1:9"  # discard port: nothing listens
        self.assertUnchanged(self.sign(), "cannot be reached")

    # ------------------------------------------------------------------
    # The verification page
    # ------------------------------------------------------------------
    def page(self, upload=None):
        url = f"/sistem-kerja/verifikasi/{self.verification().token}"
        response = self.url_open(url)
        if upload is None:
            return response.text
        token = re.search(r'name="csrf_token" value="([^"]+)"', response.text).group(1)
        return self.url_open(
            url, data={"csrf_token": token}, files={"pdf": ("surat.pdf", upload)}
        ).text

    def test_page_shows_the_signature_from_the_certificate(self):
        self.sign()
        text = self.page()
        self.assertIn("SAH", text)
        self.assertIn("Utuh dan terpercaya", text)
        self.assertIn("Kabid Aptika Kota Uji", text)

    def test_uploaded_letter_of_record_and_tampered_copy(self):
        self.sign()
        pdf = self.stored(self.request).raw
        text = self.page(upload=pdf)
        self.assertIn("Berkas ini sama dengan surat yang tercatat", text)
        self.assertIn("utuh dan terpercaya", text)
        # a copy changed after signing: another hash, and its signature no longer holds
        tampered = pdf.replace(b"/MediaBox [", b"/MediaBox  [", 1)
        self.assertNotEqual(tampered, pdf)
        text = self.page(upload=tampered)
        self.assertIn("BERBEDA", text)
        self.assertIn("TIDAK UTUH", text)

    def test_a_signature_that_does_not_validate_is_never_sah(self):
        self.sign()
        # the trusted roots no longer include the CA that issued the signer's certificate
        self.profile.tte_trust_roots = self.bsre.root_pem()
        text = self.page()
        self.assertIn("TIDAK SAH", text)
        self.assertNotIn("sk-status sk-valid", text)

    def test_required_signature_makes_the_letter_wait(self):
        self.profile.tte_policy = "required"
        self.assertIn("BELUM SAH", self.page())
        self.sign()
        self.assertIn("SAH — surat ini ditandatangani secara elektronik", self.page())
