"""Write the starting corpus of each atheris harness (``fuzz/harness.py``) into a folder.

    python fuzz/seed_corpus.py OUT_DIR

``OUT_DIR/<harness>/`` receives, one file each: the seeds (``seeds/*.txt``), the test
fixtures (``tests/holdout*/`` texts, Markdown and HTML), the saved regressions
(``tests/regressions/*.json``), renderings of a release in every format (``tests/renderers.py``:
text, Markdown, HTML, e-mail, DOCX, PDF) and the crafted hostile inputs of
``tests/crafted.py`` (damaged archives, bombs, PDFs sharing a stream, front matter PyYAML and
tomllib cannot hold). Text goes to the ``str`` harnesses, binary containers to the ``bytes``
ones, and each file also to the harness of its own format.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import crafted  # noqa: E402
from tests.renderers import blocks_of, to_docx, to_eml, to_html, to_pdf, to_text  # noqa: E402
from tests.test_robustness import REGRESSIONS, load_regression  # noqa: E402

TEXT_HARNESSES = ("str", "text", "markdown", "html", "email")
RELEASE = """\
Communiqué de presse

Nantes, le 4 février 2025

# La ville ouvre une nouvelle médiathèque de quartier

*La médiathèque Jules-Verne accueillera le public dès demain, puis lundi prochain.*

- 12 000 documents ;
- un espace numérique.

Contact presse : Hélène Morvan – helene.morvan@ville.example – 02 40 00 00 00
"""
FRONT_MATTERS = (
    "---\ntitle: La médiathèque ouvre\ndate: 2024-13-01\n---\n",
    "---\ndate: 9999-12-31\n---\n\nElle ouvrira demain et lundi prochain.\n",
    "---\nsummary: " + "9" * 4301 + "\n---\n",
    "---\ncontact: &a [*a]\n---\n",
    "+++\ntitle = 1\na = [[[[1]]]]\ndate = 2024-02-30\n+++\n",
)


def seeds() -> dict[str, list[bytes]]:
    """Harness name -> its starting inputs."""
    corpus: dict[str, list[bytes]] = {
        name: [] for name in (*TEXT_HARNESSES, "bytes", "docx", "pdf")
    }

    def text(data: str, fmt: str | None = None) -> None:
        encoded = data.encode("utf-8", errors="surrogatepass")
        for name in ("str", "bytes", *((fmt,) if fmt else ())):
            corpus[name].append(encoded)

    def binary(data: bytes, fmt: str) -> None:
        corpus["bytes"].append(data)
        corpus[fmt].append(data)

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text(path.read_text("utf-8"), "text")
    for folder in ("holdout", "holdout2"):
        for path in sorted((ROOT / "tests" / folder).glob("*")):
            fmt = {".txt": "text", ".md": "markdown", ".html": "html"}.get(path.suffix)
            if fmt:
                text(path.read_text("utf-8"), fmt)
    for path in sorted(REGRESSIONS.glob("*.json")):
        _, value, adapter = load_regression(path)
        if isinstance(value, bytes):
            corpus["bytes"].append(value)
        else:
            text(value, adapter if adapter in TEXT_HARNESSES else None)
    document = blocks_of(RELEASE)
    text(RELEASE, "markdown")
    text(to_text(document), "text")
    text(to_html(document, title="La ville ouvre une médiathèque"), "html")
    text(to_eml(document, subject="Communiqué : la médiathèque"), "email")
    text(to_eml(document, subject="x", date="Fri, 31 Dec 9999 23:00:00 -1200"), "email")
    for front_matter in FRONT_MATTERS:
        text(front_matter + RELEASE, "markdown")
    text('<meta charset="idna"><h1>Café</h1>', "html")
    binary(to_docx(document, footer="Contact presse : Hélène Morvan"), "docx")
    binary(to_pdf(document), "pdf")
    for damage in crafted.DAMAGES:
        for part in ("word/footer1.xml", "word/document.xml"):
            binary(crafted.damaged_docx(damage, part), "docx")
    binary(crafted.docx_with_big_parts(parts=2, unpacked=20_000), "docx")
    binary(crafted.pdf_sharing_one_stream(pages=4, lines=5), "pdf")
    corpus["bytes"].append(b'<meta charset="undefined"><p>caf\xe9</p>')
    text(forwarded_email(10), "email")  # forwards nested past the depth limit
    binary(_docx_of_runs_and_a_table(), "docx")
    return corpus


def forwarded_email(depth: int) -> str:
    """An e-mail forwarding the release ``depth`` times, a short note at each level."""
    message = f"From: a@ville.example\nSubject: CP\nContent-Type: text/plain\n\n{RELEASE}"
    for level in range(1, depth + 1):
        message = (
            f"From: r{level}@ville.example\nSubject: TR: CP\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n'
            f"Content-Type: text/plain\n\nVoir ci-dessous ({level}).\n\n--b{level}\n"
            f"Content-Type: message/rfc822\n\n{message}\n--b{level}--\n"
        )
    return message


def _docx_of_runs_and_a_table() -> bytes:
    """A Word body typed one letter a run, and a table of 40 x 4 cells."""
    import io
    import zipfile

    runs = "".join(f"<w:r><w:rPr><w:b/></w:rPr><w:t>{c}</w:t></w:r>" for c in RELEASE[:400])
    cells = "".join(
        "<w:tr>"
        + "".join(f"<w:tc><w:p><w:r><w:t>{r}.{c}</w:t></w:r></w:p></w:tc>" for c in range(4))
        + "</w:tr>"
        for r in range(40)
    )
    body = f"<w:p>{runs}</w:p><w:tbl>{cells}</w:tbl>"
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml", f"<w:document {namespace}><w:body>{body}</w:body></w:document>"
        )
    return buffer.getvalue()


def write(out: Path) -> dict[str, int]:
    """Write every harness's seeds under ``out``; returns how many each received."""
    counts = {}
    for harness, inputs in seeds().items():
        folder = out / harness
        folder.mkdir(parents=True, exist_ok=True)
        for data in inputs:
            (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        counts[harness] = len(inputs)
    return counts


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(f"usage: {sys.argv[0]} OUT_DIR")
    print(write(Path(sys.argv[1])))
