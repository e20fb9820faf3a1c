from . import test_access_matrix
from . import test_bad_input
from . import test_concurrent_decisions
from . import test_engine_probe
from . import test_sealed_records
from . import test_sealed_work
from . import test_batched_decisions
from . import test_governed_units
