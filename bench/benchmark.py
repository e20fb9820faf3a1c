"""Query counts of the Sistem Kerja's heavy operations on a generated Pemda.

Run with ``./dev bench [--pd N] [--jf N]``: it installs the addon in a throwaway database,
builds N Perangkat Daerah with a Sekretariat and three Bidang each and N JF per Bidang,
then prints how many SQL queries each operation takes, in all and per record. Everything
runs in one transaction that is rolled back. Seconds are printed for information only: on
a shared machine they vary, query counts do not.
"""

import argparse
import importlib.util
import time
from datetime import date, timedelta
from pathlib import Path

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tools import config

# the test suite's organisation builders, loaded from their file: the addon's tests
# package itself imports odoo.tests, which a benchmark does not need
_spec = importlib.util.spec_from_file_location(
    "sk_organisation",
    Path(__file__).resolve().parents[1] / "odoo_sistem_kerja" / "tests" / "organisation.py",
)
_organisation = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_organisation)
OrganisationMixin = _organisation.OrganisationMixin

TMT = date(2026, 2, 1)


class Pemda(OrganisationMixin):
    """The test organisation builders, bound to the benchmark's environment."""


def measure(env, label, count, operation):
    env.flush_all()
    env.invalidate_all()
    queries, started = env.cr.sql_log_count, time.perf_counter()
    result = operation()
    env.flush_all()
    queries = env.cr.sql_log_count - queries
    seconds = time.perf_counter() - started
    print(f"{label:<58} {count:>6} {queries:>8} {queries / count:>9.1f} {seconds:>8.2f}")
    return result


def build(env, pd_count, jf_per_bidang):
    Pemda.env, Pemda.company = env, env.company
    profile = Pemda.use_preset("kota_pasuruan")
    profile.check_dialog_kinerja = "off"  # measured: establishing teams, not the dialogs
    pimpinan = [(6, 0, env.ref("odoo_sistem_kerja.group_sk_pimpinan").ids)]
    kadis_user = env["res.users"].create(
        {"name": "Kadis Bench", "login": "kadis.bench", "groups_id": pimpinan}
    )
    units, jf = [], env["hr.employee"]
    for number in range(pd_count):
        dinas = Pemda.make_unit(
            f"Dinas {number}",
            "dinas",
            head=(f"Kadis {number}", "jpt_pratama"),
            sk_unit_code=f"{100 + number}",
        )
        dinas.manager_id.user_id = kadis_user if number == 0 else False
        Pemda.make_unit(
            f"Sekretariat {number}",
            "sekretariat",
            dinas,
            head=(f"Sekretaris {number}", "administrator"),
        )
        for bidang_number in range(3):
            bidang = Pemda.make_unit(
                f"Bidang {number}.{bidang_number}",
                "bidang",
                dinas,
                head=(f"Kabid {number}.{bidang_number}", "administrator"),
            )
            bidang.manager_id.user_id = env["res.users"].create(
                {
                    "name": bidang.manager_id.name,
                    "login": f"kabid.{number}.{bidang_number}",
                    "groups_id": pimpinan,
                }
            )
            units.append(bidang)
            for person in range(jf_per_bidang):
                jf |= Pemda.make_employee(
                    f"JF {number}.{bidang_number}.{person}", bidang, "fungsional", "ahli_muda"
                )
    return profile, units, jf


