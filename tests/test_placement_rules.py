"""Pejabat Penilai Kinerja derived by each preset, checked against spec §2.2–2.6."""

from datetime import date

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase


class PlacementCase(SistemKerjaCase):
    preset = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_organisation()
        cls.profile = cls.use_preset(cls.preset)

    def propose(self, unit, jenis, jenjang=None):
        employee = self.make_employee(
            f"{jenis} {jenjang or ''} in {unit.name}", unit, jenis, jenjang
        )
        return self.profile._sk_propose(employee)

    def assertPenilai(self, unit, jenis, jenjang, expected):
        proposal = self.propose(unit, jenis, jenjang)
        self.assertEqual(
            proposal.penilai.name,
            expected,
            f"{jenis} {jenjang or ''} in {unit.name}: {proposal.notes}",
        )
        return proposal

    def assertTable(self, table):
        for unit_attr, jenis_jenjang, expected in table:
            jenis, jenjang = (
                ("pelaksana", None)
                if jenis_jenjang == "pelaksana"
                else ("fungsional", jenis_jenjang)
            )
            with self.subTest(unit=unit_attr, jenjang=jenis_jenjang):
                self.assertPenilai(getattr(self, unit_attr), jenis, jenjang, expected)


class TestKotawaringinBarat(PlacementCase):
    """Perbup Kotawaringin Barat 19/2024 Lampiran I (spec §2.3)."""

    preset = "kobar"

    def test_sekretariat_daerah(self):
        self.assertTable(
            [
                ("bagian", "ahli_utama", "Sekda"),
                ("bagian", "ahli_madya", "Sekda"),
                ("bagian", "ahli_muda", "Kabag"),
                ("bagian", "ahli_pertama", "Kabag"),
                ("bagian", "penyelia", "Kabag"),
                ("bagian", "pemula", "Kabag"),
                ("bagian", "pelaksana", "Kabag"),
            ]
        )

    def test_dinas(self):
        self.assertTable(
            [
                ("bidang", "ahli_utama", "Kadis"),
                ("bidang", "ahli_madya", "Kadis"),
                ("bidang", "ahli_muda", "Kabid"),
                ("bidang", "ahli_pertama", "Kabid"),
                ("bidang", "mahir", "Kabid"),
                ("bidang", "pelaksana", "Kabid"),
                ("sekretariat", "ahli_muda", "Sekretaris"),
                (
                    "dinas",
                    "ahli_pertama",
                    "Kadis",
                ),  # no Level-2 unit: the head of the PD
            ]
        )

    def test_dinas_with_pengawas(self):
        self.assertTable(
            [
                ("seksi", "ahli_pertama", "Kasi"),
                ("seksi", "terampil", "Kasi"),
                ("seksi", "pelaksana", "Kasi"),
                ("seksi", "ahli_muda", "Kabid"),
                ("seksi", "ahli_madya", "Kadis"),
            ]
        )

    def test_kecamatan(self):
        self.assertTable(
            [
                ("kecamatan", "ahli_muda", "Camat"),
                ("seksi_kec", "ahli_pertama", "Camat"),
                ("seksi_kec", "pemula", "Camat"),
                ("seksi_kec", "pelaksana", "Kasi Pem"),
            ]
        )

    def test_kelurahan(self):
        self.assertTable(
            [
                ("kelurahan", "penyelia", "Lurah"),
                ("kelurahan", "pemula", "Lurah"),
                ("kelurahan", "pelaksana", "Lurah"),
            ]
        )

    def test_uptd_led_by_pengawas(self):
        self.assertTable(
            [
                ("labkesda", "ahli_utama", "Kadinkes"),
                ("labkesda", "ahli_madya", "Kadinkes"),
                ("labkesda", "ahli_muda", "Kadinkes"),
                ("labkesda", "ahli_pertama", "Ka UPTD"),
                ("labkesda", "terampil", "Ka UPTD"),
                ("labkesda", "pelaksana", "Ka UPTD"),
            ]
        )

    def test_uptd_led_by_jf(self):
        self.assertTable(
            [
                ("puskesmas", "ahli_madya", "Kadinkes"),
                ("puskesmas", "ahli_muda", "Kadinkes"),
                ("puskesmas", "ahli_pertama", "Kapus"),
                ("puskesmas", "mahir", "Kapus"),
            ]
        )
        # 001 Lamp. I.C(1)(c)(3): a pelaksana goes under a Pengawas post, not the JF head
        # (issue 14 item 9); without one in the Puskesmas, its head assesses
        self.assertTable([("puskesmas", "pelaksana", "Kapus")])
        self.make_unit(
            "Subbagian Tata Usaha", "subbagian", self.puskesmas, head=("Kasubag TU", "pengawas")
        )
        self.assertTable([("puskesmas", "pelaksana", "Kasubag TU")])

    def test_pimpinan_unit_is_the_unit_head(self):
        proposal = self.propose(self.seksi, "fungsional", "ahli_muda")
        self.assertEqual(proposal.penilai.name, "Kabid")
        self.assertEqual(proposal.pimpinan.name, "Kasi")
        self.assertEqual(proposal.coordinator.name, "Kasi")
        # where the Pengawas assesses, nobody merely coordinates
        self.assertFalse(self.propose(self.seksi, "fungsional", "ahli_pertama").coordinator)


