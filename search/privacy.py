"""What may be indexed: a related object that says it is not public (a closed programme item,
a document in a private collection, a material linking one) contributes no text to the
page that shows it. Every indexer of this app and the snippets apply this rule.

The indexers read those related objects for each search field that names them (title, body
and autocomplete passes), so ``prefetch_for_index`` loads them once per batch first."""

from itertools import groupby

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, prefetch_related_objects
from modelsearch.index import RelatedFields


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


def related_lookups(model) -> list[str]:
    """The relations the search fields of ``model`` read (its RelatedFields, nested ones
    too), as prefetch_related lookups."""

    def lookups(model, fields, prefix=""):
        for search_field in fields:
            if not isinstance(search_field, RelatedFields):
                continue
            try:
                relation = model._meta.get_field(search_field.field_name)
            except FieldDoesNotExist:
                continue  # a method or property: nothing to prefetch
            if not relation.is_relation or relation.related_model is None:
                continue
            path = prefix + search_field.field_name
            yield path
            yield from lookups(relation.related_model, search_field.fields, path + "__")

    return list(lookups(model, model.get_search_fields()))


# Objects per prefetch: Django asks for a foreign key's targets as ``id = 1 OR id = 2 …``
# here, and SQLite refuses an expression deeper than 1,000 (a reindex passes 1,000 events
# with their speakers at once).
PREFETCH_BATCH = 50


def prefetch_for_index(objs) -> list:
    """``objs`` as a list, with what their search fields read loaded in one query per
    relation for each PREFETCH_BATCH objects instead of one per object, relation and
    field."""
    objs = list(objs)
    for model, group in groupby(sorted(objs, key=_model_label), key=type):
        lookups = related_lookups(model)
        if lookups:
            prefetch_in_batches(list(group), lookups)
    return objs


def prefetch_in_batches(objs: list, lookups) -> None:
    for start in range(0, len(objs), PREFETCH_BATCH):
        prefetch_related_objects(objs[start : start + PREFETCH_BATCH], *lookups)


def _model_label(obj) -> str:
    return obj._meta.label
