"""The search page: /zoeken/ (Dutch) and /en/zoeken/ (English)."""

from urllib.parse import urlencode

from atelier.models import Theme
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language, gettext
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
    context = {
        "form": form,
        "query": "",
        "results": None,
        "unavailable": False,
        "breadcrumb_trail": [(gettext("Search"), None)],
    }
    status = 200
    if form.is_bound and form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        page_number = data["page"] or 1
        context["query"] = data["q"].strip()

        def results_page(number):
            return service.search(
                data["q"],
                types=same_label_types(data["type"]),
                theme=data["theme"],
                year=data["year"],
                locale=language,
                limit=PAGE_SIZE,
                offset=(number - 1) * PAGE_SIZE,
            )

        try:
            results = results_page(page_number)
            last = max(1, -(-results.count // PAGE_SIZE))
            if page_number > last:  # past the end (an old link): the last page, as on indexes
                page_number = last
                results = results_page(page_number)
        except service.SearchUnavailable:
            context["unavailable"] = True
            status = 503
        else:
            context.update(_result_context(request, data, results, page_number, theme_choices))
    elif form.is_bound and form.is_valid():
        context["empty_query"] = True
    return render(request, "search/search.html", context, status=status)


def same_label_types(types: list[str]) -> list[str]:
    """The chosen result types with every type visitors know by the same name (an ordinary
    page and a landing page are both "Page"): one checkbox, all of them."""
    if not types:
        return []
    labels = service.type_labels()
    chosen = {labels.get(key) for key in types}
    return sorted({key for key, label in labels.items() if label in chosen} | set(types))


def type_facets(counts: dict[str, int], selected: list[str]) -> list[dict]:
    """One facet per name visitors know (see ``same_label_types``), counts added up."""
    labels = service.type_labels()
    facets: dict[str, dict] = {}
    for key, count in sorted(counts.items()):
        label = labels.get(key, key)
        facet = facets.setdefault(label, {"value": key, "label": label, "count": 0})
        facet["count"] += count
        facet["selected"] = facet.get("selected", False) or key in selected
    return sorted(facets.values(), key=lambda facet: facet["label"].lower())


def _result_context(request, data, results, page_number, theme_choices):
    paginator = Paginator(range(results.count), PAGE_SIZE)
    page_obj = paginator.get_page(page_number)
    params = request.GET.copy()

    def page_url(number):
        params["page"] = number
        return "?" + params.urlencode()

    theme_names = dict(theme_choices)
    return {
        "results": results,
        "page_obj": page_obj,
        "previous_url": page_url(page_obj.previous_page_number())
        if page_obj.has_previous()
        else None,
        "next_url": page_url(page_obj.next_page_number()) if page_obj.has_next() else None,
        "type_facets": type_facets(results.facets["type"], same_label_types(data["type"])),
        "filters_chosen": len(data["type"]) + len(data["theme"]) + (1 if data["year"] else 0),
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
