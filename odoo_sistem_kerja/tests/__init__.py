from . import test_sealed_records
