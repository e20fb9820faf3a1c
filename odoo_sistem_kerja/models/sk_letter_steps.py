"""What letters add to the approval engine: a route step may sign the letter or the answer,
receive the answer, be copied on the letter; an approval line carries that from its step and
says how its official signs. The engine itself names no letter."""

from odoo import fields, models

LETTER_FLAGS = ["signs_letter", "signs_answer", "receives_answer", "copied_on_letter"]


def signature(person, titled=None, caption=""):
    """The signature block of a letter: ``person`` signs under the post of ``titled``
    (default: their own), with a Plt./Plh. ``caption``; ``behalf`` (a.n.) is set by the
    letter when its signer signs for the Kepala Perangkat Daerah."""
    titled = titled if titled is not None else person
    return {
        "behalf": "",
        "caption": caption,
        "title": titled._sk_position_title() if titled else "",
        "name": person.name or "",
        "pangkat": person.sk_pangkat_id.display_name or "",
        "nip": person.sk_nip or "",
    }


class SkApprovalRouteStep(models.Model):
    _inherit = "sk.approval.route.step"

    # who writes which letter is the regulation's, step by step (e.g. Perbup Lombok Barat
    # 2/2023 Lamp. II.B.2(a)(3)(c)-(e): the PyB asal answers the PyB pemohon)
    signs_letter = fields.Boolean(
        string="Signs the Letter",
        help="The official of this step signs the assignment letter (none marked: the "
        "official of the last approval).",
    )
    signs_answer = fields.Boolean(
        string="Signs the Answer",
        help="The official of this step signs the surat jawaban (none marked: the first "
        "official who decided; a refusal is signed by the official who refused).",
    )
    copied_on_letter = fields.Boolean(
        string="Copied Even as Signer",
        help="The official of this step is in the Tembusan of the assignment letter even when "
        "signing it: the regulation lists the copies by role (Perbup Lombok Barat 2/2023 "
        "Lamp. II.B.2(a)(3)(e): the Penilai Kinerja).",
    )
    receives_answer = fields.Boolean(
        string="Receives the Answer",
        help="The surat jawaban is addressed to the official of this step (none marked: "
        "to the requester).",
    )

    def _sk_line_flags(self):
        return super()._sk_line_flags() + LETTER_FLAGS


class SkApprovalLine(models.Model):
    _inherit = "sk.approval.line"

    signs_letter = fields.Boolean()
    signs_answer = fields.Boolean()
    receives_answer = fields.Boolean()
    copied_on_letter = fields.Boolean()

    def _sk_signature(self):
        """How the official who decided this step signs a letter: a Plt./Plh. with the
        post's title and the representative's name; otherwise whoever actually decided
        (the head above, when the post's holder had no user), with their own title."""
        self.ensure_one()
        line = self.sudo()  # sudo: the signature is printed for whoever may print the letter
        representation = line.representation_id
        person = line._sk_signing_person()
        if representation:
            return signature(person, line.official_id, representation._sk_prefix())
        return signature(person)
