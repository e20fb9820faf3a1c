from odoo import fields, models

from .sk_approval_route import ACTOR_ROLES

LINE_STATES = [
    ("waiting", "Waiting"),
    ("pending", "To Decide"),
    ("approved", "Approved"),
    ("refused", "Refused"),
    ("returned", "Returned for Revision"),
    ("cancelled", "Not Reached"),
]


class SkApprovalLine(models.Model):
    """One step of one round of an approval; rounds are never deleted."""

    _name = "sk.approval.line"
    _description = "Approval Step"
    _order = "res_model, res_id, round desc, sequence, id"

    res_model = fields.Char(required=True, index=True)
    res_id = fields.Many2oneReference(model_field="res_model", required=True, index=True)
    round = fields.Integer(required=True, default=1)
    sequence = fields.Integer(default=10)
    step_id = fields.Many2one("sk.approval.route.step", string="Route Step", ondelete="set null")
    name = fields.Char(string="Step", required=True, translate=True)
    actor_role = fields.Selection(ACTOR_ROLES, string="Role")
    # copied from the route step when the round starts: editing a route never changes an
    # approval in flight
    activity_type_id = fields.Many2one("mail.activity.type", ondelete="restrict")
    deadline_days = fields.Integer()
    selects_assignee = fields.Boolean()
    state = fields.Selection(LINE_STATES, default="waiting", required=True, index=True)
    official_id = fields.Many2one(
        "hr.employee", string="Official", help="Whom the role resolved to."
    )
    approver_employee_id = fields.Many2one("hr.employee", string="Decides")
    approver_user_id = fields.Many2one("res.users", string="Approver", index=True)
    representation_id = fields.Many2one("sk.representation", string="Acting As")
    caption = fields.Char(
        compute="_compute_caption", help="Plt., Plh. or a.n. when a representative decides."
    )
    note = fields.Char(help="How the approver was resolved (vacant post, no user, ...).")
    deadline = fields.Date()
    activity_id = fields.Many2one("mail.activity", ondelete="set null")
    decided_by_id = fields.Many2one("res.users", string="Decided By")
    decided_on = fields.Datetime(string="Decided On")
    reason = fields.Text()

    def _compute_caption(self):
        for line in self:
            representation = line.representation_id
            line.caption = (
                f"{representation._sk_prefix()} {line.official_id.name}" if representation else ""
            )
