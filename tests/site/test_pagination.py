"""One pagination for every HTML list: ``{% pagination %}`` renders components/pagination.html,
whose links keep the request's other query parameters and replace only the page number."""

from pathlib import Path

from django.core.paginator import Paginator
from django.template import Context, Template
from django.test import RequestFactory
from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[2]


def render(url: str, page: int, param: str | None = None, count: int = 30) -> str:
    page_obj = Paginator(range(count), 10).page(page)
    tag = (
        "{% pagination page_obj %}"
        if param is None
        else f'{{% pagination page_obj param="{param}" %}}'
    )
    template = Template("{% load atelier_pagination %}" + tag)
    return template.render(Context({"request": RequestFactory().get(url), "page_obj": page_obj}))


def links(markup: str) -> dict[str, str]:
    return {a.get("rel"): a.get("href") for a in lxml_html.fromstring(markup).xpath("//a")}


def test_links_keep_the_filters_and_replace_only_the_page_number():
    markup = render("/publicaties/?soort=factsheet&pagina=2&jaar=2018&jaar=2019", 2)
    assert links(markup) == {
        "prev": "?soort=factsheet&jaar=2018&jaar=2019&pagina=1",
        "next": "?soort=factsheet&jaar=2018&jaar=2019&pagina=3",
    }
    (current,) = lxml_html.fromstring(markup).xpath('//span[@aria-current="page"]')
    assert current.text == "Pagina 2 van 3"  # the default language is Dutch
    assert "&amp;pagina=3" in markup  # escaped in the attribute


def test_the_first_and_last_page_have_one_link_and_a_single_page_none():
    assert set(links(render("/agenda/", 1))) == {"next"}
    assert set(links(render("/agenda/?pagina=3", 3))) == {"prev"}
    assert render("/agenda/", 1, count=5).strip() == ""


def test_the_page_parameter_can_be_named():
    markup = render("/zoeken/?q=wijk&page=2", 2, param="page")
    assert links(markup) == {"prev": "?q=wijk&page=1", "next": "?q=wijk&page=3"}


def test_the_query_is_escaped_in_the_links():
    markup = render('/zoeken/?q="><script>alert(1)</script>', 1, param="page")
    assert "<script>" not in markup
    assert links(markup)["next"] == "?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&page=2"


def test_no_template_writes_a_pagination_of_its_own():
    own = [
        str(path.relative_to(ROOT))
        for folder in ("templates", "home", "programme", "knowledge", "search", "site")
        for path in (ROOT / folder).rglob("*.html")
        if 'class="pagination"' in path.read_text(encoding="utf-8")
        and path != ROOT / "templates" / "components" / "pagination.html"
    ]
    assert not own, f"use {{% pagination page_obj %}} (components/pagination.html): {own}"
