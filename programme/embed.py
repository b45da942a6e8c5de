"""The embeddable agenda at /embed/agenda/: a small HTML page partner sites show in an iframe.

Same queryset as the agenda page and the API (``queries``), the API's caching
(``conditional_get``), and framing allowed only for the origins in EMBED_ALLOWED_ORIGINS:
every other page keeps ``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``.
"""

from dataclasses import dataclass, field
from functools import cached_property, wraps

from atelier.api.filters import LIST_NAMES, BadCriteria, criteria_from_query
from atelier.api.http import conditional_get
from atelier.models import Theme
from csp.decorators import csp_replace
from django.conf import settings
from django.http import HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt, xframe_options_sameorigin
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from .filters import EMBED_NAMES, EventCriteria, select_events
from .queries import public_events, public_series

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
SCHEMES = ("auto", "light", "dark")
# ``language`` is the documented name; ``locale`` (the API's name) means the same.
ALLOWED_PARAMETERS = {*EMBED_NAMES, "limit", "language", "locale", "scheme"}


class BadFilter(ValueError):
    """A query parameter the agenda cannot use; its message is shown with a 400."""


@dataclass
class EmbedOptions:
    language: str
    locale: Locale
    criteria: EventCriteria = field(default_factory=EventCriteria)
    limit: int = DEFAULT_LIMIT
    scheme: str = "auto"

    @cached_property
    def theme(self) -> Theme | None:
        """The first theme asked for, in the embed's language (for the heading)."""
        if not self.criteria.theme:
            return None
        keys = Theme.objects.filter(slug=self.criteria.theme[0]).values("translation_key")
        return Theme.objects.filter(translation_key__in=keys, locale=self.locale).first()

    @cached_property
    def series(self):
        if not self.criteria.series:
            return None
        return public_series().filter(pk=self.criteria.series).first()


def _single(query, name) -> str | None:
    values = query.getlist(name)
    if len(values) > 1 and name not in LIST_NAMES:
        # The API's words (site/api/errors.py): which value would count is a guess.
        raise BadFilter(f"Parameter given more than once: {name}.")
    return values[0].strip() if values else None


def parse_options(query) -> EmbedOptions:
    unknown = sorted(set(query) - ALLOWED_PARAMETERS)
    if unknown:
        known = ", ".join(sorted(ALLOWED_PARAMETERS))
        names = ", ".join(unknown)
        raise BadFilter(f"Unknown query parameter: {names}. Known parameters: {known}.")
    for name in sorted(query):
        _single(query, name)
    language, locale_code = _single(query, "language"), _single(query, "locale")
    if language and locale_code and language != locale_code:
        raise BadFilter(_("Give language or locale, not both."))
    language = language or locale_code or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        raise BadFilter(_("language must be nl or en."))
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise BadFilter(_("There is no event calendar in this language."))
    try:
        criteria = criteria_from_query(query, EMBED_NAMES, EventCriteria)
    except BadCriteria as bad:
        raise BadFilter(str(bad)) from None
    options = EmbedOptions(language=language, locale=locale, criteria=criteria)

    limit = _single(query, "limit")
    if limit is not None:
        if not limit.isdigit() or not 1 <= int(limit) <= MAX_LIMIT:
            raise BadFilter(_("limit must be a whole number from 1 to 50."))
        options.limit = int(limit)

    scheme = _single(query, "scheme")
    if scheme:
        if scheme not in SCHEMES:
            raise BadFilter(_("scheme must be auto, light or dark."))
        options.scheme = scheme
    return options


def agenda_events(options: EmbedOptions):
    """Upcoming events that meet the shared criteria, in the embed's language."""
    upcoming = options.criteria.model_copy(update={"when": "upcoming"})
    return select_events(upcoming, public_events(locale=options.locale))[: options.limit]


def frame_ancestors() -> list[str]:
    return ["'self'", *getattr(settings, "EMBED_ALLOWED_ORIGINS", [])]


def framable_by_embed_origins(view):
    """frame-ancestors from EMBED_ALLOWED_ORIGINS, read per request (settings may change)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        allow_framing = csp_replace({"frame-ancestors": frame_ancestors()})(view)
        # Browsers without CSP fall back to X-Frame-Options: same origin when no partner is set.
        if getattr(settings, "EMBED_ALLOWED_ORIGINS", []):
            allow_framing = xframe_options_exempt(allow_framing)
        else:
            allow_framing = xframe_options_sameorigin(allow_framing)
        return allow_framing(request, *args, **kwargs)

    return wrapped


@require_safe
@framable_by_embed_origins
def embed_agenda(request):
    try:
        options = parse_options(request.GET)
    except BadFilter as problem:
        return HttpResponseBadRequest(str(problem), content_type="text/plain; charset=utf-8")
    with translation.override(options.language):
        response = TemplateResponse(
            request,
            "programme/embed/agenda.html",
            {
                "events": list(agenda_events(options)),
                "options": options,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        response.render()
    return conditional_get(request, response, max_age=settings.API_CACHE_MAX_AGE)
