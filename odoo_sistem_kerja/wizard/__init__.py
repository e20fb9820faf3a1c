from . import sk_kedudukan_bulk_wizard
from . import sk_approval_reason_wizard
from . import sk_letter_sign_wizard
from . import sk_ekinerja_export_wizard
from . import sk_report_wizards
