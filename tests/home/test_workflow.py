import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage
from home.workflows import WORKFLOW_NAME, require_moderation

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(home_page):
    """Stands in for the event section an app puts under moderation from its demo loader."""
    section = home_page.add_child(instance=ContentPage(title="Agenda", slug="agenda"))
    section.save_revision().publish()
    require_moderation(section)
    return section


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def new_page_data(title):
    return nested_form_data(
        {"title": title, "slug": "kennisatelier", "intro": "", "image": "", "body": streamfield([])}
    )


def test_require_moderation_attaches_the_default_workflow_once(agenda):
    require_moderation(agenda)
    link = WorkflowPage.objects.get(page=agenda)
    assert link.workflow.name == WORKFLOW_NAME and link.workflow.active
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert agenda.get_workflow() == link.workflow


def test_require_moderation_recreates_a_deleted_workflow(agenda):
    Workflow.objects.all().delete()
    workflow = require_moderation(agenda)
    task = workflow.workflow_tasks.get().task.specific
    assert [group.name for group in task.groups.all()] == ["Moderators"]


def test_an_editor_cannot_publish_in_a_moderated_section_but_can_submit(client, agenda):
    editor = get_user_model().objects.get(username="editor")
    assert not agenda.permissions_for_user(editor).can_publish_subpage()
    login(client, "editor")
    url = reverse("wagtailadmin_pages:add", args=("home", "contentpage", agenda.pk))
    response = client.post(url, new_page_data("Kennisatelier") | {"action-publish": "publish"})
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="kennisatelier")
    assert not page.live  # saved as a draft, never published by an editor

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        new_page_data("Kennisatelier") | {"action-submit": "submit"},
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == get_user_model().objects.get(username="editor")
    page.refresh_from_db()
    assert not page.live


def test_a_moderator_approves_and_the_page_goes_live(client, agenda):
    editor = get_user_model().objects.get(username="editor")
    page = agenda.add_child(instance=ContentPage(title="Kennisatelier", slug="ka", live=False))
    revision = page.save_revision(user=editor)
    agenda.get_workflow().start(page, editor)
    assert not Page.objects.get(pk=page.pk).live

    login(client, "moderator")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "approve", state.current_task_state.pk),
    )
    response = client.post(url, {"comment": "Prima"})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live and page.live_revision_id == revision.pk
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_the_dashboard_lists_pages_waiting_for_approval(client, agenda):
    editor = get_user_model().objects.get(username="editor")
    page = agenda.add_child(
        instance=ContentPage(title="Wacht op akkoord", slug="wacht", live=False)
    )
    page.save_revision(user=editor)
    agenda.get_workflow().start(page, editor)
    login(client, "editor")
    html = client.get("/admin/").content.decode()
    assert (
        "Pagina&#x27;s die op goedkeuring wachten" in html
        or "Pagina's die op goedkeuring wachten" in html
    )
    assert "Wacht op akkoord" in html


def test_publish_scheduled_makes_a_page_live_once_its_time_has_come(home_page):
    page = home_page.add_child(instance=ContentPage(title="Aankondiging", slug="later", live=False))
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # scheduled: stays a draft until go_live_at
    page.refresh_from_db()
    assert not page.live and revision.approved_go_live_at is not None

    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live  # not yet

    # The clock moves on: the scheduled moment is now a minute ago.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
