"""Fixture for approval tests: the test organisation with a user for every official."""

import os
from datetime import date
from unittest.mock import patch

import freezegun

from odoo import SUPERUSER_ID, api, fields
from odoo.exceptions import UserError
from odoo.models import BaseModel
from odoo.modules.registry import Registry
from odoo.tests.common import get_db_name
from odoo.tools.safe_eval import safe_eval

from .common import COMPANY_NAME, GROUP_ADMIN, GROUP_ASN, GROUP_PIMPINAN, SistemKerjaCase

# ``./dev test`` runs the suite on a database made for the run and dropped after it, and says
# so: there the organisation of each preset, with its officials, is built once and committed,
# and every class of that preset starts from it (what a class changes is rolled back with the
# class, as before). On any other database (``odoo-bin --test-enable`` on a real one) nothing
# is committed: each class builds its own.
SHARED = os.environ.get("SK_TEST_SHARED_ORGANISATION") == "1"
_committed = {}  # preset -> the class attributes of its organisation, as (model, ids)


def _as_ids(value):
    """A class attribute as it can outlive its cursor: a recordset, or a dict of them, as
    (model, ids); None for anything else."""
    if isinstance(value, BaseModel):
        return value._name, value.ids
    if isinstance(value, dict) and value and all(isinstance(v, BaseModel) for v in value.values()):
        return {key: (record._name, record.ids) for key, record in value.items()}
    return None


def _as_records(env, ids):
    """What ``_as_ids`` kept, as records of ``env``."""
    if isinstance(ids, dict):
        return {key: env[model].browse(rec) for key, (model, rec) in ids.items()}
    return env[ids[0]].browse(ids[1])


APPROVAL_ACTIVITY_TYPES = (
    "persetujuan",
    "rekomendasi",
    "penetapan",
    "penetapan_team",
    "verifikasi",
    "jawaban",
)


