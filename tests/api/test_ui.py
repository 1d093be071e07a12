"""The query UI in headless Chromium: run a query and see result rows."""

import shutil

import pytest

CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_query_in_the_ui_shows_rows(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        try:
            page = browser.new_page()
            page.goto(server + "/ui")
            page.wait_for_function("window.yasgui !== undefined")
            tabs = page.evaluate("Object.values(window.yasgui._tabs).map(t => t.getName())")
            assert "Measures by agency" in tabs and "Agency lineage" in tabs
            page.locator(".yasqe_queryButton").first.click()
            page.wait_for_selector(".yasr table tbody tr", timeout=20000)
            assert page.locator(".yasr table tbody tr").count() == 10
            assert "Revise the Assessment Index System" in page.locator(".yasr table").inner_text()
        finally:
            browser.close()
