"""What the dashboards count: how long each step took to decide, and the register of every
letter numbered (issue 10; spec §14 I). The register is a view over the models that number
letters (``sk.letter.mixin``), each naming the unit whose Perangkat Daerah numbers it."""

from odoo import api, fields, models, tools
from odoo.tools import SQL

from .sk_approval_inbox import document_form


class SkApprovalLine(models.Model):
    _inherit = "sk.approval.line"

    started_on = fields.Datetime(readonly=True, help="When the step became the current one.")
    lead_days = fields.Float(
        string="Days to Decide",
        compute="_compute_lead_days",
        store=True,
        aggregator="avg",
        digits=(16, 1),
    )

    @api.depends("started_on", "decided_on")
    def _compute_lead_days(self):
        for line in self:
            if line.started_on and line.decided_on:
                line.lead_days = (line.decided_on - line.started_on).total_seconds() / 86400
            else:
                line.lead_days = 0


class SkLetterRegister(models.Model):
    _name = "sk.letter.register"
    _description = "Register of Numbered Letters"
    _auto = False
    _order = "letter_date desc, id desc"

    res_model = fields.Char(readonly=True)
    res_id = fields.Many2oneReference(model_field="res_model", readonly=True)
    kind = fields.Selection(selection="_sk_kinds", readonly=True)
    perihal = fields.Char(compute="_compute_letter", string="Perihal")
    addressee = fields.Char(compute="_compute_letter", string="Addressed To")
    letter_number = fields.Char(readonly=True)
    letter_date = fields.Date(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    perangkat_daerah_id = fields.Many2one("hr.department", string="Perangkat Daerah", readonly=True)

    @api.model
    def _sk_kinds(self):
        """Each numbering model's letter, by its name in the reader's language, and the
        correspondence some of them number in the same register."""
        kinds = [
            (model._name, self.env["ir.model"]._get(model._name).name)
            for model in self._sk_numbering_models()
        ]
        extra = {
            "request": self.env._("Surat Permohonan Pelibatan"),
            "answer": self.env._("Surat Jawaban Pelibatan"),
        }
        for model in self._sk_numbering_models():
            kinds += [
                (f"{model._name}:{kind}", extra[kind]) for kind, *_f in model._sk_register_numbers
            ]
        return kinds

    @api.depends("res_model", "res_id", "kind")
    def _compute_letter(self):
        for row in self:
            letter_kind = row.kind.partition(":")[2] or "letter"
            # sudo: who reads the register reads what its letters are about and to whom
            record = self.env[row.res_model].sudo().browse(row.res_id)
            row.perihal, row.addressee = record._sk_register_details(letter_kind)

    @api.model
    def _sk_numbering_models(self):
        return [
            self.env[name]
            for name in sorted(self.env["sk.letter.mixin"]._inherit_children)
            if not self.env[name]._abstract and self.env[name]._sk_register_unit_field
        ]

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        selects = []
        for model in self._sk_numbering_models():
            numbers = [(model._name, "letter_number", "letter_date")]
            numbers += [
                (f"{model._name}:{kind}", number, date)
                for kind, number, date in model._sk_register_numbers
            ]
            selects += [
                SQL(
                    """SELECT %(model)s AS res_model, r.id AS res_id, %(kind)s AS kind,
                              r.%(number)s AS letter_number, r.%(date)s AS letter_date,
                              r.company_id, u.sk_perangkat_daerah_id AS perangkat_daerah_id
                         FROM %(table)s r
                         LEFT JOIN hr_department u ON u.id = r.%(unit)s
                        WHERE r.%(number)s IS NOT NULL""",
                    model=model._name,
                    kind=kind,
                    number=SQL.identifier(number),
                    date=SQL.identifier(date),
                    table=SQL.identifier(model._table),
                    unit=SQL.identifier(model._sk_register_unit_field),
                )
                for kind, number, date in numbers
            ]
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (SELECT row_number() OVER () AS id, * FROM (%s) r)",
                SQL.identifier(self._table),
                SQL(" UNION ALL ").join(selects),
            )
        )

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        # the view reads the numbering models' tables: what they hold in memory goes first
        for model in self._sk_numbering_models():
            numbers = [name for _kind, *names in model._sk_register_numbers for name in names]
            model.flush_model(
                ["letter_number", "letter_date", "company_id", model._sk_register_unit_field]
                + numbers
            )
        return super()._search(domain, offset=offset, limit=limit, order=order)

    def action_sk_open_document(self):
        self.ensure_one()
        return document_form(self.env[self.res_model].browse(self.res_id))
