"""Bad employee and unit input is refused with a clear message and nothing is written."""

from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase, next_nip


class TestEmployeeValidation(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dinas = cls.make_unit("Dinas Kominfo", "dinas")

    def assertRefused(self, values, message):
        count = self.env["hr.employee"].search_count([])
        with self.assertRaisesRegex(ValidationError, message):
            with self.env.cr.savepoint():
                self.env["hr.employee"].create(
                    dict({"name": "Budi", "company_id": self.company.id}, **values)
                )
        self.assertEqual(self.env["hr.employee"].search_count([]), count, "nothing written")

    def test_nip_format(self):
        cases = {
            "1985010120100310": "exactly 18 digits",
            "19850101201003100A": "exactly 18 digits",
            "19851301201003 001": "exactly 18 digits",
            "198513012010031001": "birth date",
            "198501012010131001": "month of the TMT",
            "198501011990031001": "plausible TMT year",
            "198501012010033001": "gender code",
            "198501012010031000": "serial number",
        }
        for nip, message in cases.items():
            with self.subTest(nip=nip):
                self.assertRefused({"sk_nip": nip, "sk_asn_status": "pns"}, message)

    def test_a_nip_typed_with_spaces_fills_what_it_says(self):
        """Issue 10: the NIP as printed on an SK is accepted, and the birth date, gender
        and TMT CPNS it carries are filled when empty (in the form and on import)."""
        form = Form(self.env["hr.employee"])
        form.name = "Dewi"
        form.sk_nip = "19950312 202012 2 001"
        self.assertEqual(form.sk_nip, "199503122020122001")
        self.assertEqual(form.birthday, date(1995, 3, 12))
        self.assertEqual(form.gender, "female")
        self.assertEqual(form.sk_tmt_cpns, date(2020, 12, 1))
        dewi = form.save()
        self.assertEqual((dewi.sk_nip, dewi.gender), ("199503122020122001", "female"))
        # created or imported: the same, but what is given wins
        budi = self.env["hr.employee"].create(
            {
                "name": "Budi",
                "company_id": self.company.id,
                "sk_nip": "198501012010031 001",
                "birthday": date(1985, 1, 2),
            }
        )
        self.assertEqual(
            (budi.birthday, budi.gender, budi.sk_tmt_cpns),
            (date(1985, 1, 2), "male", date(2010, 3, 1)),
        )

    def test_pppk_nip_marker(self):
        employee = self.env["hr.employee"].create(
            {
                "name": "Sari",
                "sk_nip": "199002022022212001",
                "sk_asn_status": "pppk",
                "company_id": self.company.id,
            }
        )
        self.assertEqual(employee.sk_nip, "199002022022212001")
        self.assertRefused(
            {"sk_nip": "199002022022211002", "sk_asn_status": "pns"}, "month of the TMT"
        )

    def test_duplicate_nip_in_company(self):
        nip = next_nip()
        self.make_employee("First", self.dinas, "pelaksana", sk_nip=nip)
        self.assertRefused({"sk_nip": nip}, "already used by First")
        other_company = self.env["res.company"].create({"name": "Pemerintah Kota Lain"})
        self.env["hr.employee"].create(
            {
                "name": "Same NIP elsewhere",
                "sk_nip": nip,
                "company_id": other_company.id,
            }
        )

    def test_jenjang_must_belong_to_kategori(self):
        self.assertRefused(
            {
                "sk_jenis_jabatan": "fungsional",
                "sk_jabatan_fungsional_id": self.sk_ref("jf_pranata_komputer").id,
                "sk_kategori_jf": "keterampilan",
                "sk_jenjang_id": self.jenjang("ahli_muda").id,
            },
            "does not belong to the Keterampilan category",
        )

    def test_jf_without_that_kategori(self):
        self.assertRefused(
            {
                "sk_jenis_jabatan": "fungsional",
                "sk_jabatan_fungsional_id": self.sk_ref("jf_analis_kebijakan").id,
                "sk_kategori_jf": "keterampilan",
                "sk_jenjang_id": self.jenjang("mahir").id,
            },
            "Analis Kebijakan has no Keterampilan category",
        )

    def test_jenjang_only_for_fungsional(self):
        self.assertRefused(
            {
                "sk_jenis_jabatan": "pelaksana",
                "sk_jenjang_id": self.jenjang("ahli_muda").id,
            },
            "is not a Fungsional",
        )

    def test_fungsional_needs_jenjang(self):
        self.assertRefused(
            {
                "sk_jenis_jabatan": "fungsional",
                "sk_jabatan_fungsional_id": self.sk_ref("jf_perencana").id,
                "sk_kategori_jf": "keahlian",
            },
            "jenjang are required",
        )

    def test_kelas_jabatan_and_pangkat(self):
        self.assertRefused({"sk_kelas_jabatan": 18}, "between 1 and 17")
        self.assertRefused(
            {
                "sk_asn_status": "pppk",
                "sk_pangkat_id": self.sk_ref("pangkat_pns_iii_a").id,
            },
            "does not belong to ASN status PPPK",
        )

    def test_unit_cycle_refused(self):
        bidang = self.make_unit("Bidang", "bidang", self.dinas)
        seksi = self.make_unit("Seksi", "seksi", bidang)
        with self.assertRaisesRegex(UserError, "[Rr]ecursi"):
            with self.env.cr.savepoint():
                self.dinas.parent_id = seksi
        self.assertFalse(self.dinas.parent_id)

    def test_units_belong_to_their_perangkat_daerah(self):
        bidang = self.make_unit("Bidang", "bidang", self.dinas)
        seksi = self.make_unit("Seksi", "seksi", bidang)
        kecamatan = self.make_unit("Kecamatan", "kecamatan")
        kelurahan = self.make_unit("Kelurahan", "kelurahan", kecamatan)
        self.assertEqual(seksi.sk_perangkat_daerah_id, self.dinas)
        self.assertEqual((self.dinas.sk_level, bidang.sk_level, seksi.sk_level), (1, 2, 3))
        self.assertEqual(kelurahan.sk_perangkat_daerah_id, kecamatan)
        self.assertEqual(kelurahan.sk_head_position, "pengawas")
        # a Dinas under a plain root unit is still its own Perangkat Daerah
        pemda = self.env["hr.department"].create({"name": "Pemkab", "company_id": self.company.id})
        self.dinas.parent_id = pemda
        self.assertEqual(seksi.sk_perangkat_daerah_id, self.dinas)
