from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .jabatan import JENIS_JABATAN

OPEN_CALL_STATES = [("draft", "Draft"), ("published", "Published"), ("closed", "Closed")]


class SkOpenCall(models.Model):
    """A published call for pengajuan sukarela: JF and pelaksana volunteer, their own
    superiors endorse as the profile's route says, and the owning unit decides."""

    _name = "sk.open.call"
    _description = "Open Call for Volunteers"
    _inherit = ["mail.thread", "sk.sealed.mixin"]
    _order = "deadline desc, id desc"
    _check_company_auto = True
    # a published call keeps its terms; its deadline and places may still be adjusted
    _sk_unlocked_fields = frozenset({"deadline", "quota"})

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    owner_department_id = fields.Many2one(
        "hr.department", string="Unit Pemilik Kinerja", required=True, check_company=True
    )
    team_id = fields.Many2one("sk.team", string="Tim Kerja", check_company=True)
    maksud_tujuan = fields.Text(string="Maksud dan Tujuan", required=True)
    kompetensi = fields.Text(string="Kompetensi, Keahlian, Keterampilan Needed", required=True)
    ekspektasi = fields.Text(string="Ekspektasi / Target Kinerja", required=True)
    date_start = fields.Date(string="Work From", required=True)
    date_end = fields.Date(string="Work Until", required=True)
    deadline = fields.Date(string="Apply Before", required=True, tracking=True)
    quota = fields.Integer(required=True, default=1, tracking=True)
    jenis_jabatan = fields.Selection(
        [j for j in JENIS_JABATAN if j[0] in ("fungsional", "pelaksana")],
        string="Open To",
        help="Empty: JF and pelaksana alike.",
    )
    jabatan_fungsional_ids = fields.Many2many(
        "sk.jabatan.fungsional", string="Jabatan Fungsional", help="Empty: any JF."
    )
    min_jenjang_id = fields.Many2one("sk.jenjang", string="Minimum Jenjang")
    state = fields.Selection(
        OPEN_CALL_STATES, default="draft", required=True, tracking=True, copy=False
    )
    application_ids = fields.One2many("sk.penugasan", "open_call_id", string="Applications")
    accepted_count = fields.Integer(compute="_compute_counts")
    application_count = fields.Integer(compute="_compute_counts")

    @api.depends("application_ids.state")
    def _compute_counts(self):
        for call in self:
            # sudo: counts of applications the viewer may not read
            applications = call.sudo().application_ids
            call.application_count = len(applications.filtered(lambda a: a.state != "cancelled"))
            call.accepted_count = len(
                applications.filtered(lambda a: a.state in ("active", "done"))
            )

    @api.constrains("quota", "date_start", "date_end", "deadline")
    def _check_call(self):
        for call in self:
            if call.quota < 1:
                raise ValidationError(self.env._("An open call offers at least one place."))
            if call.date_end < call.date_start:
                raise ValidationError(self.env._("The work cannot end before it starts."))
            if call.deadline > call.date_end:
                raise ValidationError(self.env._("Applications must close before the work ends."))

    @api.constrains("deadline")
    def _check_deadline_of_published_call(self):
        today = fields.Date.context_today(self)
        for call in self.filtered(lambda c: c.state == "published" and c.deadline < today):
            raise ValidationError(
                self.env._(
                    "The deadline of %(call)s cannot be moved into the past while it is "
                    "published: close the call instead.",
                    call=call.name,
                )
            )

    def _sk_is_history(self):
        # sudo: same
        return bool(self.sudo().application_ids) or super()._sk_is_history()

    def action_publish(self):
        self.check_access("write")
        today = fields.Date.context_today(self)
        for call in self:
            if call.state != "draft":
                raise UserError(self.env._("Only a draft call can be published."))
            if call.deadline < today:
                raise UserError(
                    self.env._("The deadline of %(call)s is past: move it first.", call=call.name)
                )
        self._sk_engine_write({"state": "published"})
        return True

    def action_close(self):
        self.check_access("write")
        self._sk_engine_write({"state": "closed"})
        return True

    def _sk_eligibility_issue(self, employee):
        if self.jenis_jabatan and employee.sk_jenis_jabatan != self.jenis_jabatan:
            return self.env._(
                "The call is open to %(jenis)s only.", jenis=dict(JENIS_JABATAN)[self.jenis_jabatan]
            )
        if employee.sk_jenis_jabatan not in ("fungsional", "pelaksana"):
            return self.env._("Only JF and pelaksana volunteer.")
        if self.jabatan_fungsional_ids and (
            employee.sk_jabatan_fungsional_id not in self.jabatan_fungsional_ids
        ):
            return self.env._(
                "The call asks for %(jf)s.",
                jf=", ".join(self.jabatan_fungsional_ids.mapped("name")),
            )
        if self.min_jenjang_id and employee.sk_jenjang_id.rank < self.min_jenjang_id.rank:
            return self.env._(
                "The call asks for at least %(jenjang)s.", jenjang=self.min_jenjang_id.name
            )
        return None

    volunteer_issue = fields.Char(
        compute="_compute_volunteer_issue",
        string="Why You Cannot Volunteer",
        help="What keeps the current user from volunteering, if anything.",
    )
    can_volunteer = fields.Boolean(compute="_compute_volunteer_issue")

    @api.depends("state", "deadline", "application_ids.state", "quota")
    @api.depends_context("uid")
    def _compute_volunteer_issue(self):
        employee = self.env.user.employee_id
        for call in self:
            issue = call._sk_volunteer_issue(employee) if call.state == "published" else None
            call.volunteer_issue = issue or False
            call.can_volunteer = call.state == "published" and not issue

    def _sk_volunteer_issue(self, employee):
        """Why ``employee`` cannot volunteer for this call now (None: they can)."""
        # sudo: a volunteer reads the call's terms and applications
        call = self.sudo()
        if call.state != "published" or call.deadline < fields.Date.context_today(self):
            return self.env._("This call is not open for applications.")
        if not employee:
            return self.env._("Your user is not linked to an employee.")
        # sudo: eligibility reads the volunteer's own HR facts
        issue = call._sk_eligibility_issue(employee.sudo())
        if issue:
            return issue
        if call.application_ids.filtered(
            lambda a: employee in a.employee_ids and a.state not in ("cancelled", "refused")
        ):
            return self.env._("You already applied to this call.")
        if call.accepted_count >= call.quota:
            return self.env._("The call has no place left.")
        Penugasan = self.env["sk.penugasan"]
        scope = Penugasan._sk_scope_of(call.owner_department_id, employee.sudo().department_id)
        form = "tim" if call.team_id else "individu"
        if not call.company_id._sk_profile()._sk_route("penugasan", "sukarela", scope, form):
            return self.env._(
                "Under %(profile)s, no one volunteers %(scope)s: this call is for other units.",
                profile=call.company_id._sk_profile().name,
                scope=dict(Penugasan._fields["scope"]._description_selection(self.env))[
                    scope
                ].lower(),
            )
        return None

    def action_volunteer(self):
        """Saya bersedia: apply to the call as the current user's employee."""
        self.ensure_one()
        employee = self.env.user.employee_id
        issue = self._sk_volunteer_issue(employee)
        if issue:
            raise UserError(issue)
        # sudo: a volunteer reads the call's terms
        call = self.sudo()
        request = self.env["sk.penugasan"].create(
            {
                "company_id": call.company_id.id,
                "method": "sukarela",
                "form": "tim" if call.team_id else "individu",
                "team_id": call.team_id.id,
                "open_call_id": call.id,
                "requester_employee_id": employee.id,
                "owner_department_id": call.owner_department_id.id,
                "target_department_id": employee.department_id.id,
                "employee_ids": [fields.Command.set(employee.ids)],
                "maksud_tujuan": call.maksud_tujuan,
                "kompetensi": call.kompetensi,
                "ekspektasi": call.ekspektasi,
                "date_start": call.date_start,
                "date_end": call.date_end,
            }
        )
        request.action_submit()
        return request._sk_action_form()

    def _sk_check_quota_before_accepting(self):
        # sudo: the quota counts all applications
        for call in self.sudo():
            if call.accepted_count >= call.quota:
                raise UserError(self.env._("The call %(call)s has no place left.", call=call.name))

    def _sk_close_when_full(self):
        # sudo: a full call closes whoever approves the last place
        for call in self.sudo():
            if call.accepted_count >= call.quota:
                call._sk_engine_write({"state": "closed"})

    @api.model
    def _cron_close_past_deadline(self):
        today = fields.Date.context_today(self)
        self.search([("state", "=", "published"), ("deadline", "<", today)])._sk_engine_write(
            {"state": "closed"}
        )
