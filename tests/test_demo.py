"""The demo, loaded as ``./dev run`` loads it (its records produced through the real engine),
inside this test's transaction: what a newcomer finds and prints at once (issues 10 and 12)."""

import io
import re

import openpyxl

from odoo.modules.module import get_manifest
from odoo.tools import html2plaintext
from odoo.tools.convert import convert_file

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase

MODULE = "odoo_sistem_kerja"

# words of an English sentence that Bahasa Indonesia does not use
ENGLISH = re.compile(
    r"\b(the|and|of|to|is|was|sent|done|with|for|by|has|from|waiting|approved|created|"
    r"report|assignment|result|review)\b",
    re.IGNORECASE,
)
DEMO_LOGINS = (
    "bkpsdm",
    "kadis.kominfo",
    "kadis.kesehatan",
    "kabid.aptika",
    "camat",
    "jf.pranata",
    "jf.analis",
    "jf.perencana",
)


class TestDemo(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context={})
        # what Odoo's HR demo would have left in the company
        management = cls.env["hr.department"].create({"name": "Management"})
        cls.env["ir.model.data"]._update_xmlids(
            [{"xml_id": "hr.dep_management_sk_test", "record": management}]
        )
        # what the demo writes comes after what the database held (other tests may commit)
        cls.last_message = cls.env["mail.message"].search([], order="id desc", limit=1).id
        cls.last_activity = (
            cls.env["mail.activity"]
            .with_context(active_test=False)
            .search([], order="id desc", limit=1)
            .id
        )
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
            sorted(row[6] for row in rows[1:5]),
            [
                "Dasbor keterbukaan informasi",
                "Laporan layanan PPID semester I",
                "Rilis berita kinerja triwulan",
                "Survei kepuasan layanan informasi",
            ],
        )
        self.assertEqual({row[7] for row in rows[1:5]}, {f"{analis.name}\n{analis.sk_nip}"})
        # the other is carried by the Tim Transformasi, each member with a role
        team = self.ref("team_transformasi_digital")
        self.assertEqual(rows[5][:2], [3, "Terselenggaranya aplikasi layanan publik terpadu"])
        self.assertEqual({row[5] for row in rows[5:]}, {team.name})
        self.assertEqual(len(rows[5:]), len(team.member_ids))
        pdf = self.render_pdf(pk, "odoo_sistem_kerja.action_report_mpph")
        flat = " ".join(self.pdf_tool(pdf, "pdftotext", "-layout").split())
        for expected in (
            "MATRIKS PEMBAGIAN PERAN DAN HASIL",
            "Meningkatnya keterbukaan",  # the cell wraps after it
            "Rilis berita kinerja",
            "Tim Transformasi",
            analis.name,
            # under the kop of its Perangkat Daerah, signed by the head who set it (issue 22)
            "PEMERINTAH KABUPATEN SUKAMAJU",
            "DINAS KOMUNIKASI DAN INFORMATIKA",
            f"{dinas.manager_id.name} {dinas.manager_id.sk_pangkat_id.display_name}",
            "90 Persen",  # a target is never split across lines
        ):
            self.assertIn(expected, flat)

    def test_accepted_kegiatan_carry_their_capaian_and_bukti_dukung(self):
        accepted = self.env["project.task"].search(
            [("sk_target_id", "!=", False), ("state", "=", "1_done")]
        )
        self.assertEqual(accepted.mapped("sk_result_value"), [96.0])
        evidence = self.env["ir.attachment"].search(
            [("res_model", "=", "project.task"), ("res_id", "=", accepted.id)]
        )
        self.assertEqual(len(evidence), 2, "handed in twice, each with its bukti dukung")

    def test_the_demo_is_written_in_bahasa_indonesia(self):
        """Issue 22 item 7: what the engine wrote while the demo was produced (chatter,
        activity summaries and feedback) reads in the users' language, as do their names."""
        kegiatan = self.env["project.task"].search([("sk_target_id", "!=", False)])
        messages = self.env["mail.message"].search(
            [
                ("id", ">", self.last_message),
                "|",
                ("model", "=like", "sk.%"),
                "&",
                ("model", "=", "project.task"),
                ("res_id", "in", kegiatan.ids),
            ]
        )
        activities = (
            self.env["mail.activity"]
            .with_context(active_test=False)
            .search([("id", ">", self.last_activity), ("res_model", "=like", "sk.%")])
        )
        texts = [html2plaintext(m.body or "") for m in messages]
        texts += [a.summary or "" for a in activities]
        texts += activities.activity_type_id.with_context(lang="id_ID").mapped("name")
        self.assertGreater(len(texts), 100)
        english = sorted({text for text in texts if ENGLISH.search(text)})
        self.assertEqual(english, [], "English in the demo's Indonesian chatter")
        users = self.env["res.users"].search([("login", "in", DEMO_LOGINS)])
        self.assertEqual(set(users.mapped("lang")), {"id_ID"})
        profile = self.ref("unit_kominfo").company_id.sk_profile_id.with_context(lang="id_ID")
        self.assertEqual(profile.name, "Profil regulasi Pemerintah Kabupaten Sukamaju")

    def test_the_demo_does_not_contradict_itself(self):
        """Issue 22 item 11: a decree is numbered in the year it is dated; a team's SK is not
        dated after the team started working."""
        kedudukan = self.env["sk.kedudukan"].search([("decision_number", "like", "BKPSDM")])
        self.assertTrue(kedudukan)
        for decree in kedudukan:
            self.assertTrue(decree.decision_number.endswith(str(decree.decision_date.year)))
        teams = self.env["sk.team"].search([("letter_number", "!=", False)])
        self.assertTrue(teams)
        for team in teams:
            self.assertLessEqual(team.letter_date, team.date_start, team.name)
        # item 10: an ASN's resume (hr_skills, with the odoo_sistem_kerja_hr_skills bridge)
        # starts at the TMT CPNS, not on the day the demo was loaded
        jf = self.ref("emp_jf_org_muda")
        self.assertTrue(jf.sk_tmt_cpns)
        self.assertIn(jf.sk_tmt_cpns, jf.resume_line_ids.mapped("date_start"))

    def test_odoo_demo_does_not_mix_into_the_pemda(self):
        units = self.env["hr.department"].search(
            [("company_id", "=", self.ref("unit_kominfo").company_id.id)]
        )
        self.assertNotIn("Management", units.mapped("name"))
        self.assertFalse(units.filtered(lambda u: not u.sk_unit_type_id))

    def test_each_unit_head_lands_on_a_decision_waiting(self):
        for login in ("kadis.kominfo", "camat"):
            user = self.env["res.users"].search([("login", "=", login)])
            steps = self.env["sk.approval.line"].search(
                [("state", "=", "pending"), ("approver_user_id", "=", user.id)]
            )
            self.assertTrue(steps, login)
            self.assertEqual(user.action_id.id, self.ref("sk_approval_line_action_inbox").id)

    def test_every_demo_user_lands_on_content(self):
        users = self.env["res.users"].search(
            [("login", "in", ("jf.pranata", "jf.analis", "jf.perencana"))]
        )
        self.assertEqual(len(users), 3)
        for user in users:
            roles = self.env["sk.my.role"].with_user(user).search([("user_id", "=", user.id)])
            self.assertTrue(roles, f"{user.login} lands on My Roles with a role")
            self.assertEqual(user.action_id.id, self.ref("sk_my_role_action").id)
        bkpsdm = self.env["res.users"].search([("login", "=", "bkpsdm")])
        # the Admin Kepegawaian, who decides nothing, starts on the dashboard
        self.assertEqual(bkpsdm.action_id.id, self.ref("hr_employee_public_action_dashboard").id)

    def test_every_state_is_there(self):
        """Issue 10: a newcomer finds each state produced by the engine, not written."""
        requests = self.env["sk.penugasan"].search([])
        self.assertEqual(
            set(requests.mapped("state")),
            {"draft", "submitted", "returned", "refused", "active", "done"},
        )
        refused = self.ref("penugasan_refused")
        self.assertTrue(refused.approval_line_ids.filtered(lambda ln: ln.state == "refused").reason)
        teams = self.env["sk.team"].search([])
        self.assertEqual(sorted(teams.mapped("state")), ["active", "active", "verification"])
        letter = self.env["sk.letter"].search(
            [("employee_id", "=", self.ref("emp_jf_prakom_muda").id)]
        )
        self.assertEqual(letter.state, "issued")
        self.assertTrue(self.env["sk.representation"].search([("type", "=", "plh")]))
        call = self.ref("open_call_dashboard")
        self.assertEqual(call.application_ids.employee_ids, self.ref("emp_jf_analis_ikp"))

    def test_every_letter_prints_at_once_under_the_kop_of_its_pd(self):
        approved = self.ref("penugasan_approved") | self.ref("penugasan_finished")
        surat = self.flat(approved, "odoo_sistem_kerja.action_report_surat_tugas")
        for request in approved:
            self.assertIn(request.letter_number, surat)
        self.assertIn("DINAS KOMUNIKASI DAN INFORMATIKA", surat)
        self.assertIn("Jl. Dr. Wahidin Sudirohusodo No. 12", surat)
        self.assertIn("Telp. (0343) 745678", surat)
        teams = self.env["sk.team"].search([("state", "=", "active")])
        sk = self.flat(teams, "odoo_sistem_kerja.action_report_sk_tim_kerja")
        self.assertIn("KECAMATAN SUKAMAJU", sk.upper())
        self.assertIn("Ditetapkan di Sukamaju", sk)
        self.assertIn("TIM KERJA KECAMATAN SUKAMAJU KABUPATEN SUKAMAJU", sk)
        self.assertIn("Peraturan Bupati Sukamaju Nomor 12 Tahun 2025", surat + sk)
        for text in ("San Francisco", "YourCompany", "Your logo", "Kotawaringin"):
            self.assertNotIn(text, surat + sk)
        letter = self.env["sk.letter"].search([("state", "=", "issued")])
        prepared = self.flat(letter, "odoo_sistem_kerja.action_report_sk_letter")
        self.assertIn(letter.letter_number, prepared)
        self.assertIn("Tim Transformasi Layanan Digital", prepared)

    def flat(self, records, report):
        return " ".join(
            self.pdf_tool(self.render_pdf(records, report), "pdftotext", "-layout").split()
        )

    def test_the_established_team_prints_its_sk_and_has_reported(self):
        team = self.ref("team_transformasi_digital")
        self.assertEqual(team.state, "active")
        self.assertTrue(team.letter_number)
        pdf = self.render_pdf(team, "odoo_sistem_kerja.action_report_sk_tim_kerja")
        layout = self.pdf_tool(pdf, "pdftotext", "-layout")
        text = " ".join(layout.split())
        self.assertIn(team.letter_number, text)
        # the lampiran is a table whose NIPs stay whole on their line
        for member in team.member_ids.employee_id:
            self.assertTrue(
                any(f"NIP. {member.sk_nip}" in line for line in layout.splitlines()),
                member.name,
            )
        self.assertIn("PEMERINTAH KABUPATEN SUKAMAJU", text.upper())
        reports = team.report_ids
        self.assertEqual(sorted(reports.mapped("kind")), ["performance", "team"])
        self.assertEqual(set(reports.mapped("state")), {"sent"})
        self.assertEqual(reports.author_id, team.ketua_id)

    def test_the_demo_signs_letters_electronically(self):
        """Issue 24: the demo's local signer; its signed letters verify (the demo's cron
        signs them when the server runs: this test runs its job)."""
        self.env["sk.regulation.profile"]._sk_demo_sign_letters()
        for xmlid in ("penugasan_finished", "team_pelayanan_kecamatan"):
            letter = self.ref(xmlid)
            self.assertEqual(letter.sk_tte_state, "signed")
            verification = self.env["sk.letter.verification"].search(
                [("res_model", "=", letter._name), ("res_id", "=", letter.id)]
            )
            validation = verification._sk_validation()
            self.assertTrue(validation.intact and validation.trusted, xmlid)
            self.assertEqual(validation.signer, letter._sk_tte_signer().name)
            self.assertEqual(verification._sk_state(), "valid")
        # the other letters wait for their signers, who hold a demo certificate
        waiting = self.ref("penugasan_approved")
        self.assertEqual(waiting.sk_tte_state, "waiting")
        self.assertTrue(waiting.with_user(waiting._sk_tte_signer().user_id).sk_tte_can_sign)

    def test_a_finished_assignment_letter_still_lists_its_role(self):
        """Its letter, printed after the assignment ended, lists the roles in force on its
        TMT: "Diberikan tugas sebagai" is never left empty."""
        finished = self.ref("penugasan_finished")
        self.assertEqual(finished.state, "done")
        report = self.env["report.odoo_sistem_kerja.report_surat_tugas"]
        [letter] = report._get_report_values(finished.ids)["letters"]
        tasks = [task for role in letter["roles"] for task in role["tasks"]]
        self.assertIn("Pengamanan jaringan selama Musrenbang kabupaten", tasks)
