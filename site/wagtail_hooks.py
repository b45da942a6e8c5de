from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import login_guard, two_factor  # noqa: F401  (admin URLs and menu items)
from .dashboard import PagesAwaitingApprovalPanel, registered_panels
from .models import Navigation, Theme


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


class NavigationViewSet(SnippetViewSet):
    """Menus and footer, one per language; translated with wagtail-localize."""

    model = Navigation
    icon = "bars"
    menu_label = _("Menus and footer")
    list_display = ["__str__", "locale"]


register_snippet(NavigationViewSet)


@hooks.register("register_settings_menu_item")
def navigation_menu_item():
    # Where the site settings used to hold the menus: under Settings, beside them.
    return MenuItem(
        _("Menus and footer"),
        reverse(Navigation.snippet_viewset.get_url_name("list")),
        icon_name="bars",
        order=210,
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    panels.append(PagesAwaitingApprovalPanel())
    panels.extend(registered_panels(request))


@hooks.register("register_admin_urls")
def translation_moderation_urls():
    from .translation_workflow import submit_translation_for_moderation

    return [
        path(
            "translations/<int:translation_id>/submit-for-moderation/",
            submit_translation_for_moderation,
            name="atelier_translation_moderation",
        )
    ]


@hooks.register("register_admin_urls")
def register_handbook_urls():
    from .handbook import handbook_image_view, handbook_view

    return [
        path("handleiding/", handbook_view, name="atelier_handbook"),
        path("handleiding/img/<str:name>", handbook_image_view, name="atelier_handbook_image"),
    ]


@hooks.register("register_help_menu_item")
def register_handbook_menu_item():
    return MenuItem(
        _("Handbook for editors"),
        reverse("atelier_handbook"),
        icon_name="doc-full",
        order=900,
        name="atelier-handbook",
    )


@hooks.register("construct_help_menu")
def replace_wagtails_editor_guide(request, menu_items):
    # Our handbook (Dutch, about this site) instead of Wagtail's general English guide and
    # its English release notes.
    menu_items[:] = [
        item
        for item in menu_items
        if not str(item.name).startswith(("editor-guide", "whats-new-in-wagtail"))
    ]
