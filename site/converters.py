"""Path converters shared by every app's URLs.

``<id:pk>`` matches a database id: 1 to 19 digits, at most 2**63 - 1 (a BigAutoField). A
longer or larger number cannot name a row; answering "no such address" (404) before the
query runs keeps SQLite from overflowing ("Python int too large to convert to SQLite
INTEGER") and every database from a pointless look-up."""

from django.urls import register_converter

MAX_DATABASE_ID = 2**63 - 1


class DatabaseIdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_DATABASE_ID:
            raise ValueError("not a database id")  # the resolver tries the next pattern: 404
        return number

    def to_url(self, value) -> str:
        return str(int(value))


def register() -> None:
    register_converter(DatabaseIdConverter, "id")
