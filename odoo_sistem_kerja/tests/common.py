"""Base classes and an organisation fixture for the addon's tests and the scenario tests.

The scenario tests at the repository root live outside ``odoo.addons``, so Odoo does not
tag them: every class must inherit one of these tagged bases.
"""

from odoo.tests import HttpCase, TransactionCase, new_test_user, tagged

from .organisation import OrganisationMixin, next_nip  # noqa: F401  (next_nip: for the tests)

GROUP_ASN = "odoo_sistem_kerja.group_sk_asn"
GROUP_PIMPINAN = "odoo_sistem_kerja.group_sk_pimpinan"
GROUP_ADMIN = "odoo_sistem_kerja.group_sk_admin"


@tagged("standard", "post_install", "-at_install", "sistem_kerja")
class SistemKerjaCase(TransactionCase, OrganisationMixin):
    @classmethod
    def make_user(cls, login, groups, **kw):
        return new_test_user(cls.env, login=login, groups=groups, **kw)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Pemerintah Kabupaten Uji"})
        cls.env = cls.env(context=dict(cls.env.context, allowed_company_ids=[cls.company.id]))


@tagged("standard", "post_install", "-at_install", "sistem_kerja")
class SistemKerjaHttpCase(HttpCase, OrganisationMixin):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
