"""What Penugasan and Tim Kerja add to the approval engine: a route step may ask its approver
to name the assignees, or establish the Tim Kerja (and issue its SK) when approved."""

from odoo import fields, models


class SkApprovalRouteStep(models.Model):
    _inherit = "sk.approval.route.step"

    selects_assignee = fields.Boolean(
        string="Names the Assignees",
        help="The approver of this step chooses the JF or pelaksana before approving.",
    )
    establishes_team = fields.Boolean(
        string="Sets the SK Tim Kerja",
        help="Approving this step of a team assignment also establishes its Tim Kerja, when "
        "still a draft, and issues its SK: one decision by the official who sets it (Perbup "
        "Kotawaringin Barat 19/2024 Lamp. II I.C.1(3)-(4)).",
    )

    def _sk_line_flags(self):
        return super()._sk_line_flags() + ["selects_assignee", "establishes_team"]


class SkApprovalLine(models.Model):
    _inherit = "sk.approval.line"

    selects_assignee = fields.Boolean()
    establishes_team = fields.Boolean()
