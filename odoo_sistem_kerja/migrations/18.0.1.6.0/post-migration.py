"""18.0.1.6.0, the work cycle as the regulations write it and every user landing on their work.

- The presets of Lombok Barat, Kotawaringin Barat and the custom one gain a review chain for
  the results of a Seksi or Subbagian (the Pengawas reviews, the Administrator above
  accepts), and Lombok Barat's Penilai asal is copied on the surat penugasan across PD even
  as its signer. Company profiles hold copies of their preset's routes: they get the same.
- A step of the Kotawaringin Barat routes that serve both forms no longer reads as if an
  individual assignment set an SK Tim Kerja.
- Users of Sistem Kerja without a home action land on their role's work.
- The mekanisme kerja stages are nobody's personal stages (created by the superuser, they
  were its own).
"""

from odoo import SUPERUSER_ID, api

STAGES = ("perencanaan", "pelaksanaan", "evaluasi", "selesai")
RENAMED = {
    "The Kepala PD pemilik kinerja sets the SK Tim Kerja": {
        "en_US": "The Kepala PD pemilik kinerja sets the assignment (for a team, its SK Tim Kerja)",
        "id_ID": "Kepala PD pemilik kinerja menetapkan penugasan (untuk tim, SK Tim Kerja-nya)",
    },
}


def _company_routes(env):
    Profile = env["sk.regulation.profile"]
    pengawas = env.ref("odoo_sistem_kerja.unit_type_seksi")

    def pengawas_results(routes):
        return routes.filtered(lambda r: r.kind == "result" and pengawas in r.unit_type_ids)

    for profile in Profile.search([("is_preset", "=", False)]):
        preset = profile.preset_id or Profile._sk_default_preset()
        if not pengawas_results(profile.route_ids):
            pengawas_results(preset.route_ids).copy({"profile_id": profile.id})
        for step in preset.route_ids.step_ids.filtered("copied_on_letter"):
            route = step.route_id
            profile.route_ids.filtered(
                lambda r, route=route: (r.kind, r.method, r.scope)
                == (route.kind, route.method, route.scope)
            ).step_ids.filtered(
                lambda s, step=step: (s.sequence, s.actor_role) == (step.sequence, step.actor_role)
            ).copied_on_letter = True


def _renamed_steps(env):
    for old, names in RENAMED.items():
        steps = env["sk.approval.route.step"].search([("name", "=", old)])
        for lang, name in names.items():
            if env["res.lang"]._lang_get(lang):
                steps.with_context(lang=lang).name = name


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    _company_routes(env)
    _renamed_steps(env)
    asn = env.ref("odoo_sistem_kerja.group_sk_asn")
    users = env["res.users"].with_context(active_test=False).search([("groups_id", "in", asn.ids)])
    users._sk_land_on_role()
    for code in STAGES:
        stage = env.ref(f"odoo_sistem_kerja.project_stage_{code}", raise_if_not_found=False)
        if stage:
            stage.user_id = False
