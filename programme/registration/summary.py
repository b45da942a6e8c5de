"""Public facts about registration (status, places left): what event pages, listings and the
API show. Counts only; never a name or an address.

For lists, use ``registration_summaries(pages)`` or ``annotate_places_left(queryset)``:
one query for all counts instead of one per event.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, IntegerField, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import Locale

from .models import Registration, RegistrationStatus, WorkshopChoice

MODE_NONE, MODE_SITE, MODE_EXTERNAL = "none", "site", "external"
CONFIRMED_ANNOTATION = "registrations_confirmed"


def canonical_page(page):
    """Registrations belong to the page in the default language; its translations (the
    English page of the same event) share its seats, rounds and form."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    source = page.get_translation_or_none(default)
    return source.specific if source is not None and source.live else page


class ShownPage:
    """An event as shown to someone who uses the site in another language: the words of its
    translation (title, address) and the facts of the canonical page (date, venue, status,
    registration, the online join link). A translation gets those facts only when it is
    synced again, so an English mail about a cancelled event would otherwise still say the
    old date or that the registration stands. For templates and mails: read-only."""

    WORDS = frozenset(
        {"title", "url", "full_url", "get_url", "get_full_url", "locale", "locale_id"}
    )

    def __init__(self, page, translation):
        self.page, self.translation = page, translation

    def __getattr__(self, name):
        return getattr(self.translation if name in self.WORDS else self.page, name)


def shown_page(page, language: str | None):
    """``page`` (the canonical page) as shown in ``language``: a ``ShownPage`` with the words
    of its live, public translation in it, else ``page`` itself. Registrations, seats and
    the form stay the canonical page's."""
    from programme.queries import in_language

    found = in_language([page], language, type(page).objects.live().public())
    return ShownPage(page, found[page.pk]) if page.pk in found else page


def translation_of(shown):
    """The translation a ``ShownPage`` takes its words from, else None."""
    return shown.translation if isinstance(shown, ShownPage) else None


def titles_of(shown, runs) -> None:
    """Give the workshops and rounds of ``runs`` (the canonical page's) the titles they have
    on the translation ``shown`` shows, for a form, page or mail in the visitor's
    language (``show_translated_words``)."""
    translation = translation_of(shown)
    runs = list(runs)
    if translation is None or not runs:
        return
    from programme.models.schedule import show_translated_words

    show_translated_words(translation, [run.workshop for run in runs], [run.round for run in runs])


def confirmed_counts(pages: Iterable) -> dict[int, int]:
    """``{page.pk: confirmed registrations}``, counted over all translations of each page."""
    pages = list(pages)
    rows = (
        Registration.objects.filter(page__translation_key__in={p.translation_key for p in pages})
        .confirmed()
        .values("page__translation_key")
        .annotate(n=Count("pk"))
    )
    by_key = {row["page__translation_key"]: row["n"] for row in rows}
    return {page.pk: by_key.get(page.translation_key, 0) for page in pages}


def confirmed_count(page) -> int:
    annotated = getattr(page, CONFIRMED_ANNOTATION, None)
    if annotated is not None:
        return annotated
    return confirmed_counts([page])[page.pk]


