"""Query counts and seconds of the Sistem Kerja's heavy operations, side by side with Odoo.

Run with ``./dev bench``: it installs the addon and ``hr_holidays`` (for the comparison only:
the addon does not depend on it) in a throwaway database, then prints

* **decisions side by side**: the same N records decided by a floor (a model with chatter
  doing write + message_post + activity feedback), by ``hr_holidays`` and by this addon,
  each repeated on fresh records (``--reps``), with queries per record, seconds min/median
  and the ratio to the floor;
* **the Sistem Kerja's operations** on a generated Pemda (placement engine, kedudukan,
  letters, teams, the work cycle), queries in all and per record;
* with ``--scale big``: a Kabupaten of 10,000 employees and 50,000 Penugasan (history
  inserted in SQL), measuring the inbox at 1,000 and 50,000 pending steps, the first page
  of the Penugasan list as Admin and the placement engine over every employee.

``--results FILE`` also writes the tables as Markdown (``bench/RESULTS.md``). Everything
runs in one transaction that is rolled back. Query counts are the measure; seconds are
given for information and vary on a shared machine.
"""

import argparse
import base64
import contextlib
import csv
import importlib.util
import io
import platform
import random
import re
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from lxml import etree

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tools import config
from odoo.tools.safe_eval import safe_eval

# the test suite's organisation builders, loaded from their file: the addon's tests
# package itself imports odoo.tests, which a benchmark does not need
_spec = importlib.util.spec_from_file_location(
    "sk_organisation",
    Path(__file__).resolve().parents[1] / "odoo_sistem_kerja" / "tests" / "organisation.py",
)
_organisation = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_organisation)
OrganisationMixin = _organisation.OrganisationMixin

# the roles run through the whole current year: a Surat Tugas prepared today lists them
TMT = date(date.today().year, 1, 1)
TMT_END = date(TMT.year, 12, 31)
# the decree placing the JF, dated before the year's work starts
KEDUDUKAN = (f"800/1/{TMT.year - 1}", TMT - timedelta(days=10))


class Pemda(OrganisationMixin):
    """The test organisation builders, bound to the benchmark's environment."""


class Report:
    """Rows printed as they come and kept for the Markdown file."""

    def __init__(self):
        self.sections = []

    def section(self, title, header):
        print(f"\n## {title}\n")
        print(" | ".join(header))
        self.sections.append((title, header, []))

    def row(self, *cells):
        cells = [str(cell) for cell in cells]
        print(" | ".join(cells))
        self.sections[-1][2].append(cells)

    def markdown(self, args):
        lines = [
            "# Benchmark results",
            "",
            f"Produced by `./dev bench {' '.join(args)}` on {date.today().isoformat()}, "
            f"{platform.node()} ({platform.processor() or platform.machine()}, "
            f"Python {platform.python_version()}, {_cpu_count()} CPUs), Odoo 18.0, "
            "PostgreSQL on the same machine. Query counts are stable from run to run; "
            "seconds vary with the machine's load.",
            "",
            "The floor decides `res.partner` records (chatter and activities, no workflow) "
            "as the Admin; hr_holidays approves as the employees' leave manager; this addon "
            "decides as the Kabid, under the record rules. The Kabupaten's history is "
            "inserted in SQL; each of its rows is measured after one warm-up call (the "
            "registry's caches, as on a running server). The database runs with `jit = off` "
            "(see the README).",
        ]
        for title, header, rows in self.sections:
            lines += ["", f"## {title}", "", "| " + " | ".join(header) + " |"]
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines) + "\n"


def _cpu_count():
    import os

    return os.cpu_count()


def count(env, operation):
    """(queries, seconds, result) of ``operation``, flushed, on a cold cache."""
    env.flush_all()
    env.invalidate_all()
    queries, started = env.cr.sql_log_count, time.perf_counter()
    result = operation()
    env.flush_all()
    return env.cr.sql_log_count - queries, time.perf_counter() - started, result


@contextlib.contextmanager
def writes_counted(cr):
    """Count the INSERT, UPDATE and DELETE statements run inside (``counter["writes"]``)."""
    counter = {"writes": 0}
    execute = cr.execute

    def spy(query, params=None, log_exceptions=True):
        text = getattr(query, "code", query)
        if str(text).lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            counter["writes"] += 1
        return execute(query, params, log_exceptions)

    cr.execute = spy
    try:
        yield counter
    finally:
        del cr.execute


