from dateline.segment import split_sentences


def test_offsets_index_the_text_and_abbreviations_do_not_split():
    text = "Iran, Aug. 10, 2019 - Members met. Gen. Smith of the U.S. Army spoke.\n\nIn Tabriz, they marched! Others left."
    spans = split_sentences(text)
    assert [s.text for s in spans] == [
        "Iran, Aug. 10, 2019 - Members met.",
        "Gen. Smith of the U.S. Army spoke.",
        "In Tabriz, they marched!",
        "Others left.",
    ]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_quotes_close_a_sentence_and_paragraphs_always_split():
    text = "He said: \"We will return.\" The crowd left\n\nno capital here"
    assert [s.text for s in split_sentences(text)] == ['He said: "We will return."', "The crowd left", "no capital here"]
