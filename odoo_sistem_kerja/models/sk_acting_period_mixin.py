import contextlib
import contextvars

from odoo import api, fields, models

# the periods in force per model and date, read once while many records are decided or
# many employees placed (see _sk_read_once)
_IN_FORCE = contextvars.ContextVar("sk_acting_periods_in_force", default=None)


class SkActingPeriodMixin(models.AbstractModel):
    """A period during which one official acts for another: a delegation of the
    performance assessment, a Plt./Plh. It is in force from ``date_from`` to ``date_to``
    (open-ended when a model leaves the end empty)."""

    _name = "sk.acting.period.mixin"
    _description = "Period of Acting for an Official"

    date_from = fields.Date(
        string="From", required=True, default=fields.Date.context_today, tracking=True
    )
    date_to = fields.Date(string="Until", tracking=True)
    decision_number = fields.Char(string="Decision Number", tracking=True)
    active = fields.Boolean(default=True, tracking=True)

    @api.model
    def _sk_in_force_domain(self, on_date=None):
        on_date = on_date or fields.Date.context_today(self)
        return [
            ("date_from", "<=", on_date),
            "|",
            ("date_to", "=", False),
            ("date_to", ">=", on_date),
        ]

    @api.model
    @contextlib.contextmanager
    def _sk_read_once(self):
        """Inside, the periods in force are searched once per model and date, however many
        records are decided or employees placed (instead of once for each)."""
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
        """The periods in force on ``on_date`` (today by default), whoever asks."""
        on_date = on_date or fields.Date.context_today(self)
        memo = _IN_FORCE.get()
        key = (self._name, on_date)
        if memo is not None and key in memo:
            return memo[key]
        # sudo: who acts for whom decides who assesses or approves, whoever asks
        periods = self.sudo().search(self._sk_in_force_domain(on_date))
        if memo is not None:
            memo[key] = periods
        return periods
