"""Bringing a Pemda's ASN in from BKN's SIASN "data ASN" export (issue 25).

``sk.siasn.adapter`` reads the file (CSV with comma or semicolon, UTF-8 with or without BOM
or Windows-1252 as Excel saves it, or XLSX) and maps each row to employee values; a client of
the SIASN web service would replace its reading, as the e-Kinerja adapter's delivery would be.
``sk.siasn.import`` is one import: a preview (dry run) first, then the write, with its counts,
the rows refused (row, column, value, reason) and a file of them to fix and import again.
"""

import base64
import csv
import io
import re
from datetime import date, datetime

import openpyxl

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from .hr_employee_base import normalize_nip

MAX_BYTES = 50 * 1024 * 1024
REQUIRED_COLUMNS = ("nip_baru", "nama")
AVATAR_SIZES = ("image_1920", "image_1024", "image_512", "image_256", "image_128")
# a cell a spreadsheet would run as a formula (CSV injection): refused, written back quoted
FORMULA = re.compile(r"^(=|\+|@|\t|\r|-(?=[A-Za-z(]))")
JENJANG_SUFFIXES = {
    "AHLI UTAMA": "jenjang_ahli_utama",
    "AHLI MADYA": "jenjang_ahli_madya",
    "AHLI MUDA": "jenjang_ahli_muda",
    "AHLI PERTAMA": "jenjang_ahli_pertama",
    "PENYELIA": "jenjang_penyelia",
    "MAHIR": "jenjang_mahir",
    "TERAMPIL": "jenjang_terampil",
    "PEMULA": "jenjang_pemula",
}
# structural posts by the first words of their name (Perpres 2019: eselon II to IV)
STRUCTURAL_POSTS = (
    (("SEKRETARIS DAERAH", "ASISTEN", "KEPALA DINAS", "KEPALA BADAN", "INSPEKTUR"), "jpt_pratama"),
    (
        ("KEPALA BIDANG", "KEPALA BAGIAN", "SEKRETARIS", "CAMAT", "INSPEKTUR PEMBANTU"),
        "administrator",
    ),
    (("KEPALA SEKSI", "KEPALA SUB", "KEPALA SUBBAGIAN", "LURAH", "KEPALA UPT"), "pengawas"),
)
EDUCATION = {
    "SD": "sd",
    "SLTP": "smp",
    "SMP": "smp",
    "SLTA": "sma",
    "SMA": "sma",
    "SMK": "sma",
    "D-I": "d1",
    "D1": "d1",
    "D-II": "d2",
    "D2": "d2",
    "D-III": "d3",
    "D3": "d3",
    "D-IV": "d4",
    "D4": "d4",
    "S-1": "s1",
    "S1": "s1",
    "S-2": "s2",
    "S2": "s2",
    "S-3": "s3",
    "S3": "s3",
}
GENDERS = {
    "PRIA": "male",
    "L": "male",
    "M": "male",
    "WANITA": "female",
    "P": "female",
    "F": "female",
}


def _cell(row, column):
    return str(row.get(column) or "").strip()


