"""Pertanggungjawaban: the reports assigned JF and pelaksana owe (spec §6, PJ-01..05).

A member reports to the Ketua Tim, the Ketua to the Pimpinan Unit (and, per profile, the
Penilai or the Pimpinan PD), an individual assignee to the Pimpinan Unit and/or Penilai,
and the Ketua reports each member's performance to the member's Penilai and Pimpinan Unit.
Where the Pimpinan Unit is not the Penilai, the Pimpinan Unit sends the Penilai a
rekomendasi penilaian kinerja (Perbup Pasuruan, Lamp. II.D; spec KIN-03/04).
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

from .sk_regulation_profile import CADENCES

REPORT_KINDS = [
    ("member", "Member to the Ketua Tim"),
    ("team", "Ketua Tim to the Pimpinan Unit"),
    ("individual", "Individual Assignment"),
    ("performance", "Performance of a Member"),
    ("recommendation", "Rekomendasi Penilaian Kinerja"),
]
# reports on one person: read by their author, the officials they go to and that person only
PERSONAL_KINDS = ("performance", "recommendation")
REPORT_STATES = [
    ("draft", "Draft"),
    ("consultation", "In Consultation"),
    ("sent", "Sent"),
    ("acknowledged", "Acknowledged"),
    ("returned", "Returned"),
]


def sentence(text):
    """``text`` ending with one full stop (a name may end with its own: "M.T.")."""
    return text if text.endswith(".") else f"{text}."


def cadence_period(cadence, day):
    """(first, last) day of the ``cadence`` period holding ``day``."""
    if cadence == "weekly":
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=6)
    if cadence == "monthly":
        first = day.replace(day=1)
    else:
        first = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    months = 1 if cadence == "monthly" else 3
    return first, first + relativedelta(months=months, days=-1)


class SkReport(models.Model):
    _name = "sk.report"
    _description = "Work Report"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.consultation.mixin"]
    _order = "date_to desc, id desc"
    _check_company_auto = True
    _sk_open_states = ("draft", "returned")
    # a rekomendasi penilaian is sent after the officials of the profile's route are
    # consulted (RSUD: the Wadir, the Direktur as atasan banding; an Ahli Utama: the Sekda)
    _sk_route_kind = "recommendation"
    # not stored: the kind in the name reads in each user's language
    name = fields.Char(compute="_compute_name")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    kind = fields.Selection(REPORT_KINDS, required=True, default="member", tracking=True)
    team_id = fields.Many2one("sk.team", string="Tim Kerja", index=True, check_company=True)
    penugasan_id = fields.Many2one(
        "sk.penugasan", string="Assignment", index=True, check_company=True
    )
    task_id = fields.Many2one("project.task", string="Kegiatan", index=True)
    author_id = fields.Many2one(
        "hr.employee",
        string="Reported By",
        required=True,
        default=lambda self: self.env.user.employee_id,
        index=True,
        check_company=True,
    )
    member_id = fields.Many2one(
        "hr.employee",
        string="Employee Assessed",
        index=True,
        help="Whom the report is about: a member whose performance the Ketua reports, or the "
        "employee a Pimpinan Unit recommends to their Penilai (input for the assessment).",
    )
    recipient_ids = fields.Many2many(
        "hr.employee",
        string="Reported To",
        readonly=True,
        help="Set from the organisation and the regulation profile when the report is sent.",
    )
    recipient_user_ids = fields.Many2many(
        "res.users",
        "sk_report_recipient_user_rel",
        "report_id",
        "user_id",
        compute="_compute_recipient_user_ids",
        store=True,
        string="Recipient Users",
    )
    date_from = fields.Date(string="Period From", required=True)
    date_to = fields.Date(string="Period To", required=True)
    deadline = fields.Date(index=True)
    content = fields.Html(string="Report", sanitize=True)
    progress = fields.Float(string="Progress (%)", help="Progress against the target, 0-100.")
    state = fields.Selection(
        REPORT_STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )
    sent_on = fields.Datetime(readonly=True, copy=False)
    acknowledged_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    acknowledged_on = fields.Datetime(readonly=True, copy=False)
    return_note = fields.Text(readonly=True, copy=False, tracking=True)
    requested_by_id = fields.Many2one(
        "res.users",
        string="Requested By",
        readonly=True,
        copy=False,
        help="The Pimpinan Unit who asked for this report (at any time, PJ-04).",
    )

    _sql_constraints = [
        ("period", "CHECK(date_to >= date_from)", "A report period cannot end before it starts."),
        ("progress", "CHECK(progress >= 0 AND progress <= 100)", "Progress is 0 to 100 %."),
    ]

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {
            "recipient_ids",
            "sent_on",
            "acknowledged_by_id",
            "acknowledged_on",
            "return_note",
            "requested_by_id",
        }

    @api.depends("kind", "team_id", "penugasan_id", "member_id", "date_from", "date_to")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for report in self:
            subject = report.team_id.name or report.penugasan_id.name or ""
            if report.kind in PERSONAL_KINDS:
                subject = " – ".join(filter(None, [subject, report.member_id.name]))
            report.name = " – ".join(
                filter(
                    None,
                    [
                        kinds.get(report.kind),
                        subject,
                        report.date_from
                        and " – ".join(
                            format_date(self.env, day) for day in (report.date_from, report.date_to)
                        ),
                    ],
                )
            )

    can_send = fields.Boolean(compute="_compute_can_act")
    can_answer = fields.Boolean(compute="_compute_can_act")

    @api.depends("state", "author_id.user_id", "recipient_user_ids")
    @api.depends_context("uid")
    def _compute_can_act(self):
        """The buttons a user may use: the author sends, the officials it went to answer."""
        for report in self:
            report.can_send = (
                report.state in self._sk_open_states and report.author_id.user_id == self.env.user
            )
            report.can_answer = (
                report.state == "sent" and self.env.user in report.recipient_user_ids
            )

    @api.onchange("team_id", "author_id")
    def _onchange_kind_from_role(self):
        """The kind follows the author's role in the team: the Ketua reports the team."""
        # sudo: the team's Ketua, whoever writes
        if self.kind == "member" and self.author_id == self.team_id.sudo().ketua_id:
            self.kind = "team"

    @api.depends("recipient_ids.user_id")
    def _compute_recipient_user_ids(self):
        for report in self:
            report.recipient_user_ids = report.recipient_ids.user_id

    @api.constrains("kind", "team_id", "penugasan_id", "member_id", "author_id")
    def _check_subject(self):
        for report in self:
            report._sk_check_subject()

    def _sk_check_subject(self):
        # sudo: membership of the team, whoever reports
        team = self.team_id.sudo()
        members = team.member_ids.employee_id
        if self.kind in ("member", "team", "performance") and not team:
            raise ValidationError(self.env._("A report of a team names its Tim Kerja."))
        if self.kind == "recommendation":
            # sudo: the kedudukan of the employee recommended, whoever recommends
            member = self.member_id.sudo()
            if not member or self.author_id != member.sk_pimpinan_unit_id:
                raise ValidationError(
                    self.env._(
                        "A rekomendasi penilaian is made by the Pimpinan Unit of the employee "
                        "recommended."
                    )
                )
            if member.sk_penilai_id == member.sk_pimpinan_unit_id:
                raise ValidationError(
                    self.env._(
                        "%(name)s's Pimpinan Unit is also their Penilai: no recommendation is "
                        "needed.",
                        name=member.name,
                    )
                )
        if self.kind == "individual" and not self.penugasan_id:
            raise ValidationError(self.env._("A report of an assignment names the assignment."))
        if self.kind == "member" and self.author_id == team.ketua_id:
            raise ValidationError(
                self.env._(
                    "%(author)s is the Ketua of %(team)s: the Ketua reports the team's work to "
                    "the Pimpinan Unit (Ketua Tim to the Pimpinan Unit), never to herself.",
                    author=self.author_id.name,
                    team=team.name,
                )
            )
        if self.kind == "member" and self.author_id not in members:
            raise ValidationError(
                self.env._(
                    "%(author)s is not a member of %(team)s.",
                    author=self.author_id.name,
                    team=team.name,
                )
            )
        if self.kind in ("team", "performance") and self.author_id != team.ketua_id:
            raise ValidationError(
                self.env._("Only the Ketua of %(team)s makes this report.", team=team.name)
            )
        if self.kind == "performance" and self.member_id not in members - team.ketua_id:
            raise ValidationError(
                self.env._(
                    "Name a member of %(team)s whose performance is reported.", team=team.name
                )
            )
        if (
            self.kind == "individual"
            and self.author_id not in self.penugasan_id.sudo().employee_ids
        ):
            raise ValidationError(
                self.env._(
                    "%(author)s is not assigned in %(assignment)s.",
                    author=self.author_id.name,
                    assignment=self.penugasan_id.sudo().name,
                )
            )

    # ------------------------------------------------------------------
    # Recipients
    # ------------------------------------------------------------------
    def _sk_recipients(self):
        """Who receives this report, from the organisation and the profile (PJ-01..05)."""
        self.ensure_one()
        profile = self.company_id._sk_profile()
        # sudo: the officials a report goes to are read whoever reports
        team = self.team_id.sudo()
        if self.kind == "member":
            return team.ketua_id
        if self.kind == "performance":
            member = self.member_id.sudo()
            return member.sk_penilai_id | member.sk_pimpinan_unit_id
        if self.kind == "recommendation":
            return self.member_id.sudo().sk_penilai_id
        if self.kind == "team":
            head = team.owner_employee_id
            ketua = team.ketua_id.sudo()
            extra = {
                "unit_head": head.browse(),
                "unit_head_penilai": ketua.sk_penilai_id,
                "unit_head_pd_head": team.perangkat_daerah_id._sk_find_head()[1],
            }[profile.report_team_to]
            return head | extra
        author = self.author_id.sudo()
        return {
            "unit_head": author.sk_pimpinan_unit_id,
            "penilai": author.sk_penilai_id,
            "unit_head_penilai": author.sk_pimpinan_unit_id | author.sk_penilai_id,
        }[profile.report_individual_to]

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def _sk_check_author(self):
        for report in self:
            if report.author_id.user_id != self.env.user:
                raise UserError(
                    self.env._("Only %(author)s sends this report.", author=report.author_id.name)
                )

    def action_send(self):
        self.check_access("write")
        self._sk_check_author()
        for report in self:
            if report.state not in self._sk_open_states:
                raise UserError(self.env._("This report was already sent."))
            if not (report.content or "").strip():
                raise UserError(self.env._("Write the report before sending it."))
            report._sk_checked_recipients()
            if report.kind == "recommendation" and report._sk_consultation_route():
                report._sk_engine_write({"state": "consultation"})
                report._sk_start_approval()
            else:
                report._sk_deliver()
        return True

    def _sk_checked_recipients(self):
        """The officials who receive the report now: those the organisation names and the
        head who asked for it (PJ-04), each replaced as an approval step is (the Plt./Plh.
        in force, past one without a user the head above); never its author."""
        # sudo: who asked, whoever sends
        named = self._sk_recipients() | self.sudo().requested_by_id.employee_id
        Representation = self.env["sk.representation"]
        recipients = self.env["hr.employee"]
        notes = []
        for official in named:
            acting, representation, more = Representation._sk_acting(official)
            recipients |= acting
            notes += ([representation.display_name] if representation else []) + more
        recipients -= self.author_id
        if not recipients:
            raise UserError(
                self.env._(
                    "Nobody receives this report: the organisation names no official for "
                    "it. Ask the Admin Kepegawaian to set the kedudukan."
                )
            )
        return recipients, notes

    def _sk_consultation_people(self):
        return self.author_id, self.member_id

    def _sk_on_approved(self):
        self._sk_deliver()

    def _sk_on_returned(self, reason):
        self._sk_engine_write({"state": "returned", "return_note": reason})

    def _sk_on_refused(self, reason):
        self._sk_on_returned(reason)

    def _sk_deliver(self):
        """Send the report to its recipients, resolved now from the organisation."""
        recipients, notes = self._sk_checked_recipients()
        self._sk_engine_write(
            {
                "state": "sent",
                "recipient_ids": [fields.Command.set(recipients.ids)],
                "sent_on": fields.Datetime.now(),
            }
        )
        self._sk_close_own_activities(self.env._("Report sent"))
        # sudo: the recipients follow a report its sender (or a consulted official) may
        # not be allowed to change
        report = self.sudo()
        report.message_subscribe(partner_ids=recipients.user_id.partner_id.ids)
        # sudo: the report's own log and notification, whether or not its author has an
        # e-mail address (most ASN users of a Pemda have none)
        report.message_post(
            body=" ".join(
                sentence(text)
                for text in [
                    self.env._(
                        "Report sent to %(names)s", names=", ".join(recipients.mapped("name"))
                    ),
                    *notes,
                ]
            ),
            partner_ids=recipients.user_id.partner_id.ids,
            subtype_xmlid="mail.mt_note",
        )
        if self.requested_by_id in recipients.user_id:
            self._sk_schedule_due(self.requested_by_id, self.env._("Read the report you asked for"))

    def _sk_check_recipient(self):
        for report in self:
            if report.state != "sent" or self.env.user not in report.recipient_user_ids:
                raise UserError(self.env._("Only an official the report was sent to answers it."))

    def action_acknowledge(self):
        self._sk_check_recipient()
        self._sk_close_own_activities(self.env._("Report acknowledged"))
        self._sk_engine_write(
            {
                "state": "acknowledged",
                "acknowledged_by_id": self.env.user.id,
                "acknowledged_on": fields.Datetime.now(),
            }
        )
        return True

    def action_send_back(self):
        self._sk_check_recipient()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Return the Report"),
            "res_model": "sk.report.return.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_report_ids": self.ids},
        }

    def _sk_send_back(self, note):
        self._sk_check_recipient()
        if not (note or "").strip():
            raise UserError(self.env._("Say what the report lacks."))
        self._sk_close_own_activities(self.env._("Report returned"))
        for report in self:
            report._sk_engine_write({"state": "returned", "return_note": note})
            if report.author_id.user_id:
                report._sk_schedule_due(
                    report.author_id.user_id, self.env._("Complete the returned report"), note
                )

    # ------------------------------------------------------------------
    # Activities: a due report is done by sending it, never by ticking it
    # ------------------------------------------------------------------
    def _sk_schedule_due(self, user, summary, note=""):
        # sudo: the author gets the activity on a report the scheduler may not follow
        self.sudo().activity_schedule(
            "odoo_sistem_kerja.mail_activity_type_report",
            date_deadline=self.deadline or fields.Date.context_today(self),
            summary=summary,
            note=note,
            user_id=user.id,
        )

    def _sk_close_own_activities(self, feedback):
        activity_type = self.env.ref("odoo_sistem_kerja.mail_activity_type_report")
        # sudo: the report's due activities are closed by sending it
        activities = self.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == activity_type
        )
        activities.with_context(sk_report_sent=True)._sk_done_by_workflow(feedback)

    def _sk_workflow_activities(self, activities):
        """Activities only the workflow closes: the consultation steps still to decide and
        the due-report activities of unsent reports."""
        steps = super()._sk_workflow_activities(activities)
        activity_type = self.env.ref("odoo_sistem_kerja.mail_activity_type_report")
        open_reports = self.browse(activities.mapped("res_id")).filtered(
            lambda r: r.state in self._sk_open_states
        )
        return steps | activities.filtered(
            lambda a: a.activity_type_id == activity_type and a.res_id in open_reports.ids
        )

    # ------------------------------------------------------------------
    # Periodic reports
    # ------------------------------------------------------------------
    @api.model
    def _cron_draft_due_reports(self):
        """The report of the running period is drafted, with one "report due" activity for
        its author: the Ketua of each active team (PJ-03), and each employee assigned alone
        by an active Penugasan (PJ-01), on the cadence of the team or assignment."""
        today = fields.Date.context_today(self)
        teams = self.env["sk.team"].search(
            [("state", "=", "active"), ("report_cadence", "!=", "none"), ("ketua_id", "!=", False)]
        )
        assignments = self.env["sk.penugasan"].search(
            [("state", "=", "active"), ("form", "=", "individu"), ("report_cadence", "!=", "none")]
        )
        due = [(team, "team", team.ketua_id) for team in teams] + [
            (assignment, "individual", employee)
            for assignment in assignments
            for employee in assignment.employee_ids
        ]
        existing = {
            (report.team_id or report.penugasan_id, report.author_id, report.date_from)
            for report in self.search(
                [
                    ("kind", "in", ("team", "individual")),
                    "|",
                    ("team_id", "in", teams.ids),
                    ("penugasan_id", "in", assignments.ids),
                    ("requested_by_id", "=", False),
                ]
            )
        }
        values = []
        for subject, kind, author in due:
            first, last = cadence_period(subject.report_cadence, today)
            if (subject.date_end and first > subject.date_end) or (
                subject,
                author,
                first,
            ) in existing:
                continue
            days = subject.company_id._sk_profile().report_days
            values.append(
                {
                    "company_id": subject.company_id.id,
                    "kind": kind,
                    "team_id": subject.id if kind == "team" else False,
                    "penugasan_id": subject.id if kind == "individual" else False,
                    "author_id": author.id,
                    "date_from": first,
                    "date_to": last,
                    "deadline": last + timedelta(days=days),
                }
            )
        reports = self.create(values)
        for report in reports.filtered("author_id.user_id"):
            report._sk_schedule_due(
                report.author_id.user_id,
                self.env._(
                    "Report of %(subject)s due",
                    subject=(report.team_id or report.penugasan_id).name,
                ),
            )
        return reports


