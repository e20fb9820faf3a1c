from . import test_resume
