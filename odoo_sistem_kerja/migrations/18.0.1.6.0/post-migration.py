"""18.0.1.6.0: the presets of Lombok Barat, Kotawaringin Barat and the custom one gain a
review chain for the results of a Seksi or Subbagian (the Pengawas reviews, the
Administrator above accepts), and Lombok Barat's Penilai asal is copied on the surat
penugasan across PD even as its signer. Company profiles hold copies of their preset's
routes: give them the same."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    Profile = env["sk.regulation.profile"]
    pengawas = env.ref("odoo_sistem_kerja.unit_type_seksi")
    for profile in Profile.search([("is_preset", "=", False)]):
        preset = profile.preset_id or Profile._sk_default_preset()
        routes = preset.route_ids.filtered(
            lambda r: r.kind == "result" and pengawas in r.unit_type_ids
        )
        has = profile.route_ids.filtered(
            lambda r: r.kind == "result" and pengawas in r.unit_type_ids
        )
        if routes and not has:
            routes.copy({"profile_id": profile.id})
        signer_copied = preset.route_ids.step_ids.filtered("copied_on_letter")
        for step in signer_copied:
            profile.route_ids.filtered(
                lambda r, route=step.route_id: (r.kind, r.method, r.scope)
                == (route.kind, route.method, route.scope)
            ).step_ids.filtered(
                lambda s, step=step: s.sequence == step.sequence and s.actor_role == step.actor_role
            ).copied_on_letter = True
