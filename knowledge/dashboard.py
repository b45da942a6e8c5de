"""A dashboard panel: forthcoming publications, overdue ones marked, for editors."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from . import queries


class ForthcomingReportsPanel(Component):
    name = "forthcoming_reports"
    template_name = "knowledge/admin/forthcoming_reports_panel.html"
    order = 150

    def __init__(self, reports):
        self.reports = reports

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        rows = [
            {
                "report": report,
                "overdue": report.expected_date is not None and report.expected_date < today,
            }
            for report in self.reports
        ]
        return {"rows": rows, "heading": _("Forthcoming publications")}


def forthcoming_reports_panel(request):
    user = getattr(request, "user", None)
    if user is None or not user.has_perm("wagtailadmin.access_admin"):
        return None
    return ForthcomingReportsPanel(queries.forthcoming_reports()[:10])
