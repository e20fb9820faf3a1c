"""The Matriks Pembagian Peran dan Hasil of a unit, as a real PDF and an XLSX (issue 12)."""

import base64
import io
from datetime import date

import openpyxl

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from odoo.addons.odoo_sistem_kerja.tests.work_common import YEAR, WorkCycleCase


class TestMpph(WorkCycleCase):
    def test_the_dinas_matrix_in_pdf_and_xlsx(self):
        pk = self.make_pk(
            self.dinas,
            [
                ("Layanan publik digital", self.heads["Kabid"]),
                ("Arsip tertata", self.heads["Sekretaris"]),
            ],
        )
        digital, arsip = pk.target_ids.sorted("id")
        team = self.make_team(
            self.bidang,
            [
                {
                    "employee_id": self.dodi.id,
                    "role": "ketua",
                    "sasaran_kinerja": "Aplikasi pengaduan berjalan",
                },
                {"employee_id": self.rina.id, "sasaran_kinerja": "Data pengaduan terolah"},
            ],
            name="Tim Layanan Digital",
        )
        self.decide_all(team, self.users["Kabid"])
        self.env["project.task"].with_user(self.users["Kabid"]).create(
            {
                "name": "Aplikasi pengaduan",
                "project_id": team.project_id.id,
                "sk_target_id": digital.id,
            }
        )
        rows = pk._sk_mpph_rows()
        self.assertEqual(
            [(r["sasaran"], r["member"], r["role"], r["result"]) for r in rows],
            [
                ("Layanan publik digital", "Dodi", "Ketua", "Aplikasi pengaduan berjalan"),
                ("Layanan publik digital", "Rina", "Anggota", "Data pengaduan terolah"),
                ("Arsip tertata", "", "", ""),
            ],
        )

        workbook = openpyxl.load_workbook(io.BytesIO(pk._sk_mpph_xlsx()))
        sheet = workbook["MPPH"]
        self.assertEqual(sheet["A1"].value, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
        self.assertEqual(sheet["A2"].value, f"Dinas Kominfo – {YEAR}")
        self.assertEqual(
            [cell.value for cell in sheet[4]],
            [
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "Target",
                "Penanggung Jawab",
                "Tim Kerja / Individu",
                "Kegiatan",
                "Nama / NIP",
                "Peran",
                "Hasil Kerja yang Diharapkan",
            ],
        )
        first = [cell.value for cell in sheet[5]]
        self.assertEqual(first[:2], [1, "Layanan publik digital"])
        self.assertEqual(
            first[3:7], ["100 Persen", "Kabid", "Tim Layanan Digital", "Aplikasi pengaduan"]
        )
        self.assertEqual(first[7], f"Dodi\n{self.dodi.sk_nip}")
        self.assertEqual(sheet["A6"].value, None, "a target's cells are written once")
        self.assertEqual(sheet["H6"].value.split("\n")[0], "Rina")
        self.assertEqual((sheet["A7"].value, sheet["B7"].value), (2, "Arsip tertata"))
        self.assertEqual(sheet.freeze_panes, "A5")

        pdf = self.render_pdf(pk, "odoo_sistem_kerja.action_report_mpph")
        text = self.pdf_tool(pdf, "pdftotext", "-layout")
        size = self.pdf_tool(pdf, "pdfinfo")
        flat = " ".join(text.split())
        for expected in [
            "MATRIKS PEMBAGIAN PERAN DAN HASIL",
            "Tim Layanan Digital",
            "Rina",
            "Arsip tertata",
        ]:
            self.assertIn(expected, flat)
        page = next(line for line in size.splitlines() if line.startswith("Page size:"))
        width, _x, height = page.split()[2:5]
        self.assertGreater(float(width), float(height), "landscape")

    def test_who_may_download_it(self):
        """The PK is read by the whole Pemda; a user outside Sistem Kerja reads nothing."""
        pk = self.make_pk(self.dinas, [("Layanan publik digital", self.heads["Kabid"])])
        self.assertTrue(pk.with_user(self.users["Rina"])._sk_mpph_xlsx())
        plain = new_test_user(self.env, "plain.user", groups="base.group_user")
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to access 'Perjanjian Kinerja'"
        ):
            pk.with_user(plain).check_access("read")


