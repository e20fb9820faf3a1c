from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import html2plaintext
from odoo.tools.sql import table_exists

from .sk_letter_steps import signature


class SkLetterMixin(models.AbstractModel):
    """A record whose approval issues a numbered letter (Penugasan, Tim Kerja, Letter).

    The record holds ``letter_number``, ``letter_date``, ``company_id`` and ``state`` and
    says which register numbers it (``_sk_letter_numbering``).
    """

    _name = "sk.letter.mixin"
    _inherit = ["sk.approval.mixin"]
    _description = "Numbered Letter"
    # the stored field of the unit whose Perangkat Daerah numbers the letter (the register)
    _sk_register_unit_field = None
    # other numbers of the register its records take: (kind, number field, date field)
    _sk_register_numbers = ()

    manual_letter_number = fields.Char(
        string="Number Given By Hand",
        copy=False,
        groups="odoo_sistem_kerja.group_sk_admin",
        help="A number the Admin Kepegawaian gives before submission (for instance for a "
        "backdated letter): the approval issues it instead of the register's next number.",
    )

    def init(self):
        """A numbering model joins the letter register: the register's view is rebuilt
        when such a model is set up, also by a module installed after this one (the
        register's own ``init`` only runs with this addon). Until every numbering model
        has its table (the first install sets them up one by one), the register waits."""
        super().init()
        Register = self.env.get("sk.letter.register")
        if self._abstract or Register is None:
            return
        models_ = Register._sk_numbering_models()
        if all(table_exists(self.env.cr, model._table) for model in models_):
            Register.init()

    def _sk_letter_numbering(self):
        """(kind of sk.letter.number, unit whose Perangkat Daerah numbers the letter)."""
        raise NotImplementedError

    def _sk_number_values(self):
        """Values that issue the letter today (a number entered by hand is kept)."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        # sudo: an admin-only field, read when any approver issues the letter
        manual = self.sudo().manual_letter_number
        if manual:
            return {"letter_date": today, "letter_number": manual}
        kind, unit = self._sk_letter_numbering()
        number = self.env["sk.letter.number"]._sk_next(self.company_id, unit, kind, today)
        return {"letter_date": today, "letter_number": number}

    def _sk_finish(self):
        # the letters approved together are numbered from one block per register
        with self.env["sk.letter.number"]._sk_batch(len(self)):
            return super()._sk_finish()

    def _sk_pd_head_signing(self):
        """The Kepala Perangkat Daerah when the profile has them sign this kind of letter
        (an empty recordset otherwise)."""
        kind, unit = self._sk_letter_numbering()
        if self._sk_profile()[f"signer_{kind}"] != "pd_head":
            return self.env["hr.employee"]
        # sudo: the signing post is printed for whoever may print the letter
        pd = unit.sudo().sk_perangkat_daerah_id or unit.sudo()
        return pd._sk_find_head()[1]

    def _sk_signing_line(self):
        """The approval whose official signs the letter: the Kepala PD's own approval when
        the profile has them sign and they decided, else the step the route marks as
        signing, else the last approval."""
        approved = self._sk_decided_lines()
        line = approved.filtered("signs_letter")[-1:] or approved[-1:]
        head = self._sk_pd_head_signing()
        if head:
            return self._sk_decided_lines().filtered(lambda ln: ln.official_id == head)[-1:] or line
        return line

    def _sk_signer(self, line=None):
        """Who signs the letter: the official of the signing step (or of ``line``), or their
        Plt./Plh.; a letter the Kepala PD signs but another official decided is signed by
        that official a.n. the Kepala PD."""
        line = self._sk_signing_line() if line is None else line
        sign = line._sk_signature() if line else signature(self.env["hr.employee"])
        head = self._sk_pd_head_signing()
        if head and line.official_id != head:
            sign["behalf"] = head._sk_position_title()
        return sign

    def _sk_tembusan(self, exclude=None):
        """Carbon-copy addressees: the other officials who decided in the last round (spec
        3.5: in cross-PD requests the PyB and Penilai on both sides), then the profile's
        standing list. ``exclude`` (default: the signer of the letter) is left out."""
        self.ensure_one()
        decided = self._sk_decided_lines(("approved", "refused")).filtered(
            lambda ln: ln.official_id and ln.actor_role not in ("employee", "requester")
        )
        # the letter's own signer is copied only where the step says so (a role the
        # regulation lists among the copies)
        copied = decided.filtered("copied_on_letter") if exclude is None else decided.browse()
        if exclude is None:
            exclude = self._sk_signing_line().official_id
        titles = [
            # sudo: titles of officials printed on the letter
            line.official_id.sudo()._sk_position_title()
            for line in decided
            if line.official_id not in exclude or line in copied
        ]
        standing = self.company_id._sk_profile().letter_tembusan or ""
        return _unique(titles + [line.strip() for line in standing.splitlines()])

    def action_reissue_letter(self):
        return self._sk_reason_wizard("reissue", check_decider=False)

    def _sk_reason_handlers(self):
        return dict(super()._sk_reason_handlers(), reissue=self._sk_reissue)

    def _sk_register_details(self, kind):
        """(perihal, addressee) of this record's letter of ``kind`` in the register."""
        details = self._sk_verification_details()
        return html2plaintext(details.get("subject") or ""), details.get("to") or ""

    def _sk_document_number(self, report_name):
        """The number of this record's letter printed by ``report_name``."""
        return self.letter_number

    def _sk_verification_details(self):
        """What the public verification page shows of the letter besides its number:
        ``to`` (whom it assigns), ``subject`` (perihal) and ``tmt`` (a date)."""
        return {}

    def _sk_replaced_by(self):
        """The letter that replaced this record's letter (empty while it is in force)."""
        return self.browse()

    def _sk_is_history(self):
        return bool(self.letter_number) or super()._sk_is_history()

    def _sk_reissue(self, reason):
        """Give the letter a new number: the old one reads "replaced" on its QR page and its
        stored PDF is kept; the next print stores the new letter. Returns the records to
        open next (none: the letter was renumbered in place)."""
        self._sk_check_admin(self.env._("Only the Admin Kepegawaian re-issues letters."))
        self._sk_check_reason(reason, self.env._("Give the reason for re-issuing the letter."))
        # sudo: verification records are admin-read-only; re-issuing pins them
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
            record._sk_engine_write({"letter_number": number, "letter_date": today})
            # sudo: the re-issue is noted on records the admin may not follow
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
