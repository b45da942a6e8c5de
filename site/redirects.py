"""Wagtail's redirects, without telling anyone where a private page went.

A redirect to a page is followed only when the visitor may see that page: it is live, and
every view restriction on it or an ancestor accepts the request (the password was given,
the visitor is logged in or in the group). Otherwise the old address stays a 404, and its
``Location`` never reveals a private page's new slug."""

from wagtail.contrib.redirects import models
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect


def visible_to(page, request) -> bool:
    if not page.live:
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


class VisibleRedirectMiddleware(RedirectMiddleware):
    def process_response(self, request, response):
        if response.status_code != 404:
            return response
        path = models.Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        redirect = get_redirect(request, path) or get_redirect(request, path.split("?", 1)[0])
        hidden = (
            redirect is not None
            and redirect.redirect_page_id
            and not visible_to(redirect.redirect_page, request)
        )
        if hidden:
            return response
        return super().process_response(request, response)
