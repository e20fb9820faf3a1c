"""Letters signed electronically (TTE): the official who signs a letter signs its stored PDF
through the company's signing service; the signed PDF becomes the letter of record."""

import logging

from psycopg2 import errors

from odoo import api, fields, models
from odoo.exceptions import UserError

from .sk_sealed_mixin import engine_writes
from .sk_signing import Stamp

_logger = logging.getLogger(__name__)

LETTER_TTE_STATES = [
    ("none", "Signed by Hand"),
    ("waiting", "Waiting for the Electronic Signature"),
    ("signed", "Signed Electronically"),
]


class SkLetterMixin(models.AbstractModel):
    _inherit = "sk.letter.mixin"

    sk_tte_state = fields.Selection(
        LETTER_TTE_STATES, string="Electronic Signature", compute="_compute_sk_tte"
    )
    sk_tte_can_sign = fields.Boolean(
        string="Can Sign Electronically",
        compute="_compute_sk_tte",
        search="_search_sk_tte_can_sign",
    )

    @api.depends("letter_number")
    @api.depends_context("uid")
    def _compute_sk_tte(self):
        signed = self._sk_tte_signed()
        for record in self:
            documents = record._sk_tte_documents()
            unsigned = record._sk_tte_unsigned(documents, signed)
            record.sk_tte_state = "none" if not documents else "waiting" if unsigned else "signed"
            record.sk_tte_can_sign = any(
                signer.user_id == self.env.user for _report, signer, _sign in unsigned
            )

    def _sk_tte_documents(self):
        """(report, signer, signature block) of each stored letter of this record that is
        numbered, when the profile signs letters electronically."""
        self.ensure_one()
        if not self.id or self._sk_profile().tte_policy == "off":
            return []
        return [
            (report, self._sk_tte_signer_of(report), self._sk_signature_of(report))
            for report in self._sk_letter_reports()
            if self._sk_document_number(report.report_name)
        ]

    def _sk_tte_signed(self):
        """(record id, report, number) of the letters of these records signed electronically,
        read in one query."""
        return {
            (v.res_id, v.report_name, v.letter_number)
            for v in self._sk_tte_verifications().filtered(lambda v: v.tte_state == "signed")
        }

    def _sk_tte_unsigned(self, documents, signed=None):
        signed = self._sk_tte_signed() if signed is None else signed
        return [
            document
            for document in documents
            if (
                self.id,
                document[0].report_name,
                self._sk_document_number(document[0].report_name),
            )
            not in signed
        ]

    def _sk_tte_signer_of(self, report):
        """Who signs the letter ``report`` prints (default: the letter's signer)."""
        return self._sk_tte_signer()

    def _sk_signature_of(self, report):
        """The signature block of the letter ``report`` prints (default: the letter's)."""
        return self._sk_signer()

    def _sk_tte_candidates(self):
        """Records whose letters the user may sign: those they decided a step of."""
        return [("approver_user_ids", "in", self.env.uid)]

    def _search_sk_tte_can_sign(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("This search is not supported."))
        ids = self.search(self._sk_tte_candidates()).filtered("sk_tte_can_sign").ids
        return [("id", "in" if (operator == "=") == value else "not in", ids)]

    def _sk_tte_verifications(self):
        # sudo: verifications are the admin's to read; their signature state is shown to
        # whoever reads the letter
        return (
            self.env["sk.letter.verification"]
            .sudo()
            .search([("res_model", "=", self._name), ("res_id", "in", self.ids)])
        )

    def _sk_tte_signer(self):
        """The employee who signs the letter (the Plt./Plh. for an absent official)."""
        self.ensure_one()
        line = self._sk_signing_line()
        return line._sk_signing_person() if line else self.env["hr.employee"]

    def _sk_letter_reports(self):
        """The letters of this model kept at their first printing: what gets signed."""
        # sudo: report actions are read to find the stored letters
        return (
            self.env["ir.actions.report"]
            .sudo()
            .search([("model", "=", self._name), ("attachment_use", "=", True)])
        )

    def _sk_finish(self):
        result = super()._sk_finish()
        self._sk_tte_ask()
        return result

    def _sk_tte_activity_type(self):
        return f"odoo_sistem_kerja.mail_activity_type_tte_{self._name.replace('.', '_')}"

    def _sk_tte_ask(self):
        """Where the profile requires a TTE, whoever signs a numbered letter of these
        records is asked to sign it (once per letter)."""
        required = self.filtered(lambda r: r._sk_profile().tte_policy == "required")
        if not required:
            return
        kind = self.env.ref(self._sk_tte_activity_type())
        for record in required:
            asked = record.sudo().activity_ids.filtered(lambda a: a.activity_type_id == kind)
            for report, signer, _sign in record._sk_tte_unsigned(record._sk_tte_documents()):
                number = record._sk_document_number(report.report_name)
                summary = self.env._("Sign letter %(number)s", number=number)
                if not signer.user_id or summary in asked.mapped("summary"):
                    continue
                # sudo: the engine asks the signer, whoever decided last
                record.sudo().activity_schedule(
                    record._sk_tte_activity_type(), user_id=signer.user_id.id, summary=summary
                )

    def _sk_workflow_activities(self, activities):
        """A request to sign is closed by signing, never by ticking it."""
        kind = self.env.ref(self._sk_tte_activity_type())
        asked = activities.filtered(lambda a: a.activity_type_id == kind)
        waiting = self.browse(asked.mapped("res_id")).filtered(
            lambda r: r.sk_tte_state == "waiting"
        )
        return super()._sk_workflow_activities(activities) | asked.filtered(
            lambda a: a.res_id in waiting.ids
        )

    def action_sign_electronically(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Sign Electronically"),
            "res_model": "sk.letter.sign.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"active_model": self._name, "active_ids": self.ids},
        }

    def _sk_tte_sign(self, secret):
        """Sign the stored PDFs of this record's letters the user signs, with ``secret``;
        each signed PDF replaces its first print and is kept unchanged. A
        ``SigningFailure`` leaves the letter as it was; the call is never repeated here."""
        self.ensure_one()
        unsigned = self._sk_tte_unsigned(self._sk_tte_documents())
        if not unsigned:
            raise UserError(
                self.env._(
                    "%(letter)s does not wait for an electronic signature.",
                    letter=self.display_name,
                )
            )
        mine = [document for document in unsigned if document[1].user_id == self.env.user]
        if not mine:
            raise UserError(
                self.env._(
                    "%(letter)s is signed by %(signer)s, not by you.",
                    letter=self.display_name,
                    signer=", ".join({signer.name or "-" for _r, signer, _s in unsigned}),
                )
            )
        for report, signer, sign in mine:
            self._sk_tte_sign_document(report, signer, sign, secret)
        self.invalidate_recordset(["sk_tte_state", "sk_tte_can_sign"])
        with engine_writes():
            # sudo: the signing closes the signer's request to sign
            self.sudo().activity_feedback(
                [self._sk_tte_activity_type()],
                user_id=self.env.uid,
                feedback=self.env._("Signed electronically."),
            )

    def _sk_tte_sign_document(self, report, signer, sign, secret):
        profile = self._sk_profile()
        service = self.env["sk.signing.service"]
        number = self._sk_document_number(report.report_name)
        lines = [
            sign["name"],
            sign["behalf"] and f"a.n. {sign['behalf']},",
            " ".join(filter(None, [sign["caption"], sign["title"]])),
            f"NIP {sign['nip'] or '-'}",
        ]
        attachment, verification = self._sk_tte_letter_of_record(report)
        stamp = Stamp(
            lines=[line for line in lines if line],
            url=verification._sk_url(),
            box=profile._sk_stamp_box(),
            visible=profile.tte_visible,
        )
        try:
            signed, reference, validation = service._sk_sign(
                profile, attachment.raw, signer, secret, stamp
            )
        except UserError as failure:
            _logger.warning(
                "TTE: %s %s (%s) not signed for %s by user %s: code %s",
                self._name,
                self.id,
                number,
                signer.name,
                self.env.uid,
                getattr(failure, "code", ""),
            )
            raise
        with engine_writes():
            # sudo: the signed letter replaces the stored first print, once
            attachment.sudo().write({"raw": signed})
            verification.write(
                {
                    "attachment_id": attachment.id,
                    "tte_state": "signed",
                    "signed_on": fields.Datetime.now(),
                    "signed_by": validation.signer or signer.name,
                    "signer_employee_id": signer.id,
                    "signing_service": profile.tte_service,
                    "service_reference": reference,
                }
            )
        _logger.info(
            "TTE: %s %s (%s) signed for %s by user %s through %s",
            self._name,
            self.id,
            number,
            signer.name,
            self.env.uid,
            profile.tte_service,
        )
        # a note, logged whether or not the signer has an e-mail address
        self._message_log(
            body=self.env._(
                "Letter %(number)s signed electronically by %(signer)s.",
                number=number,
                signer=signer.name,
            )
        )

    def _sk_tte_letter_of_record(self, report):
        """(stored PDF, verification) of this letter for ``report``, printing it first if
        nobody did; the verification is locked so that two sessions never both sign it."""
        attachment = report.retrieve_attachment(self)
        if not attachment:
            report.with_context(force_report_rendering=True)._render_qweb_pdf(
                report.report_name, [self.id]
            )
            attachment = report.retrieve_attachment(self)
        # sudo: see _sk_tte_verifications
        verification = (
            self.env["sk.letter.verification"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("report_name", "=", report.report_name),
                    ("letter_number", "=", self._sk_document_number(report.report_name)),
                ],
                limit=1,
            )
        )
        if not (attachment and verification):
            raise UserError(
                self.env._("%(letter)s has no stored letter to sign.", letter=self.display_name)
            )
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(
                    "SELECT id FROM sk_letter_verification WHERE id = %s FOR UPDATE NOWAIT",
                    [verification.id],
                )
        except errors.LockNotAvailable:
            raise UserError(
                self.env._("%(letter)s is being signed right now.", letter=self.display_name)
            ) from None
        verification.invalidate_recordset(["tte_state"])
        if verification.tte_state == "signed":
            raise UserError(self.env._("%(letter)s is already signed.", letter=self.display_name))
        return attachment, verification
