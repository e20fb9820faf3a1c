"""Base classes and an organisation fixture for the addon's tests and the scenario tests.

The scenario tests at the repository root live outside ``odoo.addons``, so Odoo does not
tag them: every class must inherit one of these tagged bases.
"""

import subprocess
import tempfile

from odoo.tests import HttpCase, TransactionCase, new_test_user, tagged

from .organisation import OrganisationMixin, next_nip  # noqa: F401  (next_nip: for the tests)

GROUP_ASN = "odoo_sistem_kerja.group_sk_asn"
GROUP_PIMPINAN = "odoo_sistem_kerja.group_sk_pimpinan"
GROUP_ADMIN = "odoo_sistem_kerja.group_sk_admin"


@tagged("standard", "post_install", "-at_install", "sistem_kerja")
class SistemKerjaCase(TransactionCase, OrganisationMixin):
    @classmethod
    def make_user(cls, login, groups, **kw):
        # no invitation mail: it costs a rendered template per user and no test reads it
        return new_test_user(
            cls.env, login=login, groups=groups, context={"no_reset_password": True}, **kw
        )

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Pemerintah Kabupaten Uji"})
        cls.env = cls.env(context=dict(cls.env.context, allowed_company_ids=[cls.company.id]))

    def render_pdf(self, records, report):
        """``report`` rendered by wkhtmltopdf (not the HTML fallback of tests)."""
        reports = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        pdf, kind = reports._render_qweb_pdf(report, records.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"), "rendered by wkhtmltopdf, not the HTML fallback")
        return pdf

    def pdf_tool(self, pdf, *command):
        """The output of a poppler tool (pdftotext, pdfinfo) run on ``pdf``."""
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(pdf)
            handle.flush()
            return subprocess.run(
                [*command, handle.name, *(["-"] if command[0] == "pdftotext" else [])],
                capture_output=True,
                check=True,
                text=True,
            ).stdout

    def pdf_text(self, records, report="odoo_sistem_kerja.action_report_surat_tugas"):
        """Render ``report`` and return the PDF's text (pages split by \\f)."""
        return self.pdf_tool(self.render_pdf(records, report), "pdftotext", "-layout")


@tagged("standard", "post_install", "-at_install", "sistem_kerja")
class SistemKerjaHttpCase(HttpCase, OrganisationMixin):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
