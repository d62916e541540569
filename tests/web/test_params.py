"""The shared query parameters, validated once: a bad value gets a 422 naming the field."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": 0}, "page"),
        ({"page": "two"}, "page"),
        ({"per_page": 1000}, "per_page"),
        ({"since": "2025-02-30"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"type": "shouted"}, "type"),
        ({"q": "x" * 501}, "q"),
    ],
)
def test_bad_parameters_get_422_naming_the_field(
    client: TestClient, params: dict[str, object], field: str
) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["message"].startswith(f"{field}: ")
    assert body["detail"][0]["loc"] == ["query", field]


def test_bad_parameters_on_a_page_get_a_readable_422(client: TestClient) -> None:
    r = client.get("/search", params={"since": "2025-13-01"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "since: " in r.text


@pytest.mark.parametrize("value", ["", " ", "0", "1700000000", "2025-1-2"])
@pytest.mark.parametrize("name", ["since", "until"])
def test_a_day_is_written_yyyy_mm_dd(client: TestClient, name: str, value: str) -> None:
    r = client.get("/api/search", params={name: value})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", name]
    assert client.get("/search", params={name: value}).status_code == (200 if not value.strip() else 422)


@pytest.mark.parametrize("name", ["format", "until", "kind", "sort"])
def test_an_api_request_gives_no_typed_parameter_blank(client: TestClient, name: str) -> None:
    """The schema allows no blank value for a parameter that is no free text: format= included
    (it was served as a page, found by the schema check)."""
    r = client.get("/api/search", params={name: ""})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["query", name]
