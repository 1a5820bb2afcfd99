"""Every page of the built site, in a real Chromium: clean, offline, readable and accessible."""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(
    "" if path.stem == "index" else f"{path.stem}/"
    for path in [*DOCS.glob("*.md"), *DOCS.glob("*.ipynb")]
)
SCHEMES = ["light", "dark"]
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

# The article's visible text without code, so a formula left as TeX shows up.
ARTICLE_PROSE = """() => {
  const article = document.querySelector("article").cloneNode(true);
  article.querySelectorAll("pre, code, .highlight, script, style, math").forEach((e) => e.remove());
  return article.innerText;
}"""

# Figures and images whose text alternative is missing or empty.
UNDESCRIBED_FIGURES = """() => {
  const name = (el) => {
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean);
    const labelled = ids.map((id) => document.getElementById(id)?.textContent || "").join(" ");
    return (el.getAttribute("aria-label") || labelled || el.getAttribute("alt") || "").trim();
  };
  const figures = [...document.querySelectorAll("article svg[role=img], article img")];
  return figures.filter((el) => !name(el)).map((el) => el.outerHTML.slice(0, 120));
}"""


# Elements of the article that stick out of the viewport without a scrolling box to hold them.
OVERFLOWING_ELEMENTS = """() => {
  const article = document.querySelector("article");
  const held = (el) => {
    for (let up = el.parentElement; up && up !== article.parentElement; up = up.parentElement) {
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(up).overflowX)) return true;
    }
    return false;
  };
  return [...article.querySelectorAll("*")]
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && !held(el))
    .map((el) => `${el.tagName}.${el.className} ${(el.textContent || "").slice(0, 40)}`);
}"""


# docs/javascripts/code-block-focus.js has run, on every block a keyboard can reach.
BLOCKS_THAT_FIT_ARE_NO_TAB_STOPS = """() => [...document.querySelectorAll("article pre > code")]
  .filter((code) => !code.closest("details:not([open])") && code.scrollWidth <= code.clientWidth)
  .every((code) => !code.hasAttribute("tabindex"))"""


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_page_is_clean_offline_described_and_accessible(page, site_url, page_log, path, scheme):
    """One load per page and scheme, then every check on what it shows."""
    page.emulate_media(color_scheme=scheme)
    response = page.goto(site_url + path)
    assert response is not None
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page_log.console_errors == []
    assert page_log.page_errors == []
    assert page_log.failed_requests == []
    assert page_log.blocked_requests == [], "requests to another host"

    prose = page.evaluate(ARTICLE_PROSE)
    assert "\\frac" not in prose
    assert "\\(" not in prose
    assert "$$" not in prose
    assert not any(part.count("$") >= 2 for part in prose.split("\n")), "a $…$ formula was left"

    assert page.evaluate(UNDESCRIBED_FIGURES) == []

    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, f"{scheme} scheme:\n{results.generate_report()}"

    # The same page on a phone: no sideways scroll, nothing sticking out of the article.
    page.set_viewport_size({"width": 360, "height": 740})
    page.wait_for_function("document.documentElement.clientWidth === 360")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.evaluate(OVERFLOWING_ELEMENTS) == []


def test_search_finds_softmax(page, site_url):
    page.goto(site_url)
    page.get_by_role("textbox", name="Search").click()
    page.keyboard.type("softmax")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert results.count() >= 1
    assert "softmax" in results.first.inner_text().lower()


def test_tabbing_through_a_page_never_drops_focus_on_a_code_block(page, site_url):
    """Material sets code blocks up as they come into view; a focused one must keep its focus."""
    page.goto(site_url + "training/")
    page.wait_for_load_state("networkidle")
    page.wait_for_function(BLOCKS_THAT_FIT_ARE_NO_TAB_STOPS)
    page.locator("article h1").first.evaluate("(h) => h.setAttribute('tabindex', '-1')")
    page.locator("article h1").first.focus()
    stops = []
    while len(stops) < 200:
        page.keyboard.press("Tab")
        page.wait_for_timeout(150)  # long enough for Material to set up a block Tab scrolled to
        focused = page.evaluate(
            "(() => { const e = document.activeElement;"
            " return [e.tagName, !!e.closest('article'), (e.textContent || '').slice(0, 30)]; })()"
        )
        if not focused[1] and focused[0] != "BODY":
            break  # past the article
        stops.append(focused)
    assert [stop for stop in stops if stop[0] == "BODY"] == []
    assert sum(stop[0] == "CODE" for stop in stops) >= 3  # the blocks that scroll are stops
