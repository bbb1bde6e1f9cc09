"""quotes.bodies: 'the company' re-mentions the company the sentence before names, whatever its legal form."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of

from newsprism.nlp import NlpResources

LEGAL_FORMS = ("Inc.", "Corp.", "Ltd.")


@pytest.mark.parametrize("form", LEGAL_FORMS)
def test_the_company_is_the_company_named_before_whatever_its_legal_form(resources: NlpResources, form: str) -> None:
    text = (f"Tarvel Robotics {form} announced on Monday that it would close two warehouses in Ostrava.\n\n"
            "\"We regret the effect on our staff,\" the company said in a statement.")
    assert quote_of(resources, text, "We regret").speaker == f"Tarvel Robotics {form}"


def test_a_newspaper_is_still_no_company(resources: NlpResources) -> None:
    text = ("The Ostrava Times reported on Monday that two warehouses would close.\n\n"
            "\"We regret the effect on our staff,\" the company said in a statement.")
    assert quote_of(resources, text, "We regret").speaker != "The Ostrava Times"
