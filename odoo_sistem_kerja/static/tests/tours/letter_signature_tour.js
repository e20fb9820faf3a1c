import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("sistem_kerja_prepare_surat_tugas", {
    url: "/odoo/action-odoo_sistem_kerja.sk_letter_action/new",
    steps: () => [
        {
            content: "Choose the employee",
            trigger: ".o_field_widget[name=employee_id] input",
            run: "edit Rina",
        },
        {
            content: "Pick Rina",
            trigger: ".o-autocomplete--dropdown-item:contains(Rina)",
            run: "click",
        },
        {
            content: "Save the draft",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Her team role was taken from the Tim Kerja",
            trigger: ".o_field_widget[name=role_ids] .o_data_cell:contains(Anggota Tim Website Kota)",
        },
        {
            content: "Send it for signature",
            trigger: ".o_form_view button[name=action_submit]",
            run: "click",
        },
        {
            content: "It now waits for the Kepala Dinas",
            trigger: ".o_form_view .alert-info:contains(Kadis)",
        },
    ],
});

registry.category("web_tour.tours").add("sistem_kerja_sign_letter", {
    url: "/odoo",
    steps: () => [
        {
            content: "Open my activities",
            trigger: '.o_menu_systray i[aria-label="Activities"]',
            run: "click",
        },
        {
            content: "Open the letter waiting for my signature",
            trigger: '.o-mail-ActivityGroup[data-model_name="sk.letter"]',
            run: "click",
        },
        {
            content: "Open it",
            trigger: ".o_data_row .o_data_cell:contains(Rina)",
            run: "click",
        },
        {
            content: "Sign it",
            trigger: ".o_form_view button[name=action_approve]",
            run: "click",
        },
        {
            content: "The letter is issued with its number",
            trigger: ".o_form_view .o_field_widget[name=letter_number]:contains(423.105)",
        },
    ],
});
