"""Electronic signatures (TTE) of letters, behind one interface.

``sk.signing.service`` signs a PDF for a signer with the service the company's regulation
profile names: BSrE's esign-client-service (API v1, multipart; API v2, JSON) or a local
PAdES signer holding a PKCS#12 certificate (a Pemda with its own CA, tests, the demo).
It also validates the signatures a PDF carries, with pyHanko, needing nobody's server.

The signer's passphrase is an argument, never a field, a log line or an exception text.
A sign call is never retried: the document may have been signed on the other side."""

import base64
import datetime
import io
import logging
from typing import NamedTuple

import requests
from asn1crypto import keys as asn1_keys
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields as sig_fields
from pyhanko.sign import signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import QRStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from odoo import api, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

SERVICES = [
    ("local", "Local PAdES Signer (PKCS#12 Certificate)"),
    ("bsre_v1", "BSrE esign-client-service, API v1"),
    ("bsre_v2", "BSrE esign-client-service, API v2"),
]
# the words of the stamp are part of the letter, which is written in Indonesian
STAMP_HEADING = "Ditandatangani secara elektronik oleh"
STAMP_REASON = "Ditandatangani secara elektronik"
FIELD_NAME = "TTE"


class SigningFailure(UserError):
    """A signature the service refused or could not give; ``code`` is the service's (or
    ours: ``timeout``, ``unreachable``, ``not_pdf``, ``credentials``); where the document may
    have been signed on the other side, the message says so."""

    def __init__(self, message, code=""):
        super().__init__(message)
        self.code = str(code)


class Stamp(NamedTuple):
    """What the visible stamp shows and where: ``lines`` under the heading, a QR to ``url``,
    on the last page in the box ``(x, y, width, height)`` (points from the bottom left)."""

    lines: list
    url: str
    box: tuple
    visible: bool


class Validation(NamedTuple):
    signed: bool  # the PDF carries a signature
    intact: bool  # every signature covers the file as it is
    trusted: bool  # and chains to a trusted root of the profile
    signer: str
    signed_on: object  # datetime or None
    count: int


