from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    sk_profile_id = fields.Many2one(
        "sk.regulation.profile", string="Regulation Profile", copy=False
    )

    @api.model_create_multi
    def create(self, vals_list):
        companies = super().create(vals_list)
        companies._sk_ensure_profile()
        return companies

    def write(self, vals):
        # a profile named after its company follows the company's new name
        named = self.browse()
        if "name" in vals:
            # sudo: whether the profile kept its given name, whoever renames the company
            named = self.filtered(lambda c: c.sk_profile_id.sudo()._sk_named_after_company())
        result = super().write(vals)
        for company in named:
            # sudo: the name follows, whoever renames
            profile = company.sk_profile_id.sudo().with_context(lang="en_US")
            profile.name = profile._sk_company_profile_name(company)
            profile._sk_name_in_every_language()
        return result

    def _sk_ensure_profile(self):
        Profile = self.env["sk.regulation.profile"]
        for company in self.filtered(lambda c: not c.sk_profile_id):
            # sudo: a new company gets its profile, whoever creates it
            company.sudo().sk_profile_id = Profile._sk_create_for_company(company)

    @api.model
    def _sk_ensure_all_profiles(self):
        # sudo: install hook: every company
        self.sudo().search([])._sk_ensure_profile()

    def _sk_profile(self):
        """The company's regulation profile (the "custom" preset until it has one)."""
        self.ensure_one()
        Profile = self.env["sk.regulation.profile"]
        # sudo: the rules of the company are read by everyone who works in it
        return self.sudo().sk_profile_id or Profile.sudo()._sk_default_preset()
