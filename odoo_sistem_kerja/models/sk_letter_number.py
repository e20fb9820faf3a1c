"""Letter numbers and the Indonesian forms of dates used in letters."""

import contextlib
import contextvars
import re

from babel.dates import format_date

from odoo import api, fields, models
from odoo.exceptions import UserError

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
# numbers reserved by a batch of approvals: (sequence range id) -> [next, last] per batch
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
        pd = unit.sk_perangkat_daerah_id or unit
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
                "unit_code": pd.sk_unit_code or "",
                "year": on_date.year,
                "month": ROMAN_MONTHS[on_date.month - 1],
            },
        )

    @api.model
    def _sk_take(self, company, pd, register, on_date):
        """The next number of the register, from the batch's reserved block if any."""
        batch = _BATCH.get()
        key = (company.id, pd.id, register, on_date.year)
        block = batch.get(key) if batch is not None else None
        if block and block["next"] < block["end"]:
            block["next"] += 1
            return block["sequence"].get_next_char(block["next"] - 1)
        size = batch[None] if batch is not None else 1
        dates = self._sk_year_range(company, pd, register, on_date)
        first = self._sk_reserve(dates, size)
        sequence = dates.sequence_id.with_context(ir_sequence_date_range=dates.date_from)
        if batch is not None:
            batch[key] = {
                "range": dates,
                "sequence": sequence,
                "next": first + 1,
                "end": first + size,
            }
        return sequence.get_next_char(first)

    @api.model
    def _sk_year_range(self, company, pd, register, on_date):
        """The year's range of the register's sequence, both created on first use."""
        code = f"sk.letter.{register}.{pd.id}"
        # sudo: registers are created and taken by whoever issues a letter
        dates = (
            self.env["ir.sequence.date_range"]
            .sudo()
            .search_fetch(
                [
                    ("sequence_id.code", "=", code),
                    ("sequence_id.company_id", "=", company.id),
                    ("sequence_id.active", "=", True),
                    ("date_from", "<=", on_date),
                    ("date_to", ">=", on_date),
                ],
                ["date_from", "sequence_id"],
                limit=1,
            )
        )
        if dates:
            return dates
        # Creating the register or its year: serialize on the Perangkat Daerah's row, so
        # that of two first numberings at the same moment the second fails with a
        # serialization error and the server retries its request, which then sees what
        # the first created. Not logged as a failed query: it is the expected outcome.
        self.env.cr.execute(
            "UPDATE hr_department SET write_date = write_date WHERE id = %s",
            [pd.id],
            log_exceptions=False,
        )
        sequence = self._sk_sequence(company, pd, register)
        return sequence._get_current_sequence(sequence_date=on_date)

    @api.model
    def _sk_reserve(self, dates, size):
        """The first of ``size`` numbers taken from the year's range: Odoo's no-gap
        increment as one statement. The row stays locked until the transaction ends; a
        numbering at the same moment waits, then fails with a serialization error and the
        server retries its request (not logged as a failed query: it is expected)."""
        self.env.cr.execute(
            "UPDATE ir_sequence_date_range SET number_next = number_next + %s WHERE id = %s "
            "RETURNING number_next - %s",
            [size, dates.id, size],
            log_exceptions=False,
        )
        dates.invalidate_recordset(["number_next"])
        return self.env.cr.fetchone()[0]

    @api.model
    @contextlib.contextmanager
    def _sk_batch(self, size):
        """Letters issued inside take their numbers from blocks of ``size`` reserved once
        per register, instead of locking the register for each letter. Numbers left unused
        are given back: the no-gap lock is still held, nobody took a number since."""
        if _BATCH.get() is not None or size < 2:
            yield
            return
        batch = {None: size}
        token = _BATCH.set(batch)
        try:
            yield
        finally:
            _BATCH.reset(token)
        for key, block in batch.items():
            if key is not None and block["next"] < block["end"]:
                self.env.cr.execute(
                    "UPDATE ir_sequence_date_range SET number_next = %s WHERE id = %s",
                    [block["next"], block["range"].id],
                )
                block["range"].invalidate_recordset(["number_next"])


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
            "contact": " · ".join(filter(None, contact)),
            "logo": company.logo,
            "city": company.city or "",
            "font": company._sk_profile()._sk_font_family(),
        }
