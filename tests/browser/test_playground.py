"""The playground page in Chromium: docs/playground.md and docs/javascripts/softmax-playground.js.

The widget must show what its maths module computes, survive any input, keep its state in the URL
hash, and be usable with a keyboard and a screen reader, in both colour schemes and on a
phone-sized screen. The maths itself (docs/javascripts/playground-maths.js: numbers, formats,
parsing, the hash) is unit-tested against snippets/activations.py in test_playground_maths.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from urllib.parse import quote

import numpy as np
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS
from tests.browser.conftest import WCAG_21_AA, new_context

# What the table reads back: one dict per class, plus the footer's sums and the widget's texts.
READ_WIDGET = """() => {
  const root = document.querySelector("[data-softmax-playground]");
  const cells = (tr) => Object.fromEntries(
    [...tr.querySelectorAll("td")].map((td) => [td.dataset.column, td.textContent]));
  return {
    rows: [...root.querySelectorAll(".spg-table tbody tr")].map((tr) => ({
      label: tr.querySelector("th").textContent, ...cells(tr)})),
    sums: cells(root.querySelector(".spg-table tfoot tr")),
    caption: root.querySelector(".spg-table caption").textContent,
    status: root.querySelector(".spg-status").textContent,
    chart: root.querySelector(".spg-chart svg title").textContent,
    hash: location.hash,
  };
}"""

# The table's cells as the maths module formats them, computed in the page from the module itself.
MODULE_TABLE = """async ([logits, temperature, base]) => {
  const m = await import(new URL("../javascripts/playground-maths.js", location.href));
  const p = m.softmax(logits, temperature, base);
  const s = logits.map(m.sigmoid);
  const total = (values) => values.reduce((a, b) => a + b, 0);
  return {
    rows: logits.map((z, i) => ({
      logit: m.formatLogit(z),
      power: m.formatPower(z, temperature, base),
      softmax: m.formatProbability(p[i]),
      sigmoid: m.formatProbability(s[i]),
    })),
    sums: {
      logit: "",
      power: m.formatPowerSum(logits, temperature, base),
      softmax: m.formatProbability(total(p)),
      sigmoid: m.formatProbability(total(s)),
    },
  };
}"""

NAN_TEXT = "NaN"  # what a cell shows where the softmax has no limit
DEFAULT_HASH = "#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e"


# ---------------------------------------------------------------------------------------------
# Helpers


@pytest.fixture
def clean_page(page: Page, page_log) -> Iterator[Page]:
    """A page that, by the end of the test, must have thrown and logged no error."""
    yield page
    assert page_log.page_errors == []
    assert page_log.console_errors == []
    assert page_log.failed_requests == []
    assert page_log.blocked_requests == []


@pytest.fixture
def playground(clean_page: Page, site_url: str) -> Page:
    """The playground page, loaded without a hash: the running example."""
    open_playground(clean_page, site_url)
    return clean_page


def open_playground(page: Page, site_url: str, hash_: str = "") -> None:
    # The module runs before DOMContentLoaded, after the stylesheets: no need to wait for "load".
    page.goto(f"{site_url}playground/{hash_}", wait_until="domcontentloaded")
    page.wait_for_selector(".spg-table tbody tr")


def read(page: Page) -> dict:
    return page.evaluate(READ_WIDGET)


def fmt(p: float) -> str:
    return NAN_TEXT if math.isnan(p) else f"{p:.4f}"


def expected_table(logits, temperature: float, base: float) -> tuple[np.ndarray, np.ndarray]:
    z = np.array(logits, dtype=float)
    return softmax(z, temperature=temperature, base=base), sigmoid(z)


def encoded_list(values: list[str]) -> str:
    return ",".join(quote(value, safe="") for value in values)


def logit_texts(page: Page) -> list[str]:
    return page.eval_on_selector_all(".spg-logit", "inputs => inputs.map(i => i.value)")


def message_for(page: Page, field_id: str) -> str:
    """The text of the element that describes a field (its inline message)."""
    return page.evaluate(
        "(id) => document.getElementById("
        "document.getElementById(id).getAttribute('aria-describedby')).textContent",
        field_id,
    )


def assert_default_state(state: dict) -> None:
    p, s = expected_table(LOGITS, 1.0, math.e)
    assert [row["label"] for row in state["rows"]] == list(LABELS)
    assert [row["logit"] for row in state["rows"]] == [f"{z:g}".replace("-", "−") for z in LOGITS]
    assert [row["power"] for row in state["rows"]] == [f"{math.exp(z):.5g}" for z in LOGITS]
    assert [row["softmax"] for row in state["rows"]] == [fmt(x) for x in p]
    assert [row["sigmoid"] for row in state["rows"]] == [fmt(x) for x in s]
    assert state["sums"]["softmax"] == fmt(p.sum())
    assert state["sums"]["sigmoid"] == fmt(s.sum())
    assert state["sums"]["power"] == f"{np.exp(LOGITS).sum():.5g}"


# ---------------------------------------------------------------------------------------------
# The default state, and the module on other pages


def test_default_state_is_the_running_example(playground: Page):
    state = read(playground)
    assert_default_state(state)
    assert state["caption"] == (
        "Softmax and sigmoid of 3 classes, with temperature T = 1 and base b = e"
    )
    assert state["status"] == ""
    assert state["hash"] == ""  # loading the page does not rewrite the address
    p = softmax(LOGITS)
    assert f"{LABELS[0]}: softmax {p[0]:.4f}, sigmoid {sigmoid(LOGITS[0]):.4f}" in state["chart"]
    assert playground.get_by_label("Temperature T", exact=True).input_value() == "1"
    assert playground.get_by_label("Base b", exact=True).input_value() == "e"
    # The bars are drawn to scale: the softmax bar of dog against the full width.
    chart = playground.locator(".spg-chart svg")
    expect(chart).to_have_attribute("role", "img")
    widths = playground.eval_on_selector_all(
        ".spg-bar-softmax", "bars => bars.map(b => b.width.baseVal.value)"
    )
    assert widths[0] > widths[1] > widths[2] > 0
    assert widths[1] / widths[0] == pytest.approx(p[1] / p[0], rel=1e-6)
    # The cells are the module's numbers, formatted by the module: nothing is recomputed.
    module = playground.evaluate(MODULE_TABLE, [LOGITS.tolist(), 1.0, math.e])
    cells = [{k: v for k, v in row.items() if k != "label"} for row in state["rows"]]
    assert cells == module["rows"]
    assert state["sums"] == module["sums"]


def test_pages_without_the_widget_do_not_load_its_module(page: Page, site_url: str, page_log):
    loaded = []
    page.on("request", lambda request: loaded.append(request.url.rsplit("/", 1)[-1]))
    page.goto(f"{site_url}logits/")
    page.wait_for_load_state("networkidle")
    assert "site.js" in loaded
    assert "scroll-boxes.js" in loaded
    assert "softmax-playground.js" not in loaded
    assert "playground-maths.js" not in loaded
    assert page.locator(".spg-widget").count() == 0
    page.evaluate("history.replaceState(null, '', '#logits=1,2')")
    page.evaluate("location.hash = 'logits=3,4'")
    assert page.locator(".spg-widget").count() == 0
    assert page_log.page_errors == []
    assert page_log.console_errors == []


@pytest.mark.parametrize(("path", "base"), [("softmax/", "e"), ("base-and-temperature/", "2")])
def test_an_embedded_playground_works_and_leaves_the_url_alone(
    page: Page, site_url: str, page_log, path: str, base: str
):
    page.clock.install()  # the widget's own timers, run forward below instead of waited for
    page.goto(f"{site_url}{path}#try-it")
    page.wait_for_selector(".spg-table tbody tr")
    assert page.locator(".spg-widget").count() == 1
    assert page.locator("select[id$='-base']").input_value() == base
    assert logit_texts(page) == ["4", "2", "-2"]
    logit = page.locator(".spg-logit").first
    logit.fill("5")
    logit.press("Tab")
    page.clock.run_for(1000)  # past the pause after which a hash-owning widget writes history
    assert page.url.endswith(f"{path}#try-it")
    # A hash meant for the playground page does not reach a widget that does not own the hash.
    page.evaluate("location.hash = 'logits=7,7'")
    assert logit_texts(page) == ["5", "2", "-2"]
    assert page_log.page_errors == []
    assert page_log.console_errors == []


def test_an_embedded_playground_is_loaded_and_built_only_when_it_nears_the_screen(
    page: Page, site_url: str
):
    loaded = []
    page.on("request", lambda request: loaded.append(request.url.rsplit("/", 1)[-1]))
    page.goto(f"{site_url}softmax/")
    page.wait_for_load_state("networkidle")
    # Far below the first screen: neither fetched nor built.
    assert "softmax-playground.js" not in loaded
    assert page.locator(".spg-widget").count() == 0
    page.locator("#softmax-playground, .softmax-playground").first.scroll_into_view_if_needed()
    page.wait_for_selector(".spg-table tbody tr")
    assert page.locator(".spg-widget").count() == 1
    assert loaded.count("softmax-playground.js") == 1
    assert loaded.count("playground-maths.js") == 1


def test_without_javascript_the_page_says_so_and_links_to_the_softmax(
    browser: Browser, site_url: str
):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}playground/")
        # (Playwright's text selectors skip <noscript>, so the paragraph is found by CSS.)
        message = page.locator(".softmax-playground noscript p")
        expect(message).to_be_visible()
        expect(message).to_contain_text("This playground needs JavaScript")
        expect(page.locator("article a[href='../softmax/']").first).to_be_visible()
        assert page.locator(".spg-widget").count() == 0
    finally:
        context.close()


# ---------------------------------------------------------------------------------------------
# Bad input: a message next to the field, and the last valid result stays


# One per field: the messages themselves are unit-tested with the parsers.
BAD_INPUTS = [
    ("#spg-1-logit-2", "1e400", "Out of range"),
    ("#spg-1-temperature", "0", "greater than 0"),
    ("#spg-1-base-other", "abc", "Not a number"),
]


def test_bad_input_shows_a_message_and_keeps_the_last_result(playground: Page):
    reset = playground.get_by_role("button", name="Reset to the running example")
    for field, text, message in BAD_INPUTS:
        case = f"{text!r} in {field}"
        reset.click()
        # First a valid change, so "the last result" is not just the default.
        playground.fill("#spg-1-logit-1", "5")
        playground.select_option("#spg-1-base", "other")
        playground.fill("#spg-1-base-other", "3")
        before = read(playground)
        p, _ = expected_table([5, 2, -2], 1.0, 3.0)
        assert [row["softmax"] for row in before["rows"]] == [fmt(x) for x in p], case

        playground.fill(field, text)
        expect(playground.locator(field)).to_have_attribute("aria-invalid", "true")
        assert message in message_for(playground, field[1:]), case
        describer = playground.locator(field).get_attribute("aria-describedby")
        expect(playground.locator(f"#{describer}")).to_be_visible()
        after = read(playground)
        assert (after["rows"], after["sums"]) == (before["rows"], before["sums"]), case
        assert "last valid input" in after["status"], case

        # Fixing the field clears the message and updates the results again.
        playground.fill(field, "4")
        expect(playground.locator(field)).not_to_have_attribute("aria-invalid", "true")
        assert message_for(playground, field[1:]) == "", case
        assert read(playground)["status"] == "", case
        assert read(playground)["rows"] != before["rows"], case


def test_bad_values_in_the_hash_show_messages(clean_page: Page, site_url: str):
    open_playground(clean_page, site_url, "#logits=abc,2,1e400&temperature=-1&base=0")
    for field in ("#spg-1-logit-1", "#spg-1-logit-3", "#spg-1-temperature", "#spg-1-base-other"):
        expect(clean_page.locator(field)).to_have_attribute("aria-invalid", "true")
    assert clean_page.input_value("#spg-1-logit-1") == "abc"
    assert "Not a number" in message_for(clean_page, "spg-1-logit-1")
    assert "Out of range" in message_for(clean_page, "spg-1-logit-3")
    assert "greater than 0" in message_for(clean_page, "spg-1-temperature")
    assert "greater than 0" in message_for(clean_page, "spg-1-base-other")
    state = read(clean_page)
    assert_default_state(state)  # nothing valid came before: the running example stays
    assert "last valid input" in state["status"]


def test_an_all_minus_infinity_row_shows_nan_and_says_why(playground: Page):
    playground.fill("#spg-1-logit-1", "-inf")
    playground.fill("#spg-1-logit-2", "-∞")
    playground.fill("#spg-1-logit-3", "-Infinity")
    state = read(playground)
    assert [row["softmax"] for row in state["rows"]] == [NAN_TEXT] * 3
    assert state["sums"]["softmax"] == NAN_TEXT
    assert [row["sigmoid"] for row in state["rows"]] == ["0.0000"] * 3
    assert "no limit" in state["status"]
    # The same row with base 1 is uniform, as in the Python contract.
    playground.select_option("#spg-1-base", "other")
    playground.fill("#spg-1-base-other", "1")
    state = read(playground)
    assert [row["softmax"] for row in state["rows"]] == [fmt(1 / 3)] * 3
    assert state["status"] == ""


BROKEN_LINKS = [
    ("#logits=" + ",".join(["1"] * 13), "holds 12", 12),
    ("#logits=1,2&labels=%E0%A4%A,b", "not valid URL encoding", 2),
    ("#logits=1,2&labels=a,b,c", "3 labels for 2 logits", 2),
    ("#logits=NaN&temperature=Infinity&base=%22%3E", "last valid input", 1),
    ("#logits=&labels=", "last valid input", 1),
]


def test_a_broken_link_is_reported_not_thrown(clean_page: Page, site_url: str):
    # The first as a page load, the others as hash changes on the loaded page: both paths.
    open_playground(clean_page, site_url, BROKEN_LINKS[0][0])
    for hash_, notice, rows in BROKEN_LINKS:
        clean_page.evaluate("(hash) => { location.hash = hash; }", hash_)
        expect(clean_page.locator(".spg-status")).to_contain_text(notice)
        assert clean_page.locator(".spg-row").count() == rows, hash_


# ---------------------------------------------------------------------------------------------
# Labels are text, never HTML

XSS_LABELS = ["<img src=x onerror=alert(1)>", '"><svg onload=alert(2)>', "a,b&c=d %20 é"]


def assert_no_injection(page: Page, dialogs: list[str]) -> None:
    # No element that a label could have smuggled in exists, so no handler of one can ever run.
    assert page.locator("img, svg svg, [onerror], [onload]").count() == 0
    assert page.locator(".spg-widget script").count() == 0
    assert dialogs == []


def test_a_label_typed_as_html_is_shown_as_text(playground: Page):
    dialogs = []
    playground.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for i, label in enumerate(XSS_LABELS, start=1):
        playground.fill(f"#spg-1-label-{i}", label)
    state = read(playground)
    assert [row["label"] for row in state["rows"]] == XSS_LABELS
    assert XSS_LABELS[0] in state["chart"]
    expect(playground.locator(".spg-table tbody th").first).to_have_text(XSS_LABELS[0])
    assert_no_injection(playground, dialogs)
    # The label travels through the hash and back unchanged.
    playground.press("#spg-1-label-3", "Tab")
    assert "labels=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E," in read(playground)["hash"]
    playground.reload()
    playground.wait_for_selector(".spg-table tbody tr")
    assert [row["label"] for row in read(playground)["rows"]] == XSS_LABELS
    assert_no_injection(playground, dialogs)


def test_a_label_in_the_hash_is_shown_as_text(clean_page: Page, site_url: str):
    dialogs = []
    clean_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_playground(clean_page, site_url, f"#logits=1,2,3&labels={encoded_list(XSS_LABELS)}")
    assert [row["label"] for row in read(clean_page)["rows"]] == XSS_LABELS
    assert clean_page.input_value("#spg-1-label-1") == XSS_LABELS[0]
    assert_no_injection(clean_page, dialogs)


# ---------------------------------------------------------------------------------------------
# History, reset, rows


def test_typing_updates_the_hash_and_back_restores_the_previous_state(playground: Page):
    entries = playground.evaluate("history.length")
    playground.fill("#spg-1-logit-1", "6")
    # While typing, the current entry is rewritten (after a short pause)...
    playground.wait_for_function("location.hash.startsWith('#logits=6,2,-2&')")
    assert playground.evaluate("history.length") == entries
    playground.press("#spg-1-logit-1", "Tab")  # ...and the change event gives it its own entry
    assert playground.evaluate("history.length") == entries + 1
    playground.fill("#spg-1-temperature", "2")
    playground.press("#spg-1-temperature", "Tab")
    assert read(playground)["hash"] == "#logits=6,2,-2&labels=dog,cat,rabbit&temperature=2&base=e"

    playground.go_back()
    expect(playground.locator("#spg-1-temperature")).to_have_value("1")
    assert logit_texts(playground) == ["6", "2", "-2"]
    p, _ = expected_table([6, 2, -2], 1.0, math.e)
    assert [row["softmax"] for row in read(playground)["rows"]] == [fmt(x) for x in p]

    playground.go_back()  # the page as it loaded
    expect(playground.locator("#spg-1-logit-1")).to_have_value("4")
    assert_default_state(read(playground))
    assert read(playground)["hash"] == ""

    playground.go_forward()
    expect(playground.locator("#spg-1-logit-1")).to_have_value("6")


def test_a_shared_link_restores_its_state(clean_page: Page, site_url: str):
    open_playground(
        clean_page, site_url, "#logits=1,inf,-3.5&labels=a%2Cb,%E2%88%9E,c&temperature=0.5&base=2"
    )
    state = read(clean_page)
    assert [row["label"] for row in state["rows"]] == ["a,b", "∞", "c"]
    assert [row["softmax"] for row in state["rows"]] == ["0.0000", "1.0000", "0.0000"]
    assert clean_page.input_value("#spg-1-base") == "2"
    assert clean_page.input_value("#spg-1-temperature") == "0.5"
    # The slider sits at log10(0.5), to its step of 0.01.
    slider = float(clean_page.input_value("#spg-1-temperature-slider"))
    assert slider == pytest.approx(math.log10(0.5), abs=0.005)


def test_reset_returns_to_the_running_example(playground: Page):
    playground.click("button[data-action=add]")
    playground.fill("#spg-1-label-1", "wolf")
    playground.fill("#spg-1-temperature", "3")
    playground.select_option("#spg-1-base", "10")
    assert read(playground)["rows"][0]["label"] == "wolf"
    playground.get_by_role("button", name="Reset to the running example").click()
    state = read(playground)
    assert_default_state(state)
    assert state["hash"] == DEFAULT_HASH
    assert playground.input_value("#spg-1-temperature") == "1"
    assert playground.input_value("#spg-1-base") == "e"


def test_rows_can_be_added_up_to_twelve_and_removed_down_to_one(playground: Page):
    add = playground.get_by_role("button", name="Add a class")
    for _ in range(9):
        add.click()
    assert len(read(playground)["rows"]) == 12
    expect(add).to_be_disabled()
    expect(add).to_have_accessible_description(
        "The playground holds at most 12 classes: remove one to add another."
    )
    p, _ = expected_table([4, 2, -2] + [0] * 9, 1.0, math.e)
    assert [row["softmax"] for row in read(playground)["rows"]] == [fmt(x) for x in p]

    playground.get_by_role("button", name="Remove class 2", exact=True).click()
    assert [row["label"] for row in read(playground)["rows"]][:3] == ["dog", "rabbit", "class 4"]
    expect(add).to_be_enabled()
    for _ in range(10):
        playground.get_by_role("button", name="Remove class 1", exact=True).click()
    remove = playground.get_by_role("button", name="Remove class 1", exact=True)
    expect(remove).to_be_disabled()
    expect(remove).to_have_accessible_description(
        "A softmax needs at least one class, so the last one cannot be removed."
    )
    state = read(playground)
    assert len(state["rows"]) == 1
    assert state["rows"][0]["softmax"] == "1.0000"


# ---------------------------------------------------------------------------------------------
# Keyboard


def test_keyboard_reaches_every_control_in_order_and_moves_the_slider(playground: Page):
    playground.focus("#spg-1-label-1")
    order = ["spg-1-label-1"]
    for _ in range(14):
        playground.keyboard.press("Tab")
        order.append(
            playground.evaluate(
                "() => { const a = document.activeElement;"
                " return a.id || a.dataset.action || a.classList[0]; }"
            )
        )
    assert order == [
        "spg-1-label-1", "spg-1-logit-1", "remove",
        "spg-1-label-2", "spg-1-logit-2", "remove",
        "spg-1-label-3", "spg-1-logit-3", "remove",
        "add", "spg-1-temperature-slider", "spg-1-temperature", "spg-1-base",
        "reset", "spg-table-box",
    ]  # fmt: skip

    playground.focus("#spg-1-temperature-slider")
    playground.keyboard.press("ArrowRight")
    expect(playground.locator("#spg-1-temperature")).to_have_value("1.02")
    expect(playground.locator("#spg-1-temperature-slider")).to_have_attribute(
        "aria-valuetext", "temperature 1.02"
    )
    assert "T = 1.02" in read(playground)["caption"]
    p, _ = expected_table(LOGITS, 1.02, math.e)
    assert read(playground)["rows"][0]["softmax"] == fmt(p[0])
    playground.keyboard.press("End")
    expect(playground.locator("#spg-1-temperature")).to_have_value("100")
    # And the other way: a typed temperature moves the slider (on its log scale).
    playground.fill("#spg-1-temperature", "0.1")
    expect(playground.locator("#spg-1-temperature-slider")).to_have_value("-1")

    # Buttons work from the keyboard too.
    playground.focus("button[data-action=add]")
    playground.keyboard.press("Enter")
    assert len(read(playground)["rows"]) == 4
    expect(playground.locator("#spg-1-label-4")).to_be_focused()


# ---------------------------------------------------------------------------------------------
# Accessibility and layout


def new_page(browser: Browser, **context_options) -> tuple[Page, list[str]]:
    context = new_context(browser, **context_options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return page, errors


@pytest.mark.parametrize(("scheme", "material_scheme"), [("light", "default"), ("dark", "slate")])
def test_axe_finds_no_violation(browser: Browser, site_url: str, scheme: str, material_scheme: str):
    page, errors = new_page(browser, color_scheme=scheme, viewport={"width": 1280, "height": 900})
    try:
        open_playground(page, site_url)
        assert page.get_attribute("body", "data-md-color-scheme") == material_scheme
        axe = Axe()
        results = axe.run(page, options=WCAG_21_AA)
        assert results.violations_count == 0, results.generate_report()
        # And with a NaN row, the "other" base field open and every kind of message showing.
        page.evaluate("location.hash = 'logits=-inf,-inf&labels=a,b'")
        expect(page.locator(".spg-status")).to_contain_text("no limit")
        page.fill("#spg-1-logit-1", "abc")
        page.fill("#spg-1-temperature", "0")
        page.select_option("#spg-1-base", "other")
        page.fill("#spg-1-base-other", "-1")
        expect(page.locator(".spg-message:not(:empty)")).to_have_count(3)
        expect(page.locator(".spg-status")).to_contain_text("last valid input")
        results = axe.run(page, context=".softmax-playground", options=WCAG_21_AA)
        assert results.violations_count == 0, results.generate_report()
        assert errors == []
    finally:
        page.context.close()


def test_a_360_pixel_screen_never_scrolls_sideways(browser: Browser, site_url: str):
    page, errors = new_page(browser, viewport={"width": 360, "height": 740})
    try:
        long_label = quote("a rather long label that goes on and on", safe="")
        labels = ",".join([long_label] * 12)
        logits = ",".join(["1e300", "-1e300", "inf", "-inf"] * 3)
        for hash_ in ("", f"#logits={logits}&labels={labels}&temperature=0.001&base=0.001"):
            open_playground(page, site_url, hash_)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, f"the page is {width}px wide with {hash_!r}"
            chart = page.locator(".spg-chart svg").bounding_box()
            assert chart is not None
            assert chart["x"] >= 0
            assert chart["x"] + chart["width"] <= 360
        assert len(read(page)["rows"]) == 12
        assert errors == []
    finally:
        page.context.close()
