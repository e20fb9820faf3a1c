"""Mekanisme kerja on Odoo Project: an established Tim Kerja works in its own project, an
individual's kegiatan in the unit's project for the year; a kegiatan is a task linked to a
target of a Perjanjian Kinerja. Its result climbs the review chain of the profile through
the approval engine, and only the final acceptor's acceptance finishes it (spec §5, MK-01 to
MK-03)."""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .sk_sealed_mixin import in_engine

# task states that only the review chain gives a kegiatan (Odoo Project's own states)
REVIEW_STATES = frozenset({"02_changes_requested", "03_approved", "1_done"})
# what the review alone moves once a result is handed in or accepted (MK-01)
PLACE_FIELDS = frozenset({"state", "stage_id", "project_id", "sk_target_id", "active"})
# what was handed in: fixed from hand-in until a return, and for ever once accepted (MK-02)
RESULT_FIELDS = frozenset({"sk_result", "sk_result_value"})
STAGES = ("perencanaan", "pelaksanaan", "evaluasi", "selesai")


class ProjectProject(models.Model):
    _inherit = "project.project"

    sk_team_id = fields.Many2one("sk.team", string="Tim Kerja", index=True, copy=False)
    sk_department_id = fields.Many2one(
        "hr.department", string="Unit (Individual Kegiatan)", index=True, copy=False
    )
    sk_year = fields.Integer(string="Year", copy=False)

    @api.model
    def _sk_stage_ids(self):
        return [self.env.ref(f"odoo_sistem_kerja.project_stage_{code}").id for code in STAGES]

    @api.model
    def _sk_create(self, values, partners):
        """A Sistem Kerja project with the mekanisme kerja stages, followed by ``partners``
        (its tasks are visible to them only)."""
        project = self.sudo().create(  # sudo: created by the engine for the team or unit
            dict(values, privacy_visibility="followers", type_ids=[(6, 0, self._sk_stage_ids())])
        )
        project.message_subscribe(partner_ids=partners.ids)
        return project

    @api.model
    def _sk_unit_project(self, unit, year):
        """The project holding the individual kegiatan of ``unit`` in ``year``."""
        project = self.sudo().search(  # sudo: whoever plans finds the unit's project
            [("sk_department_id", "=", unit.id), ("sk_year", "=", year)], limit=1
        )
        if not project:
            head = unit._sk_find_head()[1]
            project = self._sk_create(
                {
                    "name": self.env._("Kegiatan %(unit)s %(year)s", unit=unit.name, year=year),
                    "company_id": unit.company_id.id,
                    "sk_department_id": unit.id,
                    "sk_year": year,
                },
                head.user_id.partner_id,
            )
        return project


class SkTeam(models.Model):
    _inherit = "sk.team"

    project_id = fields.Many2one("project.project", string="Project", readonly=True, copy=False)
    pk_target_ids = fields.Many2many(
        "sk.pk.target",
        "sk_team_pk_target_rel",
        "team_id",
        "target_id",
        string="PK Targets Carried",
        domain="[('pk_state', '=', 'ditetapkan'), ('company_id', '=', company_id)]",
        help="The targets of a set Perjanjian Kinerja the team carries out: its kegiatan "
        "serve them.",
    )

    def _sk_editable_fields(self):
        # the targets carried follow the Perjanjian Kinerja, also once the team is established
        allowed = super()._sk_editable_fields()
        return allowed if allowed is None else allowed | {"pk_target_ids"}

    def action_sk_plan_kegiatan(self):
        """A new kegiatan of the team, against the target it carries."""
        self.ensure_one()
        if not self.project_id:
            raise UserError(
                self.env._("%(team)s plans its kegiatan once it is established.", team=self.name)
            )
        context = {"default_project_id": self.project_id.id}
        if len(self.pk_target_ids) == 1:
            context["default_sk_target_id"] = self.pk_target_ids.id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Plan a Kegiatan"),
            "res_model": "project.task",
            "view_mode": "form",
            "views": [(self.env.ref("odoo_sistem_kerja.sk_kegiatan_view_form").id, "form")],
            "context": context,
        }

    def _sk_on_approved(self):
        result = super()._sk_on_approved()
        users = self.member_ids.employee_id.user_id | self.owner_employee_id.user_id
        project = self.env["project.project"]._sk_create(
            {"name": self.name, "company_id": self.company_id.id, "sk_team_id": self.id},
            users.partner_id,
        )
        self._sk_engine_write({"project_id": project.id})
        return result

    def action_sk_open_project(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "odoo_sistem_kerja.sk_kegiatan_action"
        )
        action["domain"] = [("project_id", "=", self.project_id.id)]
        action["context"] = {"default_project_id": self.project_id.id, "group_by": "stage_id"}
        if len(self.pk_target_ids) == 1:
            action["context"]["default_sk_target_id"] = self.pk_target_ids.id
        return action


