"""The browser fixtures themselves: a local page loads, and a request to another host is refused."""


def test_home_page_loads_with_no_error_and_foreign_requests_are_blocked(page, site_url, page_log):
    page.goto(site_url)
    assert page.title().startswith("Logits, explained")
    # A request to another host must be refused by the route and recorded, never sent.
    outcome = page.evaluate("fetch('https://example.com/x').then(() => 'sent', () => 'refused')")
    assert outcome == "refused"
    assert page_log.blocked_requests == ["https://example.com/x"]
    assert page_log.page_errors == []
    assert page_log.failed_requests == []
