from odoo import models


class IrModuleModule(models.Model):
    _inherit = "ir.module.module"

    def _load_module_terms(self, modules, langs, overwrite=False, imported_module=False):
        """Company routes and the steps decided before a language was loaded read in it too."""
        result = super()._load_module_terms(
            modules, langs, overwrite=overwrite, imported_module=imported_module
        )
        if "odoo_sistem_kerja" in modules and "sk.approval.line" in self.env:
            self.env["sk.regulation.profile"]._sk_fill_copied_translations()
            self.env["sk.approval.line"]._sk_fill_step_translations()
        return result
