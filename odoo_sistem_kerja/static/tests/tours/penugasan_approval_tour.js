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

registry.category("web_tour.tours").add("sistem_kerja_bulk_approve", {
    url: "/odoo/action-odoo_sistem_kerja.sk_penugasan_action_my_approvals",
    steps: () => [
        {
            content: "Select every request waiting for me",
            trigger: ".o_list_view thead .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Approve them at once",
            trigger: ".o_list_view button[name=action_sk_bulk_approve]",
            run: "click",
        },
        {
            content: "The result is reported",
            trigger: ".o_notification:contains(2 record(s) decided)",
        },
    ],
});
