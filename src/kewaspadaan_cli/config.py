"""Settings from flags, the environment, one TOML configuration file and defaults, resolved once.

The file is ``--config FILE``, else ``$KWD_CONFIG``, else ``./kwd.toml``, else
``~/.config/kwd/kwd.toml``, else ``/etc/kwd/kwd.toml``. A flag overrides the environment, which
overrides the file, which overrides the default. Relative paths in the file are relative to the
file's folder. ``Settings.origins`` says where each value came from (``kwd config`` shows it).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import UsageError

DEFAULT_DATA_DIR = "kwd-data"
DEFAULT_LOCK_TIMEOUT = 600.0
CONFIG_ENV = "KWD_CONFIG"
SEARCH_PATHS = (Path("kwd.toml"), Path("~/.config/kwd/kwd.toml"), Path("/etc/kwd/kwd.toml"))


class ConfigError(UsageError):
    """A configuration file that cannot be read or holds an unknown key or a wrong type (exit 3)."""

    code = "E002"


@dataclass(frozen=True)
class Key:
    """One setting: its key in the file (``fetch.rate``), field, kind, default and variable."""

    name: str
    field: str
    kind: str  # path, paths, str, number, count, date, umask, langs, formats, every, codes
    default: Any = None
    env: str | None = None


KEYS: tuple[Key, ...] = (
    Key("data_dir", "data_dir", "path", Path(DEFAULT_DATA_DIR), "KWD_DATA_DIR"),
    Key("inbox", "inbox", "paths", ()),
    Key("sources", "sources", "path"),
    Key("lexicon_dir", "lexicon_dir", "path", None, "KWD_LEXICON_DIR"),
    Key("log_file", "log_file", "path"),
    Key("umask", "umask", "umask"),
    Key("lock_timeout", "lock_timeout", "number", DEFAULT_LOCK_TIMEOUT),
    Key("workers", "workers", "count", 1),
    Key("fetch.contact", "contact", "str"),
    Key("fetch.rate", "rate", "number", 1.0),
    Key("fetch.timeout", "timeout", "number", 20.0),
    Key("fetch.since", "since", "date"),
    Key("report.out", "out", "path", Path("kwd-reports")),
    Key("report.lang", "lang", "langs", ("id",)),
    Key("report.formats", "formats", "formats", ("html", "md")),
    Key("report.every", "every", "every", "week"),
    Key("report.regions", "regions", "codes", ()),
)
BY_NAME = {k.name: k for k in KEYS}
BY_FIELD = {k.field: k for k in KEYS}


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    workers: int = 1
    lexicon_dir: Path | None = None
    inbox: tuple[Path, ...] = ()
    sources: Path | None = None
    log_file: Path | None = None
    umask: int | None = None
    contact: str | None = None
    rate: float = 1.0
    timeout: float = 20.0
    since: date | None = None
    out: Path = Path("kwd-reports")
    lang: tuple[str, ...] = ("id",)
    formats: tuple[str, ...] = ("html", "md")
    every: str = "week"
    regions: tuple[str, ...] = ()
    config_file: Path | None = None
    origins: dict[str, str] = field(default_factory=dict, compare=False)

    def describe(self) -> list[tuple[str, Any, str]]:
        """(key, value, origin) of every setting, as ``kwd config`` shows them."""
        return [(k.name, getattr(self, k.field), self.origins.get(k.name, "default")) for k in KEYS]


# -- checking values ---------------------------------------------------------------------


def _path(value: Any, base: Path | None) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise TypeError("expected a path (a non-empty string)")
    path = Path(value).expanduser()
    return path if path.is_absolute() or base is None else base / path


def _list_of(check: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    def inner(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {type(value).__name__}")
        return tuple(check(v) for v in value)

    return inner


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise TypeError(f"expected a positive number, got {value!r}")
    return float(value)


def _count(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TypeError(f"expected a whole number of at least 1, got {value!r}")
    return value


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise TypeError(f"expected a date (YYYY-MM-DD), got {value!r}")


def _umask(value: Any) -> int:
    if isinstance(value, str):
        try:
            value = int(value, 8)
        except ValueError:
            raise TypeError(f'expected an octal umask such as "0027" or 0o027, got {value!r}') from None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 0o777:
        raise TypeError(f'expected an octal umask such as "0027" or 0o027, got {value!r}')
    return value


def _choice(*allowed: str) -> Callable[[Any], str]:
    def inner(value: Any) -> str:
        if value not in allowed:
            raise TypeError(f"expected one of {', '.join(allowed)}, got {value!r}")
        return str(value)

    return inner


def _code(value: Any) -> str:
    """A province or kabupaten/kota by Kemendagri code ("65", "65.02") or by name ("Kalimantan Utara")."""
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f'expected region codes such as "65" or "65.02", or names, got {value!r}')
    if all(p.isdigit() for p in value.split(".")):
        return value
    from kewaspadaan_cli.errors import UsageError
    from kewaspadaan_cli.places import resolve

    try:
        return resolve(value, "province")
    except UsageError:
        try:
            return resolve(value, "region")
        except UsageError as exc:
            raise TypeError(exc.message.replace("--region ", "")) from None


def convert(key: Key, value: Any, base: Path | None) -> Any:
    """A raw value (from the file, the environment or a flag) as the setting's type; TypeError if wrong."""
    kind = key.kind
    if kind == "path":
        return _path(value, base)
    if kind == "paths":
        return _list_of(lambda v: _path(v, base))(value)
    if kind == "str":
        return _str(value)
    if kind == "number":
        return _number(value)
    if kind == "count":
        return _count(value)
    if kind == "date":
        return _date(value)
    if kind == "umask":
        return _umask(value)
    if kind == "langs":
        return _list_of(_choice("id", "en"))(value)
    if kind == "formats":
        return _list_of(_choice("html", "md", "pdf"))(value)
    if kind == "every":
        return _choice("week")(value)
    if kind == "codes":
        return _list_of(_code)(value)
    raise AssertionError(kind)


