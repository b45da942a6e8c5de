"""Helpers for demo loaders: put a page in the main menu or the footer, once."""

from atelier.models import FooterLink, MenuItem, NavigationSettings
from wagtail.models import Page, Site


def _navigation(site=None) -> NavigationSettings:
    site = site or Site.objects.get(is_default_site=True)
    navigation, _ = NavigationSettings.objects.get_or_create(site=site)
    return navigation


def _add(model, page: Page, text: str, site=None) -> None:
    navigation = _navigation(site)
    if not model.objects.filter(settings=navigation, link_page=page).exists():
        order = model.objects.filter(settings=navigation).count()
        model.objects.create(settings=navigation, link_page=page, link_text=text, sort_order=order)


def add_to_main_menu(page: Page, text: str = "", site=None) -> None:
    """Idempotent. Leave ``text`` empty so the menu shows the page's (translated) title."""
    _add(MenuItem, page, text, site)


def add_to_footer(page: Page, text: str = "", site=None) -> None:
    _add(FooterLink, page, text, site)
