"""The plugin contract. Each app fills this registry from its ``AppConfig.ready()``;
``atelier`` (site/) and ``home`` read it and never import an app, nor name one. Every seam
the core needs from an app is a public ``add_*`` or ``set_*`` method here, documented in
docs/plugins.md (tests/test_plugins.py checks that each public method is, with its own
parameters, and that each has a docstring)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class UrlInclude:
    prefix: str  # e.g. "agenda/", "" for the root
    urlconf: Any  # a module path string or a list of patterns
    translated: bool = True  # inside i18n_patterns (Dutch unprefixed, English under /en/)
    namespace: str | None = None


@dataclass(frozen=True)
class ListingSource:
    """A self-updating list for listing blocks: "upcoming events", "latest reports".

    ``items(theme=None, limit=3, locale=None)`` returns live, public pages only.
    """

    key: str
    label: str
    items: Callable[..., Iterable[Any]]
    template: str = "components/listing_item.html"


@dataclass(frozen=True)
class PersonListing:
    """Pages a person page lists besides the person's events: "Publications" (authored),
    "Articles" (appears in). ``items(person)`` returns live, public pages in the person's
    language; ``template`` renders one (as ``item``)."""

    key: str
    label: str
    items: Callable[[Any], Iterable[Any]]
    template: str = "components/listing_item.html"


@dataclass(frozen=True)
class DemoLoader:
    name: str
    load: Callable[..., None]
    order: int = 100  # lower runs first; programme (people) before knowledge (reports)


@dataclass(frozen=True)
class PeriodicCommand:
    """A management command ``manage.py run_scheduler`` runs every ``every`` seconds (and
    once at start). It must be idempotent: it may run again before the last run's work
    shows, and after a restart."""

    name: str
    every: int
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class ApiCollection:
    """Where /api/v1/ serves a model: ``/api/v1/<collection>/<id>``, and the ``object_type``
    webhook payloads and search results call it."""

    model: str  # "app_label.Model", lower case
    collection: str
    object_type: str


@dataclass(frozen=True)
class ErrorMapping:
    exceptions: tuple[type[BaseException], ...]
    status: int
    detail: str
    slug: str | None = None


@dataclass(frozen=True)
class WebhookEvent:
    key: str  # stored in endpoints' subscriptions: never rename
    label: Any
    payload_name: str  # the "event" receivers see, e.g. "registration.opened"


@dataclass
class Registry:
    urls: list[UrlInclude] = field(default_factory=list)
    api_routers: list[tuple[str, Any]] = field(default_factory=list)
    listing_sources: dict[str, ListingSource] = field(default_factory=dict)
    dashboard_panels: list[Callable[[Any], Any]] = field(default_factory=list)
    demo_loaders: list[DemoLoader] = field(default_factory=list)
    child_page_types: dict[str, list[str]] = field(default_factory=dict)
    sitemaps: dict[str, Any] = field(default_factory=dict)
    person_listings: list[PersonListing] = field(default_factory=list)
    periodic_commands: list[PeriodicCommand] = field(default_factory=list)
    header_slots: list[str] = field(default_factory=list)
    person_model: str | None = None
    person_sections: dict[str, Callable[[Any, Any], list[dict]]] = field(default_factory=dict)
    search_filter: Callable[[Any, str], Any] | None = None
    api_collections: dict[str, ApiCollection] = field(default_factory=dict)
    private_apps: set[str] = field(default_factory=set)
    error_mappings: list[ErrorMapping] = field(default_factory=list)
    webhook_events: dict[str, WebhookEvent] = field(default_factory=dict)
    webhook_emitter: Callable[..., Any] | None = None
    content_clocks: list[Callable[[Any], Any]] = field(default_factory=list)

    # --- addresses ----------------------------------------------------------------------

    def add_urls(self, prefix: str, urlconf: Any, *, translated: bool = True, namespace=None):
        """Include ``urlconf`` at ``prefix`` (site/urls.py). ``translated`` URLs go inside
        ``i18n_patterns`` (Dutch unprefixed, English under /en/), before Wagtail's catch-all."""
        self.urls.append(UrlInclude(prefix, urlconf, translated, namespace))

    def add_api_router(self, prefix: str, router: Any) -> None:
        """Mount a django-ninja ``Router`` at ``/api/v1/<prefix>`` (``atelier.api.v1``); one
        prefix per app, a duplicate raises."""
        if any(existing == prefix for existing, _ in self.api_routers):
            raise ValueError(f"An API router is already registered at {prefix!r}")
        self.api_routers.append((prefix, router))

    def add_sitemap(self, name: str, sitemap: Any) -> None:
        """A Django ``Sitemap`` class for /sitemap.xml, for pages outside the page tree
        (person pages); public objects only."""
        self.sitemaps[name] = sitemap

    def add_api_collection(self, model: str, collection: str, object_type: str) -> None:
        """``model`` ("app_label.Model") is served at ``/api/v1/<collection>/<id>``; search
        results link there and webhook payloads name it ``object_type`` with that address."""
        key = model.lower()
        self.api_collections[key] = ApiCollection(key, collection, object_type)

    def api_collection_for(self, model_or_instance) -> ApiCollection | None:
        """The collection ``add_api_collection`` registered for this model (a class or an
        instance), or None."""
        meta = model_or_instance._meta
        return self.api_collections.get(meta.label_lower)

    # --- what pages and the frame show ----------------------------------------------------

    def add_listing_source(self, source: ListingSource) -> None:
        """A list for the self-updating listing block; ``source.items(theme=None, limit=3,
        locale=None)`` returns live, public pages only."""
        self.listing_sources[source.key] = source

    def add_person_listing(self, listing: PersonListing) -> None:
        """Pages a person page lists besides the person's events; ``listing.items(person)``
        returns live, public pages in the person's language."""
        self.person_listings.append(listing)

    def add_dashboard_panel(self, panel_factory: Callable[[Any], Any]) -> None:
        """``panel_factory(request)`` returns a Wagtail admin Component or None."""
        self.dashboard_panels.append(panel_factory)

    def add_header_slot(self, template: str) -> None:
        """A template included in the site header, after the main menu (the search box).
        It gets the page's context and must render nothing when it has nothing to offer."""
        if template not in self.header_slots:
            self.header_slots.append(template)

    def set_person_model(self, model: str) -> None:
        """The snippet the core's people grid block chooses from ("app_label.Model"): it has
        ``public_profile``, ``organisation`` and ``photo``. Without one the block is hidden
        from editors and renders nothing; the page body's blocks stay the same either way."""
        self.person_model = model

    def add_demo_loader(self, name: str, load: Callable[..., None], order: int = 100) -> None:
        """``load(stdout=None, **kw)`` for ``manage.py load_demo``: idempotent, content from
        the repository only; lower ``order`` runs first."""
        self.demo_loaders.append(DemoLoader(name, load, order))

    # --- the API's shared behaviour -------------------------------------------------------

    def add_person_section(self, name: str, section: Callable[[Any, Any], list[dict]]) -> None:
        """A list another app adds to a person's API detail: ``section(request, person)``
        returns serialised items (a person's reports, next to their events)."""
        self.person_sections[name] = section

    def set_search_filter(self, search_filter: Callable[[Any, str], Any]) -> None:
        """``search_filter(queryset, q)`` answers the API's ``q`` filters: the queryset's
        objects matching ``q``, best first. Without one, ``q`` is a plain text match."""
        self.search_filter = search_filter

    def add_error_mapping(self, exceptions, status: int, detail: str, slug=None) -> None:
        """The content API answers these exceptions (a class or a tuple) with a problem
        document of ``status`` instead of a logged 500 (the search engine being down: 503)."""
        if isinstance(exceptions, type):
            exceptions = (exceptions,)
        self.error_mappings.append(ErrorMapping(tuple(exceptions), status, detail, slug))

    def add_private_relations(self, app_label: str) -> None:
        """Rows of this app point at people or organisations for other reasons than
        publishing (sign-ups): they never make a person public in the API."""
        self.private_apps.add(app_label)

    # --- webhooks -------------------------------------------------------------------------

    def add_webhook_event(self, key: str, label: Any, payload_name: str) -> None:
        """An event endpoints can subscribe to besides published/unpublished/deleted; the app
        announces it with ``emit_webhook``. ``key`` is stored: never rename it."""
        self.webhook_events[key] = WebhookEvent(key, label, payload_name)

    def set_webhook_emitter(self, emitter: Callable[..., Any]) -> None:
        """The webhooks app's ``emit(event_type, page)``; other apps call ``emit_webhook``."""
        self.webhook_emitter = emitter

    def emit_webhook(self, event_type: str, page) -> list:
        """Announce ``event_type`` about ``page`` to subscribed endpoints, when an app that
        sends webhooks is installed (else nothing happens). Runs in the caller's transaction."""
        if self.webhook_emitter is None:
            return []
        return self.webhook_emitter(event_type, page)

    def add_content_clock(self, next_change: Callable[[Any], Any]) -> None:
        """``next_change(now)`` returns the next moment after ``now`` (an aware datetime)
        at which this app's public content changes by the clock alone (an event becomes
        past, registration opens), or None. ``public_content`` bumps the content version
        when that moment passes, so ETags and cached answers never outlive it."""
        if next_change not in self.content_clocks:
            self.content_clocks.append(next_change)

    def add_periodic_command(self, name: str, every: int, *args: str) -> None:
        """Run ``manage.py <name> <args>`` every ``every`` seconds (docs/deployment.md)."""
        command = PeriodicCommand(name, every, tuple(args))
        if command not in self.periodic_commands:
            self.periodic_commands.append(command)

    def allow_children(self, parent: str, *children: str) -> None:
        """Let ``children`` (``app_label.Model``) be created under ``parent``; read by
        ``home``'s page types through ``children_of()``."""
        allowed = self.child_page_types.setdefault(parent.lower(), [])
        allowed.extend(c for c in children if c not in allowed)

    def children_of(self, parent: str) -> list[str]:
        """The page types ``allow_children`` registered under ``parent``."""
        return list(self.child_page_types.get(parent.lower(), []))

    def listing_choices(self) -> list[tuple[str, str]]:
        """``(key, label)`` of every listing source, for the listing block's choice."""
        return [(key, str(source.label)) for key, source in self.listing_sources.items()]

    def sorted_demo_loaders(self) -> list[DemoLoader]:
        """The demo loaders in the order ``load_demo`` runs them: lowest ``order`` first."""
        return sorted(self.demo_loaders, key=lambda loader: loader.order)


registry = Registry()
