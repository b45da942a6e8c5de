"""django-modelcluster's per-row work, done per relation: for pages with many child rows.

A page with rows (an event with 26 workshops, their facilitators and organisations) costs
modelcluster a query or more per row on every publish:

- ``serializable_data`` (a revision) reads each row's parental many-to-many fields one row at
  a time;
- ``from_serializable_data`` (a revision turned back into a page) checks every foreign key of
  every row (page, locale, person…) with a query of its own and reads each row's
  many-to-many fields with another;
- saving the page saves every row again, unchanged or not, and reads each row's
  many-to-many links to compare them.

``ClusterRowsMixin`` does the same work with a query per relation or per related model, and
saves only the rows that changed (an UPDATE of an identical row changes nothing). What is
stored and what is built stays the same: rows with a dangling foreign key, rows with child
relations of their own and row types with their own ``save()`` go through modelcluster's
own code, one at a time, as before.
"""

import copy
from collections import defaultdict

from django.db import models
from django.dispatch import Signal
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import (
    ClusterableModel,
    get_all_child_m2m_relations,
    get_all_child_relations,
    model_from_serializable_data,
)

# Sent by a page save once its child rows are stored too (post_save comes between the page's
# row and its rows): the search index reads the rows from the database (search/signals.py).
rows_stored = Signal()


def parental_m2m_fields(model) -> list:
    return [f for f in model._meta.get_fields() if isinstance(f, ParentalManyToManyField)]


def foreign_keys(model) -> list:
    return [
        f
        for f in model._meta.concrete_fields
        if f.remote_field and isinstance(f.remote_field, models.ManyToOneRel)
    ]


def rows_in_bulk(model) -> bool:
    """Rows built and stored per relation: no child relations of their own (modelcluster
    recurses into those) and no ``from_serializable_data`` of their own."""
    if get_all_child_relations(model):
        return False
    own = getattr(model, "from_serializable_data", None)
    return own is None or own.__func__ is ClusterableModel.from_serializable_data.__func__


def plain_save(model) -> bool:
    """A row type whose save does nothing but store it: an unchanged row can be left alone."""
    return model.save in (models.Model.save, ClusterableModel.save)


# --- serializable_data: each relation's rows with their many-to-many links -----------------


def prefetch_rows(instance) -> list[str]:
    """Fill the prefetch cache of each stored child relation whose rows have parental
    many-to-many fields (a query per relation and per field instead of one per row and
    field). Returns the cache entries added, for ``forget_prefetch``."""
    if instance.pk is None:
        return []
    in_memory = getattr(instance, "_cluster_related_objects", {})
    cache = getattr(instance, "_prefetched_objects_cache", {})
    lookups = []
    for rel in get_all_child_relations(type(instance)):
        name = rel.get_accessor_name()
        m2m = parental_m2m_fields(rel.related_model)
        if name in in_memory or name in cache or not m2m:
            continue
        queryset = rel.related_model._default_manager.prefetch_related(*(f.name for f in m2m))
        lookups.append(models.Prefetch(name, queryset=queryset))
    if lookups:
        models.prefetch_related_objects([instance], *lookups)
    return [lookup.prefetch_to for lookup in lookups]


def forget_prefetch(instance, names) -> None:
    cache = getattr(instance, "_prefetched_objects_cache", {})
    for name in names:
        cache.pop(name, None)


# --- from_serializable_data: a query per related model --------------------------------------


class RowBuilder:
    """Builds the rows of a revision's child relations: foreign keys checked and
    many-to-many targets read with one query per related model."""

    def __init__(self, check_fks: bool):
        self.check_fks = check_fks
        self.wanted_keys = defaultdict(set)  # (model, to_field) -> values
        self.wanted_pks = defaultdict(set)  # model -> pks
        self.existing = {}
        self.objects = {}

    def collect(self, model, rows) -> None:
        fks, m2m = foreign_keys(model), parental_m2m_fields(model)
        for row in rows:
            if self.check_fks:
                for field in fks:
                    value = row.get(field.name)
                    if value is not None:
                        target = field.remote_field
                        to_field = target.model._meta.get_field(target.field_name)
                        self.wanted_keys[(target.model, target.field_name)].add(
                            to_field.to_python(value)
                        )
            for field in m2m:
                target = field.remote_field.model
                for pk in row.get(field.name) or ():
                    self.wanted_pks[target].add(target._meta.pk.to_python(pk))

    def load(self) -> None:
        for (model, to_field), values in self.wanted_keys.items():
            found = model._default_manager.filter(**{f"{to_field}__in": values})
            self.existing[(model, to_field)] = set(found.values_list(to_field, flat=True))
        for model, pks in self.wanted_pks.items():
            # In the related model's default order, as modelcluster's filter(pk__in=…) reads.
            self.objects[model] = list(model._default_manager.filter(pk__in=pks))

    def fks_exist(self, model, row) -> bool:
        if not self.check_fks:
            return True
        for field in foreign_keys(model):
            value = row.get(field.name)
            if value is None:
                continue
            target = field.remote_field
            to_field = target.model._meta.get_field(target.field_name)
            if to_field.to_python(value) not in self.existing[(target.model, target.field_name)]:
                return False
        return True

    def build(self, model, row):
        if not self.fks_exist(model, row):
            # A dangling key: modelcluster decides (drop the row, empty the key or raise).
            own = getattr(model, "from_serializable_data", None)
            if own is not None:
                return own(row, check_fks=True, strict_fks=True)
            return model_from_serializable_data(model, row, check_fks=True, strict_fks=True)
        m2m = parental_m2m_fields(model)
        names = {f.name for f in m2m}
        without_links = {key: value for key, value in row.items() if key not in names}
        obj = model_from_serializable_data(model, without_links, check_fks=False, strict_fks=True)
        for field in m2m:
            if field.name not in row:
                continue
            target = field.remote_field.model
            pks = {target._meta.pk.to_python(pk) for pk in row[field.name] or ()}
            chosen = [copy.copy(o) for o in self.objects.get(target, ()) if o.pk in pks]
            setattr(obj, field.name, chosen)
        return obj


