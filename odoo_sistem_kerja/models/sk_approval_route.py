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
    selects_assignee = fields.Boolean(
        string="Names the Assignees",
        help="The approver of this step chooses the JF or pelaksana before approving.",
    )
    # who writes which letter is the regulation's, step by step (e.g. Perbup Lombok Barat
    # 2/2023 Lamp. II.B.2(a)(3)(c)-(e): the PyB asal answers the PyB pemohon)
    signs_letter = fields.Boolean(
        string="Signs the Letter",
        help="The official of this step signs the assignment letter (none marked: the "
        "official of the last approval).",
    )
    signs_answer = fields.Boolean(
        string="Signs the Answer",
        help="The official of this step signs the surat jawaban (none marked: the first "
        "official who decided; a refusal is signed by the official who refused).",
    )
    establishes_team = fields.Boolean(
        string="Sets the SK Tim Kerja",
        help="Approving this step of a team assignment also establishes its Tim Kerja, when "
        "still a draft, and issues its SK: one decision by the official who sets it (Perbup "
        "Kotawaringin Barat 19/2024 Lamp. II I.C.1(3)-(4)).",
    )
    copied_on_letter = fields.Boolean(
        string="Copied Even as Signer",
        help="The official of this step is in the Tembusan of the assignment letter even when "
        "signing it: the regulation lists the copies by role (Perbup Lombok Barat 2/2023 "
        "Lamp. II.B.2(a)(3)(e): the Penilai Kinerja).",
    )
    receives_answer = fields.Boolean(
        string="Receives the Answer",
        help="The surat jawaban is addressed to the official of this step (none marked: "
        "to the requester).",
    )
