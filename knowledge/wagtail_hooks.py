"""Admin and serving hooks for knowledge: embargoed and unpublished reports' files stay shut."""

from django.http import Http404
from wagtail import hooks

from .queries import document_visible_to


@hooks.register("before_serve_document")
def keep_unpublished_report_files_closed(document, request):
    # Wagtail checks the collection's privacy itself; this adds the report's own state, so a
    # draft or private report's files cannot be fetched by guessing their URL.
    if not document_visible_to(document, request):
        raise Http404
