from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date

from .sk_sealed_mixin import engine_writes

LETTER_TYPES = [
    ("surat_tugas", "Surat Tugas of an Employee"),
    ("sk_tim_kerja", "SK Tim Kerja of a Perangkat Daerah"),
]
LETTER_STATES = [
    ("draft", "Draft"),
    ("to_sign", "Waiting for Signature"),
    ("issued", "Issued"),
    ("replaced", "Replaced"),
    ("cancelled", "Revoked"),
]


class SkLetter(models.Model):
    """A letter that no single request issues: the Surat Tugas listing all of an
    employee's roles, or one SK for several Tim Kerja of a Perangkat Daerah
    (Perwali Kota Pasuruan 41/2023 Lampiran II and III; spec DOC-02).

    The Admin Kepegawaian prepares it, the official the profile's "Letter Signature" route
    names signs it through an activity, and signing issues its number. A correction is a
    new letter that replaces the issued one when it is signed in turn.
    """

    _name = "sk.letter"
    _description = "Letter"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.letter.mixin"]
    _sk_register_unit_field = "department_id"
    _order = "id desc"
    _check_company_auto = True
    name = fields.Char(compute="_compute_name", store=True)
    letter_type = fields.Selection(
        LETTER_TYPES, string="Letter", required=True, default="surat_tugas", tracking=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    employee_id = fields.Many2one(
        "hr.employee", string="Employee", check_company=True, tracking=True, index=True
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Perangkat Daerah",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        check_company=True,
        index=True,
        tracking=True,
    )
    date_tmt = fields.Date(
        string="TMT",
        default=fields.Date.context_today,
        help="Terhitung Mulai Tanggal: the roles in force on this date are listed.",
    )
    role_ids = fields.One2many("sk.letter.role", "letter_id", string="Roles", copy=True)
    team_ids = fields.Many2many(
        "sk.team",
        string="Tim Kerja",
        domain="[('perangkat_daerah_id', '=', department_id), ('state', 'in', ('active', 'done'))]",
    )
    tembusan = fields.Text(help="Addressees the letter is copied to, one per line.")
    state = fields.Selection(
        LETTER_STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )
    letter_number = fields.Char(copy=False, tracking=True, readonly=True)
    letter_date = fields.Date(copy=False, readonly=True)
    replaces_id = fields.Many2one("sk.letter", string="Replaces", readonly=True, copy=False)
    replaced_by_id = fields.Many2one("sk.letter", string="Replaced By", readonly=True, copy=False)
    reason = fields.Text(
        string="Reason", copy=False, readonly=True, help="Why the letter was re-issued or revoked."
    )

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {
            "letter_number",
            "letter_date",
            "replaces_id",
            "replaced_by_id",
            "reason",
        }

    @api.depends("letter_type", "employee_id", "department_id", "letter_number")
    def _compute_name(self):
        for letter in self:
            letter.name = letter._sk_title()

    @api.depends("letter_type", "employee_id", "department_id", "letter_number")
    @api.depends_context("lang")
    def _compute_display_name(self):
        # the stored name reads in the language it was made in; the title in the reader's
        for letter in self:
            letter.display_name = letter._sk_title()

    def _sk_title(self):
        types = dict(self._fields["letter_type"]._description_selection(self.env))
        subject = (
            self.employee_id.name if self.letter_type == "surat_tugas" else self.department_id.name
        )
        return " – ".join(filter(None, [types.get(self.letter_type), subject, self.letter_number]))

    @api.depends("employee_id")
    def _compute_department_id(self):
        for letter in self.filtered("employee_id"):
            unit = letter.employee_id.department_id
            letter.department_id = unit.sk_perangkat_daerah_id or unit

    @api.model_create_multi
    def create(self, vals_list):
        letters = super().create(vals_list)
        for letter in letters:
            if letter.letter_type == "surat_tugas" and not letter.role_ids:
                letter._sk_load_roles()
        letters.filtered(lambda letter: not letter.tembusan)._sk_fill_tembusan()
        return letters

    @api.model
    def _sk_role_commands(self, roles):
        """The role lines of ``roles`` (as ``hr.employee._sk_roles_on`` lists them)."""
        return [
            fields.Command.create(
                {"sequence": index, "name": role["label"], "tasks": "\n".join(role["tasks"])}
            )
            for index, role in enumerate(roles)
        ]

    def _sk_load_roles(self):
        """Fill the role lines from the teams and assignments in force on the TMT."""
        self.ensure_one()
        roles = self.employee_id._sk_active_roles(self.date_tmt or fields.Date.context_today(self))
        self.role_ids = [fields.Command.clear()] + self._sk_role_commands(roles)

    def _sk_fill_tembusan(self):
        """The default tembusan of these letters: the Penilai, then the profile's standing
        lines (written once per distinct text)."""
        texts = defaultdict(self.browse)
        # sudo: the Penilai is copied to the tembusan by the preparer
        titles = {}
        for letter in self:
            penilai = letter.employee_id.sudo().sk_penilai_id
            if penilai not in titles:
                titles[penilai] = [penilai._sk_position_title()] if penilai else []
            standing = letter.company_id._sk_profile().letter_tembusan or ""
            lines = titles[penilai] + [ln.strip() for ln in standing.splitlines() if ln.strip()]
            texts["\n".join(lines)] |= letter
        for text, letters in texts.items():
            letters.tembusan = text

    @api.onchange("employee_id")
    def _onchange_employee_id(self):
        """An employee whose roles all begin later gets the TMT of the first one."""
        if self.letter_type != "surat_tugas" or not self.employee_id:
            return
        self.date_tmt = self.employee_id._sk_letter_tmt(
            self.date_tmt or fields.Date.context_today(self)
        )

    def action_load_roles(self):
        for letter in self:
            if letter.state != "draft" or letter.letter_type != "surat_tugas":
                raise UserError(self.env._("Roles are taken again only on a draft Surat Tugas."))
            tmt = letter.date_tmt or fields.Date.context_today(self)
            if not letter.employee_id._sk_active_roles(tmt):
                later = letter.employee_id._sk_next_role_start(tmt)
                hint = (
                    self.env._(
                        "The next one starts on %(date)s: set the TMT to it.",
                        date=format_date(self.env, later),
                    )
                    if later
                    else self.env._("Have the team established or the assignment approved.")
                )
                raise UserError(
                    self.env._(
                        "%(employee)s has no established team and no approved assignment in "
                        "force on %(tmt)s. %(hint)s",
                        employee=letter.employee_id.name,
                        tmt=format_date(self.env, tmt),
                        hint=hint,
                    )
                )
            letter._sk_load_roles()
        return True

    # ------------------------------------------------------------------
    # Signature (the approval engine)
    # ------------------------------------------------------------------
    def _sk_profile(self):
        return self.company_id._sk_profile()

    def _sk_route(self):
        route = self._sk_profile()._sk_route("letter")
        if not route:
            raise UserError(self.env._("The regulation profile has no route for signing letters."))
        return route

    def _sk_role_context(self):
        return {
            "owner_unit": self.department_id,
            "home_unit": self.employee_id.department_id or self.department_id,
            "employee": self.employee_id,
            "requester": self.create_uid.employee_id,
        }

    def _sk_letter_numbering(self):
        return ("individual" if self.letter_type == "surat_tugas" else "team"), self.department_id

    def _sk_check_preparer(self):
        self._sk_check_admin(self.env._("Only the Admin Kepegawaian prepares letters."))

    def _sk_check_content(self):
        for letter in self:
            if letter.letter_type == "surat_tugas":
                if not letter.employee_id:
                    raise UserError(self.env._("Choose the employee of the Surat Tugas."))
                if not letter.role_ids:
                    raise UserError(
                        self.env._(
                            "%(name)s has no role on %(date)s: a Surat Tugas lists at least one.",
                            name=letter.employee_id.name,
                            date=letter.date_tmt,
                        )
                    )
            else:
                if not letter.team_ids:
                    raise UserError(self.env._("Choose the Tim Kerja the SK establishes."))
                foreign = letter.team_ids.filtered(
                    lambda t, pd=letter.department_id: t.perangkat_daerah_id != pd
                    or t.state not in ("active", "done")
                )
                if foreign:
                    raise UserError(
                        self.env._(
                            "An SK covers established teams of its own Perangkat Daerah only: "
                            "%(teams)s.",
                            teams=", ".join(foreign.mapped("name")),
                        )
                    )
                for earlier in letter._sk_earlier_decrees():
                    left_out = earlier.team_ids - letter.team_ids
                    if left_out:
                        raise UserError(
                            self.env._(
                                "%(earlier)s, which this SK replaces, also establishes "
                                "%(teams)s: include them, so that no team is left without "
                                "an SK.",
                                earlier=earlier.display_name,
                                teams=", ".join(left_out.mapped("name")),
                            )
                        )

    def action_submit(self):
        self._sk_check_preparer()
        if self.filtered(lambda ln: ln.state != "draft"):
            raise UserError(self.env._("Only a draft letter can be sent for signature."))
        self._sk_check_content()
        self._sk_engine_write({"state": "to_sign"})
        self._sk_start_approval()
        return True

    def _sk_verification_details(self):
        if self.letter_type == "surat_tugas":
            return {"to": self.employee_id.name, "tmt": self.date_tmt}
        return {"to": ", ".join(self.team_ids.mapped("name"))}

    def _sk_replaced_by(self):
        return self.replaced_by_id

    def _sk_earlier_decrees(self):
        """Issued SKs that establish some of this SK's teams: one team, one SK in force."""
        return self.search(
            [
                ("letter_type", "=", "sk_tim_kerja"),
                ("state", "=", "issued"),
                ("team_ids", "in", self.team_ids.ids),
                ("id", "!=", self.id),
            ]
        )

    def _sk_on_approved(self):
        self._sk_engine_write({"state": "issued", **self._sk_number_values()})
        replaced = self.replaces_id
        if self.letter_type == "sk_tim_kerja":
            replaced |= self._sk_earlier_decrees()
            self.team_ids._sk_engine_write({"decree_id": self.id})
        for letter in replaced:
            letter._sk_engine_write({"state": "replaced", "replaced_by_id": self.id})
            letter.message_post(
                body=self.env._("Replaced by %(number)s.", number=self.letter_number)
            )

    def _sk_on_refused(self, reason):
        self._sk_engine_write({"state": "draft"})

    def _sk_on_returned(self, reason):
        self._sk_engine_write({"state": "draft"})

    def _sk_tembusan(self):
        return [line.strip() for line in (self.tembusan or "").splitlines() if line.strip()]

    def action_revoke(self):
        return self._sk_reason_wizard("cancel", check_decider=False)

    def _sk_reason_handlers(self):
        return dict(super()._sk_reason_handlers(), cancel=self._sk_cancel)

    def _sk_cancel(self, reason):
        """Revoke: a draft or unsigned letter stops, an issued one reads "revoked"."""
        self._sk_check_preparer()
        self._sk_check_reason(reason, self.env._("Give the reason for revoking the letter."))
        for letter in self:
            if letter.state in ("replaced", "cancelled"):
                raise UserError(
                    self.env._("%(letter)s is no longer in force.", letter=letter.display_name)
                )
            letter._sk_cancel_approval()
            letter._sk_engine_write({"state": "cancelled", "reason": reason})

    def _sk_reissue(self, reason):
        """A corrected letter: a draft copy that replaces this one once it is signed."""
        self._sk_check_preparer()
        self._sk_check_reason(reason, self.env._("Give the reason for re-issuing the letter."))
        replacements = self.browse()
        for letter in self:
            if letter.state != "issued":
                raise UserError(self.env._("Only an issued letter can be re-issued."))
            if letter.search_count([("replaces_id", "=", letter.id), ("state", "!=", "cancelled")]):
                raise UserError(
                    self.env._(
                        "%(letter)s already has a replacement in preparation.",
                        letter=letter.display_name,
                    )
                )
            with engine_writes():
                replacements |= letter.copy({"replaces_id": letter.id, "reason": reason})
        return replacements

    @api.model
    def _sk_action_open(self, letters):
        """The window showing ``letters`` (their form when there is one)."""
        action = self.env["ir.actions.act_window"]._for_xml_id("odoo_sistem_kerja.sk_letter_action")
        if len(letters) == 1:
            action.update(res_id=letters.id, view_mode="form", views=[(False, "form")])
        else:
            action["domain"] = [("id", "in", letters.ids)]
        return action

    def action_view_replacement(self):
        self.ensure_one()
        replacement = self.replaced_by_id or self.search(
            [("replaces_id", "=", self.id)], order="id desc", limit=1
        )
        return self._sk_action_open(replacement)


class SkLetterRole(models.Model):
    """A role the Surat Tugas lists ("Ketua Tim ...", "Bendahara", "PPTK"), with its tasks.
    Part of the letter's content: it changes only while the letter is a draft."""

    _name = "sk.letter.role"
    _inherit = ["sk.sealed.child.mixin"]
    _description = "Role in a Surat Tugas"
    _sk_parent_field = "letter_id"
    _order = "letter_id, sequence, id"

    letter_id = fields.Many2one("sk.letter", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Role", required=True)
    tasks = fields.Text(help="One task per line.")


class SkApprovalRoute(models.Model):
    _inherit = "sk.approval.route"

    kind = fields.Selection(
        selection_add=[("letter", "Letter Signature")], ondelete={"letter": "cascade"}
    )
