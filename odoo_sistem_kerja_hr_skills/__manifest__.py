# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Sistem Kerja ASN - Resume",
    "summary": "An ASN's resume starts at the TMT CPNS, not on the day the record was created",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Sistem Kerja",
    "author": "odoo_sistem_kerja contributors",
    "website": "https://github.com/odoo-sistem-kerja/odoo_sistem_kerja",
    "license": "LGPL-3",
    # hr_skills is auto-installed with hr: this bridge follows it wherever both are present
    "depends": ["odoo_sistem_kerja", "hr_skills"],
    "auto_install": True,
    "installable": True,
    "post_init_hook": "_date_existing_service_lines",
}
