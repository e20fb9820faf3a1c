from collections import defaultdict
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from .sk_sealed_mixin import engine_writes


class SkApprovalMixin(models.AbstractModel):
    """Approval by the officials a route names, in the style of hr_holidays.

    The record gives the organisational context (``_sk_role_context``) and the route
    (``_sk_route``); the engine resolves each step's official when the step starts, gives
    only the current approver an activity, and keeps every round of decisions.
    """

    _name = "sk.approval.mixin"
    _inherit = ["sk.sealed.mixin"]
    _description = "Sistem Kerja Approval"
    _sk_approval_engine = True  # marks the models whose approval history is delegated

    approval_round = fields.Integer(copy=False, readonly=True)
    approval_line_ids = fields.One2many(
        "sk.approval.line",
        "res_id",
        string="Approval History",
        domain=lambda self: [("res_model", "=", self._name)],
        copy=False,
    )
    approver_user_ids = fields.Many2many(
        "res.users",
        string="Approvers",
        copy=False,
        help="Everyone who has been asked to decide, in any round (used by record rules).",
    )
    current_line_id = fields.Many2one(
        "sk.approval.line", compute="_compute_current_line", string="Current Step"
    )
    current_approver_id = fields.Many2one(
        "res.users", compute="_compute_current_line", string="Waiting For"
    )
    can_decide = fields.Boolean(
        compute="_compute_current_line", search="_search_can_decide", string="Waiting for Me"
    )

    @api.model
    def _sk_sealed_fields(self):
        return super()._sk_sealed_fields() | {"approval_round", "approver_user_ids"}

    @api.depends("approval_line_ids.state", "approval_line_ids.approver_user_id")
    @api.depends_context("uid")
    def _compute_current_line(self):
        self._sk_fetch_lines()
        for record in self:
            line = record.approval_line_ids.filtered(lambda ln: ln.state == "pending")[:1]
            record.current_line_id = line
            record.current_approver_id = line.approver_user_id
            record.can_decide = bool(line) and record._sk_user_may_decide(line, self.env.user)

    def _sk_fetch_lines(self):
        """Read the steps of these records with their columns in one query, where reading
        ``approval_line_ids`` takes two (the ids, then the steps' columns): a decision reads
        them all, on an empty cache at the start of each request."""
        records = self._origin
        field = self._fields["approval_line_ids"]
        missing = records.browse(list(self.env.cache.get_missing_ids(records, field)))
        if not missing:
            return
        Line = self.env["sk.approval.line"]
        lines = Line.search_fetch(
            field.get_domain_list(missing) + [("res_id", "in", missing.ids)],
            [name for name, line_field in Line._fields.items() if line_field.prefetch is True],
        )
        steps = defaultdict(list)
        for line in lines:
            steps[line.res_id].append(line.id)
        # stored as the ORM stores what it reads of a one2many (fields.One2many.read)
        self.env.cache.insert_missing(missing, field, [tuple(steps[id_]) for id_ in missing.ids])

    def _search_can_decide(self, operator, value):
        """The records whose pending step the user decides: a SQL sub-select on the indexed
        steps (independent of how many steps are pending)."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Operation not supported."))
        # sudo: the inbox searches pending steps of records not yet readable
        mine = (
            self.env["sk.approval.line"]
            .sudo()
            ._search([("res_model", "=", self._name), ("waiting_for_me", "=", True)])
        )
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", mine.subselect("res_id"))]

    # ------------------------------------------------------------------
    # Hooks for the models using the engine
    # ------------------------------------------------------------------
    def _sk_route(self):
        """The sk.approval.route this record follows (UserError when none applies)."""
        raise NotImplementedError

    def _sk_role_context(self):
        """dict(owner_unit, home_unit, employee, requester) for the role resolution."""
        raise NotImplementedError

    def _sk_profile(self):
        raise NotImplementedError

    def _sk_on_submitted(self):
        pass

    def _sk_on_approved(self):
        pass

    def _sk_on_refused(self, reason):
        pass

    def _sk_on_returned(self, reason):
        pass

    def _sk_before_approve(self, line):
        """Checks before the approver of ``line`` may approve (raise to refuse)."""

    def _sk_before_approve_all(self):
        """``_sk_before_approve`` of each record with its current step (a model may check
        or prepare the whole batch at once)."""
        for record in self:
            record._sk_before_approve(record.current_line_id)

    def _sk_is_history(self):
        return bool(self.approval_round) or super()._sk_is_history()

    def _sk_may_decide_at_once(self, line):
        """Whether the acting user, who also holds ``line``, decides it with this action
        (not when the step asks them for something first)."""
        return True

    # ------------------------------------------------------------------
    # Submission
    # ------------------------------------------------------------------
    def _sk_start_approval(self):
        """Start a new round; callers have checked that the user may submit."""
        # sudo: steps are written by the engine only (no user has write access)
        Line = self.env["sk.approval.line"].sudo()
        # sudo: the caller checked the submitter; routes and officials are not theirs to read
        records = self.sudo()
        values = []
        for record in records:
            route = record._sk_route()
            record._sk_engine_write({"approval_round": record.approval_round + 1})
            values += [
                {
                    "res_model": record._name,
                    "res_id": record.id,
                    "round": record.approval_round,
                    "sequence": step.sequence,
                    **step._sk_line_values(),
                }
                for step in route.step_ids
            ]
        Line.create(values)._sk_copy_step_names()
        with engine_writes():
            for record in records:
                record._sk_on_submitted()
            records._sk_advance()

    def _sk_round_lines(self):
        self.ensure_one()
        return self.approval_line_ids.filtered(lambda ln: ln.round == self.approval_round)

    def _sk_advance(self):
        """Start the next waiting step of each record's round: the approvers' activities
        are created together; the records with no step left are approved."""
        Line = self.env["sk.approval.line"]
        to_schedule, finished, waiting = Line, self.browse(), Line
        with self.env["sk.representation"]._sk_read_once():
            for record in self:
                lines = record._sk_round_lines()
                waiting |= lines.filtered(lambda ln: ln.state == "waiting")
                line = record._sk_next_step(lines)
                if line:
                    to_schedule |= line
                else:
                    finished |= record
        self._sk_let_approvers_in(waiting.filtered(lambda ln: ln.state != "waiting"))
        self._sk_schedule(to_schedule)
        finished._sk_finish()

    def _sk_let_approvers_in(self, assigned):
        """Everyone asked to decide a step may open the record (the record rules read
        ``approver_user_ids``): the approvers of the steps just ``assigned``, linked once
        per approver for the batch."""
        with_user = assigned.filtered("approver_user_id")
        for user, lines in with_user.grouped("approver_user_id").items():
            self.browse(lines.mapped("res_id"))._sk_engine_write(
                {"approver_user_ids": [fields.Command.link(user.id)]}
            )

    def _sk_finish(self):
        """Apply the approval of these records (models may prepare it once for the set)."""
        for record in self:
            record._sk_on_approved()

    def _sk_next_step(self, lines):
        """The first waiting line of ``lines`` that waits for someone, once assigned; a
        step the acting user holds, or its official decided just before, decides itself."""
        self.ensure_one()
        for line in lines.sorted("sequence"):
            if line.state != "waiting":
                continue
            self._sk_assign(line)
            line.state = "pending"
            previous = lines.filtered(
                lambda ln, seq=line.sequence: ln.state == "approved" and ln.sequence < seq
            ).sorted("sequence")[-1:]
            if line.skip_repeated and previous and previous.official_id == line.official_id:
                self._sk_close_lines(
                    line, "approved", note_suffix=self.env._("decided at the step before")
                )
                continue
            if (
                line.approver_user_id == self.env.user
                and line.actor_role != "verifier"
                and self._sk_may_decide_at_once(line)
            ):
                # the user acting now holds this step too: their action decides it
                self._sk_before_approve(line)
                self._sk_close_lines(
                    line, "approved", note_suffix=self.env._("decided by the acting user")
                )
                continue
            return line
        return lines.browse()

    def _sk_assign(self, line):
        """Resolve who decides ``line`` now: official, then representative or the next up."""
        official, notes = self._sk_resolve_role(line.actor_role)
        if not official and line.actor_role != "verifier":
            raise UserError(
                self.env._(
                    "Nobody can decide the step '%(step)s': the post is vacant up to the top "
                    "of the organisation. Fill the head of the unit first.",
                    step=line.name,
                )
            )
        user, acting, representation, more = self._sk_acting_user(official, line.actor_role)
        line.write(
            {
                "official_id": official.id,
                "approver_employee_id": acting.id,
                "approver_user_id": user.id,
                "representation_id": representation.id,
                "caption": representation._sk_caption(),
                "note": "; ".join(notes + more) or False,
                "deadline": fields.Date.context_today(self)
                + timedelta(days=line.deadline_days or 0),
                "started_on": fields.Datetime.now(),
            }
        )

    def _sk_resolve_role(self, role):
        """The official holding ``role`` for this record, with notes on vacancies."""
        ctx = self._sk_role_context()
        employee = ctx["employee"]
        profile = self._sk_profile()
        Employee = self.env["hr.employee"]
        notes = []

        def head_of(unit, exclude=Employee):
            if not unit:
                return Employee
            _unit, head, vacant = unit._sk_find_head(exclude=exclude)
            notes.extend(profile._sk_vacancy_notes(vacant))
            return head

        if role == "owner_unit_head":
            return head_of(ctx["owner_unit"]), notes
        if role == "owner_parent_head":
            return head_of(ctx["owner_unit"].parent_id or ctx["owner_unit"]), notes
        if role == "owner_pd_head":
            return head_of(ctx["owner_unit"].sk_perangkat_daerah_id), notes
        if role == "home_unit_head":
            return head_of(ctx["home_unit"], employee), notes
        if role == "home_pd_head":
            return head_of(ctx["home_unit"].sk_perangkat_daerah_id, employee), notes
        if role == "home_penilai":
            if employee.sk_penilai_id:
                return employee.sk_penilai_id, notes
            if employee:
                proposal = profile._sk_propose(employee, ctx["home_unit"] or None)
                return proposal.penilai, notes + proposal.notes
            return head_of(ctx["home_unit"]), notes
        if role == "sekda":
            return profile._sk_sekda(ctx["requester"] or employee), notes
        if role == "employee":
            return employee, notes
        if role == "requester":
            return ctx["requester"], notes
        return Employee, notes  # verifier: the profile's Tim Verifikasi users

    def _sk_acting_user(self, official, role):
        """(user, acting employee, representation, notes) for an official."""
        notes = []
        if role == "verifier":
            ketua, deciders = self._sk_profile()._sk_verifiers()
            if not ketua:
                raise UserError(
                    self.env._("The regulation profile names no member of the Tim Verifikasi.")
                )
            # every member who may decide may open the record
            self._sk_engine_write(
                {"approver_user_ids": [fields.Command.link(u.id) for u in deciders]}
            )
            return ketua, self.env["hr.employee"], self.env["sk.representation"], notes
        acting, representation, notes = self.env["sk.representation"]._sk_acting(
            official, need_user=role not in ("employee", "requester")
        )
        if not acting.user_id:
            raise UserError(
                self.env._(
                    "%(official)s has no Odoo user to decide with, and nobody above does.",
                    official=(acting or official).name,
                )
            )
        return acting.user_id, acting, representation, notes

    def _sk_schedule(self, lines):
        """Give the approver of each of ``lines`` their activity, created in one batch
        (as ``activity_schedule`` does for a recordset)."""
        if not lines or self.env.context.get("mail_activity_automation_skip"):
            return
        model_id = self.env["ir.model"]._get_id(self._name)
        # sudo: the approver gets an activity on a record the submitter may not follow;
        # the approvers are told below, one notice each
        activities = (
            self.env["mail.activity"]
            .sudo()
            .with_context(mail_activity_quick_update=True)
            .create(
                [
                    {
                        "res_model_id": model_id,
                        "res_id": line.res_id,
                        "activity_type_id": line.activity_type_id.id,
                        "date_deadline": line.deadline,
                        "summary": line.name,
                        "note": line.note or "",
                        "user_id": line.approver_user_id.id,
                        "automated": True,
                    }
                    for line in lines
                ]
            )
        )
        for line, activity in zip(lines, activities, strict=True):
            line.activity_id = activity
        self._sk_notify_approvers(activities.filtered(lambda a: a.user_id != self.env.user))

    def _sk_notify_approvers(self, activities):
        """Tell each approver of their new steps: one step as Odoo tells any activity,
        several steps of one batch (a month's requests sent together) in one notice that
        lists them, instead of a mail per step."""
        for user, assigned in activities.grouped("user_id").items():
            if len(assigned) == 1:
                assigned.action_notify()
                continue
            env = self.with_context(lang=user.lang or self.env.lang).env
            items = Markup().join(
                Markup('<li><a href="/odoo/%s/%s">%s</a>: %s</li>')
                % (self._name, activity.res_id, activity.res_name, activity.summary)
                for activity in assigned
            )
            # the notice hangs on the first record; it links every one of them
            self.with_env(env).browse(assigned[0].res_id).message_notify(
                partner_ids=user.partner_id.ids,
                subject=env._("%(count)s steps wait for your decision", count=len(assigned)),
                body=Markup("<p>%s</p><ul>%s</ul>")
                % (env._("These steps wait for your decision:"), items),
                email_layout_xmlid="mail.mail_notification_layout",
                model_description=env["ir.model"]._get(self._name).display_name,
            )

    # ------------------------------------------------------------------
    # Decisions
    # ------------------------------------------------------------------
    def _sk_user_may_decide(self, line, user):
        if line.actor_role == "verifier":
            return user in self._sk_profile()._sk_verifiers()[1]
        return line.approver_user_id == user

    def _sk_check_can_decide(self):
        """The current user decides the current step (UserError otherwise).

        The form's buttons send the step the user saw (``sk_line_id`` in the context): a
        second click, or a click after someone else decided, is refused instead of deciding
        the next step. The step's row is locked: of two users deciding it at the same moment,
        the second waits, then its request is retried by the server and sees it decided.
        """
        seen = self.env.context.get("sk_line_id")
        # sudo: the gate itself: it reports on records the user may not read
        lines = self.sudo().current_line_id
        if lines:
            self.env.cr.execute(
                "SELECT id FROM sk_approval_line WHERE id IN %s FOR UPDATE",
                [tuple(lines.ids)],
                log_exceptions=False,
            )
        for record in self.sudo():  # reports on records the user may not even read
            line = record.current_line_id
            if seen and (len(self) > 1 or line.id != seen):
                raise UserError(
                    self.env._(
                        "The step you saw on %(record)s has already been decided. Reload the "
                        "record to see where it stands.",
                        record=record.with_env(self.env)._sk_name_for_user(),
                    )
                )
            if not line:
                raise UserError(
                    self.env._(
                        "%(record)s is not waiting for a decision.",
                        record=record.with_env(self.env)._sk_name_for_user(),
                    )
                )
            if not record._sk_user_may_decide(line, self.env.user):
                if not record.with_env(self.env).has_access("read"):
                    raise UserError(self.env._("You are not the approver of this record."))
                raise UserError(
                    self.env._(
                        "Only %(approver)s can decide the step '%(step)s' of %(record)s.",
                        approver=line.approver_user_id.name or self.env._("the Tim Verifikasi"),
                        step=line.name,
                        record=record.display_name,
                    )
                )

    def _sk_name_for_user(self):
        """The record's name, or a neutral word to a user who may not read it."""
        self.ensure_one()
        if self.has_access("read"):
            return self.display_name
        return self.env._("a record you may not see")

    def _sk_close_lines(self, lines, state, reason=False, note_suffix=None):
        """Record one decision of the acting user on ``lines`` (their activities are closed
        by ``_sk_mark_done`` once the decision's effects are written)."""
        values = {
            "state": state,
            "decided_by_id": self.env.user.id,
            "decided_on": fields.Datetime.now(),
            "reason": reason,
        }
        if note_suffix:
            for line in lines:
                line.write({**values, "note": "; ".join(filter(None, [line.note, note_suffix]))})
        else:
            lines.write(values)

    def _sk_mark_done(self, lines, state, reason=False):
        """The chatter's record of a decision on ``lines``: their activities marked done
        with the decision as feedback, one batch per step name; a step that had none gets
        the same words as a message. Last in a decision: an activity type without "Keep
        Done" deletes them, which empties the ORM cache the decision's effects would read."""
        for name, same_step in lines.grouped("name").items():
            text = self._sk_decision_text(name, state, reason)
            for line in same_step.filtered(lambda ln: not ln.activity_id):
                self.browse(line.res_id).message_post(body=text)
            activities = same_step.activity_id.sudo()
            if activities:
                activities.fetch(["res_model", "res_id"])  # Odoo reads them one by one
                with engine_writes():  # the activity closes by this decision, not by a tick
                    activities.action_feedback(feedback=text)

    def _sk_decision_text(self, step, state, reason):
        if state == "approved":
            return self.env._("%(step)s: approved by %(user)s.", step=step, user=self.env.user.name)
        label = dict(self.env["sk.approval.line"]._fields["state"]._description_selection(self.env))
        return self.env._(
            "%(step)s: %(decision)s by %(user)s. Reason: %(reason)s",
            step=step,
            decision=label[state],
            user=self.env.user.name,
            reason=reason,
        )

    def action_approve(self):
        self._sk_check_can_decide()
        # the gate above is the permission check: the decision writes as the engine
        records = self.sudo()
        lines = records.current_line_id
        records._sk_before_approve_all()
        records._sk_close_lines(lines, "approved")
        with engine_writes():
            records._sk_advance()
        records._sk_mark_done(lines, "approved")
        return True

    def _sk_decide_each(self, decide):
        """Apply ``decide`` to all these records in one batch; when one of them cannot be
        decided, record by record, to name those that could not. Returns (decided records,
        refusal messages)."""
        try:
            with self.env.cr.savepoint():
                decide(self)
            return self, []
        except UserError:
            if len(self) == 1:
                raise
        decided, refused = self.browse(), []
        for record in self:
            try:
                with self.env.cr.savepoint():
                    decide(record)
                decided |= record
            except UserError as error:
                refused.append(f"{record._sk_name_for_user()}: {error.args[0]}")
        return decided, refused

    def action_refuse(self):
        return self._sk_reason_wizard("refuse")

    def action_return(self):
        return self._sk_reason_wizard("return")

    def _sk_reason_wizard(self, decision, check_decider=True):
        """Ask for the reason of a refusal, a return or an ending, then apply it."""
        if check_decider:
            self._sk_check_can_decide()
        context = {
            "default_res_model": self._name,
            "default_res_ids": ",".join(str(i) for i in self.ids),
            "default_decision": decision,
        }
        if check_decider and len(self) == 1:
            context["default_line_id"] = self.current_line_id.id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reason"),
            "res_model": "sk.approval.reason.wizard",
            "view_mode": "form",
            "target": "new",
            "context": context,
        }

    def _sk_reason_handlers(self):
        """Decision of the reason wizard -> method taking the reason. Models add theirs
        (cancel, dissolve, re-issue...)."""
        return {"refuse": self._sk_refuse, "return": self._sk_return}

    def _sk_refuse(self, reason):
        self._sk_end_round_with("refused", reason, lambda record: record._sk_on_refused(reason))

    def _sk_return(self, reason):
        stepwise = self.filtered(lambda r: r._sk_step_below(r.sudo().current_line_id))
        if stepwise:
            stepwise._sk_step_back(reason)
        rest = self - stepwise
        if rest:
            rest._sk_end_round_with(
                "returned", reason, lambda record: record._sk_on_returned(reason)
            )

    def _sk_end_round_with(self, state, reason, outcome):
        """End the round as ``state``, apply ``outcome`` to each record, then close the
        steps' activities with the reason."""
        lines = self._sk_end_round(state, reason)
        with engine_writes():
            # sudo: after _sk_end_round checked the decider: the outcome is the engine's
            for record in self.sudo():
                outcome(record)
        self.sudo()._sk_mark_done(lines, state, reason)

    def _sk_step_below(self, line):
        """The approved step a stepwise return of ``line`` goes back to (or nothing)."""
        if not line.return_stepwise:
            return line.browse()
        return (
            self.sudo()  # sudo: the history of the record, read by the engine
            .approval_line_ids.filtered(
                lambda ln: ln.round == line.round
                and ln.state == "approved"
                and ln.sequence < line.sequence
            )
            .sorted("sequence")[-1:]
        )

    def _sk_step_back(self, reason):
        """Berjenjang: the step below decides again (its reviewer may forward or return
        further down), then the returning step again; every decision stays in the history."""
        below = {record.id: record._sk_step_below(record.sudo().current_line_id) for record in self}
        returned = {record.id: record.sudo().current_line_id for record in self}
        lines = self._sk_end_round("returned", reason, cancel_waiting=False)
        reset = {
            "state": "waiting",
            "decided_by_id": False,
            "decided_on": False,
            "reason": False,
            "activity_id": False,
        }
        # sudo: after the check in _sk_end_round: the steps are the engine's
        for record in self.sudo():
            below[record.id].copy(reset)
            returned[record.id].copy(reset)
        with engine_writes():
            self.sudo()._sk_advance()
        self.sudo()._sk_mark_done(lines, "returned", reason)

    def _sk_end_round(self, state, reason, cancel_waiting=True):
        """Close the current step of each record with a reasoned decision; returns the
        steps closed (for ``_sk_mark_done``, once the caller applied the outcome)."""
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for your decision."))
        self._sk_check_can_decide()
        # sudo: after the check above: the step is closed by the engine
        records = self.sudo()
        lines = records.current_line_id
        records._sk_close_lines(lines, state, reason)
        if cancel_waiting:
            records.approval_line_ids.filtered(lambda ln: ln.state == "waiting").write(
                {"state": "cancelled"}
            )
        return lines

    def _sk_cancel_approval(self):
        # sudo: cancelling the open steps is the engine's, after the caller's check
        lines = self.sudo().approval_line_ids.filtered(
            lambda ln: ln.state in ("waiting", "pending")
        )
        # sudo: same
        lines.activity_id.sudo().unlink()
        lines.write({"state": "cancelled"})

    def _sk_check_reason(self, reason, message):
        if not (reason or "").strip():
            raise UserError(message)

    def _sk_check_admin(self, message):
        """Closing or re-issuing what was decided is the Admin Kepegawaian's."""
        if not self.env.user.has_group("odoo_sistem_kerja.group_sk_admin"):
            raise AccessError(message)

    @api.model
    def _sk_workflow_activities(self, activities):
        """The activities of steps still to decide: closed by deciding, never by hand."""
        pending = self.env["sk.approval.line"].search(
            [("activity_id", "in", activities.ids), ("state", "=", "pending")]
        )
        return pending.activity_id

    def _sk_decided_lines(self, states=("approved",)):
        """The steps of the current round decided as ``states``, in route order."""
        self.ensure_one()
        # sudo: the signature block is part of the letter: whoever may read the record reads it
        return (
            self.sudo()
            .approval_line_ids.filtered(
                lambda ln: ln.round == self.approval_round and ln.state in states
            )
            .sorted("sequence")
        )

    def _sk_reassign(self, line):
        """Re-resolve the acting approver of a pending line (a representation began or
        ended) and move its activity."""
        self.ensure_one()
        user, acting, representation, notes = self._sk_acting_user(
            line.official_id, line.actor_role
        )
        if user == line.approver_user_id and representation == line.representation_id:
            return
        line.write(
            {
                "approver_user_id": user.id,
                "approver_employee_id": acting.id,
                "representation_id": representation.id,
                "caption": representation._sk_caption(),
            }
        )
        self._sk_engine_write({"approver_user_ids": [fields.Command.link(user.id)]})
        if line.activity_id:
            # sudo: a representation moves the activity to the representative
            line.activity_id.sudo().write({"user_id": user.id})


def bulk_notification(env, decided, refused):
    """Tell the user what a bulk decision did, naming the records it could not decide."""
    message = env._("%(count)s record(s) decided.", count=len(decided))
    if refused:
        message += "\n" + env._("Not decided:") + "\n" + "\n".join(refused)
    return {
        "type": "ir.actions.client",
        "tag": "display_notification",
        "params": {
            "title": env._("Bulk decision"),
            "message": message,
            "type": "warning" if refused else "success",
            "sticky": bool(refused),
            "next": {"type": "ir.actions.act_window_close"},
        },
    }
