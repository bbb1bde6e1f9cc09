"""A broadcaster's name with and without its medium after it ("Tarn Valley News" / "Tarn Valley News Channel") is one
body (issue #19, D22's seed-94 reading: "Al-Jazeera TV" a record apart from "Al-Jazeera")."""

from __future__ import annotations

from entity_texts import analyse

from newsprism.nlp.resources import NlpResources


def test_a_channel_with_and_without_its_medium_is_one_body(resources: NlpResources) -> None:
    index = analyse(resources, "The senator spoke to Tarn Valley News on Monday. He repeated the claim on Tarn Valley"
                    " News Channel later that night.")
    bodies = [{m.text for m in entity.mentions} for entity in index.entities if entity.type == "organisation"]
    assert {"Tarn Valley News", "Tarn Valley News Channel"} in bodies
