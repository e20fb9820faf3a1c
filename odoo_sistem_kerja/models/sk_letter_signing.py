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
        signed = self._sk_tte_verifications().filtered(lambda v: v.tte_state == "signed")
        signed_ids = {(v.res_id, v.letter_number) for v in signed}
        for record in self:
            if (record.id, record.letter_number) in signed_ids:
                record.sk_tte_state = "signed"
            elif record.letter_number and record._sk_profile().tte_policy != "off":
                record.sk_tte_state = "waiting"
            else:
                record.sk_tte_state = "none"
            record.sk_tte_can_sign = (
                record.sk_tte_state == "waiting"
                and record._sk_tte_signer().user_id == self.env.user
            )

    def _search_sk_tte_can_sign(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("This search is not supported."))
        # the letters this user helped decide, numbered: the signer decided a step of each
        candidates = self.search(
            [("letter_number", "!=", False), ("approver_user_ids", "in", self.env.uid)]
        )
        ids = candidates.filtered("sk_tte_can_sign").ids
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
        """Where the profile requires a TTE, the signer of each issued letter is asked to
        sign it."""
        for record in self.filtered(
            lambda r: r.letter_number and r._sk_profile().tte_policy == "required"
        ):
            user = record._sk_tte_signer().user_id
            if user:
                # sudo: the engine asks the signer, whoever decided last
                record.sudo().activity_schedule(
                    record._sk_tte_activity_type(),
                    user_id=user.id,
                    summary=self.env._("Sign letter %(number)s", number=record.letter_number),
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
        """Sign this letter's stored PDFs for its signer with ``secret``; the signed PDF
        replaces the first print and is kept unchanged. A ``SigningFailure`` leaves the
        letter as it was; the call is never repeated here."""
        self.ensure_one()
        signer = self._sk_tte_signer()
        if self.sk_tte_state != "waiting":
            raise UserError(
                self.env._(
                    "%(letter)s does not wait for an electronic signature.",
                    letter=self.display_name,
                )
            )
        if signer.user_id != self.env.user:
            raise UserError(
                self.env._(
                    "%(letter)s is signed by %(signer)s, not by you.",
                    letter=self.display_name,
                    signer=signer.name or "-",
                )
            )
        profile = self._sk_profile()
        service = self.env["sk.signing.service"]
        sign = self._sk_signer()
        lines = [
            sign["name"],
            sign["behalf"] and f"a.n. {sign['behalf']},",
            " ".join(filter(None, [sign["caption"], sign["title"]])),
            f"NIP {sign['nip'] or '-'}",
        ]
        for report in self._sk_letter_reports():
            attachment, verification = self._sk_tte_letter_of_record(report)
            if verification.tte_state == "signed":
                continue
            stamp = Stamp(
                lines=[line for line in lines if line],
                url=verification._sk_url(),
                box=profile._sk_stamp_box(),
                visible=profile.tte_visible,
            )
            try:
                signed, reference = service._sk_sign(profile, attachment.raw, signer, secret, stamp)
            except UserError as failure:
                _logger.warning(
                    "TTE: %s %s (%s) not signed for %s by user %s: code %s",
                    self._name,
                    self.id,
                    self.letter_number,
                    signer.name,
                    self.env.uid,
                    getattr(failure, "code", ""),
                )
                raise
            validation = service._sk_validate(signed, profile.tte_trust_roots)
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
                self.letter_number,
                signer.name,
                self.env.uid,
                profile.tte_service,
            )
        self.invalidate_recordset(["sk_tte_state", "sk_tte_can_sign"])
        with engine_writes():
            # sudo: the signing closes the signer's request to sign
            self.sudo().activity_feedback(
                [self._sk_tte_activity_type()], feedback=self.env._("Signed electronically.")
            )
        # a note, logged whether or not the signer has an e-mail address
        self._message_log(
            body=self.env._(
                "Letter %(number)s signed electronically by %(signer)s.",
                number=self.letter_number,
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
                    ("letter_number", "=", self.letter_number),
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
        return attachment, verification
