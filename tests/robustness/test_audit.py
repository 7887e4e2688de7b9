"""Static audit of the code that touches input: SQL text is never built from values (every
value is a bound parameter of a SQLAlchemy construct) and nothing under ingest/ or db/ can
start a shell or another program, so a hostile file name or member name has nowhere to go."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOURCES = sorted([*(ROOT / "db").glob("*.py"), *(ROOT / "ingest").rglob("*.py")])
SQL_CALLS = {"text", "exec_driver_sql", "execute", "executemany", "executescript"}
# Reviewed by hand: identifiers (never values) taken from a constant table of the module.
REVIEWED = {
    ("newsarchive_web.py", "label"),  # _REFERENCES[column] after `column in _REFERENCES`: a fixed column name
    ("newsarchive_web.py", "other"),  # ... and a fixed table name; the id itself is bound (`?`)
}
SHELL = {"subprocess", "pty", "pexpect"}
SHELL_CALLS = {"system", "popen", "spawnl", "spawnlp", "spawnv", "spawnvp", "execv", "execvp", "execl", "execlp"}


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _interpolated(arg: ast.expr) -> list[ast.expr]:
    """Expressions spliced into a string argument (f-string parts, concatenation, .format, %)."""
    if isinstance(arg, ast.JoinedStr):
        return [v.value for v in arg.values if isinstance(v, ast.FormattedValue)]
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add | ast.Mod):
        return [side for side in (arg.left, arg.right) if not isinstance(side, ast.Constant)]
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format":
        return [*arg.args, *(k.value for k in arg.keywords)]
    return []


def _constant(expr: ast.expr) -> bool:
    """A module constant (ALL_CAPS), maybe in arithmetic with literals: not a value from input."""
    if isinstance(expr, ast.Constant):
        return True
    if isinstance(expr, ast.Name):
        return expr.id.isupper()
    if isinstance(expr, ast.Attribute):
        return expr.attr.isupper()
    if isinstance(expr, ast.BinOp):
        return _constant(expr.left) and _constant(expr.right)
    return False


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_sql_text_is_never_built_from_values(path: Path) -> None:
    tree = ast.parse(path.read_text(), str(path))
    for call in _calls(tree):
        if _name(call) in SQL_CALLS and call.args:
            spliced = _interpolated(call.args[0])
            bad = [ast.unparse(e) for e in spliced if not _constant(e) and (path.name, ast.unparse(e)) not in REVIEWED]
            assert not bad, f"{path.name}:{call.lineno}: SQL text built from {bad}; bind them as parameters"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_shell_or_child_process_can_be_started(path: Path) -> None:
    tree = ast.parse(path.read_text(), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert not {a.name.split(".")[0] for a in node.names} & SHELL, f"{path.name}:{node.lineno}"
        if isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] not in SHELL, f"{path.name}:{node.lineno}"
    for call in _calls(tree):
        f = call.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "os":
            assert f.attr not in SHELL_CALLS, f"{path.name}:{call.lineno}: os.{f.attr}"
        assert not any(k.arg == "shell" for k in call.keywords), f"{path.name}:{call.lineno}: shell="


def test_the_audit_catches_what_it_looks_for() -> None:
    bad = ast.parse('s.execute(text(f"SELECT * FROM t WHERE path = \'{path}\'"))')
    calls = [c for c in _calls(bad) if _name(c) == "text"]
    assert [ast.unparse(e) for e in _interpolated(calls[0].args[0])] == ["path"]
    assert not _constant(_interpolated(calls[0].args[0])[0])
    ok = ast.parse('cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")')
    assert all(_constant(e) for c in _calls(ok) for e in _interpolated(c.args[0]))
