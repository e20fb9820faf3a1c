from odoo import api, fields, models
from odoo.exceptions import ValidationError


class SkDelegation(models.Model):
    """Pelimpahan penilaian kinerja: an official lets another assess in their place."""

    _name = "sk.delegation"
    _description = "Delegation of Performance Assessment"
    _inherit = ["mail.thread", "sk.acting.period.mixin"]
    _order = "date_from desc, id desc"

    delegator_id = fields.Many2one(
        "hr.employee", string="Delegated By", required=True, tracking=True, index=True
    )
    delegate_id = fields.Many2one(
        "hr.employee", string="Delegated To", required=True, tracking=True, index=True
    )
    company_id = fields.Many2one(
        related="delegator_id.company_id", store=True, index=True, precompute=True
    )
    scope = fields.Selection(
        [
            ("assessment", "Performance assessment"),
            ("management", "Full performance management"),
        ],
        required=True,
        default="assessment",
        tracking=True,
    )
    department_ids = fields.Many2many(
        "hr.department",
        string="Units",
        help="Units whose JF and pelaksana the delegation covers (and the units below "
        "them); empty means all of them.",
    )
    decision_date = fields.Date(string="Decision Date")

    @api.depends("delegator_id", "delegate_id")
    def _compute_display_name(self):
        for delegation in self:
            delegation.display_name = self.env._(
                "%(delegator)s → %(delegate)s",
                delegator=delegation.delegator_id.name or "",
                delegate=delegation.delegate_id.name or "",
            )

    @api.constrains("delegator_id", "delegate_id", "date_from", "date_to")
    def _check_delegation(self):
        for delegation in self:
            if delegation.delegator_id == delegation.delegate_id:
                raise ValidationError(self.env._("An official cannot delegate to themselves."))
            if delegation.date_to and delegation.date_to < delegation.date_from:
                raise ValidationError(self.env._("A delegation cannot end before it starts."))

    @api.model
    def _sk_active_for(self, delegator, unit, on_date=None):
        """The delegation by ``delegator`` in force for ``unit`` on ``on_date``."""
        if not delegator:
            return self.browse()
        chain = unit._sk_chain()
        for delegation in self._sk_in_force(on_date):
            if delegation.delegator_id == delegator and (
                not delegation.department_ids or delegation.department_ids & chain
            ):
                return delegation
        return self.browse()

    @api.model
    def _sk_held_by(self, delegate, on_date=None):
        return self._sk_in_force(on_date).filtered(lambda d: d.delegate_id == delegate)[:1]
