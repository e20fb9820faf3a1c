from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

from .jabatan import HEAD_POSITIONS, POSITION_RANK


class HrDepartment(models.Model):
    """Unit Organisasi: the HR department tree, with the facts the Sistem Kerja needs."""

    _inherit = "hr.department"
    # spreadsheets name units by their own name or code, not their full path
    _rec_names_search = ["complete_name", "name", "sk_unit_code"]

    sk_unit_type_id = fields.Many2one("sk.unit.type", string="Unit Type", index=True, tracking=True)
    sk_is_perangkat_daerah = fields.Boolean(
        related="sk_unit_type_id.is_perangkat_daerah", string="Is a Perangkat Daerah"
    )
    sk_perangkat_daerah_id = fields.Many2one(
        "hr.department",
        string="Perangkat Daerah",
        compute="_compute_sk_perangkat_daerah_id",
        store=True,
        recursive=True,
        index=True,
        help="The topmost unit above (or this unit itself) whose type is a Perangkat Daerah; "
        "a root unit of another type counts as its own.",
    )
    sk_level = fields.Integer(
        string="Structural Level",
        compute="_compute_sk_level",
        store=True,
        readonly=False,
        recursive=True,
        help="Level I is the Perangkat Daerah itself, Level II the units directly below it, "
        "and so on. Can be corrected by hand.",
    )
    sk_unit_code = fields.Char(
        string="Unit Code", help="Code used in letter numbers, e.g. 423.105 for a PD."
    )
    sk_head_position = fields.Selection(
        HEAD_POSITIONS,
        string="Head Post Type",
        compute="_compute_sk_head_position",
        store=True,
        readonly=False,
        tracking=True,
        help="Post type of the head of this unit, whether or not it is filled.",
    )
    sk_is_unit_kerja_mandiri = fields.Boolean(
        string="Unit Kerja Mandiri",
        compute="_compute_sk_is_unit_kerja_mandiri",
        store=True,
        help="Led by a JF appointed to lead an independent unit (e.g. Puskesmas, school).",
    )
    sk_default_penilai_id = fields.Many2one(
        "hr.employee",
        string="Default Pejabat Penilai Kinerja",
        check_company=True,
        tracking=True,
        help="Penilai proposed for the JF and pelaksana of this unit (and the units below it) "
        "when no placement rule of the regulation profile applies.",
    )
    sk_governing_user_ids = fields.Many2many(
        "res.users",
        "sk_department_governing_user_rel",
        "department_id",
        "user_id",
        string="Governed By",
        compute="_compute_sk_governing_user_ids",
        store=True,
        recursive=True,
        compute_sudo=True,
        help="Users heading this unit or a unit above it: record rules open a unit and "
        "everything below it to its head by this stored set.",
    )
    sk_structure_simplified = fields.Boolean(
        string="Structure Simplified",
        default=True,
        help="Cleared for units that kept more than two structural levels.",
    )

    @api.depends("sk_unit_type_id.is_perangkat_daerah", "parent_id.sk_perangkat_daerah_id")
    def _compute_sk_perangkat_daerah_id(self):
        for unit in self:
            above = unit.parent_id.sk_perangkat_daerah_id
            if above.sk_unit_type_id.is_perangkat_daerah:
                unit.sk_perangkat_daerah_id = above
            elif unit.sk_unit_type_id.is_perangkat_daerah or not unit.parent_id:
                unit.sk_perangkat_daerah_id = unit
            else:
                unit.sk_perangkat_daerah_id = above

    @api.depends("manager_id.user_id", "parent_id.sk_governing_user_ids")
    def _compute_sk_governing_user_ids(self):
        for unit in self:
            unit.sk_governing_user_ids = (
                unit.parent_id.sk_governing_user_ids | unit.manager_id.user_id
            )

    @api.depends("parent_id.sk_level", "sk_perangkat_daerah_id")
    def _compute_sk_level(self):
        for unit in self:
            if not unit.sk_perangkat_daerah_id or unit.sk_perangkat_daerah_id == unit:
                unit.sk_level = 1
            else:
                unit.sk_level = (unit.parent_id.sk_level or 0) + 1

    @api.depends("sk_unit_type_id")
    def _compute_sk_head_position(self):
        for unit in self:
            if unit.sk_unit_type_id.default_head_position:
                unit.sk_head_position = unit.sk_unit_type_id.default_head_position
            else:
                unit.sk_head_position = unit.sk_head_position

    @api.depends("sk_head_position")
    def _compute_sk_is_unit_kerja_mandiri(self):
        for unit in self:
            unit.sk_is_unit_kerja_mandiri = unit.sk_head_position == "jf"

    @api.constrains("sk_level")
    def _check_sk_level(self):
        if any(unit.sk_level < 1 for unit in self):
            raise ValidationError(self.env._("The structural level starts at I (1)."))

    # Odoo lets every employee write departments (hr's access list); the tree and the facts
    # that decide who approves and who assesses are the Admin Kepegawaian's alone.
    @api.model
    def _sk_check_tree_rights(self, names):
        tree = {"parent_id", "manager_id", "company_id", "active", "name"}
        touched = {name for name in names if name in tree or name.startswith("sk_")}
        if (
            touched
            and not self.env.su
            and not self.env.user.has_group("odoo_sistem_kerja.group_sk_admin")
        ):
            raise AccessError(
                self.env._(
                    "Only the Admin Kepegawaian changes the Unit Organisasi tree and its "
                    "heads, types, codes and default Penilai."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._sk_check_tree_rights(vals)
        units = super().create(vals_list)
        units._sk_settle_governance()
        return units

    def write(self, vals):
        self._sk_check_tree_rights(vals)
        res = super().write(vals)
        if {"manager_id", "parent_id"} & set(vals):
            self._sk_settle_governance()
        return res

    def _sk_settle_governance(self):
        """Record rules read ``sk_governing_user_ids`` through a many2many condition, which
        Odoo 18 does not flush before searching: the change that moves it settles it, so
        the next search in the same transaction already sees the new heads."""
        self.env["hr.department"].flush_model(["sk_governing_user_ids"])

    # ------------------------------------------------------------------
    # Organisation lookups used by the placement rules and approvals
    # ------------------------------------------------------------------
    def _sk_chain(self):
        """This unit and its ancestors, nearest first."""
        self.ensure_one()
        ids = [int(i) for i in self.parent_path.split("/") if i]
        return self.browse(reversed(ids))

    def _sk_prefetch_chains(self):
        """Read these units and every unit above them at once, with what the placement
        rules look at: placing thousands of employees then reads no unit again."""
        chains = self.browse(
            {int(i) for unit in self for i in (unit.parent_path or "").split("/") if i}
        )
        chains.fetch(
            [
                "manager_id",
                "parent_id",
                "child_ids",
                "sk_head_position",
                "sk_default_penilai_id",
                "sk_unit_type_id",
                "sk_perangkat_daerah_id",
            ]
        )

    def _sk_head_rank(self):
        """Equivalence rank of this unit's head post (a JF head: the holder's jenjang)."""
        self.ensure_one()
        if self.sk_head_position == "jf":
            return self.manager_id.sk_jenjang_id.rank or 0
        return POSITION_RANK.get(self.sk_head_position, 0)

    def _sk_find_head(self, exclude=None, min_rank=None, above_rank=None):
        """Walk up from this unit to the first filled head post that qualifies.

        :param exclude: employee who cannot be their own head (skipped)
        :param min_rank: the post rank must be at least this (nearest Administrator, ...)
        :param above_rank: the post rank must be strictly above this
        :return: (unit, head employee, list of vacant units passed on the way)
        """
        self.ensure_one()
        vacant = []
        for unit in self._sk_chain():
            rank = unit._sk_head_rank()
            if min_rank is not None and rank < min_rank:
                continue
            if above_rank is not None and rank <= above_rank:
                continue
            head = unit.manager_id
            if head and head != exclude:
                return unit, head, vacant
            if not head:
                vacant.append(unit)
        return self.browse(), self.env["hr.employee"], vacant
