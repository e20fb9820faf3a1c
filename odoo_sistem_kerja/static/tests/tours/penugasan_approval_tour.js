import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("sistem_kerja_approve_from_activity", {
    url: "/odoo",
    steps: () => [
        {
            content: "Open my activities",
            trigger: '.o_menu_systray i[aria-label="Activities"]',
            run: "click",
        },
        {
            content: "Open the Penugasan waiting for me",
            trigger: '.o-mail-ActivityGroup[data-model_name="sk.penugasan"]',
            run: "click",
        },
        {
            content: "Open the request",
            trigger: ".o_data_row .o_data_cell:contains(PGS/)",
            run: "click",
        },
        {
            content: "Approve it",
            trigger: ".o_form_view button[name=action_approve]",
            run: "click",
        },
        {
            content: "The request now waits for the Kepala Dinas",
            trigger: ".o_form_view .alert-info:contains(Kadis)",
        },
        {
            content: "and the Approve button is gone for me",
            trigger: ".o_form_view:not(:has(button[name=action_approve]))",
        },
    ],
});
