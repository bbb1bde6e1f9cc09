"""Units and currencies: what a figure measures and how to convert it ('10 miles' is 16.09 km)."""

from __future__ import annotations

UNITS: dict[str, tuple[str, float]] = {
    "second": ("time", 1 / 86400), "sec": ("time", 1 / 86400), "minute": ("time", 1 / 1440),
    "min": ("time", 1 / 1440), "hour": ("time", 1 / 24), "hr": ("time", 1 / 24), "day": ("time", 1.0),
    "week": ("time", 7.0), "fortnight": ("time", 14.0), "month": ("time", 30.44), "year": ("time", 365.25),
    "decade": ("time", 3652.5), "century": ("time", 36525.0), "centurie": ("time", 36525.0),
    "metre": ("length", 1.0), "meter": ("length", 1.0), "m": ("length", 1.0), "kilometre": ("length", 1000.0),
    "kilometer": ("length", 1000.0), "km": ("length", 1000.0), "mile": ("length", 1609.34),
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048), "yard": ("length", 0.9144),
    "centimetre": ("length", 0.01), "centimeter": ("length", 0.01), "cm": ("length", 0.01),
    "millimetre": ("length", 0.001), "millimeter": ("length", 0.001), "mm": ("length", 0.001),
    "inch": ("length", 0.0254), "inche": ("length", 0.0254), "nautical mile": ("length", 1852.0),
    "kilogram": ("mass", 1.0), "kilo": ("mass", 1.0), "kg": ("mass", 1.0), "gram": ("mass", 0.001),
    "g": ("mass", 0.001), "tonne": ("mass", 1000.0), "metric ton": ("mass", 1000.0), "ton": ("mass", 907.2),
    "pound": ("mass", 0.4536), "lb": ("mass", 0.4536), "ounce": ("mass", 0.02835), "oz": ("mass", 0.02835),
    "square mile": ("area", 2.58999e6), "square kilometre": ("area", 1e6), "square kilometer": ("area", 1e6),
    "sq km": ("area", 1e6), "hectare": ("area", 1e4), "acre": ("area", 4046.86), "square foot": ("area", 0.092903),
    "square feet": ("area", 0.092903), "square metre": ("area", 1.0), "square meter": ("area", 1.0),
    "litre": ("volume", 1.0), "liter": ("volume", 1.0), "gallon": ("volume", 3.78541), "barrel": ("volume", 158.987),
    "mph": ("speed", 1.60934), "miles per hour": ("speed", 1.60934), "km/h": ("speed", 1.0), "kph": ("speed", 1.0),
    "kilometres per hour": ("speed", 1.0), "kilometers per hour": ("speed", 1.0), "knot": ("speed", 1.852),
    "percent": ("percent", 1.0), "per cent": ("percent", 1.0), "%": ("percent", 1.0), "pct": ("percent", 1.0),
    "percentage point": ("percentage points", 1.0), "point": ("points", 1.0),
    "person": ("people", 1.0), "people": ("people", 1.0),
}
"""Unit word (singular, lower case) → (dimension, size in the dimension's base unit: days, metres, kilograms,
square metres, litres, km/h)."""
UNIT_WORDS = sorted(UNITS, key=len, reverse=True)
DIMENSIONS = frozenset(d for d, _ in UNITS.values())

CURRENCY_SIGNS: dict[str, str] = {
    "us$": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD",
    "hk$": "HKD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY", "rs": "INR",
    "rs.": "INR", "inr": "INR", "cny": "CNY", "rmb": "CNY", "chf": "CHF", "₹": "INR", "₽": "RUB", "e": "EUR"}
"""Currency sign or code written before the figure → ISO 4217 code ('$' is taken for US dollars)."""
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "us dollar": "USD", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rouble": "RUB", "ruble": "RUB", "franc": "CHF",
    "australian dollar": "AUD", "canadian dollar": "CAD", "peso": "MXN", "real": "BRL", "lira": "TRY",
    "shekel": "ILS", "won": "KRW", "rand": "ZAR"}
"""Currency word written after the figure → code ('50 million euros'). 'pounds' alone is a weight."""
MAGNITUDE_WORDS = ("magnitude", "richter")
"""A magnitude is written around its figure ('magnitude 9.0', '8.9-magnitude', '8.9 on the Richter scale')."""


def unit_of(word: str) -> tuple[str, float] | None:
    """(dimension, size) of a unit word in any number ('miles', 'km', 'feet', 'per cent'); None if not a unit."""
    lower = " ".join(word.lower().split())
    for form in (lower, lower[:-1] if lower.endswith("s") else lower, lower[:-2] if lower.endswith("es") else lower):
        if form in UNITS:
            return UNITS[form]
    return None


def currency_of_word(word: str) -> str | None:
    lower = " ".join(word.lower().split())
    return CURRENCY_WORDS.get(lower) or CURRENCY_WORDS.get(lower[:-1] if lower.endswith("s") else lower)
