"""The personal programme of a registration ("mijn programma"): the event, or every
session of a learning network, and only the workshops this person has a place in. Sent
with the confirmation and offered on the confirmation page. Built by ``programme.feeds``,
so times, places and UIDs are those of the public calendar files; never the online join
link (calendar files get forwarded). In the registrant's language: an English registrant
gets the English page's titles and texts, with the seats' (the Dutch page's) times."""

from __future__ import annotations

from django.utils.translation import gettext

from programme.feeds import personal_calendar


def confirmed_run_ids(choices) -> list[int]:
    return [choice.run_id for choice in choices if choice.status == "confirmed"]


def personal_agenda(registration, page, choices, request=None) -> str:
    """``page``: the page the registration (and its seats) belongs to."""
    language = registration.language or None
    return personal_calendar(page, confirmed_run_ids(choices), request, language).decode()


def agenda_filename() -> str:
    """The file name of "my programme" in the active language."""
    return gettext("my-programme") + ".ics"
