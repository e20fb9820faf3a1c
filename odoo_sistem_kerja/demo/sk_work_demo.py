"""The demo's Penugasan, Surat Tugas, Plh. period and volunteer in every state, produced
through the real engine as each official would (called from demo/sistem_kerja_work_demo.xml
only)."""

from datetime import timedelta

from odoo import api, fields, models

from ..models.sk_signing import certificate_pem, issue_certificate, pkcs12_bundle

# the demo signers' passphrase (README): demo certificates only, never a real signer's
DEMO_PASSPHRASE = "tte-demo-2026"
# the demo letters signed electronically; the others wait for their signer
DEMO_SIGNED = (
    "odoo_sistem_kerja.penugasan_finished",
    "odoo_sistem_kerja.team_pelayanan_kecamatan",
)


class SkPenugasan(models.Model):
    _inherit = "sk.penugasan"

    def _sk_demo_decide(self):
        """Every step decided by its approver."""
        while self.sudo().current_line_id:
            self.with_user(self.sudo().current_approver_id).action_approve()
        return self

    @api.model
    def _sk_demo_requests(self, values_by_xmlid):
        """Requests of the Kepala Dinas Kominfo for the JF of Aptika, one per state:
        approved and numbered, finished, returned once, refused with a reason; a prepared
        Surat Tugas signed; a past Plh. period; a volunteer on the open call, accepted."""
        ref = self.env.ref
        admin = ref("odoo_sistem_kerja.user_bkpsdm")
        today = fields.Date.context_today(self)
        aptika = ref("odoo_sistem_kerja.unit_aptika")
        kadis = ref("odoo_sistem_kerja.emp_kadis_kominfo")
        common = {
            "company_id": aptika.company_id.id,
            "method": "penunjukan",
            "requester_employee_id": kadis.id,
            "owner_department_id": aptika.id,
            "target_department_id": aptika.id,
            "kompetensi": "Pengembangan dan pengelolaan aplikasi",
        }
        requests = {}
        for xmlid, values in values_by_xmlid.items():
            employee = ref(f"odoo_sistem_kerja.{values.pop('employee')}")
            start = today + timedelta(days=values.pop("start_days"))
            end = today + timedelta(days=values.pop("end_days"))
            own = {}
            if "unit" in values:  # a request of another Perangkat Daerah than Aptika
                unit = ref(f"odoo_sistem_kerja.{values.pop('unit')}")
                own = {
                    "owner_department_id": unit.id,
                    "target_department_id": unit.id,
                    "requester_employee_id": ref(f"odoo_sistem_kerja.{values.pop('requester')}").id,
                }
            request = self.create(
                dict(
                    common,
                    employee_ids=[fields.Command.set(employee.ids)],
                    date_start=start,
                    date_end=end,
                    **own,
                    **values,
                )
            )
            self.env["ir.model.data"]._update_xmlids(
                [{"xml_id": f"odoo_sistem_kerja.{xmlid}", "record": request, "noupdate": True}]
            )
            request.with_user(admin).action_submit()
            requests[xmlid] = request
        for xmlid in ("penugasan_approved", "penugasan_finished", "penugasan_dinkes"):
            requests[xmlid]._sk_demo_decide()
        self._cron_close_finished()
        returned = requests["penugasan_returned"]
        returned.with_user(returned.sudo().current_approver_id)._sk_return(
            "Lengkapi ekspektasi dengan target waktu penyelesaian."
        )
        refused = requests["penugasan_refused"]
        refused.with_user(refused.sudo().current_approver_id)._sk_refuse(
            "Beban kerja pegawai sudah melampaui batas pada periode ini."
        )
        # the Surat Tugas of the Ketua of the established team, signed
        ketua = ref("odoo_sistem_kerja.emp_jf_prakom_muda")
        action = ketua.with_user(admin).action_sk_prepare_surat_tugas()
        letter = self.env["sk.letter"].browse(action["res_id"])
        letter.with_user(admin).action_submit()
        while letter.sudo().current_line_id:
            letter.with_user(letter.sudo().current_approver_id).action_approve()
        # the Sekretaris acted for the Kepala Dinas while she was on leave last month
        self.env["sk.representation"].create(
            {
                "type": "plh",
                "official_id": kadis.id,
                "representative_id": ref("odoo_sistem_kerja.emp_sekr_kominfo").id,
                "date_from": today - timedelta(days=40),
                "date_to": today - timedelta(days=36),
                "decision_number": "800.1.11/017/DISKOMINFO/2026",
            }
        )
        # a volunteer of the Dinas on its published call
        analis = ref("odoo_sistem_kerja.user_jf_analis")
        call = ref("odoo_sistem_kerja.open_call_dashboard")
        call.with_user(analis).action_volunteer()
        call.application_ids._sk_demo_decide()
        return requests


