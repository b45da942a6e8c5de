"""Helpers for demo loaders: put a page in the main menu or the footer, once."""

from atelier.models import FooterLink, MenuItem, Navigation
from wagtail.models import Locale, Page, Site


def navigation_for(site=None, locale=None) -> Navigation:
    """The site's menus in ``locale`` (the default language if not given), made if missing."""
    site = site or Site.objects.get(is_default_site=True)
    locale = locale or Locale.get_default()
    navigation, _ = Navigation.objects.get_or_create(site=site, locale=locale)
    return navigation


def _add(model, page: Page, text: str, site=None) -> None:
    navigation = navigation_for(site)
    if not model.objects.filter(settings=navigation, link_page=page).exists():
        order = model.objects.filter(settings=navigation).count()
        model.objects.create(settings=navigation, link_page=page, link_text=text, sort_order=order)


def add_to_main_menu(page: Page, text: str = "", site=None) -> None:
    """Idempotent. Leave ``text`` empty so the menu shows the page's (translated) title."""
    _add(MenuItem, page, text, site)


def add_to_footer(page: Page, text: str = "", site=None) -> None:
    _add(FooterLink, page, text, site)
