"""18.0.1.3.0: route steps say who signs and who receives each letter, the profile says who
signs each kind of letter and how work is reported, and a request knows whether it is
written to. Company profiles
made from a preset take the new settings of their preset; requests sent before keep their
correspondence. A Perangkat Daerah's assignment letters and correspondence now share one
register of outgoing letters, which continues after the higher of the two old registers."""

from odoo import SUPERUSER_ID, api

# the settings this version adds: a company profile takes its preset's
NEW_SETTINGS = (
    "signer_individual",
    "signer_team",
    "team_member_letters",
    "report_team_to",
    "report_individual_to",
    "report_cadence",
    "report_days",
    "check_dialog_kinerja",
    "coordinate_with_penilai",
)
STEP_FLAGS = ("signs_letter", "signs_answer", "receives_answer", "establishes_team")


def _route_key(route):
    return (route.kind, route.method, route.scope, route.form)


def _merge_registers(env):
    Sequence = env["ir.sequence"].with_context(active_test=False)
    for old, new in (("individual", "surat"), ("team", "keputusan")):
        for sequence in Sequence.search([("code", "=like", f"sk.letter.{old}.%")]):
            sequence.code = sequence.code.replace(f".{old}.", f".{new}.", 1)
    for answers in Sequence.search([("code", "=like", "sk.letter.correspondence.%")]):
        code = answers.code.replace(".correspondence.", ".surat.", 1)
        letters = Sequence.search([("code", "=", code), ("company_id", "=", answers.company_id.id)])
        if not letters:
            answers.code = code
            continue
        for old_range in answers.date_range_ids:
            new_range = letters.date_range_ids.filtered(
                lambda r, o=old_range: r.date_from == o.date_from
            )
            if not new_range:
                old_range.copy({"sequence_id": letters.id})
            elif new_range.number_next < old_range.number_next:
                new_range.number_next = old_range.number_next


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    _merge_registers(env)
    profiles = env["sk.regulation.profile"].search(
        [("is_preset", "=", False), ("preset_id", "!=", False)]
    )
    for profile in profiles:
        preset = profile.preset_id
        profile.write({name: preset[name] for name in NEW_SETTINGS})
        preset_routes = {_route_key(route): route for route in preset.route_ids}
        for route in profile.route_ids:
            source = preset_routes.get(_route_key(route))
            if not source:
                continue
            steps = {(step.sequence, step.actor_role): step for step in source.step_ids}
            for step in route.step_ids:
                model = steps.get((step.sequence, step.actor_role))
                if model:
                    step.write({flag: model[flag] for flag in STEP_FLAGS})
    cr.execute(
        "UPDATE sk_penugasan SET correspondence = TRUE "
        "WHERE scope != 'unit' AND state != 'draft' AND request_number IS NOT NULL"
    )
    cr.execute(
        "UPDATE sk_penugasan SET request_date = create_date::date "
        "WHERE request_number IS NOT NULL AND request_date IS NULL"
    )
    cr.execute(
        "UPDATE sk_penugasan SET answer_date = COALESCE(letter_date, write_date::date) "
        "WHERE answer_number IS NOT NULL AND answer_date IS NULL"
    )
