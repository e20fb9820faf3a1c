"""The demo, loaded as ``./dev run`` loads it (its records produced through the real engine),
inside this test's transaction: what a newcomer finds and prints at once (issues 10 and 12)."""

import io

import openpyxl

from odoo.modules.module import get_manifest
from odoo.tools.convert import convert_file

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase

MODULE = "odoo_sistem_kerja"


class TestDemo(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context={})
        for filename in get_manifest(MODULE)["demo"]:
            convert_file(cls.env, MODULE, filename, {}, mode="init", kind="demo")
        cls.ref = staticmethod(lambda xmlid: cls.env.ref(f"{MODULE}.{xmlid}"))

    def test_the_mpph_of_the_demo_dinas(self):
        dinas = self.ref("unit_kominfo")
        pk = self.env["sk.perjanjian.kinerja"].search([("department_id", "=", dinas.id)])
        self.assertEqual(pk.state, "ditetapkan")
        sheet = openpyxl.load_workbook(io.BytesIO(pk._sk_mpph_xlsx()))["MPPH"]
        self.assertEqual(sheet["A1"].value, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
        self.assertEqual(sheet["A2"].value, f"{dinas.name} – {pk.year}")
        rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=5)]
        analis = self.ref("emp_jf_analis_ikp")
        self.assertEqual(
            rows[0][:5],
            [
                1,
                "Meningkatnya keterbukaan informasi publik",
                "Indeks keterbukaan informasi publik",
                "90 Persen",
                dinas.manager_id.name,
            ],
        )
        self.assertEqual(
            rows[1][:5],
            [
                2,
                "Terlayaninya permohonan informasi publik tepat waktu",
                "Persentase permohonan informasi yang dijawab dalam 10 hari kerja",
                "95 Persen",
                self.ref("emp_kabid_ikp").name,
            ],
        )
        # the cascaded target is carried by the Analis Kebijakan alone, in four kegiatan
        self.assertEqual(
            sorted(row[6] for row in rows[1:]),
            [
                "Dasbor keterbukaan informasi",
                "Laporan layanan PPID semester I",
                "Rilis berita kinerja triwulan",
                "Survei kepuasan layanan informasi",
            ],
        )
        self.assertEqual({row[7] for row in rows[1:]}, {f"{analis.name}\n{analis.sk_nip}"})
        pdf = self.render_pdf(pk, "odoo_sistem_kerja.action_report_mpph")
        flat = " ".join(self.pdf_tool(pdf, "pdftotext", "-layout").split())
        for expected in (
            "MATRIKS PEMBAGIAN PERAN DAN HASIL",
            "Meningkatnya keterbukaan informasi publik",
            "Rilis berita kinerja triwulan",
            analis.name,
        ):
            self.assertIn(expected, flat)

    def test_the_established_team_prints_its_sk_and_has_reported(self):
        team = self.ref("team_transformasi_digital")
        self.assertEqual(team.state, "active")
        self.assertTrue(team.letter_number)
        text = " ".join(
            self.pdf_tool(
                self.render_pdf(team, "odoo_sistem_kerja.action_report_sk_tim_kerja"),
                "pdftotext",
                "-layout",
            ).split()
        )
        self.assertIn(team.letter_number, text)
        self.assertIn("Pemerintah Kabupaten Sukamaju".upper(), text.upper())
        reports = team.report_ids
        self.assertEqual(sorted(reports.mapped("kind")), ["performance", "team"])
        self.assertEqual(set(reports.mapped("state")), {"sent"})
        self.assertEqual(reports.author_id, team.ketua_id)
