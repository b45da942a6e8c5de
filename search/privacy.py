"""What may be indexed: a related object that says it is not public (a closed programme item,
a document in a private collection, a material linking one) contributes no text to the
page that shows it. Every indexer of this app and the snippets apply this rule."""

from django.db.models import Model


def is_public(obj) -> bool:
    return getattr(obj, "is_public", True) is not False


def related_objects(value) -> list:
    """The objects behind a RelatedFields value (manager, instance or callable), public only."""
    if value is None:
        return []
    if hasattr(value, "all") and not isinstance(value, Model):  # managers, also modelcluster's
        objs = list(value.all())
    else:
        objs = [value() if callable(value) else value]
    return [obj for obj in objs if obj is not None and is_public(obj)]