class SkReportSubject(models.AbstractModel):
    """What is reported on periodically: a Tim Kerja or an individual Penugasan."""

    _name = "sk.report.subject.mixin"
    _description = "Reported Work"

    report_cadence = fields.Selection(
        CADENCES,
        string="Reporting",
        default=lambda self: self.env.company._sk_profile().report_cadence,
        required=True,
        help="How often the work is reported (PJ-01, PJ-03): the report of each period is "
        "drafted for the Ketua or the employee assigned, with a reminder.",
    )

    def _sk_reports_action(self, domain, context):
        action = self.env["ir.actions.act_window"]._for_xml_id("odoo_sistem_kerja.sk_report_action")
        action.update(domain=domain, context=context)
        return action


class SkPenugasan(models.Model):
    _name = "sk.penugasan"
    _inherit = ["sk.penugasan", "sk.report.subject.mixin"]
    # the reporting cadence of an active assignment may change
    _sk_unlocked_fields = frozenset({"report_cadence"})

    report_ids = fields.One2many("sk.report", "penugasan_id", string="Reports")

    def action_sk_view_reports(self):
        self.ensure_one()
        return self._sk_reports_action(
            [("penugasan_id", "=", self.id)],
            {"default_penugasan_id": self.id, "default_kind": "individual"},
        )


class SkTeam(models.Model):
    _name = "sk.team"
    _inherit = ["sk.team", "sk.report.subject.mixin"]
    # the reporting cadence of an established team may change
    _sk_unlocked_fields = frozenset({"report_cadence"})

    report_ids = fields.One2many("sk.report", "team_id", string="Reports")

    def action_sk_request_report(self):
        """The Pimpinan Unit asks the Ketua or a member for a report at any time (PJ-04)."""
        self.ensure_one()
        self.check_access("write")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Ask for a Report"),
            "res_model": "sk.report.request.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_team_id": self.id, "default_employee_id": self.ketua_id.id},
        }

    def action_sk_view_reports(self):
        self.ensure_one()
        return self._sk_reports_action([("team_id", "=", self.id)], {"default_team_id": self.id})


class SkApprovalRoute(models.Model):
    _inherit = "sk.approval.route"

    kind = fields.Selection(
        selection_add=[("recommendation", "Rekomendasi Penilaian")],
        ondelete={"recommendation": "cascade"},
    )
