"""Reading the municipality map's data (templates/plans/components/municipality_map.html) out of
a rendered page, for the tests of every page that shows the map."""

from __future__ import annotations

import json
import re
from typing import Any


def map_data(html: str) -> dict[str, dict[str, Any]]:
    """{name: point} of the page's map data."""
    match = re.search(
        r'<script id="municipality-map-data" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, "map data script missing"
    return {point["name"]: point for point in json.loads(match.group(1))}
