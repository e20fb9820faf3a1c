"""The employee form of an ASN reads as a Pemda's (issue 22 item 10): the header names the
jabatan, Odoo's job position and onboarding plans stay with other staff."""

from lxml import etree

from odoo.tools.safe_eval import safe_eval

from odoo.addons.odoo_sistem_kerja.tests.common import SistemKerjaCase


class TestEmployeeForm(SistemKerjaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.build_organisation()
        cls.jf = cls.make_employee("Dodi", cls.bidang, "fungsional", "ahli_muda")
        cls.staff = cls.env["hr.employee"].create({"name": "Tenaga Kebersihan (outsourcing)"})

    def test_the_header_of_a_jf_names_his_jabatan(self):
        self.assertEqual(self.jf.job_title, "Pranata Komputer Ahli Muda")
        self.jf.sk_jenjang_id = self.jenjang("ahli_madya")
        self.assertEqual(self.jf.job_title, "Pranata Komputer Ahli Madya")
        # what everyone reads of a colleague
        self.env.flush_all()
        self.env.invalidate_all()
        public = self.env["hr.employee.public"].browse(self.jf.id)
        self.assertEqual(public.job_title, "Pranata Komputer Ahli Madya")

    def test_a_title_given_by_hand_or_a_job_position_is_kept(self):
        head = self.heads["Kabid"]
        head.job_title = "Kepala Bidang Aplikasi Informatika"
        head.write({"sk_jenis_jabatan": "pelaksana", "sk_asn_status": "pppk"})
        head.sk_jenis_jabatan = "administrator"
        self.assertEqual(head.job_title, "Kepala Bidang Aplikasi Informatika")
        job = self.env["hr.job"].create({"name": "Pengelola Situs Web"})
        self.jf.job_id = job
        self.assertEqual(self.jf.job_title, "Pengelola Situs Web")

    def visible(self, employee, xpath):
        arch = etree.fromstring(self.env["hr.employee"].get_view(view_type="form")["arch"])
        [node] = arch.xpath(xpath)
        values = {
            "active": employee.active,
            "id": employee.id,
            "sk_asn_status": employee.sk_asn_status,
        }
        return not safe_eval(node.get("invisible") or "False", values)

    def test_job_position_and_launch_plan_are_for_other_staff(self):
        launch = "//header/button[@name='%d']" % self.env.ref("hr.plan_wizard_action").id
        job = "//group/field[@name='department_id']/following-sibling::field[@name='job_id']"
        self.assertFalse(self.visible(self.jf, launch))
        self.assertFalse(self.visible(self.jf, job))
        self.assertTrue(self.visible(self.staff, launch))
        self.assertTrue(self.visible(self.staff, job))