def measure(env, report, label, records, operation):
    queries, seconds, result = count(env, operation)
    report.row(label, records, queries, f"{queries / records:.1f}", f"{seconds:.2f}")
    return result


# ----------------------------------------------------------------------------------
# The generated Pemda
# ----------------------------------------------------------------------------------
def build(env, pd_count, jf_per_bidang, bidang_per_pd=3):
    Pemda.env, Pemda.company = env, env.company
    profile = Pemda.use_preset("kota_pasuruan")
    profile.check_dialog_kinerja = "off"  # measured: establishing teams, not the dialogs
    pimpinan = [(6, 0, env.ref("odoo_sistem_kerja.group_sk_pimpinan").ids)]
    units, jf = [], env["hr.employee"]
    for number in range(pd_count):
        dinas = Pemda.make_unit(
            f"Dinas {number}",
            "dinas",
            head=(f"Kadis {number}", "jpt_pratama"),
            sk_unit_code=f"{100 + number}",
        )
        dinas.manager_id.user_id = env["res.users"].create(
            {
                "name": dinas.manager_id.name,
                "login": f"kadis.{number}",
                "email": f"kadis.{number}@bench.example",
                "groups_id": pimpinan,
            }
        )
        Pemda.make_unit(
            f"Sekretariat {number}",
            "sekretariat",
            dinas,
            head=(f"Sekretaris {number}", "administrator"),
        )
        for bidang_number in range(bidang_per_pd):
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
                    "email": f"kabid.{number}.{bidang_number}@bench.example",
                    "groups_id": pimpinan,
                }
            )
            units.append(bidang)
            jf |= env["hr.employee"].create(
                [
                    Pemda.employee_values(
                        f"JF {number}.{bidang_number}.{person}", bidang, "fungsional", "ahli_muda"
                    )
                    for person in range(jf_per_bidang)
                ]
            )
    return profile, units, jf


def requests_for(env, bidang, employees):
    admin = env.ref("base.user_admin")
    return (
        env["sk.penugasan"]
        .with_user(admin)
        .create(
            [
                {
                    "requester_employee_id": bidang.manager_id.id,
                    "owner_department_id": bidang.id,
                    "employee_ids": [(6, 0, employee.ids)],
                    "maksud_tujuan": "Menyusun laporan",
                    "date_start": TMT,
                    "date_end": TMT_END,
                }
                for employee in employees
            ]
        )
    )


# ----------------------------------------------------------------------------------
# Decisions side by side
# ----------------------------------------------------------------------------------
def repeated(env, reps, prepare, operate):
    """Run ``operate`` on ``reps`` fresh sets made by ``prepare(rep)``: (queries, seconds)."""
    queries, seconds = [], []
    for rep in range(reps):
        records = prepare(rep)
        spent, took, _result = count(env, lambda records=records: operate(records))
        queries.append(spent)
        seconds.append(took)
    return queries, seconds


def approve_each(records):
    for record in records:
        record.action_approve()


def approve_each_cold(records):
    """One approval per request: each on an empty cache, as each RPC call starts."""
    for record in records:
        records.env.flush_all()
        records.env.invalidate_all()
        record.action_approve()


def holidays_rows(env, units, jf):
    """hr_holidays: time off of the employees of one Bidang approved by their manager."""
    if "hr.leave" not in env:
        return []
    rows = []
    manager = units[0].manager_id.user_id
    employees = jf.filtered(lambda e: e.department_id == units[0])
    employees.write({"leave_manager_id": manager.id})
    leave_type = env["hr.leave.type"].create(
        {
            "name": "Bench",
            "requires_allocation": "no",
            "leave_validation_type": "manager",
        }
    )
    weeks = iter(range(100))

    def leaves(rep):
        day = date(2026, 3, 2) + timedelta(weeks=next(weeks))  # a Monday each time
        return (
            env["hr.leave"]
            .create(
                [
                    {
                        "holiday_status_id": leave_type.id,
                        "employee_id": employee.id,
                        "request_date_from": day,
                        "request_date_to": day,
                    }
                    for employee in employees
                ]
            )
            .with_user(manager)
        )

    rows.append(
        (
            "hr_holidays `action_approve`, recordset (manager)",
            leaves,
            lambda records: records.action_approve(),
        )
    )
    rows.append(("hr_holidays `action_approve`, record by record", leaves, approve_each))

    return rows


