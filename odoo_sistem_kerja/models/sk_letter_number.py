"""Letter numbers and the Indonesian forms of dates used in letters."""

import contextlib
import contextvars
import re

from babel.dates import format_date

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

# The register each kind is numbered in: the letters of a Perangkat Daerah (assignment
# letters and correspondence) share its agenda of outgoing letters, so no two of them carry
# the same number; decrees (SK) have a register of their own.
REGISTERS = {"individual": "surat", "correspondence": "surat", "team": "keputusan"}
ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
# A number pattern names these placeholders and nothing else: it is never given to
# str.format, whose attribute and index access ({seq.__class__}) reach Python objects.
PATTERN_PLACEHOLDERS = ("seq", "unit_code", "year", "month")
PATTERN_MAX_LENGTH = 64
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# a batch of approvals: its size, the blocks of numbers it reserved per register and year,
# and the Perangkat Daerah (with its code) of each unit it numbered for
_BATCH = contextvars.ContextVar("sk_numbering_batch", default=None)


def number_pattern_error(env, pattern):
    """Why ``pattern`` is not a valid number pattern, or None."""
    if len(pattern) > PATTERN_MAX_LENGTH:
        return env._(
            "The number pattern %(pattern)s is longer than %(max)s characters.",
            pattern=pattern[:PATTERN_MAX_LENGTH] + "…",
            max=PATTERN_MAX_LENGTH,
        )
    names = _PLACEHOLDER.findall(pattern)
    literal = _PLACEHOLDER.sub("", pattern)
    if (
        "{" in literal
        or "}" in literal
        or "seq" not in names
        or any(name not in PATTERN_PLACEHOLDERS for name in names)
    ):
        return env._(
            "The number pattern %(pattern)s is not valid: it contains {seq} and may use "
            "{unit_code}, {year} and {month}, and no other braces.",
            pattern=pattern,
        )
    return None


def render_number(pattern, values):
    return _PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), pattern)


def tanggal(value, lang="id"):
    """A date as Indonesian letters write it: 22 November 2026 (from Babel's locale)."""
    return format_date(value, "d MMMM y", locale=lang) if value else ""


