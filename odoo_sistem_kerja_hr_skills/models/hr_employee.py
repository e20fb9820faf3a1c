from collections import defaultdict

from odoo import api, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    @api.model_create_multi
    def create(self, vals_list):
        employees = super().create(vals_list)
        employees._sk_date_service_line()
        return employees

    def write(self, vals):
        res = super().write(vals)
        if "sk_tmt_cpns" in vals:
            self._sk_date_service_line()
        return res

    def _sk_date_service_line(self):
        """hr_skills opens every resume with an experience line at the company, dated the day
        the record was created (the addon's install day for a whole Pemda imported at once).
        An ASN's service at the Pemda starts at the TMT CPNS: date that line so."""
        experience = self.env.ref("hr_skills.resume_type_experience", raise_if_not_found=False)
        # sudo: the TMT CPNS is an HR field, and whoever may create an employee (and so the
        # line hr_skills writes with their rights) has its line dated by it
        asn = self.sudo().filtered("sk_tmt_cpns")
        if not experience or not asn:
            return
        lines = self.env["hr.resume.line"].search(
            [("employee_id", "in", asn.ids), ("line_type_id", "=", experience.id)],
            order="id",
        )
        first_line = {}
        for line in lines:
            first_line.setdefault(line.employee_id, line)
        by_date = defaultdict(lambda: lines.browse())
        for employee in asn:
            line = first_line.get(employee)
            tmt = employee.sk_tmt_cpns
            if line and line.name == employee.company_id.name and line.date_start != tmt:
                by_date[employee.sk_tmt_cpns] |= line
        for tmt, to_date in by_date.items():
            to_date.write({"date_start": tmt})
