from collections import Counter

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .hr_employee import EDUCATION_LEVELS, PREDIKAT_KINERJA
from .sk_approval_route import SCOPES

TEAM_STATES = [
    ("draft", "Draft"),
    ("verification", "In Verification"),
    ("active", "Ditetapkan"),
    ("done", "Selesai"),
    ("dissolved", "Dibubarkan"),
]
NATURES = [
    ("rutin", "Routine"),
    ("insidental", "Incidental"),
    ("mandated", "Mandated by law"),
]
EDUCATION_ORDER = [code for code, _label in EDUCATION_LEVELS]
PREDIKAT_ORDER = [code for code, _label in reversed(PREDIKAT_KINERJA)]


class SkTeam(models.Model):
    """A Tim Kerja: JF and pelaksana working together on a unit's performance target."""

    _name = "sk.team"
    _description = "Tim Kerja"
    _inherit = ["mail.thread", "mail.activity.mixin", "sk.letter.mixin"]
    _sk_register_unit_field = "owner_department_id"
    _order = "date_start desc, id desc"
    _check_company_auto = True
    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    owner_department_id = fields.Many2one(
        "hr.department",
        string="Unit Pemilik Kinerja",
        required=True,
        tracking=True,
        check_company=True,
        index=True,
    )
    perangkat_daerah_id = fields.Many2one(
        related="owner_department_id.sk_perangkat_daerah_id", store=True, index=True
    )
    owner_employee_id = fields.Many2one(
        "hr.employee",
        string="Pejabat Pemilik Kinerja",
        required=True,
        tracking=True,
        help="Head of the unit that owns the performance target and forms the team.",
    )
    grouping = fields.Char(
        string="Group", help="Sekretariat, Bidang or Kelompok under which the SK lists the team."
    )
    scope = fields.Selection(SCOPES, compute="_compute_scope", store=True)
    nature = fields.Selection(NATURES, required=True, default="rutin", tracking=True)
    description = fields.Html(string="Purpose and Scope of Work")
    date_start = fields.Date(string="From", required=True, tracking=True)
    date_end = fields.Date(string="Until", required=True, tracking=True)
    state = fields.Selection(
        TEAM_STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )
    member_ids = fields.One2many("sk.team.member", "team_id", string="Members", copy=True)
    ketua_id = fields.Many2one(
        "hr.employee", compute="_compute_leaders", store=True, string="Ketua Tim"
    )
    koordinator_id = fields.Many2one(
        "hr.employee", compute="_compute_leaders", store=True, string="Koordinator Tim"
    )
    member_count = fields.Integer(compute="_compute_leaders", store=True)
    member_company_ids = fields.Many2many(
        "res.company",
        compute="_compute_member_company_ids",
        store=True,
        string="Member Companies",
        help="Companies the members come from (cross-PD teams are visible to both sides).",
    )
    member_user_ids = fields.Many2many(
        "res.users",
        "sk_team_member_user_rel",
        compute="_compute_member_company_ids",
        store=True,
        string="Member Users",
    )
    check_warnings = fields.Text(compute="_compute_check_warnings")
    end_reason = fields.Text(string="Reason for Dissolving", tracking=True)
    letter_number = fields.Char(
        copy=False,
        tracking=True,
        readonly=True,
        help="Number of the SK (or team letter), issued on establishment.",
    )
    letter_date = fields.Date(copy=False, readonly=True)
    verification_recommendation = fields.Text(
        string="Recommendation of the Tim Verifikasi",
        copy=False,
        readonly=True,
        tracking=True,
        help="Given by the Tim Verifikasi when it approves the proposed team (Perwali Langsa "
        "48/2024 Pasal 11(3)).",
    )
    can_manage = fields.Boolean(
        compute="_compute_can_manage",
        help="Whether the user may submit, close or dissolve the team (its owning unit's "
        "head, or the Admin Kepegawaian).",
    )
    at_verifier_step = fields.Boolean(
        compute="_compute_at_verifier_step",
        help="The current step is the Tim Verifikasi's, which approves with a recommendation.",
    )
    decree_id = fields.Many2one(
        "sk.letter",
        string="Established in SK",
        copy=False,
        readonly=True,
        help="The SK of the Perangkat Daerah that now establishes this team with others; the "
        "team's own SK reads as replaced.",
    )

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {
            "letter_number",
            "letter_date",
            "end_reason",
            "decree_id",
            "verification_recommendation",
        }

    @api.depends("member_ids.role", "member_ids.employee_id")
    def _compute_leaders(self):
        for team in self:
            team.ketua_id = team.member_ids.filtered(lambda m: m.role == "ketua")[:1].employee_id
            team.koordinator_id = team.member_ids.filtered(lambda m: m.role == "koordinator")[
                :1
            ].employee_id
            team.member_count = len(team.member_ids)

    @api.depends("member_ids.employee_id.company_id", "member_ids.employee_id.user_id")
    def _compute_member_company_ids(self):
        for team in self:
            team.member_company_ids = team.member_ids.employee_id.company_id
            team.member_user_ids = team.member_ids.employee_id.user_id

    @api.depends(
        "owner_department_id", "member_ids.home_department_id", "member_ids.external_instansi"
    )
    def _compute_scope(self):
        for team in self:
            team.scope = team._sk_scope_of(team.member_ids)

    def _sk_scope_of(self, members):
        owner_pd = self.owner_department_id.sk_perangkat_daerah_id
        if any(m.external_instansi for m in members):
            return "lintas_instansi"
        if any(
            m.home_department_id.sk_perangkat_daerah_id != owner_pd
            for m in members.filtered("home_department_id")
        ):
            return "lintas_pd"
        if any(m.home_department_id != self.owner_department_id for m in members):
            return "lintas_unit"
        return "unit"

    @api.depends(
        "member_ids.role",
        "member_ids.employee_id",
        "owner_employee_id",
        "date_start",
        "date_end",
    )
    def _compute_check_warnings(self):
        for team in self:
            team.check_warnings = "\n".join(msg for _lvl, msg in team._sk_issues()) or False

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for team in self:
            if team.date_end < team.date_start:
                raise ValidationError(self.env._("A team cannot end before it starts."))

    @api.constrains("owner_department_id", "owner_employee_id")
    def _check_owner(self):
        """The Pejabat Pemilik Kinerja heads the unit pemilik kinerja (the nearest filled
        head post above a vacant one), or acts for that head as Plt./Plh."""
        Representation = self.env["sk.representation"]
        for team in self:
            _unit, head, _vacant = team.owner_department_id._sk_find_head()
            acting = Representation._sk_for(head).representative_id if head else head
            if team.owner_employee_id not in head | acting:
                raise ValidationError(
                    self.env._(
                        "%(owner)s does not head %(unit)s: the Pejabat Pemilik Kinerja of a "
                        "team is the head of its unit pemilik kinerja (%(head)s).",
                        owner=team.owner_employee_id.name,
                        unit=team.owner_department_id.name,
                        head=head.name or "-",
                    )
                )

    # ------------------------------------------------------------------
    # Rules of the regulation profile
    # ------------------------------------------------------------------
    def _sk_profile(self):
        return self.company_id._sk_profile()

    def _sk_issues(self):
        """Broken team rules as (level, message) under the company's profile."""
        self.ensure_one()
        profile = self._sk_profile()
        issues = []

        def add(level, message):
            if level != "off" and message:
                issues.append((level, message))

        ketuas = self.member_ids.filtered(lambda m: m.role == "ketua")
        if len(ketuas) > 1:
            add(profile.check_ketua, self.env._("A team has at most one Ketua Tim."))
        for ketua in ketuas:
            if ketua.employee_id and ketua.employee_id.sk_jenis_jabatan not in (
                "fungsional",
                "pelaksana",
            ):
                add(
                    profile.check_ketua,
                    self.env._(
                        "The Ketua Tim %(name)s must be a JF or a pelaksana.",
                        name=ketua.display_name,
                    ),
                )
            if self.scope != "unit" and ketua.home_department_id != self.owner_department_id:
                add(
                    profile.check_ketua_home_unit,
                    self.env._(
                        "In a team across units the Ketua Tim should come from the unit "
                        "pemilik kinerja (%(unit)s).",
                        unit=self.owner_department_id.name,
                    ),
                )
            add(profile.check_ketua_criteria, self._sk_ketua_criteria_issue(ketua, profile))
        for koordinator in self.member_ids.filtered(lambda m: m.role == "koordinator"):
            add(
                profile.check_ketua_criteria,
                self._sk_koordinator_issue(koordinator, profile),
            )
        if self.owner_employee_id.sk_is_ketua_tim_substansi:
            add(
                "block",
                self.env._(
                    "%(name)s coordinates as Ketua Tim Kerja Substansi and cannot form a Tim "
                    "Kerja.",
                    name=self.owner_employee_id.name,
                ),
            )
        employees = self.member_ids.employee_id
        # this team counts once established
        adding = Counter(employees.ids if self.state != "active" else [])
        for message in employees._sk_workload_issues(profile, adding).values():
            add(profile.check_workload, message)
        return issues

    def _sk_ketua_criteria_issue(self, ketua, profile):
        # sudo: HR-only criteria (education, predicate) of the Ketua
        employee = ketua.employee_id.sudo()
        if not employee:
            return None
        missing = []
        if _below(employee.sk_education_level, profile.ketua_min_education, EDUCATION_ORDER):
            missing.append(
                self.env._(
                    "education at least %(level)s", level=profile.ketua_min_education.upper()
                )
            )
        if (
            employee.sk_jenis_jabatan == "pelaksana"
            and employee.sk_kelas_jabatan < profile.ketua_min_kelas_pelaksana
        ):
            missing.append(
                self.env._(
                    "kelas jabatan at least %(kelas)s", kelas=profile.ketua_min_kelas_pelaksana
                )
            )
        missing += self._sk_predicate_missing(employee, profile)
        if not missing:
            return None
        return self.env._(
            "%(name)s does not meet the Ketua Tim criteria: %(missing)s.",
            name=employee.name,
            missing=", ".join(missing),
        )

    def _sk_koordinator_issue(self, koordinator, profile):
        # sudo: same for the Koordinator
        employee = koordinator.employee_id.sudo()
        if not profile.allow_koordinator:
            return self.env._("The regulation profile has no Koordinator Tim Kerja.")
        missing = []
        if employee.sk_jenis_jabatan != "fungsional":
            missing.append(self.env._("a JF"))
        if _below(employee.sk_education_level, profile.koordinator_min_education, EDUCATION_ORDER):
            missing.append(
                self.env._(
                    "education at least %(level)s", level=profile.koordinator_min_education.upper()
                )
            )
        if employee.sk_jenjang_id.rank < profile.koordinator_min_jenjang_id.rank:
            missing.append(
                self.env._(
                    "jenjang at least %(jenjang)s", jenjang=profile.koordinator_min_jenjang_id.name
                )
            )
        missing += self._sk_predicate_missing(employee, profile)
        if not missing:
            return None
        return self.env._(
            "%(name)s does not meet the Koordinator Tim Kerja criteria: %(missing)s.",
            name=employee.name,
            missing=", ".join(missing),
        )

    def _sk_predicate_missing(self, employee, profile):
        year = fields.Date.context_today(self).year
        recent = employee.sk_predikat_year and employee.sk_predikat_year >= year - 1
        if not recent or _below(
            employee.sk_predikat_kinerja, profile.ketua_min_predikat, PREDIKAT_ORDER
        ):
            return [
                self.env._(
                    "a performance predicate of at least %(predikat)s last year",
                    predikat=dict(PREDIKAT_KINERJA)[profile.ketua_min_predikat],
                )
            ]
        return []

    def _sk_raise_blocking(self):
        for team in self:
            issues = team._sk_issues()
            blocking = [msg for level, msg in issues if level == "block"]
            if blocking:
                raise ValidationError("\n".join(blocking))
            warnings = [msg for level, msg in issues if level == "warn"]
            if warnings:
                # sudo: the warnings are logged whether or not the user has an e-mail address
                team.sudo().message_post(body="\n".join(warnings))

    # ------------------------------------------------------------------
    # Approval (establishment) and lifecycle
    # ------------------------------------------------------------------
    def _sk_route(self):
        route = self._sk_profile()._sk_route("team", form=None)
        if not route:
            raise UserError(self.env._("The regulation profile has no route to establish teams."))
        return route

    def _sk_role_context(self):
        return {
            "owner_unit": self.owner_department_id,
            "home_unit": self.owner_department_id,
            "employee": self.owner_employee_id,
            "requester": self.owner_employee_id,
        }

    def action_submit(self):
        self.check_access("write")  # the owning unit's head (or the Admin Kepegawaian)
        return self._sk_submit()

    def _sk_submit(self):
        """Send the teams for establishment; the caller checked who may."""
        for team in self:
            if team.state != "draft":
                raise UserError(self.env._("Only a draft team can be submitted."))
            if not team.member_ids:
                raise UserError(self.env._("Add the members of the team first."))
            team._sk_raise_blocking()
            for member in team.member_ids.filtered("employee_id"):
                member.employee_id._sk_check_kedudukan_for_assignment(team.date_start)
        self._sk_engine_write({"state": "verification", "verification_recommendation": False})
        self._sk_start_approval()
        return True

    def _sk_verification_details(self):
        return {"to": self.name, "subject": self.description or "", "tmt": self.date_start}

    def _sk_replaced_by(self):
        return self.decree_id

    def _sk_letter_numbering(self):
        return "team", self.owner_department_id

    def _sk_on_approved(self):
        self._sk_engine_write({"state": "active", **self._sk_number_values()})

    def _sk_on_refused(self, reason):
        self._sk_engine_write({"state": "draft"})

    def _sk_on_returned(self, reason):
        self._sk_engine_write({"state": "draft"})

    def _sk_inbox_summary(self):
        return self.env._(
            "%(count)s member(s), Ketua %(ketua)s",
            count=len(self.member_ids),
            ketua=self.ketua_id.name or "-",
        )

    def action_done(self):
        self.check_access("write")
        if self.filtered(lambda t: t.state != "active"):
            raise UserError(self.env._("Only an established team can be closed."))
        self._sk_engine_write({"state": "done"})
        return True

    def _sk_reason_handlers(self):
        return dict(
            super()._sk_reason_handlers(),
            dissolve=self._sk_dissolve,
            recommend=self._sk_recommend,
        )

    @api.depends("state", "approval_line_ids.state")
    def _compute_at_verifier_step(self):
        for team in self:
            # sudo: the kind of step the team waits for, shown to whoever may read the team
            team.at_verifier_step = team.sudo().current_line_id.actor_role == "verifier"

    def _sk_before_approve(self, line):
        if line.actor_role == "verifier" and not self.verification_recommendation:
            raise UserError(
                self.env._(
                    "The Tim Verifikasi approves %(team)s with its recommendation: use "
                    "Recommend.",
                    team=self.display_name,
                )
            )

    def action_recommend(self):
        return self._sk_reason_wizard("recommend")

    def _sk_recommend(self, recommendation):
        """The Tim Verifikasi recommends the proposed team: the recommendation is kept on
        the team and its step is approved."""
        self._sk_check_reason(
            recommendation, self.env._("Write the recommendation of the Tim Verifikasi.")
        )
        self._sk_check_can_decide()
        for team in self:
            if not team.at_verifier_step:
                raise UserError(
                    self.env._(
                        "%(team)s is not waiting for the Tim Verifikasi.", team=team.display_name
                    )
                )
            team._sk_engine_write({"verification_recommendation": recommendation})
        return self.action_approve()

    def _sk_dissolve(self, reason):
        self.check_access("write")
        self._sk_check_reason(reason, self.env._("Give the reason for dissolving the team."))
        for team in self:
            if team.state not in ("verification", "active"):
                raise UserError(self.env._("Only an established team can be dissolved."))
            team._sk_cancel_approval()
            team._sk_engine_write({"state": "dissolved", "end_reason": reason})

    @api.onchange("owner_department_id")
    def _onchange_owner_department_id(self):
        """The head of the unit (or, when vacant, the head above) owns the team."""
        if self.owner_department_id:
            self.owner_employee_id = self.owner_department_id._sk_find_head()[1]

    @api.depends_context("uid")
    def _compute_can_manage(self):
        for team in self:
            team.can_manage = not team._origin or team._origin.has_access("write")

    def action_dissolve(self):
        self.check_access("write")
        return self._sk_reason_wizard("dissolve", check_decider=False)

    def action_sk_prepare_sk(self):
        """Draft one SK per Perangkat Daerah covering the selected established teams."""
        teams = self.filtered(lambda t: t.state in ("active", "done"))
        if not teams:
            raise UserError(self.env._("Select established Tim Kerja."))
        letters = self.env["sk.letter"].create(
            [
                {
                    "letter_type": "sk_tim_kerja",
                    "company_id": pd_teams.company_id[:1].id,
                    "department_id": pd.id,
                    "team_ids": [fields.Command.set(pd_teams.ids)],
                }
                for pd, pd_teams in teams.grouped("perangkat_daerah_id").items()
            ]
        )
        return letters._sk_action_open(letters)

    @api.model
    def _cron_close_finished(self):
        today = fields.Date.context_today(self)
        self.search([("state", "=", "active"), ("date_end", "<", today)])._sk_engine_write(
            {"state": "done"}
        )


def _below(value, minimum, order):
    """Whether ``value`` ranks below ``minimum`` in ``order`` (lowest first)."""
    if not minimum:
        return False
    if not value:
        return True
    return order.index(value) < order.index(minimum)


class SkApprovalRoute(models.Model):
    _inherit = "sk.approval.route"

    kind = fields.Selection(selection_add=[("team", "Tim Kerja")], ondelete={"team": "cascade"})
