"""End to end in a real headless Chromium (Debian's, never a downloaded one): click through
search -> article -> speaker -> quote with the keyboard and the mouse, check phone width, and
check that no script payload from the open web ever runs. Screenshots go to a temporary folder
(tests/web/browser.py: SHOTS)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.articles import ALL_PAYLOADS, BELIEF, PAYLOAD
from tests.web.browser import CHROMIUM, shot

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
    pytest.mark.slow,
]


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def test_click_through_search_article_speaker_quote(page: Any, server: str) -> None:
    page.goto(server + "/")
    shot(page, "1-home")
    assert page.locator("ol.top li").first.inner_text().startswith("Odile Marchetti")

    # Search with the keyboard only: the box, the words, Enter.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.locator("#q").focus()
    page.keyboard.type("islanders deserve")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?**")
    cards = page.locator("li.card")
    assert cards.count() >= 3
    shot(page, "2-search")

    # The Valley Courier's report -> its article.
    card = cards.filter(has_text="Valley Courier").first
    card.locator("a.art").click()
    page.wait_for_url("**/articles/**")
    assert page.locator("h1").inner_text() == "Ferry timetable doubles"
    quotes = page.locator(".text .q")
    assert quotes.count() >= 2
    tip = page.locator(".qw .tip").first
    assert not tip.is_visible()
    quotes.first.hover()
    assert tip.is_visible() and "Odile Marchetti" in tip.inner_text() and "Confidence" in tip.inner_text()
    shot(page, "3-article-hover")
    page.mouse.move(0, 0)
    last = quotes.count() - 1
    quotes.nth(last).focus()  # keyboard focus shows the same details
    assert page.locator(".qw .tip").nth(last).is_visible()
    assert "Bram Veldhuis" in page.locator(".qw .tip").nth(last).inner_text()
    page.keyboard.press("Escape")  # dismissible without moving focus
    assert not page.locator(".qw .tip").nth(last).is_visible()
    quotes.first.focus()
    assert page.locator(".qw .tip").first.is_visible()
    colours = [quotes.nth(i).evaluate("e => getComputedStyle(e).backgroundColor") for i in (0, last)]
    assert colours[0] != colours[1]  # different speakers, different colours
    side = " ".join(page.locator("ul.speakers li").all_inner_texts()).split()
    assert "Veldhuis 1 quote" in " ".join(side) and "Marchetti 1 quote" in " ".join(side)
    shot(page, "3-article")

    # The side list -> the speaker.
    page.locator("ul.speakers a", has_text="Odile Marchetti").click()
    page.wait_for_url("**/speakers/**")
    assert page.locator("h1").inner_text() == "Odile Marchetti"
    assert page.locator("figure.chart svg rect.bar").count() >= 3
    assert "Harbour Herald" in page.locator("#outlets-h + ul").inner_text()
    assert "chair of the transport board" in page.locator("#roles-h + ul").inner_text()
    shot(page, "4-speaker")

    # One of her quotes -> every outlet that carried it.
    page.locator("li.card a.qtext", has_text="Twice a day").first.click()
    page.wait_for_url("**/quotes/**")
    reports = page.locator("ol.reports > li")
    assert reports.count() == 3
    outlets = [reports.nth(i).locator("b").first.inner_text() for i in range(3)]
    assert outlets == ["Harbour Herald", "Valley Courier", "Coastal Daily"]
    assert page.locator("ol.reports ins").count() >= 2
    shot(page, "5-quote")


def test_paraphrase_is_shown_as_such_and_every_kind_on_request(page: Any, server: str) -> None:
    page.goto(server + "/search?q=twice+a+day")
    direct = page.locator("li.card.verbatim a.qtext").first
    paraphrase = page.locator("li.card.paraphrase").first
    assert direct.inner_text().startswith("“") and direct.inner_text().endswith("”")
    assert paraphrase.locator(".label").inner_text() == "paraphrase" and paraphrase.locator(".label").is_visible()
    said = paraphrase.locator("a.qtext")
    assert "“" not in said.inner_text()
    assert said.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
    assert page.locator("li.card .kind").count() == 0
    shot(page, "8-paraphrase")

    # Every kind, from the search form, by keyboard and mouse.
    page.locator("details.filters summary").click()
    page.select_option("select[name=scope]", "all")
    page.locator("input[name=min_confidence]").fill("0.5")
    page.locator("#q").fill("fastest coast")
    page.keyboard.press("Enter")
    page.wait_for_url("**scope=all**")
    [card] = page.locator("li.card").all()
    assert card.locator(".kind").inner_text() == "belief"
    assert card.locator("a.qtext").inner_text() == BELIEF
    card.locator("a.qtext").click()
    page.wait_for_url("**/quotes/**scope=all")
    assert page.locator("figure.big blockquote").count() == 0
    assert page.locator("figure.big .label").inner_text() == "paraphrase"

    # In the article, the paraphrase's details say so.
    page.locator("ol.reports a", has_text="Island ferry").first.click()
    page.wait_for_url("**/articles/**scope=all**")
    belief = page.locator(".text .q.paraphrase", has_text="fastest on the whole coast")
    belief.focus()
    tip = page.locator(".qw:focus-within .tip")
    assert "Kind belief" in tip.inner_text() and "(paraphrase)" in tip.inner_text()
    shot(page, "9-every-kind-article")


def test_readable_at_phone_width(browser: Any, server: str, ids: dict[str, str]) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    for name, path in [("home", "/"), ("article", f"/articles/{ids['article']}"),
                       ("speaker", f"/speakers/{ids['marchetti']}"), ("quote", f"/quotes/{ids['quote']}"),
                       ("try", "/try")]:  # fmt: skip
        page.goto(server + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at 375px"
        size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 16
        shot(page, f"phone-{name}")
    context.close()


def test_try_it_highlights_pasted_text(page: Any, server: str) -> None:
    page.goto(server + "/try")
    page.fill("#text", 'The pier is closed. "Nobody should walk on it until it is checked," said Yusuf Brennan, '
                       "the harbour master.")  # fmt: skip
    page.get_by_role("button", name="Find the quotes").click()
    page.wait_for_selector(".text .q")
    assert page.locator(".text .q").count() == 1
    page.locator(".text .q").focus()
    assert "Yusuf Brennan" in page.locator(".tip").first.inner_text()
    shot(page, "6-try")


def _strip_csp(route: Any) -> None:
    """Serve pages without the Content-Security-Policy, so escaping alone has to stop the payloads."""
    response = route.fetch()
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-security-policy"}
    route.fulfill(response=response, headers=headers)


def test_no_payload_runs_even_without_csp(page: Any, server: str, ids: dict[str, str]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.route("**/*", _strip_csp)
    visits = [
        f"/articles/{ids['hostile_article']}", f"/articles/{ids['hostile_direct_article']}",
        f"/speakers/{ids['hostile_speaker']}", f"/quotes/{ids['hostile_direct_quote']}",
        f"/quotes/{ids['hostile_quote']}", "/", "/search?q=window+xss",
        f"/search?q={PAYLOAD}&speaker={PAYLOAD}&outlet={PAYLOAD}&target={PAYLOAD}",
    ]  # fmt: skip
    for path in visits:
        page.goto(server + path)
        assert page.evaluate("document.querySelector('meta[http-equiv]')") is None
        for el in page.locator("main a, main [tabindex='0']").all()[:40]:
            el.hover()
            el.focus()
        assert page.evaluate("window.__xss") is None, path
        assert (
            page.locator(
                "main script, main img, main svg[onload], main [onerror], main [onmouseover]"
            ).count()
            == 0
        )
        assert page.locator("main b[onclick]").count() == 0
        assert "javascript:" not in " ".join(page.eval_on_selector_all("a", "els => els.map(e => e.href)"))
    # Shown as text: the payloads are there, visibly, as written.
    page.goto(server + f"/articles/{ids['hostile_direct_article']}")
    assert ALL_PAYLOADS in page.locator("h1").inner_text()
    assert ALL_PAYLOADS in page.locator(".text").inner_text()
    shot(page, "7-hostile-article")
    page.goto(server + f"/speakers/{ids['hostile_speaker']}")
    assert ALL_PAYLOADS in page.locator("h1").inner_text()
    # The Try-it form echoes what was pasted; that must not run either.
    page.goto(server + "/try")
    page.fill(
        "#text",
        f'The editor of the site was asked about the markup on Monday. "{ALL_PAYLOADS} is not '
        f'allowed here, and it will not be," said Ines Halloran, a web editor. {ALL_PAYLOADS}',
    )
    page.get_by_role("button", name="Find the quotes").click()
    page.wait_for_selector("#result-h")
    page.locator(".text .q").first.focus()
    assert page.evaluate("window.__xss") is None
    assert dialogs == []


def test_csp_blocks_an_injected_inline_script(page: Any, server: str) -> None:
    """Belt and braces: with the real headers, even a script put into the page does not run."""
    page.goto(server + "/")
    page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__xss = 9'; document.body.appendChild(s); }""")
    assert page.evaluate("window.__xss") is None
