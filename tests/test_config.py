"""Settings come from the environment; a bad value is one clear error naming the variable."""

from __future__ import annotations

import pytest

from bot.config import load_settings
from bot.errors import ConfigError


def test_defaults_need_nothing_set() -> None:
    settings = load_settings({})
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.database_url.endswith("racebot.sqlite3")
    assert settings.discord_token is None
    assert settings.log_level == "INFO"


def test_plain_driver_urls_get_the_async_driver() -> None:
    assert load_settings({"DATABASE_URL": "postgresql://u@h/db"}).database_url == "postgresql+asyncpg://u@h/db"
    assert load_settings({"DATABASE_URL": "sqlite:///x.db"}).database_url == "sqlite+aiosqlite:///x.db"


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"SHARD_COUNT": "two"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,2"}, "SHARD_IDS"),
        ({"SHARD_IDS": "0"}, "SHARD_IDS"),
        ({"DATA_EDITORS": "123,@alice"}, "DATA_EDITORS"),
        ({"LOG_FORMAT": "xml"}, "LOG_FORMAT"),
        ({"METRICS_PORT": "http"}, "METRICS_PORT"),
        ({"METRICS_PORT": "0"}, "METRICS_PORT"),
        ({"METRICS_PORT": "65536"}, "METRICS_PORT"),
        ({"METRICS_HOST": "0.0.0.0"}, "METRICS_HOST"),
        ({"METRICS_PORT": "9100", "METRICS_HOST": "http://0.0.0.0"}, "METRICS_HOST"),
    ],
)
def test_an_invalid_value_names_the_variable(environ: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(environ)
    assert variable in str(error.value)
    assert "\n" not in str(error.value)


def test_dotenv_file_is_read(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LOG_LEVEL", raising=False)
    (tmp_path / ".env").write_text("LOG_LEVEL=debug\nDISCORD_TOKEN=abc\n")
    settings = load_settings()
    assert settings.log_level == "DEBUG"
    assert settings.discord_token == "abc"
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)


def test_data_editors_are_user_ids_in_order_without_repeats() -> None:
    assert load_settings({}).data_editors == ()
    settings = load_settings({"DATA_EDITORS": " 4123456789012345678, 17,4123456789012345678,"})
    assert settings.data_editors == (4123456789012345678, 17)


def test_metrics_are_served_only_when_a_port_is_set_and_on_loopback_unless_a_host_is() -> None:
    assert load_settings({}).metrics_port is None
    local = load_settings({"METRICS_PORT": " 9100 "})
    assert (local.metrics_port, local.metrics_host) == (9100, "127.0.0.1")
    for host in ("0.0.0.0", "::", "10.0.0.5", "metrics.internal"):
        assert load_settings({"METRICS_PORT": "9100", "METRICS_HOST": host}).metrics_host == host
