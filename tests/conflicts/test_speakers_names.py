"""Two entity ids of one person: a full name and the same name without its first part."""

from newsprism.conflicts.speakers import _same_speaker


def test_a_name_with_one_more_first_name_is_the_same_speaker() -> None:
    assert _same_speaker("person:tayyip-erdogan", "person:recep-tayyip-erdogan")
    assert not _same_speaker("person:erdogan", "person:recep-tayyip-erdogan")  # one word is too little
    assert not _same_speaker("person:anna-berg", "person:lena-berg")
