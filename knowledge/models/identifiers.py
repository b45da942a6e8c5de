"""DOI and ISBN: accept what editors paste, store one normal form, explain what is wrong."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")
DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")


def normalise_doi(value: str) -> str:
    value = value.strip()
    for prefix in DOI_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
    if not DOI_PATTERN.match(value):
        raise ValidationError(
            _(
                "This is not a valid DOI. A DOI starts with '10.', then a number, a slash and "
                "a code, for example 10.1234/abc-2021."
            ),
            code="invalid_doi",
        )
    return value


def normalise_isbn(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value.strip()).upper()
    if digits.upper().startswith("ISBN"):
        digits = digits[4:].lstrip(":")
    if len(digits) == 13 and digits.isdigit():
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:12]))
        if (10 - total % 10) % 10 == int(digits[12]):
            return digits
        raise ValidationError(
            _("The check digit of this ISBN-13 is wrong. Check the digits."),
            code="invalid_isbn_checksum",
        )
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X"):
        total = sum((10 - i) * int(d) for i, d in enumerate(digits[:9]))
        check = 10 if digits[9] == "X" else int(digits[9])
        if (total + check) % 11 == 0:
            return digits
        raise ValidationError(
            _("The check digit of this ISBN-10 is wrong. Check the digits."),
            code="invalid_isbn_checksum",
        )
    raise ValidationError(
        _(
            "An ISBN has 10 or 13 digits (hyphens and spaces are fine), for example "
            "978-90-1234-567-5."
        ),
        code="invalid_isbn",
    )
