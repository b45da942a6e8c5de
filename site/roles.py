"""The admin roles, as Django groups, and the helpers data migrations use to fill them.

Each app grants its own models' permissions from a data migration of its own (the site
and home: pages, media, themes, settings, redirects; programme: people, organisations,
venues; registration: the back office), so a fresh database has working roles without
``load_demo``. The helpers take the migration's ``apps`` (historical models); at run time
pass ``django.apps.apps``. docs/editors.md describes the roles for editors.

- Editors: write and translate pages and submit them for moderation; add and change people,
  organisations, venues, themes, images and documents.
- Moderators: everything editors do, plus publish, lock, redirects, menu/footer and site
  settings, deleting people and venues, and the registrations back office.
- Registrations: the registrations back office only (event staff), no page rights.
"""

from __future__ import annotations

EDITORS, MODERATORS, REGISTRATIONS = "Editors", "Moderators", "Registrations"


def group(apps, name: str):
    Group = apps.get_model("auth", "Group")
    return Group.objects.get_or_create(name=name)[0]


def permission(apps, app_label: str, model_name: str, codename: str):
    """The permission row, created if ``post_migrate`` has not made it yet (it runs only
    after every migration, and a data migration needs the row now)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    model = apps.get_model(app_label, model_name)
    opts = model._meta
    content_type, _ = ContentType.objects.get_or_create(
        app_label=opts.app_label, model=opts.model_name
    )
    custom = dict(opts.permissions)
    action = codename.split("_", 1)[0]
    name = custom.get(codename) or f"Can {action} {opts.verbose_name_raw}"
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": str(name)[:255]}
    )[0]


def grant_model(apps, group_name: str, app_label: str, model_name: str, actions) -> None:
    """``actions``: ``add``, ``change``, ``delete``, ``view`` or full custom codenames."""
    model_name = model_name.lower()
    codenames = [a if "_" in a else f"{a}_{model_name}" for a in actions]
    group(apps, group_name).permissions.add(
        *(permission(apps, app_label, model_name, codename) for codename in codenames)
    )


def grant_pages(apps, group_name: str, codenames) -> None:
    """Page permissions on the tree's root, so they hold for every page."""
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    role = group(apps, group_name)
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=role, page=root, permission=permission(apps, "wagtailcore", "page", codename)
        )


def grant_collections(apps, group_name: str, app_label: str, model_name: str, actions) -> None:
    """Image or document permissions on the root collection (so: every collection)."""
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    role = group(apps, group_name)
    model = apps.get_model(app_label, model_name)
    known = {codename for codename, _ in model._meta.permissions} | {
        f"{action}_{model._meta.model_name}" for action in model._meta.default_permissions
    }
    for action in actions:
        codename = f"{action}_{model._meta.model_name}"
        if codename not in known:
            continue  # e.g. "choose" on a custom image model that does not declare it
        GroupCollectionPermission.objects.get_or_create(
            group=role,
            collection=root,
            permission=permission(apps, app_label, model_name, codename),
        )


def grant_site_roles(apps) -> None:
    """Pages, images, documents, themes, menus and settings, redirects: the site's part."""
    for name in (EDITORS, MODERATORS, REGISTRATIONS):
        grant_model(apps, name, "wagtailadmin", "admin", ["access_admin"])
    grant_pages(apps, EDITORS, ["add_page", "change_page"])
    grant_pages(
        apps, MODERATORS, ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
    )
    for name in (EDITORS, MODERATORS):
        for model_name in ("AtelierImage", "AtelierDocument"):
            grant_collections(apps, name, "atelier", model_name, ["add", "change", "choose"])
        grant_model(apps, name, "atelier", "Theme", ["add", "change", "delete"])
    grant_model(apps, MODERATORS, "atelier", "SiteSettings", ["change"])
    # Menus and footer are a snippet per language: moderators add the English one.
    grant_model(apps, MODERATORS, "atelier", "Navigation", ["add", "change"])
    for name in (EDITORS, MODERATORS):  # wagtail-localize's "Translate this page"
        grant_model(apps, name, "wagtail_localize", "Translation", ["submit_translation"])
    grant_model(apps, MODERATORS, "wagtailredirects", "Redirect", ["add", "change", "delete"])
