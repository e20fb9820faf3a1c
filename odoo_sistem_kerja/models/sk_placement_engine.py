from typing import NamedTuple

from odoo import models

from .jabatan import POSITION_RANK, STRUCTURAL_POSITIONS


class Proposal(NamedTuple):
    penilai: models.BaseModel
    pimpinan: models.BaseModel
    rule: models.BaseModel
    delegation: models.BaseModel
    notes: list
    coordinator: models.BaseModel


class SkRegulationProfile(models.Model):
    """Placement rule engine: derive and check the kedudukan of JF and pelaksana."""

    _inherit = "sk.regulation.profile"

    def _sk_propose(self, employee, unit=None, on_date=None):
        """Penilai and Pimpinan Unit Organisasi of ``employee`` sitting in ``unit``."""
        self.ensure_one()
        Employee = self.env["hr.employee"]
        unit = unit or employee.department_id
        notes = []
        if employee.sk_jenis_jabatan not in ("fungsional", "pelaksana") or not unit:
            return Proposal(
                Employee,
                Employee,
                self.env["sk.placement.rule"],
                self.env["sk.delegation"],
                notes,
                Employee,
            )
        rule, context = self._sk_match_rule(unit, employee)
        if rule:
            head_unit, penilai, vacant = self._sk_rule_target(rule, unit, context, employee)
            penilai_rank = head_unit._sk_head_rank() if head_unit else 0
        else:
            head_unit, penilai, vacant = self._sk_unit_default(unit, employee)
            penilai_rank = head_unit._sk_head_rank() if head_unit else penilai._sk_rank()
        notes += self._sk_vacancy_notes(vacant)
        if self.penilai_override_by_rank and penilai and employee._sk_rank() >= penilai_rank:
            lower = penilai
            head_unit, penilai, vacant = (head_unit or unit)._sk_find_head(
                exclude=employee, above_rank=employee._sk_rank()
            )
            notes += self._sk_vacancy_notes(vacant)
            if not penilai:
                penilai = self._sk_sekda(employee)
            notes.append(
                self.env._(
                    "%(jenjang)s ranks as high as %(lower)s, so the next higher official "
                    "assesses; %(lower)s stays Pimpinan Unit and recommends.",
                    jenjang=employee.sk_jenjang_id.name or employee.sk_jenis_jabatan,
                    lower=lower.name,
                )
            )
        if not penilai:
            notes.append(self.env._("No official could be found to act as Penilai."))
        pengawas = self._sk_pengawas_for_pelaksana(employee, unit, penilai)
        if pengawas:
            notes.append(
                self.env._(
                    "A pelaksana is assessed by a Pengawas where the unit has one: %(pengawas)s.",
                    pengawas=pengawas.name,
                )
            )
            penilai = pengawas
        delegation = self.env["sk.delegation"]._sk_active_for(penilai, unit, on_date)
        if delegation:
            notes.append(
                self.env._(
                    "%(delegator)s delegated the assessment to %(delegate)s.",
                    delegator=penilai.name,
                    delegate=delegation.delegate_id.name,
                )
            )
            penilai = delegation.delegate_id
        coordinator = self._sk_coordinator(unit, employee, penilai)
        return Proposal(
            penilai, self._sk_pimpinan(unit, employee), rule, delegation, notes, coordinator
        )

    def _sk_coordinator(self, unit, employee, penilai):
        """A Pengawas heading the employee's unit who does not assess them coordinates their
        work like a Ketua Tim (Ketua Tim Kerja Substansi; 000 Lamp. II.B.1(e), 002 Lamp.
        II.D.2(l)) and so cannot form a Tim Kerja."""
        head_unit, head, _vacant = unit._sk_find_head(exclude=employee)
        if head_unit.sk_head_position == "pengawas" and head != penilai:
            return head
        return self.env["hr.employee"]

    def _sk_match_rule(self, unit, employee):
        """First rule that fits, looking at the employee's unit, then each unit above."""
        for context in unit._sk_chain():
            for rule in self.rule_ids:
                if rule._sk_applies(context, employee):
                    return rule, context
        return self.env["sk.placement.rule"], unit.browse()

    def _sk_rule_target(self, rule, unit, context, employee):
        if rule.penilai_target == "pd_head":
            start = unit.sk_perangkat_daerah_id or unit
            return start._sk_find_head(exclude=employee)
        if rule.penilai_target == "context_head":
            return context._sk_find_head(exclude=employee)
        if rule.penilai_target == "pengawas_post":
            for post in context | context.child_ids:
                if post.sk_head_position == "pengawas" and post.manager_id not in (False, employee):
                    return post, post.manager_id, []
            return context._sk_find_head(exclude=employee)  # no Pengawas post: the head
        if rule.penilai_target == "nearest_position":
            return unit._sk_find_head(
                exclude=employee, min_rank=POSITION_RANK[rule.target_position]
            )
        return unit._sk_find_head(exclude=employee)

    def _sk_unit_default(self, unit, employee):
        """The unit's own default Penilai (inherited from above), else the direct head."""
        for chain_unit in unit._sk_chain():
            default = chain_unit.sk_default_penilai_id
            if default and default != employee:
                return unit.browse(), default, []
        return unit._sk_find_head(exclude=employee)

    def _sk_pimpinan(self, unit, employee):
        start = unit
        if self.pimpinan_unit_semantics == "pd_head":
            start = unit.sk_perangkat_daerah_id or unit
        return start._sk_find_head(exclude=employee)[1]

    def _sk_sekda(self, employee):
        setda = self.env["hr.department"].search(
            [
                ("sk_unit_type_id.code", "=", "setda"),
                ("company_id", "in", [employee.company_id.id, False]),
            ],
            limit=1,
        )
        sekda = setda.manager_id
        return sekda if sekda != employee else self.env["hr.employee"]

    def _sk_vacancy_notes(self, vacant_units):
        return [
            self.env._(
                "The head post of %(unit)s is vacant or has no holder; the next official up "
                "was taken.",
                unit=vacant.complete_name,
            )
            for vacant in vacant_units
        ]

    # ------------------------------------------------------------------
    # Checks of Perbup/Perwali rules on a kedudukan (spec §2.7)
    # ------------------------------------------------------------------
    def _sk_kedudukan_issues(self, employee, unit, penilai, on_date=None):
        """Broken rules as (level, message); level is "block" or "warn"."""
        self.ensure_one()
        issues = []
        checks = [
            (self.check_penilai_eligibility, self._sk_eligibility_issue),
            (self.check_pelaksana_rule, self._sk_pelaksana_issue),
            (self.check_rule_conformity, self._sk_conformity_issue),
        ]
        for level, check in checks:
            if level == "off":
                continue
            message = check(employee, unit, penilai, on_date)
            if message:
                issues.append((level, message))
        return issues

    def _sk_can_assess(self, penilai, on_date=None):
        if penilai.sk_jenis_jabatan in STRUCTURAL_POSITIONS:
            return True
        heads_mandiri_unit = self.env["hr.department"].search_count(
            [("manager_id", "=", penilai.id), ("sk_head_position", "=", "jf")], limit=1
        )
        if heads_mandiri_unit:
            return True
        return bool(self.env["sk.delegation"]._sk_held_by(penilai, on_date))

    def _sk_eligibility_issue(self, employee, unit, penilai, on_date):
        if self._sk_can_assess(penilai, on_date):
            return None
        return self.env._(
            "%(penilai)s cannot be a Pejabat Penilai Kinerja: a Penilai holds a JPT, "
            "Administrator or Pengawas post, leads a unit kerja mandiri as JF, or holds a "
            "recorded delegation.",
            penilai=penilai.name,
        )

    def _sk_pelaksana_issue(self, employee, unit, penilai, on_date):
        if employee.sk_jenis_jabatan != "pelaksana" or penilai.sk_jenis_jabatan == "pengawas":
            return None
        if penilai.sk_jenis_jabatan == "administrator" and not self._sk_has_pengawas(unit):
            return None
        return self.env._(
            "A pelaksana is assessed by a Pengawas, or by an Administrator only where the "
            "unit has no Pengawas: %(penilai)s cannot assess %(employee)s.",
            penilai=penilai.name,
            employee=employee.name,
        )

    def _sk_pengawas_for_pelaksana(self, employee, unit, penilai):
        """Under the pelaksana rule (Perwali Langsa Pasal 7(4)), the Pengawas a pelaksana
        proposed to an Administrator goes to instead: the first filled Pengawas post of the
        unit's sub-units. The proposal then agrees with the profile's own check."""
        if (
            self.check_pelaksana_rule == "off"
            or employee.sk_jenis_jabatan != "pelaksana"
            or penilai.sk_jenis_jabatan != "administrator"
        ):
            return self.env["hr.employee"]
        heads = unit.child_ids.filtered(
            lambda child: child.sk_head_position == "pengawas" and child.manager_id
        ).manager_id
        return heads[:1]

    def _sk_has_pengawas(self, unit):
        """Whether a Pengawas post leads the unit, a unit above it below the Administrator,
        or (for a unit led by an Administrator) one of its sub-units."""
        for chain_unit in unit._sk_chain():
            if chain_unit.sk_head_position == "pengawas":
                return True
            if chain_unit.sk_head_position == "administrator":
                break
        return any(child.sk_head_position == "pengawas" for child in unit.child_ids)

    def _sk_conformity_issue(self, employee, unit, penilai, on_date):
        proposal = self._sk_propose(employee, unit, on_date)
        if not proposal.rule or not proposal.penilai or proposal.penilai == penilai:
            return None
        return self.env._(
            "Under %(profile)s the Penilai of %(employee)s is %(expected)s (%(rule)s), "
            "not %(penilai)s.",
            profile=self.display_name,
            employee=employee.name,
            expected=proposal.penilai.name,
            rule=proposal.rule.name,
            penilai=penilai.name,
        )
