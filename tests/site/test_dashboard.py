import re

import pytest
from atelier.registry import registry
from django.contrib.auth import get_user_model
from wagtail.admin.ui.components import Component

pytestmark = pytest.mark.django_db


class UpcomingEventsPanel(Component):
    order = 10

    def render_html(self, parent_context=None):
        return "<section><h2>Komende bijeenkomsten</h2><p>Kennisatelier</p></section>"


@pytest.fixture
def panels():
    added = []

    def add(factory):
        registry.add_dashboard_panel(factory)
        added.append(factory)

    yield add
    for factory in added:
        registry.dashboard_panels.remove(factory)


def test_panels_from_the_registry_appear_on_the_dashboard(client, home_page, panels):
    panels(lambda request: UpcomingEventsPanel())
    panels(lambda request: None)  # an app may have nothing to show to this user

    def broken(request):
        raise RuntimeError("panel bug")

    panels(broken)
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Komende bijeenkomsten" in html
    assert "Er wachten geen pagina" in html


def test_themes_are_managed_in_the_admin_and_searchable(client, home_page):
    from atelier.models import Theme

    Theme.objects.create(
        name="Inclusieve wijken", slug="inclusieve-wijken", locale=home_page.locale
    )
    Theme.objects.create(name="Armoede", slug="armoede", locale=home_page.locale)
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get("/admin/snippets/atelier/theme/", {"q": "wijken"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Inclusieve wijken" in html and "Armoede" not in html


def test_the_dashboard_panels_share_wagtails_panel_layout(client, home_page):
    """Each panel in Wagtail's own panel component, so headings and tables line up."""
    import re

    client.force_login(get_user_model().objects.get(username="moderator"))
    html = client.get("/admin/").content.decode()
    for panel_id in ("pages-awaiting-approval", "upcoming-events", "registrations-panel"):
        assert re.search(rf'<section class="w-panel" id="{panel_id}-section"', html), panel_id
    assert 'class="panel summary nice-padding"' not in html


def test_the_help_menu_opens_the_dutch_handbook_in_the_admin(client, home_page):
    client.force_login(get_user_model().objects.get(username="editor"))
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/handleiding/" in dashboard  # in the sidebar's help menu
    # Instead of Wagtail's English guide and release notes in the help menu.
    assert '"editor-guide"' not in dashboard and "whats-new-in-wagtail" not in dashboard
    handbook = client.get("/admin/handleiding/")
    assert handbook.status_code == 200
    html = handbook.content.decode()
    assert "<h1" in html and "Handleiding voor redacteuren" in html
    assert "Registrations" in html and "Stuur door naar Goedkeuring door moderatoren" in html
    image = re.search(r'src="(/admin/handleiding/img/[^"]+)"', html).group(1)
    assert client.get(image).status_code == 200
    assert client.get("/admin/handleiding/img/base.py").status_code == 404  # images only
    client.logout()
    assert client.get("/admin/handleiding/").status_code == 302  # to the login
