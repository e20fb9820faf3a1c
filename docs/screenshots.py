"""Take the README's screenshots of the demo in a real Chromium (headless), as its users see it.

Run it against the demo served by ``./dev run`` (in the project's virtualenv, which has
websocket-client)::

    python docs/screenshots.py [--url http://localhost:8069]

Each shot logs in as a demo user and opens one screen; each letter is printed from the Print
menu's report as the administrator and its page drawn with poppler's pdftoppm. The PNGs are
written under docs/.
"""

import argparse
import base64
import itertools
import json
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import websocket

DOCS = Path(__file__).resolve().parent
# (file, login, path of the screen, what to wait for in the page)
SHOTS = [
    (
        "dashboard.png",
        "kadis.kominfo",
        "/odoo/action-odoo_sistem_kerja.hr_employee_public_action_dashboard",
        ".o_pivot table",
    ),
    (
        "inbox.png",
        "kadis.kominfo",
        "/odoo/action-odoo_sistem_kerja.sk_approval_line_action_inbox",
        ".o_data_row",
    ),
    (
        "report_sent.png",
        "jf.pranata",
        "/odoo/action-odoo_sistem_kerja.sk_report_action/{report}",
        ".o_form_view .o_mail_thread, .o-mail-Thread",
    ),
]


# (file, report, demo record, page)
LETTERS = [
    ("surat_tugas.png", "action_report_surat_tugas", "penugasan_approved", 1),
    ("sk_tim_kerja.png", "action_report_sk_tim_kerja", "team_transformasi_digital", 1),
    ("sk_tim_kerja_lampiran.png", "action_report_sk_tim_kerja", "team_transformasi_digital", 2),
    # signed electronically by the demo's cron once the server runs: the reprint is the signed PDF
    ("surat_tugas_tte.png", "action_report_surat_tugas", "penugasan_finished", 1),
]


class Browser:
    def __init__(self, port=9333):
        self.profile = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
        self.process = subprocess.Popen(
            [
                "chromium",
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--remote-debugging-port={port}",
                f"--user-data-dir={self.profile.name}",
                "--window-size=1440,900",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _attempt in range(50):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as answer:
                    page = next(t for t in json.load(answer) if t["type"] == "page")
                break
            except (OSError, StopIteration):
                time.sleep(0.2)
        else:
            raise RuntimeError("Chromium did not start")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.ids = itertools.count(1)

    def send(self, method, **params):
        call_id = next(self.ids)
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(message["error"])
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, selector, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.evaluate(f"!!document.querySelector({json.dumps(selector)})"):
                return
            time.sleep(0.3)
        raise RuntimeError(f"{selector} did not appear")

    def open(self, url, selector):
        self.send("Page.navigate", url=url)
        time.sleep(1)
        self.wait_for(selector)
        time.sleep(1.5)  # let the web client finish rendering

    def login(self, base, login, password=None):
        self.send("Network.clearBrowserCookies")
        self.open(f"{base}/web/login", "input[name=login]")
        self.evaluate(
            f"""document.querySelector('input[name=login]').value = {json.dumps(login)};
            document.querySelector('input[name=password]').value = {json.dumps(password or login)};
            document.querySelector('form.oe_login_form').submit();"""
        )
        time.sleep(2)
        self.wait_for(".o_main_navbar")

    def fetch(self, url, payload=None):
        """``url`` fetched with the browser's session (JSON when ``payload`` is given)."""
        cookies = self.send("Network.getAllCookies")["cookies"]
        session = next(c["value"] for c in cookies if c["name"] == "session_id")
        data = json.dumps({"jsonrpc": "2.0", "params": payload}).encode() if payload else None
        request = urllib.request.Request(
            url,
            data=data,
            headers={"Cookie": f"session_id={session}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=120) as answer:
            return answer.read()

    def print_page(self, base, report, xmlid, page, path):
        """Page ``page`` of ``report`` printed for the demo record ``xmlid``, as a PNG."""
        found = json.loads(
            self.fetch(
                f"{base}/web/dataset/call_kw",
                {
                    "model": "ir.model.data",
                    "method": "search_read",
                    "args": [[("module", "=", "odoo_sistem_kerja"), ("name", "=", xmlid)]],
                    "kwargs": {"fields": ["res_id"]},
                },
            )
        )["result"][0]["res_id"]
        pdf = self.fetch(f"{base}/report/pdf/odoo_sistem_kerja.{report}/{found}")
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(pdf)
            handle.flush()
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile"]
                + [handle.name, str(path.with_suffix(""))],
                check=True,
            )

    def verification_page(self, base, path):
        """The public QR page of a letter signed electronically, as a visitor sees it."""
        [signed] = json.loads(
            self.fetch(
                f"{base}/web/dataset/call_kw",
                {
                    "model": "sk.letter.verification",
                    "method": "search_read",
                    "args": [[("tte_state", "=", "signed"), ("res_model", "=", "sk.penugasan")]],
                    "kwargs": {"fields": ["token"], "limit": 1},
                },
            )
        )["result"]
        self.send("Network.clearBrowserCookies")
        self.open(f"{base}/sistem-kerja/verifikasi/{signed['token']}", "#sk-tte")
        self.screenshot(path)

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self):
        self.ws.close()
        self.process.terminate()
        self.process.wait(timeout=10)
        self.profile.cleanup()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:8069")
    parser.add_argument("--report", type=int, default=1, help="id of the report to show")
    parser.add_argument("--admin-password", default="admin")
    args = parser.parse_args()
    browser = Browser()
    browser.send("Network.enable")
    try:
        for name, login, path, selector in SHOTS:
            browser.login(args.url, login)
            browser.open(args.url + path.format(report=args.report), selector)
            browser.screenshot(DOCS / name)
            print(f"docs/{name}")
        browser.login(args.url, "admin", password=args.admin_password)
        for name, report, xmlid, page in LETTERS:
            browser.print_page(args.url, report, xmlid, page, DOCS / name)
            print(f"docs/{name}")
        browser.verification_page(args.url, DOCS / "verifikasi_tte.png")
        print("docs/verifikasi_tte.png")
    finally:
        browser.close()


if __name__ == "__main__":
    main()
