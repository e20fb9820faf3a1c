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
    # web_hierarchy: the organisation chart view of Unit Organisasi
    "depends": ["hr", "mail", "web_hierarchy"],
    "data": [
        "security/sistem_kerja_security.xml",
        "security/ir.model.access.csv",
        "security/sistem_kerja_rules.xml",
        "data/sk_unit_type_data.xml",
        "data/sk_jenjang_data.xml",
        "data/sk_pangkat_data.xml",
        "data/sk_jabatan_fungsional_data.xml",
        "data/sk_regulation_profile_data.xml",
        "views/hr_department_views.xml",
        "views/hr_employee_views.xml",
        "views/sk_kedudukan_views.xml",
        "views/sk_delegation_views.xml",
        "views/sk_regulation_profile_views.xml",
        "views/sk_master_data_views.xml",
        "views/res_config_settings_views.xml",
        "wizard/sk_kedudukan_bulk_wizard_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/sistem_kerja_demo.xml"],
    "assets": {
        "web.assets_tests": ["odoo_sistem_kerja/static/tests/tours/*.js"],
    },
    "application": True,
}
