"""Every role's day in the browser, on the demo Pemda, as its demo user, in Bahasa Indonesia
(issue 22): each lands on its work and finishes its journey. The demo is loaded once, as
./dev run loads it, inside the class's transaction that the browser shares."""

from datetime import date, timedelta

from odoo.modules.module import get_manifest
from odoo.tools.convert import convert_file

from odoo.addons.odoo_sistem_kerja.demo.sk_work_demo import DEMO_PASSPHRASE
from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaHttpCase

MODULE = "odoo_sistem_kerja"


class TestDemoJourneys(SistemKerjaHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for filename in get_manifest(MODULE)["demo"]:
            convert_file(cls.env, MODULE, filename, {}, mode="init", kind="demo")
        cls.ref = staticmethod(lambda xmlid: cls.env.ref(f"{MODULE}.{xmlid}"))

    def user(self, login):
        return self.env["res.users"].search([("login", "=", login)])

    def kegiatan(self, name):
        return self.env["project.task"].search([("name", "=", name)])

    def test_the_kepala_dinas_decides_a_team_and_accepts_a_result(self):
        team = self.env["sk.team"].search([("name", "=", "Tim Satu Data Sukamaju")])
        self.assertEqual(self.user("kadis.kominfo").lang, "id_ID")
        self.start_tour("/odoo", "sk_journey_kepala_pd", login="kadis.kominfo")
        self.assertEqual(team.state, "active")
        self.assertTrue(team.letter_number, "the SK Tim Kerja is numbered")
        self.assertEqual(self.kegiatan("Dasbor keterbukaan informasi").state, "1_done")

    def test_the_camat_assigns_within_his_kecamatan(self):
        request = self.ref("penugasan_kelurahan")
        self.start_tour("/odoo", "sk_journey_camat", login="camat")
        self.assertEqual(request.state, "active")

    def test_the_kabid_answers_a_request_and_acknowledges_the_ketuas_report(self):
        request = self.ref("penugasan_lintas_unit")
        self.start_tour("/odoo", "sk_journey_kabid", login="kabid.aptika")
        self.assertNotEqual(
            request.sudo().current_approver_id, self.user("kabid.aptika"), "decided, passed on"
        )
        report = self.env["sk.report"].search(
            [("kind", "=", "team"), ("team_id", "=", self.ref("team_transformasi_digital").id)]
        )
        self.assertEqual(report.state, "acknowledged")
        self.assertEqual(report.acknowledged_by_id, self.user("kabid.aptika"))

    def test_the_ketua_plans_a_kegiatan_of_her_team(self):
        self.start_tour("/odoo", "sk_journey_ketua", login="jf.pranata")
        planned = self.kegiatan("Integrasi aplikasi perizinan")
        self.assertEqual(planned.sk_team_id, self.ref("team_transformasi_digital"))
        self.assertEqual(
            planned.sk_target_id.sasaran, "Terselenggaranya aplikasi layanan publik terpadu"
        )

    def test_the_ketua_sends_the_report_her_kabid_asked_for(self):
        team = self.ref("team_transformasi_digital")
        kabid = self.user("kabid.aptika")
        self.env["sk.report.request.wizard"].with_user(kabid).create(
            {
                "team_id": team.id,
                "employee_id": team.ketua_id.id,
                "deadline": date.today() + timedelta(days=3),
                "note": "Progres uji coba modul pengaduan",
            }
        ).action_confirm()
        asked = self.env["sk.report"].search([("requested_by_id", "=", kabid.id)])
        self.assertEqual(asked.state, "draft")
        self.start_tour("/odoo", "sk_journey_ketua_report", login="jf.pranata")
        self.assertEqual(asked.state, "sent")
        self.assertIn("siap diuji", asked.content)
        self.assertIn(kabid, asked.recipient_user_ids)

    def test_the_jf_hands_in_his_result(self):
        survey = self.kegiatan("Survei kepuasan layanan informasi")
        survey.with_user(self.user("jf.analis")).write(
            {"sk_result": "<p>Survei selesai: 412 responden.</p>", "sk_result_value": 88}
        )
        self.start_tour("/odoo", "sk_journey_jf", login="jf.analis")
        self.assertTrue(survey.sudo().current_line_id, "in review")
        self.assertEqual(survey.stage_id, self.env.ref(f"{MODULE}.project_stage_evaluasi"))

    def test_a_jf_volunteers_for_the_open_call(self):
        call = self.ref("open_call_dashboard")
        rina = self.user("jf.pranata").employee_id
        self.start_tour("/odoo", "sk_journey_volunteer", login="jf.pranata")
        self.assertIn(rina, call.application_ids.employee_ids)

    def test_the_admin_kepegawaian_starts_on_the_dashboard_and_prints_a_letter(self):
        requests = self.env["sk.penugasan"].search(
            [("maksud_tujuan", "ilike", "Pendampingan migrasi aplikasi perizinan")]
        )
        Verification = self.env["sk.letter.verification"]
        self.assertEqual(len(requests), 1)
        domain = [("res_model", "=", "sk.penugasan"), ("res_id", "in", requests.ids)]
        self.assertFalse(Verification.search(domain))
        self.start_tour("/odoo", "sk_journey_admin", login="bkpsdm")
        # printed from the Print menu: the letter's verification (its QR) is made at the
        # first print (tests render the HTML, not the PDF: the PDF is test_demo's)
        printed = Verification.search(domain)
        self.assertEqual(len(printed), 1)
        self.assertEqual(printed.letter_number, requests.letter_number)
        # and the SK of the team and the prepared letter from theirs (each makes its QR's page)
        team = self.ref("team_transformasi_digital")
        letter = self.env["sk.letter"].search([("state", "=", "issued")])
        for record in (team, letter):
            self.assertTrue(
                Verification.search([("res_model", "=", record._name), ("res_id", "=", record.id)]),
                record.display_name,
            )

    def test_a_visitor_reads_that_a_printed_letter_is_valid(self):
        approved = self.env["sk.penugasan"].search(
            [("state", "=", "active"), ("letter_number", "!=", False)], limit=1
        )
        self.env["ir.actions.report"].with_context(force_report_rendering=True)._render_qweb_pdf(
            "odoo_sistem_kerja.action_report_surat_tugas", approved.ids
        )
        verification = self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", approved.id)]
        )
        # the visitor scans the QR in a real browser, logged in nowhere: the page is plain
        # HTML, without the web client a tour runs in, so the browser checks it itself
        self.browser_js(
            f"/sistem-kerja/verifikasi/{verification.token}",
            f"""
            const status = document.querySelector("#sk-status").textContent;
            const number = document.querySelector("#sk-number").textContent;
            const upload = document.querySelector("input[type=file][name=pdf]");
            if (status.includes("SAH — surat ini diterbitkan")
                && number === "{approved.letter_number}" && upload) {{
                console.log("test successful");
            }} else {{
                console.error("the page does not say the letter is valid: " + status);
            }}
            """,
            ready="document.readyState === 'complete'",
            login=None,
        )

    def test_the_kepala_dinas_signs_a_letter_electronically(self):
        """Issue 24: the signer types her passphrase once; the stored letter is signed."""
        letter = self.env["sk.letter"].search([("state", "=", "issued")])
        self.assertEqual(letter.sk_tte_state, "waiting")
        # its first print, stored (the test server serves one request at a time: wkhtmltopdf
        # could not load the letter's styles while the browser's request renders it)
        self.env["ir.actions.report"].with_context(force_report_rendering=True)._render_qweb_pdf(
            "odoo_sistem_kerja.action_report_sk_letter", letter.ids
        )
        self.start_tour("/odoo", "sk_journey_signer", login="kadis.kominfo")
        self.assertEqual(letter.sk_tte_state, "signed")
        verification = self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.letter"), ("res_id", "=", letter.id)]
        )
        validation = verification._sk_validation()
        self.assertTrue(validation.trusted)
        self.assertEqual(validation.signer, letter._sk_tte_signer().name)
        self.assertEqual(verification._sk_state(), "valid")

    def assertServedReadOnly(self, path, **kwargs):
        """Issue 26: a route that only reads runs on a read-only transaction (on the
        PostgreSQL replica where Odoo has one); a write there would make Odoo log a retry
        on a read/write cursor."""
        router = self.env["ir.http"].routing_map().bind("")
        rule, _args = router.match(path.split("?")[0], return_rule=True)
        self.assertIs(rule.endpoint.routing["readonly"], True, path)
        with self.assertNoLogs("odoo.http", "WARNING"):
            response = self.url_open(path, **kwargs)
        self.assertEqual(response.status_code, 200, path)
        return response

    def test_what_only_reads_is_served_read_only(self):
        letter = self.ref("penugasan_finished")
        self.env["ir.actions.report"].with_context(force_report_rendering=True)._render_qweb_pdf(
            "odoo_sistem_kerja.action_report_surat_tugas", letter.ids
        )
        verification = self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", letter.id)]
        )
        path = f"/sistem-kerja/verifikasi/{verification.token}"
        page = self.assertServedReadOnly(path)
        self.assertIn(letter.letter_number, page.text)
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        checked = self.assertServedReadOnly(
            path,
            data={"csrf_token": token},
            files={"pdf": ("surat.pdf", verification._sk_current_attachment().raw)},
        )
        self.assertIn("Berkas ini sama dengan surat yang tercatat", checked.text)
        # the MPPH workbook of a Perjanjian Kinerja, downloaded by the Admin Kepegawaian
        pk = self.env["sk.perjanjian.kinerja"].search([], limit=1)
        self.authenticate("bkpsdm", "bkpsdm")
        workbook = self.assertServedReadOnly(f"/sistem-kerja/mpph/{pk.id}/xlsx")
        self.assertTrue(workbook.content.startswith(b"PK"))

    def test_each_side_signs_its_letter_of_a_request_across_perangkat_daerah(self):
        """Issue 24: the surat permohonan is signed by the requester, the surat jawaban and
        the surat penugasan by the official who answered: each its own PDF of record."""
        request = self.ref("penugasan_lintas_pd")
        permohonan = "odoo_sistem_kerja.report_permohonan_pelibatan"
        jawaban = "odoo_sistem_kerja.report_jawaban_pelibatan"
        report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        for name in (permohonan, jawaban, "odoo_sistem_kerja.report_surat_tugas"):
            report._render_qweb_pdf(name, request.ids)
        signers = {r.report_name: signer for r, signer, _sign in request._sk_tte_documents()}
        self.assertEqual(len(signers), 3)
        self.assertEqual(signers[permohonan], request.requester_employee_id)
        self.assertNotEqual(signers[jawaban], request.requester_employee_id)
        self.assertEqual(request.sk_tte_state, "waiting")
        for user in {signer.user_id for signer in signers.values()}:
            self.env["sk.letter.sign.wizard"].with_user(user).with_context(
                active_model="sk.penugasan", active_ids=request.ids
            ).create({"passphrase": DEMO_PASSPHRASE})
        self.assertEqual(request.sk_tte_state, "signed")
        verifications = self.env["sk.letter.verification"].search(
            [("res_model", "=", "sk.penugasan"), ("res_id", "=", request.id)]
        )
        self.assertEqual(len(verifications), 3)
        for verification in verifications:
            self.assertEqual(verification.signer_employee_id, signers[verification.report_name])
            self.assertTrue(verification._sk_validation().trusted, verification.title)
            self.assertEqual(verification._sk_state(), "valid")
        numbers = {v.report_name: v.letter_number for v in verifications}
        self.assertEqual(numbers[permohonan], request.request_number)
        self.assertEqual(numbers[jawaban], request.answer_number)