class SkLetterNumber(models.AbstractModel):
    """Numbers per Perangkat Daerah, register and year, without gaps.

    Each (company, Perangkat Daerah, register) has an ``ir.sequence`` with the no-gap
    implementation (the row is locked while a number is taken, so two approvals at the
    same moment cannot get the same number) and yearly ranges (numbering restarts each
    year). The profile's pattern dresses the number: ``{seq}``, ``{unit_code}``,
    ``{year}``, ``{month}`` (Roman).
    """

    _name = "sk.letter.number"
    _description = "Letter Numbering"

    @api.model
    def _sk_sequence(self, company, unit, register):
        code = f"sk.letter.{register}.{unit.id}"
        # sudo: registers are created and taken by whoever issues a letter
        Sequence = self.env["ir.sequence"].sudo()
        sequence = Sequence.search([("code", "=", code), ("company_id", "=", company.id)])
        if not sequence:
            sequence = Sequence.create(
                {
                    "name": f"{self._sk_register_name(register)} – {unit.name}",
                    "code": code,
                    "company_id": company.id,
                    "implementation": "no_gap",
                    "use_date_range": True,
                    "padding": 3,
                }
            )
        return sequence

    @api.model
    def _sk_register_name(self, register):
        if register == "keputusan":
            return self.env._("Decrees")
        return self.env._("Outgoing Letters")

    @api.model
    def _sk_next(self, company, unit, kind, on_date):
        pd, unit_code = self._sk_numbering_pd(unit)
        profile = company._sk_profile()
        pattern = {
            "individual": profile.number_pattern_individual,
            "team": profile.number_pattern_team,
            "correspondence": profile.number_pattern_correspondence,
        }[kind] or "{seq}/{year}"
        error = number_pattern_error(self.env, pattern)
        if error:
            raise UserError(error)
        seq = self._sk_take(company, pd, REGISTERS[kind], on_date)
        return render_number(
            pattern,
            {
                "seq": seq,
                "unit_code": unit_code or "",
                "year": on_date.year,
                "month": ROMAN_MONTHS[on_date.month - 1],
            },
        )

    @api.model
    def _sk_numbering_pd(self, unit):
        """The Perangkat Daerah numbering the letters of ``unit``, and its code: read with the
        unit in one query (once per unit in a batch)."""
        batch = _BATCH.get()
        if batch is not None and unit.id in batch["units"]:
            return batch["units"][unit.id]
        self.env["hr.department"].flush_model(["sk_perangkat_daerah_id", "sk_unit_code"])
        [(pd_id, unit_code)] = self.env.execute_query(
            SQL(
                "SELECT pd.id, pd.sk_unit_code FROM hr_department unit JOIN hr_department pd"
                " ON pd.id = COALESCE(unit.sk_perangkat_daerah_id, unit.id) WHERE unit.id = %s",
                unit.id,
            )
        )
        found = unit.browse(pd_id), unit_code
        if batch is not None:
            batch["units"][unit.id] = found
        return found

    @api.model
    def _sk_take(self, company, pd, register, on_date):
        """The next number of the register, from the batch's reserved block if any."""
        batch = _BATCH.get()
        key = (company.id, pd.id, register, on_date.year)
        block = batch["blocks"].get(key) if batch is not None else None
        if block and block["next"] < block["end"]:
            block["next"] += 1
            return block["sequence"].get_next_char(block["next"] - 1)
        size = batch["size"] if batch is not None else 1
        reserved = self._sk_reserve(company, pd, register, on_date, size)
        if not reserved:
            self._sk_create_year(company, pd, register, on_date)
            reserved = self._sk_reserve(company, pd, register, on_date, size)
        range_id, date_from, sequence_id, first = reserved
        # sudo: registers are created and taken by whoever issues a letter
        sequence = (
            self.env["ir.sequence"]
            .sudo()
            .browse(sequence_id)
            .with_context(ir_sequence_date_range=date_from)
        )
        if batch is not None:
            batch["blocks"][key] = {
                "range_id": range_id,
                "sequence": sequence,
                "next": first + 1,
                "end": first + size,
            }
        return sequence.get_next_char(first)

    @api.model
    def _sk_reserve(self, company, pd, register, on_date, size):
        """The first of ``size`` numbers taken from the register's range of the year, with
        the range (id, date_from, sequence id, first number); None when the register or
        its year does not exist yet. Odoo's no-gap increment, found and taken in one
        statement. The row stays locked until the transaction ends; a numbering at the
        same moment waits, then fails with a serialization error and the server retries
        its request (not logged as a failed query: it is expected)."""
        self.env["ir.sequence"].flush_model(["code", "company_id", "active"])
        self.env["ir.sequence.date_range"].flush_model()
        self.env.cr.execute(
            """
            UPDATE ir_sequence_date_range SET number_next = number_next + %(size)s
             WHERE id = (
                    SELECT dates.id
                      FROM ir_sequence_date_range dates
                      JOIN ir_sequence sequence ON sequence.id = dates.sequence_id
                     WHERE sequence.code = %(code)s AND sequence.company_id = %(company)s
                       AND sequence.active AND dates.date_from <= %(on)s
                       AND dates.date_to >= %(on)s
                     ORDER BY dates.id
                     LIMIT 1)
            RETURNING id, date_from, sequence_id, number_next - %(size)s
            """,
            {
                "size": size,
                "code": f"sk.letter.{register}.{pd.id}",
                "company": company.id,
                "on": on_date,
            },
            log_exceptions=False,
        )
        reserved = self.env.cr.fetchone()
        if reserved:
            self.env["ir.sequence.date_range"].browse(reserved[0]).invalidate_recordset(
                ["number_next"]
            )
        return reserved

    @api.model
    def _sk_create_year(self, company, pd, register, on_date):
        """Create the register's sequence or its range of the year, on first use.

        Serialized on the Perangkat Daerah's row: of two first numberings at the same
        moment the second fails with a serialization error and the server retries its
        request, which then sees what the first created. Not logged as a failed query: it
        is the expected outcome."""
        self.env.cr.execute(
            "UPDATE hr_department SET write_date = write_date WHERE id = %s",
            [pd.id],
            log_exceptions=False,
        )
        sequence = self._sk_sequence(company, pd, register)
        sequence._get_current_sequence(sequence_date=on_date)

    @api.model
    @contextlib.contextmanager
    def _sk_batch(self, size):
        """Letters issued inside take their numbers from blocks of ``size`` reserved once
        per register, instead of locking the register for each letter. Numbers left unused
        are given back: the no-gap lock is still held, nobody took a number since."""
        if _BATCH.get() is not None or size < 2:
            yield
            return
        batch = {"size": size, "blocks": {}, "units": {}}
        token = _BATCH.set(batch)
        try:
            yield
        finally:
            _BATCH.reset(token)
        for block in batch["blocks"].values():
            if block["next"] < block["end"]:
                self.env.cr.execute(
                    "UPDATE ir_sequence_date_range SET number_next = %s WHERE id = %s",
                    [block["next"], block["range_id"]],
                )
                self.env["ir.sequence.date_range"].browse(block["range_id"]).invalidate_recordset(
                    ["number_next"]
                )


class HrDepartment(models.Model):
    """Kop surat of a Perangkat Daerah (falls back to the company's)."""

    _inherit = "hr.department"

    sk_street = fields.Char(string="Address (Kop Surat)")
    sk_phone = fields.Char(string="Phone (Kop Surat)")
    sk_email = fields.Char(string="E-mail (Kop Surat)")
    sk_fax = fields.Char(string="Fax (Kop Surat)")
    sk_website = fields.Char(string="Website (Kop Surat)")

    def _sk_kop(self):
        """Letterhead lines of this unit's Perangkat Daerah."""
        self.ensure_one()
        pd = self.sk_perangkat_daerah_id or self
        company = pd.company_id or self.env.company
        phone, fax = pd.sk_phone or company.phone, pd.sk_fax
        contact = [
            phone and self.env._("Telp. %(number)s", number=phone),
            fax and self.env._("Faks. %(number)s", number=fax),
            pd.sk_email or company.email,
            pd.sk_website or company.website,
        ]
        return {
            "pemda": (company.name or "").upper(),
            "pd": (pd.name or "").upper(),
            "address": pd.sk_street
            or ", ".join(
                filter(None, [company.street, company.city, company.state_id.name, company.zip])
            ),
            # printed each whole, with its separator before it: no line ends with "·"
            "contact_items": list(filter(None, contact)),
            "logo": company.logo,
            "city": company.city or "",
            "font": company._sk_profile()._sk_font_family(),
        }
