import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("sistem_kerja_open_app", {
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
            content: "The app opens on everything waiting for the user's decision",
            trigger: '.o_main_navbar .o_menu_brand:contains("Sistem Kerja")',
        },
        {
            trigger: '.o_breadcrumb:contains("Waiting for My Decision")',
        },
        {
            content: "Open the organisation",
            trigger: '.o_main_navbar button:contains("Organisation")',
            run: "click",
        },
        {
            trigger: '.dropdown-item:contains("Unit Organisasi")',
            run: "click",
        },
        {
            trigger: '.o_breadcrumb:contains("Unit Organisasi")',
        },
    ],
});
