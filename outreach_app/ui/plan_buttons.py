"""Event mode's plan buttons: a plan's name over at most two lines (the rest elided, the full name in
the tooltip), its key always shown, its count below. One-key shortcuts are assigned here too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

RESERVED_KEYS = {"A", "Y", "N", "U", "Z"}
NAME_LINES = 2


def assign_plan_keys(names: list[str]) -> list[str | None]:
    """A one-key shortcut per plan: its first free letter (initial first), then digits 1–9."""
    taken = set(RESERVED_KEYS)
    keys: list[str | None] = []
    for name in names:
        letters = [c.upper() for c in name if c.isascii() and c.isalpha()]
        key = next((c for c in letters if c not in taken), None)
        if key is None:
            key = next((d for d in "123456789" if d not in taken), None)
        if key:
            taken.add(key)
        keys.append(key)
    return keys


def wrap_and_elide(text: str, metrics: QFontMetrics, width: int, lines: int = NAME_LINES) -> str:
    """text wrapped at word boundaries into at most `lines` lines of `width` pixels, the last elided (…)."""
    words = text.split()
    result: list[str] = []
    while words and len(result) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > width:  # one word wider than the button
            words.insert(0, line)
            break
        result.append(line)
    if words:
        result.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(result)


class PlanButton(QPushButton):
    """A big button for one plan; the labels inside let clicks through to it."""

    def __init__(self, name: str, key: str | None, accessible: str, font, full_name: str | None = None):
        super().__init__()
        self.full_name = name  # what the button shows: the plan's short name if it has one
        self.setObjectName("plan")
        self.setAccessibleName(accessible)
        self.setToolTip((full_name or name) + (f"  ({key})" if key else ""))
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(60)
        self.name_label = QLabel(name)
        self.key_label = QLabel(f"({key})" if key else "")
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        for label in (self.name_label, self.key_label, self.count_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setFont(font)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.key_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * (NAME_LINES + 1) + 20)
        self._elide()

    def set_count_text(self, text: str) -> None:
        self.count_label.setText(text)

    def shown_text(self) -> str:
        """What the button shows: its name (wrapped, maybe elided), key and count, one line each."""
        return "\n".join(t for t in (self.name_label.text(), self.key_label.text(), self.count_label.text()) if t)

    def _elide(self) -> None:
        width = max(20, self.width() - self.key_label.sizeHint().width() - 28)
        self.name_label.setText(wrap_and_elide(self.full_name, self.name_label.fontMetrics(), width))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._elide()
