"""The web server's settings, read from the environment given (``uvicorn --factory``)."""

from __future__ import annotations

from quotegraph.web.settings import ServerSettings


def test_server_settings_read_the_given_environment() -> None:
    """What ``uvicorn --factory quotegraph.web.app:app_from_env`` serves."""
    given = {"QUOTEGRAPH_WEB_DB": "corpus.db", "QUOTEGRAPH_TOKEN": "t0k", "QUOTEGRAPH_MAX_BODY": "1234",
             "QUOTEGRAPH_ALLOWED_HOSTS": "localhost,127.0.0.1", "QUOTEGRAPH_TOKEN_NAME": "ed"}  # fmt: skip
    assert ServerSettings.from_env(given) == ServerSettings(
        "corpus.db", token="t0k", token_name="ed", max_body=1234, allowed_hosts=("localhost", "127.0.0.1")
    )
    assert ServerSettings.from_env({"QUOTEGRAPH_DB": "other.db"}) == ServerSettings("other.db")
