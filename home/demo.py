"""The demo site's frame: languages, the home page in Dutch and English, demo accounts."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .demo_site import load_site_demo
from .models import HomePage
from .workflows import ensure_editorial_groups

DEMO_USERS = [
    # username, password, groups, is_superuser — local demo accounts only (README)
    ("admin", "admin", [], True),
    ("editor", "editor", ["Editors"], False),
    ("moderator", "moderator", ["Moderators"], False),
    ("aanmeldingen", "aanmeldingen", ["Registrations"], False),
]


def demo_site_address() -> tuple[str, int]:
    """Host and port of the demo Site: where ``make run`` serves it (WAGTAILADMIN_BASE_URL,
    http://127.0.0.1:8000 by default), so feeds, sitemap, JSON-LD and calendar files link
    to the running site."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default_port


def ensure_locales() -> tuple[Locale, Locale]:
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return nl, en


@transaction.atomic
def load_home_demo(stdout=None, **options) -> HomePage:
    nl, en = ensure_locales()
    home = HomePage.objects.filter(locale=nl).first()
    if home is None:
        root = Page.get_first_root_node()
        # The page Wagtail's own migration creates is replaced by our home page.
        for stale in root.get_children().exclude(content_type__model="homepage"):
            stale.delete()
        home = root.add_child(
            instance=HomePage(
                title="Atelier",
                slug="home",
                locale=nl,
                intro=(
                    "Kennis over buurten, inclusie en stedelijke vernieuwing: "
                    "bijeenkomsten, lerende netwerken, projecten en publicaties."
                ),
            )
        )
        home.save_revision().publish()
    hostname, port = demo_site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    else:
        changed = site.root_page_id != home.pk
        if changed:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
        if (site.hostname, site.port) == ("localhost", 80) != (hostname, port):
            # Sites made by earlier demos: absolute URLs go where the site is served.
            site.hostname, site.port, changed = hostname, port, True
        if changed:
            site.save()
    ensure_editorial_groups()
    ensure_demo_users()
    load_site_demo(home)
    return home


# Editors and moderators translate pages and snippets with wagtail-localize.
TRANSLATOR_GROUPS = ["Editors", "Moderators"]


def ensure_translation_permission() -> None:
    """wagtail-localize's "submit translation" permission (made by its migration, so made
    again here after a flushed test database) for editors and moderators."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail_localize.models import Translation

    permission, _ = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Translation),
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    for group in Group.objects.filter(name__in=TRANSLATOR_GROUPS):
        group.permissions.add(permission)


def ensure_demo_users() -> None:
    ensure_translation_permission()
    User = get_user_model()
    for username, password, groups, is_superuser in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@atelier.localhost", "is_staff": is_superuser},
        )
        if created:
            user.set_password(password)
            user.is_superuser = is_superuser
            user.save()
        user.groups.add(*Group.objects.filter(name__in=groups))
