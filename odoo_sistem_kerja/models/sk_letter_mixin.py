from odoo import fields, models
from odoo.exceptions import AccessError, UserError


class SkLetterMixin(models.AbstractModel):
    """A record whose approval issues a numbered letter (Penugasan, Tim Kerja, Letter).

    The record holds ``letter_number``, ``letter_date``, ``company_id`` and ``state`` and
    says which register numbers it (``_sk_letter_numbering``).
    """

    _name = "sk.letter.mixin"
    _description = "Numbered Letter"

    def _sk_letter_numbering(self):
        """(kind of sk.letter.number, unit whose Perangkat Daerah numbers the letter)."""
        raise NotImplementedError

    def _sk_number_values(self):
        """Values that issue the letter today (a number entered by hand is kept)."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        values = {"letter_date": today}
        if not self.letter_number:
            kind, unit = self._sk_letter_numbering()
            values["letter_number"] = self.env["sk.letter.number"]._sk_next(
                self.company_id, unit, kind, today
            )
        return values

    def _sk_tembusan(self, sender=None):
        """Carbon-copy addressees: the other officials who decided in the last round (spec
        3.5: in cross-PD requests the PyB and Penilai on both sides), then the profile's
        standing list. ``sender`` (default: the official of the last approval) is left out."""
        self.ensure_one()
        decided = self.approval_line_ids.filtered(
            lambda ln: ln.round == self.approval_round
            and ln.state in ("approved", "refused")
            and ln.official_id
            and ln.actor_role not in ("employee", "requester")
        ).sorted("sequence")
        if sender is None:
            sender = decided.filtered(lambda ln: ln.state == "approved")[-1:].official_id
        titles = [
            line.official_id.sudo()._sk_position_title()
            for line in decided
            if line.official_id != sender
        ]
        standing = self.company_id._sk_profile().letter_tembusan or ""
        return _unique(titles + [line.strip() for line in standing.splitlines()])

    def action_reissue_letter(self):
        return self._sk_reason_wizard("reissue", check_decider=False)

    def _sk_reissue(self, reason):
        """Give the letter a new number: the old one reads "replaced" on its QR page and its
        stored PDF is kept; the next print stores the new letter. Returns the records to
        open next (none: the letter was renumbered in place)."""
        if not self.env.user.has_group("odoo_sistem_kerja.group_sk_admin"):
            raise AccessError(self.env._("Only the Admin Kepegawaian re-issues letters."))
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for re-issuing the letter."))
        Verification = self.env["sk.letter.verification"].sudo()
        for record in self:
            if record.state not in ("active", "done") or not record.letter_number:
                raise UserError(
                    self.env._(
                        "%(record)s has no issued letter to re-issue.", record=record.display_name
                    )
                )
            Verification.search(
                [("res_model", "=", record._name), ("res_id", "=", record.id)]
            )._sk_pin_attachment()
            old = record.letter_number
            kind, unit = record._sk_letter_numbering()
            today = fields.Date.context_today(self)
            number = self.env["sk.letter.number"]._sk_next(record.company_id, unit, kind, today)
            record.sudo().with_context(sk_engine=True).write(
                {"letter_number": number, "letter_date": today}
            )
            record.sudo().message_post(
                body=self.env._(
                    "Letter %(old)s re-issued as %(new)s by %(user)s. Reason: %(reason)s",
                    old=old,
                    new=number,
                    user=self.env.user.name,
                    reason=reason,
                )
            )
        return self.browse()


def _unique(items):
    seen = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