class ProjectTask(models.Model):
    """A kegiatan: a task linked to a target of a Perjanjian Kinerja."""

    _name = "project.task"
    _inherit = ["project.task", "sk.approval.mixin"]

    sk_target_id = fields.Many2one(
        "sk.pk.target",
        string="PK Target",
        index=True,
        ondelete="restrict",
        domain="[('pk_state', '=', 'ditetapkan')]",
        help="The target of a Perjanjian Kinerja this kegiatan serves.",
    )
    sk_team_id = fields.Many2one(related="project_id.sk_team_id", string="Tim Kerja")
    sk_needs_target = fields.Boolean(
        string="Kegiatan Needs a Target",
        compute="_compute_sk_needs_target",
        help="A task of a team's or a unit's Sistem Kerja project is a kegiatan: it serves a "
        "target of a Perjanjian Kinerja.",
    )
    sk_target_choice_ids = fields.Many2many(
        "sk.pk.target",
        compute="_compute_sk_target_choice_ids",
        string="Targets to Choose From",
    )
    sk_executor_id = fields.Many2one(
        "hr.employee",
        string="Executor",
        compute="_compute_sk_executor_id",
        help="Who submits the result: the Ketua of the team, or the individual assigned.",
    )
    sk_result = fields.Html(string="Result", help="What was achieved, with its bukti dukung.")
    sk_result_value = fields.Float(string="Achieved", digits=(16, 2))
    sk_plan = fields.Html(
        string="Rencana Pelaksanaan Kegiatan",
        help="Activities and timeline, drawn up in Perencanaan; the role of each member in "
        "Pelaksanaan (assignees and subtasks hold who does what).",
    )
    sk_budget_ids = fields.One2many("sk.kegiatan.budget", "task_id", string="Budget")
    sk_budget_total = fields.Float(string="Total Budget", compute="_compute_sk_budget_total")

    @api.model
    def _sk_sealed_fields(self):
        # a task's state is Odoo Project's: only the engine's own facts are sealed
        return super()._sk_sealed_fields() - {"state"}

    @api.depends("project_id.sk_team_id", "project_id.sk_year", "parent_id")
    def _compute_sk_needs_target(self):
        for task in self:
            # sudo: whether the project is a Sistem Kerja one, for whoever plans in it
            project = task.project_id.sudo()
            task.sk_needs_target = bool(
                (project.sk_team_id or project.sk_year) and not task.parent_id
            )

    @api.depends("project_id")
    def _compute_sk_target_choice_ids(self):
        """The targets a kegiatan of its project may serve: those its team carries (or, when
        the team names none, the set targets of its unit and the units above), the set
        targets of the unit of an individual kegiatan."""
        Target = self.env["sk.pk.target"]
        for task in self:
            # sudo: the team and unit of the project, for whoever plans in it
            project = task.project_id.sudo()
            team = project.sk_team_id
            if team.pk_target_ids:
                task.sk_target_choice_ids = team.pk_target_ids.filtered(
                    lambda t: t.pk_state == "ditetapkan"
                )
                continue
            unit = team.owner_department_id or project.sk_department_id
            year = team.date_start.year if team.date_start else project.sk_year
            task.sk_target_choice_ids = (
                Target.search(
                    [
                        ("pk_id.state", "=", "ditetapkan"),
                        ("year", "=", year),
                        ("department_id", "parent_of", unit.id),
                    ]
                )
                if unit
                else Target
            )

    @api.depends("sk_budget_ids.amount")
    def _compute_sk_budget_total(self):
        for task in self:
            task.sk_budget_total = sum(task.sk_budget_ids.mapped("amount"))

    @api.depends("sk_team_id.ketua_id", "user_ids.employee_id")
    def _compute_sk_executor_id(self):
        for task in self:
            task.sk_executor_id = task.sk_team_id.ketua_id or task.user_ids[:1].employee_id

    @api.constrains("sk_target_id", "project_id", "parent_id")
    def _check_sk_target(self):
        for task in self:
            if task.sk_needs_target and not task.sk_target_id:
                raise ValidationError(
                    self.env._(
                        "A kegiatan of %(project)s serves a target of a Perjanjian Kinerja: "
                        "choose it.",
                        project=task.project_id.name,
                    )
                )
            if task.sk_target_id and task.sk_target_id.pk_id.state != "ditetapkan":
                raise ValidationError(
                    self.env._("A kegiatan serves a target of a Perjanjian Kinerja that is set.")
                )

    # ------------------------------------------------------------------
    # The sealed contract applies to kegiatan only: other tasks are Odoo's
    # ------------------------------------------------------------------
    @api.model
    def _sk_guarded_fields(self):
        return self._sk_sealed_fields()

    def get_formview_id(self, access_uid=None):
        """A kegiatan opens on its own form (from an activity, a link, a notification)."""
        if len(self) == 1 and self.sk_target_id:
            return self.env.ref("odoo_sistem_kerja.sk_kegiatan_view_form").id
        return super().get_formview_id(access_uid=access_uid)

    def _sk_carries_letter_text(self, vals):
        return bool(vals.get("sk_target_id") or self.filtered("sk_target_id"))

    def _sk_editable_fields(self):
        return None  # a kegiatan stays a living task; its state and stage are guarded below

    def _sk_is_history(self):
        return bool(self.sk_target_id and self.approval_round)

    def _sk_check_write(self, vals):
        kegiatan = self.filtered("sk_target_id")
        if not kegiatan:
            return
        super(ProjectTask, kegiatan)._sk_check_write(vals)
        closing = vals.get("state") in REVIEW_STATES
        if vals.get("stage_id"):
            closing = closing or self.env["project.task.type"].browse(vals["stage_id"]).fold
        settled = kegiatan.filtered(lambda t: t.state == "1_done" or t.current_line_id)
        if closing or (settled and PLACE_FIELDS & set(vals)):
            raise UserError(
                self.env._(
                    "A kegiatan is finished only when its final acceptor accepts the result, "
                    "and only its review moves it while the result is in review or accepted: "
                    "submit the result for review instead."
                )
            )
        if settled and RESULT_FIELDS & set(vals):
            raise UserError(
                self.env._(
                    "The result of %(task)s was handed in: it changes only after the reviewer "
                    "returns it for rework, and never once it is accepted.",
                    task=settled[0].name,
                )
            )

    def _sk_check_result_editable(self):
        """The bukti dukung (the kegiatan's attachments) are fixed with the result."""
        if in_engine():
            return
        # sudo: whether the kegiatan is in review, whoever attaches
        for task in self.sudo().filtered("sk_target_id"):
            if task.state == "1_done" or task.current_line_id:
                raise UserError(
                    self.env._(
                        "The bukti dukung of %(task)s were handed in with its result: they "
                        "change only after the reviewer returns it for rework.",
                        task=task.name,
                    )
                )

    def _sk_check_create(self, vals_list):
        result = super()._sk_check_create(vals_list)
        if any(
            vals.get("sk_target_id") and vals.get("state") in REVIEW_STATES for vals in vals_list
        ):
            raise UserError(self.env._("A kegiatan starts in progress."))
        return result

    # ------------------------------------------------------------------
    # Review chain (the approval engine)
    # ------------------------------------------------------------------
    def _sk_profile(self):
        return self.company_id._sk_profile()

    def _sk_owner_unit(self):
        return self.sk_target_id.department_id or self.sk_team_id.owner_department_id

    def _sk_route(self):
        route = self._sk_profile()._sk_route(
            "result", unit_type=self._sk_owner_unit().sk_unit_type_id
        )
        if not route:
            raise UserError(
                self.env._("The regulation profile has no review chain for results of kegiatan.")
            )
        return route

    def _sk_role_context(self):
        executor = self.sk_executor_id
        return {
            "owner_unit": self._sk_owner_unit(),
            "home_unit": executor.department_id,
            "employee": executor,
            "requester": executor,
        }

    def _sk_schedule(self, lines):
        # the reviewer follows the kegiatan to read it (the project is followers-only):
        # subscribed once for all the kegiatan they review
        for reviewer in lines.approver_user_id:
            reviewed = lines.filtered(lambda line, r=reviewer: line.approver_user_id == r)
            self.browse(reviewed.mapped("res_id")).sudo().message_subscribe(
                partner_ids=reviewer.partner_id.ids
            )
        return super()._sk_schedule(lines)

    def _sk_stage(self, code):
        return self.env.ref(f"odoo_sistem_kerja.project_stage_{code}")

    def action_sk_submit_result(self):
        """The executor (Ketua or individual) hands in the result: the review chain starts."""
        for task in self:
            if not task.sk_target_id:
                raise UserError(self.env._("Only a kegiatan with a PK target is reviewed."))
            is_admin = self.env.user.has_group("odoo_sistem_kerja.group_sk_admin")
            if task.sk_executor_id.user_id != self.env.user and not is_admin:
                raise UserError(
                    self.env._(
                        "Only %(executor)s hands in the result of %(task)s.",
                        executor=task.sk_executor_id.name or "-",
                        task=task.name,
                    )
                )
            if task.state == "1_done" or task.current_line_id:
                raise UserError(
                    self.env._("%(task)s is already in review or finished.", task=task.name)
                )
            if not task.sk_result:
                raise UserError(self.env._("Describe the result before handing it in."))
        self._sk_engine_write(
            {"stage_id": self._sk_stage("evaluasi").id, "state": "01_in_progress"}
        )
        self._sk_close_rework(self.env._("Result handed in again"))
        self._sk_start_approval()
        return True

    def _sk_close_rework(self, feedback):
        rework = self.env.ref("odoo_sistem_kerja.mail_activity_type_rework_result")
        # sudo: the executor's rework to-do is closed by handing the result in again
        self.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id == rework
        )._sk_done_by_workflow(feedback)

    @api.model
    def _sk_workflow_activities(self, activities):
        """Besides the review steps, the rework of a returned result: done by handing the
        result in again, not by ticking it."""
        rework = self.env.ref("odoo_sistem_kerja.mail_activity_type_rework_result")
        returned = activities.filtered(lambda a: a.activity_type_id == rework)
        tasks = self.browse(returned.mapped("res_id"))
        in_rework = set(tasks.filtered(lambda t: t.state == "02_changes_requested").ids)
        return super()._sk_workflow_activities(activities) | returned.filtered(
            lambda a: a.res_id in in_rework
        )

    def _sk_inbox_summary(self):
        """The result handed in, and the target it serves."""
        return " – ".join(
            filter(
                None,
                [
                    self.sk_target_id.sasaran,
                    self.sk_result_value
                    and self.env._("capaian %(value)g", value=self.sk_result_value),
                ],
            )
        )

    def _sk_before_approve_all(self):
        # MK-02: an intermediate reviewer forwards only a result that meets the target
        self._sk_engine_write({"state": "03_approved"})

    def _sk_finish(self):
        # the kegiatan accepted together are done in one write
        self._sk_engine_write({"state": "1_done", "stage_id": self._sk_stage("selesai").id})
        return super()._sk_finish()

    def _sk_on_returned(self, reason):
        self._sk_engine_write(
            {"state": "02_changes_requested", "stage_id": self._sk_stage("pelaksanaan").id}
        )
        if self.sk_executor_id.user_id:
            self.sudo().activity_schedule(  # sudo: the executor is asked to rework
                "odoo_sistem_kerja.mail_activity_type_rework_result",
                user_id=self.sk_executor_id.user_id.id,
                summary=self.env._("Rework the result"),
                note=reason,
            )

    def _sk_on_refused(self, reason):
        self._sk_on_returned(reason)


class SkApprovalRoute(models.Model):
    _inherit = "sk.approval.route"

    kind = fields.Selection(
        selection_add=[("result", "Result of a Kegiatan")], ondelete={"result": "cascade"}
    )