def compare(env, report, units, jf, reps):
    n = len(jf.filtered(lambda e: e.department_id == units[0]))
    admin = env.ref("base.user_admin")
    todo = env.ref("mail.mail_activity_data_todo")
    rows = []

    # the floor: a model with chatter, one tracked write, a message and the activity done
    def floor_records(rep):
        partners = env["res.partner"].create(
            [{"name": f"Floor {rep}.{number}"} for number in range(n)]
        )
        for partner in partners:
            partner.activity_schedule(
                activity_type_id=todo.id, user_id=units[0].manager_id.user_id.id
            )
        return partners.with_user(admin)

    def floor_recordset(partners):
        partners.write({"comment": "Approved"})
        for partner in partners:
            partner.message_post(body="Approved")
        partners.activity_feedback(["mail.mail_activity_data_todo"], feedback="Approved")

    def floor_one_by_one(partners):
        for partner in partners:
            floor_recordset(partner)

    rows.append(
        (
            "Floor: write + message_post + activity feedback, recordset",
            floor_records,
            floor_recordset,
        )
    )
    rows.append(("Floor, record by record", floor_records, floor_one_by_one))

    rows += holidays_rows(env, units, jf)

    # this addon: every use of the N employees of one Bidang needs fresh people, so each
    # operation and repetition takes the next Bidang
    free = iter(units)

    def submitted(rep):
        bidang = next(free)
        requests = requests_for(env, bidang, jf.filtered(lambda e: e.department_id == bidang))
        requests.action_submit()
        return requests.with_user(bidang.manager_id.user_id)

    def drafts(rep):
        bidang = next(free)
        return requests_for(env, bidang, jf.filtered(lambda e: e.department_id == bidang))

    def refuse(records):
        wizard = (
            env["sk.approval.reason.wizard"]
            .with_user(records.env.user)
            .create(
                {
                    "res_model": records._name,
                    "res_ids": ",".join(map(str, records.ids)),
                    "decision": "refuse",
                    "reason": "Beban kerja penuh",
                }
            )
        )
        wizard.action_confirm()

    rows.append(
        (
            "**This addon**: approve, bulk action (number, letter, receipt)",
            submitted,
            lambda records: records.action_sk_bulk_approve(),
        )
    )
    rows.append(("This addon: approve record by record (single approve)", submitted, approve_each))
    rows.append(
        (
            "This addon: single approve, each on a cold cache (one RPC call)",
            submitted,
            approve_each_cold,
        )
    )
    rows.append(("This addon: refuse with one reason, bulk", submitted, refuse))
    rows.append(
        (
            "This addon: submit, recordset (approver's activity)",
            drafts,
            lambda records: records.action_submit(),
        )
    )

    report.section(
        f"Decisions side by side (N = {n} records, {reps} repetitions)",
        [
            "operation",
            "queries/record",
            "seconds min",
            "seconds median",
            "× floor (s)",
            "× floor (queries)",
        ],
    )
    floor = None
    for label, prepare, operate in rows:
        queries, seconds = repeated(env, reps, prepare, operate)
        per_record = queries[-1] / n
        floor = floor or (per_record, statistics.median(seconds))
        spread = (
            "" if len(set(queries)) == 1 else f" ({min(queries) / n:.1f}–{max(queries) / n:.1f})"
        )
        report.row(
            label,
            f"{per_record:.1f}{spread}",
            f"{min(seconds):.3f}",
            f"{statistics.median(seconds):.3f}",
            f"{statistics.median(seconds) / floor[1]:.2f}",
            f"{per_record / floor[0]:.2f}",
        )
    return list(free)


