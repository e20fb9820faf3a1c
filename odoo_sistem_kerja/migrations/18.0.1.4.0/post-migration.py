"""18.0.1.4.0: targets agreed by a Pimpinan Unit who is not the Penilai, and their
rekomendasi penilaian, go through the profile's route of consultations (KIN-03). Company
profiles take their preset's new routes."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    Profile = env["sk.regulation.profile"]
    for kind in ("dialog", "recommendation"):
        Profile._sk_add_missing_routes(kind)
    # dialogs waiting for the Penilai's confirmation by a to-do: the route's steps instead
    dialogs = env["sk.dialog.kinerja"].search(
        [("state", "=", "coordination"), ("approval_round", "=", 0)]
    )
    dialogs.activity_ids.filtered(
        lambda a: a.activity_type_id == env.ref("mail.mail_activity_data_todo")
    ).unlink()
    dialogs._sk_start_approval()
    # the recipients' users moved to a table of their own (the approvers use the default)
    reports = env["sk.report"].with_context(active_test=False).search([])
    env.add_to_compute(reports._fields["recipient_user_ids"], reports)
    reports.flush_recordset()
    # company profiles take their preset's new governance settings
    for profile in Profile.search([("is_preset", "=", False), ("preset_id", "!=", False)]):
        profile.write(
            {
                "transformation_team": profile.preset_id.transformation_team,
                "spbe_responsible": profile.preset_id.spbe_responsible,
            }
        )
    _bind_activity_types(env)


# each activity type of the workflows belongs to its model (the data file is noupdate)
BOUND_TYPES = {
    "persetujuan": "sk.penugasan",
    "rekomendasi": "sk.penugasan",
    "penetapan": "sk.penugasan",
    "jawaban": "sk.penugasan",
    "penerimaan": "sk.penugasan",
    "verifikasi": "sk.team",
    "tanda_tangan": "sk.letter",
    "review_result": "project.task",
}


def _bind_activity_types(env):
    # the teams' "set the SK" steps take a type of their own first: a type bound to one
    # model cannot hold another model's activities
    old = env.ref("odoo_sistem_kerja.mail_activity_type_penetapan")
    old.name = "Set the Assignment Letter (SP/Surat Tugas)"
    new = env.ref("odoo_sistem_kerja.mail_activity_type_penetapan_team")
    env["sk.approval.route.step"].search(
        [("route_id.kind", "=", "team"), ("activity_type_id", "=", old.id)]
    ).activity_type_id = new
    env["sk.approval.line"].search(
        [("res_model", "=", "sk.team"), ("activity_type_id", "=", old.id)]
    ).activity_type_id = new
    env["mail.activity"].search(
        [("res_model", "=", "sk.team"), ("activity_type_id", "=", old.id)]
    ).activity_type_id = new
    for name, model in BOUND_TYPES.items():
        env.ref(f"odoo_sistem_kerja.mail_activity_type_{name}").res_model = model
