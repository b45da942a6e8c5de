from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import login_guard, two_factor  # noqa: F401  (admin URLs and menu items)
from .dashboard import PagesAwaitingApprovalPanel, registered_panels
from .models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    menu_name = "themes"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    ordering = ["name"]


register_snippet(ThemeViewSet)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    panels.append(PagesAwaitingApprovalPanel())
    panels.extend(registered_panels(request))
