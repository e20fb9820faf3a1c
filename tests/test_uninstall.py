"""Uninstalling the addon from Apps leaves a working Odoo, and installing it again works
(issue 23): run on a database of its own by odoo-bin, as an administrator would."""

import json
import subprocess
import sys
import uuid
from pathlib import Path

import odoo
from odoo.tools import config

ODOO_BIN = Path(odoo.__path__[0]).parent / "odoo-bin"

UNINSTALL = """
module = env["ir.module.module"].search([("name", "=", "odoo_sistem_kerja")])
module.button_immediate_uninstall()
env.cr.commit()
"""

# what an integrator looks at after the uninstall, printed as JSON
INSPECT = """
import json
from odoo.tests import new_test_user
cr = env.cr
facts = {}
facts["state"] = env["ir.module.module"].search([("name", "=", "odoo_sistem_kerja")]).state
facts["xmlids"] = env["ir.model.data"].search_count([("module", "=", "odoo_sistem_kerja")])
cr.execute("SELECT model FROM ir_model WHERE model LIKE 'sk.%'")
facts["models"] = [row[0] for row in cr.fetchall()]
cr.execute(
    "SELECT table_name || '.' || column_name FROM information_schema.columns "
    "WHERE table_name IN ('hr_employee', 'hr_department', 'project_task', 'project_project', "
    "'res_users', 'mail_activity', 'res_company') AND column_name LIKE 'sk\\\\_%'"
)
facts["columns"] = [row[0] for row in cr.fetchall()]
facts["rules"] = env["ir.rule"].search_count([("model_id.model", "=like", "sk.%")])
facts["crons"] = env["ir.cron"].with_context(active_test=False).search_count(
    [("model_id.model", "=like", "sk.%")]
)
facts["activity_types"] = env["mail.activity.type"].with_context(active_test=False).search_count(
    [("res_model", "=like", "sk.%")]
)
officer = new_test_user(env, login="hr.officer.after", groups="hr.group_hr_user")
employee = env["hr.employee"].with_user(officer).create({"name": "Pegawai Biasa"})
employee.with_user(officer).user_id = new_test_user(env, login="pegawai.after").id
env["hr.employee"].with_user(officer).get_views([(False, "form"), (False, "list")])
manager = new_test_user(env, login="pm.after", groups="project.group_project_manager")
project = env["project.project"].with_user(manager).create({"name": "Proyek BUMD"})
task = env["project.task"].with_user(manager).create(
    {"name": "Laporan", "project_id": project.id, "description": "<p>" + "x" * 60000 + "</p>"}
)
env["project.task"].with_user(manager).get_views([(False, "form"), (False, "kanban")])
task.with_user(manager).state = "1_done"
private = env["project.task"].with_user(manager).create({"name": "Catatan pribadi"})
facts["task_done"] = task.state
facts["personal_stage"] = private.personal_stage_type_id.name
print("FACTS " + json.dumps(facts))
"""


def odoo_bin(db, *args, command=(), stdin=None):
    run = subprocess.run(
        [sys.executable, str(ODOO_BIN), *command, "-c", config.rcfile, "-d", db]
        + ["--log-level=warn", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


def test_uninstall_leaves_plain_odoo_and_reinstall_works():
    db = f"sk_uninstall_{uuid.uuid4().hex[:8]}"
    try:
        odoo_bin(db, "-i", "odoo_sistem_kerja", "--without-demo=all", "--stop-after-init")
        odoo_bin(db, "--no-http", command=["shell"], stdin=UNINSTALL)
        out = odoo_bin(db, "--no-http", command=["shell"], stdin=INSPECT)
        facts = json.loads(next(ln for ln in out.splitlines() if ln.startswith("FACTS "))[6:])
        assert facts == {
            "state": "uninstalled",
            "xmlids": 0,
            "models": [],
            "columns": [],
            "rules": 0,
            "crons": 0,
            "activity_types": 0,
            "task_done": "1_done",
            "personal_stage": "Inbox",
        }
        odoo_bin(db, "-i", "odoo_sistem_kerja", "--without-demo=all", "--stop-after-init")
        out = odoo_bin(
            db,
            "--no-http",
            command=["shell"],
            stdin='print("STATE", env["ir.module.module"].search('
            '[("name", "=", "odoo_sistem_kerja")]).state)',
        )
        assert "STATE installed" in out
    finally:
        subprocess.run(
            [sys.executable, str(ODOO_BIN), "db", "-c", config.rcfile, "drop", db],
            capture_output=True,
            check=False,
        )
