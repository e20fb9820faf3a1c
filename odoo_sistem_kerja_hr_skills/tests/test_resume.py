from datetime import date

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestServiceLine(TransactionCase):
    def _service_line(self, employee):
        experience = self.env.ref("hr_skills.resume_type_experience")
        return employee.resume_line_ids.filtered(lambda line: line.line_type_id == experience)

    def test_asn_resume_starts_at_tmt_cpns(self):
        """An ASN created today (by hand or by an import) has served since the TMT CPNS
        that the NIP carries: the resume says so, not the day of the import."""
        employee = self.env["hr.employee"].create(
            {"name": "Rina Wulandari", "sk_asn_status": "pns", "sk_nip": "198703152010012004"}
        )
        self.assertEqual(employee.sk_tmt_cpns, date(2010, 1, 1))
        line = self._service_line(employee)
        self.assertEqual(line.date_start, date(2010, 1, 1))
        self.assertFalse(line.date_end)
        self.assertEqual(line.name, employee.company_id.name)

    def test_tmt_corrected_later_moves_the_line(self):
        employee = self.env["hr.employee"].create({"name": "Dodi", "sk_asn_status": "pns"})
        self.assertEqual(self._service_line(employee).date_start, date.today())
        employee.sk_tmt_cpns = date(2015, 3, 1)
        self.assertEqual(self._service_line(employee).date_start, date(2015, 3, 1))

    def test_other_staff_keep_odoo_resume(self):
        """A contract worker outside the ASN keeps Odoo's line dated at creation, and a line
        the employee added by hand is left alone."""
        employee = self.env["hr.employee"].create({"name": "Tenaga Kontrak"})
        self.assertEqual(self._service_line(employee).date_start, date.today())
        asn = self.env["hr.employee"].create({"name": "Sari", "sk_asn_status": "pns"})
        own = self.env["hr.resume.line"].create(
            {
                "employee_id": asn.id,
                "name": "Universitas Tanjungpura",
                "date_start": date(2004, 9, 1),
                "date_end": date(2008, 8, 31),
                "line_type_id": self.env.ref("hr_skills.resume_type_experience").id,
            }
        )
        asn.sk_tmt_cpns = date(2009, 1, 1)
        self.assertEqual(own.date_start, date(2004, 9, 1))
        self.assertIn(date(2009, 1, 1), self._service_line(asn).mapped("date_start"))
