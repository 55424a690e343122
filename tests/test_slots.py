"""Slots that cannot be mis-called: a lint over the window's sources.

``clicked`` and ``triggered`` send ``checked: bool``. Connected to ``lambda k=key: f(k)``
that value lands in ``k`` (``k`` becomes ``False``), which is how every New…/Edit…/Delete
button under the lists once did nothing. A lambda with default arguments may be connected
to a signal (directly, or through ``ListTab.add_button``, which connects what it is given)
only when its first parameter is a placeholder that takes the signal's argument:
``lambda _checked=False, k=key: f(k)``. Otherwise use ``functools.partial``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).parent
GENERATED = ROOT / "ui" / "forms"
# Calls that connect the callable they are given to a signal.
CONNECTING = {"connect", "add_button"}


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _misusable(lam: ast.Lambda) -> bool:
    args = lam.args
    positional = args.posonlyargs + args.args
    if not args.defaults and not any(d is not None for d in args.kw_defaults):
        return False
    first = positional[0].arg if positional else None
    return not (first and first.startswith("_"))


def offending_lambdas(source: str, filename: str = "<source>") -> list[int]:
    """Line numbers of lambdas with default arguments handed to a connecting call whose
    first parameter is not a ``_placeholder`` for the signal's argument."""
    lines = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and _called_name(node) in CONNECTING:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(arg, ast.Lambda) and _misusable(arg):
                    lines.append(arg.lineno)
    return lines


def test_lint_finds_the_bug_it_is_for():
    assert offending_lambdas("b.clicked.connect(lambda k=key: f(k))") == [1]
    assert offending_lambdas("tab.add_button('New', lambda k=key: f(k), 'x')") == [1]
    assert offending_lambdas("s.activated.connect(lambda k=kind, g=slot: g(k))") == [1]
    assert offending_lambdas("b.clicked.connect(lambda _checked=False, k=key: f(k))") == []
    assert offending_lambdas("b.clicked.connect(lambda _=False, k=key: f(k))") == []
    assert offending_lambdas("t.itemDoubleClicked.connect(lambda _item, k=kind: f(k))") == []
    assert offending_lambdas("b.clicked.connect(lambda: f(1))") == []
    assert offending_lambdas("b.clicked.connect(partial(f, 1))") == []


def test_no_lambda_with_defaults_connected_to_a_signal():
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if GENERATED in path.parents:
            continue
        for line in offending_lambdas(path.read_text(encoding="utf-8"), str(path)):
            found.append(f"{path.relative_to(ROOT.parent)}:{line}")
    assert not found, "lambda with defaults connected to a signal (use `_checked=False, ...` or partial): " + \
        ", ".join(found)
