from odoo import fields, models

METHODS = [("penunjukan", "Penunjukan"), ("sukarela", "Pengajuan Sukarela")]
SCOPES = [
    ("unit", "Within the unit"),
    ("lintas_unit", "Across units"),
    ("lintas_pd", "Across Perangkat Daerah"),
    ("lintas_instansi", "Across instansi"),
]
FORMS = [("individu", "Individual"), ("tim", "Team")]
ACTOR_ROLES = [
    ("owner_unit_head", "Pimpinan of the unit pemilik kinerja"),
    ("owner_parent_head", "Pimpinan of the unit above the unit pemilik kinerja"),
    ("owner_pd_head", "Kepala of the owning Perangkat Daerah"),
    ("home_unit_head", "Pimpinan of the employee's unit (unit asal)"),
    ("home_penilai", "Pejabat Penilai Kinerja of the employee"),
    ("home_pd_head", "Kepala of the employee's Perangkat Daerah"),
    ("sekda", "Sekretaris Daerah"),
    ("verifier", "Tim Verifikasi"),
    ("employee", "The employee"),
    ("requester", "The requester (records an outside answer)"),
]


class SkApprovalRoute(models.Model):
    """Who decides, in which order, for one kind of request under a regulation profile.

    A profile without a route for a method and scope does not allow that combination.
    """

    _name = "sk.approval.route"
    _description = "Approval Route"
    _order = "profile_id, kind, method, scope, form"

    profile_id = fields.Many2one(
        "sk.regulation.profile", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(required=True, translate=True)
    # each model using the engine adds its kind (selection_add): the engine names none
    kind = fields.Selection([], required=True)
    method = fields.Selection(METHODS)
    scope = fields.Selection(SCOPES)
    form = fields.Selection(FORMS, help="Empty: the route serves both forms.")
    step_ids = fields.One2many("sk.approval.route.step", "route_id", string="Steps", copy=True)
    unit_type_ids = fields.Many2many(
        "sk.unit.type",
        string="For Unit Types",
        help="The route serves records of units of these types, or of units inside one "
        "(empty: any other unit).",
    )
    jenjang_ids = fields.Many2many(
        "sk.jenjang",
        string="For Jenjang",
        help="The route serves records about an employee of these jenjang (empty: any other).",
    )
    return_stepwise = fields.Boolean(
        string="Return Step by Step",
        help="A return goes back to the step below, not at once to the requester "
        "(berjenjang: Perbup Pasuruan, Lamp. II.D).",
    )
    skip_repeated_official = fields.Boolean(
        string="One Decision per Official",
        help="A step whose official already decided the step before is passed (e.g. the head "
        "of a one-level unit is both reviewer and final acceptor).",
    )
    source = fields.Char(translate=True, help="Article of the regulation this route implements.")


class SkApprovalRouteStep(models.Model):
    _name = "sk.approval.route.step"
    _description = "Approval Route Step"
    _order = "route_id, sequence, id"

    route_id = fields.Many2one("sk.approval.route", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    actor_role = fields.Selection(ACTOR_ROLES, string="Decided By", required=True)
    # each model binds its approval activity types to itself, as hr_holidays does
    activity_type_id = fields.Many2one("mail.activity.type", string="Activity Type", required=True)
    deadline_days = fields.Integer(string="Days to Decide", default=3)

    def _sk_line_values(self):
        """What the approval line this step starts copies from it (editing a route never
        changes an approval in flight)."""
        self.ensure_one()
        return {
            "step_id": self.id,
            "name": self.name,
            "actor_role": self.actor_role,
            "activity_type_id": self.activity_type_id.id,
            "deadline_days": self.deadline_days,
            "skip_repeated": self.route_id.skip_repeated_official,
            "return_stepwise": self.route_id.return_stepwise,
            **{name: self[name] for name in self._sk_line_flags()},
        }

    def _sk_line_flags(self):
        """The flags a step gives its line as they are: the layers that give steps a
        meaning of their own (who signs a letter, who names the assignees) add theirs,
        defined on both the step and the line."""
        return []
