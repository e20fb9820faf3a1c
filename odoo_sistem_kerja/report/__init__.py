from . import report_surat_tugas
