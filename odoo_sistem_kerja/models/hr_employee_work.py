"""What the work models tell about an employee: their load and roles, their letters.

The organisation side (``hr_employee_base``, ``hr_employee``) never reads the work models;
this extension, on the work side, does.
"""

from collections import Counter

from odoo import fields, models
from odoo.tools import SQL


class HrEmployeeBase(models.AbstractModel):
    _inherit = "hr.employee.base"

    sk_active_team_count = fields.Integer(string="Active Teams", compute="_compute_sk_workload")
    sk_active_penugasan_count = fields.Integer(
        string="Active Individual Assignments", compute="_compute_sk_workload"
    )

    sk_over_workload = fields.Boolean(
        string="Over the Workload Threshold",
        compute="_compute_sk_over_workload",
        search="_search_sk_over_workload",
    )

    def _compute_sk_over_workload(self):
        for employee in self:
            limit = employee.company_id._sk_profile().workload_max
            employee.sk_over_workload = bool(limit) and employee._sk_workload() > limit

    def _search_sk_over_workload(self, operator, value):
        """The employees carrying more than their company's threshold, counted in one
        query over every active team and assignment."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Operation not supported."))
        teams, tasks = self._sk_active_loads(everyone=True)
        # sudo: the companies of employees carrying work anywhere, for their thresholds
        loaded = self.env["hr.employee"].sudo().browse(list(teams | tasks))
        limits = {company: company._sk_profile().workload_max for company in loaded.company_id}
        over = [
            employee.id
            for employee in loaded
            if limits[employee.company_id]
            and teams[employee.id] + tasks[employee.id] > limits[employee.company_id]
        ]
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", over)]

    def _sk_active_loads(self, everyone=False):
        """Active teams and individual assignments of these employees (or of ``everyone``)
        as the database holds them now: two Counters by employee id, from one query over
        every unit, whether the user may read it or not (a load is the employee's whole load)."""
        if not everyone and not self.ids:
            return Counter(), Counter()
        self.env["sk.team.member"].flush_model(["employee_id", "team_id"])
        self.env["sk.team"].flush_model(["state"])
        self.env["sk.penugasan"].flush_model(["state", "team_id", "employee_ids"])
        assignees = self.env["sk.penugasan"]._fields["employee_ids"]
        only = SQL() if everyone else SQL("AND employee IN %s", tuple(self.ids))
        rows = self.env.execute_query(
            SQL(
                """
                SELECT 'team', employee, COUNT(*) FROM (
                    SELECT member.employee_id AS employee
                      FROM sk_team_member member
                      JOIN sk_team team ON team.id = member.team_id
                     WHERE team.state = 'active'
                ) AS members WHERE employee IS NOT NULL %(only)s GROUP BY employee
                UNION ALL
                SELECT 'task', employee, COUNT(*) FROM (
                    SELECT assignee.%(employee)s AS employee
                      FROM sk_penugasan request
                      JOIN %(relation)s assignee ON assignee.%(request)s = request.id
                     WHERE request.state = 'active' AND request.team_id IS NULL
                ) AS assignments WHERE TRUE %(only)s GROUP BY employee
                """,
                only=only,
                relation=SQL.identifier(assignees.relation),
                request=SQL.identifier(assignees.column1),
                employee=SQL.identifier(assignees.column2),
            )
        )
        teams, tasks = Counter(), Counter()
        for kind, employee, count in rows:
            (teams if kind == "team" else tasks)[employee] = count
        return teams, tasks

    def _compute_sk_workload(self):
        teams, tasks = self._sk_active_loads()
        for employee in self:
            employee.sk_active_team_count = teams[employee.id]
            employee.sk_active_penugasan_count = tasks[employee.id]

    def _sk_workload(self):
        """Active teams and individual assignments the employee carries."""
        self.ensure_one()
        return self.sk_active_team_count + self.sk_active_penugasan_count

    def _sk_workload_issues(self, profile, adding=None):
        """Why taking more teams or assignments (``adding``: how many, a Counter by employee
        id; one each when not given) exceeds the profile's threshold, by employee (those
        within it left out). Counted now, not from the cached counts: a team established
        earlier in the same transaction counts."""
        if profile.check_workload == "off" or not profile.workload_max:
            return {}
        adding = Counter(self.ids) if adding is None else adding
        teams, tasks = self._sk_active_loads()
        loads = {
            employee: teams[employee.id] + tasks[employee.id] + adding[employee.id]
            for employee in self
        }
        return {
            employee: self.env._(
                "%(name)s would carry %(load)s active teams and assignments, above the "
                "threshold of %(max)s.",
                name=employee.name,
                load=load,
                max=profile.workload_max,
            )
            for employee, load in loads.items()
            if load > profile.workload_max
        }

    def _sk_role_records(self, team_dates, request_dates):
        """The employee's memberships of established teams and their individual approved
        assignments, on the given date conditions (finished ones too: a letter printed after
        its assignment ended still lists the roles in force on its TMT)."""
        self.ensure_one()
        # sudo: roles of the employee in teams and assignments the preparer may not read
        members = (
            self.env["sk.team.member"]
            .sudo()
            .search(
                [
                    ("employee_id", "=", self.id),
                    ("team_id.state", "in", ("active", "done")),
                    *team_dates,
                ]
            )
        )
        requests = (
            self.env["sk.penugasan"]
            .sudo()
            .search(
                [
                    ("employee_ids", "in", self.id),
                    ("state", "in", ("active", "done")),
                    ("team_id", "=", False),
                    *request_dates,
                ]
            )
        )
        return members, requests

    def _sk_active_roles(self, on_date):
        """The employee's roles in force on ``on_date``: team roles, then individual
        assignments, each with its task lines (for the Surat Tugas)."""
        members, individual = self._sk_role_records(
            [("team_id.date_start", "<=", on_date), ("team_id.date_end", ">=", on_date)],
            [
                ("date_start", "<=", on_date),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", on_date),
            ],
        )
        roles = []
        labels = dict(members._fields["role"]._description_selection(self.env))
        for member in members.sorted("role_order"):
            team = member.team_id.name
            if not team.lower().startswith("tim "):  # "Anggota Tim Website", not "Tim Tim"
                team = self.env._("Tim %(team)s", team=team)
            roles.append(
                {
                    "label": f"{labels[member.role]} {team}",
                    "tasks": [t for t in (member.tugas or "").splitlines() if t.strip()],
                }
            )
        for request in individual:
            roles.append(
                {
                    "label": self._sk_jabatan_label(),
                    "tasks": [t for t in (request.maksud_tujuan or "").splitlines() if t.strip()],
                }
            )
        return roles

    def _sk_next_role_start(self, on_date):
        """The first day after ``on_date`` on which a role of the employee begins (a team
        established or an assignment approved that starts later), or None."""
        members, requests = self._sk_role_records(
            [("team_id.date_start", ">", on_date)], [("date_start", ">", on_date)]
        )
        return min(
            members.team_id.mapped("date_start") + requests.mapped("date_start"), default=None
        )

    def _sk_letter_tmt(self, on_date):
        """The TMT of a Surat Tugas prepared on ``on_date``: that day when a role is in
        force, else the day the next role begins."""
        self.ensure_one()
        if self._sk_active_roles(on_date):
            return on_date
        return self._sk_next_role_start(on_date) or on_date


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    def _sk_sync_pending_steps_of(self):
        """Move the pending approval steps of these officials to whoever acts for them now
        (a Plt./Plh. representation began or ended)."""
        lines = (
            self.env["sk.approval.line"]
            # sudo: the engine moves pending steps of any record
            .sudo()
            .search([("official_id", "in", self.ids), ("state", "=", "pending")])
        )
        for line in lines:
            # sudo: same
            self.env[line.res_model].sudo().browse(line.res_id)._sk_reassign(line)

    def action_sk_prepare_surat_tugas(self):
        """Draft the Surat Tugas of each selected employee, listing their roles in force today
        (or from the day the first of them begins)."""
        today = fields.Date.context_today(self)
        letters = self.env["sk.letter"].create(
            [
                {
                    "letter_type": "surat_tugas",
                    "employee_id": e.id,
                    "company_id": e.company_id.id,
                    "date_tmt": e._sk_letter_tmt(today),
                }
                for e in self
            ]
        )
        return letters._sk_action_open(letters)

    def action_sk_view_letters(self):
        self.ensure_one()
        letters = self.env["sk.letter"].search([("employee_id", "=", self.id)])
        action = letters._sk_action_open(letters)
        action["context"] = {"default_employee_id": self.id}
        return action
