from odoo import fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    sk_headed_department_ids = fields.Many2many(
        "hr.department",
        string="Units Headed",
        compute="_compute_sk_headed_department_ids",
        compute_sudo=True,
        help="Units whose head post the user holds; record rules open these units and "
        "everything below them.",
    )

    def _compute_sk_headed_department_ids(self):
        for user in self:
            user.sk_headed_department_ids = self.env["hr.department"].search(
                [("manager_id.user_id", "=", user.id)]
            )
