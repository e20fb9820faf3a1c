from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError


class SkLetterSignWizard(models.TransientModel):
    """The signer sees the letters waiting for their signature, types the passphrase once
    (or a TOTP code for BSrE API v2) and signs them, one request each, with a report of
    each result.

    The passphrase is never stored: its field is not stored, and the letters are signed
    by its inverse while the wizard is saved, the one moment the client sends it."""

    _name = "sk.letter.sign.wizard"
    _description = "Sign Letters Electronically"

    res_model = fields.Char(required=True)
    res_ids = fields.Char(required=True)
    letter_list = fields.Html(string="Letters", compute="_compute_letter_list", sanitize=False)
    service_name = fields.Char(string="Signing Service", compute="_compute_letter_list")
    uses_totp = fields.Boolean(string="Uses TOTP", compute="_compute_letter_list")
    passphrase = fields.Char(compute="_compute_secret", inverse="_inverse_secret")
    totp = fields.Char(string="TOTP Code", compute="_compute_secret", inverse="_inverse_secret")
    result = fields.Text(readonly=True)
    done = fields.Boolean(readonly=True)

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        model = self.env.context.get("active_model")
        if model not in self.env or "sk_tte_state" not in self.env[model]._fields:
            raise UserError(self.env._("Choose letters to sign."))
        records = self.env[model].browse(self.env.context.get("active_ids") or []).exists()
        values.update(res_model=model, res_ids=",".join(map(str, records.ids)))
        return values

    def _sk_letters(self):
        self.ensure_one()
        records = self.env[self.res_model].browse(
            int(i) for i in (self.res_ids or "").split(",") if i.isdigit()
        )
        return records.exists()

    def _compute_secret(self):
        self.passphrase = self.totp = False

    @api.depends("res_model", "res_ids")
    def _compute_letter_list(self):
        services = dict(
            self.env["sk.regulation.profile"]
            ._fields["tte_service"]
            ._description_selection(self.env)
        )
        for wizard in self:
            letters = wizard._sk_letters()
            profile = letters[:1]._sk_profile() if letters else self.env["sk.regulation.profile"]
            wizard.service_name = services.get(profile.tte_service, "")
            wizard.uses_totp = profile.tte_service == "bsre_v2"
            items = Markup("").join(
                Markup("<li>%s — %s%s</li>")
                % (
                    letter.letter_number or "-",
                    letter.display_name,
                    ""
                    if letter.sk_tte_can_sign
                    else Markup(" <em>(%s)</em>") % self._sk_why_not(letter),
                )
                for letter in letters
            )
            wizard.letter_list = Markup("<ul>%s</ul>") % items

    def _sk_why_not(self, letter):
        if letter.sk_tte_state == "signed":
            return self.env._("already signed")
        if letter.sk_tte_state == "none":
            return self.env._("not signed electronically")
        return self.env._("signed by %(signer)s", signer=letter._sk_tte_signer().name or "-")

    def _inverse_secret(self):
        for wizard in self:
            if wizard.done or not (wizard.passphrase or wizard.totp):
                continue
            secret = {"passphrase": wizard.passphrase or "", "totp": wizard.totp or ""}
            wizard.write({"result": wizard._sk_sign_all(secret), "done": True})

    def _sk_sign_all(self, secret):
        """Sign each letter the user may sign, in its own savepoint; stop at a wrong
        passphrase (the same passphrase would fail again and may lock the signer out)."""
        rows = []
        letters = self._sk_letters().filtered("sk_tte_can_sign")
        if not letters:
            raise UserError(self.env._("None of these letters waits for your signature."))
        stopped = False
        for letter in letters:
            if stopped:
                rows.append((letter, False, self.env._("not sent: the passphrase was wrong")))
                continue
            try:
                with self.env.cr.savepoint():
                    letter._sk_tte_sign(secret)
                rows.append((letter, True, self.env._("signed")))
            except UserError as failure:
                rows.append((letter, False, str(failure.args[0])))
                stopped = getattr(failure, "code", "") in ("passphrase", "2031")
        return "\n".join(
            f"{'✓' if signed else '✗'} {letter.letter_number}: {text}"
            for letter, signed, text in rows
        )

    def action_sign(self):
        """The letters were signed when the wizard was saved: say what happened and close
        (the letter's form reloads and shows its signature)."""
        self.ensure_one()
        if not self.done:
            raise UserError(self.env._("Type your passphrase to sign."))
        failed = "✗" in self.result
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Electronic signature"),
                "message": self.result,
                "type": "warning" if failed else "success",
                "sticky": failed,
                "next": {"type": "ir.actions.act_window_close"},
            },
        }
