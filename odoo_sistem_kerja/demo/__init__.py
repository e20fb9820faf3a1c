# The demo Pemda is produced through the real engine: these generators are called by the
# demo data files (<function>), and define no model of their own.
from . import sk_kinerja_demo
from . import sk_work_demo
