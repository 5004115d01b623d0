"""Injects the vendored axe-core into the page open in Selenium and runs it."""
from __future__ import annotations

from functools import cache
from pathlib import Path

AXE_SOURCE = Path(__file__).resolve().parents[1] / "vendor" / "axe" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Returns only what a failure message needs, to keep the WebDriver payload small.
_RUN_AXE = """
const [tags, done] = arguments;
axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(r => done(r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(n => n.target.join(' '))}))))
  .catch(e => done({error: String(e)}));
"""


@cache
def _axe_source() -> str:
    return AXE_SOURCE.read_text(encoding="utf-8")


def axe_violations(driver, tags: list[str] = WCAG_21_AA) -> list[dict]:
    """axe-core violations of the current page: [{id, impact, help, targets}]."""
    driver.execute_script(_axe_source())
    result = driver.execute_async_script(_RUN_AXE, tags)
    if isinstance(result, dict) and "error" in result:
        raise RuntimeError(f"axe-core failed: {result['error']}")
    return result


def describe(violations: list[dict]) -> str:
    return "\n".join(f"  {v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["targets"][:10])
                     for v in violations)
