"""PostgreSQL search that keeps non-public related objects out of the index (search.privacy).

modelsearch's PostgresIndex builds its rows with the module-level ``ObjectIndexer``; there
is no hook to pass another class, so this module points that name at a subclass that
applies the privacy rule. Importing this module is what makes the switch; the
database backend factory (search.backends.database) imports it on PostgreSQL."""

from modelsearch.backends.database.postgres import postgres
from modelsearch.index import RelatedFields

from ..privacy import related_objects


class PublicOnlyObjectIndexer(postgres.ObjectIndexer):
    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            for related in related_objects(field.get_value(obj)):
                for sub_field in field.fields:
                    yield from self.prepare_field(related, sub_field)
        else:
            yield from super().prepare_field(obj, field)


if not issubclass(postgres.ObjectIndexer, PublicOnlyObjectIndexer):
    postgres.ObjectIndexer = PublicOnlyObjectIndexer

SearchBackend = postgres.PostgresSearchBackend
