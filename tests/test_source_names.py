"""No module binds one top-level name twice: the second pattern silently replaces the first, and the
code written against the first reads the second (twice found in the stages' regex tables)."""
import ast

from conftest import REPO


def _rebound(path) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{path.name}:{node.lineno} {target.id} (first at {seen[target.id]})")
                seen.setdefault(target.id, node.lineno)
    return twice


def test_no_module_binds_a_top_level_name_twice():
    twice = [t for path in sorted((REPO / "src" / "dateline").rglob("*.py")) for t in _rebound(path)]
    assert not twice, twice
