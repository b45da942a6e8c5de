"""The content API at /api/v1/: one NinjaAPI, filled with the routers apps register.

Contract: docs/api.md (for partner developers) and /work's API.md. Everything here is
read-only and public; the shared behaviour lives beside this module:
``api_errors`` (problem details, unknown parameters), ``api_pagination`` (lists),
``api_schemas`` (images, rich text, blocks, translations), ``api_http`` (ETag, CORS).
"""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from .api_errors import install_problem_handlers, reject_unknown_query_parameters
from .api_themes import router as themes_router
from .registry import registry


def build_api() -> NinjaAPI:
    api = NinjaAPI(
        title="Atelier content API",
        version="1.0.0",
        description=str(
            _("Read-only, public content: events, series, people, projects, reports, articles.")
        ),
        urls_namespace="api_v1",
        openapi_url="/openapi.json",
        docs_url="/docs",
    )
    install_problem_handlers(api)
    # "view" mode runs before django-ninja validates, so a typo'd filter is caught first
    api.add_decorator(reject_unknown_query_parameters, mode="view")
    routers = [("", themes_router), *registry.api_routers]
    for prefix, router in routers:
        api.add_router(prefix, router)
    return api
