"""What a kegiatan carries besides Odoo's task: budget lines, monitoring feedback and issues."""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .sk_sealed_mixin import in_engine


class SkKegiatanIssue(models.Model):
    """A problem met in a kegiatan, raised with alternative recommendations to the official
    who decides it (spec §4.6, 14.G item 50): the Pimpinan of the unit pemilik kinerja."""

    _name = "sk.kegiatan.issue"
    _description = "Kegiatan Issue"
    _inherit = ["mail.thread", "sk.sealed.mixin"]
    _order = "id desc"

    name = fields.Char(string="Issue", required=True)
    task_id = fields.Many2one(
        "project.task", string="Kegiatan", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="task_id.company_id", store=True)
    description = fields.Text(required=True)
    alternatives = fields.Text(string="Alternative Recommendations", required=True)
    raised_by_id = fields.Many2one(
        "res.users", string="Raised By", default=lambda self: self.env.user, readonly=True
    )
    addressee_id = fields.Many2one(
        "hr.employee",
        string="Addressed To",
        compute="_compute_addressee_id",
        store=True,
        precompute=True,
        help="Who decides: the Pimpinan of the unit pemilik kinerja, taken from the "
        "organisation (the Plt./Plh. in force, or the head above one without a user).",
    )
    addressee_note = fields.Char(
        string="Why Addressed So",
        compute="_compute_addressee_id",
        store=True,
        precompute=True,
    )
    state = fields.Selection(
        [("open", "Open"), ("decided", "Decided")], default="open", required=True, tracking=True
    )
    decision = fields.Text(tracking=True)
    decided_by_id = fields.Many2one("res.users", string="Decided By", readonly=True)
    decided_on = fields.Datetime(readonly=True)

    _sk_open_states = ("open",)

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {"decided_by_id", "decided_on", "raised_by_id"}

    @api.depends("task_id")
    def _compute_addressee_id(self):
        Representation = self.env["sk.representation"]
        for issue in self:
            unit = issue.task_id.sudo()._sk_owner_unit()  # sudo: the owner unit's head
            head = unit._sk_find_head()[1] if unit else self.env["hr.employee"]
            acting, representation, notes = Representation._sk_acting(head)
            if representation:
                notes.insert(0, representation.display_name)
            issue.addressee_id = acting
            issue.addressee_note = "; ".join(notes) or False

    def _sk_is_history(self):
        return self.state == "decided"

    def action_decide(self):
        for issue in self:
            if issue.state != "open":
                raise UserError(self.env._("This issue is already decided."))
            # 000 Lamp. II.B.3(a)(3): the Pimpinan of the unit pemilik kinerja, nobody else
            if not issue.addressee_id.user_id or issue.addressee_id.user_id != self.env.user:
                raise UserError(
                    self.env._(
                        "Only %(name)s decides this issue.", name=issue.addressee_id.name or "-"
                    )
                )
            if not (issue.decision or "").strip():
                raise UserError(self.env._("Write the decision first."))
            issue._sk_engine_write(
                {
                    "state": "decided",
                    "decided_by_id": self.env.user.id,
                    "decided_on": fields.Datetime.now(),
                }
            )
        return True


class SkKegiatanBudget(models.Model):
    """A budget line of a kegiatan's plan, with its funding source (Perbup Kotawaringin
    Barat 41/2023 Pasal 20: APBN, APBD or other lawful sources)."""

    _name = "sk.kegiatan.budget"
    _description = "Kegiatan Budget Line"
    _order = "task_id, id"

    task_id = fields.Many2one(
        "project.task", required=True, index=True, ondelete="cascade", string="Kegiatan"
    )
    name = fields.Char(string="Item", required=True)
    amount = fields.Float(digits=(16, 2), required=True)
    funding_source = fields.Selection(
        [("apbn", "APBN"), ("apbd", "APBD"), ("other", "Other lawful sources")],
        required=True,
        default="apbd",
    )

    @api.constrains("amount")
    def _check_amount(self):
        if any(line.amount < 0 for line in self):
            raise ValidationError(self.env._("A budget line cannot be negative."))

    # the plan is fixed once the result is handed in
    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.task_id._sk_check_plan_editable()
        return lines

    def write(self, vals):
        self.task_id._sk_check_plan_editable()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_reviewed(self):
        self.task_id._sk_check_plan_editable()


class SkKegiatanFeedback(models.Model):
    """Monitoring of a kegiatan and the feedback given, periodically or at any time
    (Mekanisme Kerja 2(b); MK-04), by whom the profile says. A log: never edited."""

    _name = "sk.kegiatan.feedback"
    _description = "Kegiatan Monitoring and Feedback"
    _order = "date desc, id desc"

    task_id = fields.Many2one(
        "project.task", required=True, index=True, ondelete="cascade", string="Kegiatan"
    )
    author_id = fields.Many2one(
        "res.users", string="By", default=lambda self: self.env.user, readonly=True
    )
    date = fields.Date(default=fields.Date.context_today, required=True)
    kind = fields.Selection(
        [("periodic", "Periodic"), ("ad_hoc", "Ad hoc")], required=True, default="periodic"
    )
    progress = fields.Float(string="Progress (%)", digits=(5, 1))
    note = fields.Text(string="Feedback", required=True)

    @api.constrains("progress")
    def _check_progress(self):
        if any(not 0 <= entry.progress <= 100 for entry in self):
            raise ValidationError(self.env._("Progress is between 0 and 100%."))

    @api.model_create_multi
    def create(self, vals_list):
        entries = super().create(vals_list)
        for entry in entries:
            if entry.author_id not in entry.task_id._sk_feedback_users():
                raise UserError(
                    self.env._(
                        "Under %(profile)s, feedback on %(task)s is given by %(who)s.",
                        profile=entry.task_id._sk_profile().name,
                        task=entry.task_id.name,
                        who=dict(
                            entry.task_id._sk_profile()
                            ._fields["feedback_by"]
                            ._description_selection(self.env)
                        )[entry.task_id._sk_profile().feedback_by],
                    )
                )
        return entries

    def write(self, vals):
        if set(vals) - {"message_main_attachment_id"}:
            raise UserError(self.env._("Feedback is a log: add a new entry instead."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("Feedback is a log: add a new entry instead."))


class ProjectTask(models.Model):
    _inherit = "project.task"

    sk_issue_ids = fields.One2many("sk.kegiatan.issue", "task_id", string="Issues")
    sk_feedback_ids = fields.One2many("sk.kegiatan.feedback", "task_id", string="Feedback")

    def _sk_feedback_users(self):
        """Who monitors the kegiatan and gives feedback under the profile."""
        self.ensure_one()
        task = self.sudo()  # sudo: the heads of the units, whoever asks
        users = task.sk_team_id.ketua_id.user_id
        if task._sk_profile().feedback_by == "heads_and_ketua":
            unit = task._sk_owner_unit()
            for head_unit in (unit, unit.parent_id):
                users |= head_unit._sk_find_head()[1].user_id if head_unit else users.browse()
        return users

    def _sk_check_plan_editable(self):
        if in_engine():
            return
        for task in self.filtered(lambda t: t.state == "1_done" or t.sudo().current_line_id):
            raise UserError(
                self.env._(
                    "%(task)s is in review or finished: its budget is kept as it was.",
                    task=task.name,
                )
            )
