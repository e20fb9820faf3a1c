"""Bad input of every kind is refused with a clear message in the user's language, and
nothing is written."""

from datetime import date, timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .approval_common import ApprovalCase
from .common import TODAY
from .organisation import next_nip

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def employee(nip=None, **vals):
    return ("hr.employee", None, dict({"name": "Budi", "sk_nip": nip or next_nip()}, **vals))


def member(**vals):
    return ("sk.team.member", None, dict({"team_id": "draft_team"}, **vals))


def team(**vals):
    values = {
        "name": "Tim Uji",
        "company_id": "company",
        "owner_department_id": "bidang",
        "owner_employee_id": "Kabid",
        "date_start": date(2026, 2, 1),
        "date_end": date(2026, 12, 31),
    }
    return ("sk.team", None, dict(values, **vals))


def call(**vals):
    values = {
        "name": "Panggilan",
        "company_id": "company",
        "owner_department_id": "bidang",
        "maksud_tujuan": "x",
        "kompetensi": "x",
        "ekspektasi": "x",
        "date_start": TODAY,
        "date_end": TODAY + timedelta(days=60),
        "deadline": TODAY + timedelta(days=10),
        "quota": 1,
    }
    return ("sk.open.call", None, dict(values, **vals))


def profile(**vals):
    return ("sk.regulation.profile", "profile", vals)


def representation(official="Kadis", representative="Sekretaris", **vals):
    values = {
        "official_id": official,
        "representative_id": representative,
        "type": "plt",
        "date_from": TODAY,
        "date_to": TODAY + timedelta(days=5),
    }
    return ("sk.representation", None, dict(values, **vals))


def kedudukan(who="rina", **vals):
    values = {
        "employee_id": who,
        "department_id": "seksi",
        "penilai_id": "Kasi",
        "date_start": date(2026, 3, 1),
    }
    return ("sk.kedudukan", None, dict(values, **vals))


def request(**vals):
    values = {
        "company_id": "company",
        "requester_employee_id": "Kabid",
        "owner_department_id": "bidang",
        "employee_ids": [(6, 0, ["rina"])],
        "date_start": date(2026, 7, 1),
        "date_end": date(2026, 12, 31),
    }
    return ("sk.penugasan", None, dict(values, **vals))


BAD_INPUTS = {
    # NIP
    "NIP too short": employee("123"),
    "NIP of 19 digits": employee("1985010120100310011"),
    "NIP with a letter": employee("19850101201003101A"),
    "NIP born in year 0001": employee("000101012010031001"),
    "NIP born in 1880": employee("188001012010031001"),
    "NIP born in month 13": employee("198513012010031001"),
    "NIP with TMT month 00": employee("198501012010001001"),
    "NIP with a TMT before adulthood": employee("198501011995031001"),
    "NIP with gender 3": employee("198501012010033001"),
    "NIP with serial 000": employee("198501012010031000"),
    "NIP duplicated in Arabic-Indic digits": employee("rina_nip_arabic"),
    "NIP duplicated in full-width digits": employee("rina_nip_fullwidth"),
    "NIP duplicated with spaces": employee("rina_nip_spaced"),
    # employee facts
    "kelas jabatan 18": employee(sk_kelas_jabatan=18),
    "kelas jabatan -1": employee(sk_kelas_jabatan=-1),
    "jenjang for a pelaksana": employee(sk_jenis_jabatan="pelaksana", sk_jenjang_id="ahli_muda"),
    "fungsional without jenjang": employee(sk_jenis_jabatan="fungsional"),
    "predicate year 1800": employee(sk_predikat_year=1800),
    # Tim Kerja members
    "member who is nobody": member(),
    "member of another instansi with NIP abc": member(
        external_name="Ani", external_nip="abc", external_instansi="BPS"
    ),
    "member of another instansi with a blank name": member(
        external_name="   ", external_nip=next_nip(), external_instansi="BPS"
    ),
    "member with a negative target": member(employee_id="dodi", target_value=-5),
    "member both employee and outsider": member(employee_id="dodi", external_name="Ani"),
    "member task of 20,000 characters": member(employee_id="dodi", tugas="x" * 20_000),
    # Tim Kerja
    "team ending before it starts": team(date_end=date(2026, 1, 1)),
    "team owned by someone who does not head the unit": team(owner_employee_id="Kasi"),
    "team owned by the head of another Perangkat Daerah": team(owner_employee_id="Kadinkes"),
    "team name of 600 characters": team(name="T" * 600),
    # Penugasan
    "request ending before it starts": request(date_end=date(2026, 6, 1)),
    "request purpose of 20,000 characters": request(maksud_tujuan="x" * 20_000),
    # open calls
    "call whose applications close after the work": call(deadline=TODAY + timedelta(days=90)),
    "call with no place": call(quota=0),
    "call whose work ends before it starts": call(date_end=TODAY - timedelta(days=1)),
    # organisation
    "structural level -3": ("hr.department", "seksi", {"sk_level": -3}),
    # regulation profile
    "workload threshold -1": profile(workload_max=-1),
    "ketua kelas 40": profile(ketua_min_kelas_pelaksana=40),
    "pattern {seq (malformed)": profile(number_pattern_individual="{seq"),
    "pattern {seq:>500000}": profile(number_pattern_individual="{seq:>500000}"),
    "pattern {seq.__class__}": profile(number_pattern_team="{seq.__class__}"),
    "pattern {seq[0]}": profile(number_pattern_team="{seq[0]}"),
    "pattern without {seq}": profile(number_pattern_correspondence="{year}"),
    "pattern with an unknown placeholder": profile(number_pattern_individual="{seq}/{nip}"),
    "pattern of 80 characters": profile(number_pattern_individual="{seq}" + "/" * 75),
    "tembusan of 20,000 characters": profile(letter_tembusan="x" * 20_000),
    # representation
    "pelaksana as Plt. Kepala Dinas": representation(representative="pelaksana_employee"),
    "representation ending before it starts": representation(date_to=TODAY - timedelta(days=1)),
    "official representing themselves": representation(representative="Kadis"),
    # kedudukan
    "kedudukan of a structural official": kedudukan(who="Kasi", penilai_id="Kabid"),
    "kedudukan ending before it starts": kedudukan(date_end=date(2026, 2, 1)),
    "kedudukan assessed by oneself": kedudukan(penilai_id="rina"),
    # delegation
    "delegation to oneself": (
        "sk.delegation",
        None,
        {"delegator_id": "Kabid", "delegate_id": "Kabid", "date_from": TODAY},
    ),
}


