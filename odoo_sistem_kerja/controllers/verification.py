from odoo import http
from odoo.http import request


class LetterVerification(http.Controller):
    @http.route(
        "/sistem-kerja/verifikasi/<string:token>", type="http", auth="public", methods=["GET"]
    )
    def verify(self, token):
        verification = (
            request.env["sk.letter.verification"].sudo().search([("token", "=", token)], limit=1)
            if len(token) >= 16
            else None
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
            },
        )
