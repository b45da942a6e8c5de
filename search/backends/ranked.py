"""What the database engines' ``ranked_rows`` share (sqlite.py and postgres.py here): the
full-text match and the caller's rows, both compiled by Django, joined in one statement
that the engine writes, run once, and read without the join key."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import F, QuerySet


def run_ranked(
    matches: QuerySet,
    within: QuerySet,
    fields,
    statement: Callable[[str, str], str],
    limit,
    offset: int,
) -> list[tuple]:
    """``within.values_list(*fields)`` for the rows that ``matches`` ranks, from
    ``offset``, at most ``limit`` (the engine's own "no limit": -1 on SQLite, None on
    PostgreSQL). ``statement(matches_sql, rows_sql)`` joins the two parts on the rows'
    ``_row_pk`` and ends with ``LIMIT %s OFFSET %s``; every value stays a parameter."""
    rows = within.order_by().annotate(_row_pk=F("pk")).values_list("_row_pk", *fields)
    try:
        matches_sql, matches_params = matches.query.sql_with_params()
        rows_sql, rows_params = rows.query.sql_with_params()
    except EmptyResultSet:  # the caller's rows are none by construction (.none(), in [])
        return []
    with connections[within.db].cursor() as cursor:
        cursor.execute(
            statement(matches_sql, rows_sql), (*matches_params, *rows_params, limit, offset)
        )
        return [row[1:] for row in cursor.fetchall()]