@tagged("post_install", "-at_install", "sistem_kerja")
class TestBadInput(ApprovalCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pelaksana = cls.make_employee("Pelaksana", cls.seksi, "pelaksana")
        cls.draft_team = cls.make_team(cls.bidang, [{"employee_id": cls.rina.id}], name="Draft")
        cls.env["res.lang"]._activate_lang("id_ID")
        module = cls.env["ir.module.module"].search([("name", "=", "odoo_sistem_kerja")])
        module._update_translations(["id_ID"])

    def resolve(self, value):
        """Names in the table stand for the fixture's records."""
        if isinstance(value, list):
            return [(6, 0, [self.resolve(v) for v in item[2]]) for item in value]
        if not isinstance(value, str):
            return value
        nip = self.rina.sk_nip
        special = {
            "company": self.company.id,
            "draft_team": self.draft_team.id,
            "rina": self.rina.id,
            "dodi": self.dodi.id,
            "pelaksana_employee": self.pelaksana.id,
            "bidang": self.bidang.id,
            "seksi": self.seksi.id,
            "ahli_muda": self.jenjang("ahli_muda").id,
            "rina_nip_arabic": nip.translate(ARABIC_INDIC),
            "rina_nip_fullwidth": nip.translate(FULLWIDTH),
            "rina_nip_spaced": f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}",
        }
        if value in special:
            return special[value]
        if value in self.heads:
            return self.heads[value].id
        return value

    def attempt(self, lang, model, target, values):
        env = self.env(user=self.admin, context=dict(self.env.context, lang=lang))
        vals = {name: self.resolve(value) for name, value in values.items()}
        records = env[model]
        if target == "profile":
            records = self.profile.with_env(env)
        elif target:
            records = records.browse(self.resolve(target))
        before = records.sudo().search_count([])
        snapshot = records.sudo().read(list(vals)) if records else None
        with self.assertRaises(UserError) as caught, self.env.cr.savepoint():
            if records:
                records.write(vals)
            else:
                records.create(vals)
            records.env.flush_all()
        self.env.invalidate_all()
        self.assertEqual(records.sudo().search_count([]), before, "nothing created")
        if snapshot:
            self.assertEqual(records.sudo().read(list(vals)), snapshot, "nothing written")
        return str(caught.exception.args[0])

    def test_bad_input_is_refused_in_words_and_nothing_written(self):
        self.assertGreaterEqual(len(BAD_INPUTS), 40)
        problems = []
        for label, (model, target, values) in BAD_INPUTS.items():
            try:
                english = self.attempt("en_US", model, target, values)
                indonesian = self.attempt("id_ID", model, target, values)
            except AssertionError as error:
                problems.append(f"{label}: {error}")
                continue
            if indonesian == english:
                problems.append(f"{label}: not translated: {english}")
        self.assertFalse(problems, "\n".join(problems))

    def test_nip_in_other_digits_is_stored_as_ascii(self):
        nip = next_nip()
        budi = self.env["hr.employee"].create(
            {"name": "Budi", "sk_nip": f"{nip[:8]} {nip[8:]}".translate(ARABIC_INDIC)}
        )
        self.assertEqual(budi.sk_nip, nip)

    def test_html_in_text_is_escaped_in_the_letter(self):
        request = self.decide_all(
            self.request(
                self.sekretariat,
                self.seksi,
                self.rina,
                maksud_tujuan='<b>Tebal</b><script>alert("x")</script>',
            )
        )
        report = self.env["ir.actions.report"]
        html, _kind = report._render_qweb_html(
            "odoo_sistem_kerja.report_permohonan_pelibatan", request.ids
        )
        html = html.decode()
        self.assertNotIn("<script>alert", html)
        self.assertIn("&lt;b&gt;Tebal&lt;/b&gt;", html)

    def test_a_letter_number_never_reaches_python_objects(self):
        self.profile.sudo()._write({"number_pattern_individual": "{seq.__class__}"})  # old data
        self.profile.invalidate_recordset(["number_pattern_individual"])  # as read from the DB
        with self.assertRaisesRegex(UserError, "not valid"):
            self.env["sk.letter.number"]._sk_next(
                self.company, self.bidang, "individual", fields.Date.today()
            )
