"""Position (jabatan) vocabulary shared by employees, units and the placement rules.

Ranks express the equivalence used by the placement rules: a JF's jenjang carries the rank
of the structural post it was converted from (Ahli Utama ~ JPT, Ahli Madya ~ Administrator,
Ahli Muda ~ Pengawas; PermenPAN-RB 17/2021, Perbup Pasuruan 217/2023 Lamp. I.1).
"""

JENIS_JABATAN = [
    ("jpt_madya", "JPT Madya"),
    ("jpt_pratama", "JPT Pratama"),
    ("administrator", "Administrator"),
    ("pengawas", "Pengawas"),
    ("pelaksana", "Pelaksana"),
    ("fungsional", "Fungsional"),
]

# Post types a unit head can hold; "jf" is a JF appointed to lead a unit kerja mandiri.
HEAD_POSITIONS = [
    ("jpt_madya", "JPT Madya"),
    ("jpt_pratama", "JPT Pratama"),
    ("administrator", "Administrator"),
    ("pengawas", "Pengawas"),
    ("jf", "Jabatan Fungsional (unit kerja mandiri)"),
]

POSITION_RANK = {
    "jpt_madya": 50,
    "jpt_pratama": 40,
    "administrator": 30,
    "pengawas": 20,
    "pelaksana": 0,
}

# Posts that may assess (KED-01, KED-03); a JF only when leading a unit kerja mandiri.
STRUCTURAL_POSITIONS = ("jpt_madya", "jpt_pratama", "administrator", "pengawas")

KATEGORI_JF = [("keahlian", "Keahlian"), ("keterampilan", "Keterampilan")]
