"""The work cycle as the regulations write it (issue 28 items 4-9): who accepts depends on
the level of the unit pemilik kinerja, targets cascade across the agreements of the
officials below and survive an amendment, a report asked for reaches the head who asked,
and a Perjanjian Kinerja is set before its year."""

from datetime import date, timedelta

from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.odoo_sistem_kerja.tests.common import TODAY
from odoo.addons.odoo_sistem_kerja.tests.work_common import YEAR, WorkCycleCase


class TestChainPerUnitLevel(WorkCycleCase):
    """001 Lamp. I no.3(4) (a PD that still has Pengawas): a kegiatan of a Seksi is reviewed
    by the Kasi and accepted by the Kabid; 000 Lamp. II.D.4 likewise; Kabupaten Pasuruan
    reviews berjenjang up to Level I (002 #6)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ana = cls.make_jf("Ana", cls.seksi_kec, "ahli_pertama")
        cls.ana._sk_set_kedudukan_from_rules("800/3/2026", date(2026, 1, 2))

    def test_a_seksi_kegiatan_is_accepted_by_the_level_above_it(self):
        pk = self.make_pk(self.dinas, [("Jaringan kantor", self.heads["Kasi"])])
        self.assertEqual(pk.target_ids.department_id, self.seksi)
        expected = {
            "kobar": ["Kasi", "Kabid"],
            "lobar": ["Kasi", "Kabid"],
            "custom": ["Kasi", "Kabid"],
            "kab_pasuruan": ["Kasi", "Kabid", "Kadis"],
        }
        for code, chain in expected.items():
            with self.subTest(preset=code):
                self.use_preset(code)
                task = self.individual(pk.target_ids, self.rina)
                self.walk(task, self.users["Rina"], chain)

    def test_a_seksi_of_a_kecamatan_is_accepted_by_the_camat(self):
        self.use_preset("kobar")
        pk = self.make_pk(self.kecamatan, [("Administrasi kependudukan", self.heads["Kasi Pem"])])
        task = self.individual(pk.target_ids, self.ana)
        self.walk(task, self.users["Ana"], ["Kasi Pem", "Camat"])


class TestCascadeAcrossAgreements(WorkCycleCase):
    """000 Lamp. II.D.9(a); 001 Lamp. I no.1(4)(d): the Sekda sets his targets, the Asisten
    divides them in his own agreement and names the Kabag."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sekda_pk = cls.make_pk(cls.setda, [("Reformasi birokrasi", cls.heads["Asisten"])])

    def asisten_pk(self, parent, **vals):
        PK = self.env["sk.perjanjian.kinerja"].with_user(self.users["Asisten"])
        return PK.create(
            {
                "company_id": self.company.id,
                "department_id": self.asisten.id,
                "year": YEAR,
                "target_ids": [
                    (
                        0,
                        0,
                        dict(
                            {
                                "sasaran": "Penataan kelembagaan",
                                "indikator": "Perangkat daerah dievaluasi",
                                "target_value": 12,
                                "satuan": "dokumen",
                                "responsible_id": self.heads["Kabag"].id,
                                "parent_id": parent.id,
                            },
                            **vals,
                        ),
                    )
                ],
            }
        )

    def test_the_asisten_divides_the_sekdas_target_and_names_the_kabag(self):
        sekda_target = self.sekda_pk.target_ids
        # the Asisten reads the Sekda's set agreement
        self.assertEqual(
            self.sekda_pk.with_user(self.users["Asisten"]).target_ids.sasaran,
            "Reformasi birokrasi",
        )
        pk = self.asisten_pk(sekda_target)
        pk.with_user(self.users["Asisten"]).action_set()
        split = pk.target_ids
        self.assertEqual(split.parent_id, sekda_target)
        self.assertEqual(split.department_id, self.bagian)
        self.assertIn(split, sekda_target.child_ids)
        # the Kabag's kegiatan serves the Asisten's split and climbs the Setda's chain
        task = self.individual(split, self.sari)
        self.walk(task, self.users["Sari"], ["Kabag", "Asisten", "Sekda"])

    def test_a_cascade_comes_only_from_a_set_agreement_of_a_unit_above(self):
        dinas_pk = self.make_pk(self.dinas, [("Layanan", self.heads["Kabid"])])
        with self.assertRaisesRegex(ValidationError, "of a unit above"):
            self.asisten_pk(dinas_pk.target_ids)
        draft = self.env["sk.perjanjian.kinerja"].create(
            {
                "company_id": self.company.id,
                "department_id": self.setda.id,
                "year": YEAR,
                "target_ids": [(0, 0, {"sasaran": "Draf"})],
            }
        )
        with self.assertRaisesRegex(ValidationError, "of a unit above"):
            self.asisten_pk(draft.target_ids)
        last_year = self.make_pk(self.setda, [("Lama", self.heads["Asisten"])], year=YEAR - 1)
        with self.assertRaisesRegex(ValidationError, "of a unit above"):
            self.asisten_pk(last_year.target_ids)

    def test_an_amendment_takes_the_cascade_and_the_kegiatan_with_it(self):
        """003 Lamp. I.B.2: a PK is amended; what served version 1 serves version 2."""
        sekda = self.users["Sekda"]
        old_target = self.sekda_pk.target_ids
        # a split in the Asisten's agreement, and a kegiatan on the Sekda's target
        asisten_pk = self.asisten_pk(old_target)
        asisten_pk.with_user(self.users["Asisten"]).action_set()
        task = self.individual(old_target, self.sari)
        action = self.sekda_pk.with_user(sekda).action_amend("Target bertambah")
        amendment = self.env["sk.perjanjian.kinerja"].browse(action["res_id"])
        new_target = amendment.target_ids
        self.assertEqual(new_target.previous_target_id, old_target)
        self.assertEqual(asisten_pk.target_ids.parent_id, old_target, "until it is set")
        amendment.with_user(sekda).action_set()
        self.assertEqual(self.sekda_pk.state, "superseded")
        self.assertEqual(asisten_pk.target_ids.parent_id, new_target)
        self.assertEqual(task.sk_target_id, new_target)
        self.assertEqual(old_target.sasaran, "Reformasi birokrasi", "version 1 stays readable")
        self.assertFalse(old_target.child_ids - old_target.pk_id.target_ids)

    def test_an_agreement_cascaded_within_itself_is_amended(self):
        pk = self.env["sk.perjanjian.kinerja"].create(
            {
                "company_id": self.company.id,
                "department_id": self.dinas.id,
                "year": YEAR,
            }
        )
        Target = self.env["sk.pk.target"]
        values = {"indikator": "Persentase", "target_value": 100, "satuan": "persen"}
        top = Target.create(dict(values, pk_id=pk.id, sasaran="Layanan digital"))
        child = Target.create(
            dict(
                values,
                pk_id=pk.id,
                sasaran="Aplikasi pengaduan",
                parent_id=top.id,
                responsible_id=self.heads["Kabid"].id,
            )
        )
        pk.with_user(self.users["Kadis"]).action_set()
        task = self.individual(child, self.rina)
        action = pk.with_user(self.users["Kadis"]).action_amend("Penyesuaian anggaran")
        amendment = self.env["sk.perjanjian.kinerja"].browse(action["res_id"])
        new_top = amendment.target_ids.filtered(lambda t: not t.parent_id)
        new_child = amendment.target_ids - new_top
        self.assertEqual(new_child.parent_id, new_top, "the cascade points at the new version")
        amendment.with_user(self.users["Kadis"]).action_set()
        self.assertEqual(task.sk_target_id, new_child)
        self.assertEqual(child.parent_id, top, "version 1 keeps its own cascade")


