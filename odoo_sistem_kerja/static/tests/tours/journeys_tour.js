/**
 * A day of each role of the demo Pemda, in Bahasa Indonesia, from the page the role lands
 * on (issue 22). Menus are found by their xmlid, buttons by their method: the steps read
 * the same in any language; what they leave behind is checked by tests/test_journeys.py.
 */
import { rpc } from "@web/core/network/rpc";
import { registry } from "@web/core/registry";

const tours = registry.category("web_tour.tours");

function menu(xmlid) {
    return {
        content: `Open the menu ${xmlid}`,
        trigger: `[data-menu-xmlid='odoo_sistem_kerja.${xmlid}']`,
        run: "click",
    };
}

function decideFromInbox(recordName) {
    return [
        {
            content: `Open ${recordName} from the decisions waiting`,
            trigger: `.o_list_view .o_data_row:contains("${recordName}") button[name=action_sk_open_document]`,
            run: "click",
        },
        {
            content: "Decide it",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_approve]",
            run: "click",
        },
        {
            content: "Decided: nothing is left to decide on it",
            trigger: ".o_form_view:not(:has(.o_statusbar_buttons button[name=action_approve]))",
        },
    ];
}

function printFromForm(item) {
    return [
        {
            content: "Open the actions of the form",
            trigger: ".o_control_panel .o-dropdown.dropdown-toggle:has(.fa-cog)",
            run: "click",
        },
        {
            content: `Print ${item} (under Print when the record has several letters)`,
            trigger: ".dropdown-menu .dropdown-item",
            run: async () => {
                const items = () => [...document.querySelectorAll(".dropdown-menu .dropdown-item")];
                const find = () => items().find((el) => el.textContent.trim() === item);
                let target = find();
                const print = items().find((el) => el.textContent.trim() === "Cetak");
                if (!target && print) {
                    print.click();
                    for (let attempt = 0; attempt < 50 && !target; attempt++) {
                        await new Promise((resolve) => setTimeout(resolve, 100));
                        target = find();
                    }
                }
                if (!target) {
                    const offered = items().map((el) => el.textContent.trim());
                    throw new Error(`${item} is not offered: ${offered.join(", ")}`);
                }
                target.click();
            },
        },
    ];
}

function reportServed(reportName) {
    return {
        content: `The ${reportName} of this record is served as the Print menu asks for it`,
        trigger: ".o_form_view",
        run: async () => {
            const resId = parseInt(window.location.pathname.split("/").pop());
            const response = await fetch(`/report/pdf/odoo_sistem_kerja.${reportName}/${resId}`);
            if (!response.ok) {
                throw new Error(`${reportName} could not be printed: ${response.status}`);
            }
        },
    };
}

function openRow(text) {
    return [
        {
            content: `Open ${text}`,
            trigger: `.o_data_row:contains(${text}) td.o_data_cell`,
            run: "click",
        },
        {
            content: "Its form is open",
            trigger: ".o_form_view .o_form_sheet",
        },
    ];
}

tours.add("sk_journey_kepala_pd", {
    url: "/odoo",
    steps: () => [
        {
            content: "The Kepala Dinas lands on the decisions waiting for her, in Indonesian",
            trigger: ".o_breadcrumb:contains(Menunggu Keputusan Saya)",
        },
        ...decideFromInbox("Tim Satu Data Sukamaju"),
        {
            content: "Back to the decisions waiting",
            trigger: ".o_breadcrumb .breadcrumb-item a",
            run: "click",
        },
        ...decideFromInbox("Dasbor keterbukaan informasi"),
    ],
});

tours.add("sk_journey_camat", {
    url: "/odoo",
    steps: () => [...decideFromInbox("Pemutakhiran data kependudukan")],
});

tours.add("sk_journey_kabid", {
    url: "/odoo",
    steps: () => [
        ...decideFromInbox("Pemeliharaan jaringan dan perangkat sekretariat"),
        menu("menu_kinerja"),
        menu("menu_report"),
        {
            content: "Open the Ketua's report of the team",
            trigger: ".o_data_row:contains(Ketua Tim kepada Pimpinan Unit) td.o_data_cell",
            run: "click",
        },
        {
            content: "Acknowledge it",
            trigger: ".o_form_view button[name=action_acknowledge]",
            run: "click",
        },
        {
            content: "Acknowledged",
            trigger: ".o_form_view:not(:has(.o_statusbar_buttons button[name=action_acknowledge]))",
        },
    ],
});

