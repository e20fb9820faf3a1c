from . import verification
from . import mpph
