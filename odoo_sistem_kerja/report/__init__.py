from . import report_surat_tugas
from . import report_sk_tim_kerja
from . import report_penugasan_correspondence
from . import report_sk_letter
from . import report_mpph
