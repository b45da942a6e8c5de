"""Choices and small pieces that several knowledge page types share."""

from django.db import models
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    YEAR = "year", _("year")
    MONTH = "month", _("month")
    DAY = "day", _("day")


class TimelineOrder(models.TextChoices):
    OLDEST_FIRST = "oldest_first", _("Oldest first (2017, 2018, …)")
    NEWEST_FIRST = "newest_first", _("Newest first (2020, 2019, …)")


def machine_date(value, precision: str) -> str:
    """The ``datetime`` attribute for ``<time>``: only as exact as the editor knows."""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def human_date(value, precision: str, language: str | None = None) -> str:
    """The date as a reader says it, in Django's localised format for ``language`` (default:
    the active one): '2019', 'mei 2021' / 'May 2021', '20 november 2020' / 'Nov. 20, 2020'."""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    format_name = "YEAR_MONTH_FORMAT" if precision == DatePrecision.MONTH else "DATE_FORMAT"
    if language:
        with translation.override(language):
            return formats.date_format(value, format_name)
    return formats.date_format(value, format_name)