class TestKabupatenPasuruan(PlacementCase):
    """Perbup Pasuruan 217/2023 Lampiran II.D patterns 1–10 (spec §2.4)."""

    preset = "kab_pasuruan"

    def test_setda_kabag_and_asisten_for_ahli_madya(self):
        self.assertTable(
            [
                ("bagian", "ahli_muda", "Kabag"),
                ("bagian", "pelaksana", "Kabag"),
                ("bagian", "ahli_madya", "Asisten"),
            ]
        )
        proposal = self.propose(self.bagian, "fungsional", "ahli_madya")
        self.assertEqual(proposal.pimpinan.name, "Kabag", "the Kabag stays Pimpinan Unit")
        self.assertTrue(any("next higher official" in note for note in proposal.notes))

    def test_dinas_level_two_and_ahli_madya_to_level_one(self):
        self.assertTable(
            [
                ("bidang", "ahli_muda", "Kabid"),
                ("bidang", "ahli_pertama", "Kabid"),
                ("bidang", "pelaksana", "Kabid"),
                ("bidang", "ahli_madya", "Kadis"),
                # a remaining Pengawas only coordinates: the Administrator assesses
                ("seksi", "ahli_pertama", "Kabid"),
                # nobody in the PD ranks above an Ahli Utama: the Sekretaris Daerah
                ("bidang", "ahli_utama", "Sekda"),
            ]
        )

    def test_remaining_pengawas_coordinates_without_assessing(self):
        proposal = self.assertPenilai(self.seksi, "fungsional", "ahli_pertama", "Kabid")
        self.assertEqual(proposal.coordinator.name, "Kasi")
        kedudukan = self.env["sk.kedudukan"].browse(
            self.env["hr.employee"]
            .search([("name", "=", "fungsional ahli_pertama in Seksi Infrastruktur")])
            ._sk_set_kedudukan_from_rules("800/7/2026", date(2026, 1, 2))
            .ids
        )
        self.assertEqual(kedudukan.coordinator_id.name, "Kasi")
        self.assertTrue(self.heads["Kasi"].sk_is_ketua_tim_substansi)
        self.assertIn(
            self.heads["Kasi"],
            self.env["hr.employee"].search([("sk_is_ketua_tim_substansi", "=", True)]),
        )
        kedudukan.action_end()
        self.heads["Kasi"].invalidate_recordset(["sk_is_ketua_tim_substansi"])
        self.assertFalse(self.heads["Kasi"].sk_is_ketua_tim_substansi)

    def test_kecamatan_pengawas_and_ahli_muda_to_camat(self):
        self.assertTable(
            [
                ("seksi_kec", "ahli_pertama", "Kasi Pem"),
                ("seksi_kec", "pelaksana", "Kasi Pem"),
                ("seksi_kec", "ahli_muda", "Camat"),
            ]
        )

    def test_kelurahan_and_uptd_tipe_a(self):
        self.assertTable(
            [
                ("kelurahan", "ahli_pertama", "Lurah"),
                ("kelurahan", "ahli_muda", "Camat"),
                ("labkesda", "ahli_pertama", "Ka UPTD"),
                ("labkesda", "ahli_muda", "Kadinkes"),
            ]
        )

    def test_jf_led_unit_same_jenjang_moves_up(self):
        self.assertTable(
            [
                ("puskesmas", "ahli_pertama", "Kapus"),
                ("puskesmas", "mahir", "Kapus"),
                (
                    "puskesmas",
                    "ahli_muda",
                    "Kadinkes",
                ),  # same jenjang as the Ahli Muda head
            ]
        )

    def test_uobk_led_by_administrator(self):
        rsud = self.make_unit(
            "RSUD Grati",
            "rsud",
            self.dinkes,
            head=("Direktur", "administrator"),
            sk_head_position="administrator",
        )
        bidang = self.make_unit(
            "Bidang Pelayanan", "bidang", rsud, head=("Kabid RS", "administrator")
        )
        seksi = self.make_unit("Seksi Keperawatan", "seksi", bidang, head=("Kasi RS", "pengawas"))
        self.assertPenilai(seksi, "fungsional", "ahli_pertama", "Kasi RS")
        self.assertPenilai(seksi, "fungsional", "ahli_muda", "Kabid RS")
        self.assertPenilai(seksi, "fungsional", "ahli_madya", "Kadinkes")

    def test_uobk_led_by_jpt(self):
        rsud = self.make_unit(
            "RSUD Bangil",
            "rsud",
            self.dinkes,
            head=("Direktur JPT", "jpt_pratama"),
            sk_head_position="jpt_pratama",
        )
        wadir = self.make_unit("Wadir Pelayanan", "wadir", rsud, head=("Wadir", "administrator"))
        bagian = self.make_unit("Bagian Umum", "bagian", wadir, head=("Kabag RS", "administrator"))
        self.assertPenilai(bagian, "fungsional", "ahli_muda", "Kabag RS")
        self.assertPenilai(bagian, "fungsional", "ahli_madya", "Direktur JPT")


