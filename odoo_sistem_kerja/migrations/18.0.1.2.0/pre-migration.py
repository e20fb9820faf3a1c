def migrate(cr, version):
    """The record rules were loaded as noupdate: let this version's fixed rules replace
    them (the rules file is now updated on every upgrade)."""
    cr.execute(
        "UPDATE ir_model_data SET noupdate = false "
        "WHERE module = 'odoo_sistem_kerja' AND model = 'ir.rule'"
    )
