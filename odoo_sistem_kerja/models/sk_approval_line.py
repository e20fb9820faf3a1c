from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.osv import expression
from odoo.tools.sql import create_index

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
    skip_repeated = fields.Boolean(help="Passed when its official decided the step before.")
    return_stepwise = fields.Boolean(help="A return goes back to the step below.")
    state = fields.Selection(LINE_STATES, default="waiting", required=True, index=True)
    official_id = fields.Many2one(
        "hr.employee", string="Official", help="Whom the role resolved to."
    )
    approver_employee_id = fields.Many2one("hr.employee", string="Decides")
    approver_user_id = fields.Many2one("res.users", string="Approver", index=True)
    # history is immutable: a representation that decided is kept, and its caption is
    # copied when the step is assigned
    representation_id = fields.Many2one(
        "sk.representation", string="Acting As", ondelete="restrict"
    )
    caption = fields.Char(
        help="Plt., Plh. or a.n. and the official, when a representative decides."
    )
    note = fields.Char(help="How the approver was resolved (vacant post, no user, ...).")
    deadline = fields.Date()
    activity_id = fields.Many2one("mail.activity", ondelete="set null")
    decided_by_id = fields.Many2one("res.users", string="Decided By")
    decided_on = fields.Datetime(string="Decided On")
    reason = fields.Text()

    def init(self):
        # the inboxes ask "which steps wait for this user": a small index of the pending
        # steps only, however long the history grows
        create_index(
            self.env.cr,
            "sk_approval_line_pending_approver_index",
            self._table,
            ["approver_user_id", "res_model"],
            where="state = 'pending'",
        )

    def _sk_copy_step_names(self):
        """The history reads in every installed language: the steps' names are copied with
        all their translations (one statement for all the lines)."""
        if not self:
            return
        self.flush_recordset(["name", "step_id"])
        self.env.cr.execute(
            """UPDATE sk_approval_line l SET name = s.name
                 FROM sk_approval_route_step s
                WHERE l.step_id = s.id AND l.id IN %s""",
            [tuple(self.ids)],
        )
        self.invalidate_recordset(["name"])

    @api.model
    def _sk_fill_step_translations(self):
        """Lines written before a language was loaded (the demo, an install followed by
        --load-language) take the languages they miss from their unchanged step."""
        self.env["sk.approval.line"].flush_model(["name", "step_id"])
        self.env.cr.execute(
            """UPDATE sk_approval_line l SET name = s.name || l.name
                 FROM sk_approval_route_step s
                WHERE l.step_id = s.id
                  AND l.name->>'en_US' = s.name->>'en_US'
                  AND NOT l.name @> s.name"""
        )
        self.env["sk.approval.line"].invalidate_model(["name"])

    def _sk_signing_person(self):
        """The employee who signs for this step: the Plt./Plh., else whoever decided."""
        self.ensure_one()
        line = self.sudo()  # sudo: same
        return (
            line.representation_id.representative_id
            or line.approver_employee_id
            or line.official_id
        )

    # ------------------------------------------------------------------
    # Access: a step is read by whoever may read the record it decides (as mail.message
    # and ir.attachment delegate to their document). Nobody writes a step but the engine:
    # the access list gives read only.
    # ------------------------------------------------------------------
    @api.model
    def _sk_document_models(self):
        return [
            name
            for name in self.pool
            if not self.env[name]._abstract
            and getattr(self.env[name], "_sk_approval_engine", False)
        ]

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        if not self.env.su:
            # the documents' rules are checked on the documents of the matching steps only
            # (an inbox: a few hundred), not on every document of the model
            matching = self.sudo()._search(domain).subselect("res_id")
            readable = [
                [
                    ("res_model", "=", name),
                    ("res_id", "in", self.env[name]._search([("id", "in", matching)])),
                ]
                for name in self._sk_document_models()
                if self.env[name].has_access("read")
            ]
            domain = expression.AND([domain, expression.OR(readable or [expression.FALSE_DOMAIN])])
        return super()._search(domain, offset=offset, limit=limit, order=order)

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if result or self.env.su or not self._ids:
            return result
        forbidden = self.browse()
        # sudo: to check the documents, the lines themselves must be read first
        for name, lines in self.sudo().grouped("res_model").items():
            documents = self.env[name].browse(lines.mapped("res_id")).exists()
            allowed = documents._filtered_access("read").ids
            forbidden |= lines.filtered(lambda ln, ok=allowed: ln.res_id not in ok)
        if not forbidden:
            return None

        def error():
            return AccessError(self.env._("You may not see the approval history of this record."))

        return forbidden.with_env(self.env), error