class SkTeam(models.Model):
    _inherit = "sk.team"

    def _sk_demo_establish(self):
        """Every step decided by its official, the Tim Verifikasi recommending."""
        while self.sudo().current_line_id:
            if self.at_verifier_step:
                verifier = self._sk_profile()._sk_verifiers()[0]
                self.with_user(verifier)._sk_recommend(
                    "Susunan, beban kerja dan kedudukan anggota sesuai; direkomendasikan."
                )
            else:
                self.with_user(self.sudo().current_approver_id).action_approve()
        return self


class HrDepartment(models.Model):
    _inherit = "hr.department"

    @api.model
    def _sk_demo_archive_odoo_demo(self):
        """Odoo's own HR and Project demo (Management, R&D USA, Office Design...) is
        archived: the Pemda's units and employees stand alone. The administrator's
        employee stays."""
        data = self.env["ir.model.data"].search(
            [
                ("module", "in", ("hr", "project")),
                ("model", "in", ("hr.employee", "hr.department", "project.project")),
                ("name", "!=", "employee_admin"),
            ]
        )
        for model in ("hr.employee", "hr.department", "project.project"):
            records = self.env[model].browse(
                data.filtered(lambda d, m=model: d.model == m).mapped("res_id")
            )
            records.exists().action_archive()


class SkRegulationProfile(models.Model):
    _inherit = "sk.regulation.profile"

    @api.model
    def _sk_demo_tte(self):
        """The demo Pemda signs its letters electronically with a local signer: a CA of
        its own, a certificate for each official who signs a demo letter (passphrase
        ``DEMO_PASSPHRASE``), TTE allowed."""
        company = self.env.ref("base.main_company")
        authority = issue_certificate(f"CA Demo {company.name}")
        company._sk_profile().write(
            {
                "tte_policy": "allowed",
                "tte_service": "local",
                "tte_trust_roots": certificate_pem(authority[1]),
            }
        )
        signers = {
            signer
            for model in ("sk.penugasan", "sk.team", "sk.letter")
            for letter in self.env[model].search([])
            for _report, signer, _sign in letter._sk_tte_documents()
        }
        for signer in signers:
            key, certificate = issue_certificate(signer.name, issuer=authority)
            signer.sk_tte_certificate = pkcs12_bundle(
                key, certificate, [authority[1]], DEMO_PASSPHRASE
            )

    @api.model
    def _sk_demo_sign_letters(self):
        """Sign the demo's signed letters, once, by their signers: run by a cron when the
        server runs, since a letter's PDF is printed through the server (wkhtmltopdf loads
        its styles from it)."""
        for xmlid in DEMO_SIGNED:
            letter = self.env.ref(xmlid)
            if letter.sk_tte_state == "waiting":
                signer = letter._sk_tte_signer().user_id
                letter.with_user(signer)._sk_tte_sign({"passphrase": DEMO_PASSPHRASE})
        # done for good: the cron deactivates itself after this run
        self.env["ir.cron"]._notify_progress(done=len(DEMO_SIGNED), remaining=0, deactivate=True)


class ResLang(models.Model):
    _inherit = "res.lang"

    @api.model
    def _sk_demo_language(self):
        """The demo Pemda works in Bahasa Indonesia: the language is active, with the terms
        of the apps it uses, before the demo is produced, so that what the engine writes
        meanwhile (chatter, activity feedback, notes) is written in it."""
        self._activate_lang("id_ID")
        self.env["ir.module.module"]._load_module_terms(
            ["base", "mail", "hr", "project", "odoo_sistem_kerja"], ["id_ID"]
        )
        self.env.ref("base.main_company").partner_id.lang = "id_ID"
