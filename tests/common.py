"""Base classes for the repository-level test suite.

Test modules here live outside ``odoo.addons``, so Odoo does not tag them:
every class must inherit one of these tagged bases.
"""

from odoo.tests import HttpCase, TransactionCase, new_test_user, tagged

GROUP_ASN = "odoo_sistem_kerja.group_sk_asn"
GROUP_PIMPINAN = "odoo_sistem_kerja.group_sk_pimpinan"
GROUP_ADMIN = "odoo_sistem_kerja.group_sk_admin"


@tagged("standard", "post_install", "-at_install", "sistem_kerja")
class SistemKerjaCase(TransactionCase):
    @classmethod
    def make_user(cls, login, groups, **kw):
        return new_test_user(cls.env, login=login, groups=groups, **kw)


@tagged("standard", "post_install", "-at_install", "sistem_kerja")
class SistemKerjaHttpCase(HttpCase):
    pass
