"""The users ``./dev load`` simulates, speaking JSON-RPC to Odoo as the web client does (in
the style of OdooLocust): unit heads working their inbox, JF opening My Roles and handing in
kegiatan results, the Admin Kepegawaian printing letters, visitors on the verification page.

Read from the environment: SK_LOAD_PLAN (the plan ``load_data.py prepare`` wrote),
SK_LOAD_HOSTS (the app servers, comma separated: users are spread over them),
SK_LOAD_DB, SK_LOAD_DECISIONS (a file: each decision the server confirmed, one JSON line).
"""

import itertools
import json
import os
import random

from locust import HttpUser, between, task

PLAN = json.loads(open(os.environ["SK_LOAD_PLAN"]).read())
HOSTS = itertools.cycle(os.environ["SK_LOAD_HOSTS"].split(","))
DB = os.environ["SK_LOAD_DB"]
DECISIONS = open(os.environ["SK_LOAD_DECISIONS"], "a", buffering=1)
LOGINS = {role: itertools.cycle(PLAN[role]) for role in ("heads", "workers", "admins")}
INBOX = {
    "res_model": {},
    "res_id": {},
    "name": {},
    "record_name": {},
    "requester_name": {},
    "deadline": {},
    "state": {},
}


class OdooUser(HttpUser):
    abstract = True
    role = None
    wait_time = between(1, 3)

    def on_start(self):
        self.client.base_url = next(HOSTS)
        self.uid = None
        if self.role:
            self.login(next(LOGINS[self.role]))

    def login(self, login):
        result = self.jsonrpc(
            "/web/session/authenticate",
            {"db": DB, "login": login, "password": PLAN["password"]},
            "login",
        )
        self.uid = result and result["uid"]

    def jsonrpc(self, path, params, name):
        payload = {"jsonrpc": "2.0", "method": "call", "id": random.randint(1, 10**9)}
        payload["params"] = params
        with self.client.post(path, json=payload, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return None
            body = response.json()
            if "error" in body:
                error = body["error"].get("data", {})
                message = (error.get("message") or "").splitlines()[:1]
                response.failure(f"{error.get('name', 'error')}: {' '.join(message)[:120]}")
                return None
            return body["result"]

    def call(self, name, model, method, args, **kwargs):
        kwargs.setdefault("context", {"lang": "en_US", "tz": "Asia/Jakarta", "uid": self.uid})
        params = {"model": model, "method": method, "args": args, "kwargs": kwargs}
        return self.jsonrpc(f"/web/dataset/call_kw/{model}/{method}", params, name)


class UnitHead(OdooUser):
    """A Kabid: opens the inbox, decides the step on top (approves, or returns with a
    reason one time in seven)."""

    fixed_count = len(PLAN["heads"])
    role = "heads"

    def inbox(self):
        result = self.call(
            "inbox",
            "sk.approval.line",
            "web_search_read",
            [],
            domain=[("waiting_for_me", "=", True)],
            specification=INBOX,
            limit=80,
        )
        return result["records"] if result else []

    @task(2)
    def open_inbox(self):
        self.inbox()

    @task(3)
    def decide(self):
        lines = self.inbox()
        if not lines:
            return
        line = lines[0]
        if random.random() < 1 / 7:
            wizard = self.call(
                "return (reason wizard)",
                "sk.approval.reason.wizard",
                "create",
                [
                    {
                        "res_model": line["res_model"],
                        "res_ids": str(line["res_id"]),
                        "decision": "return",
                        "line_id": line["id"],
                        "reason": "Lengkapi rincian tugas dan jadwalnya.",
                    }
                ],
            )
            if wizard and self.call(
                "return", "sk.approval.reason.wizard", "action_confirm", [wizard]
            ):
                DECISIONS.write(json.dumps([line["id"], "returned"]) + "\n")
            return
        if self.call("approve", line["res_model"], "action_approve", [[line["res_id"]]]):
            DECISIONS.write(json.dumps([line["id"], "approved"]) + "\n")


class Worker(OdooUser):
    """A JF: My Roles, then hands in the result of a kegiatan still open."""

    fixed_count = min(12, len(PLAN["workers"]))
    role = "workers"

    @task(2)
    def my_roles(self):
        self.call(
            "my roles",
            "sk.my.role",
            "web_search_read",
            [],
            domain=[("user_id", "=", self.uid)],
            specification={"name": {}, "role": {}, "date_start": {}, "letter_number": {}},
            limit=80,
        )

    @task(1)
    def hand_in(self):
        tasks = self.call(
            "kegiatan list",
            "project.task",
            "web_search_read",
            [],
            domain=[
                ("user_ids", "in", self.uid),
                ("sk_target_id", "!=", False),
                ("state", "=", "01_in_progress"),
                ("approval_line_ids", "=", False),  # never handed in
            ],
            specification={"name": {}, "state": {}, "sk_result_value": {}},
            limit=20,
        )
        if tasks and tasks["records"]:
            task_id = random.choice(tasks["records"])["id"]
            self.call("hand in result", "project.task", "action_sk_submit_result", [[task_id]])


class Admin(OdooUser):
    """The Admin Kepegawaian prints letters (the first print renders and keeps the PDF)."""

    fixed_count = 4
    role = "admins"

    @task
    def print_letter(self):
        """As the Print menu asks for it (``/report/download``, served read/write: the first
        print stores the letter)."""
        letter = random.choice(PLAN["letters"])
        url = f"/report/pdf/odoo_sistem_kerja.report_surat_tugas/{letter}"
        with self.client.get(
            "/report/download",
            params={"data": json.dumps([url, "qweb-pdf"]), "context": "{}"},
            name="print letter",
            catch_response=True,
        ) as response:
            if response.headers.get("Content-Type") != "application/pdf":
                response.failure(f"not a PDF ({response.status_code})")


class Visitor(HttpUser):
    """Someone who scanned a letter's QR code: not logged in."""

    weight = 1
    wait_time = between(1, 3)

    def on_start(self):
        self.client.base_url = next(HOSTS)

    @task
    def verify(self):
        token = random.choice(PLAN["tokens"])
        self.client.get(f"/sistem-kerja/verifikasi/{token}", name="verification page")
