"""The data side of ``./dev load``: the generated Kabupaten it drives, and what it checks.

    load_data.py -c CONF -d DB prepare --plan FILE    build (or reuse) the Kabupaten, write
                                                      the plan the simulated users follow
    load_data.py -c CONF -d DB snapshot --out FILE    what the invariants compare with
    load_data.py -c CONF -d DB check --before FILE --decisions FILE
                                                      the invariants, in SQL (exit 1: broken)

The Kabupaten is the one of ``./dev bench --scale big`` (40 Perangkat Daerah, 160 Bidang,
about 10,000 JF placed by the rules), committed this time, with what the simulated users
work on: Penugasan submitted through the engine for 16 Kabid, kegiatan results for a JF of
each of their Bidang, letters to print and their verification pages.
"""

import argparse
import csv
import importlib.util
import json
import os
import platform
import re
import sys
from datetime import date
from pathlib import Path

import psycopg2

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tools import config

_spec = importlib.util.spec_from_file_location(
    "sk_benchmark", Path(__file__).resolve().parent / "benchmark.py"
)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

PASSWORD = "load-2026"  # every simulated user's, on a database that lives on loopback only
PD_COUNT, BIDANG_PER_PD, JF_PER_BIDANG = 40, 4, 62
SIMULATED_UNITS = 16  # Kabid working their inbox, one Bidang in every few PD
KEGIATAN_PER_JF = 40
LETTERS = 60


