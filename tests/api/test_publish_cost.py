"""Publishing an event updates its reference index once, not once per child row
(site/models/pages.py), and the index stays right: it is what "usage" in the admin and the
purge of pages that show a changed speaker (public_content) read."""

import pytest
from wagtail.models import ReferenceIndex

pytestmark = pytest.mark.django_db


def referenced(page, model):
    return set(
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type__model=model._meta.model_name)
        .values_list("to_object_id", flat=True)
    )


def test_publishing_updates_the_reference_index_once(conference, monkeypatch):
    calls = []
    original = ReferenceIndex.create_or_update_for_object.__func__

    def counting(cls, obj, **kwargs):
        calls.append(obj)
        return original(cls, obj, **kwargs)

    monkeypatch.setattr(ReferenceIndex, "create_or_update_for_object", classmethod(counting))
    assert conference.workshops.count() + conference.speakers.count() > 2
    conference.save_revision().publish()
    assert any(getattr(obj, "pk", None) == conference.pk for obj in calls)
    assert len(calls) <= 2, calls  # the page (and its revision), not each child row


def test_the_index_follows_the_published_children(conference, speaker):
    from programme.models import Person

    assert str(speaker.pk) in referenced(conference, Person)
    for link in conference.speakers.all():
        if link.person_id == speaker.pk:
            conference.speakers.remove(link)
    for item in conference.programme_items.all():
        item.people.remove(speaker)
    for workshop in conference.workshops.all():
        workshop.facilitators.remove(speaker)
    conference.save_revision().publish()
    assert str(speaker.pk) not in referenced(conference, Person)
