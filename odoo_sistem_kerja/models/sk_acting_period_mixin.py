from odoo import api, fields, models


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