def parse_date(value):
    """A date as SIASN writes it (dd-mm-yyyy, dd/mm/yyyy) or ISO; None if empty."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    if not text:
        return None
    for pattern in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


class SkSiasnAdapter(models.AbstractModel):
    _name = "sk.siasn.adapter"
    _description = "SIASN Data ASN Adapter"

    # ------------------------------------------------------------------
    # Reading
    # ------------------------------------------------------------------
    @api.model
    def _sk_read(self, content, filename, required=REQUIRED_COLUMNS):
        """The rows of an export as dicts of lower-case column names, numbered from the
        first data row (row 2 of the file); a file that cannot be read is refused."""
        if not content:
            raise UserError(self.env._("The file is empty."))
        if len(content) > MAX_BYTES:
            raise UserError(
                self.env._(
                    "The file is larger than %(size)s MB: export SIASN in parts.",
                    size=MAX_BYTES // (1024 * 1024),
                )
            )
        if (filename or "").lower().endswith(".xlsx") or content[:2] == b"PK":
            table = self._sk_read_xlsx(content)
        else:
            table = self._sk_read_csv(content)
        if not table:
            raise UserError(self.env._("The file is empty."))
        header = [str(name or "").strip().lower() for name in table[0]]
        missing = [name for name in required if name not in header]
        if missing:
            raise UserError(
                self.env._(
                    "This is not a SIASN data ASN export: the columns %(columns)s are missing.",
                    columns=", ".join(missing),
                )
            )
        rows = []
        for number, cells in enumerate(table[1:], start=2):
            if not any(str(cell or "").strip() for cell in cells):
                continue
            rows.append((number, dict(zip(header, cells, strict=False))))
        if not rows:
            raise UserError(self.env._("The file has its columns but no employee."))
        return header, rows

    @api.model
    def _sk_read_csv(self, content):
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = content.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))

    @api.model
    def _sk_read_xlsx(self, content):
        try:
            book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
        except Exception as error:  # noqa: BLE001 - any broken workbook says the same
            raise UserError(
                self.env._("The workbook cannot be read (%(error)s).", error=str(error))
            ) from error
        sheet = book.worksheets[0]
        return [
            ["" if cell is None else cell for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]

    # ------------------------------------------------------------------
    # Mapping
    # ------------------------------------------------------------------
    @api.model
    def _sk_references(self, company):
        """What rows are mapped against, read once for the whole file."""
        ref = self.env.ref
        return {
            "pangkat": {
                (p.asn_status, p.golongan.upper()): p.id
                for p in self.env["sk.pangkat"].with_context(active_test=False).search([])
            },
            "jf": {
                jf.with_context(lang="en_US").name.upper(): jf.id
                for jf in self.env["sk.jabatan.fungsional"].search([])
            },
            "jenjang": {
                suffix: ref(f"odoo_sistem_kerja.{xmlid}").id
                for suffix, xmlid in JENJANG_SUFFIXES.items()
            },
            "keterampilan": {
                ref(f"odoo_sistem_kerja.{xmlid}").id
                for suffix, xmlid in JENJANG_SUFFIXES.items()
                if not suffix.startswith("AHLI")
            },
            "corrections": {c.name.upper(): c for c in self.env["sk.siasn.jabatan"].search([])},
            "units": {
                d.sk_siasn_unor_id: d.id
                for d in self.env["hr.department"].search(
                    [("company_id", "=", company.id), ("sk_siasn_unor_id", "!=", False)]
                )
            },
        }

    @api.model
    def _sk_map_row(self, row, refs):
        """(values, errors, unknown): the employee values of a row, its errors as
        (column, value, reason), and the names it carries that no table maps yet."""
        errors = [
            (column, raw, self.env._("a formula, not a value"))
            for column, raw in row.items()
            if isinstance(raw, str) and FORMULA.match(raw)
        ]
        values = self._sk_map_identity(row, errors)
        values.update(self._sk_map_facts(row, refs, values["sk_asn_status"], errors))
        unknown = {}
        jabatan = self._sk_map_jabatan(
            _cell(row, "jenis_jabatan_nama"), _cell(row, "jabatan_nama"), refs
        )
        if jabatan is None:
            unknown["jabatan"] = _cell(row, "jabatan_nama")
        else:
            values.update(jabatan)
        unor = _cell(row, "unor_id")
        if unor in refs["units"]:
            values["department_id"] = refs["units"][unor]
        elif unor:
            unknown["unor"] = f"{unor} {_cell(row, 'unor_nama')}".strip()
        return values, errors, unknown

    @api.model
    def _sk_map_identity(self, row, errors):
        """NIP, ASN status and name with gelar."""
        nip = normalize_nip(_cell(row, "nip_baru"))
        status = "pppk" if "PPPK" in _cell(row, "jenis_pegawai_nama").upper() else "pns"
        probe = self.env["hr.employee"].new({"sk_nip": nip, "sk_asn_status": status})
        if not nip:
            errors.append(("nip_baru", "", self.env._("the NIP is missing")))
        elif probe._sk_nip_error():
            errors.append(("nip_baru", _cell(row, "nip_baru"), probe._sk_nip_error()))
        name = _cell(row, "nama")
        if not name:
            errors.append(("nama", "", self.env._("the name is missing")))
        front, back = _cell(row, "gelar_depan"), _cell(row, "gelar_belakang")
        return {
            "sk_nip": nip,
            "sk_asn_status": status,
            "name": ", ".join(filter(None, [" ".join(filter(None, [front, name])), back])),
        }

    @api.model
    def _sk_map_facts(self, row, refs, status, errors):
        """Pangkat, dates, gender and education."""
        values = {}
        golongan = _cell(row, "gol_akhir_nama").upper()
        if golongan:
            pangkat = refs["pangkat"].get((status, golongan))
            if not pangkat:
                errors.append(("gol_akhir_nama", golongan, self.env._("an unknown golongan")))
            values["sk_pangkat_id"] = pangkat or False
        for column, field in (("tanggal_lahir", "birthday"), ("tmt_cpns", "sk_tmt_cpns")):
            try:
                day = parse_date(row.get(column))
            except ValueError:
                errors.append((column, _cell(row, column), self.env._("an impossible date")))
                continue
            if day:
                values[field] = day
        gender = GENDERS.get(_cell(row, "jenis_kelamin").upper())
        if gender:
            values["gender"] = gender
        level = _cell(row, "tingkat_pendidikan_nama").upper().split("/")[0].strip()
        if level in EDUCATION:
            values["sk_education_level"] = EDUCATION[level]
        return values

    @api.model
    def _sk_map_jabatan(self, kind, name, refs):
        """Jenis jabatan, JF and jenjang of a SIASN jabatan (None: not known yet)."""
        upper = re.sub(r"\s+", " ", name.upper()).strip()
        correction = refs["corrections"].get(upper)
        if correction:
            return correction._sk_values()
        kind = kind.upper()
        if "FUNGSIONAL" in kind and "UMUM" not in kind:
            for suffix, jenjang in refs["jenjang"].items():
                if upper.endswith(" " + suffix):
                    jf = refs["jf"].get(upper[: -len(suffix) - 1].strip())
                    if jf:
                        return {
                            "sk_jenis_jabatan": "fungsional",
                            "sk_jabatan_fungsional_id": jf,
                            "sk_jenjang_id": jenjang,
                            "sk_kategori_jf": "keterampilan"
                            if jenjang in refs["keterampilan"]
                            else "keahlian",
                        }
            return None
        if "PELAKSANA" in kind or "UMUM" in kind:
            return {"sk_jenis_jabatan": "pelaksana", "job_title": name.title()}
        for starts, jenis in STRUCTURAL_POSTS:
            if upper.startswith(starts):
                return {"sk_jenis_jabatan": jenis, "job_title": name.title()}
        return None


class SkSiasnJabatan(models.Model):
    """A SIASN jabatan name the reader does not know, mapped by the BKPSDM."""

    _name = "sk.siasn.jabatan"
    _description = "SIASN Jabatan Mapping"
    _order = "name"

    name = fields.Char(string="SIASN Jabatan", required=True)
    jenis_jabatan = fields.Selection(
        selection=lambda self: self.env["hr.employee"]._fields["sk_jenis_jabatan"].selection,
        required=True,
    )
    jabatan_fungsional_id = fields.Many2one("sk.jabatan.fungsional", string="Jabatan Fungsional")
    jenjang_id = fields.Many2one("sk.jenjang", string="Jenjang")

    _sql_constraints = [("name_unique", "unique(name)", "This SIASN jabatan is mapped already.")]

    def _sk_values(self):
        values = {"sk_jenis_jabatan": self.jenis_jabatan}
        if self.jenis_jabatan == "fungsional":
            values.update(
                sk_jabatan_fungsional_id=self.jabatan_fungsional_id.id,
                sk_jenjang_id=self.jenjang_id.id,
                sk_kategori_jf="keahlian"
                if (self.jenjang_id.name or "").startswith("Ahli")
                else "keterampilan",
            )
        else:
            values["job_title"] = self.name.title()
        return values


class HrDepartment(models.Model):
    _inherit = "hr.department"

    sk_siasn_unor_id = fields.Char(
        string="SIASN Unor ID",
        index="btree_not_null",
        copy=False,
        help="The id of this unit in BKN's SIASN (unor_id of the data ASN export).",
    )


def encode_file(rows, header):
    """The refused rows as a CSV to fix and import again, with an ``error`` column; a
    formula is written back quoted, so that a spreadsheet does not run it."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([*header, "error"])
    for row, reasons in rows:
        cells = [row.get(name, "") for name in header]
        cells = [f"'{c}" if isinstance(c, str) and FORMULA.match(c) else c for c in cells]
        writer.writerow([*cells, "; ".join(reasons)])
    return base64.b64encode(out.getvalue().encode("utf-8-sig"))


