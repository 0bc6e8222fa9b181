"""ISO 3166-1 country codes through pycountry, loaded lazily (it reads a JSON database)."""

from __future__ import annotations

from functools import cache

# Codes in common use that ISO has not assigned (Kosovo), accepted as valid.
_USER_ASSIGNED = {"XK": "Kosovo"}


@cache
def _names_by_code() -> dict[str, str]:
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
    names.update(_USER_ASSIGNED)
    return names


def validate_alpha2(code: str) -> str:
    """Pydantic validator: upper-case a code and reject anything that is not ISO alpha-2."""
    upper = code.strip().upper()
    if upper not in _names_by_code():
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return upper


def country_name(code: str) -> str:
    return _names_by_code().get(code.upper(), code)


# Country names read with "the" in running text ("support from the Netherlands").
_WITH_THE_WORDS = ("United ", "Republic", "Kingdom", "Federation", "Islands", "Emirates")
_WITH_THE_NAMES = frozenset({"Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
                             "Comoros", "Seychelles"})


def country_in_prose(code: str) -> str:
    """The country's name as a sentence uses it: "the United States", but "Germany"."""
    name = country_name(code)
    if name in _WITH_THE_NAMES or any(word in name for word in _WITH_THE_WORDS):
        return f"the {name}"
    return name


def lookup_country(name: str) -> str | None:
    """Alpha-2 code for a country name, alpha-3 or alpha-2 code; None when unknown."""
    import pycountry

    text = name.strip()
    if text.upper() in _names_by_code():
        return text.upper()
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None
