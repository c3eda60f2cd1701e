"""The configuration file: where it is found, what overrides it, and every error it can hold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from kewaspadaan_cli.config import ConfigError, load_settings
from tests.unattended import env_for, kwd

runner = CliRunner()


def invoke(tmp: Path, monkeypatch: pytest.MonkeyPatch, *args: str):  # type: ignore[no-untyped-def]
    """kwd in this process (fast), in ``tmp``, without the caller's KWD_* or configuration files."""
    monkeypatch.chdir(tmp)
    env = {"HOME": str(tmp / "home"), "KWD_CONFIG": None, "KWD_DATA_DIR": None, "KWD_LEXICON_DIR": None}
    return runner.invoke(app, list(args), env=env)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


FULL = """
data_dir = "data"
inbox = ["inbox", "/srv/drop"]
sources = "sources.toml"
lexicon_dir = "lex"
log_file = "log/kwd.log"
umask = "0027"
lock_timeout = 30
workers = 2
[fetch]
contact = "kesbangpol@example.go.id"
rate = 0.5
timeout = 10
since = 2024-11-01
[report]
out = "briefs"
lang = ["id", "en"]
formats = ["md"]
every = "week"
regions = ["61", "65.02"]
"""


def test_every_key_is_read_and_relative_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    cfg = write(tmp_path / "etc" / "kwd.toml", FULL)
    s = load_settings(cfg, env={})
    base = cfg.parent
    assert s.data_dir == base / "data"
    assert s.inbox == (base / "inbox", Path("/srv/drop"))
    assert s.sources == base / "sources.toml"
    assert s.lexicon_dir == base / "lex"
    assert s.log_file == base / "log" / "kwd.log"
    assert s.umask == 0o027
    assert s.lock_timeout == 30.0 and s.workers == 2
    assert (s.contact, s.rate, s.timeout, s.since) == ("kesbangpol@example.go.id", 0.5, 10.0, date(2024, 11, 1))
    assert (s.out, s.lang, s.formats, s.every, s.regions) == (
        base / "briefs",
        ("id", "en"),
        ("md",),
        "week",
        ("61", "65.02"),
    )
    assert set(s.origins.values()) == {f"file:{cfg}"}


def test_a_flag_overrides_the_environment_which_overrides_the_file(tmp_path: Path) -> None:
    cfg = write(tmp_path / "kwd.toml", 'data_dir = "from-file"\nlexicon_dir = "lex-file"\n[fetch]\nrate = 3\n')
    env = {"KWD_DATA_DIR": "/env/data", "KWD_LEXICON_DIR": "/env/lex"}
    s = load_settings(cfg, {"data_dir": Path("/flag/data"), "rate": None}, env=env)
    assert s.data_dir == Path("/flag/data") and s.origins["data_dir"] == "flag:--data-dir"
    assert s.lexicon_dir == Path("/env/lex") and s.origins["lexicon_dir"] == "environment:KWD_LEXICON_DIR"
    assert s.rate == 3.0 and s.origins["fetch.rate"] == f"file:{cfg}"
    assert s.timeout == 20.0 and s.origins["fetch.timeout"] == "default"


def test_search_order(tmp_path: Path) -> None:
    home, cwd = tmp_path / "home", tmp_path / "work"
    user = write(home / ".config" / "kwd" / "kwd.toml", 'data_dir = "user"\n')
    env = env_for(tmp_path)
    cwd.mkdir()
    out = kwd(cwd, "config", env=env)
    assert out.returncode == 0, out.stderr
    assert f"# configuration file: {user}" in out.stdout
    assert f"file:{user}\tdata_dir = {user.parent / 'user'}" in out.stdout

    local = write(cwd / "kwd.toml", 'data_dir = "local"\n')
    assert f"# configuration file: {local}" in kwd(cwd, "config", env=env).stdout

    named = write(tmp_path / "named.toml", 'data_dir = "named"\n')
    out = kwd(cwd, "config", env={**env, "KWD_CONFIG": str(named)})
    assert f"# configuration file: {named}" in out.stdout

    flag = write(tmp_path / "flag.toml", 'data_dir = "flagged"\n')
    out = kwd(cwd, "config", "--config", str(flag), env={**env, "KWD_CONFIG": str(named)})
    assert f"# configuration file: {flag}" in out.stdout
    # the global option works too, before the command
    out = kwd(cwd, "--config", str(flag), "config", env=env)
    assert f"file:{flag}\tdata_dir = {tmp_path / 'flagged'}" in out.stdout


