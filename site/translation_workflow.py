"""Moderation for translations made in wagtail-localize's translation editor.

The editor saves each segment as it is typed, but only offers "Publish in English" to
people who may publish. An editor without that right submits the translation for
moderation here: the page is built from the segments as a draft revision and the page's
workflow ("Moderators approval") starts on it, exactly as for a Dutch page. Moderators
approve it from the dashboard (Wagtail then publishes it) or publish it from the
translation editor.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation


def moderation_state(page, user) -> dict:
    """What the moderation box in the translation editor shows: the submit button, or the
    task the translation waits for, with the reviewer's own actions (approve) on it."""
    workflow = page.get_workflow()
    state = page.current_workflow_state
    in_moderation = state is not None and state.status == state.STATUS_IN_PROGRESS
    task_state = state.current_task_state if in_moderation else None
    actions = []
    if task_state is not None:
        for name, label, needs_form in task_state.task.specific.get_actions(page, user):
            if not needs_form:  # the ones that take a comment live in Wagtail's own editor
                url = reverse(
                    "wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]
                )
                actions.append({"label": label, "url": url})
    return {
        "workflow": workflow,
        "in_moderation": in_moderation,
        "task": task_state.task if task_state else None,
        "actions": actions,
        "can_submit": workflow is not None and page.permissions_for_user(user).can_edit(),
    }


@require_POST
def submit_translation_for_moderation(request, translation_id: int):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("This page has no moderation workflow; publish it instead."))
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already waiting for moderation."))
        return redirect(edit_url)
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s") % {"errors": error.messages},
        )
        return redirect(edit_url)
    page.refresh_from_db()
    workflow.start(page, request.user)
    messages.success(
        request,
        _("'%(title)s' (%(language)s) was submitted for moderation.")
        % {"title": page.title, "language": translation.target_locale.get_display_name()},
    )
    return redirect(edit_url)


def share_workflow_with_translation(sender, source_obj, target_obj, **kwargs):
    """A translated page (or the alias made for an untranslated parent) gets the workflow
    its source has, so translations are moderated like the Dutch pages they come from."""
    from wagtail.models import WorkflowPage

    if not isinstance(source_obj, Page):
        return
    assigned = WorkflowPage.objects.filter(page_id=source_obj.pk).first()
    if assigned is not None:
        WorkflowPage.objects.get_or_create(
            page_id=target_obj.pk, defaults={"workflow": assigned.workflow}
        )


def connect() -> None:
    from wagtail.signals import copy_for_translation_done

    copy_for_translation_done.connect(
        share_workflow_with_translation, dispatch_uid="atelier_translation_workflow"
    )
