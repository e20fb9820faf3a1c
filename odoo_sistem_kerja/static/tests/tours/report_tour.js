import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("sistem_kerja_send_report", {
    url: "/odoo/action-odoo_sistem_kerja.sk_report_action",
    steps: () => [
        {
            content: "Open the report drafted for the period",
            trigger: ".o_data_row:contains(Tim Layanan Digital) .o_data_cell",
            run: "click",
        },
        {
            content: "Write what was done",
            trigger: ".o_form_view .o_field_html[name=content] p",
            run: "editor Aplikasi pengaduan diuji coba di tiga kecamatan.",
        },
        {
            content: "Send it",
            trigger: ".o_form_view button[name=action_send]",
            run: "click",
        },
        {
            content: "It is sent",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains(Sent)",
        },
    ],
});

registry.category("web_tour.tours").add("sistem_kerja_acknowledge_report", {
    url: "/odoo/action-odoo_sistem_kerja.sk_report_action",
    steps: () => [
        {
            content: "Open the report sent to me",
            trigger: ".o_data_row:contains(Tim Layanan Digital) .o_data_cell",
            run: "click",
        },
        {
            content: "Acknowledge it",
            trigger: ".o_form_view button[name=action_acknowledge]",
            run: "click",
        },
        {
            content: "It is acknowledged",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains(Acknowledged)",
        },
    ],
});

registry.category("web_tour.tours").add("sistem_kerja_open_dialog_kinerja", {
    url: "/odoo/action-odoo_sistem_kerja.sk_dialog_kinerja_action",
    steps: () => [
        {
            content: "The Dialog Kinerja list opens",
            trigger: ".o_breadcrumb:contains(Dialog Kinerja)",
        },
        {
            content: "A new dialog opens its form",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "The form shows the expected results",
            trigger: ".o_form_view .o_field_widget[name=expected_results]",
        },
    ],
});