def simulated_units(units):
    step = max(1, len(units) // SIMULATED_UNITS)
    return units[::step][:SIMULATED_UNITS]


def user(env, employee, login, groups):
    employee.user_id = env["res.users"].create(
        {
            "name": employee.name,
            "login": login,
            "email": f"{login}@load.example",
            "groups_id": [(6, 0, [env.ref(group).id for group in groups])],
        }
    )
    return employee.user_id


def build_report_assets(env):
    """The letters' style sheets, built before anyone prints: a print asks wkhtmltopdf to
    load them from the server; when the first prints of a new database build them at the
    same moment, a worker that builds a bundle inside its print transaction waits for
    wkhtmltopdf, which waits for another worker blocked on that uncommitted bundle, and
    the server's workers hang one after the other (seen on the first run of ./dev load)."""
    for name in ("web.report_assets_common", "web.report_assets_pdf"):
        bundle = env["ir.qweb"]._get_asset_bundle(name)
        bundle.css()
        bundle.js()
    env.cr.commit()


def prepare(env, pd_count=PD_COUNT):
    Employee = env["hr.employee"]
    build_report_assets(env)
    if env["res.users"].search_count([("login", "=", "bkpsdm.load")]):
        print("load: reusing the Kabupaten already built")
        return
    _profile, units, jf = bench.build(env, pd_count, JF_PER_BIDANG, BIDANG_PER_PD)
    jf._sk_set_kedudukan_from_rules(*bench.KEDUDUKAN)
    admin = user(
        env,
        Employee.create({"name": "Admin Kepegawaian (load)"}),
        "bkpsdm.load",
        ["base.group_user", "odoo_sistem_kerja.group_sk_admin"],
    )
    env.flush_all()
    simulated = simulated_units(units)
    letters_unit = next(unit for unit in units if unit not in simulated)
    # letters to print: the Penugasan of a Bidang nobody simulates, approved by its Kabid
    members = jf.filtered(lambda e: e.department_id == letters_unit)[:LETTERS]
    approved = bench.requests_for(env, letters_unit, members)
    approved.action_submit()
    approved.with_user(letters_unit.manager_id.user_id).action_approve()
    # their verification pages exist once the letters have been rendered
    env["ir.actions.report"].with_user(admin)._render_qweb_html(
        "odoo_sistem_kerja.report_surat_tugas", approved.ids
    )
    for number, bidang in enumerate(simulated):
        people = jf.filtered(lambda e, b=bidang: e.department_id == b)
        worker = people[0]
        user(
            env, worker, f"jf.load.{number}", ["base.group_user", "odoo_sistem_kerja.group_sk_asn"]
        )
        # the Kabid's inbox: one Penugasan for each JF of the Bidang, submitted
        bench.requests_for(env, bidang, people).action_submit()
        # the JF's kegiatan, results ready to hand in, on a target of the Kepala Dinas's PK
        bench.kegiatan_to_hand_in(env, bidang, worker, KEGIATAN_PER_JF)
        env.cr.commit()
        print(f"load: Bidang {number + 1}/{len(simulated)} ready", flush=True)
    heads = env["res.users"].search([("login", "=like", "kabid.%")])
    workers = env["res.users"].search([("login", "=like", "jf.load.%")])
    (heads | workers | admin).write({"password": PASSWORD})
    env.cr.commit()


def plan(env):
    """What the simulated users need: their logins, the letters to print, the pages to
    visit (read back from the database, so a reused Kabupaten gives the same plan)."""
    units = (
        env["hr.department"]
        .search([("name", "=like", "Bidang %")])
        .sorted(lambda unit: [int(part) for part in unit.name.split()[1].split(".")])
    )
    heads = [unit.manager_id.user_id.login for unit in simulated_units(units)]
    workers = env["res.users"].search([("login", "=like", "jf.load.%")]).mapped("login")
    letters = env["sk.penugasan"].search([("state", "=", "active"), ("letter_number", "!=", False)])
    tokens = (
        env["sk.letter.verification"]
        .search([("res_model", "=", "sk.penugasan"), ("res_id", "in", letters.ids)])
        .mapped("token")
    )
    return {
        "password": PASSWORD,
        "heads": heads,
        "workers": workers,
        "admins": ["bkpsdm.load"],
        "letters": letters.ids,
        "tokens": tokens,
    }


def transactions(cr):
    cr.execute(
        "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = %s",
        [cr.dbname],
    )
    return int(cr.fetchone()[0])


def replica_transactions(dbname, port):
    connection = psycopg2.connect(
        host="127.0.0.1",
        port=port,
        dbname=dbname,
        user=config["db_user"],
        password=config["db_password"],
    )
    try:
        with connection.cursor() as cr:
            cr.execute("SELECT pg_is_in_recovery()")
            if not cr.fetchone()[0]:
                raise SystemExit(f"load: the server on port {port} is not a replica")
            cr.execute(
                "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = %s",
                [dbname],
            )
            return int(cr.fetchone()[0])
    finally:
        connection.close()


def snapshot(env, replica_port=None):
    cr = env.cr
    cr.execute("SELECT id FROM sk_penugasan WHERE letter_number IS NOT NULL")
    numbered = [row[0] for row in cr.fetchall()]
    cr.execute(
        "SELECT COALESCE(sum(r.number_next - 1), 0) FROM ir_sequence_date_range r "
        "JOIN ir_sequence s ON s.id = r.sequence_id WHERE s.code LIKE 'sk.letter.%%'"
    )
    taken = cr.fetchone()[0]
    cr.execute("SELECT COALESCE(max(id), 0) FROM sk_approval_line")
    last_line = cr.fetchone()[0]
    facts = {"numbered": numbered, "taken": int(taken), "last_line": last_line}
    if replica_port:
        facts["primary_xacts"] = transactions(cr)
        facts["replica_xacts"] = replica_transactions(cr.dbname, replica_port)
    return facts


def check(env, before, decisions):
    """The invariants, each a SQL query: a list of (name, ok, detail)."""
    cr = env.cr
    results = []
    # every step decided at most once: one decided line per record, round and step
    cr.execute(
        """
        SELECT count(*) FROM (
            SELECT res_model, res_id, round, sequence FROM sk_approval_line
             WHERE state IN ('approved', 'refused', 'returned')
             GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) twice
        """
    )
    twice = cr.fetchone()[0]
    results.append(("every step decided at most once", twice == 0, f"{twice} decided twice"))
    # no decision lost: every decision a user was told had succeeded is in the database
    cr.execute(
        "SELECT id, state FROM sk_approval_line WHERE id = ANY(%s)",
        [[line_id for line_id, _state in decisions]],
    )
    stored = dict(cr.fetchall())
    lost = [line_id for line_id, state in decisions if stored.get(line_id) != state]
    results.append(
        ("no decision lost", not lost, f"{len(lost)} of {len(decisions)} decisions not found")
    )
    # letter numbers: the registers' counters moved by exactly the letters numbered, and
    # no number was given twice (so none was skipped)
    after = snapshot(env)
    new_letters = len(set(after["numbered"]) - set(before["numbered"]))
    moved = after["taken"] - before["taken"]
    cr.execute(
        "SELECT count(*) FROM (SELECT letter_number FROM sk_penugasan "
        "WHERE letter_number IS NOT NULL GROUP BY 1 HAVING count(*) > 1) twice"
    )
    duplicates = cr.fetchone()[0]
    results.append(
        (
            "letter numbers without gap or duplicate",
            moved == new_letters and duplicates == 0,
            f"{new_letters} letters numbered, registers moved by {moved}, "
            f"{duplicates} numbers given twice",
        )
    )
    # no activity left open for a decided step (a done one is kept, archived: keep_done)
    cr.execute(
        "SELECT count(*) FROM sk_approval_line line JOIN mail_activity activity "
        "ON activity.id = line.activity_id "
        "WHERE line.state IN ('approved', 'refused', 'returned') AND activity.active"
    )
    left = cr.fetchone()[0]
    results.append(("no activity left for a decided step", left == 0, f"{left} left"))
    return results


def summary(args, before, after):
    """Per action p50/p95/max and throughput from Locust's CSV, errors by kind, retried
    conflicts from the servers' logs, and the replica's share of the transactions."""
    with open(f"{args.stats}_stats.csv") as handle:
        stats = list(csv.DictReader(handle))
    failures = []
    if os.path.exists(f"{args.stats}_failures.csv"):
        with open(f"{args.stats}_failures.csv") as handle:
            failures = list(csv.DictReader(handle))
    retried = 0
    for log in filter(None, (args.logs or "").split(",")):
        if os.path.exists(log):
            retried += sum("tries left" in line for line in open(log, errors="replace"))
    primary = after["primary_xacts"] - before["primary_xacts"]
    replica = after["replica_xacts"] - before["replica_xacts"]
    rows = [row for row in stats if row["Name"] != "Aggregated"]
    total = next(row for row in stats if row["Name"] == "Aggregated")
    by_name = {row["Name"]: row for row in rows}
    lines = [
        "| action | requests | failures | p50 ms | p95 ms | max ms | req/s |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in sorted(rows, key=lambda row: row["Name"]):
        lines.append(
            f"| {row['Name']} | {row['Request Count']} | {row['Failure Count']} | "
            f"{row['50%']} | {row['95%']} | {float(row['Max Response Time']):.0f} | "
            f"{float(row['Requests/s']):.1f} |"
        )
    lines.append(
        f"| **all** | {total['Request Count']} | {total['Failure Count']} | {total['50%']} | "
        f"{total['95%']} | {float(total['Max Response Time']):.0f} | "
        f"{float(total['Requests/s']):.1f} |"
    )
    errors = sum(int(row["Occurrences"]) for row in failures)
    lines.append("")
    lines.append(f"Errors by kind: {errors or 'none'}")
    for row in failures:
        lines.append(f"- {row['Name']}: {row['Error']} ({row['Occurrences']})")
    share = replica / (primary + replica) if primary + replica else 0
    lines.append(
        f"Serialization conflicts retried by Odoo: {retried}. Transactions on the replica: "
        f"{replica} of {primary + replica} ({share:.0%})."
    )

    def p95(name):
        return by_name[name]["95%"] if name in by_name else "-"

    last = (
        f"load: {args.users} users, {float(total['Requests/s']):.1f} req/s, "
        f"p95 approve {p95('approve')} ms, p95 inbox {p95('inbox')} ms, errors {errors}"
    )
    return lines, last


LOAD_BEGIN, LOAD_END = "<!-- load: written by ./dev load -->", "<!-- /load -->"


def write_results(path, lines, last, invariants):
    """Replace the Load section of the results file (the benchmark keeps it)."""
    cpu = os.cpu_count()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    section = [
        LOAD_BEGIN,
        "## Load",
        "",
        f"Produced by `./dev load` on {date.today().isoformat()}: {platform.node()} "
        f"({platform.machine()}, {cpu} CPUs, {memory:.0f} GiB, Python "
        f"{platform.python_version()}), Odoo 18.0, PostgreSQL "
        f"{psycopg2.extensions.libpq_version() // 10000} client. Everything on this one "
        "machine, on loopback: a primary PostgreSQL cluster and its streaming replica "
        "(pg_basebackup, synchronous remote_apply, hot_standby_feedback), two Odoo servers "
        "with 3 prefork workers each (one runs the crons) and a small threaded process "
        "serving the letters' styles to wkhtmltopdf (report.url), Locust's JSON-RPC users "
        "spread over both servers.",
        "",
        *lines,
        "",
        *(
            f"- invariant: {name}: {'ok' if ok else 'BROKEN'} ({detail})"
            for name, ok, detail in invariants
        ),
        "",
        f"`{last}`",
        LOAD_END,
    ]
    text = Path(path).read_text() if Path(path).exists() else ""
    text = re.sub(re.escape(LOAD_BEGIN) + ".*?" + re.escape(LOAD_END) + "\n?", "", text, flags=re.S)
    Path(path).write_text(text.rstrip("\n") + "\n\n" + "\n".join(section) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("command", choices=["prepare", "snapshot", "check"])
    parser.add_argument("--plan")
    parser.add_argument("--pd", type=int, default=PD_COUNT, help="Perangkat Daerah to build")
    parser.add_argument("--out")
    parser.add_argument("--before")
    parser.add_argument("--decisions")
    parser.add_argument("--replica-port", type=int, default=5434)
    parser.add_argument("--stats", help="Locust's --csv prefix")
    parser.add_argument("--users", type=int)
    parser.add_argument("--logs", help="the servers' log files, comma separated")
    parser.add_argument("--results", help="the Markdown file to write the Load section in")
    args = parser.parse_args()
    config.parse_config(["-c", args.config, "-d", args.database, "--log-level=warn"])
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        if args.command == "prepare":
            prepare(env, args.pd)
            Path(args.plan).write_text(json.dumps(plan(env)))
            return
        if args.command == "snapshot":
            Path(args.out).write_text(json.dumps(snapshot(env, args.replica_port)))
            return
        before = json.loads(Path(args.before).read_text())
        decisions = []
        if args.decisions and Path(args.decisions).exists():
            decisions = [json.loads(line) for line in Path(args.decisions).read_text().splitlines()]
        invariants = check(env, before, decisions)
        lines, last = summary(args, before, snapshot(env, args.replica_port))
    ok = all(ok for _name, ok, _detail in invariants)
    last += f", invariants {'ok' if ok else 'BROKEN'}"
    print("\n".join(lines))
    for name, good, detail in invariants:
        print(f"invariant: {name}: {'ok' if good else 'BROKEN'} ({detail})")
    if args.results:
        write_results(args.results, lines, last, invariants)
        print(f"written to {args.results}")
    print(last)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
