"""What a Pimpinan Unit who is not the Penilai agrees or recommends becomes final only after
the officials the regulation names have been consulted, in order, through the approval
engine (Perbup Pasuruan 13/2024 Lamp. II.D.1, II.D.5-6; spec KIN-03). The steps are the
profile's route of the model's kind, chosen by the unit (an RSUD, or a unit inside one) and
by the jenjang of the employee concerned (an Ahli Utama is assessed by the Sekda)."""

from odoo import models
from odoo.exceptions import UserError


class SkConsultationMixin(models.AbstractModel):
    _name = "sk.consultation.mixin"
    _inherit = ["sk.approval.mixin"]
    _description = "Sistem Kerja Consultation"
    _sk_route_kind = None  # the sk.approval.route kind of the model

    def _sk_consultation_people(self):
        """(the official who agrees or recommends, the employee concerned)."""
        raise NotImplementedError

    def _sk_profile(self):
        return self.company_id._sk_profile()

    def _sk_consultation_route(self):
        """The route of consultations for this record, or an empty recordset."""
        self.ensure_one()
        # sudo: the units and jenjang of both officials pick the route, whoever asks
        holder, employee = (person.sudo() for person in self._sk_consultation_people())
        unit = holder.department_id
        units = unit.browse([int(unit_id) for unit_id in (unit.parent_path or "").split("/")[:-1]])
        return self._sk_profile()._sk_route(
            self._sk_route_kind,
            unit_type=units.sk_unit_type_id,
            jenjang=employee.sk_jenjang_id,
        )

    def _sk_route(self):
        route = self._sk_consultation_route()
        if not route:
            raise UserError(
                self.env._("The regulation profile names nobody to consult or to confirm this.")
            )
        return route

    def _sk_role_context(self):
        # sudo: the officials of the route are resolved from the organisation, whoever acts
        holder, employee = (person.sudo() for person in self._sk_consultation_people())
        return {
            "owner_unit": holder.department_id,
            "home_unit": employee.department_id,
            "employee": employee,
            "requester": holder,
        }