class SkSigningService(models.AbstractModel):
    _name = "sk.signing.service"
    _description = "Electronic Signature Service"

    # ------------------------------------------------------------------
    # Signing
    # ------------------------------------------------------------------
    @api.model
    def _sk_sign(self, profile, pdf, signer, secret, stamp):
        """``pdf`` signed for ``signer`` (hr.employee) with ``secret`` (passphrase, or
        ``{"totp": ...}`` for BSrE v2): (signed PDF, the service's document id, what its
        signatures prove)."""
        signed, reference = getattr(self, f"_sk_sign_{profile.tte_service}")(
            profile, pdf, signer, secret, stamp
        )
        validation = self._sk_validate(signed, profile.tte_trust_roots or "")
        if not validation.intact:
            raise SigningFailure(
                self.env._(
                    "The signing service answered with a PDF whose signature does not cover "
                    "the letter. The letter was not changed; ask the service whether it signed "
                    "the document before signing again."
                ),
                code="not_signed",
            )
        return signed, reference, validation

    @api.model
    def _sk_sign_local(self, profile, pdf, signer, secret, stamp):
        # sudo: the certificate is readable by the system administrator only; the signer's
        # passphrase opens it
        bundle = signer.sudo().sk_tte_certificate or profile.sudo().tte_certificate
        if not bundle:
            raise SigningFailure(
                self.env._(
                    "No signing certificate is installed for %(signer)s or the company.",
                    signer=signer.name,
                ),
                code="no_certificate",
            )
        try:
            key, cert, chain = pkcs12.load_key_and_certificates(
                base64.b64decode(bundle),
                (secret.get("passphrase") or "").encode(),
                default_backend(),
            )
        except ValueError:
            raise SigningFailure(
                self.env._("The passphrase is wrong."), code="passphrase"
            ) from None
        der = serialization.Encoding.DER
        signing_key = asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )
        pdf_signer = signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
            signing_key=signing_key,
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(c.public_bytes(der)) for c in chain or []]
            ),
        )
        return self._sk_pades(pdf, pdf_signer, stamp, profile), ""

    @api.model
    def _sk_pades(self, pdf, pdf_signer, stamp, profile):
        """``pdf`` with a PAdES signature of ``pdf_signer`` and ``stamp``."""
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        last_page = int(writer.root["/Pages"]["/Count"]) - 1
        x, y, width, height = stamp.box
        sig_fields.append_signature_field(
            writer,
            sig_fields.SigFieldSpec(
                FIELD_NAME,
                on_page=last_page,
                box=(x, y, x + width, y + height) if stamp.visible else None,
            ),
        )
        metadata = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            reason=STAMP_REASON,
            location=profile._sk_region_name() or None,
        )
        text = "\n".join([STAMP_HEADING, *stamp.lines])
        out = io.BytesIO()
        signers.PdfSigner(
            metadata, pdf_signer, stamp_style=QRStampStyle(stamp_text=text, border_width=0)
        ).sign_pdf(writer, output=out, appearance_text_params={"url": stamp.url})
        return out.getvalue()

    @api.model
    def _sk_sign_bsre_v1(self, profile, pdf, signer, secret, stamp):
        data = {
            "nik": self._sk_nik(signer),
            "passphrase": secret.get("passphrase") or "",
            "tampilan": "visible" if stamp.visible else "invisible",
        }
        if stamp.visible:
            x, y, width, height = stamp.box
            data.update(
                image="false",
                linkQR=stamp.url,
                page=str(_page_count(pdf)),
                xAxis=str(x),
                yAxis=str(y),
                width=str(width),
                height=str(height),
                reason=STAMP_REASON,
                location=profile._sk_region_name() or "",
            )
        response = self._sk_call(
            profile,
            "/api/sign/pdf",
            data=data,
            files={"file": ("letter.pdf", pdf, "application/pdf")},
        )
        if not response.content.startswith(b"%PDF"):
            raise self._sk_not_pdf()
        return response.content, response.headers.get("id_dokumen", "")

    @api.model
    def _sk_sign_bsre_v2(self, profile, pdf, signer, secret, stamp):
        properties = {"tampilan": "VISIBLE" if stamp.visible else "INVISIBLE"}
        if stamp.visible:
            x, y, width, height = stamp.box
            png = self.env["ir.actions.report"].barcode("QR", stamp.url, width=200, height=200)
            properties.update(
                imageBase64=base64.b64encode(png).decode(),
                page=_page_count(pdf),
                originX=x,
                originY=y,
                width=width,
                height=height,
                location=profile._sk_region_name() or "",
                reason=STAMP_REASON,
            )
        payload = {
            "nik": self._sk_nik(signer),
            "signatureProperties": [properties],
            "file": [base64.b64encode(pdf).decode()],
        }
        if secret.get("totp"):
            payload["totp"] = secret["totp"]
        else:
            payload["passphrase"] = secret.get("passphrase") or ""
        response = self._sk_call(profile, "/api/v2/sign/pdf", json_body=payload)
        try:
            signed = base64.b64decode(response.json()["file"][0])
        except (ValueError, KeyError, IndexError, TypeError):
            raise self._sk_not_pdf() from None
        if not signed.startswith(b"%PDF"):
            raise self._sk_not_pdf()
        return signed, response.headers.get("id_dokumen", "")

    @api.model
    def _sk_nik(self, signer):
        # sudo: the signer's NIK (an HR field) identifies them at BSrE
        nik = signer.sudo().identification_id
        if not nik:
            raise SigningFailure(
                self.env._(
                    "%(signer)s has no NIK on their employee record: BSrE identifies signers "
                    "by NIK.",
                    signer=signer.name,
                ),
                code="no_nik",
            )
        return nik

    def _sk_not_pdf(self):
        return SigningFailure(
            self.env._(
                "The signing service answered with something that is not a signed PDF. The "
                "letter was not changed; ask the service whether it signed the document "
                "before signing again."
            ),
            code="not_pdf",
        )

    @api.model
    def _sk_call(self, profile, path, data=None, files=None, json_body=None):
        """One POST to the client service, with its client credentials; never retried."""
        # sudo: the client credentials are readable by the system administrator only
        service = profile.sudo()
        url = (service.tte_url or "").rstrip("/") + path
        try:
            response = requests.post(
                url,
                data=data,
                files=files,
                json=json_body,
                auth=(service.tte_client_id or "", service.tte_client_secret or ""),
                timeout=(5, profile.tte_timeout or 30),
            )
        except requests.ConnectTimeout:
            raise self._sk_unreachable() from None
        except requests.Timeout:
            raise SigningFailure(
                self.env._(
                    "The signing service did not answer in time after the letter was sent: "
                    "its status is unknown. Check with the service (or BSrE) whether the "
                    "document was signed before signing again."
                ),
                code="timeout",
            ) from None
        except requests.RequestException:
            raise self._sk_unreachable() from None
        if response.status_code == 200:
            return response
        raise self._sk_refusal(response)

    def _sk_unreachable(self):
        return SigningFailure(
            self.env._(
                "The signing service cannot be reached: the letter was not sent and was not "
                "signed. Try again later or tell the administrator."
            ),
            code="unreachable",
        )

    def _sk_refusal(self, response):
        """The service's refusal, in words the signer understands."""
        if response.status_code == 401:
            return SigningFailure(
                self.env._(
                    "The signing service refused the Pemda's client credentials. Tell the "
                    "administrator (Settings › Regulation Profile › Electronic Signature)."
                ),
                code="credentials",
            )
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        code = str(body.get("status_code") or body.get("code") or response.status_code)
        status = str(body.get("status") or "")
        messages = {
            "2031": self.env._("The passphrase is wrong."),
            "1110": self.env._("The signer is not registered at BSrE (Pengguna Tidak Terdaftar)."),
            "2011": self.env._("The signer is not registered at BSrE (Pengguna Tidak Terdaftar)."),
            "2021": self.env._("The signer has no valid certificate at BSrE."),
        }
        message = messages.get(code) or messages.get(
            {"NOT_REGISTERED": "2011", "NO_CERTIFICATE": "2021"}.get(status, "")
        )
        return SigningFailure(
            message
            or self.env._(
                "The signing service refused the letter (code %(code)s): %(error)s",
                code=code,
                error=str(body.get("error") or body.get("message") or response.reason)[:200],
            ),
            code=code,
        )

    # ------------------------------------------------------------------
    # Validation
    # ------------------------------------------------------------------
    @api.model
    def _sk_validate(self, pdf, trust_roots_pem):
        """What the signatures of ``pdf`` prove, with the PEM roots given as trusted."""
        try:
            reader = PdfFileReader(io.BytesIO(pdf), strict=False)
            signatures = reader.embedded_signatures
        except Exception:  # noqa: BLE001 - any unreadable file is simply not a signed PDF
            return Validation(False, False, False, "", None, 0)
        if not signatures:
            return Validation(False, False, False, "", None, 0)
        context = ValidationContext(
            trust_roots=_certificates(trust_roots_pem), allow_fetching=False
        )
        intact = trusted = True
        for signature in signatures:
            try:
                status = validate_pdf_signature(signature, context)
            except Exception:  # noqa: BLE001 - a signature pyHanko cannot read is not intact
                _logger.info("TTE: a signature could not be validated", exc_info=True)
                return Validation(True, False, False, "", None, len(signatures))
            intact = intact and status.intact and status.valid and _untouched(status)
            trusted = trusted and status.trusted
        last = status
        return Validation(
            True,
            intact,
            intact and trusted,
            last.signing_cert.subject.native.get("common_name", ""),
            last.signer_reported_dt,
            len(signatures),
        )