def annotate_places_left(queryset):
    """Add the confirmed count to a page queryset, so ``registration_summary`` (and
    ``places_left``) on its pages run no further queries."""
    confirmed = (
        Registration.objects.filter(
            page__translation_key=OuterRef("translation_key"),
            status=RegistrationStatus.CONFIRMED,
        )
        .order_by()
        .values("page__translation_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return queryset.annotate(
        **{
            CONFIRMED_ANNOTATION: Coalesce(
                Subquery(confirmed, output_field=IntegerField()), Value(0)
            )
        }
    )


def places_left(page, confirmed: int | None = None) -> int | None:
    """Seats still free for ``page`` (an event or series); None means no limit."""
    capacity = getattr(page, "capacity", None)
    if capacity is None:
        return None
    if confirmed is None:
        confirmed = confirmed_count(page)
    return max(capacity - confirmed, 0)


def run_confirmed_counts(run_ids: Iterable[int]) -> dict[int, int]:
    rows = (
        WorkshopChoice.objects.filter(
            run_id__in=list(run_ids),
            status=RegistrationStatus.CONFIRMED,
            registration__status=RegistrationStatus.CONFIRMED,
        )
        .values("run_id")
        .annotate(n=Count("pk"))
    )
    return {row["run_id"]: row["n"] for row in rows}


def run_confirmed_counts_across_translations(run_ids: Iterable[int]) -> dict[int, int]:
    """Like ``run_confirmed_counts`` for the runs of a translated event: people register on
    the event in the default language, for the run of the same workshop in the same round
    (rows linked by their translation keys)."""
    from programme.models import WorkshopRun

    rows = list(
        WorkshopRun.objects.filter(pk__in=list(run_ids)).values_list(
            "pk", "workshop__translation_key", "round__translation_key"
        )
    )
    if not rows:
        return {}
    counted = (
        WorkshopChoice.objects.filter(
            run__workshop__translation_key__in={row[1] for row in rows},
            run__round__translation_key__in={row[2] for row in rows},
            status=RegistrationStatus.CONFIRMED,
            registration__status=RegistrationStatus.CONFIRMED,
        )
        .values_list("run__workshop__translation_key", "run__round__translation_key")
        .annotate(n=Count("pk"))
    )
    by_key = {(workshop, round_): n for workshop, round_, n in counted}
    return {pk: by_key.get((workshop, round_), 0) for pk, workshop, round_ in rows}


def run_places_left(runs: Iterable, across_translations: bool = False) -> dict[int, int | None]:
    """``{run_id: places_left}`` for workshop runs (None: no limit), in one query (two for
    a translated event's runs, ``across_translations``)."""
    runs = list(runs)
    if across_translations:
        counts = run_confirmed_counts_across_translations(run.pk for run in runs)
    else:
        counts = run_confirmed_counts(run.pk for run in runs)
    return {
        run.pk: None if run.capacity is None else max(run.capacity - counts.get(run.pk, 0), 0)
        for run in runs
    }


def registration_url(page) -> str | None:
    """Where the register button points: our form, the external form, or nowhere."""
    mode = getattr(page, "registration_mode", MODE_NONE)
    if mode == MODE_EXTERNAL:
        return page.registration_url or None
    if mode == MODE_SITE:
        try:
            return reverse("registration:register", args=[page.pk])
        except NoReverseMatch:
            return None
    return None


def registration_status(page, left: int | None, now=None) -> str:
    """``not_required``, ``not_yet_open``, ``open``, ``waiting_list``, ``closed`` or
    ``cancelled`` (the API's vocabulary)."""
    now = now or timezone.now()
    if getattr(page, "registration_mode", MODE_NONE) == MODE_NONE:
        return "not_required"
    status = page.registration_status(places_left=left, now=now)
    # A postponed event has no date to register for yet.
    if status != "cancelled" and getattr(page, "status", None) == "postponed":
        return "closed"
    return str(status)


def registration_summary(page, now=None) -> dict:
    mode = getattr(page, "registration_mode", MODE_NONE)
    left = places_left(page) if mode == MODE_SITE else None
    return {
        "mode": mode,
        "status": registration_status(page, left, now=now),
        "url": registration_url(page),
        "opens_at": getattr(page, "registration_opens_at", None),
        "closes_at": getattr(page, "registration_closes_at", None),
        "places_left": left,
    }


def registration_summaries(pages: Iterable, now=None) -> dict[int, dict]:
    """``{page_id: summary}`` for many pages with one count query in total."""
    pages = list(pages)
    missing = [p for p in pages if getattr(p, CONFIRMED_ANNOTATION, None) is None]
    counts = confirmed_counts(missing) if missing else {}
    for page in pages:
        if getattr(page, CONFIRMED_ANNOTATION, None) is None:
            setattr(page, CONFIRMED_ANNOTATION, counts.get(page.pk, 0))
    return {page.pk: registration_summary(page, now=now) for page in pages}


def last_change():
    """When any registration last changed (places left with it): part of an API ETag."""
    return Registration.objects.aggregate(latest=Max("updated_at"))["latest"]