def rows_from_serializable_data(model_class, data: dict, check_fks: bool) -> tuple[dict, dict]:
    """Split ``data`` into what modelcluster builds (returned first) and the child rows built
    here in bulk ({accessor: [rows]}, returned second)."""
    rest, built = dict(data), {}
    relations = {}
    for rel in get_all_child_relations(model_class):
        name = rel.get_accessor_name()
        if name in rest and rows_in_bulk(rel.related_model):
            relations[name] = (rel.related_model, rest.pop(name))
    if not relations:
        return data, {}
    builder = RowBuilder(check_fks)
    for model, rows in relations.values():
        builder.collect(model, rows)
    builder.load()
    for name, (model, rows) in relations.items():
        children = (builder.build(model, row) for row in rows)
        built[name] = [child for child in children if child is not None]
    return rest, built


# --- save: only the rows that changed --------------------------------------------------------


def same_row(item, stored) -> bool:
    fields = type(item)._meta.concrete_fields
    return all(getattr(item, f.attname) == getattr(stored, f.attname) for f in fields)


def stored_links(model, pks) -> dict:
    """{field name: {row pk: {target pks}}} for the rows ``pks``: a query per field."""
    links = {}
    for field in parental_m2m_fields(model):
        through = field.remote_field.through
        source = field.m2m_field_name()
        target = through._meta.get_field(field.m2m_reverse_field_name()).attname
        per_row = defaultdict(set)
        rows = through._default_manager.filter(**{f"{source}__in": pks}).values_list(
            through._meta.get_field(source).attname, target
        )
        for row_pk, target_pk in rows:
            per_row[row_pk].add(target_pk)
        links[field.name] = per_row
    return links


def links_unchanged(item, links) -> bool:
    in_memory = getattr(item, "_cluster_related_objects", {})
    for name, per_row in links.items():
        if name in in_memory and {o.pk for o in in_memory[name]} != per_row.get(item.pk, set()):
            return False
    return True


def commit_rows(instance, rel, final_items) -> None:
    """modelcluster's DeferringRelatedManager.commit(), leaving identical rows alone: rows
    gone are deleted one by one, new and changed rows saved (with their links), identical
    rows and links not written."""
    descriptor = getattr(type(instance), rel.get_accessor_name())
    manager = descriptor.related_manager_cls(instance)
    live_items = list(manager.get_queryset())
    for item in live_items:
        if item not in final_items:
            item.delete()
    stored = {item.pk: item for item in live_items}
    model = rel.related_model
    links = stored_links(model, list(stored)) if plain_save(model) and stored else {}
    changed = []
    for item in final_items:
        setattr(item, rel.field.name, instance)
        previous = stored.get(item.pk) if item.pk is not None else None
        if (
            previous is not None
            and plain_save(model)
            and not item._state.adding
            and same_row(item, previous)
            and links_unchanged(item, links)
        ):
            # What its save would leave behind: its links read from the database again.
            for name in links:
                getattr(item, "_cluster_related_objects", {}).pop(name, None)
            continue
        changed.append(item)
    if changed:
        manager.add(*changed, bulk=False)
    elif final_items:
        # add() forgets a prefetched list of the relation; so does a commit without writes.
        manager._remove_prefetched_objects()


class ClusterRowsMixin(ClusterableModel):
    """Between Page and ClusterableModel in the MRO (below ``Page.save()``'s validation and
    bookkeeping): child rows read, built and stored per relation (see the module)."""

    class Meta:
        abstract = True

    def serializable_data(self):
        added = prefetch_rows(self)
        try:
            return super().serializable_data()
        finally:
            forget_prefetch(self, added)

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        rest, built = rows_from_serializable_data(cls, data, check_fks)
        obj = super().from_serializable_data(rest, check_fks, strict_fks)
        if obj is not None:
            for name, children in built.items():
                setattr(obj, name, children)
        return obj

    def save(self, **kwargs):
        """ClusterableModel.save() (django-modelcluster 6.5), with ``commit_rows`` for the
        relations whose rows are stored per relation. The same order: the page's row (its
        post_save receivers, the search index among them, still see the rows in memory),
        then each child relation, then the page's own many-to-many fields."""
        relations = {rel.get_accessor_name(): rel for rel in get_all_child_relations(self)}
        m2m_names = [field.name for field in get_all_child_m2m_relations(self)]
        update_fields = kwargs.pop("update_fields", None)
        if update_fields is None:
            real_update_fields = None
            relations_to_commit = list(relations)
            m2m_to_commit = m2m_names
        else:
            real_update_fields = [
                name for name in update_fields if name not in relations and name not in m2m_names
            ]
            relations_to_commit = [name for name in update_fields if name in relations]
            m2m_to_commit = [name for name in update_fields if name in m2m_names]

        self._storing_rows = bool(relations_to_commit)
        try:
            super(ClusterableModel, self).save(update_fields=real_update_fields, **kwargs)
        finally:
            self._storing_rows = False

        in_memory = getattr(self, "_cluster_related_objects", {})
        for name in relations_to_commit:
            rel = relations[name]
            if name in in_memory and rows_in_bulk(rel.related_model):
                commit_rows(self, rel, in_memory[name])
                del in_memory[name]
            else:
                getattr(self, name).commit()
        for name in m2m_to_commit:
            getattr(self, name).commit()
        if relations_to_commit:
            rows_stored.send(sender=type(self), instance=self)
