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
        """{employee: (memberships, assignments)}: the memberships of established teams and
        the individual approved assignments of these employees, on the given date
        conditions (finished ones too: a letter printed after its assignment ended still
        lists the roles in force on its TMT). Two queries for all the employees."""
        # sudo: roles of the employees in teams and assignments the preparer may not read
        members = (
            self.env["sk.team.member"]
            .sudo()
            .search(
                [
                    ("employee_id", "in", self.ids),
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
                    ("employee_ids", "in", self.ids),
                    ("state", "in", ("active", "done")),
                    ("team_id", "=", False),
                    *request_dates,
                ]
            )
        )
        found = {employee.id: (members.browse(), requests.browse()) for employee in self}
        for member in members:
            held, assigned = found[member.employee_id.id]
            found[member.employee_id.id] = (held | member, assigned)
        for request in requests:
            for employee_id in set(request.employee_ids.ids) & found.keys():
                held, assigned = found[employee_id]
                found[employee_id] = (held, assigned | request)
        return {employee: found[employee.id] for employee in self}

    def _sk_roles_on(self, on_date):
        """{employee: roles in force on ``on_date``}: team roles, then individual
        assignments, each with its task lines (for the Surat Tugas)."""
        records = self._sk_role_records(
            [("team_id.date_start", "<=", on_date), ("team_id.date_end", ">=", on_date)],
            [
                ("date_start", "<=", on_date),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", on_date),
            ],
        )
        labels = dict(self.env["sk.team.member"]._fields["role"]._description_selection(self.env))
        roles = {}
        for employee, (members, individual) in records.items():
            roles[employee] = []
            for member in members.sorted("role_order"):
                team = member.team_id.name
                if not team.lower().startswith("tim "):  # "Anggota Tim Website", not "Tim Tim"
                    team = self.env._("Tim %(team)s", team=team)
                roles[employee].append(
                    {
                        "label": f"{labels[member.role]} {team}",
                        "tasks": [t for t in (member.tugas or "").splitlines() if t.strip()],
                    }
                )
            for request in individual:
                roles[employee].append(
                    {
                        "label": employee._sk_jabatan_label(),
                        "tasks": [
                            t for t in (request.maksud_tujuan or "").splitlines() if t.strip()
                        ],
                    }
                )
        return roles

    def _sk_active_roles(self, on_date):
        """The employee's roles in force on ``on_date``."""
        self.ensure_one()
        return self._sk_roles_on(on_date)[self]

    def _sk_next_role_start(self, on_date):
        """The first day after ``on_date`` on which a role of the employee begins (a team
        established or an assignment approved that starts later), or None."""
        self.ensure_one()
        members, requests = self._sk_role_records(
            [("team_id.date_start", ">", on_date)], [("date_start", ">", on_date)]
        )[self]
        return min(
            members.team_id.mapped("date_start") + requests.mapped("date_start"), default=None
        )

    def _sk_letter_roles(self, on_date):
        """{employee: (TMT, roles)} of the Surat Tugas prepared on ``on_date``: that day
        when a role is in force, else the day the next role begins, with the roles of
        that day."""
        result = {}
        today = self._sk_roles_on(on_date)
        later = self.filtered(lambda employee: not today[employee])
        for employee in self - later:
            result[employee] = (on_date, today[employee])
        for employee in later:
            tmt = employee._sk_next_role_start(on_date) or on_date
            result[employee] = (tmt, employee._sk_active_roles(tmt) if tmt != on_date else [])
        return result

    def _sk_letter_tmt(self, on_date):
        """The TMT of a Surat Tugas prepared on ``on_date``."""
        self.ensure_one()
        return self._sk_letter_roles(on_date)[self][0]


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
        letter_roles = self._sk_letter_roles(today)
        Letter = self.env["sk.letter"]
        letters = Letter.create(
            [
                {
                    "letter_type": "surat_tugas",
                    "employee_id": e.id,
                    "company_id": e.company_id.id,
                    "date_tmt": letter_roles[e][0],
                    "role_ids": Letter._sk_role_commands(letter_roles[e][1]),
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