class TestPkBeforeItsYear(WorkCycleCase):
    def test_a_first_agreement_set_after_its_year_started_is_warned_or_blocked(self):
        self.assertGreaterEqual(TODAY.year, YEAR)
        pk = self.make_pk(self.dinas, [("Layanan", self.heads["Kabid"])])
        self.assertIn(
            "set before the year starts", pk.message_ids[:1].body, "warned under the default"
        )
        self.profile.check_pk_before_year = "block"
        with self.assertRaisesRegex(UserError, f"for {YEAR} is set before the year starts"):
            self.make_pk(self.bidang, [("Jaringan", self.heads["Kasi"])])
        next_year = self.make_pk(self.bidang, [("Jaringan", self.heads["Kasi"])], year=YEAR + 1)
        self.assertEqual(next_year.state, "ditetapkan")
        # an amendment may come during the year
        action = pk.with_user(self.users["Kadis"]).action_amend("Perubahan")
        amendment = self.env["sk.perjanjian.kinerja"].browse(action["res_id"])
        amendment.with_user(self.users["Kadis"]).action_set()
        self.assertEqual(amendment.state, "ditetapkan")


class TestReportAskedByTheHead(WorkCycleCase):
    def team_of_dodi_and_rina(self):
        """An established team: Dodi its Ketua, Rina a member."""
        return self.decide_all(
            self.make_team(
                self.bidang,
                [{"employee_id": self.dodi.id, "role": "ketua"}, {"employee_id": self.rina.id}],
                name="Tim Data",
            ),
            submitter=self.users["Kabid"],
        )

    def test_the_head_who_asked_receives_acknowledges_or_returns(self):
        team = self.team_of_dodi_and_rina()
        kadis = self.users["Kadis"]
        Wizard = self.env["sk.report.request.wizard"].with_user(kadis)
        with self.assertRaisesRegex(
            AccessError, "Looks like you have stumbled upon some top-secret records"
        ):
            team.with_user(self.users["Kadinkes"]).check_access("write")
        Wizard.create(
            {
                "team_id": team.id,
                "employee_id": self.rina.id,
                "deadline": TODAY + timedelta(days=3),
                "note": "Progres data minggu ini",
            }
        ).action_confirm()
        report = self.env["sk.report"].search([("team_id", "=", team.id)])
        report.with_user(self.users["Rina"]).write({"content": "<p>3 dari 5 dataset</p>"})
        report.with_user(self.users["Rina"]).action_send()
        self.assertEqual(report.recipient_ids, self.dodi | self.heads["Kadis"])
        read = report.sudo().activity_ids
        self.assertEqual(read.user_id, kadis)
        self.assertTrue(report.with_user(kadis).can_answer)
        report.with_user(kadis).action_acknowledge()
        self.assertEqual((report.state, report.acknowledged_by_id), ("acknowledged", kadis))
        self.assertFalse(report.sudo().activity_ids)

    def test_nobody_reports_to_themselves_and_a_head_without_user_is_passed(self):
        team = self.team_of_dodi_and_rina()
        Report = self.env["sk.report"].with_user(self.users["Dodi"])
        values = {
            "team_id": team.id,
            "date_from": TODAY - timedelta(days=7),
            "date_to": TODAY,
            "content": "<p>Laporan</p>",
        }
        with self.assertRaisesRegex(ValidationError, "never to herself"):
            Report.create(dict(values, kind="member"))
        self.heads["Kabid"].user_id = False
        report = Report.create(dict(values, kind="team"))
        report.action_send()
        self.assertEqual(report.recipient_ids, self.heads["Kadis"])
        self.assertIn("Kabid has no user", report.message_ids[:1].body)
        report.with_user(self.users["Kadis"]).action_acknowledge()
        self.assertEqual(report.state, "acknowledged")


