"""Choices and small pieces that several knowledge page types share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    YEAR = "year", _("jaar")
    MONTH = "month", _("maand")
    DAY = "day", _("dag")


class TimelineOrder(models.TextChoices):
    OLDEST_FIRST = "oldest_first", _("Oudste eerst (2017, 2018, …)")
    NEWEST_FIRST = "newest_first", _("Nieuwste eerst (2020, 2019, …)")


DUTCH_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def machine_date(value, precision: str) -> str:
    """The ``datetime`` attribute for ``<time>``: only as exact as the editor knows."""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def human_date(value, precision: str, language: str = "nl") -> str:
    """The date as a reader says it: '2019', 'mei 2021', '20 november 2020'."""
    months = ENGLISH_MONTHS if language == "en" else DUTCH_MONTHS
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return f"{months[value.month - 1]} {value.year}"
    return f"{value.day} {months[value.month - 1]} {value.year}"
