import { registry } from "@web/core/registry";

function pick(field, text) {
    return [
        {
            content: `Type ${text} in ${field}`,
            trigger: `.o_field_widget[name=${field}] input`,
            run: `edit ${text}`,
        },
        {
            content: `Choose ${text}`,
            trigger: `.o_field_widget[name=${field}] .o-autocomplete--dropdown-item a:contains(${text})`,
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("sistem_kerja_employee_penilai", {
    steps: () => [
        ...pick("department_id", "Bidang Aplikasi Informatika"),
        {
            content: "Open the Sistem Kerja tab",
            trigger: ".o_notebook_headers a:contains(Sistem Kerja)",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=sk_jenis_jabatan] select",
            run: "selectByLabel Fungsional",
        },
        ...pick("sk_jabatan_fungsional_id", "Analis Kebijakan"),
        {
            trigger: ".o_field_widget[name=sk_kategori_jf] select",
            run: "selectByLabel Keahlian",
        },
        ...pick("sk_jenjang_id", "Ahli Muda"),
        {
            content: "The Kepala Bidang is proposed as Pejabat Penilai Kinerja",
            trigger: ".o_field_widget[name=sk_proposed_penilai_id]:contains(Hendra Kusuma)",
        },
        {
            content: "The rule that derived it is shown",
            trigger: ".o_field_widget[name=sk_proposal_note]:contains(Ahli Muda and below)",
        },
        {
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_form_saved",
        },
    ],
});