tours.add("sk_journey_ketua", {
    url: "/odoo",
    steps: () => [
        {
            content: "The Ketua lands on her roles",
            trigger: ".o_breadcrumb:contains(Peran Saya)",
        },
        menu("menu_kinerja"),
        menu("menu_kegiatan"),
        {
            content: "No kegiatan yet: the page says how to plan the first, it is not blank",
            trigger: ".o_view_nocontent:contains(Rencanakan kegiatan pertama)",
        },
        menu("menu_work"),
        menu("menu_my_roles"),
        {
            content: "Back on her roles, she opens her team",
            trigger:
                ".o_data_row:contains(Tim Transformasi Layanan Digital) button[name=action_sk_open_document]",
            run: "click",
        },
        {
            content: "Plan a kegiatan of the team",
            trigger: ".o_form_view button[name=action_sk_plan_kegiatan]",
            run: "click",
        },
        {
            content: "The target the team carries is chosen",
            trigger: ".o_field_widget[name=sk_target_id] input:value(Terselenggaranya aplikasi)",
        },
        {
            content: "Name the kegiatan",
            trigger: ".o_field_widget[name=name] textarea, .o_field_widget[name=name] input",
            run: "edit Integrasi aplikasi perizinan",
        },
        {
            content: "Save it",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved in Perencanaan, with its hand-in button for later",
            trigger: ".o_form_saved .o_statusbar_buttons button[name=action_sk_submit_result]",
        },
    ],
});

tours.add("sk_journey_jf", {
    url: "/odoo",
    steps: () => [
        {
            content: "The JF lands on his roles",
            trigger: ".o_breadcrumb:contains(Peran Saya)",
        },
        menu("menu_kinerja"),
        menu("menu_kegiatan"),
        {
            content: "Open the kegiatan he carries out",
            trigger: ".o_kanban_record:contains(Survei kepuasan layanan informasi)",
            run: "click",
        },
        {
            content: "Hand in the result",
            trigger: ".o_form_view button[name=action_sk_submit_result]",
            run: "click",
        },
        {
            content: "It now waits for its reviewer",
            trigger: ".o_form_view .o_field_widget[name=current_approver_id]:not(:empty)",
        },
    ],
});

tours.add("sk_journey_volunteer", {
    url: "/odoo",
    steps: () => [
        menu("menu_work"),
        menu("menu_open_call"),
        {
            content: "Open the call",
            trigger: ".o_data_row:contains(Pengembang dasbor kinerja) td.o_data_cell",
            run: "click",
        },
        {
            content: "Saya Bersedia",
            trigger: ".o_form_view button[name=action_volunteer]",
            run: "click",
        },
        {
            content: "The application is sent to her superiors",
            trigger: ".o_form_view .o_field_widget[name=current_approver_id]:not(:empty)",
        },
    ],
});

