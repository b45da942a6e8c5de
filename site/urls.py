from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents.views import serve as document_serve

from . import views
from .api import api_not_found, build_api
from .api_v2 import wagtail_api
from .page_cache import public_revalidate
from .registry import registry
from .sitemaps import SITEMAPS


def _include(entry):
    target = entry.urlconf
    if entry.namespace:
        target = (target, entry.namespace)
    return path(entry.prefix, include(target))


# Wagtail's document URLs with ids bounded to the database's range (``<id:…>``): a larger
# number is a 404, not an integer overflow in SQLite.
document_urls = [
    path(
        "<id:document_id>/<path:document_filename>", document_serve.serve, name="wagtaildocs_serve"
    ),
    path(
        "authenticate_with_password/<id:restriction_id>/",
        document_serve.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(document_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("api/v1/", build_api().urls),
    re_path(r"^api/v1/", api_not_found),  # no slash-appending redirects inside the API
    path("api/wagtail/v2/", wagtail_api.urls),
    path(
        "sitemap.xml",
        public_revalidate(sitemap),
        {"sitemaps": {**SITEMAPS, **registry.sitemaps}},
        name="sitemap",
    ),
    *[_include(entry) for entry in registry.urls if not entry.translated],
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    *[_include(entry) for entry in registry.urls if entry.translated],
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
