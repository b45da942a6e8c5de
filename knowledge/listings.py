"""What knowledge offers other parts of the site through the registry: listing sources for
listing blocks and a dashboard panel for editors."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from . import queries


def latest_reports(theme=None, limit=3, locale=None):
    return list(queries.reports_for_listing(locale, theme).filter(is_forthcoming=False)[:limit])


def latest_articles(theme=None, limit=3, locale=None):
    return list(queries.articles_for_listing(locale, theme)[:limit])


def running_projects(theme=None, limit=3, locale=None):
    return list(queries.projects_for_listing(locale, theme).filter(status="ongoing")[:limit])


def dossiers(theme=None, limit=3, locale=None):
    return list(queries.dossiers_for_listing(locale, theme)[:limit])


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
