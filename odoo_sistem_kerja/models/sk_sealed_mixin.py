"""Records whose workflow fields move only through the addon's own code.

A context key can be sent by any JSON-RPC caller, so it cannot tell the engine's writes
from a user's. The engine marks its writes with a :class:`contextvars.ContextVar`, which
lives in the server's Python process and which no request can set.
"""

import contextlib
import contextvars

from odoo import api, models
from odoo.exceptions import UserError

_ENGINE = contextvars.ContextVar("sk_engine_writes", default=False)
# what a letter or the public verification page can carry, per kind of text field
TEXT_LIMITS = {"char": 500, "text": 10_000, "html": 50_000}


def check_text_sizes(model, vals):
    """Refuse free text longer than a letter can carry (UserError, nothing written)."""
    for name, value in vals.items():
        field = model._fields.get(name)
        limit = field and TEXT_LIMITS.get(field.type)
        if limit and isinstance(value, str) and len(value) > limit:
            raise UserError(
                model.env._(
                    "%(field)s is too long: %(size)s characters, at most %(limit)s.",
                    field=field.get_description(model.env)["string"],
                    size=len(value),
                    limit=limit,
                )
            )


@contextlib.contextmanager
def engine_writes():
    """Let the code inside write the sealed fields (the engine's own code path only)."""
    token = _ENGINE.set(True)
    try:
        yield
    finally:
        _ENGINE.reset(token)


def in_engine():
    return _ENGINE.get()


class SkSealedMixin(models.AbstractModel):
    """State, numbers and decision facts that no user writes, and content that locks.

    A model says:

    - ``_sk_sealed_fields()``: written by the workflow only, by nobody else (admin
      included); a model or a module extending it adds its fields to ``super()``'s;
    - ``_sk_open_states``: states in which its content may still be edited;
    - ``_sk_unlocked_fields``: fields that stay editable in the other states;
    - ``_sk_is_history()``: which records can never be deleted.

    Stored computed fields without an inverse are never written from outside either: a
    computed Ketua or scope follows the members, not a request.
    """

    _name = "sk.sealed.mixin"
    _description = "Sistem Kerja Sealed Record"

    _sk_open_states = ("draft",)
    _sk_unlocked_fields = frozenset()

    @api.model
    def _sk_sealed_fields(self):
        return {"state"}

    @api.model
    def _sk_guarded_fields(self):
        """Field names the workflow alone writes: the sealed ones and the stored
        computed fields that have no inverse."""
        computed = {
            name
            for name, field in self._fields.items()
            if field.compute and field.store and field.readonly and not field.inverse
        }
        return self._sk_sealed_fields() | computed

    @api.model
    def _sk_free_fields(self):
        """Fields of the chatter and activities: never part of a letter."""
        free = set(models.MAGIC_COLUMNS) | {"display_name"}
        for mixin in ("mail.thread", "mail.activity.mixin"):
            if mixin in self.env:
                free |= set(self.env[mixin]._fields)
        return free

    def _sk_editable_fields(self):
        """Fields that may change on this record now (None: all but the guarded ones)."""
        self.ensure_one()
        if self.state in self._sk_open_states:
            return None
        return self._sk_unlocked_fields

    def _sk_check_write(self, vals):
        """Refuse a write of guarded fields, or of content a locked record keeps."""
        names = set(vals) - self._sk_free_fields()
        guarded = names & self._sk_guarded_fields()
        if guarded:
            raise UserError(
                self.env._(
                    "%(fields)s of %(model)s change only through the workflow's buttons, "
                    "never by a direct write.",
                    fields=", ".join(sorted(self._sk_field_labels(guarded))),
                    model=self._description,
                )
            )
        for record in self:
            allowed = record._sk_editable_fields()
            if allowed is not None and names - allowed:
                raise UserError(record._sk_locked_message())

    def _sk_check_children_editable(self):
        """Child lines (members, letter roles) follow their parent's lock."""
        if in_engine():
            return
        for record in self:
            if record._sk_editable_fields() is not None:
                raise UserError(record._sk_locked_message())

    def _sk_locked_message(self):
        state = dict(self._fields["state"]._description_selection(self.env)).get(self.state)
        return self.env._(
            "%(record)s is %(state)s: its content is locked. Use its buttons (cancel, "
            "re-issue, return for revision) to change it.",
            record=self.display_name,
            state=state,
        )

    def _sk_field_labels(self, names):
        return [self._fields[name].get_description(self.env)["string"] for name in names]

    def _sk_check_create(self, vals_list):
        """A record is born in its first state: guarded fields keep their defaults."""
        guarded = self._sk_guarded_fields()
        defaults = self.default_get(list(guarded & set(self._fields)))
        for vals in vals_list:
            forced = {
                name
                for name in guarded & set(vals)
                if vals[name] and vals[name] != defaults.get(name)
            }
            if forced:
                raise UserError(
                    self.env._(
                        "%(fields)s of %(model)s are set by the workflow, not when the "
                        "record is created.",
                        fields=", ".join(sorted(self._sk_field_labels(forced))),
                        model=self._description,
                    )
                )

    def _sk_carries_letter_text(self, vals):
        """Whether these records, or the one ``vals`` creates, hold text a letter or the
        public verification page prints (limited in size)."""
        return True

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if self._sk_carries_letter_text(vals):
                check_text_sizes(self, vals)
        if not in_engine():
            self.browse().check_access("create")  # no right at all: say so first
            self._sk_check_create(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        if self._sk_carries_letter_text(vals):
            check_text_sizes(self, vals)
        if not in_engine():
            self.check_access("write")  # no right on the record: say so first
            self._sk_check_write(vals)
        return super().write(vals)

    def _sk_action_form(self):
        """The window action opening this record's form."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def _sk_engine_write(self, vals):
        """Write as the workflow, after the caller checked that the user may act. Runs as
        superuser: the deciding official need not have write access to the record."""
        with engine_writes():
            # sudo: the one engine write: callers check the user first
            return self.sudo().write(vals)

    def _sk_is_history(self):
        """Whether this record was ever submitted, numbered or set: never deleted."""
        self.ensure_one()
        return self.state not in self._sk_open_states

    @api.ondelete(at_uninstall=False)
    def _unlink_except_history(self):
        history = self.filtered(lambda record: record._sk_is_history())
        if history:
            raise UserError(
                self.env._(
                    "%(record)s is history and cannot be deleted: cancel, end or revoke it "
                    "instead.",
                    record=history[0].display_name,
                )
            )


class SkSealedChildMixin(models.AbstractModel):
    """Lines that are part of a sealed record's content (members, letter roles, targets,
    budget lines) follow its lock: created, changed or deleted only while it is open."""

    _name = "sk.sealed.child.mixin"
    _description = "Sistem Kerja Sealed Line"

    _sk_parent_field = None
    _sk_free_line_fields = frozenset()  # fields that stay editable when the parent locks

    def _sk_check_parent(self):
        self[self._sk_parent_field]._sk_check_children_editable()

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            check_text_sizes(self, vals)
        lines = super().create(vals_list)
        lines._sk_check_parent()
        return lines

    def write(self, vals):
        check_text_sizes(self, vals)
        if set(vals) - self._sk_free_line_fields:
            self._sk_check_parent()
        res = super().write(vals)
        if self._sk_parent_field in vals:
            self._sk_check_parent()  # nor moved under a locked record
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_locked_parent(self):
        self._sk_check_parent()
