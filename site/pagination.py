"""The one pagination of the HTML indexes (agenda, publications, articles): ``paginate``
makes the page, ``{% pagination page_obj %}`` (templatetags/atelier_pagination.py,
components/pagination.html) draws it. The content API pages with ``api/pagination.py``."""

from django.core.paginator import Page, Paginator

PAGE_PARAMETER = "pagina"


def paginate(items, request, per_page: int, param: str = PAGE_PARAMETER) -> Page:
    """The page of ``items`` the request asks for with ``?pagina=``: a value that is not a
    number is page 1, a number beyond the end the last page (never a 404 or a 500)."""
    return Paginator(items, per_page).get_page(request.GET.get(param))
