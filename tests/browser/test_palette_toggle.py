"""The light/dark toggle in Chromium: docs/javascripts/palette-toggle.js on Material's markup."""

import pytest
from playwright.sync_api import Browser, Page, expect

SCHEME = "document.body.getAttribute('data-md-color-scheme')"
COLOR_SCHEME_META = "document.querySelector('meta[name=color-scheme]')?.content ?? null"


def _open(browser: Browser, site_url: str, path: str, os_scheme: str) -> tuple[Page, list[str]]:
    page = browser.new_context(color_scheme=os_scheme).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    return page, errors


def _toggle(page: Page):
    return page.locator("form[data-palette-toggle] label:not([hidden])")


@pytest.mark.parametrize(("os_scheme", "scheme"), [("light", "default"), ("dark", "slate")])
def test_a_first_visit_follows_the_system_scheme(browser, site_url, os_scheme, scheme):
    page, errors = _open(browser, site_url, "softmax/", os_scheme)
    assert page.evaluate(SCHEME) == scheme
    assert _toggle(page).count() == 1
    assert page.evaluate(COLOR_SCHEME_META) == (None if scheme == "default" else "dark")
    assert errors == []
    page.context.close()


def test_the_toggle_switches_and_the_next_page_keeps_the_choice(browser, site_url):
    page, errors = _open(browser, site_url, "softmax/", "light")
    expect(_toggle(page)).to_have_attribute("title", "Switch to the dark scheme")
    _toggle(page).click()
    assert page.evaluate(SCHEME) == "slate"
    expect(_toggle(page)).to_have_attribute("title", "Switch to the light scheme")
    assert page.evaluate(COLOR_SCHEME_META) == "dark"
    # Material's inline script applies the saved choice before the next page is first drawn.
    page.goto(site_url + "training/")
    assert page.evaluate(SCHEME) == "slate"
    page.wait_for_load_state("networkidle")
    _toggle(page).click()
    assert page.evaluate(SCHEME) == "default"
    assert page.evaluate(COLOR_SCHEME_META) == "light"
    assert errors == []
    page.context.close()


def test_the_keyboard_switches_with_enter_and_keeps_focus_on_the_toggle(browser, site_url):
    page, errors = _open(browser, site_url, "logits/", "light")
    page.get_by_role("radio", name="Switch to the dark scheme").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(SCHEME) == "slate"
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "Switch to the light scheme"
    page.keyboard.press("Enter")
    assert page.evaluate(SCHEME) == "default"
    assert errors == []
    page.context.close()


def test_material_no_longer_runs_its_own_palette_component(browser, site_url):
    page, errors = _open(browser, site_url, "sigmoid/", "light")
    assert page.locator('[data-md-component="palette"]').count() == 0
    # Material's component marks the body while it switches; at load, nothing switches.
    assert page.evaluate("document.body.hasAttribute('data-md-color-switching')") is False
    assert errors == []
    page.context.close()
