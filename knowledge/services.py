"""Knowledge's writes (its selectors are in ``queries.py``).

The embargo: a forthcoming report's files wait in a private collection and move out when the
report is published as out (``apply_embargo``, called on publishing from ``signals.py``).
``embargo_collection()`` and ``publications_collection()`` make the two collections when
they are missing. Which files may be served is a question for
``queries.document_visible_to``."""

from __future__ import annotations

from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

EMBARGO_COLLECTION_NAME = "Embargo (nog niet verschenen publicaties)"
PUBLICATIONS_COLLECTION_NAME = "Publicaties"
# Only staff groups may open embargoed files; a plain login (e.g. a registrant) is not enough.
EMBARGO_GROUPS = ("Editors", "Moderators")


def _child_collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def embargo_collection() -> Collection:
    collection = _child_collection(EMBARGO_COLLECTION_NAME)
    if not collection.view_restrictions.exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=EMBARGO_GROUPS))
    return collection


def publications_collection() -> Collection:
    return _child_collection(PUBLICATIONS_COLLECTION_NAME)


def apply_embargo(report) -> int:
    """Move the report's files in or out of the embargo; returns how many moved.

    A forthcoming report's files go into the embargo collection; a published report's files
    leave it for the public publications collection. Files in some other private collection
    stay where an editor put them (and stay hidden)."""
    embargo = embargo_collection()
    documents = [row.document for row in report.documents.all().select_related("document")]
    if report.is_forthcoming:
        target = embargo
        to_move = [doc for doc in documents if doc.collection_id != embargo.pk and doc.is_public]
    else:
        target = publications_collection()
        to_move = [doc for doc in documents if doc.collection_id == embargo.pk]
    for document in to_move:
        document.collection = target
        document.save(update_fields=["collection"])
    return len(to_move)
