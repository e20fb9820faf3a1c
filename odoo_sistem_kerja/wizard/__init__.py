from . import sk_kedudukan_bulk_wizard
from . import sk_approval_reason_wizard
from . import sk_letter_sign_wizard