# -- finding and reading the file --------------------------------------------------------


def find_config(flag: str | Path | None, env: Mapping[str, str] | None = None) -> tuple[Path | None, str]:
    """The configuration file to read and how it was chosen (``flag``, ``environment``, ``search``)."""
    env = os.environ if env is None else env
    if flag:
        return Path(flag).expanduser().absolute(), "flag"
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser().absolute(), "environment"
    for candidate in SEARCH_PATHS:
        path = candidate.expanduser()
        if path.is_file():
            return path.absolute(), "search"
    return None, "none"


def read_config(path: Path) -> dict[str, Any]:
    """The file's keys, flattened (``fetch.rate``), each converted; ConfigError names file and key."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the configuration file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    flat: dict[str, Any] = {}
    for name, value in raw.items():
        if name in ("fetch", "report"):
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: key {name!r}: expected a table ([{name}] and its keys below it)")
            flat.update({f"{name}.{k}": v for k, v in value.items()})
        else:
            flat[name] = value
    base = path.resolve().parent
    out: dict[str, Any] = {}
    for name, value in flat.items():
        key = BY_NAME.get(name)
        if key is None:
            known = ", ".join(k.name for k in KEYS)
            raise ConfigError(f"{path}: unknown key {name!r}; known keys: {known}")
        try:
            out[name] = convert(key, value, base)
        except TypeError as exc:
            raise ConfigError(f"{path}: key {name!r}: {exc}") from None
    return out


def _plain(value: Any) -> Any:
    """A flag's value as the file would hold it (paths as strings, tuples as lists)."""
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, Path) else value


def load_settings(
    config: str | Path | None = None,
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Build the settings once: ``flags`` (by field name, None when not given) over the environment
    over the configuration file over the defaults."""
    env = os.environ if env is None else env
    path, how = find_config(config, env)
    from_file: dict[str, Any] = {}
    if path is not None:
        if how != "search" and not path.is_file():
            where = "--config" if how == "flag" else f"${CONFIG_ENV}"
            raise ConfigError(f"{path}: cannot read the configuration file ({where}): no such file")
        from_file = read_config(path)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key in KEYS:
        flag = (flags or {}).get(key.field)
        if flag is not None and flag != () and flag != []:
            try:
                values[key.field] = convert(key, _plain(flag), None)
            except TypeError as exc:
                raise UsageError(f"--{key.field.replace('_', '-')}: {exc}") from None
            origins[key.name] = f"flag:--{key.field.replace('_', '-')}"
        elif key.env and env.get(key.env):
            values[key.field] = convert(key, env[key.env], None)
            origins[key.name] = f"environment:{key.env}"
        elif key.name in from_file:
            values[key.field] = from_file[key.name]
            origins[key.name] = f"file:{path}"
        else:
            values[key.field] = key.default
            origins[key.name] = "default"
    return Settings(**values, config_file=path, origins=origins)


def apply(settings: Settings) -> None:
    """Make the settings the process's: the umask, and the lexicon directory the lexicons load."""
    if settings.umask is not None:
        os.umask(settings.umask)
    origin = settings.origins.get("lexicon_dir", "default")
    if settings.lexicon_dir is not None and origin.startswith("file:"):
        os.environ["KWD_LEXICON_DIR"] = str(settings.lexicon_dir)
        from kewaspadaan_cli import lexicons

        lexicons.load.cache_clear()


def resolve_data_dir(flag: str | Path | None) -> Path:
    """``--data-dir``, else ``KWD_DATA_DIR``, else ``./kwd-data``."""
    if flag:
        return Path(flag)
    env = os.environ.get("KWD_DATA_DIR")
    return Path(env) if env else Path(DEFAULT_DATA_DIR)


def resolve_lexicon_dir(flag: str | Path | None) -> Path | None:
    """``--lexicon-dir``, else ``KWD_LEXICON_DIR``, else none (the shipped lexicons only)."""
    if flag:
        return Path(flag)
    env = os.environ.get("KWD_LEXICON_DIR")
    return Path(env) if env else None
