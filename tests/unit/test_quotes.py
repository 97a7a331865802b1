"""Quotations and their speakers (extract/quotes.py) on hand-written texts."""

from __future__ import annotations

import pytest

from jkec.extract.quotes import quotation_marks
from jkec.extract.spans import Span

INTRO = "Trade minister Hiroshi Kajiyama defended the export controls. "


def quotes(extract, text):
    return [
        (q["text"], q["kind"], q["speaker_actor_id"], q["attribution"], q["speaker_mention"])
        for q in extract(text)["quotes"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            INTRO + "“We will keep talking,” Kajiyama told a news conference.",
            [("We will keep talking", "direct", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="curly-speaker-after-told-a-news-conference",
        ),
        pytest.param(
            '"We will keep talking about export controls," Hiroshi Kajiyama told reporters.',
            [("We will keep talking about export controls", "direct", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama")],
            id="straight-quotes",
        ),
        pytest.param(
            '“We will keep talking about export controls," said Hiroshi Kajiyama.',
            [("We will keep talking about export controls", "direct", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama")],
            id="mixed-pair-curly-open-straight-close",
        ),
        pytest.param(
            INTRO + "“We will keep talking,” said Kajiyama.",
            [("We will keep talking", "direct", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="inverted-said-kajiyama",
        ),
        pytest.param(
            "Hiroshi Kajiyama said on Friday that the export controls were needed and that “they will stay in place for now.”",
            [("they will stay in place for now", "direct", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama"),
             ("the export controls were needed and that “they will stay in place for now.”", "indirect", "kajiyama_hiroshi",
              "name", "Hiroshi Kajiyama")],
            id="speaker-before-said-that-reports-a-clause-holding-a-quotation",
        ),
        pytest.param(
            "Hiroshi Kajiyama met Lee Ho-hyeon to discuss export controls. "
            "“This is the single most pressing item before us,” he told a news briefing.",
            [("This is the single most pressing item before us", "direct", "kajiyama_hiroshi", "pronoun", "he")],
            id="pronoun-resolves-to-the-subject-of-the-sentence-naming-the-last-person",
        ),
        pytest.param(
            "Officials discussed the export controls. “Even more products could have gone to North Korea through the black market.”",
            [("Even more products could have gone to North Korea through the black market", "direct", None, "none", None)],
            id="no-speaker-stays-empty",
        ),
        pytest.param(
            'Seoul has called the export curbs "retaliatory" and unfair.',
            [("retaliatory", "partial", "kor_gov", "name", "Seoul")],
            id="short-phrase-after-a-characterising-verb-is-partial",
        ),
        pytest.param(
            "Sung Yun-mo said the export controls were “Japan’s so-called ‘white list’ measure against Seoul,” and vowed to respond.",
            [("Japan’s so-called ‘white list’ measure against Seoul", "partial", "sung_yunmo", "name", "Sung Yun-mo"),
             ("the export controls were “Japan’s so-called ‘white list’ measure against Seoul,”", "indirect", "sung_yunmo",
              "name", "Sung Yun-mo")],
            id="nested-single-quotes-keep-the-outer-quote",
        ),
        pytest.param(
            "The ministry released a report on export controls titled “Export Controls and National Security in Asia” on Monday.",
            [],
            id="title-after-titled-is-not-a-quote",
        ),
        pytest.param(
            "Taiwan said “we are watching the situation in the strait very closely” on Monday.",
            [],
            id="quote-in-an-irrelevant-passage-is-dropped",
        ),
        pytest.param("Seoul restored the “white lists” of the export controls.", [], id="scare-quote-term-is-not-a-quote"),
        pytest.param("Seoul restored the export controls on “strategic” goods.", [], id="short-quoted-word-without-speech-verb"),
        pytest.param(
            "Hiroshi Kajiyama said the export controls will stay in place.",
            [("the export controls will stay in place", "indirect", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama")],
            id="reported-speech-without-marks-is-indirect",
        ),
        pytest.param(
            "Officials said the export controls will stay in place.",
            [("the export controls will stay in place", "indirect", None, "title", "Officials")],
            id="officials-of-no-named-body-are-quoted-with-no-speaker",
        ),
        pytest.param(
            INTRO + "“We will keep talking,” he said, “until the curbs are lifted.”",
            [("We will keep talking", "direct", "kajiyama_hiroshi", "pronoun", "he"),
             ("until the curbs are lifted", "direct", "kajiyama_hiroshi", "pronoun", "he")],
            id="quote-split-by-he-said",
        ),
        pytest.param(
            INTRO + "“We will keep talking about the export controls.\n\n“And we expect progress soon,” Kajiyama said.",
            [("We will keep talking about the export controls", "direct", "kajiyama_hiroshi", "name", "Kajiyama"),
             ("And we expect progress soon", "direct", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="quote-running-over-two-paragraphs",
        ),
        pytest.param(
            "Such materials can only be exported to trusted partners, Japan's government has said, hinting at security risks.",
            [("Such materials can only be exported to trusted partners", "indirect", "jpn_gov", "name", "Japan's government")],
            id="clause-first-perfect-tense",
        ),
        pytest.param(
            "Japan said on Tuesday that it will keep the export controls, a day after Moon Jae-in urged that the issue be "
            "resolved through diplomacy.",
            [("it will keep the export controls", "indirect", "jpn", "name", "Japan"),
             ("the issue be resolved through diplomacy", "indirect", "moon_jaein", "name", "Moon Jae-in")],
            id="a-day-after-starts-a-second-report",
        ),
        pytest.param(
            "The US insisted that the export curbs are not for the WTO to judge, effectively opposing South Korea's complaint.",
            [("the export curbs are not for the WTO to judge", "indirect", "usa", "name", "US")],
            id="participle-clause-ends-the-report",
        ),
        pytest.param(
            "But Seoul argues the export curbs are being used as leverage.",
            [("the export curbs are being used as leverage", "indirect", "kor_gov", "name", "Seoul")],
            id="present-tense-argues-without-that",
        ),
        pytest.param(
            "Japanese Prime Minister Shinzo Abe and his aides have hinted that there might have been illegal transfers of "
            "materials covered by the export controls.",
            [("there might have been illegal transfers of materials covered by the export controls", "indirect", "abe_shinzo", "name", "Shinzo Abe")],
            id="have-hinted-that",
        ),
        pytest.param(
            "The Korean trade ministry maintains through a press release that the US did not side with Japan on export curbs.",
            [("the US did not side with Japan on export curbs", "indirect", "kor_motie", "title", "Korean trade ministry")],
            id="maintains-through-a-press-release-that",
        ),
        pytest.param(
            "Several economists in Seoul argued that the export curbs would hurt Japanese suppliers most.",
            [("the export curbs would hurt Japanese suppliers most", "indirect", None, "title", "Several economists")],
            id="people-with-no-office-are-quoted-with-no-speaker",
        ),
        pytest.param(
            "Japan's economy ministry said on Friday that the export curbs would stay.",
            [("the export curbs would stay", "indirect", "jpn_meti", "title", "Japan's economy ministry")],
            id="japans-economy-ministry-is-meti",
        ),
        pytest.param(
            "Customs data showed that shipments of etching gas fell after the export curbs took effect.",
            [],
            id="a-thing-that-shows-is-no-speaker",
        ),
        pytest.param(
            "The minister said the export curbs would stay until the review ends.",
            [("the export curbs would stay until the review ends", "indirect", None, "title", "minister")],
            id="an-office-with-no-holder-named-is-quoted-with-no-speaker",
        ),
        pytest.param(
            "“Seoul has overreacted to the export controls,” Seko Hiroshige said. “We wait.” He left.",
            [("Seoul has overreacted to the export controls", "direct", "seko_hiroshige", "name", "Seko Hiroshige"),
             ("We wait", "direct", "seko_hiroshige", "name", "Seko Hiroshige")],
            id="a-short-quoted-sentence-of-its-own-continues-the-speaker",
        ),
        pytest.param(
            "To Tokyo the export controls on Seoul look “routine.” Seoul disagrees.",
            [],
            id="a-short-phrase-closing-a-sentence-is-no-sentence-of-its-own",
        ),
        pytest.param(
            "Hiroshi Kajiyama said that the first licence showed the export controls were no ban, and that shipments of "
            "resist would continue.",
            [("the first licence showed the export controls were no ban, and that shipments of resist would continue",
              "indirect", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama")],
            id="a-speech-verb-that-reports-no-clause-does-not-end-the-report",
        ),
        pytest.param(
            "Seoul said licences for two chemicals — etching gas and resist — were still held up by the export curbs.",
            [("licences for two chemicals — etching gas and resist — were still held up by the export curbs", "indirect",
              "kor_gov", "name", "Seoul")],
            id="a-pair-of-dashes-sets-off-an-aside-inside-the-report",
        ),
        pytest.param(
            "Sung Yun-mo told lawmakers the export curbs hurt Japan because they “punish its own suppliers” in the "
            "end, without giving figures.",
            [("punish its own suppliers", "partial", "sung_yunmo", "name", "Sung Yun-mo"),
             ("the export curbs hurt Japan because they “punish its own suppliers” in the end", "indirect",
              "sung_yunmo", "name", "Sung Yun-mo")],
            id="a-partial-quotation-inside-a-report-keeps-the-report",
        ),
        pytest.param(
            "Yasutoshi Nishimura said the export curbs would end “in weeks, not months,” speaking after a cabinet "
            "meeting.",
            [("in weeks, not months", "partial", "nishimura_yasutoshi", "name", "Yasutoshi Nishimura"),
             ("the export curbs would end “in weeks, not months,”", "indirect", "nishimura_yasutoshi", "name",
              "Yasutoshi Nishimura")],
            id="a-participle-after-a-comma-inside-the-closing-mark-is-the-reporters",
        ),
        pytest.param(
            "South Korea will remove Japan from its white list, the trade ministry said on Monday.",
            [("South Korea will remove Japan from its white list", "indirect", None, "title", "trade ministry")],
            id="a-body-with-no-country-that-the-parser-tags-as-a-name-is-quoted-with-no-speaker",
        ),
        pytest.param(
            'The white list removal was "a grave mistake," said Kim Hyun-chong, a deputy national security adviser.',
            [("a grave mistake", "partial", "cand_kim_hyun_chong", "name", "Kim Hyun-chong"),
             ('The white list removal was "a grave mistake,"', "indirect", "cand_kim_hyun_chong", "name",
              "Kim Hyun-chong")],
            id="a-short-phrase-inside-a-clause-reported-after-it-is-partial",
        ),
        pytest.param(
            "Seoul's handling of the export controls has been “measured and calm,” Hiroshi Kajiyama said on Monday.",
            [("measured and calm", "partial", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama"),
             ("Seoul's handling of the export controls has been “measured and calm,”", "indirect", "kajiyama_hiroshi",
              "name", "Hiroshi Kajiyama")],
            id="a-short-phrase-inside-a-clause-reported-by-a-speaker-after-it-is-partial",
        ),
        pytest.param(
            "A joint press release issued after the talks said the two sides would keep talking about the export curbs.",
            [("the two sides would keep talking about the export curbs", "indirect", None, "statement", "joint press release")],
            id="the-words-of-a-document-that-names-no-issuer-are-quoted-with-no-speaker",
        ),
    ],
)
def test_quotes_and_speakers(extract, text, expected):
    assert quotes(extract, text) == expected


def test_quote_and_speaker_offsets_point_at_their_words(extract):
    text = INTRO + "“We will keep talking,” Kajiyama told a news conference."
    (quote,) = extract(text)["quotes"]
    assert text[quote["char_start"] : quote["char_end"]] == quote["text"] == "We will keep talking"
    assert text[quote["speaker_char_start"] : quote["speaker_char_end"]] == "Kajiyama"
    assert quote["passage_no"] == 2


def test_person_in_a_relative_clause_is_not_made_the_speaker(extract):
    text = "“The export controls stay,” the minister, who met Hiroshi Kajiyama last week, said."
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [None]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("a “b” c", [(2, 4)]),
        ('a "b" c', [(2, 4)]),
        ('a “b" c', [(2, 4)]),
        ('“a” and "b"', [(0, 2), (8, 10)]),
        ("a “b ‘c’ d” e", [(2, 10)]),
        ("Korea's and the countries’ curbs", []),
        ("“never closed", [(0, None)]),
    ],
    ids=["curly", "straight", "mixed", "two", "nested-single", "apostrophes", "open-to-paragraph-end"],
)
def test_quotation_marks_pair_left_to_right(text, pairs):
    assert [(m.opening, m.closing) for m in quotation_marks(text, Span(0, len(text)))] == pairs


def test_time_in_the_subject_phrase_dates_reported_speech(extract):
    text = ("Japan said on Tuesday that it will keep the export controls, a day after Moon Jae-in urged that the issue be "
            "resolved through diplomacy.")
    said_on = {q["text"]: (q["said_on"], q["said_on_precision"]) for q in extract(text)["quotes"]}
    assert said_on == {"it will keep the export controls": ("2019-11-26", "day"),
                       "the issue be resolved through diplomacy": ("2019-11-25", "day")}
