"""Moderation for sections of the site: editors submit, moderators publish.

Other apps call ``require_moderation(section_page)`` from their demo loaders (the agenda,
the publications); home never needs to know which sections those are.
"""

from atelier.models import Navigation, SiteSettings, Theme
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

# Wagtail creates its default workflow and task as "Moderators approval"; names are stored
# data, not interface strings, so migration home.0003 gives both this Dutch name (editors
# work in Dutch).
WAGTAIL_WORKFLOW_NAME = "Moderators approval"
WORKFLOW_NAME = "Goedkeuring door moderatoren"
EDITORS, MODERATORS = "Editors", "Moderators"
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def _permission(app_label: str, codename: str) -> Permission:
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if permission is None:  # e.g. a flushed test database, before post_migrate ran again
        create_permissions(apps.get_app_config(app_label), verbosity=0)
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    return permission


def _permissions(model, actions):
    # Custom image/document models have no "choose" permission unless their Meta adds it.
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return Permission.objects.filter(content_type=content_type, codename__in=codenames)


@transaction.atomic
def ensure_editorial_groups() -> tuple[Group, Group]:
    """Editors and Moderators with what they need in the admin, whatever Wagtail's own
    data migrations did or did not give them (our image and document models are custom)."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    access_admin = _permission("wagtailadmin", "access_admin")
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for group in (editors, moderators):
        group.permissions.add(access_admin)
        for codename in PAGE_PERMISSIONS[group.name]:
            permission = _permission("wagtailcore", codename)
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )
        for model in (get_image_model(), get_document_model()):
            for permission in _permissions(model, ("add", "change", "choose")):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    for permission in _permissions(Theme, ("add", "change", "delete")):
        editors.permissions.add(permission)
        moderators.permissions.add(permission)
    moderators.permissions.add(*_permissions(SiteSettings, ("change",)))
    # Menus and footer are a snippet per language: moderators add the English one.
    moderators.permissions.add(*_permissions(Navigation, ("add", "change")))
    return editors, moderators


@transaction.atomic
def moderation_workflow() -> Workflow:
    """Wagtail's default moderation workflow (renamed in Dutch), created if it was removed."""
    _, moderators = ensure_editorial_groups()
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def require_moderation(page: Page) -> Workflow:
    """Pages in this section (the page and everything under it), and in its translations,
    need a moderator's approval."""
    workflow = moderation_workflow()
    for section in page.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})
    return workflow
