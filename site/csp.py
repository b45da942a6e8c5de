"""Per-response additions to the Content-Security-Policy.

The policy only allows forms to post to this site. A block that renders a form for an
outside service (the newsletter sign-up) asks for that one origin on that one response.

Previews: Wagtail renders a preview by sending a made-up request for the page's public
URL through the whole middleware stack, so it would get the public policy
(``frame-ancestors 'none'``) and the live preview panel beside the editor would stay
blank. A preview response may be framed by the admin's own origin and nothing else.
"""

from urllib.parse import urlparse

REQUEST_ATTRIBUTE = "_atelier_csp_form_action"


def origin_of(url: str) -> str | None:
    parsed = urlparse(url or "")
    if parsed.scheme != "https" or not parsed.hostname:
        return None
    port = f":{parsed.port}" if parsed.port else ""
    return f"https://{parsed.hostname}{port}"


def allow_form_action(request, url: str) -> bool:
    """Let this response's forms post to ``url``'s origin. False if the URL is not https."""
    origin = origin_of(url)
    if request is None or origin is None:
        return False
    origins = getattr(request, REQUEST_ATTRIBUTE, None)
    if origins is None:
        origins = set()
        setattr(request, REQUEST_ATTRIBUTE, origins)
    origins.add(origin)
    return True


class FormActionMiddleware:
    """Listed after CSPMiddleware so it runs first on the way out and csp sees the update."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origins = getattr(request, REQUEST_ATTRIBUTE, None)
        if origins:
            update = dict(getattr(response, "_csp_update", None) or {})
            update["form-action"] = [*update.get("form-action", []), *sorted(origins)]
            response._csp_update = update
        return response


# The preview is served from the admin's URL, so 'self' is the admin's own origin.
PREVIEW_FRAME_ANCESTORS = ["'self'"]


class PreviewFramingMiddleware:
    """Listed after CSPMiddleware (runs first on the way out): lets the admin frame
    preview responses, and only preview responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            replace = dict(getattr(response, "_csp_replace", None) or {})
            replace["frame-ancestors"] = PREVIEW_FRAME_ANCESTORS
            response._csp_replace = replace
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
