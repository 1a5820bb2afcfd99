"""Material's light/dark toggle and search, as mkdocs.yml and overrides/ set them up."""

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import new_context

SCHEMES = {
    "light": ("default", "Switch to the dark scheme", "slate"),
    "dark": ("slate", "Switch to the light scheme", "default"),
}


@pytest.mark.parametrize("os_scheme", sorted(SCHEMES))
def test_the_toggle_follows_the_system_then_switches_and_the_next_page_keeps_it(
    browser: Browser, site_url: str, os_scheme: str
):
    first, switch, other = SCHEMES[os_scheme]
    context = new_context(browser, color_scheme=os_scheme)
    try:
        page = context.new_page()
        page.goto(site_url + "softmax/")
        body = page.locator("body")
        expect(body).to_have_attribute("data-md-color-scheme", first)
        page.get_by_title(switch).click()
        expect(body).to_have_attribute("data-md-color-scheme", other)
        page.goto(site_url + "logits/")
        expect(body).to_have_attribute("data-md-color-scheme", other)
    finally:
        context.close()


def test_search_is_a_named_dialog_and_finds_softmax(page, site_url, page_log):
    page.goto(site_url)
    expect(page.get_by_role("dialog", name="Search", include_hidden=True)).to_have_count(1)
    page.get_by_role("textbox", name="Search").click()
    page.keyboard.type("softmax")
    first = page.locator(".md-search-result__item").first
    expect(first).to_contain_text("softmax", ignore_case=True)
    assert page_log.blocked_requests == []  # the repository link fetches no counts from GitHub
