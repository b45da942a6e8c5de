"""The bench's app (tests/bench/settings.py installs it): declares, for stock Wagtail API v2,
the relations an event detail carries in /api/v1/ (speakers, programme, workshop rounds and
workshops), as a site that used v2 would. Only the bench process sees these ``api_fields``;
the v2 baseline asks for them with ``fields=`` (tests/bench/run.py), so its detail carries
the 26 workshops as ours does."""

from django.apps import AppConfig


class BenchConfig(AppConfig):
    name = "tests.bench"
    label = "bench"
    verbose_name = "Bench baselines"

    def ready(self):
        from wagtail.api import APIField

        from programme.models import (
            EventPage,
            EventSpeaker,
            ProgrammeItem,
            Workshop,
            WorkshopRound,
        )

        EventPage.api_fields = [
            *EventPage.api_fields,
            APIField("venue"),
            APIField("themes"),
            APIField("speakers"),
            APIField("programme_items"),
            APIField("workshop_rounds"),
            APIField("workshops"),
        ]
        EventSpeaker.api_fields = [APIField("person"), APIField("role")]
        ProgrammeItem.api_fields = [
            APIField(name) for name in ("title", "description", "is_public", "people")
        ]
        WorkshopRound.api_fields = [APIField(name) for name in ("title", "start_time", "end_time")]
        Workshop.api_fields = [
            APIField(name) for name in ("title", "description", "capacity", "facilitators")
        ]
