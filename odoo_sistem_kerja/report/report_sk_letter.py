from odoo import api, models


class ReportSkLetter(models.AbstractModel):
    """A prepared letter: the Surat Tugas of an employee with the roles it lists, or the
    SK of several Tim Kerja. Before signature it prints as a concept without number or QR."""

    _name = "report.odoo_sistem_kerja.report_sk_letter"
    _inherit = "report.odoo_sistem_kerja.report_surat_tugas"
    _description = "Letter"

    def _sk_documents(self, docids):
        return self.env["sk.letter"].browse(docids)

    def _sk_assignees(self, letter):
        # sudo: the letter prints its employee for anyone who may print it
        return letter.sudo().employee_id

    def _sk_unit(self, letter):
        return letter.department_id

    def _sk_tmt(self, letter):
        return letter.date_tmt

    def _sk_roles(self, letter, employee, tmt):
        return [
            {"label": role.name, "tasks": [t for t in (role.tasks or "").splitlines() if t.strip()]}
            # sudo: same
            for role in letter.sudo().role_ids
        ]

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self._sk_documents(docids)
        decree = self.env["report.odoo_sistem_kerja.report_sk_tim_kerja"]
        letters = []
        for doc in docs:
            if doc.letter_type == "surat_tugas":
                letters += self._sk_letters_of(doc)
            else:
                letters.append(decree._sk_decree_of(doc, doc.team_ids, self._name[7:]))
        return {"doc_ids": docids, "doc_model": docs._name, "docs": docs, "letters": letters}
