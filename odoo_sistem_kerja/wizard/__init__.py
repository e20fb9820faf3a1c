from . import sk_kedudukan_bulk_wizard
