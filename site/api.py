"""The content API at /api/v1/: one NinjaAPI, filled with the routers apps register."""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

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
    for prefix, router in registry.api_routers:
        api.add_router(prefix, router)
    return api
