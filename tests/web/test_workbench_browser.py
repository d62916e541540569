"""The workbench flows in a real headless Chromium (Debian's), at desktop and at phone width:
browse -> search -> sort -> export -> cite -> open in article; correct a quote, re-resolve, the
correction holds; and an axe-core pass over every kind of page: no serious violation."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotegraph.web import create_app
from tests.web.browser import CHROMIUM, serious_violations, serve, shot
from tests.web.conftest import TOKEN

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
    pytest.mark.slow,
]
WIDTHS = {"desktop": {"width": 1200, "height": 900}, "phone": {"width": 375, "height": 740}}


@pytest.fixture(params=list(WIDTHS))
def page(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    phone = request.param == "phone"
    context = browser.new_context(viewport=WIDTHS[request.param], is_mobile=phone, has_touch=phone,
                                  accept_downloads=True)  # fmt: skip
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    pg.width_name = request.param
    yield pg
    context.close()


def no_sideways_scroll(page: Any) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


def test_browse_search_sort_export_cite_open(page: Any, server: str, tmp_path: Path) -> None:
    w = page.width_name
    page.goto(server + "/speakers")
    assert page.locator("h1").inner_text() == "Speakers"
    page.locator("table.index th a", has_text="Last seen").click()
    page.wait_for_url("**sort=last_seen**")
    no_sideways_scroll(page)
    shot(page, f"wb-{w}-1-speakers")
    page.goto(server + "/outlets")
    assert page.locator("table.index tbody tr").count() >= 3
    shot(page, f"wb-{w}-2-outlets")

    page.goto(server + "/")
    page.locator("#q").fill("islanders deserve")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?**")
    total = int(page.locator("b.total").inner_text().split()[0])
    assert total >= 3 and page.locator("li.card mark").count() >= 2
    page.locator("nav.sort a", has_text="oldest").click()
    page.wait_for_url("**sort=oldest**")
    days = page.locator("li.card time").all_inner_texts()
    assert days == sorted(days)
    no_sideways_scroll(page)
    shot(page, f"wb-{w}-3-search-oldest")

    with page.expect_download() as got:
        page.locator(".downloads a", has_text="CSV").click()
    saved = tmp_path / "quotes.csv"
    got.value.save_as(saved)
    with saved.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == total and [r["published_at"][:10] for r in rows][: len(days)] == days

    page.locator("li.card a.qtext").first.click()
    page.wait_for_url("**/quotes/**")
    assert page.locator("h1").count() == 1
    plain = page.locator("#cite-plain").input_value()
    assert plain.startswith("\u201c") and page.url.split("?")[0] in plain
    assert page.locator("#cite-apa").input_value().split(". (")[0] in plain
    page.get_by_role("button", name="Copy citation").click()
    # The status is written when the clipboard's promise settles: wait for it, do not race it.
    page.wait_for_function("document.querySelector('.copied').textContent === 'Copied: Plain text'", timeout=10_000)
    no_sideways_scroll(page)
    shot(page, f"wb-{w}-4-quote-cite")

    page.get_by_role("link", name="Open in the article").click()
    page.wait_for_url("**/articles/**#q-*")
    anchor = page.url.split("#")[1]
    target = page.locator(f"#{anchor}")
    assert target.evaluate("e => e.matches(':target')")
    lit = page.locator(f"[data-for='{anchor}'].lit")
    assert lit.count() >= 1  # its cue, its speaker's mention
    assert target.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    )
    no_sideways_scroll(page)
    shot(page, f"wb-{w}-5-article-at-quote")


def test_correct_a_quote_and_it_holds_after_resolve(page: Any, db_copy: Path, ids: dict[str, str]) -> None:
    w = page.width_name
    with serve(create_app(str(db_copy), token=TOKEN, token_name="night desk")) as url:
        page.goto(f"{url}/quotes/{ids['quote']}")
        page.locator("details.correct summary").click()
        form = page.locator("form.correct", has=page.locator("input[name=op][value=reassign]"))
        form.get_by_label("or a new speaker's name").fill("Ines Aide")
        form.get_by_label("Why").fill("the aide gave this answer")
        form.get_by_label("Write token").fill(TOKEN)
        shot(page, f"wb-{w}-6-correct-form")
        form.get_by_role("button", name="Give to that speaker").click()
        page.wait_for_url(f"**/quotes/{ids['quote']}")
        assert page.locator("figcaption .who").inner_text() == "Ines Aide"
        assert "the aide gave this answer" in page.locator("section.corrections").inner_text()
        subprocess.run([sys.executable, "-m", "quotegraph", "resolve", "--db", str(db_copy)], check=True,
                       capture_output=True)  # fmt: skip
        page.reload()
        assert page.locator("figcaption .who").inner_text() == "Ines Aide"
        page.locator("figcaption .who").click()
        page.wait_for_url("**/speakers/**")
        assert page.locator("h1").inner_text() == "Ines Aide"
        assert "corrected by hand" in page.locator("ul.why").inner_text()
        no_sideways_scroll(page)
        shot(page, f"wb-{w}-7-corrected-speaker")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_no_serious_accessibility_violations(
    browser: Any, server: str, ids: dict[str, str], width: str
) -> None:
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    paths = ["/", "/search?q=islanders+deserve", "/speakers", "/outlets", "/articles",
             f"/articles/{ids['article']}", f"/speakers/{ids['marchetti']}", f"/quotes/{ids['quote']}",
             "/try", "/api"]  # fmt: skip
    found = {}
    for path in paths:
        page.goto(server + path)
        assert page.locator("h1").count() == 1, path
        assert page.locator("main").count() == 1 and page.locator("header nav").count() == 1
        found[path] = serious_violations(page)
    context.close()
    assert {p: v for p, v in found.items() if v} == {}