def _page_count(pdf):
    return int(PdfFileReader(io.BytesIO(pdf), strict=False).root["/Pages"]["/Count"])


def _certificates(text):
    """The certificates of a PEM text (several may follow one another)."""
    data = (text or "").encode()
    if not pem.detect(data):
        return []
    return [
        asn1_x509.Certificate.load(der) for _kind, _headers, der in pem.unarmor(data, multiple=True)
    ]


def _untouched(status):
    """The file is what was signed, or was only extended by later signatures."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True
    return status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and (
        status.modification_level in (ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
    )


def issue_certificate(common_name, issuer=None, years=5):
    """A key and X.509 certificate for ``common_name``: a CA of its own when ``issuer`` (a
    (key, certificate) pair) is None, else a signing certificate it issues. For a Pemda's
    own CA, the demo and the tests; BSrE issues the certificates of production signers."""
    backend = default_backend()
    key = rsa.generate_private_key(65537, 2048, backend)
    issuer_key, issuer_cert = issuer or (key, None)
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    is_ca = issuer is None
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_cert.subject if issuer_cert else name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=not is_ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=is_ca,
                crl_sign=is_ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(issuer_key, hashes.SHA256(), backend)
    )
    return key, certificate


def pkcs12_bundle(key, certificate, chain, passphrase):
    """The PKCS#12 file (base64, as a Binary field holds it) of a signer."""
    return base64.b64encode(
        pkcs12.serialize_key_and_certificates(
            certificate.subject.rfc4514_string().encode(),
            key,
            certificate,
            chain,
            serialization.BestAvailableEncryption(passphrase.encode()),
        )
    )


def certificate_pem(certificate):
    return certificate.public_bytes(serialization.Encoding.PEM).decode()
