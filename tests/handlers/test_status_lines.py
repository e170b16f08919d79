"""The status overview's agreement lines."""

from __future__ import annotations

import pytest

from handlers.status import pledge_line


@pytest.mark.parametrize(
    "args, lang, line",
    [
        (("other", "verbal", None, None, None), "en", "• Other — verbal"),
        (("money", "declined", None, None, None), "da", "• Penge — afslået"),
        (("money", "verbal", 2000, None, None), "da", "• Penge: 2.000 kr. — mundtlig"),
        (("books", "delivered", None, 20, "books"), "en", "• Books: 20 books — delivered"),
    ],
)
def test_an_agreement_line_names_what_is_known_and_never_shows_an_empty_dash(args, lang, line) -> None:
    text = pledge_line(*args, lang)
    assert text.startswith(line)
    assert ": –" not in text
