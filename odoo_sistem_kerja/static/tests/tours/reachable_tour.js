import { registry } from "@web/core/registry";

// A JF opens what their work leads to: the team from My Roles, the official owning it,
// and a colleague in the Employee Directory (issue 10: no screen may fail for a role).
registry.category("web_tour.tours").add("sistem_kerja_jf_reaches", {
    url: "/odoo",
    steps: () => [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Open the Sistem Kerja app",
            trigger: '.o_app[data-menu-xmlid="odoo_sistem_kerja.menu_sistem_kerja_root"]',
            run: "click",
        },
        {
            content: "The app opens on My Roles",
            trigger: '.o_breadcrumb:contains("My Roles")',
        },
        {
            content: "Open the team",
            trigger: '.o_data_row:contains("Tim Data") button[name=action_sk_open_document]',
            run: "click",
        },
        {
            content: "The team's form, with the official who owns it",
            trigger: ".o_form_view .o_field_widget[name=owner_employee_id]:contains(Kasi)",
        },
        {
            content: "Open the official's employee form from the team",
            trigger: ".o_field_widget[name=owner_employee_id] a.o_form_uri",
            run: "click",
        },
        {
            content: "The official's public form, with the Sistem Kerja tab",
            trigger: '.o_form_view .o_notebook a:contains("Sistem Kerja")',
        },
        {
            content: "Open the organisation menu",
            trigger: '.o_main_navbar button:contains("Organisation")',
            run: "click",
        },
        {
            content: "Open the Employee Directory",
            trigger: '.dropdown-item:contains("Employee Directory")',
            run: "click",
        },
        {
            content: "Open a colleague",
            trigger: '.o_data_row:contains("Kasi") .o_data_cell',
            run: "click",
        },
        {
            content: "The colleague's public form, with the Sistem Kerja tab",
            trigger: '.o_form_view .o_notebook a:contains("Sistem Kerja")',
        },
    ],
});
