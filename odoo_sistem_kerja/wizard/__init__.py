from . import sk_kedudukan_bulk_wizard
from . import sk_approval_reason_wizard
