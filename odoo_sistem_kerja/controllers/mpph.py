from odoo import http
from odoo.http import content_disposition, request


class MatriksPembagianPeran(http.Controller):
    # read-only: served by the PostgreSQL replica where Odoo has one (db_replica_host)
    @http.route(
        "/sistem-kerja/mpph/<int:pk_id>/xlsx",
        type="http",
        auth="user",
        methods=["GET"],
        readonly=True,
    )
    def mpph_xlsx(self, pk_id):
        """The MPPH of a Perjanjian Kinerja as XLSX, for whoever may read the agreement."""
        pk = request.env["sk.perjanjian.kinerja"].browse(pk_id).exists()
        if not pk:
            raise request.not_found()
        pk.check_access("read")
        return request.make_response(
            pk._sk_mpph_xlsx(),
            headers=[
                (
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ),
                ("Content-Disposition", content_disposition(pk._sk_mpph_filename())),
            ],
        )
