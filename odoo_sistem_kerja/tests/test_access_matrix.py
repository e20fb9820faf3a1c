"""Who may read, write and delete which record, and create on which model: each role
against the user's own records, their unit's, another unit's and another company's.

``r``, ``w``, ``u`` are the rights on a record (access list plus record rules), ``c`` the
right to create on the model. What the workflow itself locks (a decided record, a sealed
field) is tested in ``test_sealed_records``."""

from datetime import date, timedelta

from odoo import fields
from odoo.tests import tagged

from .approval_common import ApprovalCase

# (model, record, rights per role: ASN Rina, Pimpinan Kasi, Admin Kepegawaian). Records:
# "rina_*" Rina's own, "seksi_*" the Kasi's unit's (not Rina's), "bidang_*" the unit above
# (Rina is a member), "sekretariat_*" another unit's, "foreign_*" another company's.
CASES = [
    ("sk.penugasan", "rina_request", "rwu", "r", "rwu"),
    # submitted: assigned to Rina; the Kasi decides it (write: the engine then locks all but
    # the assignees, at the step that names them)
    ("sk.penugasan", "seksi_request", "r", "rw", "rwu"),
    ("sk.penugasan", "sekretariat_request", "", "", "rwu"),
    ("sk.penugasan", "foreign_request", "", "", ""),
    ("sk.team", "seksi_team", "", "rwu", "rwu"),
    ("sk.team", "bidang_team", "r", "r", "rwu"),
    ("sk.team", "sekretariat_team", "", "", "rwu"),
    ("sk.team", "foreign_team", "", "", ""),
    ("sk.team.member", "seksi_member", "", "rwu", "rwu"),
    ("sk.team.member", "bidang_member", "r", "r", "rwu"),
    ("sk.team.member", "sekretariat_member", "", "", "rwu"),
    ("sk.team.member", "foreign_member", "", "", ""),
    ("sk.kedudukan", "rina_kedudukan", "r", "r", "rwu"),
    ("sk.kedudukan", "bidang_kedudukan", "", "", "rwu"),
    ("sk.letter", "rina_letter", "r", "r", "rwu"),
    ("sk.letter", "bidang_letter", "", "", "rwu"),
    ("sk.letter.role", "rina_letter_role", "r", "r", "rwu"),
    ("sk.letter.role", "bidang_letter_role", "", "", "rwu"),
    ("sk.approval.line", "rina_letter_history", "r", "r", "r"),
    ("sk.approval.line", "seksi_request_history", "r", "r", "r"),
    ("sk.approval.line", "sekretariat_team_history", "", "", "r"),
    ("sk.representation", "rina_representation", "r", "r", "rwu"),
    ("sk.representation", "sekretariat_representation", "", "", "rwu"),
    ("sk.regulation.profile", "rina_profile", "r", "r", "rw"),
    ("sk.regulation.profile", "foreign_profile", "", "", ""),
    ("sk.approval.route", "rina_route", "r", "r", "rwu"),
    ("sk.approval.route", "foreign_route", "", "", ""),
    ("sk.letter.verification", "rina_verification", "", "", "r"),
    ("sk.open.call", "seksi_call", "r", "rwu", "rwu"),
    ("sk.perjanjian.kinerja", "seksi_pk", "r", "rwu", "rwu"),
    ("sk.perjanjian.kinerja", "sekretariat_pk", "r", "r", "rwu"),
    ("sk.pk.target", "seksi_target", "r", "rwu", "rwu"),
    ("sk.pk.target", "sekretariat_target", "r", "r", "rwu"),
    ("sk.open.call", "sekretariat_call", "r", "r", "rwu"),
    # reports: written by their author, read by the head of the team's unit and the Admin
    ("sk.report", "rina_report", "rwu", "", "r"),
    ("sk.report", "seksi_report", "", "r", "r"),
    # a member's performance: its Ketua, the officials it went to and the member only
    ("sk.report", "seksi_performance", "r", "r", ""),
    # dialog kinerja: read by the employee, kept by whom they held it with
    ("sk.dialog.kinerja", "rina_dialog", "r", "rwu", "rwu"),
    ("sk.dialog.kinerja", "sekretariat_dialog", "", "", "rwu"),
    # follow-up of an assessment: the employee and their Penilai read, the Admin keeps it
    ("sk.kinerja.followup", "rina_followup", "r", "r", "rwu"),
    ("sk.kinerja.followup", "sekretariat_followup", "", "", "rwu"),
]
# may the role create on the model at all (record rules then decide which records)
CREATE = {
    "sk.penugasan": "111",
    "sk.team": "011",
    "sk.team.member": "011",
    "sk.kedudukan": "001",
    "sk.letter": "001",
    "sk.letter.role": "001",
    "sk.approval.line": "000",
    "sk.representation": "001",
    "sk.regulation.profile": "001",
    "sk.approval.route": "001",
    "sk.letter.verification": "000",
    "sk.open.call": "011",
    "sk.perjanjian.kinerja": "011",
    "sk.pk.target": "011",
    "sk.kegiatan.issue": "111",
    "sk.report": "111",
    "sk.dialog.kinerja": "111",
    "sk.kinerja.followup": "001",
}