class TestOpenCallDeadline(WorkCycleCase):
    def test_a_published_call_cannot_move_its_deadline_into_the_past(self):
        call = self.env["sk.open.call"].create(
            {
                "company_id": self.company.id,
                "name": "Analis data",
                "owner_department_id": self.bidang.id,
                "maksud_tujuan": "Analisis data layanan",
                "kompetensi": "Statistik",
                "ekspektasi": "Laporan analisis",
                "date_start": TODAY + timedelta(days=10),
                "date_end": TODAY + timedelta(days=60),
                "deadline": TODAY + timedelta(days=5),
            }
        )
        call.action_publish()
        with (
            self.assertRaisesRegex(ValidationError, "cannot be moved into the past"),
            self.env.cr.savepoint(),
        ):
            call.write({"deadline": TODAY - timedelta(days=1)})
        self.assertEqual(call.deadline, TODAY + timedelta(days=5))


class TestResultInTheInbox(WorkCycleCase):
    def test_the_reviewer_reads_the_target_and_the_capaian_in_the_inbox(self):
        pk = self.make_pk(self.dinas, [("Layanan publik digital", self.heads["Kabid"])])
        task = self.individual(pk.target_ids, self.rina)
        task.with_user(self.users["Rina"]).write({"sk_result_value": 95})
        self.hand_in(task, self.users["Rina"])
        line = self.inbox(self.users["Kabid"]).filtered(lambda ln: ln.res_id == task.id)
        self.assertEqual(line.summary, "Layanan publik digital – capaian 95")


class TestTargetAsWritten(WorkCycleCase):
    def test_a_target_reads_as_written_never_with_trailing_zeros(self):
        pk = self.make_pk(self.dinas, [("Layanan", self.heads["Kabid"])])
        self.assertEqual(pk.target_ids.target_text, "100 Persen")
        draft = self.env["sk.perjanjian.kinerja"].create(
            {
                "company_id": self.company.id,
                "department_id": self.bidang.id,
                "year": YEAR + 1,
                "target_ids": [(0, 0, {"sasaran": "X", "target_value": 95.5, "satuan": "persen"})],
            }
        )
        self.assertEqual(draft.target_ids.target_text, "95.5 Persen")
