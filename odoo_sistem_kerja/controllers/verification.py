import re

import pytz

from odoo import http
from odoo.http import request

from ..models.sk_letter_number import tanggal

# tokens are secrets.token_urlsafe(24): 32 characters of the URL-safe alphabet
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")
# a letter of a few pages is well under this
MAX_UPLOAD = 20 * 1024 * 1024


class LetterVerification(http.Controller):
    @http.route(
        "/sistem-kerja/verifikasi/<string:token>",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        # it only reads (an uploaded PDF is checked, never kept): served by the PostgreSQL
        # replica where Odoo has one (db_replica_host)
        readonly=True,
    )
    def verify(self, token, pdf=None, **_kwargs):
        """The letter behind ``token``; a POSTed ``pdf`` is compared with the letter of
        record and its signatures validated (the form carries Odoo's CSRF token)."""
        verification = None
        if _TOKEN.fullmatch(token):  # anything else (NUL bytes, paths, ...) is not found
            verification = (
                request.env["sk.letter.verification"]
                # sudo: public page: the unguessable token is the permission
                .sudo()
                .search([("token", "=", token)], limit=1)
            )
        if not verification:
            return request.render(
                "odoo_sistem_kerja.letter_verification_page", {"found": False}, status=404
            )
        validation = verification._sk_validation() if verification.tte_state == "signed" else None
        upload = None
        if request.httprequest.method == "POST":
            content = pdf.read(MAX_UPLOAD + 1) if hasattr(pdf, "read") else b""
            upload = (
                {"error": "size"}
                if len(content) > MAX_UPLOAD
                else verification._sk_check_upload(content)
                if content
                else {"error": "empty"}
            )
        return request.render(
            "odoo_sistem_kerja.letter_verification_page",
            {
                "found": True,
                "verification": verification,
                "state": verification._sk_state(validation),
                "validation": validation,
                "signed_on": _when(verification.signed_on, verification.company_id),
                "upload": upload,
                "pdf_hash": verification._sk_stored_pdf_hash(),
                "replacement": verification._sk_replacement_number(),
                "letter_date": tanggal(verification.letter_date),
                "details": verification._sk_details(),
            },
        )


def _when(moment, company):
    """A signing time as the page writes it, in the Pemda's time zone (WIB, WITA, WIT)."""
    if not moment:
        return ""
    zone = pytz.timezone(company.partner_id.tz or "Asia/Jakarta")
    local = pytz.utc.localize(moment).astimezone(zone)
    return f"{tanggal(local.date())} {local:%H:%M} {local.tzname()}"
