"""Employees and units load from a spreadsheet through Odoo's standard import."""

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase

UNITS_CSV = """name,parent_id,sk_unit_type_id,sk_unit_code
Dinas Pendidikan,,Dinas,423.101
Bidang Pembinaan SD,Dinas Pendidikan,Bidang,
"""

EMPLOYEES_CSV = "\n".join(
    [
        "name,sk_nip,sk_asn_status,sk_pangkat_id,sk_jenis_jabatan,sk_jabatan_fungsional_id,"
        "sk_kategori_jf,sk_jenjang_id,department_id",
        "Ani Lestari,198703152011012003,PNS,III/c,Fungsional,Analis Kebijakan,Keahlian,"
        "Ahli Muda,Bidang Pembinaan SD",
        "Bambang Susilo,199001012015031004,PNS,II/b,Pelaksana,,,,Dinas Pendidikan",
        "",
    ]
)


class TestImport(SistemKerjaCase):
    def import_csv(self, model, csv_text):
        header = csv_text.splitlines()[0].split(",")
        wizard = self.env["base_import.import"].create(
            {"res_model": model, "file": csv_text.encode(), "file_type": "text/csv"}
        )
        options = {
            "has_headers": True,
            "quoting": '"',
            "separator": ",",
            "name_create_enabled_fields": {},
        }
        result = wizard.execute_import(header, header, options)
        self.assertFalse(result["messages"], result["messages"])
        return self.env[model].browse(result["ids"])

    def test_import_units_then_employees(self):
        units = self.import_csv("hr.department", UNITS_CSV)
        dinas, bidang = units
        self.assertEqual(dinas.sk_unit_type_id.code, "dinas")
        self.assertEqual(dinas.sk_unit_code, "423.101")
        self.assertEqual(bidang.sk_perangkat_daerah_id, dinas)
        ani, bambang = self.import_csv("hr.employee", EMPLOYEES_CSV)
        self.assertEqual(ani.sk_nip, "198703152011012003")
        self.assertEqual(ani.sk_jenjang_id.code, "ahli_muda")
        self.assertEqual(ani.sk_pangkat_id.golongan, "III/c")
        self.assertEqual(ani.department_id, bidang)
        self.assertEqual(bambang.sk_jenis_jabatan, "pelaksana")

    def test_import_rejects_bad_row_with_message(self):
        bad = EMPLOYEES_CSV.replace("198703152011012003", "198713152011012003")
        header = bad.splitlines()[0].split(",")
        wizard = self.env["base_import.import"].create(
            {"res_model": "hr.employee", "file": bad.encode(), "file_type": "text/csv"}
        )
        before = self.env["hr.employee"].search_count([])
        result = wizard.execute_import(
            header,
            header,
            {
                "has_headers": True,
                "quoting": '"',
                "separator": ",",
                "name_create_enabled_fields": {},
            },
        )
        self.assertIn("birth date", str(result["messages"]))
        self.assertEqual(self.env["hr.employee"].search_count([]), before)
