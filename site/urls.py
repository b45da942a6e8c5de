import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents.views import serve as document_serve

from . import views
from .api.v1 import api_not_found, build_api
from .api.v2 import wagtail_api
from .page_cache import public_revalidate
from .registry import registry
from .sitemaps import SITEMAPS


def _include(entry):
    target = entry.urlconf
    if entry.namespace:
        target = (target, entry.namespace)
    return path(entry.prefix, include(target))


DOCUMENTS_UPLOAD_PREFIX = "documents"  # AtelierDocument.file upload_to

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
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(document_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", public_revalidate(views.robots_txt), name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
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


def development_media_patterns():
    """The development server serves MEDIA_ROOT (images, renditions) as a proxy would, and
    like the proxy never a document: those come only through the document view."""
    import posixpath

    from django.http import Http404
    from django.views.static import serve as serve_media

    def serve_public_media(request, path):
        parts = posixpath.normpath(path.replace("\\", "/")).lstrip("/").split("/")
        if parts[0].lower() == DOCUMENTS_UPLOAD_PREFIX:
            raise Http404("Documents are served by /documents/ only.")
        return serve_media(request, path, document_root=settings.MEDIA_ROOT)

    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [re_path(rf"^{prefix}(?P<path>.*)$", serve_public_media)]


if settings.DJANGO_ADMIN_ENABLED:  # off by default: the Wagtail admin is the admin
    urlpatterns.insert(0, path("django-admin/", admin.site.urls))

if settings.DEBUG:
    urlpatterns += development_media_patterns()

urlpatterns += i18n_patterns(
    *[_include(entry) for entry in registry.urls if entry.translated],
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