def test_kwd_config_shows_each_origin(tmp_path: Path) -> None:
    cfg = write(tmp_path / "kwd.toml", 'sources = "s.toml"\numask = 0o007\n[report]\nlang = ["id", "en"]\n')
    env = env_for(tmp_path, KWD_LEXICON_DIR="/opt/lex")
    out = kwd(tmp_path, "config", "--data-dir", "/srv/kwd-data", env=env)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "flag:--data-dir\tdata_dir = /srv/kwd-data" in lines
    assert "environment:KWD_LEXICON_DIR\tlexicon_dir = /opt/lex" in lines
    assert f"file:{cfg}\tsources = {tmp_path / 's.toml'}" in lines
    assert f"file:{cfg}\tumask = 0007" in lines
    assert f"file:{cfg}\treport.lang = id, en" in lines
    assert "default\tfetch.rate = 1.0" in lines
    assert "default\tworkers = 1" in lines


BAD = [
    ('colour = "blue"\n', "unknown key 'colour'"),
    ("[fetch]\nspeed = 2\n", "unknown key 'fetch.speed'"),
    ("[extract]\nworkers = 2\n", "unknown key 'extract'"),
    ("data_dir = 5\n", "key 'data_dir': expected a path"),
    ("workers = 0\n", "key 'workers': expected a whole number of at least 1"),
    ("workers = 1.5\n", "key 'workers': expected a whole number of at least 1"),
    ('inbox = "drop"\n', "key 'inbox': expected a list"),
    ('umask = "rwx"\n', "key 'umask': expected an octal umask"),
    ("umask = 4096\n", "key 'umask': expected an octal umask"),
    ('[fetch]\nrate = "fast"\n', "key 'fetch.rate': expected a positive number"),
    ("[fetch]\ntimeout = -1\n", "key 'fetch.timeout': expected a positive number"),
    ('[fetch]\nsince = "last week"\n', "key 'fetch.since': expected a date"),
    ("[fetch]\ncontact = 7\n", "key 'fetch.contact': expected a string"),
    ('[report]\nlang = ["fr"]\n', "key 'report.lang': expected one of id, en"),
    ('[report]\nformats = ["docx"]\n', "key 'report.formats': expected one of html, md, pdf"),
    ('[report]\nevery = "day"\n', "key 'report.every': expected one of week"),
    ('[report]\nregions = ["Atlantis"]\n', "key 'report.regions': 'Atlantis' is no region known to kwd"),
    ("[report]\nregions = [65]\n", "key 'report.regions': expected region codes"),
    ('data_dir = "unclosed\n', "not valid TOML"),
]


@pytest.mark.parametrize(("text", "message"), BAD, ids=[m for _, m in BAD])
def test_each_config_error_is_one_line_naming_file_and_key_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    cfg = write(tmp_path / "kwd.toml", text)
    with pytest.raises(ConfigError) as info:
        load_settings(cfg, env={})
    assert str(cfg) in info.value.message and message in info.value.message
    out = invoke(tmp_path, monkeypatch, "status", "--config", str(cfg))
    assert out.exit_code == 3
    assert out.stderr.splitlines() == [f"kwd: error: {info.value.message}"]