# ----------------------------------------------------------------------------------
# The Sistem Kerja's operations
# ----------------------------------------------------------------------------------
def operations(env, report, units, jf):
    report.section(
        "Sistem Kerja operations", ["operation", "records", "queries", "per record", "seconds"]
    )
    measure(
        env,
        report,
        "Propose Penilai/Pimpinan Unit (placement engine)",
        len(jf),
        lambda: jf._compute_sk_proposal(),
    )
    bidang = units[0]
    members = jf.filtered(lambda e: e.department_id == bidang)
    requests = requests_for(env, bidang, members)
    requests.action_submit()
    requests.with_user(bidang.manager_id.user_id).action_sk_bulk_approve()
    teams = env["sk.team"]
    for unit in units[-3:]:  # the three Bidang of one Perangkat Daerah: one SK
        teams |= env["sk.team"].create(
            {
                "name": f"Tim {unit.name}",
                "owner_department_id": unit.id,
                "owner_employee_id": unit.manager_id.id,
                "grouping": unit.name,
                "date_start": TMT,
                "date_end": TMT_END,
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

    measure(
        env, report, "Establish Tim Kerja (checks, approval; per member)", member_count, establish
    )
    letters = measure(
        env,
        report,
        "Prepare Surat Tugas listing all roles",
        len(members),
        lambda: env["sk.letter"].browse(members.action_sk_prepare_surat_tugas()["domain"][0][2]),
    )
    measure(env, report, "Send Surat Tugas for signature", len(letters), letters.action_submit)
    measure(
        env,
        report,
        "Sign Surat Tugas (Kepala Dinas, one call)",
        len(letters),
        lambda: letters.with_user(letters[0].current_approver_id).action_approve(),
    )
    reports = env["ir.actions.report"]
    measure(
        env,
        report,
        "Render Surat Tugas HTML (QR, verification)",
        len(letters),
        lambda: reports._render_qweb_html("odoo_sistem_kerja.action_report_sk_letter", letters.ids),
    )
    sk = measure(
        env,
        report,
        "Prepare one SK for the teams of a PD (per team)",
        len(teams),
        lambda: env["sk.letter"].browse(teams.action_sk_prepare_sk()["res_id"]),
    )
    sk.action_submit()
    sk.with_user(sk.current_approver_id).action_approve()
    measure(
        env,
        report,
        "Render the SK HTML (per Lampiran row)",
        member_count,
        lambda: reports._render_qweb_html("odoo_sistem_kerja.action_report_sk_letter", sk.ids),
    )
    measure_work_cycle(env, report, bidang, members[0])


def kegiatan_to_hand_in(env, bidang, executor, count):
    """``count`` kegiatan of ``executor`` with their result written, on a target of the
    Kepala Dinas's Perjanjian Kinerja (set)."""
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
    return env["project.task"].create(
        [
            {
                "name": f"Kegiatan {number}",
                "project_id": project.id,
                "sk_target_id": pk.target_ids.id,
                "user_ids": [(6, 0, executor.user_id.ids)],
                "sk_result": "<p>Selesai</p>",
            }
            for number in range(count)
        ]
    )


def measure_work_cycle(env, report, bidang, executor):
    """Kegiatan of one JF on a target of the Kepala Dinas's PK, reviewed by the Penilai and
    accepted by the Pimpinan Unit Organisasi (the Kota Pasuruan chain)."""
    executor.user_id = env["res.users"].create(
        {
            "name": executor.name,
            "login": "jf.bench",
            "groups_id": [(6, 0, env.ref("odoo_sistem_kerja.group_sk_asn").ids)],
        }
    )
    # 20 handed in, forwarded and accepted together, then 3 one by one
    tasks = kegiatan_to_hand_in(env, bidang, executor, 23).with_user(executor.user_id)
    tasks, one = tasks[:20], tasks[20:]
    measure(
        env,
        report,
        "Hand in kegiatan results (review activity)",
        len(tasks),
        tasks.action_sk_submit_result,
    )
    reviewer = tasks[0].sudo().current_approver_id
    measure(
        env,
        report,
        "Forward results (Penilai, one call)",
        len(tasks),
        lambda: tasks.with_user(reviewer).action_approve(),
    )
    acceptor = tasks[0].sudo().current_approver_id
    measure(
        env,
        report,
        "Accept results (Pimpinan Unit, one call; task Done)",
        len(tasks),
        lambda: tasks.with_user(acceptor).action_approve(),
    )
    assert set(tasks.mapped("state")) == {"1_done"}
    # each of the three as one RPC call on one kegiatan: an empty cache
    measure(
        env,
        report,
        "Hand in one result (cold cache, one RPC call)",
        1,
        one[0].action_sk_submit_result,
    )
    one[1:].action_sk_submit_result()
    measure(
        env,
        report,
        "Forward one result (cold cache, one RPC call)",
        1,
        lambda: one[1].with_user(reviewer).action_approve(),
    )
    one[2].with_user(reviewer).action_approve()
    measure(
        env,
        report,
        "Accept one result (cold cache, one RPC call)",
        1,
        lambda: one[2].with_user(acceptor).action_approve(),
    )


# ----------------------------------------------------------------------------------
# A Kabupaten: 10,000 employees, 50,000 Penugasan
# ----------------------------------------------------------------------------------
STATES_MIX = [  # (state, share of the history, decision of its last step)
    ("active", 45, "approved"),
    ("done", 40, "approved"),
    ("refused", 5, "refused"),
    ("returned", 4, "returned"),
    ("draft", 4, None),
    ("submitted", 2, "pending"),
]


def big(env, report, employees_total, requests_total):
    started = time.perf_counter()
    pd_count, bidang_per_pd = 40, 4
    per_unit = employees_total // (pd_count * bidang_per_pd)
    _profile, units, jf = build(env, pd_count, per_unit, bidang_per_pd)
    jf._sk_set_kedudukan_from_rules(*KEDUDUKAN)
    env.flush_all()
    print(
        f"\n(built {len(jf)} employees in {len(units)} Bidang: "
        f"{time.perf_counter() - started:.0f} s)"
    )
    cr = env.cr
    unit_ids = [unit.id for unit in units]
    members = {unit.id: jf.filtered(lambda e, u=unit: e.department_id == u).ids for unit in units}
    users = {unit.id: unit.manager_id.user_id.id for unit in units}
    heads = {unit.id: unit.manager_id.id for unit in units}
    batches = iter(range(1, 100))

    def insert(total, mix):
        """``total`` Penugasan in the states of ``mix`` (shares in percent), each assigning
        one JF of its Bidang, with the last step of their round in the history (inserted in
        SQL: the history is only data here)."""
        shares = [(state, decision) for state, share, decision in mix for _ in range(share)]
        rows = [
            (index, unit_ids[index % len(unit_ids)], shares[index % len(shares)])
            for index in range(total)
        ]
        cr.execute(
            """
            INSERT INTO sk_penugasan (name, company_id, requester_employee_id,
                owner_department_id, report_cadence, form, method, scope, nature, state,
                approval_round, date_start, date_end, maksud_tujuan, create_uid, write_uid,
                create_date, write_date)
            SELECT 'BENCH/' || %s || '/' || i, %s, h, u, 'none', 'individu', 'penunjukan',
                   'unit', 'rutin', s, CASE WHEN s = 'draft' THEN 0 ELSE 1 END, %s, %s,
                   'Menyusun laporan', 1, 1, now(), now()
              FROM unnest(%s::int[], %s::int[], %s::int[], %s::varchar[]) AS t(i, u, h, s)
            RETURNING id, owner_department_id, state
            """,
            [
                next(batches),
                env.company.id,
                TMT,
                TMT_END,
                [index for index, _u, _s in rows],
                [unit for _i, unit, _s in rows],
                [heads[unit] for _i, unit, _s in rows],
                [state for _i, _u, (state, _d) in rows],
            ],
        )
        decisions = dict(shares)
        inserted = cr.fetchall()
        rel, lines = [], []
        for index, (request_id, unit_id, state) in enumerate(inserted):
            people = members[unit_id]
            rel.append((request_id, people[index % len(people)]))
            if decisions[state]:
                lines.append((request_id, decisions[state], users[unit_id], heads[unit_id]))
        cr.execute(
            "INSERT INTO hr_employee_sk_penugasan_rel (sk_penugasan_id, hr_employee_id) "
            "SELECT * FROM unnest(%s::int[], %s::int[])",
            [[r for r, _e in rel], [e for _r, e in rel]],
        )
        cr.execute(
            "INSERT INTO res_users_sk_penugasan_rel (sk_penugasan_id, res_users_id) "
            "SELECT * FROM unnest(%s::int[], %s::int[])",
            [[line[0] for line in lines], [line[2] for line in lines]],
        )
        cr.execute(
            """
            INSERT INTO sk_approval_line (res_model, res_id, round, sequence, name, actor_role,
                state, official_id, approver_employee_id, approver_user_id, deadline,
                decided_by_id, decided_on, create_uid, write_uid, create_date, write_date)
            SELECT 'sk.penugasan', r, 1, 10, '{"en_US": "Kepala Unit decides"}'::jsonb,
                   'owner_unit_head', d, e, e, u, %s,
                   CASE WHEN d = 'pending' THEN NULL ELSE u END,
                   CASE WHEN d = 'pending' THEN NULL ELSE now() END, 1, 1, now(), now()
              FROM unnest(%s::int[], %s::varchar[], %s::int[], %s::int[]) AS t(r, d, u, e)
            """,
            [TMT, *(list(column) for column in zip(*lines, strict=True))],
        )
        cr.execute("ANALYZE sk_penugasan; ANALYZE sk_approval_line")
        env.invalidate_all()

    def pending_lines():
        cr.execute("SELECT count(*) FROM sk_approval_line WHERE state = 'pending'")
        return cr.fetchone()[0]

    report.section(
        f"A Kabupaten: {len(jf)} employees, {len(units)} Bidang heads deciding",
        ["measure", "size", "queries", "seconds"],
    )
    insert(requests_total, STATES_MIX)
    # the Kabid with the most steps waiting
    cr.execute(
        "SELECT approver_user_id FROM sk_approval_line WHERE state = 'pending' "
        "GROUP BY approver_user_id ORDER BY count(*) DESC, approver_user_id LIMIT 1"
    )
    approver = env["res.users"].browse(cr.fetchone()[0])
    admin = env.ref("base.user_admin")
    list_spec = list_specification(env, "sk.penugasan")
    inbox_spec = list_specification(env, "sk.approval.line")
    # the domain of the "Waiting for My Decision" menu, as the Kabid opens it
    inbox_action = env.ref("odoo_sistem_kerja.sk_approval_line_action_inbox")
    inbox_domain = safe_eval(inbox_action.domain, {"uid": approver.id})

    def inbox_rows(label):
        pending = pending_lines()
        cr.execute(
            "SELECT count(*) FROM sk_approval_line "
            "WHERE state = 'pending' AND approver_user_id = %s",
            [approver.id],
        )
        mine = cr.fetchone()[0]
        cr.execute("SELECT count(*) FROM sk_penugasan")
        requests = cr.fetchone()[0]
        size = f"{requests:,} Penugasan, {pending:,} pending steps ({mine} for this Kabid)"
        for name, operation in [
            (
                "'Waiting for My Approval' search (Kabid, Penugasan)",
                lambda: env["sk.penugasan"].with_user(approver).search([("can_decide", "=", True)]),
            ),
            (
                "Inbox first page (Kabid, `web_search_read` of the steps)",
                lambda: env["sk.approval.line"]
                .with_user(approver)
                .web_search_read(inbox_domain, inbox_spec, limit=80),
            ),
            (
                "Penugasan list, first page as Admin (`web_search_read`, 80 rows)",
                lambda: env["sk.penugasan"]
                .with_user(admin)
                .web_search_read([], list_spec, limit=80, count_limit=10001),
            ),
        ]:
            operation()  # warm-up: the registry's caches, as on a running server
            queries, seconds, _result = count(env, operation)
            report.row(f"{name} {label}", size, queries, f"{seconds:.3f}")

    inbox_rows("")
    top_up = 50_000 - pending_lines()
    insert(top_up, [("submitted", 100, "pending")])
    inbox_rows(f"(after {top_up:,} more submitted)")
    employees = env["hr.employee"].search([("sk_jenis_jabatan", "in", ("fungsional", "pelaksana"))])
    with writes_counted(cr) as counter:
        queries, seconds, _result = count(env, lambda: employees._compute_sk_proposal())
    reads = queries - counter["writes"]
    report.row(
        "Placement engine: propose Penilai and Pimpinan Unit for every JF and pelaksana",
        f"{len(employees):,} employees",
        f"{queries}: {counter['writes']} writes + {reads} reads "
        f"({reads * 1000 / len(employees):.1f} per 1,000)",
        f"{seconds:.2f}",
    )


def list_specification(env, model):
    """The ``web_search_read`` specification the default list view of ``model`` sends."""
    arch = etree.fromstring(env[model].get_view(view_type="list")["arch"])
    spec = {}
    for node in arch.iter("field"):
        field = env[model]._fields.get(node.get("name"))
        if field is None:
            continue
        relational = field.type in ("many2one", "many2many", "one2many")
        spec[field.name] = {"fields": {"display_name": {}}} if relational else {}
    return spec


# ----------------------------------------------------------------------------------
# Import from SIASN
# ----------------------------------------------------------------------------------
SIASN_JOBS = [
    ("Jabatan Fungsional", "PRANATA KOMPUTER AHLI MUDA", "III/c"),
    ("Jabatan Fungsional", "ANALIS KEBIJAKAN AHLI PERTAMA", "III/a"),
    ("Jabatan Pelaksana", "PENGADMINISTRASI PERKANTORAN", "II/c"),
    ("Jabatan Struktural", "KEPALA SEKSI PELAYANAN", "III/d"),
]


def siasn_export(total, unors):
    """A data ASN export of ``total`` made-up ASN with unique, well-formed NIPs."""
    rng = random.Random(7)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["nip_baru", "nama", "gelar_belakang", "tanggal_lahir", "jenis_kelamin"]
        + ["jenis_pegawai_nama", "gol_akhir_nama", "tmt_cpns", "jenis_jabatan_nama"]
        + ["jabatan_nama", "tingkat_pendidikan_nama", "unor_id", "unor_nama"]
    )
    used = set()
    while len(used) < total:
        y, m, d = rng.randint(1965, 1999), rng.randint(1, 12), rng.randint(1, 28)
        ty, tm, g = y + rng.randint(20, 25), rng.randint(1, 12), rng.choice("12")
        nip = f"{y}{m:02d}{d:02d}{ty}{tm:02d}{g}{rng.randint(1, 999):03d}"
        if nip in used:
            continue
        used.add(nip)
        kind, jabatan, golongan = rng.choice(SIASN_JOBS)
        unor = rng.randrange(unors)
        writer.writerow(
            [nip, f"ASN {len(used)}", "S.Kom.", f"{d:02d}-{m:02d}-{y}"]
            + ["Pria" if g == "1" else "Wanita", "PNS Daerah", golongan, f"01-{tm:02d}-{ty}"]
            + [kind, jabatan, "S-1/Sarjana", f"UNOR-{unor}", f"Unit {unor}"]
        )
    return out.getvalue().encode()


def siasn(env, report, total):
    """A Kabupaten's ASN brought in from a generated SIASN export, then the same export
    again (nothing to change)."""
    report.section("Import from SIASN", ["operation", "rows", "queries", "per row", "seconds"])
    root = env["hr.department"].create({"name": "Pemda SIASN"})
    env["hr.department"].create(
        [
            {"name": f"Unit {i}", "parent_id": root.id, "sk_siasn_unor_id": f"UNOR-{i}"}
            for i in range(20)
        ]
    )
    content = base64.b64encode(siasn_export(total, 20))
    Import = env["sk.siasn.import"]
    for label in ("Import a new Pemda (employees created)", "The same export again (unchanged)"):
        job = Import.create({"file": content, "filename": "data_asn.csv"})
        measure(env, report, label, total, lambda job=job: job._sk_run(dry_run=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("--pd", type=int, default=6, help="Perangkat Daerah to generate")
    parser.add_argument("--jf", type=int, default=50, help="JF per Bidang (N of the comparison)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions of each decision")
    parser.add_argument("--scale", choices=["normal", "big"], default="normal")
    parser.add_argument("--results", help="also write the tables to this Markdown file")
    args = parser.parse_args()
    shown = [f"--pd {args.pd}", f"--jf {args.jf}", f"--reps {args.reps}"]
    if args.scale == "big":
        shown.append("--scale big")
    config.parse_config(["-c", args.config, "-d", args.database, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    report = Report()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        try:
            _profile, units, jf = build(env, args.pd, args.jf)
            jf._sk_set_kedudukan_from_rules(*KEDUDUKAN)
            left = compare(env, report, units, jf, args.reps)
            operations(env, report, left, jf)
            if args.scale == "big":
                cr.rollback()  # the Kabupaten starts from an empty database
                env.reset()
                big(env, report, 10_000, 50_000)
                cr.rollback()
                env.reset()
                siasn(env, report, 10_000)
        finally:
            cr.rollback()
    if args.results:
        results = Path(args.results)
        # the Load section is ./dev load's (bench/load_data.py): kept as it is
        before = results.read_text() if results.exists() else ""
        kept = re.search(r"<!-- load: .*?<!-- /load -->\n?", before, re.S)
        results.write_text(report.markdown(shown) + ("\n" + kept.group(0) if kept else ""))
        print(f"\nwritten to {args.results}")


if __name__ == "__main__":
    main()
