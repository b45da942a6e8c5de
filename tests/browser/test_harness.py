"""The harness itself: each check must catch what it is there to catch."""

import pytest

from .harness import assert_accessible, axe_violations, check_widths, validate_html

pytestmark = pytest.mark.browser

BROKEN = """<!DOCTYPE html><html lang="nl"><head><title>Kapot</title></head><body><main>
<img src="/static/missing.png"><button></button>
<p style="color:#bbb;background:#fff">Te licht om te lezen</p></main></body></html>"""


def test_axe_reports_missing_alt_text_and_unnamed_buttons(page):
    page.set_content(BROKEN)
    rules = {violation["id"] for violation in axe_violations(page)}
    assert {"image-alt", "button-name", "color-contrast"} <= rules
    with pytest.raises(AssertionError) as failure:
        assert_accessible(page)
    assert "image-alt (critical)" in str(failure.value)
    assert "at img" in str(failure.value)


def test_the_nu_validator_finds_errors_per_document_in_one_run():
    good = "<!DOCTYPE html><html lang='nl'><head><title>Goed</title></head><body><p>Ja</p></body>"
    bad = "<!DOCTYPE html><html lang='nl'><head></head><body><p><div>Nee</div></p></body>"
    errors = validate_html({"good": good, "bad": bad})
    assert errors["good"] == []
    messages = " ".join(message["message"] for message in errors["bad"])
    assert "title" in messages  # a document needs a <title>


def test_check_widths_refuses_a_page_that_scrolls_sideways(page, site_url):
    # A page 900px wide, answered by the browser itself at a URL on the live server.
    wide = f"{site_url}/te-breed/"
    body = "<!DOCTYPE html><html lang=nl><title>x</title><div style='width:900px'>breed</div>"
    page.route(wide, lambda route: route.fulfill(status=200, content_type="text/html", body=body))
    with pytest.raises(AssertionError, match="scrolls sideways by .* at 375px"):
        check_widths(page, wide, "harness-wide", widths=(375,))
