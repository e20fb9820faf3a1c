"""The organisation the tests (and the benchmark) build: a small Pemda with its officials.

Free of ``odoo.tests`` so that ``bench/benchmark.py`` can use it outside test mode.
"""

from itertools import count

_nip_serial = count()


def next_nip(gender="1"):
    """A well-formed, unique NIP: born in 1985, TMT March 2010, serial 001-999 per birthday."""
    serial = next(_nip_serial)
    day = serial // 999
    return f"1985{1 + day // 28 % 12:02d}{1 + day % 28:02d}201003{gender}{serial % 999 + 1:03d}"


class OrganisationMixin:
    """Builds a small Pemda: Setda, two Dinas, a Kecamatan with a Kelurahan, UPTDs."""

    @classmethod
    def sk_ref(cls, xmlid):
        return cls.env.ref(f"odoo_sistem_kerja.{xmlid}")

    @classmethod
    def jenjang(cls, code):
        return cls.sk_ref(f"jenjang_{code}")

    @classmethod
    def make_employee(cls, name, unit, jenis, jenjang=None, company=None, **vals):
        return cls.env["hr.employee"].create(
            cls.employee_values(name, unit, jenis, jenjang, company, **vals)
        )

    @classmethod
    def employee_values(cls, name, unit, jenis, jenjang=None, company=None, **vals):
        values = {
            "name": name,
            "department_id": unit.id if unit else False,
            "company_id": (company or cls.company).id,
            "sk_jenis_jabatan": jenis,
            "sk_asn_status": "pns",
            "sk_nip": next_nip(),
        }
        if jenis == "fungsional":
            jenjang = cls.jenjang(jenjang or "ahli_pertama")
            values.update(
                sk_jabatan_fungsional_id=cls.sk_ref("jf_pranata_komputer").id,
                sk_kategori_jf=jenjang.kategori,
                sk_jenjang_id=jenjang.id,
            )
        values.update(vals)
        return values

    @classmethod
    def make_unit(cls, name, unit_type, parent=None, head=None, company=None, **vals):
        values = {
            "name": name,
            "parent_id": parent.id if parent else False,
            "sk_unit_type_id": cls.sk_ref(f"unit_type_{unit_type}").id,
            "company_id": (company or cls.company).id,
        }
        values.update(vals)
        unit = cls.env["hr.department"].create(values)
        if head:
            head_name, head_jenis = head[:2]
            jenjang = head[2] if len(head) > 2 else None
            unit.manager_id = cls.make_employee(
                head_name, unit, head_jenis, jenjang=jenjang, company=unit.company_id
            )
        return unit

    @classmethod
    def build_organisation(cls):
        mk = cls.make_unit
        cls.setda = mk("Sekretariat Daerah", "setda", head=("Sekda", "jpt_pratama"))
        cls.asisten = mk(
            "Asisten Pemerintahan",
            "asisten",
            cls.setda,
            head=("Asisten", "jpt_pratama"),
        )
        cls.bagian = mk("Bagian Organisasi", "bagian", cls.asisten, head=("Kabag", "administrator"))
        cls.dinas = mk("Dinas Kominfo", "dinas", head=("Kadis", "jpt_pratama"))
        cls.sekretariat = mk(
            "Sekretariat Dinas",
            "sekretariat",
            cls.dinas,
            head=("Sekretaris", "administrator"),
        )
        cls.bidang = mk("Bidang Aptika", "bidang", cls.dinas, head=("Kabid", "administrator"))
        cls.seksi = mk("Seksi Infrastruktur", "seksi", cls.bidang, head=("Kasi", "pengawas"))
        cls.dinkes = mk("Dinas Kesehatan", "dinas", head=("Kadinkes", "jpt_pratama"))
        cls.puskesmas = mk(
            "UPTD Puskesmas Kota",
            "puskesmas",
            cls.dinkes,
            head=("Kapus", "fungsional", "ahli_muda"),
        )
        cls.labkesda = mk("UPTD Labkesda", "uptd", cls.dinkes, head=("Ka UPTD", "pengawas"))
        cls.kecamatan = mk("Kecamatan Kota", "kecamatan", head=("Camat", "administrator"))
        cls.seksi_kec = mk(
            "Seksi Pemerintahan", "seksi", cls.kecamatan, head=("Kasi Pem", "pengawas")
        )
        cls.kelurahan = mk("Kelurahan Baru", "kelurahan", cls.kecamatan, head=("Lurah", "pengawas"))
        cls.heads = {
            unit.manager_id.name: unit.manager_id
            for unit in cls.env["hr.department"].search([("company_id", "=", cls.company.id)])
            if unit.manager_id
        }

    @classmethod
    def use_preset(cls, code, company=None):
        company = company or cls.company
        profile = company._sk_profile()
        profile.preset_id = cls.sk_ref(f"profile_preset_{code}")
        profile.action_apply_preset()
        return profile
