"""Every Sistem Kerja user lands on their work: the Admin Kepegawaian on the dashboard, a
unit head on the decisions waiting for them, an ASN on their roles. A home action the user
(or their administrator) chose elsewhere is never replaced."""

from odoo import api, models

# the first group the user holds gives the landing page
LANDINGS = (
    ("odoo_sistem_kerja.group_sk_admin", "odoo_sistem_kerja.hr_employee_public_action_dashboard"),
    ("odoo_sistem_kerja.group_sk_pimpinan", "odoo_sistem_kerja.sk_approval_line_action_inbox"),
    ("odoo_sistem_kerja.group_sk_asn", "odoo_sistem_kerja.sk_my_role_action"),
)


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        users._sk_land_on_role()
        return users

    def write(self, vals):
        result = super().write(vals)
        if any(
            name == "groups_id" or name.startswith(("in_group_", "sel_groups_")) for name in vals
        ):
            self._sk_land_on_role()
        return result

    def _sk_land_on_role(self):
        """Set the home action of these users to their role's landing page, where they have
        none or one of ours (a role that changed)."""
        landings = [
            (self.env.ref(group, False), self.env.ref(action, False)) for group, action in LANDINGS
        ]
        ours = {action.id for _group, action in landings if action}
        for user in self:
            if user.action_id and user.action_id.id not in ours:
                continue
            landing = next(
                (action.id for group, action in landings if group and group in user.groups_id),
                False,
            )
            if user.action_id.id != landing:
                # sudo: the home action is set by the role given, whoever gives it
                user.sudo().action_id = landing
