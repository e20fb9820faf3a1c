# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Sistem Kerja ASN",
    "summary": "Work system of PermenPAN-RB 7/2022 for regional governments: "
    "kedudukan, Tim Kerja, Penugasan and their letters",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Sistem Kerja",
    "author": "odoo_sistem_kerja contributors",
    "website": "https://github.com/odoo-sistem-kerja/odoo_sistem_kerja",
    "license": "LGPL-3",
    "depends": ["hr", "mail"],
    "data": [
        "security/sistem_kerja_security.xml",
        "security/ir.model.access.csv",
        "views/hr_department_views.xml",
        "views/menus.xml",
    ],
    "assets": {
        "web.assets_tests": ["odoo_sistem_kerja/static/tests/tours/*.js"],
    },
    "application": True,
}
