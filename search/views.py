"""The search page: /zoeken/ (Dutch) and /en/zoeken/ (English)."""

from urllib.parse import urlencode

from atelier.models import Theme
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from . import service
from .forms import SearchForm

PAGE_SIZE = 10


def _theme_choices(language):
    names = {}
    for slug, name, code in Theme.objects.values_list("slug", "name", "locale__language_code"):
        if code == language or slug not in names:
            names[slug] = name
    return sorted(names.items(), key=lambda item: item[1].lower())


@require_safe
def search_view(request):
    language = get_language()
    theme_choices = _theme_choices(language)
    form = SearchForm(request.GET or None, theme_choices=theme_choices)
    context = {"form": form, "query": "", "results": None, "unavailable": False}
    status = 200
    if form.is_bound and form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        page_number = data["page"] or 1
        context["query"] = data["q"].strip()
        try:
            results = service.search(
                data["q"],
                types=data["type"],
                theme=data["theme"],
                year=data["year"],
                locale=language,
                limit=PAGE_SIZE,
                offset=(page_number - 1) * PAGE_SIZE,
            )
        except service.SearchUnavailable:
            context["unavailable"] = True
            status = 503
        else:
            context.update(_result_context(request, data, results, page_number, theme_choices))
    elif form.is_bound and form.is_valid():
        context["empty_query"] = True
    return render(request, "search/search.html", context, status=status)


def _result_context(request, data, results, page_number, theme_choices):
    paginator = Paginator(range(results.count), PAGE_SIZE)
    page_obj = paginator.get_page(page_number)
    params = request.GET.copy()

    def page_url(number):
        params["page"] = number
        return "?" + params.urlencode()

    labels = service.type_labels()
    theme_names = dict(theme_choices)
    return {
        "results": results,
        "page_obj": page_obj,
        "previous_url": page_url(page_obj.previous_page_number())
        if page_obj.has_previous()
        else None,
        "next_url": page_url(page_obj.next_page_number()) if page_obj.has_next() else None,
        "type_facets": [
            {
                "value": key,
                "label": labels.get(key, key),
                "count": count,
                "selected": key in data["type"],
            }
            for key, count in sorted(results.facets["type"].items())
        ],
        "theme_facets": [
            {
                "value": slug,
                "label": theme_names.get(slug, slug),
                "count": count,
                "selected": slug in data["theme"],
            }
            for slug, count in sorted(results.facets["theme"].items())
        ],
        "clear_filters_url": "?" + urlencode({"q": data["q"]}),
    }
