from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .sk_signing import SERVICES

TTE_POLICIES = [
    ("off", "Off: letters are signed by hand"),
    ("allowed", "Allowed"),
    ("required", "Required: a letter counts as issued once signed"),
]
# where the stamp sits on the last page, in points from the bottom left of an A4/F4 page:
# under the signature block of the letters, right half
STAMP_BOX = (300, 40, 250, 70)


class SkRegulationProfile(models.Model):
    """Electronic signatures (TTE) of the letters: whether, through which service, how."""

    _inherit = "sk.regulation.profile"

    tte_policy = fields.Selection(
        TTE_POLICIES,
        string="Electronic Signature",
        default="off",
        required=True,
        help="Letters in physical or electronic form (000 and 002 Lamp. II.B.2, 004 Pasal "
        "9(1)): an electronic letter is valid with a certified electronic signature.",
    )
    tte_service = fields.Selection(
        SERVICES, string="Signing Service", default="local", required=True
    )
    tte_url = fields.Char(
        string="Client Service URL",
        help="The Pemda's esign-client-service, for instance https://esign.example.go.id",
    )
    tte_client_id = fields.Char(string="Client User", groups="base.group_system")
    tte_client_secret = fields.Char(string="Client Password", groups="base.group_system")
    tte_timeout = fields.Integer(
        string="Timeout (seconds)",
        default=30,
        help="How long to wait for a signature. A letter sent without an answer in time is "
        "never sent again by itself: its status is unknown until checked.",
    )
    tte_visible = fields.Boolean(
        string="Visible Stamp",
        default=True,
        help="A stamp with the signer's name, post, NIP and a QR to the verification page.",
    )
    tte_stamp_x = fields.Integer(string="Stamp Left", default=STAMP_BOX[0])
    tte_stamp_y = fields.Integer(string="Stamp Bottom", default=STAMP_BOX[1])
    tte_stamp_width = fields.Integer(string="Stamp Width", default=STAMP_BOX[2])
    tte_stamp_height = fields.Integer(string="Stamp Height", default=STAMP_BOX[3])
    tte_certificate = fields.Binary(
        string="Signing Certificate (PKCS#12)",
        attachment=True,
        groups="base.group_system",
        help="For the local signer: the certificate of the Pemda, used for signers without a "
        "certificate of their own; the signer's passphrase opens it.",
    )
    tte_trust_roots = fields.Text(
        string="Trusted Root Certificates",
        help="PEM certificates of the authorities whose signatures the verification page "
        "accepts (BSrE's root, or the Pemda's own CA).",
    )

    # connection and keys belong to one Pemda: a preset never carries them
    _SK_TTE_CONNECTION = {
        "tte_url",
        "tte_client_id",
        "tte_client_secret",
        "tte_certificate",
        "tte_trust_roots",
    }

    @api.model
    def _sk_setting_fields(self):
        return [n for n in super()._sk_setting_fields() if n not in self._SK_TTE_CONNECTION]

    @api.constrains("tte_policy", "tte_service", "tte_url", "tte_timeout")
    def _check_tte(self):
        for profile in self:
            if not 1 <= profile.tte_timeout <= 300:
                raise ValidationError(
                    self.env._("The signing timeout must be between 1 and 300 seconds.")
                )
            if (
                profile.tte_policy != "off"
                and profile.tte_service != "local"
                and not (profile.tte_url or "").startswith(("https://", "http://"))
            ):
                raise ValidationError(
                    self.env._("Give the address (http or https) of the BSrE client service.")
                )

    def _sk_stamp_box(self):
        return (self.tte_stamp_x, self.tte_stamp_y, self.tte_stamp_width, self.tte_stamp_height)
