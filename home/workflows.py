"""Moderation for sections of the site: editors submit, moderators publish.

Other apps call ``require_moderation(section_page)`` from their demo loaders (the agenda,
the publications); home never needs to know which sections those are.
"""

from atelier import roles
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
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
EDITORS, MODERATORS = roles.EDITORS, roles.MODERATORS


@transaction.atomic
def ensure_editorial_groups() -> tuple[Group, Group]:
    """Editors and Moderators with what they need in the admin. The data migration
    atelier.0004 makes them on every database; this repairs a group someone emptied."""
    roles.grant_site_roles(apps)
    return Group.objects.get(name=EDITORS), Group.objects.get(name=MODERATORS)


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
