"""Bringing a Pemda's ASN in from BKN's SIASN export (issue 25): mapped, previewed, written,
idempotent, and refusing bad input with the row, the column and the value."""

import base64
import csv
import io
from datetime import date
from unittest.mock import patch

import openpyxl

from odoo.exceptions import UserError
from odoo.tests import new_test_user

from odoo.addons.odoo_sistem_kerja.tests.common import GROUP_ADMIN, SistemKerjaCase, next_nip

COLUMNS = [
    "pns_id",
    "nip_baru",
    "nama",
    "gelar_depan",
    "gelar_belakang",
    "tanggal_lahir",
    "jenis_kelamin",
    "jenis_pegawai_nama",
    "gol_akhir_nama",
    "tmt_cpns",
    "jenis_jabatan_nama",
    "jabatan_nama",
    "tingkat_pendidikan_nama",
    "unor_id",
    "unor_nama",
]


def export(rows, delimiter=",", encoding="utf-8-sig"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row.get(column, "") for column in COLUMNS])
    return out.getvalue().encode(encoding)


class TestSiasnImport(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_organisation()
        cls.bidang.sk_siasn_unor_id = "A8ACA7397AEB3912E040640A040269BB"
        cls.seksi.sk_siasn_unor_id = "A8ACA7397AEC3912E040640A040269BB"
        cls.bkpsdm = new_test_user(
            cls.env,
            login="siasn.bkpsdm",
            groups=f"base.group_user,{GROUP_ADMIN}",
            company_id=cls.company.id,
            company_ids=[cls.company.id],
        )
        cls.nips = [next_nip(), next_nip("2"), next_nip()]

    def row(self, nip, **values):
        return dict(
            {
                "nip_baru": nip,
                "nama": "Rina Wulandari",
                "gelar_belakang": "S.Kom.",
                "tanggal_lahir": f"{nip[6:8]}-{nip[4:6]}-{nip[0:4]}",
                "jenis_kelamin": "Wanita",
                "jenis_pegawai_nama": "PNS Daerah",
                "gol_akhir_nama": "III/c",
                "tmt_cpns": f"01-{nip[12:14]}-{nip[8:12]}",
                "jenis_jabatan_nama": "Jabatan Fungsional",
                "jabatan_nama": "PRANATA KOMPUTER AHLI MUDA",
                "tingkat_pendidikan_nama": "S-1/Sarjana",
                "unor_id": "A8ACA7397AEB3912E040640A040269BB",
                "unor_nama": "Bidang Aptika",
            },
            **values,
        )

    def run_import(self, content, filename="data_asn.csv", preview_only=False):
        job = (
            self.env["sk.siasn.import"]
            .with_user(self.bkpsdm)
            .create(
                {
                    "company_id": self.company.id,
                    "file": base64.b64encode(content),
                    "filename": filename,
                }
            )
        )
        job.action_preview()
        if not preview_only:
            job.action_import()
        return job

    def good_rows(self):
        return [
            self.row(self.nips[0]),
            self.row(
                self.nips[1],
                nama="Dodi Saputra",
                gelar_depan="Drs.",
                gelar_belakang="",
                jenis_kelamin="Pria",
                jenis_jabatan_nama="Jabatan Pelaksana",
                jabatan_nama="PENGADMINISTRASI PERKANTORAN",
                gol_akhir_nama="II/c",
                unor_id="A8ACA7397AEC3912E040640A040269BB",
            ),
        ]

    def test_a_preview_writes_nothing_then_the_import_creates_once(self):
        content = export(self.good_rows())
        preview = self.run_import(content, preview_only=True)
        self.assertEqual((preview.created, preview.updated, preview.errors), (2, 0, 0))
        Employee = self.env["hr.employee"]
        self.assertFalse(Employee.search([("sk_nip", "in", self.nips)]))
        preview.action_import()
        rina = Employee.search([("sk_nip", "=", self.nips[0])])
        self.assertEqual(rina.name, "Rina Wulandari, S.Kom.")
        self.assertEqual(
            (rina.sk_jenis_jabatan, rina.sk_jabatan_fungsional_id.name, rina.sk_jenjang_id.name),
            ("fungsional", "Pranata Komputer", "Ahli Muda"),
        )
        self.assertEqual(rina.sk_pangkat_id.golongan, "III/c")
        self.assertEqual((rina.department_id, rina.gender), (self.bidang, "female"))
        self.assertEqual(rina.sk_education_level, "s1")
        # made as Odoo makes an employee, though by the batch: its work contact (named, in
        # the company, with the avatar in every size) follows it, and the resume starts at
        # the TMT CPNS (odoo_sistem_kerja_hr_skills)
        contact = rina.work_contact_id
        self.assertEqual((contact.name, contact.company_id), (rina.name, self.company))
        self.assertTrue(rina.image_128)
        self.assertEqual(contact.image_128, rina.image_128)
        self.assertIn(contact, rina.message_partner_ids)
        tmt = date(int(self.nips[0][8:12]), int(self.nips[0][12:14]), 1)
        self.assertEqual(rina.resume_line_ids.mapped("date_start"), [tmt])
        dodi = Employee.search([("sk_nip", "=", self.nips[1])])
        self.assertEqual((dodi.name, dodi.sk_jenis_jabatan), ("Drs. Dodi Saputra", "pelaksana"))
        self.assertIn(dodi.work_contact_id, dodi.message_partner_ids)
        self.assertEqual(dodi.department_id, self.seksi)
        # the same file again changes nothing
        again = self.run_import(content)
        self.assertEqual(
            (again.created, again.updated, again.unchanged, again.errors), (0, 0, 2, 0)
        )
        self.assertEqual(again._sk_summary(), "siasn: created 0, updated 0, unchanged 2, errors 0")

    def test_a_promotion_updates_and_is_told_and_a_missing_employee_is_listed(self):
        self.run_import(export(self.good_rows()))
        promoted = self.good_rows()[:1]
        promoted[0]["gol_akhir_nama"] = "III/d"
        job = self.run_import(export(promoted))
        self.assertEqual((job.created, job.updated), (0, 1))
        rina = self.env["hr.employee"].search([("sk_nip", "=", self.nips[0])])
        self.assertEqual(rina.sk_pangkat_id.golongan, "III/d")
        self.assertIn("Updated from SIASN: Pangkat / Golongan.", rina.message_ids[0].body)
        dodi = self.env["hr.employee"].search([("sk_nip", "=", self.nips[1])])
        self.assertTrue(dodi.active, "never archived silently")
        self.assertIn(f"{self.nips[1]} Drs. Dodi Saputra", job.report)

    def test_broken_rows_are_refused_with_row_column_and_value(self):
        rows = self.good_rows() + [
            self.row(
                "1985 0101 201013 1 001", tanggal_lahir="01-01-1985", tmt_cpns="01-03-2010"
            ),  # a TMT in month 13
            self.row(self.nips[0], nama="Kembar"),
            self.row(self.nips[2], tanggal_lahir="31-02-1990"),
            self.row(next_nip(), gol_akhir_nama="V/z"),
            self.row(next_nip(), nama="=cmd|' /C calc'!A0"),
            self.row(next_nip(), jabatan_nama="PENJINAK NAGA AHLI MUDA"),
            self.row(next_nip(), unor_id="X-UNKNOWN", unor_nama="Biro Antah"),
        ]
        job = self.run_import(export(rows), preview_only=True)
        self.assertEqual((job.created, job.errors), (4, 5))
        for expected in (
            "Row 4, nip_baru = 1985 0101 201013 1 001: digits 13-14 must be the month",
            f"Row 5, nip_baru = {self.nips[0]}: the NIP is also in row 2",
            "Row 6, tanggal_lahir = 31-02-1990: an impossible date",
            "Row 7, gol_akhir_nama = V/Z: an unknown golongan",
            "Row 8, nama = =cmd|' /C calc'!A0: a formula, not a value",
            "PENJINAK NAGA AHLI MUDA (1)",
            "X-UNKNOWN Biro Antah (1)",
        ):
            self.assertIn(expected, job.report)
        errors = base64.b64decode(job.error_file).decode("utf-8-sig")
        self.assertIn("'=cmd|' /C calc'!A0", errors, "a formula goes back quoted")
        self.assertEqual(len(errors.strip().splitlines()), 6, "header and five rows to fix")
        self.assertTrue(errors.splitlines()[0].endswith(";error"))
        job.action_import()
        self.assertEqual(self.env["hr.employee"].search_count([("sk_nip", "=", self.nips[2])]), 0)

    def test_what_is_not_an_export_leaves_the_database_as_it_was(self):
        before = self.env["hr.employee"].search_count([])
        workbook = io.BytesIO()
        book = openpyxl.Workbook()
        book.active.append(COLUMNS)
        book.save(workbook)
        for content, filename, message in (
            (b"", "empty.csv", "The file is empty"),
            (b"name,email\nBudi,budi@example.com\n", "contacts.csv", "not a SIASN data ASN"),
            (export([]), "header_only.csv", "no employee"),
            (workbook.getvalue()[:300], "broken.xlsx", "The workbook cannot be read"),
            (b"x" * (50 * 1024 * 1024 + 1), "big.csv", "larger than 50 MB"),
        ):
            with (
                self.subTest(filename=filename),
                self.assertRaisesRegex(UserError, message),
                self.env.cr.savepoint(),
            ):
                self.run_import(content, filename)
        self.assertEqual(self.env["hr.employee"].search_count([]), before)

    def test_excel_files_as_a_bkpsdm_saves_them(self):
        semicolons = export(self.good_rows(), delimiter=";", encoding="cp1252")
        self.assertEqual(self.run_import(semicolons, preview_only=True).created, 2)
        workbook = io.BytesIO()
        book = openpyxl.Workbook()
        book.active.append(COLUMNS)
        for row in self.good_rows():
            book.active.append([row.get(column, "") for column in COLUMNS])
        book.save(workbook)
        job = self.run_import(workbook.getvalue(), "data_asn.xlsx", preview_only=True)
        self.assertEqual((job.created, job.errors), (2, 0))

    def test_only_the_admin_kepegawaian_imports(self):
        asn = new_test_user(self.env, login="siasn.asn", groups="odoo_sistem_kerja.group_sk_asn")
        with self.assertRaisesRegex(UserError, "not allowed to create 'Import from SIASN'"):
            self.env["sk.siasn.import"].with_user(asn).create(
                {"file": base64.b64encode(export(self.good_rows())), "filename": "x.csv"}
            )

    def test_a_unit_change_drafts_a_kedudukan_and_keeps_the_decided_one(self):
        self.run_import(export(self.good_rows()))
        rina = self.env["hr.employee"].search([("sk_nip", "=", self.nips[0])])
        rina._sk_set_kedudukan_from_rules("800/7/2026", date(2026, 1, 2))
        decided = rina.sk_kedudukan_id
        moved = self.good_rows()[:1]
        moved[0]["unor_id"] = "A8ACA7397AEC3912E040640A040269BB"  # to the Seksi
        self.run_import(export(moved))
        self.assertEqual(rina.department_id, self.seksi)
        self.assertEqual(rina.sk_kedudukan_id, decided, "the decided kedudukan stays in force")
        draft = self.env["sk.kedudukan"].search(
            [("employee_id", "=", rina.id), ("state", "=", "draft")]
        )
        self.assertEqual(draft.department_id, self.seksi, "proposed for the BKPSDM to decide")

    def test_a_large_file_is_imported_in_the_background_with_its_progress(self):
        job = self.run_import(export(self.good_rows()), preview_only=True)
        with (
            patch("odoo.addons.odoo_sistem_kerja.models.sk_siasn.BACKGROUND_ROWS", 1),
            patch.object(self.env.cr, "commit", lambda: None),  # the cron commits its progress
        ):
            job.action_import()
            self.assertEqual(job.state, "queued")
            self.assertFalse(self.env["hr.employee"].search([("sk_nip", "in", self.nips)]))
            self.env["sk.siasn.import"]._cron_run_queued()
        self.assertEqual((job.state, job.progress, job.created), ("done", 2, 2))
        self.assertEqual(self.env["hr.employee"].search_count([("sk_nip", "in", self.nips)]), 2)

    def test_the_unor_reference_completes_the_tree_before_the_employees(self):
        reference = (
            b"id;nama_unor;diatasan_id\n"
            b"A8ACA7397AEB3912E040640A040269BB;Bidang Aptika;ROOT\n"
            b"NEW-SEKSI;Seksi Persandian;A8ACA7397AEB3912E040640A040269BB\n"
            b"NEW-SUB;Subseksi Sertifikat;NEW-SEKSI\n"
        )
        rows = [self.row(self.nips[0], unor_id="NEW-SUB", unor_nama="Subseksi Sertifikat")]
        job = (
            self.env["sk.siasn.import"]
            .with_user(self.bkpsdm)
            .create(
                {
                    "company_id": self.company.id,
                    "file": base64.b64encode(export(rows)),
                    "filename": "data_asn.csv",
                    "unor_file": base64.b64encode(reference),
                    "unor_filename": "ref_unor.csv",
                }
            )
        )
        job.action_preview()
        self.assertEqual((job.units_created, job.created), (2, 1))
        self.assertNotIn("NEW-SUB", job.report, "the unor to create are not reported unknown")
        Department = self.env["hr.department"]
        self.assertFalse(Department.search([("sk_siasn_unor_id", "=", "NEW-SEKSI")]))
        job.action_import()
        seksi = Department.search([("sk_siasn_unor_id", "=", "NEW-SEKSI")])
        sub = Department.search([("sk_siasn_unor_id", "=", "NEW-SUB")])
        self.assertEqual((seksi.parent_id, sub.parent_id), (self.bidang, seksi))
        self.assertEqual(self.bidang.name, "Bidang Aptika", "a unit Odoo has is not renamed")
        rina = self.env["hr.employee"].search([("sk_nip", "=", self.nips[0])])
        self.assertEqual(rina.department_id, sub)

    def test_what_an_import_found_is_written_by_the_import_alone_and_kept(self):
        job = self.run_import(export(self.good_rows()))
        for values in ({"state": "draft"}, {"created": 0}, {"report": "Bersih"}):
            with self.assertRaisesRegex(UserError, "change only through the workflow"):
                job.with_user(self.bkpsdm).write(values)
        with self.assertRaisesRegex(UserError, "is history and cannot be deleted"):
            job.with_user(self.bkpsdm).unlink()
        with self.assertRaisesRegex(UserError, "its content is locked"):
            job.with_user(self.bkpsdm).write({"file": base64.b64encode(b"nip_baru,nama\n")})
