"""The embeddable agenda at /embed/agenda/: a small HTML page partner sites show in an iframe.

Same queryset as the agenda page and the API (``queries``), the API's caching
(``conditional_get``), and framing allowed only for the origins in EMBED_ALLOWED_ORIGINS:
every other page keeps ``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``.
"""

from dataclasses import dataclass
from functools import wraps

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

from .filters import filter_events
from .models import EventFormat
from .queries import in_series, public_events, public_series, upcoming_events

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
SCHEMES = ("auto", "light", "dark")
ALLOWED_PARAMETERS = {"theme", "format", "series", "limit", "language", "scheme"}


class BadFilter(ValueError):
    """A query parameter the agenda cannot use; its message is shown with a 400."""


@dataclass
class EmbedOptions:
    language: str
    locale: Locale
    limit: int = DEFAULT_LIMIT
    theme: Theme | None = None
    format: str = ""
    series: object = None
    scheme: str = "auto"

    def filter_data(self) -> dict:
        return {"theme": self.theme, "format": self.format}


def _single(query, name) -> str | None:
    values = query.getlist(name)
    if len(values) > 1:
        raise BadFilter(_("Give %(name)s only once.") % {"name": name})
    return values[0].strip() if values else None


def parse_options(query) -> EmbedOptions:
    unknown = sorted(set(query) - ALLOWED_PARAMETERS)
    if unknown:
        raise BadFilter(
            _("Unknown parameter(s): %(names)s. Allowed: %(allowed)s.")
            % {"names": ", ".join(unknown), "allowed": ", ".join(sorted(ALLOWED_PARAMETERS))}
        )
    language = _single(query, "language") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        raise BadFilter(_("language must be nl or en."))
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise BadFilter(_("There is no event calendar in this language."))
    options = EmbedOptions(language=language, locale=locale)

    limit = _single(query, "limit")
    if limit is not None:
        if not limit.isdigit() or not 1 <= int(limit) <= MAX_LIMIT:
            raise BadFilter(_("limit must be a whole number from 1 to 50."))
        options.limit = int(limit)

    slug = _single(query, "theme")
    if slug:
        options.theme = Theme.objects.filter(slug=slug, locale=locale).first()
        if options.theme is None:
            raise BadFilter(_("Unknown theme: %(slug)s.") % {"slug": slug[:50]})

    event_format = _single(query, "format")
    if event_format:
        if event_format not in EventFormat.values:
            raise BadFilter(
                _("Unknown event type. Choose from: %(formats)s.")
                % {"formats": ", ".join(EventFormat.values)}
            )
        options.format = event_format

    series_id = _single(query, "series")
    if series_id:
        is_id = series_id.isdigit() and len(series_id) < 12
        series = public_series(locale=locale).filter(pk=series_id).first() if is_id else None
        if series is None:
            raise BadFilter(_("Unknown series: %(id)s.") % {"id": series_id[:20]})
        options.series = series

    scheme = _single(query, "scheme")
    if scheme:
        if scheme not in SCHEMES:
            raise BadFilter(_("scheme must be auto, light or dark."))
        options.scheme = scheme
    return options


def agenda_events(options: EmbedOptions):
    events = public_events(locale=options.locale)
    if options.series:
        events = in_series(events, options.series)
    return filter_events(upcoming_events(events), options.filter_data())[: options.limit]


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
