"""The events list reads the start/end index instead of the events' rows (issue 21): on
SQLite the query plans of its count and its page name that index, and only the page's events
are read in full. SQLite keeps a page cache large enough for those tables. These checks ask
SQLite for its plan: on PostgreSQL the planner picks by table size, so they are skipped."""

import datetime
import os

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.programme.factories import EventIndexPageFactory, EventPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner"),
]

INDEX = "programme_event_start_end"


def plan(sql: str) -> str:
    """The captured SQL has its parameters inlined; its plan is the parameterised one."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


@pytest.mark.parametrize("when", ["upcoming", "past"])
def test_the_events_list_counts_and_orders_on_the_start_end_index(client, home_page, when):
    agenda = EventIndexPageFactory(parent=home_page)
    for n in range(5):
        EventPageFactory(parent=agenda, start=timezone.now() + datetime.timedelta(days=n * 7 - 14))
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/api/v1/events?when={when}&limit=2")
    assert response.status_code == 200 and len(response.json()["items"]) == 2

    sql = [q["sql"] for q in captured]
    event_queries = [q for q in sql if 'FROM "programme_eventpage"' in q and "LIMIT" in q]
    counts = [q for q in sql if q.startswith("SELECT COUNT(*)")]
    assert len(event_queries) == 1 and len(counts) == 1
    count_plan, page_plan = plan(counts[0]), plan(event_queries[0])
    assert f"COVERING INDEX {INDEX}" in count_plan
    # The ordering and the slice run on the index in a subquery; the outer query reads only
    # the events that subquery picked, by primary key.
    assert "LIST SUBQUERY" in page_plan
    assert f"SCAN U0 USING COVERING INDEX {INDEX}" in page_plan
    assert "SCAN programme_eventpage\n" not in page_plan + "\n"


def test_sqlite_connections_keep_a_page_cache_of_the_configured_size():
    megabytes = int(os.environ.get("SQLITE_CACHE_MB") or 16)
    if megabytes <= 0:
        pytest.skip("SQLITE_CACHE_MB=0 leaves SQLite's default")
    assert (
        f"PRAGMA cache_size=-{megabytes * 1024};"
        in (settings.DATABASES["default"]["OPTIONS"]["init_command"])
    )
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        assert cursor.fetchone()[0] == -megabytes * 1024  # negative: KiB, not pages
