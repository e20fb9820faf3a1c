from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

from .sk_sealed_mixin import engine_writes
from .sk_team_member import TARGET_UOMS

# the strategy (spec 14.G item 48) is decided once the agreement is set
STRATEGY_FIELDS = frozenset({"assignment_type", "needs_cross_unit", "needs_ketua", "strategy_note"})
PK_STATES = [("draft", "Draft"), ("ditetapkan", "Ditetapkan"), ("superseded", "Amended")]
ASSIGNMENT_TYPES = [("individu", "Individual"), ("tim", "Team")]


class SkPerjanjianKinerja(models.Model):
    """Perjanjian Kinerja of a unit head for a year: the targets the unit commits to, split
    (cascaded) to the officials below. Set once; changed only by an amendment, a new
    version that keeps the old one readable (spec 14.G items 45-46)."""

    _name = "sk.perjanjian.kinerja"
    _description = "Perjanjian Kinerja"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.sealed.mixin"]
    _order = "year desc, department_id, version desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    department_id = fields.Many2one(
        "hr.department", string="Unit Organisasi", required=True, check_company=True, index=True
    )
    employee_id = fields.Many2one(
        "hr.employee",
        string="Signed By",
        compute="_compute_employee_id",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        help="The head of the unit who signs the agreement.",
    )
    year = fields.Integer(required=True, default=lambda self: fields.Date.today().year, index=True)
    version = fields.Integer(default=1, readonly=True, copy=False)
    previous_id = fields.Many2one(
        "sk.perjanjian.kinerja", string="Amends", readonly=True, copy=False
    )
    amendment_reason = fields.Text(readonly=True, copy=False)
    state = fields.Selection(
        PK_STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )
    date_set = fields.Date(string="Ditetapkan On", readonly=True, copy=False)
    target_ids = fields.One2many("sk.pk.target", "pk_id", string="Targets", copy=True)

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {"version", "previous_id", "date_set"}

    @api.depends("department_id", "year", "version")
    def _compute_name(self):
        for pk in self:
            pk.name = pk._sk_title()

    @api.depends("department_id", "year", "version")
    @api.depends_context("lang")
    def _compute_display_name(self):
        # the stored name reads in the language it was made in; the title in the reader's
        for pk in self:
            pk.display_name = pk._sk_title()

    def _sk_title(self):
        return self.env._(
            "PK %(unit)s %(year)s (version %(version)s)",
            unit=self.department_id.name or "",
            year=str(self.year),
            version=self.version,
        )

    @api.depends("department_id")
    def _compute_employee_id(self):
        for pk in self:
            pk.employee_id = pk.department_id._sk_find_head()[1] if pk.department_id else False

    @api.constrains("year")
    def _check_year(self):
        for pk in self:
            if not 2000 <= pk.year <= 2100:
                raise ValidationError(self.env._("The year %(year)s is not valid.", year=pk.year))

    def action_set(self):
        """Tetapkan: the agreement is signed; an amendment replaces the version it amends."""
        self.check_access("write")
        for pk in self:
            if pk.state != "draft":
                raise UserError(self.env._("Only a draft agreement can be set."))
            if not pk.target_ids:
                raise UserError(self.env._("A Perjanjian Kinerja lists at least one target."))
            pk.target_ids._sk_check_complete()
            pk._sk_check_before_year()
            pk._sk_engine_write({"state": "ditetapkan", "date_set": fields.Date.today()})
            if pk.previous_id:
                pk.previous_id._sk_engine_write({"state": "superseded"})
                pk._sk_relink_amended_targets()
        return True

    def _sk_check_before_year(self):
        """003 Lamp. I.B.2: the agreement is set before its year; the profile blocks, warns
        or lets a late first version pass."""
        level = self.company_id._sk_profile().check_pk_before_year
        today = fields.Date.context_today(self)
        if self.previous_id or level == "off" or today.year < self.year:
            return
        message = self.env._(
            "The Perjanjian Kinerja for %(year)s is set before the year starts; it is %(date)s.",
            year=str(self.year),
            date=format_date(self.env, today),
        )
        if level == "block":
            raise UserError(message)
        # sudo: the warning is logged whether or not the user has an e-mail address
        self.sudo().message_post(body=message)

    def _sk_relink_amended_targets(self):
        """What served the amended version's targets serves the new version's from now on
        (003 Lamp. I.B.2): targets cascaded from them in the agreements below, and their
        kegiatan. The old version keeps its own cascade, readable as it was."""
        old_targets = self.previous_id.target_ids
        new_of = {t.previous_target_id.id: t.id for t in self.target_ids if t.previous_target_id}
        # sudo: the cascade and the kegiatan below belong to other officials
        below = (
            self.env["sk.pk.target"]
            .sudo()
            .search([("parent_id", "in", old_targets.ids), ("pk_id", "!=", self.previous_id.id)])
        )
        tasks = self.env["project.task"].sudo().search([("sk_target_id", "in", old_targets.ids)])
        with engine_writes():
            for parent_id, children in below.grouped("parent_id").items():
                if parent_id.id in new_of:
                    children.write({"parent_id": new_of[parent_id.id]})
            for target, kegiatan in tasks.grouped("sk_target_id").items():
                if target.id in new_of:
                    kegiatan.write({"sk_target_id": new_of[target.id]})

    def _sk_copy_targets(self, targets):
        """Copy ``targets`` into this agreement, parents first, the cascade within the
        agreement pointing at the copies and a cascade from the agreement above kept."""
        copies = {}
        for target in targets.sorted(lambda t: (t.parent_path, t.id)):
            parent = target.parent_id
            values = target.copy_data(
                {
                    "pk_id": self.id,
                    "parent_id": copies[parent.id] if parent.id in copies else parent.id,
                    "previous_target_id": target.id,
                }
            )[0]
            copies[target.id] = self.env["sk.pk.target"].create(values).id

    def action_amend(self, reason=None):
        """A new draft version; the set one stays in force until the amendment is set."""
        self.ensure_one()
        self.check_access("write")
        if self.state != "ditetapkan":
            raise UserError(self.env._("Only a set agreement can be amended."))
        if self.year < fields.Date.today().year:
            raise UserError(
                self.env._(
                    "The year %(year)s is closed: its agreement is no longer amended.",
                    year=self.year,
                )
            )
        with engine_writes():
            amendment = self.copy(
                {
                    "version": self.version + 1,
                    "previous_id": self.id,
                    "amendment_reason": reason or False,
                    "target_ids": [],
                }
            )
            amendment._sk_copy_targets(self.target_ids)
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": amendment.id,
            "view_mode": "form",
        }


