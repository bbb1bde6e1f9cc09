"""Every regular expression of the cleaning modules that search through :mod:`newsprism.clean.prefilter`: the
prefilter's tests run over all of them, so a pattern added to any of these modules is checked too."""

from __future__ import annotations

import re

from newsprism.clean import (
    boilerplate,
    features,
    metadata,
    outlet_cues,
    outlet_mentions,
    outlet_signatures,
    outlets,
    rules,
    widgets,
)

MODULES = (boilerplate, features, metadata, outlet_cues, outlet_mentions, outlet_signatures, outlets, rules, widgets)


def cleaning_patterns() -> list[re.Pattern[str]]:
    """The modules' compiled text patterns, the widget and rule tables' included, each once."""
    found = [value for module in MODULES for value in vars(module).values() if isinstance(value, re.Pattern)]
    found += [rule.pattern for rule in widgets.WIDGET_RULES] + [pattern for _, pattern in rules.RULES]
    return [p for p in dict.fromkeys(found) if isinstance(p.pattern, str)]
