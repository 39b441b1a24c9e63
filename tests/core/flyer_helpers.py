"""Reading flyer PDFs back the way a phone and a search tool would: decoded QR codes and page text."""

from __future__ import annotations

import io


def decode_pages(pdf: bytes, dpi: int = 150) -> list[list[str]]:
    """Every QR code's text on every page, rendered at dpi on white and decoded with zxing-cpp."""
    import pypdfium2
    import zxingcpp
    from PIL import Image

    document = pypdfium2.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72).to_pil().convert("RGBA")
            white = Image.new("RGBA", image.size, "white")
            flat = Image.alpha_composite(white, image).convert("L")
            found = zxingcpp.read_barcodes(flat, formats=zxingcpp.BarcodeFormat.QRCode)
            pages.append(sorted(code.text for code in found))
    finally:
        document.close()
    return pages


def page_texts(pdf: bytes) -> list[str]:
    """Extracted text of each page, whitespace collapsed to single spaces."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
