import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("sistem_kerja_hand_in_result", {
    url: "/odoo/action-odoo_sistem_kerja.sk_kegiatan_action",
    steps: () => [
        {
            content: "Open the kegiatan from the team's kanban",
            trigger: ".o_kanban_record:contains(Aplikasi pengaduan)",
            run: "click",
        },
        {
            content: "Hand in the result",
            trigger: ".o_form_view button[name=action_sk_submit_result]",
            run: "click",
        },
        {
            content: "It now waits for the Kabid",
            trigger: ".o_form_view .o_field_widget[name=current_approver_id]:contains(Kabid)",
        },
    ],
});

function decideFromActivity(label) {
    return [
        {
            content: "Open my activities",
            trigger: '.o_menu_systray i[aria-label="Activities"]',
            run: "click",
        },
        {
            content: "Open the results waiting for my review",
            trigger: '.o-mail-ActivityGroup[data-model_name="project.task"]',
            run: "click",
        },
        {
            content: "The review is due in a few days: show every activity, not only today's",
            trigger: ".o_searchview .o_facet_remove",
            run: "click",
        },
        {
            content: "Open the kegiatan",
            trigger: ".o_activity_record:contains(Aplikasi pengaduan)",
            run: "click",
        },
        {
            content: label,
            trigger: ".o_form_view button[name=action_approve]",
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("sistem_kerja_forward_result", {
    url: "/odoo",
    steps: () => [
        ...decideFromActivity("Forward the result"),
        {
            content: "It now waits for the Kepala Dinas",
            trigger: ".o_form_view .o_field_widget[name=current_approver_id]:contains(Kadis)",
        },
    ],
});

registry.category("web_tour.tours").add("sistem_kerja_accept_result", {
    url: "/odoo",
    steps: () => [
        ...decideFromActivity("Accept the result"),
        {
            content: "The kegiatan is in Selesai",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains(Selesai)",
        },
    ],
});
