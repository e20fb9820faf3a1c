import base64
import hashlib
import secrets

from odoo import api, fields, models

from .sk_letter_number import tanggal
from .sk_signing import SERVICES

TTE_STATES = [("unsigned", "Not Signed Electronically"), ("signed", "Signed Electronically")]


class SkLetterVerification(models.Model):
    """What the QR code of a printed letter proves, reachable by an unguessable token."""

    _name = "sk.letter.verification"
    _description = "Letter Verification"
    _order = "id desc"

    res_model = fields.Char(required=True, index=True)
    res_id = fields.Many2oneReference(model_field="res_model", required=True, index=True)
    report_name = fields.Char(required=True)
    token = fields.Char(
        required=True, index=True, copy=False, default=lambda self: secrets.token_urlsafe(24)
    )
    company_id = fields.Many2one("res.company", required=True)
    title = fields.Char(required=True)
    letter_number = fields.Char()
    letter_date = fields.Date()
    signer = fields.Char()
    attachment_id = fields.Many2one(
        "ir.attachment",
        string="Issued PDF",
        help="Pinned when the letter is re-issued or signed electronically.",
    )
    tte_state = fields.Selection(
        TTE_STATES, string="Electronic Signature", default="unsigned", required=True
    )
    signed_on = fields.Datetime(string="Signed On")
    signed_by = fields.Char(string="Signed By", help="The signer named by the certificate.")
    signer_employee_id = fields.Many2one("hr.employee", string="Signed By Official")
    signing_service = fields.Selection(SERVICES)
    service_reference = fields.Char(help="The document id the signing service gave.")

    _sql_constraints = [("token_unique", "unique(token)", "A verification token is unique.")]

    @api.model
    def _sk_for(self, record, report_name, title, signer):
        """The verification of ``record``'s letter printed by ``report_name`` (numbered as
        ``record._sk_document_number`` says), created at its first printing."""
        number = record._sk_document_number(report_name)
        # sudo: printing creates the verification of the letter, whoever prints
        verification = self.sudo().search(
            [
                ("res_model", "=", record._name),
                ("res_id", "=", record.id),
                ("report_name", "=", report_name),
                ("letter_number", "=", number),
            ],
            limit=1,
        )
        if not verification:
            # sudo: same
            verification = self.sudo().create(
                {
                    "res_model": record._name,
                    "res_id": record.id,
                    "report_name": report_name,
                    "company_id": record.company_id.id,
                    "title": title,
                    "letter_number": number,
                    "letter_date": record.letter_date,
                    "signer": signer,
                }
            )
        return verification

    def _sk_url(self):
        # sudo: the base URL is a system parameter
        base = self.env["ir.config_parameter"].sudo().get_param("web.base.url")
        return f"{base}/sistem-kerja/verifikasi/{self.token}"

    def _sk_qr_data_uri(self):
        png = self.env["ir.actions.report"].barcode("QR", self._sk_url(), width=150, height=150)
        return "data:image/png;base64," + base64.b64encode(png).decode()

    def _sk_record(self):
        # sudo: the public page reads the letter behind its token
        return self.env[self.res_model].sudo().browse(self.res_id).exists()

    def _sk_number_now(self, record):
        """The number ``record``'s letter of this kind bears today."""
        return record._sk_document_number(self.report_name)

    def _sk_state(self, validation=None):
        """revoked, replaced, invalid (its signature does not hold), unsigned (the profile
        requires a TTE not given yet) or valid."""
        record = self._sk_record()
        if not record or record.state in ("cancelled", "dissolved", "refused"):
            return "revoked"
        if record._sk_replaced_by() or self._sk_number_now(record) != self.letter_number:
            return "replaced"
        if self.tte_state == "signed":
            validation = validation or self._sk_validation()
            return "valid" if validation.trusted else "invalid"
        if self.company_id._sk_profile().tte_policy == "required":
            return "unsigned"
        return "valid"

    def _sk_validation(self, pdf=None):
        """What the signatures of ``pdf`` (default: the letter of record) prove."""
        if pdf is None:
            attachment = self.attachment_id or self._sk_current_attachment()
            pdf = attachment.raw or b""
        return self.env["sk.signing.service"]._sk_validate(
            pdf, self.company_id._sk_profile().tte_trust_roots
        )

    def _sk_check_upload(self, pdf):
        """What an uploaded PDF is: the letter of record (same SHA-256) or not, and what
        its own signatures prove."""
        digest = hashlib.sha256(pdf).hexdigest()
        return {
            "same": digest == self._sk_stored_pdf_hash(),
            "hash": digest,
            "validation": self._sk_validation(pdf),
        }

    def _sk_details(self):
        """Whom the letter assigns, its perihal and TMT, dates as letters write them."""
        record = self._sk_record()
        details = dict(record._sk_verification_details()) if record else {}
        if details.get("tmt"):
            details["tmt"] = tanggal(details["tmt"])
        return details

    def _sk_replacement_number(self):
        """Number of the letter that replaced this one."""
        record = self._sk_record()
        if not record:
            return ""
        if record._sk_replaced_by():
            return record._sk_replaced_by().letter_number
        number = self._sk_number_now(record)
        return number if number != self.letter_number else ""

    def _sk_current_attachment(self):
        record = self._sk_record()
        if not record or self._sk_number_now(record) != self.letter_number:
            return self.env["ir.attachment"]
        # sudo: same, for its stored PDF
        report = self.env["ir.actions.report"].sudo()._get_report(self.report_name)
        return report.retrieve_attachment(record) or self.env["ir.attachment"]

    def _sk_pin_attachment(self):
        """Keep the link to the issued PDF before the record's number changes."""
        for verification in self.filtered(lambda v: not v.attachment_id):
            verification.attachment_id = verification._sk_current_attachment()

    def _sk_stored_pdf_hash(self):
        """SHA-256 of the PDF kept when the letter was first printed."""
        attachment = self.attachment_id or self._sk_current_attachment()
        return hashlib.sha256(attachment.raw).hexdigest() if attachment else ""