class SkPkTarget(models.Model):
    """A target of a Perjanjian Kinerja (sasaran, indikator, target, satuan), split to the
    officials below as child targets, each with its penanggung jawab."""

    _name = "sk.pk.target"
    _inherit = ["sk.sealed.child.mixin"]
    _description = "Performance Target"
    _sk_parent_field = "pk_id"  # the agreement's content; its strategy is decided later
    _sk_free_line_fields = STRATEGY_FIELDS | {"task_count", "accepted_count"}
    _order = "pk_id, parent_path, sequence, id"
    _parent_store = True

    pk_id = fields.Many2one("sk.perjanjian.kinerja", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="pk_id.company_id", store=True, index=True)
    pk_state = fields.Selection(related="pk_id.state", string="Agreement State")
    year = fields.Integer(related="pk_id.year", store=True)
    pk_department_id = fields.Many2one(related="pk_id.department_id", string="Agreement Unit")
    # a target is split within its agreement, or from the set agreement of a unit above
    # (000 Lamp. II.D.9(a); 001 Lamp. I no.1(4)(d): the Asisten divides the Sekda's target)
    parent_id = fields.Many2one(
        "sk.pk.target",
        string="Cascaded From",
        index=True,
        ondelete="cascade",
        domain="['|', ('pk_id', '=', pk_id), '&', '&', ('pk_state', '=', 'ditetapkan'), "
        "('year', '=', year), ('pk_id.department_id', 'parent_of', pk_department_id)]",
    )
    previous_target_id = fields.Many2one(
        "sk.pk.target",
        string="Amends Target",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The target of the previous version this one replaces.",
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("sk.pk.target", "parent_id", string="Cascaded To")
    sequence = fields.Integer(default=10)
    sasaran = fields.Char(string="Sasaran", required=True)
    indikator = fields.Char(string="Indikator Kinerja")
    target_value = fields.Float(string="Target", digits=(16, 2))
    satuan = fields.Selection(TARGET_UOMS, string="Satuan")
    target_text = fields.Char(
        string="Target Kinerja", compute="_compute_target_text", help="Target and satuan, as read."
    )
    responsible_id = fields.Many2one("hr.employee", string="Penanggung Jawab", index=True)
    department_id = fields.Many2one(
        "hr.department",
        string="Unit",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        index=True,
    )
    assignment_type = fields.Selection(
        ASSIGNMENT_TYPES,
        string="Carried Out By",
        help="PK Pelaksanaan Kegiatan Unit Organisasi (Perwali Kota Pasuruan 41/2023 Lamp. I.B.2):"
        " whether the activity is an individual's or a team's.",
    )
    needs_cross_unit = fields.Boolean(
        string="Needs JF of Other Units",
        help="Strategy: the target needs JF or pelaksana of other units or instansi (a Penugasan "
        "request is drafted from the target).",
    )
    needs_ketua = fields.Boolean(string="Needs a Ketua Tim")
    strategy_note = fields.Text(
        string="Strategy",
        help="How the target is carried out: distribution to teams and Pengawas by workload.",
    )
    penugasan_ids = fields.One2many("sk.penugasan", "sk_target_id", string="Assignment Requests")
    task_ids = fields.One2many("project.task", "sk_target_id", string="Kegiatan")
    task_count = fields.Integer(compute="_compute_results", store=True)
    accepted_count = fields.Integer(
        string="Accepted Kegiatan", compute="_compute_results", store=True
    )

    @api.depends("pk_id.department_id", "responsible_id.department_id")
    def _compute_department_id(self):
        for target in self:
            target.department_id = target.responsible_id.department_id or target.pk_id.department_id

    @api.depends("task_ids.state")
    def _compute_results(self):
        for target in self:
            target.task_count = len(target.task_ids)
            target.accepted_count = len(target.task_ids.filtered(lambda t: t.state == "1_done"))

    @api.depends("target_value", "satuan")
    def _compute_target_text(self):
        satuan = dict(self._fields["satuan"]._description_selection(self.env))
        point = self.env["res.lang"]._get_data(code=self.env.lang or "en_US").decimal_point or "."
        for target in self:
            # a target reads as written: 40 Dokumen, 95,5 Persen (never 40,00)
            value = f"{target.target_value:g}".replace(".", point)
            target.target_text = " ".join(filter(None, [value, satuan.get(target.satuan)]))

    @api.depends("sasaran", "indikator")
    def _compute_display_name(self):
        for target in self:
            target.display_name = " – ".join(filter(None, [target.sasaran, target.indikator]))

    @api.constrains("target_value", "parent_id", "pk_id", "previous_target_id")
    def _check_target(self):
        for target in self:
            if target.target_value < 0:
                raise ValidationError(self.env._("A target cannot be negative."))
            if (
                target.previous_target_id
                and target.previous_target_id.pk_id != target.pk_id.previous_id
            ):
                raise ValidationError(
                    self.env._("A target amends a target of the version its agreement amends.")
                )
            if target.parent_id and not target._sk_may_cascade_from(target.parent_id):
                raise ValidationError(
                    self.env._(
                        "A target is cascaded within its own Perjanjian Kinerja or from a "
                        "set Perjanjian Kinerja of the same year of a unit above."
                    )
                )
        if self._has_cycle():
            raise ValidationError(self.env._("A target cannot be cascaded from itself."))

    def _sk_may_cascade_from(self, parent):
        if parent.pk_id == self.pk_id:
            return True
        # sudo: the agreement above is read by the company; its unit chain whoever asks
        above = parent.pk_id.sudo()
        return (
            above.state == "ditetapkan"
            and above.year == self.pk_id.year
            and above.company_id == self.pk_id.company_id
            and above.department_id != self.pk_id.department_id
            and above.department_id in self.pk_id.sudo().department_id._sk_chain()
        )

    def _sk_check_complete(self):
        for target in self:
            if not (target.indikator or "").strip() or not target.satuan:
                raise UserError(
                    self.env._(
                        "The target %(target)s needs its indikator and satuan.",
                        target=target.sasaran,
                    )
                )

    def action_request_assignment(self):
        """Strategy: JF of other units are needed: draft the Penugasan request from the
        target, for the official responsible for it to complete and send."""
        self.ensure_one()
        request = self.env["sk.penugasan"].create(
            {
                "company_id": self.company_id.id,
                "requester_employee_id": (self.responsible_id or self.env.user.employee_id).id,
                "owner_department_id": self.department_id.id,
                "sk_target_id": self.id,
                "maksud_tujuan": self.sasaran,
                "ekspektasi": self.env._(
                    "%(indikator)s: %(target)s %(satuan)s",
                    indikator=self.indikator or "",
                    target=self.target_value,
                    satuan=dict(self._fields["satuan"]._description_selection(self.env)).get(
                        self.satuan, ""
                    ),
                ),
            }
        )
        return request._sk_action_form()


class SkPenugasan(models.Model):
    _inherit = "sk.penugasan"

    sk_target_id = fields.Many2one(
        "sk.pk.target", string="PK Target", index=True, help="The target the assignment serves."
    )
