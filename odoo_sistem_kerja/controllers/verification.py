import re

from odoo import http
from odoo.http import request

from ..models.sk_letter_number import tanggal

# tokens are secrets.token_urlsafe(24): 32 characters of the URL-safe alphabet
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


class LetterVerification(http.Controller):
    @http.route(
        "/sistem-kerja/verifikasi/<string:token>", type="http", auth="public", methods=["GET"]
    )
    def verify(self, token):
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
        return request.render(
            "odoo_sistem_kerja.letter_verification_page",
            {
                "found": True,
                "verification": verification,
                "state": verification._sk_state(),
                "pdf_hash": verification._sk_stored_pdf_hash(),
                "replacement": verification._sk_replacement_number(),
                "letter_date": tanggal(verification.letter_date),
                "details": verification._sk_details(),
            },
        )
