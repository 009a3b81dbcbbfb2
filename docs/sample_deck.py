"""A facilitator's own slides for the README pictures: a short PDF deck (as PowerPoint or
Keynote would export it, made here with reportlab) and a screenshot-like picture (Qt)."""
from __future__ import annotations

from pathlib import Path

PAGES = [
    ("Hvorfor sociale medier?", ["Kunderne taler sammen – også om os", "Dialog frem for envejskommunikation",
                                 "Synlighed, hvor kunderne allerede er"]),
    ("Tre spørgsmål før I starter", ["Hvem vil vi tale med?", "Hvad vil vi opnå?", "Hvem svarer – og hvor hurtigt?"]),
    ("Sådan måler I effekten", ["Fans, følgere og visninger", "Henvendelser og svartid",
                                "Trafik fra de sociale medier til jeres eget site"]),
    ("Opsamling", ["Start småt, men start", "Lyt før I taler", "Gør det til en del af hverdagen"]),
]
NOTES = {3: "Spørg salen: hvem måler allerede noget? Tag to-tre eksempler."}


def write_deck(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(960, 540))
    for n, (title, bullets) in enumerate(PAGES, start=1):
        c.setFillColor(colors.HexColor("#FBFAF7"))
        c.rect(0, 0, 960, 540, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#B8412C"))
        c.rect(0, 0, 24, 540, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#222222"))
        c.setFont("Helvetica-Bold", 40)
        c.drawString(70, 430, title)
        c.setFont("Helvetica", 26)
        for i, text in enumerate(bullets):
            c.setFillColor(colors.HexColor("#B8412C"))
            c.circle(82, 349 - i * 62, 6, fill=1, stroke=0)
            c.setFillColor(colors.HexColor("#222222"))
            c.drawString(104, 340 - i * 62, text)
        c.setFont("Helvetica", 14)
        c.setFillColor(colors.HexColor("#888888"))
        c.drawRightString(920, 30, f"Woco · {n}/{len(PAGES)}")
        if n in NOTES:
            c.textAnnotation(NOTES[n], Rect=(930, 500, 950, 520))
        c.showPage()
    c.save()
    return path


def write_profile_picture(path: Path) -> Path:
    """Something like a screenshot of a company's page on a social network."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#E9EBEE"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(0, 0, 1200, 70, QColor("#3B5998"))
    p.setPen(QColor("white"))
    p.setFont(QFont("DejaVu Sans", 26, QFont.Weight.Bold))
    p.drawText(QRect(30, 0, 600, 70), Qt.AlignmentFlag.AlignVCenter, "socialnet")
    p.fillRect(30, 100, 260, 260, QColor("#B8412C"))
    p.setFont(QFont("DejaVu Sans", 64, QFont.Weight.Bold))
    p.drawText(QRect(30, 100, 260, 260), Qt.AlignmentFlag.AlignCenter, "W")
    p.setPen(QColor("#1D2129"))
    p.setFont(QFont("DejaVu Sans", 30, QFont.Weight.Bold))
    p.drawText(320, 150, "Woco Rejser")
    p.setFont(QFont("DejaVu Sans", 18))
    p.setPen(QColor("#606770"))
    p.drawText(320, 195, "Rejsebureau · 4.812 synes godt om dette")
    for i, (who, text) in enumerate([("Woco Rejser", "Sol på Mallorca: 3 pladser tilbage i uge 28!"),
                                     ("Maria K.", "Tak for en skøn tur – hotellet var perfekt."),
                                     ("Woco Rejser", "Vi svarer på jeres spørgsmål hver dag kl. 9–16.")]):
        top = 390 + i * 130
        p.fillRect(30, top, 1140, 110, QColor("white"))
        p.setPen(QColor("#385898"))
        p.setFont(QFont("DejaVu Sans", 18, QFont.Weight.Bold))
        p.drawText(60, top + 42, who)
        p.setPen(QColor("#1D2129"))
        p.setFont(QFont("DejaVu Sans", 18))
        p.drawText(60, top + 82, text)
    p.end()
    image.save(str(path))
    return path
