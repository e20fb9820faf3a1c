from . import hr_employee