@pytest.mark.parametrize(
    "command",
    [
        ["run"],
        ["status"],
        ["config"],
        ["ingest", "x"],
        ["extract"],
        ["sources"],
        ["compact"],
        ["report"],
        ["lexicon", "list"],
        ["lexicon", "check"],
    ],
)
def test_every_command_reads_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    write(tmp_path / "kwd.toml", "fetch = 3\n")
    out = invoke(tmp_path, monkeypatch, *command)
    assert out.exit_code == 3, (out.stdout, out.stderr)
    assert out.stderr.splitlines() == [
        f"kwd: error: {tmp_path / 'kwd.toml'}: key 'fetch': expected a table ([fetch] and its keys below it)"
    ]


def test_unreadable_or_missing_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    out = kwd(tmp_path, "config", "--config", str(missing))
    assert out.returncode == 3
    assert out.stderr == f"kwd: error: {missing}: cannot read the configuration file (--config): no such file\n"

    out = kwd(tmp_path, "config", env=env_for(tmp_path, KWD_CONFIG=str(missing)))
    assert out.returncode == 3
    assert out.stderr == f"kwd: error: {missing}: cannot read the configuration file ($KWD_CONFIG): no such file\n"

    binary = tmp_path / "latin1.toml"
    binary.write_bytes(b'data_dir = "caf\xe9"\n')
    out = kwd(tmp_path, "config", "--config", str(binary))
    assert out.returncode == 3
    assert out.stderr == f"kwd: error: {binary}: the configuration file is not UTF-8 text\n"

    folder = tmp_path / "kwd.toml"
    folder.mkdir()
    out = kwd(tmp_path, "config", "--config", str(folder))
    assert out.returncode == 3
    assert out.stderr.startswith(f"kwd: error: {folder}: cannot read the configuration file")
    assert len(out.stderr.splitlines()) == 1


def test_ingest_and_report_take_their_defaults_from_the_file(tmp_path: Path) -> None:
    from tests.unattended import ARTICLES

    write(tmp_path / "conf" / "kwd.toml", 'data_dir = "d"\n[report]\nout = "b"\nlang = ["en"]\nformats = ["md"]\n')
    cfg = tmp_path / "conf" / "kwd.toml"
    out = kwd(tmp_path, "--config", str(cfg), "ingest", str(ARTICLES / "teks"), "--quiet")
    assert out.returncode == 0, out.stderr
    assert list((tmp_path / "conf" / "d" / "articles").glob("*.parquet"))
    out = kwd(tmp_path, "--config", str(cfg), "report", "--week", "2024-W49")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [str(tmp_path / "conf" / "b" / "brief-2024-12-02_2024-12-08-en.md")]


def test_the_deploy_examples_are_valid() -> None:
    from kewaspadaan_cli.config import read_config
    from kewaspadaan_cli.fetch.sources import read_sources
    from tests.conftest import ROOT

    conf = read_config(ROOT / "deploy" / "kwd.toml")
    assert conf["data_dir"] == Path("/srv/kwd-data") and conf["umask"] == 0o007
    assert conf["sources"] == ROOT / "deploy" / "sources.toml"
    plan = read_sources(conf["sources"])
    assert plan.sites and plan.feeds and plan.sitemaps
    timer = (ROOT / "deploy" / "kwd.timer").read_text()
    service = (ROOT / "deploy" / "kwd.service").read_text()
    assert "OnCalendar=hourly" in timer and "User=kwd" in service and "kwd run" in service
    assert "kwd run" in (ROOT / "deploy" / "crontab").read_text()


def test_report_regions_by_name_or_code(tmp_path: Path) -> None:
    """Issue #12: regions by name or code everywhere a region is asked for, the configuration too."""
    from kewaspadaan_cli.config import load_settings

    conf = tmp_path / "kwd.toml"
    conf.write_text('[report]\nregions = ["Kalimantan Utara", "61.05", "Kabupaten Sintang"]\n', encoding="utf-8")
    assert load_settings(conf, {}).regions == ("65", "61.05", "61.05")
