"""axe-core in the page: the WCAG 2.1 A/AA rules, failing on serious and critical violations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}


def serious_violations(page: Page) -> list[dict[str, Any]]:
    """axe's serious and critical violations of the page as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """tags => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        TAGS,
    )
    return [rule for rule in result["violations"] if rule["impact"] in BLOCKING]


def describe(violations: list[dict[str, Any]]) -> str:
    """One line per failing element: rule id, impact, target selector and axe's help."""
    lines = []
    for rule in violations:
        for node in rule["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"{rule['id']} ({rule['impact']}) at {target}: {rule['help']}")
    return "\n".join(lines)
