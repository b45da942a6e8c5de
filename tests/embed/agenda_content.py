"""The agenda content the embed tests share (the browser tests build it on the live server)."""

import datetime

from django.utils import timezone


def build_agenda(home_page):
    """The Dutch agenda index with two upcoming events, one past, one draft, one private."""
    from atelier.models import Theme
    from wagtail.models import Locale, PageViewRestriction

    from tests.programme.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        EventSeriesPageFactory,
        VenueFactory,
    )

    nl = Locale.objects.get(language_code="nl")
    index = EventIndexPageFactory(parent=home_page)
    wijken = Theme.objects.create(name="Inclusieve wijken", slug="inclusieve-wijken", locale=nl)
    armoede = Theme.objects.create(name="Armoede", slug="armoede", locale=nl)
    soon = timezone.now() + datetime.timedelta(days=7)
    network = EventSeriesPageFactory(parent=index, title="Lerend netwerk wijkteams")
    kennisatelier = EventPageFactory(
        parent=index,
        title="Kennisatelier buurtaanpak",
        format="kennisatelier",
        start=soon,
        venue=VenueFactory(),
    )
    kennisatelier.themes.set([wijken])
    kennisatelier.save()
    webinar = EventPageFactory(
        parent=index,
        title="Webinar schulden",
        format="webinar",
        is_online=True,
        start=soon + datetime.timedelta(days=3),
    )
    webinar.themes.set([armoede])
    webinar.save()
    session = EventPageFactory(
        parent=network,
        title="Netwerksessie twee",
        format="network_session",
        start=soon + datetime.timedelta(days=10),
    )
    past = EventPageFactory(
        parent=index, title="Terugblik congres", start=timezone.now() - datetime.timedelta(days=9)
    )
    draft = EventPageFactory(parent=index, title="Geheim concept", live=False, start=soon)
    private = EventPageFactory(parent=index, title="Besloten overleg", start=soon)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {
        "index": index,
        "kennisatelier": kennisatelier,
        "webinar": webinar,
        "session": session,
        "network": network,
        "past": past,
        "draft": draft,
        "private": private,
        "themes": {"wijken": wijken, "armoede": armoede},
    }
