"""Tindak lanjut of a performance assessment: the rewards and sanctions decided under the
laws on performance management, logged per employee and assessment year (spec §7.1 item 4).
The addon does not score the SKP: it keeps what was decided and on which basis."""

from odoo import fields, models

from .hr_employee import PREDIKAT_KINERJA


class SkKinerjaFollowup(models.Model):
    _name = "sk.kinerja.followup"
    _description = "Performance Follow-up"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    employee_id = fields.Many2one(
        "hr.employee", string="Employee", required=True, index=True, check_company=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    year = fields.Integer(
        string="Assessment Year", required=True, default=lambda self: fields.Date.today().year
    )
    predikat = fields.Selection(PREDIKAT_KINERJA, string="Predikat Kinerja")
    kind = fields.Selection(
        [("penghargaan", "Reward (Penghargaan)"), ("sanksi", "Sanction (Sanksi)")],
        required=True,
        tracking=True,
    )
    description = fields.Text(required=True, tracking=True)
    decision_number = fields.Char(string="Decision Number", tracking=True)
    date = fields.Date(required=True, default=fields.Date.context_today)

    _sql_constraints = [
        ("year", "CHECK(year BETWEEN 2000 AND 2100)", "Give the assessment year (e.g. 2026)."),
    ]
