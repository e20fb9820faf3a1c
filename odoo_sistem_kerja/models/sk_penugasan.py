from collections import Counter

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .sk_approval_mixin import bulk_notification
from .sk_approval_route import FORMS, METHODS, SCOPES
from .sk_sealed_mixin import engine_writes
from .sk_team import NATURES

PENUGASAN_STATES = [
    ("draft", "Draft"),
    ("submitted", "In Approval"),
    ("returned", "Returned for Revision"),
    ("refused", "Refused"),
    ("active", "Active"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]


class SkPenugasan(models.Model):
    """A request to assign JF or pelaksana, approved step by step by the officials the
    company's regulation profile names for its method and scope."""

    _name = "sk.penugasan"
    _description = "Penugasan"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.letter.mixin"]
    _sk_register_unit_field = "owner_department_id"
    _sk_register_numbers = (
        ("request", "request_number", "request_date"),
        ("answer", "answer_number", "answer_date"),
    )
    _order = "id desc"
    _check_company_auto = True
    _sk_open_states = ("draft", "returned")
    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/", index=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    form = fields.Selection(FORMS, required=True, default="individu", tracking=True)
    method = fields.Selection(METHODS, required=True, default="penunjukan", tracking=True)
    scope = fields.Selection(
        SCOPES,
        compute="_compute_scope",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        tracking=True,
    )
    requester_employee_id = fields.Many2one(
        "hr.employee",
        string="Requester",
        required=True,
        default=lambda self: self.env.user.employee_id,
        tracking=True,
    )
    owner_department_id = fields.Many2one(
        "hr.department",
        string="Unit Pemilik Kinerja",
        required=True,
        tracking=True,
        index=True,
        check_company=True,
        help="The unit whose performance the assignment serves.",
    )
    target_department_id = fields.Many2one(
        "hr.department",
        string="Unit Asal",
        tracking=True,
        index=True,
        help="The unit where the JF or pelaksana sits.",
    )
    target_company_id = fields.Many2one(
        related="target_department_id.company_id", store=True, string="Target Company"
    )
    external_instansi = fields.Char(string="Other Instansi", tracking=True)
    employee_ids = fields.Many2many(
        "hr.employee", string="Assigned", tracking=True, help="The JF or pelaksana assigned."
    )
    team_id = fields.Many2one("sk.team", string="Tim Kerja", tracking=True, index=True)
    open_call_id = fields.Many2one(
        "sk.open.call", string="Open Call", tracking=True, index=True, ondelete="restrict"
    )
    maksud_tujuan = fields.Text(string="Maksud dan Tujuan")
    kompetensi = fields.Text(string="Kompetensi, Keahlian, Keterampilan Needed")
    ekspektasi = fields.Text(string="Ekspektasi / Target Kinerja")
    pengaturan = fields.Text(
        string="Pengaturan, Kualitas dan Akselerasi",
        help="Arrangements for quality and acceleration of the target (Perwali Langsa).",
    )
    nature = fields.Selection(NATURES, required=True, default="rutin", tracking=True)
    date_start = fields.Date(string="From", tracking=True)
    date_end = fields.Date(string="Until", tracking=True)
    can_cancel = fields.Boolean(
        compute="_compute_can_cancel", help="Whether the user may cancel the request now."
    )
    state = fields.Selection(
        PENUGASAN_STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )
    acknowledged_date = fields.Datetime(string="Received By the Employee", copy=False)
    can_acknowledge = fields.Boolean(
        compute="_compute_can_acknowledge",
        help="The current user is assigned and has not " "yet received the active assignment.",
    )
    letter_number = fields.Char(
        copy=False, tracking=True, readonly=True, help="Issued when the assignment is approved."
    )
    letter_date = fields.Date(copy=False, readonly=True)
    request_number = fields.Char(
        string="Request Letter Number",
        copy=False,
        readonly=True,
        help="Number of the surat permohonan pelibatan, issued when the request is sent.",
    )
    request_date = fields.Date(string="Request Letter Date", copy=False, readonly=True)
    answer_number = fields.Char(
        string="Answer Letter Number",
        copy=False,
        readonly=True,
        help="Number of the surat jawaban (persetujuan or penolakan), issued at the decision.",
    )
    answer_date = fields.Date(string="Answer Letter Date", copy=False, readonly=True)
    correspondence = fields.Boolean(
        string="Written Correspondence",
        copy=False,
        readonly=True,
        help="A request across units, Perangkat Daerah or instansi is sent as a surat "
        "permohonan and answered by letter; not when the official who answers it is the "
        "requester (a Camat assigning within his Kecamatan).",
    )
    cancel_reason = fields.Text(copy=False, tracking=True)
    can_name_assignees = fields.Boolean(
        compute="_compute_can_name_assignees",
        help="The current step asks the user to name the JF or pelaksana.",
    )

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {
            "letter_number",
            "letter_date",
            "request_number",
            "request_date",
            "answer_number",
            "answer_date",
            "correspondence",
            "acknowledged_date",
            "cancel_reason",
        }

    @api.depends_context("uid")
    @api.depends("state", "approval_line_ids.state", "approval_line_ids.approver_user_id")
    def _compute_can_name_assignees(self):
        for request in self:
            line = request.sudo().current_line_id  # sudo: the step the user decides
            request.can_name_assignees = (
                request.state == "submitted"
                and line.selects_assignee
                and request._sk_user_may_decide(line, self.env.user)
            )

    def _sk_editable_fields(self):
        """The approver of the step that names the assignees names them, at that step."""
        if self.can_name_assignees:
            return frozenset({"employee_ids"})
        return super()._sk_editable_fields()

    def _sk_may_decide_at_once(self, line):
        return not (line.selects_assignee and not self.employee_ids)

    @api.depends("owner_department_id", "target_department_id", "external_instansi")
    def _compute_scope(self):
        for request in self:
            request.scope = self._sk_scope_of(
                request.owner_department_id,
                request.target_department_id,
                bool(request.external_instansi),
            )

    @api.model
    def _sk_scope_of(self, owner, target, external=False):
        """The scope of a request of ``owner`` for an employee of ``target``."""
        if external:
            return "lintas_instansi"
        if not target or target == owner:
            return "unit"
        if target.sk_perangkat_daerah_id != owner.sk_perangkat_daerah_id:
            return "lintas_pd"
        return "lintas_unit"

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code("sk.penugasan") or "/"
        return super().create(vals_list)

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for request in self:
            if request.date_start and request.date_end and request.date_end < request.date_start:
                raise ValidationError(self.env._("An assignment cannot end before it starts."))

    # ------------------------------------------------------------------
    # Engine hooks
    # ------------------------------------------------------------------
    def _sk_profile(self):
        return self.company_id._sk_profile()

    def _sk_route(self):
        route = self._sk_profile()._sk_route("penugasan", self.method, self.scope, self.form)
        if not route:
            raise UserError(
                self.env._(
                    "The regulation profile allows no %(method)s %(scope)s: there is no "
                    "approval route for it.",
                    method=dict(self._fields["method"]._description_selection(self.env))[
                        self.method
                    ],
                    scope=dict(self._fields["scope"]._description_selection(self.env))[
                        self.scope
                    ].lower(),
                )
            )
        return route

    def _sk_role_context(self):
        employee = self.employee_ids[:1]
        return {
            "owner_unit": self.owner_department_id,
            "home_unit": self.target_department_id or employee.department_id,
            "employee": employee,
            "requester": self.requester_employee_id,
        }

    def _sk_before_approve(self, line):
        if line.selects_assignee and not self.employee_ids:
            raise UserError(
                self.env._(
                    "Name the JF or pelaksana to assign before approving %(record)s.",
                    record=self.display_name,
                )
            )

    def _sk_finish(self):
        self._sk_check_workload()
        return super()._sk_finish()

    def _sk_check_workload(self):
        """The workload threshold for everyone these approvals assign, counted once for the
        set: two requests approved together for one employee count each other."""
        for records in self.grouped("company_id").values():
            profile = records[0]._sk_profile()
            adding = Counter(employee.id for record in records for employee in record.employee_ids)
            overloaded = records.employee_ids._sk_workload_issues(profile, adding)
            for record in records:
                for message in filter(None, map(overloaded.get, record.employee_ids)):
                    if profile.check_workload == "block":
                        raise UserError(message)
                    record.message_post(body=message)

    def _sk_on_approved(self):
        self.open_call_id._sk_check_quota_before_accepting()
        for employee in self.employee_ids:
            employee._sk_check_kedudukan_for_assignment(self.date_start)
        # the answer is written before the assignment letter, in the same register
        values = {"state": "active", **self._sk_answer_values()}
        self._sk_engine_write({**values, **self._sk_number_values()})
        self.open_call_id._sk_close_when_full()
        if self.team_id:
            self._sk_join_team()
            if self.team_id.state == "draft" and self._sk_decided_lines().filtered(
                "establishes_team"
            ):
                # the step set the SK Tim Kerja: the team is sent with the same decision,
                # which decides the team's own step when it is the same official's
                self.team_id._sk_submit()
        for employee in self.employee_ids.filtered("user_id"):
            # sudo: the assignee is asked to acknowledge a record the approver may not follow
            self.sudo().activity_schedule(
                "odoo_sistem_kerja.mail_activity_type_penerimaan",
                user_id=employee.user_id.id,
                summary=self.env._("Receive the assignment %(ref)s", ref=self.name),
            )

    def _sk_join_team(self):
        # sudo: the approved assignee joins a team of another unit
        Member = self.env["sk.team.member"].sudo()
        present = self.team_id.member_ids.employee_id
        Member.create(
            [
                {"team_id": self.team_id.id, "employee_id": employee.id, "penugasan_id": self.id}
                for employee in self.employee_ids - present
            ]
        )

    # the correspondence of a request across a boundary: report -> the field of its number
    _SK_CORRESPONDENCE = {
        "odoo_sistem_kerja.report_permohonan_pelibatan": "request_number",
        "odoo_sistem_kerja.report_jawaban_pelibatan": "answer_number",
    }

    def _sk_document_number(self, report_name):
        field = self._SK_CORRESPONDENCE.get(report_name)
        return self[field] if field else super()._sk_document_number(report_name)

    def _sk_correspondence_letter(self, report_name):
        """The surat permohonan or jawaban as its report prints it (its signature block)."""
        report = self.env[f"report.{report_name}"]
        return report._sk_letter(self, report._sk_kind)

    def _sk_tte_signer_of(self, report):
        """The requester signs the surat permohonan, the official who answered the jawaban."""
        if report.report_name == "odoo_sistem_kerja.report_permohonan_pelibatan":
            # sudo: the requester signs whoever prints
            return self.sudo().requester_employee_id
        if report.report_name == "odoo_sistem_kerja.report_jawaban_pelibatan":
            return self._sk_answering_line()._sk_signing_person()
        return super()._sk_tte_signer_of(report)

    def _sk_signature_of(self, report):
        if report.report_name in self._SK_CORRESPONDENCE:
            return self._sk_correspondence_letter(report.report_name)["sender"]
        return super()._sk_signature_of(report)

    def _sk_tte_candidates(self):
        # the requester signs the surat permohonan without deciding a step
        return [
            "|",
            ("requester_employee_id.user_id", "=", self.env.uid),
        ] + super()._sk_tte_candidates()

    def _sk_verification_details(self):
        return {
            "to": ", ".join(self.employee_ids.mapped("name")),
            "subject": self.maksud_tujuan or "",
            "tmt": self.date_start,
        }

    def _sk_register_details(self, kind):
        if kind == "request":
            first = self.sudo()._sk_round_lines().sorted("sequence")[:1]  # sudo: the addressee
            return self.maksud_tujuan or "", first.official_id._sk_position_title() or ""
        if kind == "answer":
            return self.maksud_tujuan or "", self._sk_answer_addressee()._sk_position_title()
        return super()._sk_register_details(kind)

    def _sk_letter_numbering(self):
        return ("team" if self.form == "tim" else "individual"), self.owner_department_id

    def _sk_on_submitted(self):
        """A request across a boundary is a surat permohonan, numbered when sent, unless
        the official who answers it is the requester: nobody writes to themselves."""
        lines = self.approval_line_ids.filtered(lambda ln: ln.round == self.approval_round)
        step = lines.filtered("signs_answer")[:1] or lines.sorted("sequence")[:1]
        answerer = self._sk_resolve_role(step.actor_role)[0] if step else None
        correspondence = self.scope != "unit" and answerer != self.requester_employee_id
        values = {"correspondence": correspondence}
        if correspondence and not self.request_number:
            values.update(self._sk_correspondence_values("request", self.owner_department_id))
        self._sk_engine_write(values)
        if correspondence:
            self._sk_tte_ask()  # the requester signs the surat permohonan as it is sent

    def _sk_answering_line(self):
        """The decision the surat jawaban carries: a refusal, else the step the route marks
        as answering, else the first decision."""
        decided = self._sk_decided_lines(("approved", "refused"))
        return (
            decided.filtered(lambda ln: ln.state == "refused")[:1]
            or decided.filtered("signs_answer")[:1]
            or decided[:1]
        )

    def _sk_answer_addressee(self):
        """Whom the surat jawaban is addressed to: the step the route marks, else the
        requester."""
        line = self._sk_decided_lines().filtered("receives_answer")[:1]
        # sudo: the addressee is printed for whoever may print the letter
        return line.official_id or self.sudo().requester_employee_id

    def _sk_answering_unit(self):
        return self.target_department_id or self.owner_department_id

    def _sk_answer_values(self):
        """Number and date of the surat jawaban, when the request is written to."""
        if not self.correspondence or self.answer_number:
            return {}
        return self._sk_correspondence_values("answer", self._sk_answering_unit())

    def _sk_correspondence_values(self, letter, unit):
        """Number and date of the ``letter`` (request or answer) sent today by ``unit``."""
        today = fields.Date.context_today(self)
        number = self.env["sk.letter.number"]._sk_next(
            self.company_id, unit, "correspondence", today
        )
        return {f"{letter}_number": number, f"{letter}_date": today}

    def _sk_on_refused(self, reason):
        self._sk_engine_write({"state": "refused", **self._sk_answer_values()})

    def _sk_on_returned(self, reason):
        self._sk_engine_write({"state": "returned"})
        if self.requester_employee_id.user_id:
            # sudo: the requester is asked to revise
            self.sudo().activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=self.requester_employee_id.user_id.id,
                summary=self.env._("Revise and resubmit"),
                note=reason,
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def _sk_check_content(self):
        for request in self:
            if request.method == "sukarela":
                if request.employee_ids != request.requester_employee_id:
                    raise UserError(
                        self.env._("In a pengajuan sukarela the requester volunteers alone.")
                    )
            units = request.employee_ids.department_id
            if len(units) > 1:
                # each unit asal's head consents for their own people (spec 3.3): one request
                # per unit asal, so that its route asks the right heads
                raise UserError(
                    self.env._(
                        "%(record)s assigns people of several units (%(units)s): make one "
                        "request per unit asal, so that each unit's head decides on their own "
                        "people.",
                        record=request.display_name,
                        units=", ".join(units.mapped("name")),
                    )
                )
            if request.scope == "lintas_instansi" and not request.external_instansi:
                raise UserError(self.env._("Name the other instansi."))
            if request.form == "tim" and not request.team_id:
                raise UserError(self.env._("A team assignment names its Tim Kerja."))
            if request.date_start and request.date_end and request.date_end < request.date_start:
                raise UserError(self.env._("An assignment cannot end before it starts."))
            if request.scope == "unit" and request.date_start:
                continue
            missing = [
                request._fields[name].get_description(self.env)["string"]
                for name in ("maksud_tujuan", "kompetensi", "ekspektasi", "date_start", "date_end")
                if not request[name]
            ]
            if missing:
                raise UserError(
                    self.env._(
                        "Before submitting %(record)s, fill in: %(fields)s.",
                        record=request.display_name,
                        fields=", ".join(missing),
                    )
                )

    def action_submit(self):
        self.check_access("write")  # the requester, on a draft or returned request
        for request in self:
            if request.state not in self._sk_open_states:
                raise UserError(self.env._("Only a draft or returned request can be submitted."))
        self._sk_check_content()
        for request in self:
            # KED-10: placement before assignment, checked before anyone is asked to decide
            request.employee_ids._sk_check_kedudukan_for_assignment(request.date_start)
        self._sk_engine_write({"state": "submitted"})
        resubmitted = self.filtered("approval_round")  # a to-do exists only after a return
        for requester, requests in resubmitted.grouped(
            lambda r: r.requester_employee_id.user_id
        ).items():
            if requester:
                # sudo: the requester's own "revise and resubmit" to-do, done by resubmitting
                requests.sudo().activity_feedback(
                    ["mail.mail_activity_data_todo"],
                    user_id=requester.id,
                    feedback=self.env._("Resubmitted"),
                )
        self._sk_start_approval()
        return True

    @api.depends("state", "acknowledged_date", "employee_ids.user_id")
    @api.depends_context("uid")
    def _compute_can_acknowledge(self):
        for request in self:
            request.can_acknowledge = (
                request.state == "active"
                and not request.acknowledged_date
                and self.env.user in request.employee_ids.user_id
            )

    def action_acknowledge(self):
        for request in self:
            if not request.can_acknowledge:
                raise UserError(self.env._("Only the assigned employee receives an assignment."))
            request._sk_engine_write({"acknowledged_date": fields.Datetime.now()})
            # sudo: the assignee closes their own acknowledgement activity
            request.sudo().activity_ids.filtered(
                lambda a: a.user_id == self.env.user
                and a.activity_type_id
                == self.env.ref("odoo_sistem_kerja.mail_activity_type_penerimaan")
            ).action_feedback(feedback=self.env._("Assignment received"))
        return True

    def _sk_inbox_summary(self):
        return " – ".join(
            filter(None, [", ".join(self.employee_ids.mapped("name")), self.maksud_tujuan])
        )

    def action_cancel(self):
        self._sk_check_may_cancel()
        return self._sk_reason_wizard("cancel", check_decider=False)

    def _sk_reason_handlers(self):
        return dict(super()._sk_reason_handlers(), cancel=self._sk_cancel)

    @api.onchange("requester_employee_id")
    def _onchange_requester_employee_id(self):
        """The requester's own unit is the first guess of the unit pemilik kinerja."""
        if self.requester_employee_id and not self.owner_department_id:
            self.owner_department_id = self.requester_employee_id.department_id

    @api.depends("state", "requester_employee_id.user_id")
    @api.depends_context("uid")
    def _compute_can_cancel(self):
        for request in self:
            request.can_cancel = not request._sk_cancel_refusal()

    def _sk_cancel_refusal(self):
        """Why the user may not cancel this request (False when they may): the requester
        withdraws a request not yet decided; what was approved (and lettered) is cancelled
        by the Admin Kepegawaian only."""
        self.ensure_one()
        if self.state in ("done", "cancelled", "refused"):
            return self.env._("%(record)s is already closed.", record=self.display_name)
        if not self.env.user.has_group("odoo_sistem_kerja.group_sk_admin") and (
            self.state == "active" or self.requester_employee_id.user_id != self.env.user
        ):
            return self.env._(
                "Only the Admin Kepegawaian can cancel %(record)s: the requester may "
                "withdraw a request only before it is approved.",
                record=self.display_name,
            )
        return False

    def _sk_check_may_cancel(self):
        for request in self:
            refusal = request._sk_cancel_refusal()
            if refusal:
                raise UserError(refusal)

    def _sk_cancel(self, reason):
        self._sk_check_reason(reason, self.env._("Give the reason for cancelling."))
        self._sk_check_may_cancel()
        for request in self:
            request._sk_cancel_approval()
            with engine_writes():
                request.team_id.member_ids.filtered(
                    lambda m, r=request: m.penugasan_id == r
                    # sudo: the members it added leave a team the requester does not own
                ).sudo().unlink()
            request._sk_engine_write({"state": "cancelled", "cancel_reason": reason})

    def action_sk_bulk_approve(self):
        """Approve every selected request the user may decide; report the others."""
        decided, refused = self._sk_decide_each(lambda batch: batch.action_approve())
        return bulk_notification(self.env, decided, refused)

    def action_sk_bulk_refuse(self):
        """Refuse every selected request the user may decide, with one reason."""
        return self._sk_reason_wizard("refuse", check_decider=False)

    @api.model
    def _cron_close_finished(self):
        today = fields.Date.context_today(self)
        finished = self.search([("state", "=", "active"), ("date_end", "<", today)])
        finished._sk_engine_write({"state": "done"})


class SkApprovalRoute(models.Model):
    _inherit = "sk.approval.route"

    kind = fields.Selection(
        selection_add=[("penugasan", "Penugasan")], ondelete={"penugasan": "cascade"}
    )