class TestLombokBarat(PlacementCase):
    preset = "lobar"

    def test_direct_superior_assesses(self):
        self.assertTable(
            [
                ("bidang", "ahli_madya", "Kabid"),
                ("seksi", "ahli_pertama", "Kasi"),
                ("kelurahan", "ahli_muda", "Lurah"),
                ("puskesmas", "ahli_pertama", "Kapus"),
                ("bagian", "ahli_madya", "Kabag"),
            ]
        )


class TestKotaPasuruan(PlacementCase):
    preset = "kota_pasuruan"

    def test_level_two_assesses_pd_head_leads(self):
        proposal = self.assertPenilai(self.seksi, "fungsional", "ahli_muda", "Kabid")
        self.assertEqual(proposal.pimpinan.name, "Kadis")
        self.assertTable(
            [
                ("sekretariat", "pelaksana", "Sekretaris"),
                ("bagian", "ahli_madya", "Kabag"),
                ("puskesmas", "ahli_pertama", "Kapus"),
            ]
        )


class TestLangsa(PlacementCase):
    preset = "langsa"

    def test_langsa_patterns(self):
        self.assertTable(
            [
                ("bidang", "ahli_muda", "Kabid"),  # Mek.1
                ("seksi_kec", "ahli_pertama", "Camat"),  # Mek.2
                ("kelurahan", "ahli_muda", "Lurah"),  # Mek.3
                ("puskesmas", "ahli_muda", "Kapus"),  # Mek.4
                ("bagian", "ahli_pertama", "Kabag"),  # Mek.5
                ("seksi", "pelaksana", "Kasi"),  # Pasal 7(4)
                ("sekretariat", "pelaksana", "Sekretaris"),  # no Pengawas there
                # directly in a Bidang whose Seksi has a Pengawas: the Pengawas, so the
                # proposal passes the profile's own check (issue 14 item 8)
                ("bidang", "pelaksana", "Kasi"),
            ]
        )

    def test_set_kedudukan_from_the_rules_for_a_pelaksana_of_a_bidang(self):
        pelaksana = self.make_employee("Pelaksana Bidang", self.bidang, "pelaksana")
        kedudukan = pelaksana._sk_set_kedudukan_from_rules("800/5/2026", date(2026, 1, 2))
        self.assertEqual(kedudukan.state, "active")
        self.assertEqual(kedudukan.penilai_id, self.heads["Kasi"])


class TestOrganisationFallbacks(PlacementCase):
    preset = "kobar"

    def test_vacant_head_climbs_and_says_so(self):
        self.bidang.manager_id = False
        proposal = self.assertPenilai(self.bidang, "fungsional", "ahli_muda", "Kadis")
        self.assertTrue(
            any("Bidang Aptika" in note and "vacant" in note for note in proposal.notes)
        )

    def test_delegation_moves_assessment(self):
        delegate = self.make_employee("Delegate", self.bidang, "administrator")
        self.env["sk.delegation"].create(
            {"delegator_id": self.heads["Kabid"].id, "delegate_id": delegate.id}
        )
        proposal = self.propose(self.bidang, "fungsional", "ahli_muda")
        self.assertEqual(proposal.penilai, delegate)
        self.assertTrue(proposal.delegation)

    def test_no_proposal_for_structural_officials(self):
        proposal = self.propose(self.bidang, "pengawas")
        self.assertFalse(proposal.penilai)

    def test_unit_default_penilai_applies_without_rule(self):
        profile = self.use_preset("custom")
        self.bidang.sk_default_penilai_id = self.heads["Kadis"]
        employee = self.make_employee("JF", self.seksi, "fungsional", "ahli_pertama")
        self.assertEqual(profile._sk_propose(employee).penilai.name, "Kadis")
