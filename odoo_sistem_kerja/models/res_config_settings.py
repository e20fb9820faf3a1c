from odoo import api, fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    sk_profile_id = fields.Many2one(related="company_id.sk_profile_id")
    sk_preset_id = fields.Many2one(
        "sk.regulation.profile",
        string="Regulation Preset",
        domain="[('is_preset', '=', True)]",
        help="Choosing a preset fills every setting below and replaces the placement rules.",
    )
    sk_instrument_type = fields.Selection(related="sk_profile_id.instrument_type", readonly=False)
    sk_instrument_number = fields.Char(related="sk_profile_id.instrument_number", readonly=False)
    sk_instrument_year = fields.Integer(related="sk_profile_id.instrument_year", readonly=False)
    sk_instrument_title = fields.Char(related="sk_profile_id.instrument_title", readonly=False)
    sk_regional_head_title = fields.Char(
        related="sk_profile_id.regional_head_title", readonly=False
    )
    sk_pimpinan_unit_semantics = fields.Selection(
        related="sk_profile_id.pimpinan_unit_semantics", readonly=False
    )
    sk_show_level_labels = fields.Boolean(related="sk_profile_id.show_level_labels", readonly=False)
    sk_penilai_override_by_rank = fields.Boolean(
        related="sk_profile_id.penilai_override_by_rank", readonly=False
    )
    sk_check_penilai_eligibility = fields.Selection(
        related="sk_profile_id.check_penilai_eligibility", readonly=False
    )
    sk_check_pelaksana_rule = fields.Selection(
        related="sk_profile_id.check_pelaksana_rule", readonly=False
    )
    sk_check_rule_conformity = fields.Selection(
        related="sk_profile_id.check_rule_conformity", readonly=False
    )
    sk_check_kedudukan_for_assignment = fields.Selection(
        related="sk_profile_id.check_kedudukan_for_assignment", readonly=False
    )
    sk_kedudukan_signer = fields.Selection(related="sk_profile_id.kedudukan_signer", readonly=False)

    sk_signer_individual = fields.Selection(
        related="sk_profile_id.signer_individual", readonly=False
    )
    sk_signer_team = fields.Selection(related="sk_profile_id.signer_team", readonly=False)
    sk_team_member_letters = fields.Selection(
        related="sk_profile_id.team_member_letters", readonly=False
    )
    sk_doc_name_individual = fields.Selection(
        related="sk_profile_id.doc_name_individual", readonly=False
    )
    sk_number_pattern_individual = fields.Char(
        related="sk_profile_id.number_pattern_individual", readonly=False
    )
    sk_number_pattern_team = fields.Char(
        related="sk_profile_id.number_pattern_team", readonly=False
    )
    sk_number_pattern_correspondence = fields.Char(
        related="sk_profile_id.number_pattern_correspondence", readonly=False
    )
    sk_report_team_to = fields.Selection(related="sk_profile_id.report_team_to", readonly=False)
    sk_report_individual_to = fields.Selection(
        related="sk_profile_id.report_individual_to", readonly=False
    )
    sk_report_cadence = fields.Selection(related="sk_profile_id.report_cadence", readonly=False)
    sk_report_days = fields.Integer(related="sk_profile_id.report_days", readonly=False)
    sk_check_dialog_kinerja = fields.Selection(
        related="sk_profile_id.check_dialog_kinerja", readonly=False
    )
    sk_coordinate_with_penilai = fields.Boolean(
        related="sk_profile_id.coordinate_with_penilai", readonly=False
    )
    sk_letter_tembusan = fields.Text(related="sk_profile_id.letter_tembusan", readonly=False)
    sk_letter_legal_basis = fields.Text(related="sk_profile_id.letter_legal_basis", readonly=False)

    @api.model
    def get_values(self):
        values = super().get_values()
        values["sk_preset_id"] = self.env.company.sk_profile_id.preset_id.id
        return values

    @api.onchange("sk_preset_id")
    def _onchange_sk_preset_id(self):
        """Show the preset's values at once; they are saved with the settings."""
        preset = self.sk_preset_id
        if not preset or preset == self.sk_profile_id.preset_id:
            return
        for name in preset._sk_setting_fields():
            if f"sk_{name}" in self._fields:
                self[f"sk_{name}"] = preset[name]

    def set_values(self):
        res = super().set_values()
        profile = self.sk_profile_id
        preset = self.sk_preset_id
        if profile and preset and preset != profile.preset_id:
            # the settings shown here were filled by the onchange (and may have been edited
            # since); the others, and the rule and route tables, come with the preset
            hidden = {
                name: value
                for name, value in preset._sk_preset_values().items()
                if f"sk_{name}" not in self._fields
            }
            profile.write({**hidden, "preset_id": preset.id})
            profile._sk_copy_tables_from(preset)
        return res

    def action_sk_open_placement_rules(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "odoo_sistem_kerja.sk_regulation_profile_action"
        )
        action.update(res_id=self.sk_profile_id.id, views=[(False, "form")], view_mode="form")
        return action
