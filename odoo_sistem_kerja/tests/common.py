"""Base classes and an organisation fixture for the addon's tests and the scenario tests.

The scenario tests at the repository root live outside ``odoo.addons``, so Odoo does not
tag them: every class must inherit one of these tagged bases.
"""

import subprocess
import tempfile
from datetime import date
from unittest.mock import patch

from lxml import html as lxml_html

from odoo import Command, fields
from odoo.tests import HttpCase, TransactionCase, new_test_user, tagged

from .organisation import OrganisationMixin, next_nip  # noqa: F401  (next_nip: for the tests)

# elements that end a word where they end (table cells, lines, blocks)
BLOCKS = ("br", "div", "h1", "h2", "h3", "h4", "li", "p", "table", "td", "th", "tr")
GROUP_ASN = "odoo_sistem_kerja.group_sk_asn"
GROUP_PIMPINAN = "odoo_sistem_kerja.group_sk_pimpinan"
GROUP_ADMIN = "odoo_sistem_kerja.group_sk_admin"
COMPANY_NAME = "Pemerintah Kabupaten Uji"
# The day the tests run on. Their fixtures are dated in 2026 (kedudukan, requests, teams,
# calls, reports): on a later real day a request would start in the past and a call close
# after its work. Odoo's ``freeze_time`` sets the Python clock and the cursor's clock
# (create_date, write_date) follows it, as mail's ``mock_datetime_and_now`` does. Browser
# tests run on the real day (the browser's clock cannot be frozen).
TODAY = date(2026, 11, 23)
FROZEN_AT = f"{TODAY} 03:00:00"


@tagged("standard", "post_install", "-at_install", "sistem_kerja")
class SistemKerjaCase(TransactionCase, OrganisationMixin):
    freeze_time = FROZEN_AT

    @classmethod
    def make_user(cls, login, groups, **kw):
        # no invitation mail: it costs a rendered template per user and no test reads it
        return new_test_user(
            cls.env, login=login, groups=groups, context={"no_reset_password": True}, **kw
        )

    @classmethod
    def make_users(cls, specs, **kw):
        """Users filled as ``make_user`` fills them, created in one call (a user costs about
        140 queries alone): ``specs`` are (login, groups) pairs."""
        values = [
            dict(
                kw,
                login=login,
                name=f"{login} ({groups})",
                password=login + "x" * (8 - len(login)),
                email=f"{login}@example.com",
                groups_id=[Command.set([cls.env.ref(group).id for group in groups.split(",")])],
            )
            for login, groups in specs
        ]
        return cls.env["res.users"].with_context(no_reset_password=True).create(values)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.startClassPatcher(patch.object(cls.cr, "now", fields.Datetime.now))
        cls.company = cls.make_company()
        cls.env = cls.env(context=dict(cls.env.context, allowed_company_ids=[cls.company.id]))

    @classmethod
    def make_company(cls):
        """The company the class works in: a new one, gone with the class's transaction."""
        return cls.env["res.company"].create({"name": COMPANY_NAME})

    def letter_text(self, records, report="odoo_sistem_kerja.action_report_surat_tugas"):
        """The words of ``report`` as its HTML says them, whitespace collapsed: what a letter
        says, without running wkhtmltopdf (``pdf_text`` is for what the PDF itself does)."""
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(report, records.ids)
        root = lxml_html.fromstring(html)
        for node in root.xpath("//style | //script | //head"):
            node.drop_tree()
        for node in root.iter(*BLOCKS):  # a cell or a line ends a word, as on paper
            node.tail = " " + (node.tail or "")
        return " ".join(root.text_content().split())

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
