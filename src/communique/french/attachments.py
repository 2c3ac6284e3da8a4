"""What a release's links point to: the kinds of attachments, by file extension and by words.

A press room links a release's PDF version (``Télécharger le communiqué (PDF, 245 Ko)``), its
press kit (``Dossier de presse``) and its photos (``Photo HD``, ``Visuels``). A link is an
attachment when its target names a file of `EXTENSIONS`, or when its text holds the
words of `KIND_WORDS` or `DOWNLOAD_WORDS`; its kind is the press kit's when its
text says so (a press kit is often a PDF or a ZIP), else its file's, else its words'.
"""

from __future__ import annotations

__all__ = ["DOWNLOAD_WORDS", "EXTENSIONS", "KIND_WORDS", "NOT_ATTACHMENTS"]

#: File extension (lower case, without the dot) -> kind.
EXTENSIONS: dict[str, str] = {
    "pdf": "pdf",
    **dict.fromkeys(("jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "heic", "svg"), "image"),
    **dict.fromkeys(("zip", "rar", "7z", "gz", "tgz"), "archive"),
    **dict.fromkeys(("doc", "docx", "odt", "rtf"), "document"),
    **dict.fromkeys(("xls", "xlsx", "ods", "csv"), "spreadsheet"),
    **dict.fromkeys(("ppt", "pptx", "odp"), "presentation"),
    **dict.fromkeys(("mp4", "mov", "avi", "webm", "mkv"), "video"),
    **dict.fromkeys(("mp3", "wav", "m4a", "ogg"), "audio"),
}

#: Words of a link's text (lower case, accent-folded) -> kind, in order: the first found wins.
KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("dossier de presse", "press-kit"),
    ("dossier presse", "press-kit"),
    ("kit presse", "press-kit"),
    ("kit media", "press-kit"),
    ("press kit", "press-kit"),
    ("media kit", "press-kit"),
    ("pdf", "pdf"),
    ("photo", "image"),
    ("visuel", "image"),
    ("image", "image"),
    ("illustration", "image"),
    ("infographie", "image"),
    ("video", "video"),
    ("podcast", "audio"),
)

#: Words of a link's text saying it downloads something (lower case, accent-folded).
DOWNLOAD_WORDS: tuple[str, ...] = ("telecharger", "telechargez", "download", "version imprimable")

#: Link targets that are never attachments: e-mails, phones, anchors within the page, scripts.
NOT_ATTACHMENTS: tuple[str, ...] = ("mailto:", "tel:", "#", "javascript:", "data:")