@tagged("post_install", "-at_install", "sistem_kerja")
class TestAccessMatrix(ApprovalCase):
    """``own``: the role's own record (or what it decides); ``unit``: a record of a unit
    the role sees without owning it; ``other``: another unit's; ``foreign``: another
    company's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.roles = [cls.users["Rina"], cls.users["Kasi"], cls.admin]
        other = cls.env["res.company"].create({"name": "Pemerintah Kota Sebelah"})
        cls.use_preset("kobar", company=other)
        foreign_unit = cls.make_unit(
            "Dinas Sebelah", "dinas", head=("Kadis Sebelah", "jpt_pratama"), company=other
        )
        foreign_jf = cls.make_employee("Joko", foreign_unit, "fungsional", company=other)
        Letter = cls.env["sk.letter"].with_user(cls.admin)
        r = cls.records = {}
        r["rina_request"] = cls.request(cls.seksi, employee=cls.rina, requester=cls.rina)
        r["seksi_request"] = cls.request(cls.seksi, employee=cls.rina, requester=cls.heads["Kasi"])
        r["seksi_request"].with_user(cls.admin).action_submit()
        r["sekretariat_request"] = cls.request(cls.sekretariat, requester=cls.heads["Sekretaris"])
        r["foreign_request"] = cls.env["sk.penugasan"].create(
            {
                "company_id": other.id,
                "requester_employee_id": foreign_unit.manager_id.id,
                "owner_department_id": foreign_unit.id,
                "employee_ids": [(6, 0, foreign_jf.ids)],
            }
        )
        r["seksi_team"] = cls.make_team(cls.seksi, [{"employee_id": cls.dodi.id}], name="S")
        r["bidang_team"] = cls.make_team(cls.bidang, [{"employee_id": cls.rina.id}], name="B")
        r["sekretariat_team"] = cls.make_team(
            cls.sekretariat, [{"employee_id": cls.dodi.id}], name="Sek"
        )
        cls.decide_all(r["sekretariat_team"], cls.users["Sekretaris"])
        r["foreign_team"] = cls.env["sk.team"].create(
            {
                "name": "Sebelah",
                "company_id": other.id,
                "owner_department_id": foreign_unit.id,
                "owner_employee_id": foreign_unit.manager_id.id,
                "date_start": date(2026, 2, 1),
                "date_end": date(2026, 12, 31),
                "member_ids": [(0, 0, {"employee_id": foreign_jf.id})],
            }
        )
        for scope in ("seksi", "bidang", "sekretariat", "foreign"):
            r[f"{scope}_member"] = r[f"{scope}_team"].member_ids
        r["rina_kedudukan"] = cls.rina.sk_kedudukan_id
        r["bidang_kedudukan"] = cls.dodi.sk_kedudukan_id
        r["rina_letter"] = cls.decide_all(
            Letter.create(
                {
                    "employee_id": cls.rina.id,
                    "company_id": cls.company.id,
                    "role_ids": [(0, 0, {"name": "Anggota Tim"})],
                }
            )
        )
        r["bidang_letter"] = Letter.create(
            {
                "employee_id": cls.dodi.id,
                "company_id": cls.company.id,
                "role_ids": [(0, 0, {"name": "Anggota Tim"})],
            }
        )
        r["rina_letter_role"] = r["rina_letter"].role_ids[:1]
        r["bidang_letter_role"] = r["bidang_letter"].role_ids[:1]
        r["rina_letter_history"] = r["rina_letter"].approval_line_ids
        r["seksi_request_history"] = r["seksi_request"].approval_line_ids
        r["sekretariat_team_history"] = r["sekretariat_team"].approval_line_ids
        Representation = cls.env["sk.representation"]
        r["rina_representation"] = Representation.create(
            {
                "official_id": cls.heads["Kasi"].id,
                "representative_id": cls.rina.id,
                "type": "plh",
                "date_from": date(2026, 1, 1),
                "date_to": date(2026, 1, 5),
            }
        )
        r["sekretariat_representation"] = Representation.create(
            {
                "official_id": cls.heads["Kadis"].id,
                "representative_id": cls.heads["Sekretaris"].id,
                "type": "plh",
                "date_from": date(2026, 1, 1),
                "date_to": date(2026, 1, 5),
            }
        )
        r["rina_profile"] = cls.profile
        r["foreign_profile"] = other._sk_profile()
        r["rina_route"] = cls.profile.route_ids[:1]
        r["foreign_route"] = other._sk_profile().route_ids[:1]
        r["rina_verification"] = cls.env["sk.letter.verification"].create(
            {
                "res_model": "sk.letter",
                "res_id": r["rina_letter"].id,
                "report_name": "x",
                "company_id": cls.company.id,
                "title": "Surat Tugas",
            }
        )
        Call = cls.env["sk.open.call"]
        today = fields.Date.context_today(Call)  # a call is published before its deadline
        for scope, unit in (("seksi", cls.seksi), ("sekretariat", cls.sekretariat)):
            r[f"{scope}_call"] = Call.create(
                {
                    "name": "Panggilan",
                    "company_id": cls.company.id,
                    "owner_department_id": unit.id,
                    "maksud_tujuan": "x",
                    "kompetensi": "x",
                    "ekspektasi": "x",
                    "date_start": today,
                    "date_end": today + timedelta(days=30),
                    "deadline": today,
                }
            )
            r[f"{scope}_call"].action_publish()
        Report = cls.env["sk.report"]
        period = {"date_from": date(2026, 3, 1), "date_to": date(2026, 3, 31)}
        r["rina_report"] = Report.create(
            dict(period, team_id=r["bidang_team"].id, author_id=cls.rina.id, kind="member")
        )
        r["seksi_report"] = Report.create(
            dict(period, team_id=r["seksi_team"].id, author_id=cls.dodi.id, kind="member")
        )
        performance_team = cls.make_team(
            cls.seksi,
            [{"employee_id": cls.dodi.id, "role": "ketua"}, {"employee_id": cls.rina.id}],
            name="P",
        )
        r["seksi_performance"] = Report.create(
            dict(
                period,
                team_id=performance_team.id,
                author_id=cls.dodi.id,
                member_id=cls.rina.id,
                kind="performance",
                content="<p>Baik</p>",
            )
        )
        r["seksi_performance"].with_user(cls.users["Dodi"]).action_send()
        Followup = cls.env["sk.kinerja.followup"]
        for scope, employee in (("rina", cls.rina), ("sekretariat", cls.heads["Sekretaris"])):
            r[f"{scope}_followup"] = Followup.create(
                {
                    "employee_id": employee.id,
                    "kind": "penghargaan",
                    "description": "Pegawai teladan",
                }
            )
        Dialog = cls.env["sk.dialog.kinerja"]
        r["rina_dialog"] = Dialog.create(
            {
                "employee_id": cls.rina.id,
                "penilai_id": cls.heads["Kasi"].id,
                "expected_results": "x",
            }
        )
        r["sekretariat_dialog"] = Dialog.create(
            {
                "employee_id": cls.dodi.id,
                "penilai_id": cls.heads["Sekretaris"].id,
                "expected_results": "x",
            }
        )

    @classmethod
    def make_pks(cls):
        for scope, unit in (("seksi", cls.seksi), ("sekretariat", cls.sekretariat)):
            pk = cls.env["sk.perjanjian.kinerja"].create(
                {
                    "company_id": cls.company.id,
                    "department_id": unit.id,
                    "target_ids": [
                        (0, 0, {"sasaran": "Sasaran", "indikator": "Indikator", "satuan": "persen"})
                    ],
                }
            )
            cls.records[f"{scope}_pk"], cls.records[f"{scope}_target"] = pk, pk.target_ids

    def test_each_role_on_each_model_and_scope(self):
        self.make_pks()
        problems = []
        for _model, key, *wanted in CASES:
            record = self.records[key]
            self.assertTrue(record, key)
            for user, want in zip(self.roles, wanted, strict=False):
                got = "".join(
                    letter
                    for letter, operation in (("r", "read"), ("w", "write"), ("u", "unlink"))
                    if record.with_user(user).has_access(operation)
                )
                if got != want:
                    problems.append(f"{user.login} on {key}: {got!r}, expected {want!r}")
        for model, flags in CREATE.items():
            for user, flag in zip(self.roles, flags, strict=False):
                got = self.env[model].with_user(user).browse().has_access("create")
                if got != (flag == "1"):
                    problems.append(f"{user.login} create {model}: {got}")
        self.assertFalse(problems, "\n".join(problems))
