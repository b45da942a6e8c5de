"""The admin dashboard for communications staff: what is waiting for approval, plus the
panels apps register (upcoming events, forthcoming reports, registrations)."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from .registry import registry

logger = logging.getLogger(__name__)


def pages_awaiting_approval(limit: int = 10) -> list[dict]:
    """Pages in a moderation workflow that is still running, newest first. Three queries."""
    page_type = ContentType.objects.get_for_model(Page)
    states = list(
        WorkflowState.objects.active()
        .filter(base_content_type=page_type)
        .select_related("requested_by", "current_task_state__task")
        .order_by("-created_at")[:limit]
    )
    pages = Page.objects.in_bulk([int(state.object_id) for state in states])
    rows = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is not None:
            task_state = state.current_task_state
            rows.append(
                {
                    "page": page,
                    "requested_by": state.requested_by,
                    "since": state.created_at,
                    "task": task_state.task if task_state else None,
                }
            )
    return rows


class PagesAwaitingApprovalPanel(Component):
    name = "pages_awaiting_approval"
    order = 90
    template_name = "atelier/dashboard/pages_awaiting_approval.html"
    heading = _("Pages awaiting approval")

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["heading"] = self.heading
        context["rows"] = pages_awaiting_approval()
        return context


def registered_panels(request) -> list[Component]:
    panels = []
    for factory in registry.dashboard_panels:
        try:
            panel = factory(request)
        except Exception:  # one app's broken panel must not take the dashboard down
            logger.exception("Dashboard panel %r failed", factory)
            continue
        if panel is not None:
            panels.append(panel)
    return panels