class ApprovalCase(SistemKerjaCase):
    preset = "kobar"

    @classmethod
    def setUpClass(cls):
        if SHARED and cls.preset not in _committed:
            _committed[cls.preset] = cls._commit_officials()
        super().setUpClass()
        if not SHARED:
            cls.build_officials()
            return
        for name, ids in _committed[cls.preset].items():
            setattr(cls, name, _as_records(cls.env, ids))

    @classmethod
    def make_company(cls):
        if not SHARED:
            return super().make_company()
        company = _as_records(cls.env, _committed[cls.preset]["company"])
        company.name = COMPANY_NAME  # committed under its preset's name, company names being unique
        return company

    @classmethod
    def _commit_officials(cls):
        """Build the preset's organisation and officials in a transaction of their own, commit
        it, and return the class attributes it set, as ids."""
        with (
            freezegun.freeze_time(cls.freeze_time),  # on the tests' day, as the classes run
            Registry(get_db_name()).cursor() as cr,
            patch.object(cr, "now", fields.Datetime.now),
        ):
            env = api.Environment(cr, SUPERUSER_ID, {})
            cls.company = env["res.company"].create({"name": f"{COMPANY_NAME} ({cls.preset})"})
            cls.env = env(context={"allowed_company_ids": [cls.company.id]})
            cls.build_officials()
            built = {name: _as_ids(value) for name, value in vars(cls).items()}
            return {name: ids for name, ids in built.items() if ids is not None}

    @classmethod
    def build_officials(cls):
        """The organisation under the class's preset, a user for every head, the Admin
        Kepegawaian, an outsider, and two JF (Rina and Dodi) placed by the rules."""
        cls.build_organisation()
        cls.profile = cls.use_preset(cls.preset)
        kw = {"company_id": cls.company.id, "company_ids": [cls.company.id]}
        heads = list(cls.heads.items())
        # logins end with the preset: the organisation of each preset may be committed at once
        specs = [(name.lower().replace(" ", "."), GROUP_PIMPINAN) for name, _head in heads]
        specs += [
            ("bkpsdm", f"base.group_user,{GROUP_ADMIN}"),
            ("outsider", GROUP_ASN),
            ("rina", GROUP_ASN),
            ("dodi", GROUP_ASN),
        ]
        specs = [(f"{login}.{cls.preset}", groups) for login, groups in specs]
        *officials, cls.admin, cls.outsider, rina, dodi = cls.make_users(specs, **kw)
        cls.users = {}
        for (name, head), user in zip(heads, officials, strict=True):
            head.user_id = cls.users[name] = user
        cls.rina = cls.make_jf("Rina", cls.seksi, "ahli_pertama", user=rina)
        cls.dodi = cls.make_jf("Dodi", cls.bidang, "ahli_muda", user=dodi)
        (cls.rina | cls.dodi)._sk_set_kedudukan_from_rules("800/1/2026", date(2026, 1, 2))

    @classmethod
    def make_jf(cls, name, unit, jenjang, user=None):
        kw = {"company_id": cls.company.id, "company_ids": [cls.company.id]}
        employee = cls.make_employee(
            name,
            unit,
            "fungsional",
            jenjang,
            sk_education_level="s1",
            sk_predikat_kinerja="baik",
            sk_predikat_year=2026,
        )
        user = user or cls.make_user(name.lower(), GROUP_ASN, **kw)
        employee.user_id = cls.users[name] = user
        return employee

    @classmethod
    def make_team(cls, owner, members, **vals):
        """A draft Tim Kerja owned by ``owner``; ``members`` are sk.team.member values."""
        values = {
            "name": "Tim Transformasi Digital",
            "company_id": cls.company.id,
            "owner_department_id": owner.id,
            "owner_employee_id": owner.manager_id.id,
            "date_start": date(2026, 2, 1),
            "date_end": date(2026, 12, 31),
            "member_ids": [(0, 0, member) for member in members],
        }
        values.update(vals)
        return cls.env["sk.team"].create(values)

    @classmethod
    def decide_all(cls, record, submitter=None):
        """Submit ``record`` (as ``submitter``, default the Admin Kepegawaian) and approve
        every step as its approver."""
        record.with_user(submitter or cls.admin).action_submit()
        while record.sudo().current_line_id:
            record.with_user(record.sudo().current_line_id.approver_user_id).action_approve()
        return record

    @classmethod
    def request(cls, owner, target=None, employee=None, requester=None, **vals):
        values = {
            "company_id": cls.company.id,
            "method": "penunjukan",
            "requester_employee_id": (requester or owner.manager_id).id,
            "owner_department_id": owner.id,
            "target_department_id": (target or owner).id,
            "employee_ids": [(6, 0, employee.ids if employee else [])],
            "maksud_tujuan": "Membangun aplikasi layanan publik",
            "kompetensi": "Pengembangan perangkat lunak",
            "ekspektasi": "Aplikasi berjalan pada triwulan III",
            "date_start": date(2026, 7, 1),
            "date_end": date(2026, 12, 31),
        }
        values.update(vals)
        return cls.env["sk.penugasan"].with_user(cls.admin).create(values)

    def inbox(self, user):
        """The steps of the "Waiting for My Decision" menu, as ``user`` opens it."""
        action = self.env.ref("odoo_sistem_kerja.sk_approval_line_action_inbox")
        domain = safe_eval(action.domain, {"uid": user.id})
        return self.env["sk.approval.line"].with_user(user).search(domain)

    def approval_activities(self, record):
        types = [
            self.env.ref(f"odoo_sistem_kerja.mail_activity_type_{t}")
            for t in APPROVAL_ACTIVITY_TYPES
        ]
        return record.sudo().activity_ids.filtered(lambda a: a.activity_type_id in types)

    def walk(self, record, submitter, expected):
        """Submit ``record`` and approve each step as its approver, checking that only the
        current approver holds an activity and that nobody else can decide."""
        record.with_user(submitter).action_submit()
        seen = []
        while record.state == "submitted":
            line = record.current_line_id
            seen.append(line.approver_employee_id.name or line.approver_user_id.name)
            activities = self.approval_activities(record)
            self.assertEqual(len(activities), 1, f"one approval activity at {line.name}")
            self.assertEqual(activities.user_id, line.approver_user_id)
            self.assertEqual(activities.activity_type_id, line.activity_type_id)
            with self.assertRaisesRegex(UserError, "can decide the step|You are not the approver"):
                record.with_user(self.outsider).action_approve()
            record.with_user(line.approver_user_id).action_approve()
        lines = record.approval_line_ids.filtered(lambda ln: ln.round == record.approval_round)
        decided = [
            ln.approver_employee_id.name or ln.approver_user_id.name
            for ln in lines.sorted("sequence")
        ]
        self.assertEqual(decided, expected)
        self.assertFalse(self.approval_activities(record), "no approval activity left")
        return seen
