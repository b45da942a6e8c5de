"""Small PDF files made on the spot (fpdf2) for the demo and the tests: real files, so the
document model derives their type, size and page count, and search can read their text."""

from fpdf import FPDF


def make_pdf(title: str, pages: list[str]) -> bytes:
    """A PDF with ``title`` on top of the first page and one page per text in ``pages``."""
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Atelier demo")
    for number, text in enumerate(pages or [""], start=1):
        pdf.add_page()
        if number == 1:
            pdf.set_font("Helvetica", style="B", size=18)
            pdf.multi_cell(0, 10, _latin1(title))
            pdf.ln(4)
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, _latin1(text))
    return bytes(pdf.output())


def _latin1(text: str) -> str:
    # The built-in PDF fonts only know Latin-1; dashes and quotes are mapped to plain ones.
    replacements = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"'}
    for char, plain in replacements.items():
        text = text.replace(char, plain)
    text = text.replace("\u201d", '"')
    return text.encode("latin-1", errors="replace").decode("latin-1")
