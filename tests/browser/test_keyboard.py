"""The visitor flows with the keyboard only, in Chromium, on the programme and knowledge
demo: the skip link is the first stop, every stop shows a focus indicator that the element
does not have unfocused, Tab runs through the whole page to the footer and back to the top
(no trap), and the "read more" bios, the agenda filters, search and the calendar link all
work without a mouse."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# The style that tells a focused element apart; recorded focused and unfocused.
FOCUS_STYLE = """el => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(" | ");
}"""


def tab_through(page, limit=400):
    """Press Tab from page load until focus comes back to the first stop; returns, per stop,
    a description, whether it is inside the footer, and its focused style. Each focused
    element is marked (data-kbd) so its unfocused style can be read afterwards."""
    stops = []
    for index in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            """([index, styleOf]) => {
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                if (!el.hasAttribute("data-kbd")) el.setAttribute("data-kbd", index);
                return {
                    mark: el.getAttribute("data-kbd"),
                    what: el.tagName.toLowerCase() + (el.className ? "." + el.className : "")
                        + " " + (el.textContent || el.name || "").trim().slice(0, 40),
                    footer: !!el.closest("footer"),
                    skip: el.classList.contains("skip-link"),
                    style: (new Function("return " + styleOf))()(el),
                    visible: el.getClientRects().length > 0,
                };
            }""",
            [index, FOCUS_STYLE],
        )
        if stop is None:  # past the last stop, focus leaves the document for a moment
            continue
        if stops and stop["skip"]:
            return stops, True
        stops.append(stop)
    return stops, False


def assert_keyboard_friendly(page, url):
    page.goto(url)
    stops, wrapped = tab_through(page)
    assert stops and stops[0]["skip"], f"the first stop is not the skip link: {stops[:1]}"
    assert any(stop["footer"] for stop in stops), f"Tab never reached the footer on {url}"
    assert wrapped, f"Tab did not come back to the top after {len(stops)} stops on {url}"
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.mouse.click(1, 1)  # nothing focused, and no keyboard modality any more
    unfocused = page.evaluate(
        f"""() => Object.fromEntries([...document.querySelectorAll("[data-kbd]")]
            .map(el => [el.getAttribute("data-kbd"), ({FOCUS_STYLE})(el)]))"""
    )
    invisible = [
        stop["what"]
        for stop in stops
        if stop["style"] == unfocused[stop["mark"]] or not stop["visible"]
    ]
    assert not invisible, f"focus not visible on {url} at: {invisible}"
    return stops


KEYBOARD_PAGES = [
    "/agenda/",
    "/agenda/dag-van-de-buurt-2021/",
    "/projecten/stadsgenoten/",
    "/publicaties/stadsgenoten-eindrapport/",
    "/zoeken/?q=buurt",
]


def test_skip_link_first_focus_always_visible_and_no_trap(page, content_site):
    # One test over the pages: loading the demo costs most of the time.
    for path in KEYBOARD_PAGES:
        assert_keyboard_friendly(page, f"{content_site}{path}")


def focus_by_tab(page, selector, limit=300):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "selector => document.activeElement && document.activeElement.matches(selector)",
            selector,
        ):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_read_more_bios_open_and_close_with_the_keyboard(page, content_site):
    page.goto(f"{content_site}/agenda/dag-van-de-buurt-2021/")
    bio = page.locator(".person-card__bio").first
    expect(bio.locator(".prose")).to_be_hidden()
    focus_by_tab(page, ".person-card__bio summary")
    page.keyboard.press("Enter")
    expect(bio.locator(".prose")).to_be_visible()
    page.keyboard.press("Space")
    expect(bio.locator(".prose")).to_be_hidden()


def test_agenda_filters_search_and_calendar_link_work_with_the_keyboard(page, content_site):
    page.goto(f"{content_site}/agenda/")
    focus_by_tab(page, "#id_when")
    page.keyboard.press("ArrowDown")  # a closed select steps through its options
    chosen = page.locator("#id_when").input_value()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    focus_by_tab(page, ".agenda-filters button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**when={chosen}**")
    expect(page.locator("#id_when")).to_have_value(chosen)

    page.goto(f"{content_site}/")
    focus_by_tab(page, "input[type=search]")
    page.keyboard.type("Kennisatelier samen werken aan de buurtagenda")  # upcoming: a past
    # event offers no calendar file
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/**")
    focus_by_tab(page, ".search-result__title a")
    page.keyboard.press("Enter")
    page.wait_for_url("**/agenda/**")
    focus_by_tab(page, ".event__calendar a[download]")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".ics")