# fields an import compares and writes; the kedudukan is decided, never imported
COMPARED = (
    "name",
    "sk_asn_status",
    "sk_pangkat_id",
    "birthday",
    "sk_tmt_cpns",
    "gender",
    "sk_education_level",
    "sk_jenis_jabatan",
    "sk_jabatan_fungsional_id",
    "sk_jenjang_id",
    "sk_kategori_jf",
    "job_title",
    "department_id",
)
BACKGROUND_ROWS = 2000  # a larger file runs in the background, its progress shown


class SkSiasnImport(models.Model):
    """One import of a SIASN export: previewed, then written; what it did is kept."""

    _name = "sk.siasn.import"
    _description = "Import from SIASN"
    _inherit = ["sk.sealed.mixin"]
    _order = "id desc"
    _sk_open_states = ("draft", "previewed")

    name = fields.Char(compute="_compute_name")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    file = fields.Binary(string="SIASN Export", required=True, attachment=True)
    filename = fields.Char()
    unor_file = fields.Binary(
        string="Unor Reference (optional)",
        attachment=True,
        help="SIASN's ref-unor (id, nama_unor, diatasan_id): the units it names that Odoo does "
        "not have yet are created under the unit above them, before the employees.",
    )
    unor_filename = fields.Char()
    units_created = fields.Integer(string="Units Created", readonly=True)
    state = fields.Selection(
        [
            ("draft", "To Preview"),
            ("previewed", "Previewed"),
            ("queued", "Importing"),
            ("done", "Imported"),
        ],
        default="draft",
        required=True,
        readonly=True,
    )
    total = fields.Integer(string="Rows", readonly=True)
    progress = fields.Integer(string="Rows Done", readonly=True)
    created = fields.Integer(readonly=True)
    updated = fields.Integer(readonly=True)
    unchanged = fields.Integer(readonly=True)
    errors = fields.Integer(readonly=True)
    report = fields.Text(string="What the Import Found", readonly=True)
    error_file = fields.Binary(string="Rows to Fix", readonly=True, attachment=True)
    error_filename = fields.Char(readonly=True)

    # what the import found and did is written by the import alone, and kept
    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {
            "total",
            "progress",
            "created",
            "updated",
            "unchanged",
            "errors",
            "report",
            "error_file",
            "error_filename",
            "units_created",
        }

    def _sk_carries_letter_text(self, vals):
        return False  # an import's report is no letter: it is as long as the file needs

    @api.depends("filename", "create_date")
    def _compute_name(self):
        for job in self:
            job.name = self.env._("SIASN import %(file)s", file=job.filename or "")

    def action_preview(self):
        """A dry run: what the import would create, update and refuse."""
        self.ensure_one()
        self._sk_run(dry_run=True)
        return True

    def action_import(self):
        """Write the valid rows; a large file is imported in the background."""
        self.ensure_one()
        if self.state not in ("draft", "previewed"):
            raise UserError(self.env._("This file was imported already."))
        if self.total > BACKGROUND_ROWS:
            self._sk_engine_write({"state": "queued"})
            self.env.ref("odoo_sistem_kerja.ir_cron_siasn_import")._trigger()
            return True
        self._sk_run(dry_run=False)
        return True

    @api.model
    def _cron_run_queued(self):
        for job in self.search([("state", "=", "queued")]):
            job._sk_run(dry_run=False, commit=True)

    def _sk_run(self, dry_run, commit=False):
        """Read, map, compare and (unless ``dry_run``) write the file's employees."""
        self.ensure_one()
        adapter = self.env["sk.siasn.adapter"]
        header, rows = adapter._sk_read(base64.b64decode(self.file or b""), self.filename)
        planned = self._sk_complete_tree(dry_run) if self.unor_file else []
        refs = adapter._sk_references(self.company_id)
        # a preview counts the units the import will create as known
        refs["units"].update({unor: False for unor in planned if unor not in refs["units"]})
        Employee = self.env["hr.employee"].with_context(active_test=False)
        existing = {
            e.sk_nip: e
            for e in Employee.search(
                [("company_id", "=", self.company_id.id), ("sk_nip", "!=", False)]
            )
        }
        refused, unknown, seen = [], {"unor": {}, "jabatan": {}}, {}
        to_create, to_write, unchanged = [], [], 0
        for number, row in rows:
            values, errors, names = adapter._sk_map_row(row, refs)
            nip = values.get("sk_nip")
            if nip and nip in seen:
                errors.append(
                    ("nip_baru", nip, self.env._("the NIP is also in row %(row)s", row=seen[nip]))
                )
            seen.setdefault(nip, number)
            for kind, label in names.items():
                unknown[kind][label] = unknown[kind].get(label, 0) + 1
            if errors:
                refused.append((number, row, errors))
                continue
            employee = existing.get(nip)
            if not employee:
                to_create.append(dict(values, company_id=self.company_id.id))
                continue
            changes = {
                name: value
                for name, value in values.items()
                if name in COMPARED
                and employee._fields[name].convert_to_write(employee[name], employee) != value
            }
            if changes:
                to_write.append((employee, changes))
            else:
                unchanged += 1
        missing = [e for nip, e in existing.items() if nip not in seen and e.active]
        if not dry_run:
            self._sk_write(to_create, to_write, commit)
        self._sk_engine_write(
            {
                "state": "previewed" if dry_run else "done",
                "total": len(rows),
                "progress": 0 if dry_run else len(rows),
                "created": len(to_create),
                "units_created": len(planned),
                "updated": len(to_write),
                "unchanged": unchanged,
                "errors": len(refused),
                "report": self._sk_report_text(refused, unknown, to_write, missing),
                "error_file": encode_file(
                    [
                        (row, [f"{col}: {reason} ({value})" for col, value, reason in errors])
                        for _n, row, errors in refused
                    ],
                    header,
                )
                if refused
                else False,
                "error_filename": f"siasn-errors-{self.id}.csv" if refused else False,
            }
        )
        if not dry_run:
            self._sk_notify()
        return self

    def _sk_complete_tree(self, dry_run):
        """Create the units of the unor reference that Odoo lacks, each under the unit of
        its ``diatasan_id`` (parents first); units Odoo has are never moved. Returns the
        unor ids created (or, in a preview, to create)."""
        _header, rows = self.env["sk.siasn.adapter"]._sk_read(
            base64.b64decode(self.unor_file), self.unor_filename, required=("id", "diatasan_id")
        )
        unors = {_cell(row, "id"): row for _number, row in rows if _cell(row, "id")}
        Department = self.env["hr.department"]
        known = {
            d.sk_siasn_unor_id: d
            for d in Department.search(
                [("company_id", "=", self.company_id.id), ("sk_siasn_unor_id", "in", list(unors))]
            )
        }
        created = []

        def unit_of(unor, seen=()):
            if unor in known or unor not in unors or unor in seen:
                return known.get(unor, Department)
            row = unors[unor]
            parent = unit_of(_cell(row, "diatasan_id"), (*seen, unor))
            created.append(unor)
            known[unor] = (
                Department
                if dry_run
                else Department.create(
                    {
                        "name": _cell(row, "nama_unor") or _cell(row, "nama") or unor,
                        "parent_id": parent.id,
                        "company_id": self.company_id.id,
                        "sk_siasn_unor_id": unor,
                    }
                )
            )
            return known[unor]

        for unor in unors:
            unit_of(unor)
        return created

    def _sk_write(self, to_create, to_write, commit):
        # thousands of employees at once: no "created" note, follower or tracking per record
        # (what the import did is the import's own report)
        Employee = self.env["hr.employee"].with_context(
            tracking_disable=True, mail_create_nolog=True, mail_create_nosubscribe=True
        )
        for start in range(0, len(to_create), 500):
            self._sk_create_employees(Employee, to_create[start : start + 500])
            self._sk_progress(start + 500, commit)
        moved = Employee
        for index, (employee, changes) in enumerate(to_write, start=1):
            if "department_id" in changes and employee.sk_kedudukan_id:
                moved |= employee
            labels = [
                employee._fields[name].get_description(self.env)["string"] for name in changes
            ]
            employee.write(changes)
            employee.message_post(
                body=self.env._("Updated from SIASN: %(fields)s.", fields=", ".join(sorted(labels)))
            )
            if index % 500 == 0:
                self._sk_progress(len(to_create) + index, commit)
        # a unit changed: the placement engine proposes a kedudukan, the BKPSDM decides it
        placed = moved.filtered(lambda e: e.sk_jenis_jabatan in ("fungsional", "pelaksana"))
        if placed:
            placed._sk_draft_kedudukan()

    def _sk_create_employees(self, Employee, vals_list):
        """Employees as ``hr.employee.create`` makes them, with what it does record by record
        done once for the batch (a Pemda's ASN are imported by thousands): the generated
        avatar given in every size, the work contacts created together with it, and each
        contact following its employee as Odoo's write of the work contact subscribes it."""
        for vals in vals_list:
            avatar = Employee.new({"name": vals["name"]})._avatar_generate_svg()
            vals.update(dict.fromkeys(AVATAR_SIZES, avatar))
        # sudo as hr's _create_work_contacts: an HR officer may lack Contact Creation
        contacts = (
            self.env["res.partner"]
            .sudo()
            .create(
                [
                    {
                        "name": vals["name"],
                        "company_id": vals["company_id"],
                        **{size: vals[size] for size in AVATAR_SIZES},
                    }
                    for vals in vals_list
                ]
            )
        )
        for vals, contact in zip(vals_list, contacts, strict=True):
            vals["work_contact_id"] = contact.id
        employees = Employee.create(vals_list)
        # an imported contact has no user: it gets the subtypes Odoo gives such a follower
        _default, _internal, external = self.env["mail.message.subtype"].default_subtypes(
            "hr.employee"
        )
        self.env["mail.followers"].sudo().create(
            [
                {
                    "res_model": "hr.employee",
                    "res_id": employee.id,
                    "partner_id": employee.work_contact_id.id,
                    "subtype_ids": [Command.set(external.ids)],
                }
                for employee in employees
            ]
        )
        return employees

    def _sk_progress(self, done, commit):
        self._sk_engine_write({"progress": min(done, self.total or done)})
        if commit:
            self.env.cr.commit()  # pylint: disable=invalid-commit - the cron shows progress

    def _sk_report_text(self, refused, unknown, to_write, missing):
        lines = []
        for number, _row, errors in refused[:50]:
            for column, value, reason in errors:
                lines.append(
                    self.env._(
                        "Row %(row)s, %(column)s = %(value)s: %(reason)s.",
                        row=number,
                        column=column,
                        value=value or "-",
                        reason=reason.rstrip("."),
                    )
                )
        for kind, title in (
            ("unor", self.env._("Unor not mapped to a unit yet (imported without a unit)")),
            ("jabatan", self.env._("Jabatan names not known yet (map them, then import again)")),
        ):
            if unknown[kind]:
                lines.append(f"{title}:")
                lines += [f"  {label} ({count})" for label, count in sorted(unknown[kind].items())]
        if to_write:
            lines.append(self.env._("Updated:"))
            lines += [
                f"  {e.sk_nip} {e.name}: {', '.join(sorted(changes))}"
                for e, changes in to_write[:50]
            ]
        if missing:
            lines.append(
                self.env._("In Odoo but not in this export (retired or moved out?), not archived:")
            )
            lines += [f"  {e.sk_nip} {e.name}" for e in missing[:200]]
        return "\n".join(lines) or False

    def _sk_notify(self):
        self.env["bus.bus"]._sendone(
            self.create_uid.partner_id,
            "simple_notification",
            {
                "title": self.env._("Import from SIASN done"),
                "message": self._sk_summary(),
                "sticky": False,
            },
        )

    def _sk_summary(self):
        return self.env._(
            "siasn: created %(created)s, updated %(updated)s, unchanged %(unchanged)s, "
            "errors %(errors)s",
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            errors=self.errors,
        )
