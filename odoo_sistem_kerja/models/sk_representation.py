from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

REPRESENTATION_TYPES = [
    ("plt", "Plt. (Pelaksana Tugas)"),
    ("plh", "Plh. (Pelaksana Harian)"),
    ("an", "a.n. (atas nama)"),
]


class SkRepresentation(models.Model):
    """An official represented by another for a period (Plt., Plh., a.n.).

    Pending approval steps of the official move to the representative while the period
    runs and come back when it ends.
    """

    _name = "sk.representation"
    _description = "Representation (Plt/Plh)"
    _inherit = ["mail.thread", "sk.acting.period.mixin"]
    _order = "date_from desc, id desc"

    official_id = fields.Many2one(
        "hr.employee", string="Official", required=True, tracking=True, index=True
    )
    representative_id = fields.Many2one(
        "hr.employee", string="Representative", required=True, tracking=True, index=True
    )
    type = fields.Selection(REPRESENTATION_TYPES, required=True, default="plh", tracking=True)
    company_id = fields.Many2one(
        related="official_id.company_id", store=True, index=True, precompute=True
    )
    date_to = fields.Date(required=True)  # a Plt./Plh. always has an end

    @api.depends("official_id", "representative_id", "type")
    def _compute_display_name(self):
        for rep in self:
            rep.display_name = self.env._(
                "%(prefix)s %(official)s: %(representative)s",
                prefix=rep._sk_prefix(),
                official=rep.official_id.name or "",
                representative=rep.representative_id.name or "",
            )

    def _sk_prefix(self):
        return {"plt": "Plt.", "plh": "Plh.", "an": "a.n."}.get(self.type, "")

    def _sk_caption(self):
        """How a step decided by this representative reads in the history ("Plh. Kadis"),
        kept on the step so that the history never changes afterwards."""
        return f"{self._sk_prefix()} {self.official_id.name}" if self else False

    @api.constrains("official_id", "representative_id", "date_from", "date_to")
    def _check_representation(self):
        for rep in self:
            if rep.official_id == rep.representative_id:
                raise ValidationError(self.env._("An official cannot represent themselves."))
            if rep.date_to < rep.date_from:
                raise ValidationError(self.env._("A representation cannot end before it starts."))
            if rep.representative_id.sk_jenis_jabatan == "pelaksana":
                # Plt./Plh. is held by an official (SE Kepala BKN 1/2021): never a pelaksana
                raise ValidationError(
                    self.env._(
                        "%(name)s is a pelaksana and cannot act for an official.",
                        name=rep.representative_id.name,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_decided(self):
        decided = (
            self.env["sk.approval.line"]
            # sudo: whether a representative decided, in histories the user may not read
            .sudo()
            .search_count(
                [("representation_id", "in", self.ids), ("state", "!=", "waiting")], limit=1
            )
        )
        if decided:
            raise UserError(
                self.env._(
                    "A representative who was asked to decide is part of the approval history: "
                    "archive the representation or end its period instead."
                )
            )

    @api.model
    def _sk_for(self, official, on_date=None):
        return self._sk_in_force(on_date).filtered(lambda rep: rep.official_id == official)[:1]

    @api.model
    def _sk_acting(self, official, need_user=True):
        """(acting employee, representation, notes): who acts for ``official`` today, the
        Plt./Plh. in force or the official; with ``need_user``, past an official without
        an Odoo user to the head above, each step said in ``notes``."""
        representation = self._sk_for(official)
        acting = representation.representative_id if representation else official
        notes = []
        while need_user and acting and not acting.user_id:
            unit = acting.department_id
            if unit.manager_id == acting:
                unit = unit.parent_id
            _unit, above, _vacant = (
                unit._sk_find_head(exclude=acting) if unit else (None, acting.browse(), [])
            )
            notes.append(
                self.env._(
                    "%(official)s has no user; %(above)s decides.",
                    official=acting.name,
                    above=above.name or "-",
                )
            )
            acting = above
        return acting, representation, notes

    @api.model_create_multi
    def create(self, vals_list):
        representations = super().create(vals_list)
        representations._sk_sync_pending_steps()
        return representations

    def write(self, vals):
        officials = self.official_id
        res = super().write(vals)
        (self.official_id | officials)._sk_sync_pending_steps_of()
        return res

    def _sk_sync_pending_steps(self):
        self.official_id._sk_sync_pending_steps_of()

    @api.model
    def _cron_sync_pending_steps(self):
        lines = self.env["sk.approval.line"].search([("state", "=", "pending")])
        lines.official_id._sk_sync_pending_steps_of()
