"""The demo's big PDFs are made side by side in forked processes where that is safe
(demo.builders.media.tagged_pdfs), and each comes back under its own key, whole and tagged."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from demo.builders import media
from tests.pdfs import read_tagged
from tests.portal.test_settings import run_python


def document(language: str, title: str) -> str:
    """A small whole HTML document in the language."""
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f'<title>{title}</title><meta name="author" content="YEEP"></head>'
        f"<body><h1>{title}</h1><p>{title}: {'metin ' * 200}</p></body></html>"
    )


DOCUMENTS = {
    ("progress-1", "tr"): document("tr", "Birinci"),
    ("final", "en"): document("en", "Last"),
}

#: Run in a fresh interpreter, which has no other thread: it may fork. The documents (JSON, keys
#: joined by "|") and the folder to write the PDFs in come from the environment.
SCRIPT = """
import json, os
import django
django.setup()
from demo.builders import media
documents = json.loads(os.environ["DOCUMENTS"])
made = media.tagged_pdfs({tuple(key.split("|")): html for key, html in documents.items()})
for (kind, language), content in made.items():
    with open(os.path.join(os.environ["FOLDER"], f"{kind}.{language}.pdf"), "wb") as out:
        out.write(content)
print(media.can_fork())
"""


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one CPU: the PDFs are made one by one")
def test_pdfs_made_in_forked_processes_come_back_whole_under_their_keys(tmp_path: Path) -> None:
    documents = {"|".join(key): html for key, html in DOCUMENTS.items()}
    result = run_python(
        SCRIPT, "portal.settings.test", DOCUMENTS=json.dumps(documents), FOLDER=str(tmp_path)
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"  # it could fork, so it did
    first = read_tagged((tmp_path / "progress-1.tr.pdf").read_bytes())
    last = read_tagged((tmp_path / "final.en.pdf").read_bytes())
    assert (first.title, first.lang) == ("Birinci", "tr")
    assert (last.title, last.lang) == ("Last", "en")
    assert first.text.startswith("Birinci") and last.text.startswith("Last")


def test_a_process_with_another_thread_makes_them_one_by_one() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not media.can_fork()
        made = media.tagged_pdfs(DOCUMENTS)
    finally:
        stop.set()
        other.join()

    assert list(made) == list(DOCUMENTS)
    assert read_tagged(made[("progress-1", "tr")]).title == "Birinci"
    assert read_tagged(made[("final", "en")]).lang == "en"
