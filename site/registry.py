"""The plugin contract. Each app fills this registry from its ``AppConfig.ready()``;
``atelier`` (site/) and ``home`` read it and never import an app's internals.
See docs/plugins.md."""

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
class ContentGenerator:
    """Makes volume content for benchmarks: ``generate(sizes, rng, stdout)``."""

    name: str
    generate: Callable[..., dict]
    order: int = 100


@dataclass(frozen=True)
class PeriodicCommand:
    """A management command ``manage.py run_scheduler`` runs every ``every`` seconds (and
    once at start). It must be idempotent: it may run again before the last run's work
    shows, and after a restart."""

    name: str
    every: int
    args: tuple[str, ...] = ()


@dataclass
class Registry:
    urls: list[UrlInclude] = field(default_factory=list)
    api_routers: list[tuple[str, Any]] = field(default_factory=list)
    listing_sources: dict[str, ListingSource] = field(default_factory=dict)
    dashboard_panels: list[Callable[[Any], Any]] = field(default_factory=list)
    demo_loaders: list[DemoLoader] = field(default_factory=list)
    child_page_types: dict[str, list[str]] = field(default_factory=dict)
    content_generators: list[ContentGenerator] = field(default_factory=list)
    sitemaps: dict[str, Any] = field(default_factory=dict)
    person_listings: list[PersonListing] = field(default_factory=list)
    periodic_commands: list[PeriodicCommand] = field(default_factory=list)

    def add_urls(self, prefix: str, urlconf: Any, *, translated: bool = True, namespace=None):
        self.urls.append(UrlInclude(prefix, urlconf, translated, namespace))

    def add_api_router(self, prefix: str, router: Any) -> None:
        if any(existing == prefix for existing, _ in self.api_routers):
            raise ValueError(f"An API router is already registered at {prefix!r}")
        self.api_routers.append((prefix, router))

    def add_sitemap(self, name: str, sitemap: Any) -> None:
        """A Django ``Sitemap`` class for pages outside the page tree (person pages)."""
        self.sitemaps[name] = sitemap

    def add_listing_source(self, source: ListingSource) -> None:
        self.listing_sources[source.key] = source

    def add_person_listing(self, listing: PersonListing) -> None:
        self.person_listings.append(listing)

    def add_dashboard_panel(self, panel_factory: Callable[[Any], Any]) -> None:
        """``panel_factory(request)`` returns a Wagtail admin Component or None."""
        self.dashboard_panels.append(panel_factory)

    def add_demo_loader(self, name: str, load: Callable[..., None], order: int = 100) -> None:
        self.demo_loaders.append(DemoLoader(name, load, order))

    def add_content_generator(self, name: str, generate: Callable[..., dict], order=100):
        self.content_generators.append(ContentGenerator(name, generate, order))

    def add_periodic_command(self, name: str, every: int, *args: str) -> None:
        """Run ``manage.py <name> <args>`` every ``every`` seconds (docs/deployment.md)."""
        command = PeriodicCommand(name, every, tuple(args))
        if command not in self.periodic_commands:
            self.periodic_commands.append(command)

    def allow_children(self, parent: str, *children: str) -> None:
        """Let ``children`` (``app_label.Model``) be created under ``parent``."""
        allowed = self.child_page_types.setdefault(parent.lower(), [])
        allowed.extend(c for c in children if c not in allowed)

    def children_of(self, parent: str) -> list[str]:
        return list(self.child_page_types.get(parent.lower(), []))

    def listing_choices(self) -> list[tuple[str, str]]:
        return [(key, str(source.label)) for key, source in self.listing_sources.items()]

    def sorted_demo_loaders(self) -> list[DemoLoader]:
        return sorted(self.demo_loaders, key=lambda loader: loader.order)

    def sorted_content_generators(self) -> list[ContentGenerator]:
        return sorted(self.content_generators, key=lambda generator: generator.order)


registry = Registry()