class TestEkinerjaExport(WorkCycleCase):
    def test_roles_and_accepted_results_with_their_evidence(self):
        pk = self.make_pk(self.dinas, [("Layanan publik digital", self.heads["Kabid"])])
        team = self.make_team(
            self.bidang,
            [
                {"employee_id": self.dodi.id, "role": "ketua", "sasaran_kinerja": "Aplikasi"},
                {
                    "employee_id": self.rina.id,
                    "sasaran_kinerja": "Data pengaduan terolah",
                    "indikator_kinerja": "Persentase data terolah",
                    "target_value": 100,
                },
            ],
            name="Tim Layanan Digital",
        )
        self.decide_all(team, self.users["Kabid"])
        task = (
            self.env["project.task"]
            .with_user(self.users["Kabid"])
            .create(
                {
                    "name": "Aplikasi pengaduan",
                    "project_id": team.project_id.id,
                    "sk_target_id": pk.target_ids.id,
                }
            )
        )
        self.env["ir.attachment"].create(
            {
                "name": "berita-acara-uji.pdf",
                "res_model": "project.task",
                "res_id": task.id,
                "raw": b"%PDF-1.4",
            }
        )
        self.hand_in(task, self.users["Dodi"], "<p>Aplikasi berjalan</p>")
        while task.sudo().current_line_id:
            task.with_user(self.reviewer(task)).action_approve()
        self.assertEqual(task.state, "1_done")

        wizard = (
            self.env["sk.ekinerja.export.wizard"]
            .with_user(self.admin)
            .create(
                {
                    "employee_ids": [(6, 0, self.rina.ids)],
                    "date_from": date(YEAR, 1, 1),
                    "date_to": date(YEAR, 12, 31),
                }
            )
        )
        action = wizard.action_export()
        self.assertIn("/file/", action["url"])
        sheet = openpyxl.load_workbook(io.BytesIO(base64.b64decode(wizard.file)))["e-Kinerja"]
        header = [cell.value for cell in sheet[1]]
        self.assertEqual(header[5], "Rencana Hasil Kerja Pimpinan yang Diintervensi")
        rows = [
            dict(zip(header, (cell.value for cell in row), strict=True))
            for row in sheet.iter_rows(min_row=2)
        ]
        self.assertEqual({row["Nama"] for row in rows}, {"Rina"}, "only the chosen employees")
        role = next(row for row in rows if row["Jenis Penugasan"] == "Team")
        self.assertEqual(
            (role["Tim Kerja / Penugasan"], role["Rencana Hasil Kerja"], role["Target"]),
            ("Tim Layanan Digital", "Data pengaduan terolah", "100"),
        )
        result = next(row for row in rows if row["Jenis Penugasan"] == "Result")
        self.assertEqual(
            result["Rencana Hasil Kerja Pimpinan yang Diintervensi"], "Layanan publik digital"
        )
        self.assertEqual(result["Realisasi"], "Aplikasi berjalan")
        self.assertEqual(result["Bukti Dukung"], "berita-acara-uji.pdf")
        self.assertEqual(result["NIP"], self.rina.sk_nip)

        with self.assertRaisesRegex(UserError, "cannot end before"):
            wizard.write({"date_to": date(YEAR - 1, 1, 1)})
            wizard.action_export()
        with self.assertRaisesRegex(
            AccessError, "You are not allowed to create 'Export for e-Kinerja'"
        ):
            self.env["sk.ekinerja.export.wizard"].with_user(self.users["Kabid"]).create(
                {"date_from": date(YEAR, 1, 1), "date_to": date(YEAR, 12, 31)}
            )
