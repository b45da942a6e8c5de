"""Retake the screenshots in docs/img/ from a running demo site (make run).

    .venv/bin/python docs/screenshots.py http://127.0.0.1:8000

Uses the machine's Chromium through Playwright, as the browser tests do."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

IMG = Path(__file__).resolve().parent / "img"


def shoot(page, name: str, **options) -> None:
    page.screenshot(path=str(IMG / f"{name}.png"), **options)


def login(browser, base: str, username: str):
    page = browser.new_page(viewport={"width": 1200, "height": 760}, locale="nl-NL")
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", username)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page


def main(base: str) -> None:
    IMG.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = login(browser, base, "editor")
        home_id = page.evaluate(
            "() => fetch('/api/wagtail/v2/pages/?type=home.HomePage&locale=nl')"
            ".then(r => r.json()).then(d => d.items[0].id)"
        )
        # An editor composes a landing page: the block chooser with a block's preview.
        page.goto(f"{base}/admin/pages/add/home/landingpage/{home_id}/")
        page.fill("#id_title", "Lerend netwerk Inclusieve wijken")
        page.fill("#id_intro", "Vier bijeenkomsten met collega's uit het hele land.")
        page.locator("[data-streamfield-list-add], button[title='Blok invoegen']").first.click()
        page.locator(".w-combobox__option-preview").nth(4).click()  # "Oproep met knop"
        page.wait_for_timeout(1500)
        shoot(page, "block-chooser")
        page.keyboard.press("Escape")
        # ...and submits it for moderation; the dashboard then lists it as waiting.
        with page.expect_navigation():
            page.evaluate("() => document.querySelector('button[name=action-submit]').click()")
        page.goto(f"{base}/admin/")
        shoot(page, "dashboard")

        page = login(browser, base, "moderator")
        page.goto(f"{base}/admin/settings/atelier/navigationsettings/")
        shoot(page, "menu")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
