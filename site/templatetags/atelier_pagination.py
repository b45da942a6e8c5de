"""``{% pagination page_obj %}``: the one pagination of the HTML lists (agenda, publications,
articles, search results), rendered by ``components/pagination.html``.

The links keep every other query parameter of the request (the filters) and replace only
the page parameter: ``pagina`` on the Dutch-named indexes, ``page`` on the search page."""

from django import template
from django.http import QueryDict

register = template.Library()


def page_link(query: QueryDict, param: str, number: int) -> str:
    """``?<the other parameters>&<param>=<number>``: the filters first, the page last."""
    query = query.copy()
    query.pop(param, None)
    query[param] = number
    return "?" + query.urlencode()


@register.inclusion_tag("components/pagination.html", takes_context=True)
def pagination(context, page_obj, param="pagina"):
    request = context.get("request")
    query = request.GET if request is not None else QueryDict()
    return {
        "page_obj": page_obj,
        "previous_url": page_link(query, param, page_obj.previous_page_number())
        if page_obj.has_previous()
        else None,
        "next_url": page_link(query, param, page_obj.next_page_number())
        if page_obj.has_next()
        else None,
    }
