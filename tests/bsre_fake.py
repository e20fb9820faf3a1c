"""A fake of BSrE's esign-client-service on loopback: API v1 (multipart) and v2 (JSON),
HTTP Basic client credentials, the error codes the service gives, a slow signer for the
timeout, a broken one answering HTML, and real PAdES signatures made with pyHanko by a
certificate authority of the tests. The addon's HTTP client is the production one."""

import base64
import email.parser
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields as sig_fields
from pyhanko.sign import signers
from pyhanko.stamp import QRStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from odoo.addons.odoo_sistem_kerja.models.sk_signing import issue_certificate

CLIENT = ("esign-pemda", "rahasia-klien")
SLOW_SECONDS = 3


class FakeBsre:
    """``users``: NIK → passphrase; ``no_certificate``: NIKs registered without a valid
    certificate; NIK ``slow`` answers after SLOW_SECONDS, ``html`` answers a web page."""

    def __init__(self):
        self.ca = issue_certificate("Fake BSrE Root CA")
        self.users = {}
        self.no_certificate = set()
        self.calls = []  # (path, nik) of every request received
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._server.shutdown()
        self._server.server_close()

    def root_pem(self):
        return self.ca[1].public_bytes(serialization.Encoding.PEM).decode()

    def sign(self, pdf, nik, url):
        key, certificate = issue_certificate(f"Penandatangan {nik}", issuer=self.ca)
        der = serialization.Encoding.DER
        signer = signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(certificate.public_bytes(der)),
            signing_key=asn1_keys.PrivateKeyInfo.load(
                key.private_bytes(
                    der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            ),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(self.ca[1].public_bytes(der))]
            ),
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        sig_fields.append_signature_field(
            writer, sig_fields.SigFieldSpec("BSrE", on_page=0, box=(300, 40, 550, 110))
        )
        out = io.BytesIO()
        signers.PdfSigner(
            signers.PdfSignatureMetadata(field_name="BSrE"),
            signer,
            stamp_style=QRStampStyle(stamp_text="BSrE %(signer)s"),
        ).sign_pdf(writer, output=out, appearance_text_params={"url": url or "https://bsre"})
        return out.getvalue()

    def _refusal(self, nik, passphrase, v2):
        """(HTTP status, body) of a refused signature, or None."""
        if nik not in self.users and nik not in ("slow", "html"):
            code = 2011 if v2 else 1110
            return 400, {"error": "Pengguna Tidak Terdaftar", "status_code": code}
        if nik in self.no_certificate:
            return 400, {"error": "Sertifikat tidak ditemukan", "status_code": 2021}
        if nik in self.users and passphrase != self.users[nik]:
            return 400, {"error": "Passphrase anda salah", "status_code": 2031}
        return None

    def answer(self, nik, passphrase, pdf, url, v2):
        """(HTTP status, body, content type, headers) of a sign request."""
        if nik == "slow":
            time.sleep(SLOW_SECONDS)
        if nik == "html":
            return 200, b"<html>Gateway</html>", "text/html", ()
        refusal = self._refusal(nik, passphrase, v2)
        if refusal:
            return (*refusal, "application/json", ())
        signed = self.sign(pdf, nik, url)
        if v2:
            body = {"time": 120, "file": [base64.b64encode(signed).decode()]}
            return 200, body, "application/json", [("id_dokumen", "v2-doc")]
        return 200, signed, "application/pdf", [("id_dokumen", "v1-doc")]

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status, body, content_type="application/json", headers=()):
                data = json.dumps(body).encode() if isinstance(body, dict) else body
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _authorised(self):
                expected = base64.b64encode(":".join(CLIENT).encode()).decode()
                if self.headers.get("Authorization") != f"Basic {expected}":
                    self._send(401, {"error": "Unauthorized"})
                    return False
                return True

            def do_GET(self):
                if not self._authorised():
                    return
                if self.path.startswith("/api/user/status/"):
                    nik = self.path.rsplit("/", 1)[1]
                    registered = nik in fake.users
                    self._send(
                        200,
                        {
                            "status_code": 1111 if registered else 1110,
                            "status": "ISSUE" if registered else "NOT_REGISTERED",
                        },
                    )
                    return
                self._send(404, {"error": "Not found"})

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if not self._authorised():
                    return
                if self.path == "/api/sign/pdf":
                    form = _multipart(self.headers["Content-Type"], body)
                    self._sign(
                        form.get("nik", b"").decode(),
                        form.get("passphrase", b"").decode(),
                        form.get("file", b""),
                        form.get("linkQR", b"").decode(),
                        v2=False,
                    )
                elif self.path == "/api/v2/sign/pdf":
                    payload = json.loads(body or b"{}")
                    self._sign(
                        payload.get("nik", ""),
                        payload.get("passphrase") or payload.get("totp") or "",
                        base64.b64decode((payload.get("file") or [""])[0]),
                        "",
                        v2=True,
                    )
                else:
                    self._send(404, {"error": "Not found"})

            def _sign(self, nik, passphrase, pdf, url, v2):
                fake.calls.append((self.path, nik))
                self._send(*fake.answer(nik, passphrase, pdf, url, v2))

        return Handler


def _multipart(content_type, body):
    """The fields of a multipart/form-data body, as bytes."""
    message = email.parser.BytesParser().parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    return {
        part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
        for part in message.get_payload()
    }