tours.add("sk_journey_admin", {
    url: "/odoo",
    steps: () => [
        {
            content: "The Admin Kepegawaian lands on the dashboard",
            trigger: ".o_pivot table",
        },
        menu("menu_dashboard"),
        menu("menu_dashboard_letters"),
        {
            content: "The letters issued, per month and Perangkat Daerah",
            trigger: ".o_graph_renderer canvas",
        },
        menu("menu_kinerja"),
        menu("menu_perjanjian_kinerja"),
        {
            content: "Open the Perjanjian Kinerja of Dinas Kominfo",
            trigger: ".o_data_row:contains(Dinas Komunikasi dan Informatika) td.o_data_cell",
            run: "click",
        },
        {
            content: "Its MPPH downloads as a workbook",
            trigger: ".o_form_view button[name=action_sk_mpph_xlsx]",
        },
        menu("menu_work"),
        menu("menu_penugasan"),
        {
            content: "Open an approved assignment",
            trigger: ".o_data_row:contains(Pendampingan migrasi aplikasi perizinan) td.o_data_cell",
            run: "click",
        },
        {
            content: "Its form is open",
            trigger: ".o_form_view .o_field_widget[name=letter_number]",
        },
        {
            content: "Open the actions of the form",
            trigger: ".o_control_panel .o-dropdown.dropdown-toggle:has(.fa-cog)",
            run: "click",
        },
        {
            content: "Print its Surat Tugas",
            trigger: ".dropdown-menu .dropdown-item:contains(Surat Tugas)",
            run: "click",
        },
        {
            content: "The letter is printed: its first print is kept for the QR's page",
            trigger: ".o_form_view",
            run: async () => {
                const resId = parseInt(window.location.pathname.split("/").pop());
                for (let attempt = 0; attempt < 100; attempt++) {
                    const printed = await rpc("/web/dataset/call_kw/sk.letter.verification/search_count", {
                        model: "sk.letter.verification",
                        method: "search_count",
                        args: [
                            [
                                ["res_model", "=", "sk.penugasan"],
                                ["res_id", "=", resId],
                            ],
                        ],
                        kwargs: {},
                    });
                    if (printed) {
                        return;
                    }
                    await new Promise((resolve) => setTimeout(resolve, 200));
                }
                throw new Error("The Surat Tugas was not printed");
            },
        },
        // every other letter kind, and the MPPH, from the Print menu of its record
        menu("menu_work"),
        menu("menu_team"),
        ...openRow("Tim Transformasi Layanan Digital"),
        ...printFromForm("SK Tim Kerja"),
        reportServed("report_sk_tim_kerja"),
        menu("menu_work"),
        menu("menu_letters"),
        ...openRow("Rina Wulandari"),
        ...printFromForm("Surat"),
        reportServed("report_sk_letter"),
        menu("menu_work"),
        menu("menu_penugasan"),
        ...openRow("Analisis data layanan kesehatan"),
        ...printFromForm("Surat Permohonan Pelibatan"),
        reportServed("report_permohonan_pelibatan"),
        ...printFromForm("Surat Jawaban Permohonan Pelibatan"),
        reportServed("report_jawaban_pelibatan"),
        menu("menu_kinerja"),
        menu("menu_perjanjian_kinerja"),
        ...openRow("Dinas Komunikasi dan Informatika"),
        ...printFromForm("Matriks Pembagian Peran dan Hasil"),
        reportServed("report_mpph"),
    ],
});

tours.add("sk_journey_ketua_report", {
    url: "/odoo",
    steps: () => [
        menu("menu_kinerja"),
        menu("menu_report"),
        {
            content: "Open the report her Kabid asked for, still a draft",
            trigger: ".o_data_row:contains(Draf) td.o_data_cell",
            run: "click",
        },
        {
            content: "Write it",
            trigger: ".o_field_html[name=content] p",
            run: "editor Modul pengaduan siap diuji di semua kecamatan.",
        },
        {
            content: "Send it",
            trigger: ".o_form_view button[name=action_send]",
            run: "click",
        },
        {
            content: "Sent",
            trigger: ".o_form_view:not(:has(.o_statusbar_buttons button[name=action_send]))",
        },
    ],
});

tours.add("sk_journey_signer", {
    url: "/odoo",
    steps: () => [
        {
            content: "The Kepala Dinas lands on the decisions waiting for her",
            trigger: ".o_breadcrumb:contains(Menunggu Keputusan Saya)",
        },
        menu("menu_work"),
        menu("menu_letters"),
        {
            content: "Open the Surat Tugas she issued",
            trigger: ".o_data_row:contains(Rina Wulandari) td.o_data_cell",
            run: "click",
        },
        {
            content: "It waits for her electronic signature",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_sign_electronically]",
            run: "click",
        },
        {
            content: "She types her passphrase",
            trigger: ".modal div[name=passphrase] input",
            run: "edit tte-demo-2026",
        },
        {
            content: "and signs",
            trigger: ".modal button[name=action_sign]",
            run: "click",
        },
        {
            content: "The letter is signed electronically",
            trigger: ".o_form_view .o_field_widget[name=sk_tte_state]:contains(Ditandatangani Secara Elektronik)",
        },
        {
            content: "and nothing is left to sign on it",
            trigger: ".o_form_view:not(:has(button[name=action_sign_electronically]))",
        },
    ],
});