def run(env, pd_count, jf_per_bidang):
    _profile, units, jf = build(env, pd_count, jf_per_bidang)
    print(f"{'operation':<58} {'records':>6} {'queries':>8} {'per rec.':>9} {'seconds':>8}")
    measure(
        env,
        "Propose Penilai/Pimpinan Unit (placement engine)",
        len(jf),
        lambda: jf._compute_sk_proposal(),
    )
    measure(
        env,
        "Set kedudukan from the rules (bulk)",
        len(jf),
        lambda: jf._sk_set_kedudukan_from_rules("800/1/2026", TMT - timedelta(days=10)),
    )
    bidang = units[0]
    members = jf.filtered(lambda e: e.department_id == bidang)
    admin = env.ref("base.user_admin")
    requests = measure(
        env,
        "Create Penugasan within a Bidang",
        len(members),
        lambda: env["sk.penugasan"]
        .with_user(admin)
        .create(
            [
                {
                    "requester_employee_id": bidang.manager_id.id,
                    "owner_department_id": bidang.id,
                    "employee_ids": [(6, 0, employee.ids)],
                    "maksud_tujuan": "Menyusun laporan",
                    "date_start": TMT,
                    "date_end": TMT + timedelta(days=300),
                }
                for employee in members
            ]
        ),
    )
    measure(env, "Submit Penugasan (approval activity)", len(requests), requests.action_submit)
    approver = bidang.manager_id.user_id
    measure(
        env,
        "Approve Penugasan (number, letter, receipt activity)",
        len(requests),
        lambda: requests.with_user(approver).action_sk_bulk_approve(),
    )
    teams = env["sk.team"]
    for unit in units[:3]:
        teams |= env["sk.team"].create(
            {
                "name": f"Tim {unit.name}",
                "owner_department_id": unit.id,
                "owner_employee_id": unit.manager_id.id,
                "grouping": unit.name,
                "date_start": TMT,
                "date_end": TMT + timedelta(days=300),
                "member_ids": [
                    (0, 0, {"employee_id": e.id, "tugas": "Mengolah data"})
                    for e in jf.filtered(lambda e, u=unit: e.department_id == u)
                ],
            }
        )
    member_count = sum(len(team.member_ids) for team in teams)

    def establish():
        for team in teams:
            team.with_user(team.owner_employee_id.user_id).action_submit()
            while team.state == "verification":
                team.with_user(team.current_approver_id).action_approve()

    measure(env, "Establish Tim Kerja (checks, approval; per member)", member_count, establish)
    letters = measure(
        env,
        "Prepare Surat Tugas listing all roles",
        len(members),
        lambda: env["sk.letter"].browse(members.action_sk_prepare_surat_tugas()["domain"][0][2]),
    )
    measure(env, "Send Surat Tugas for signature", len(letters), letters.action_submit)
    measure(
        env,
        "Sign Surat Tugas (Kepala Dinas)",
        len(letters),
        lambda: letters.with_user(letters[0].current_approver_id).action_approve(),
    )
    reports = env["ir.actions.report"]
    measure(
        env,
        "Render Surat Tugas HTML (QR, verification)",
        len(letters),
        lambda: reports._render_qweb_html("odoo_sistem_kerja.action_report_sk_letter", letters.ids),
    )
    sk = measure(
        env,
        "Prepare one SK for the teams of a PD (per team)",
        len(teams),
        lambda: env["sk.letter"].browse(teams.action_sk_prepare_sk()["res_id"]),
    )
    sk.action_submit()
    sk.with_user(sk.current_approver_id).action_approve()
    measure(
        env,
        "Render the SK HTML (per Lampiran row)",
        member_count,
        lambda: reports._render_qweb_html("odoo_sistem_kerja.action_report_sk_letter", sk.ids),
    )
    measure(
        env,
        "Search 'Waiting for my approval' (per pending request)",
        len(letters),
        lambda: env["sk.letter"].with_user(admin).search([("can_decide", "=", True)]),
    )
    measure_work_cycle(env, bidang, members[0])


def measure_work_cycle(env, bidang, executor):
    """Kegiatan of one JF on a target of the Kepala Dinas's PK, reviewed by the Penilai and
    accepted by the Pimpinan Unit Organisasi (the Kota Pasuruan chain)."""
    executor.user_id = env["res.users"].create(
        {
            "name": executor.name,
            "login": "jf.bench",
            "groups_id": [(6, 0, env.ref("odoo_sistem_kerja.group_sk_asn").ids)],
        }
    )
    dinas = bidang.parent_id
    pk = env["sk.perjanjian.kinerja"].create(
        {
            "department_id": dinas.id,
            "target_ids": [
                (
                    0,
                    0,
                    {
                        "sasaran": "Layanan",
                        "indikator": "Indeks",
                        "satuan": "persen",
                        "target_value": 90,
                        "responsible_id": bidang.manager_id.id,
                    },
                )
            ],
        }
    )
    pk.with_user(dinas.manager_id.user_id).action_set()
    project = env["project.project"]._sk_unit_project(bidang, pk.year)
    tasks = env["project.task"].create(
        [
            {
                "name": f"Kegiatan {number}",
                "project_id": project.id,
                "sk_target_id": pk.target_ids.id,
                "user_ids": [(6, 0, executor.user_id.ids)],
                "sk_result": "<p>Selesai</p>",
            }
            for number in range(20)
        ]
    )
    tasks = tasks.with_user(executor.user_id)
    measure(
        env, "Hand in kegiatan results (review activity)", len(tasks), tasks.action_sk_submit_result
    )
    reviewer = tasks[0].sudo().current_approver_id
    measure(
        env,
        "Forward results (Penilai)",
        len(tasks),
        lambda: tasks.with_user(reviewer).action_approve(),
    )
    acceptor = tasks[0].sudo().current_approver_id
    measure(
        env,
        "Accept results (Pimpinan Unit; task Done)",
        len(tasks),
        lambda: tasks.with_user(acceptor).action_approve(),
    )
    assert set(tasks.mapped("state")) == {"1_done"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("--pd", type=int, default=3, help="Perangkat Daerah to generate")
    parser.add_argument("--jf", type=int, default=20, help="JF per Bidang")
    args = parser.parse_args()
    config.parse_config(["-c", args.config, "-d", args.database, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        try:
            run(env, args.pd, args.jf)
        finally:
            cr.rollback()


if __name__ == "__main__":
    main()
