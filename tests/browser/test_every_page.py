"""Every page of the built site, in a real Chromium: clean, offline, readable and accessible.

The pages are shown in wide fonts (see conftest.py) on a desktop screen and on the two narrowest
phone screens that WCAG's Reflow criterion (1.4.10) and common phones ask for.
"""

import contextlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import WCAG_21_AA, WIDE_FONTS, forcing_wide_fonts
from tests.site_harness import page_paths

PAGES = page_paths()
SCHEMES = ["light", "dark"]
WIDTHS = [1280, 360, 320]
# axe takes about a second per thousand elements, most of it for colour contrast, and code blocks
# have thousands. What the width changes is which elements show and which boxes scroll; colours
# and markup stay. So every page has the full check on the narrowest screen, the home page on the
# desktop too (the sidebars show only there), and the other widths the rule that the width
# decides: a box that scrolls must be reachable by keyboard.
WIDTH_DEPENDENT_RULES = {
    **WCAG_21_AA,
    "runOnly": {"type": "rule", "values": ["scrollable-region-focusable"]},
}

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

# The boxes of the article that scroll sideways right now (code, tables, formulas, widgets).
SCROLL_BOXES = """() => [...document.querySelectorAll("article :is(div, pre, code, table)")]
  .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX)
    && el.scrollWidth > el.clientWidth && el.checkVisibility())"""

# Those a keyboard cannot reach, or (apart from Material's code blocks) that do not say what
# they hold. The page sets them up once it has laid itself out at a new width or in new fonts.
UNREACHABLE_SCROLL_BOXES = f"""() => ({SCROLL_BOXES})()
  .filter((el) => !(el.getAttribute("tabindex") === "0" && (el.tagName === "CODE"
    || (el.getAttribute("role") && (el.getAttribute("aria-label")
      || el.getAttribute("aria-labelledby"))))))
  .map((el) => `${{el.tagName}}.${{el.className}} ${{(el.textContent || "").slice(0, 40)}}`)"""


def wait_until_scroll_boxes_are_reachable(page) -> list[str]:
    """Wait for the page to make every scrolling box a tab stop; return those that are not."""
    with contextlib.suppress(PlaywrightError):  # the caller reports the boxes, by name
        page.wait_for_function(f"({UNREACHABLE_SCROLL_BOXES})().length === 0", timeout=10_000)
    return page.evaluate(UNREACHABLE_SCROLL_BOXES)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_page_is_clean_offline_described_and_accessible(page, site_url, page_log, path, scheme):
    """One load per page and scheme, every check on what it shows, then the same on phones."""
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

    if forcing_wide_fonts():
        fonts = page.evaluate(
            "[...document.querySelectorAll('article p, article code')]"
            ".map((e) => getComputedStyle(e).fontFamily)"
        )
        assert {font.split(",")[0].strip('"') for font in fonts} <= set(WIDE_FONTS)

    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.wait_for_function(f"document.documentElement.clientWidth === {width}")
        assert wait_until_scroll_boxes_are_reachable(page) == [], f"{width} px"
        # Nothing scrolls sideways but the boxes made for it (WCAG 1.4.10 Reflow).
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.evaluate(OVERFLOWING_ELEMENTS) == [], f"{width} px"
        full = width == min(WIDTHS) or (path == "" and width == max(WIDTHS))
        results = Axe().run(page, options=WCAG_21_AA if full else WIDTH_DEPENDENT_RULES)
        report = f"{scheme} scheme, {width} px:\n{results.generate_report()}"
        assert results.violations_count == 0, report


# Remember the boxes that scroll, and put focus at the top of the article.
START_AT_THE_ARTICLE = f"""() => {{
  window.boxesThatScroll = ({SCROLL_BOXES})();
  const article = document.querySelector("article");
  article.setAttribute("tabindex", "-1");
  article.focus();
}}"""
# Where focus is after a Tab; a box that scrolls marks itself as reached.
FOCUS_AFTER_TAB = """() => {
  const focused = document.activeElement;
  if (window.boxesThatScroll.includes(focused)) focused.dataset.reachedByTab = "";
  if (focused === document.body) return "body";
  return focused.closest("article") ? "article" : "past";
}"""
BOXES_NOT_REACHED = """() => window.boxesThatScroll
  .filter((box) => !("reachedByTab" in box.dataset))
  .map((box) => `${box.tagName}.${box.className} ${box.textContent.slice(0, 40)}`)"""


@pytest.mark.parametrize("path", PAGES)
def test_a_keyboard_reaches_every_box_that_scrolls_on_a_phone(page, site_url, path):
    """Tab from the top of the article to its end, on a 320 px screen: every box that scrolls
    is a stop, and focus never falls back to the page itself."""
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert wait_until_scroll_boxes_are_reachable(page) == []
    page.evaluate(START_AT_THE_ARTICLE)
    for _ in range(1000):  # a bound, so that a focus trap fails the test instead of hanging it
        page.keyboard.press("Tab")
        where = page.evaluate(FOCUS_AFTER_TAB)
        assert where != "body", "focus fell back to the page"
        if where == "past":
            break
    assert page.evaluate(BOXES_NOT_REACHED) == []
