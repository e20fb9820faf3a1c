"""Proses bisnis (spec §9, PB-01..07): the maps a Perangkat Daerah or unit draws, their
review and evaluation (SOP adjustments, re-engineering of processes that hinder results),
and the grouping of business processes that teams follow (Perwali Kota Pasuruan 41/2023
Lamp. I.B.2.A.2)."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

MAP_TYPES = [
    ("level1", "Peta Level 1"),
    ("turunan", "Peta Turunan (of a Level 1)"),
    ("subproses", "Peta Subproses"),
    ("relasi", "Peta Relasi"),
    ("lintas_fungsi", "Peta Lintas Fungsi"),
]


class SkBusinessProcess(models.Model):
    _name = "sk.business.process"
    _description = "Business Process"
    _inherit = ["mail.thread"]
    _parent_store = True
    _order = "complete_name"
    _rec_name = "complete_name"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    complete_name = fields.Char(compute="_compute_complete_name", store=True, recursive=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    map_type = fields.Selection(MAP_TYPES, string="Map", required=True, tracking=True)
    parent_id = fields.Many2one(
        "sk.business.process",
        string="Derived From",
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("sk.business.process", "parent_id", string="Derived Maps")
    department_id = fields.Many2one(
        "hr.department",
        string="Owner",
        required=True,
        check_company=True,
        help="The Perangkat Daerah or unit that draws and owns the map.",
    )
    method = fields.Char(string="Method", help="The mapping method used (PB-04, PB-05).")
    diagram = fields.Binary(attachment=True)
    diagram_name = fields.Char()
    description = fields.Html()
    review_ids = fields.One2many("sk.business.process.review", "process_id", string="Reviews")
    team_ids = fields.One2many("sk.team", "process_id", string="Tim Kerja")
    active = fields.Boolean(default=True)

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for process in self:
            parent = process.parent_id.complete_name
            process.complete_name = f"{parent} / {process.name}" if parent else process.name

    @api.constrains("parent_id", "map_type")
    def _check_tree(self):
        # a cycle is refused by the parent store itself ("Recursion Detected")
        for process in self:
            if process.map_type == "turunan" and not process.parent_id:
                raise ValidationError(
                    self.env._("A derived map (turunan) names the map it derives from.")
                )


class SkBusinessProcessReview(models.Model):
    """Reviu dan evaluasi of a map (PB-03, PB-06)."""

    _name = "sk.business.process.review"
    _description = "Business Process Review"
    _order = "date desc, id desc"

    process_id = fields.Many2one(
        "sk.business.process", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="process_id.company_id", store=True, index=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    findings = fields.Text(required=True)
    sop_adjustments = fields.Text(string="SOP Adjustments")
    hinders_results = fields.Boolean(
        string="Hinders Results", help="The process hinders results: it is re-engineered."
    )
    reengineering = fields.Text(string="Re-engineering")

    @api.constrains("hinders_results", "reengineering")
    def _check_reengineering(self):
        for review in self:
            if review.hinders_results and not (review.reengineering or "").strip():
                raise ValidationError(
                    self.env._("A process that hinders results is re-engineered: say how.")
                )


class SkTeam(models.Model):
    _inherit = "sk.team"

    process_id = fields.Many2one(
        "sk.business.process",
        string="Business Process",
        check_company=True,
        help="The grouping of business processes the team serves (Kota Pasuruan).",
    )
