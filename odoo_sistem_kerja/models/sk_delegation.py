import contextlib
import contextvars

from odoo import api, fields, models
from odoo.exceptions import ValidationError

# the delegations in force per date, read once while many employees are placed
_IN_FORCE = contextvars.ContextVar("sk_delegations_in_force", default=None)


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
    @contextlib.contextmanager
    def _sk_read_once(self):
        """Inside, the delegations in force are searched once per date, however many
        employees are placed (instead of once per employee)."""
        if _IN_FORCE.get() is not None:
            yield
            return
        token = _IN_FORCE.set({})
        try:
            yield
        finally:
            _IN_FORCE.reset(token)

    @api.model
    def _sk_in_force(self, on_date=None):
        on_date = on_date or fields.Date.context_today(self)
        memo = _IN_FORCE.get()
        if memo is not None and on_date in memo:
            return memo[on_date]
        # sudo: delegations decide who assesses, whoever asks
        delegations = self.sudo().search(self._sk_in_force_domain(on_date))
        if memo is not None:
            memo[on_date] = delegations
        return delegations

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
