"""Reported speech and its speakers (extract/speech.py, speakers.py, quotes.py) on hand-written sentences that
vary the form of attribution: verbs of saying, clause before or after the speaker, "according to", statements,
nouns of speech, participles, pronouns across sentences, titles, groups, and which country speaks."""

from __future__ import annotations

import pytest

LEAD = ("Tokyo's licensing rules for photoresist, hydrogen fluoride and fluorinated polyimide shipped to South Korea "
        "took effect in July. ")


def quotes(extract, text):
    return [(q["text"], q["kind"], q["speaker_actor_id"], q["attribution"], q["speaker_mention"])
            for q in extract(LEAD + text)["quotes"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hiroshi Kajiyama said that the licensing reviews for hydrogen fluoride would not be shortened before the talks.",
            [("the licensing reviews for hydrogen fluoride would not be shortened before the talks", "indirect", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama")],
            id="said-that",
        ),
        pytest.param(
            "The curbs on fluorinated polyimide answer a need for tighter trade management, Kajiyama said.",
            [("The curbs on fluorinated polyimide answer a need for tighter trade management", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="clause-then-name-said",
        ),
        pytest.param(
            "The licensing rules are a reprisal for the court rulings, said Lee Ho-hyeon, director-general at the trade ministry.",
            [("The licensing rules are a reprisal for the court rulings", "indirect", "lee_hohyeon", "name", "Lee Ho-hyeon")],
            id="said-name-role-at",
        ),
        pytest.param(
            "Sung Yun-mo told reporters that Seoul would take its complaint about the licensing rules to the WTO.",
            [("Seoul would take its complaint about the licensing rules to the WTO", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="told-reporters",
        ),
        pytest.param(
            "Sung Yun-mo added that the panel request at the WTO would be lodged within weeks.",
            [("the panel request at the WTO would be lodged within weeks", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="added",
        ),
        pytest.param(
            "Kajiyama noted that shipments of photoresist to Korean chipmakers had continued under the new rules.",
            [("shipments of photoresist to Korean chipmakers had continued under the new rules", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="noted",
        ),
        pytest.param(
            "Moon Jae-in stressed that Korean industry would never again depend on a single supplier of etching gas.",
            [("Korean industry would never again depend on a single supplier of etching gas", "indirect", "moon_jaein", "name", "Moon Jae-in")],
            id="stressed",
        ),
        pytest.param(
            "Kajiyama reiterated that dropping Seoul from the white list was no act of retaliation.",
            [("dropping Seoul from the white list was no act of retaliation", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="reiterated",
        ),
        pytest.param(
            "Moon Jae-in warned that the licensing rules would damage Japanese suppliers as much as Korean buyers.",
            [("the licensing rules would damage Japanese suppliers as much as Korean buyers", "indirect", "moon_jaein", "name", "Moon Jae-in")],
            id="warned",
        ),
        pytest.param(
            "Seoul argued that the licensing rules broke the trade commitments both countries made at the WTO.",
            [("the licensing rules broke the trade commitments both countries made at the WTO", "indirect", "kor_gov", "name", "Seoul")],
            id="argued-capital",
        ),
        pytest.param(
            "Tokyo claimed that Seoul's own controls on strategic goods had serious gaps.",
            [("Seoul's own controls on strategic goods had serious gaps", "indirect", "jpn_gov", "name", "Tokyo")],
            id="claimed-capital",
        ),
        pytest.param(
            "Kajiyama pointed out that no licence for hydrogen fluoride had yet been refused.",
            [("no licence for hydrogen fluoride had yet been refused", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="pointed-out",
        ),
        pytest.param(
            "Sung Yun-mo acknowledged that a ruling on the WTO complaint could take years.",
            [("a ruling on the WTO complaint could take years", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="acknowledged",
        ),
        pytest.param(
            "Japan insisted that the white list decision had nothing to do with the wartime labour rulings.",
            [("the white list decision had nothing to do with the wartime labour rulings", "indirect", "jpn", "name", "Japan")],
            id="insisted-state",
        ),
        pytest.param(
            "Sung Yun-mo countered that the licensing rules singled out one trading partner.",
            [("the licensing rules singled out one trading partner", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="countered",
        ),
        pytest.param(
            "Kajiyama conceded that the case-by-case reviews had slowed some shipments.",
            [("the case-by-case reviews had slowed some shipments", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="conceded",
        ),
        pytest.param(
            "Sung Yun-mo indicated that Seoul could set the WTO case aside if Tokyo relaxed the rules.",
            [("Seoul could set the WTO case aside if Tokyo relaxed the rules", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="indicated",
        ),
        pytest.param(
            "Sung Yun-mo responded that the panel request at the WTO would go ahead as planned.",
            [("the panel request at the WTO would go ahead as planned", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="responded",
        ),
        pytest.param(
            "According to Sung Yun-mo, Korean chipmakers have found other sources of hydrogen fluoride.",
            [("Korean chipmakers have found other sources of hydrogen fluoride", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="according-to",
        ),
        pytest.param(
            "The Ministry of Trade, Industry and Energy said in a statement that its WTO complaint would be put on hold during the talks.",
            [("its WTO complaint would be put on hold during the talks", "indirect", "kor_motie", "name", "Ministry of Trade, Industry and Energy")],
            id="said-in-a-statement-that",
        ),
        pytest.param(
            "In a statement, METI said the reviews of photoresist shipments would continue.",
            [("the reviews of photoresist shipments would continue", "indirect", "jpn_meti", "name", "METI")],
            id="in-a-statement-comma",
        ),
        pytest.param(
            "Kajiyama was quoted as saying that the rules on photoresist would remain unchanged.",
            [("the rules on photoresist would remain unchanged", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="quoted-as-saying",
        ),
        pytest.param(
            "Moon Jae-in, who met chip industry leaders on Monday, said the licensing rules were unjust.",
            [("the licensing rules were unjust", "indirect", "moon_jaein", "name", "Moon Jae-in")],
            id="who-clause",
        ),
        pytest.param(
            "Seoul says the licensing rules run against the spirit of free trade.",
            [("the licensing rules run against the spirit of free trade", "indirect", "kor_gov", "name", "Seoul")],
            id="present-says",
        ),
        pytest.param(
            "South Korea rejected Abe's claim that the licensing rules concerned national security alone.",
            [("the licensing rules concerned national security alone", "indirect", "abe_shinzo", "name", "Abe")],
            id="possessive-claim",
        ),
        pytest.param(
            "Seoul dismissed Kajiyama's remarks that the white list system had worked as intended.",
            [("the white list system had worked as intended", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="possessive-remarks",
        ),
        pytest.param(
            "Tokyo questioned a Korean official's statement that the two sides had agreed to meet again.",
            [("the two sides had agreed to meet again", "indirect", "kor_gov", "title", "Korean official")],
            id="official-possessive-statement",
        ),
        pytest.param(
            "Seoul lodged a WTO complaint about the licensing rules, saying the measures were politically driven.",
            [("the measures were politically driven", "indirect", "kor_gov", "name", "Seoul")],
            id="participle-saying",
        ),
        pytest.param(
            "Kajiyama said the rules were necessary, adding that talks with Seoul could go on.",
            [("the rules were necessary", "indirect", "kajiyama_hiroshi", "name", "Kajiyama"),
             ("talks with Seoul could go on", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="participle-adding",
        ),
        pytest.param(
            "Kajiyama defended the reviews of hydrogen fluoride, noting that some shipments could not be traced.",
            [("some shipments could not be traced", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="participle-noting",
        ),
        pytest.param(
            "Kajiyama stressed that the export controls on hydrogen fluoride comply with WTO rules, saying Seoul had not explained its own controls.",
            [("the export controls on hydrogen fluoride comply with WTO rules", "indirect", "kajiyama_hiroshi", "name", "Kajiyama"),
             ("Seoul had not explained its own controls", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="participle-after-report-with-misparse",
        ),
        pytest.param(
            "Yoo Myung-hee spoke in Geneva on Tuesday. She said the complaint covers all three chemicals.",
            [("the complaint covers all three chemicals", "indirect", "yoo_myunghee", "pronoun", "She")],
            id="two-sentences-pronoun",
        ),
        pytest.param(
            "Kim In-chul said that losing the white list status was deeply regrettable. He added that Seoul would respond calmly.",
            [("losing the white list status was deeply regrettable", "indirect", "kim_inchul", "name", "Kim In-chul"),
             ("Seoul would respond calmly", "indirect", "kim_inchul", "pronoun", "He")],
            id="two-sentences-added",
        ),
        pytest.param(
            "Sung Yun-mo criticised the rules on Monday. The measures were unjust, he said, and Seoul would respond.",
            [("The measures were unjust", "indirect", "sung_yunmo", "pronoun", "he")],
            id="aside-inside-the-clause",
        ),
        pytest.param(
            "Japanese officials said the reviews of hydrogen fluoride shipments were a matter of security.",
            [("the reviews of hydrogen fluoride shipments were a matter of security", "indirect", "jpn_gov", "title", "Japanese officials")],
            id="officials-of-a-country",
        ),
        pytest.param(
            "Officials in Tokyo said the curbs on fluorinated polyimide were not a reprisal.",
            [("the curbs on fluorinated polyimide were not a reprisal", "indirect", "jpn_gov", "title", "Officials")],
            id="officials-in-a-capital",
        ),
        pytest.param(
            "A senior official at the presidential office said Seoul would not accept losing its white list status.",
            [("Seoul would not accept losing its white list status", "indirect", "kor_president_office", "title", "senior official")],
            id="senior-official-at-the-presidential-office",
        ),
        pytest.param(
            "Japan's foreign ministry said that Seoul should honour the 1965 treaty.",
            [("Seoul should honour the 1965 treaty", "indirect", "jpn_mofa", "title", "Japan's foreign ministry")],
            id="ministry-of-a-country",
        ),
        pytest.param(
            "Sung Yun-mo, the trade minister, said the curbs would be raised at the WTO.",
            [("the curbs would be raised at the WTO", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="name-with-role-apposition",
        ),
        pytest.param(
            "Moon Jae-in's office said Seoul would review the intelligence pact because of the licensing rules.",
            [("Seoul would review the intelligence pact because of the licensing rules", "indirect", "kor_president_office", "title", "Moon Jae-in's office")],
            id="person-possessing-an-office",
        ),
        pytest.param(
            "Kajiyama's ministry said the rules on hydrogen fluoride would stay.",
            [("the rules on hydrogen fluoride would stay", "indirect", "jpn_meti", "title", "ministry")],
            id="person-possessing-a-ministry",
        ),
        pytest.param(
            "Analysts said the licensing rules could cost Japanese suppliers their best customers.",
            [("the licensing rules could cost Japanese suppliers their best customers", "indirect", None, "title", "Analysts")],
            id="analysts-no-speaker",
        ),
        pytest.param(
            "Some experts argued that the WTO case would take years to resolve.",
            [("the WTO case would take years to resolve", "indirect", None, "title", "experts")],
            id="some-experts-no-speaker",
        ),
        pytest.param(
            "Tokyo insists the rules are a matter of security, while Seoul says they punish it for the court rulings.",
            [("the rules are a matter of security", "indirect", "jpn_gov", "name", "Tokyo"),
             ("they punish it for the court rulings", "indirect", "kor_gov", "name", "Seoul")],
            id="while-second-report",
        ),
        pytest.param(
            "Kajiyama was responding to Moon Jae-in's appeal for “sincere” talks on the licensing rules.",
            [("sincere", "partial", "moon_jaein", "name", "Moon Jae-in")],
            id="a-noun-of-speech-speaks-for-its-possessor-not-the-one-responding",
        ),
        pytest.param(
            "Seoul countered with a proposal on the licensing rules, which Tokyo called “unworkable”.",
            [("unworkable", "partial", "jpn_gov", "name", "Tokyo")],
            id="countered-with-a-phrase-is-no-speech-act",
        ),
        pytest.param(
            "Seoul rejected claims that its controls on hydrogen fluoride were weak.",
            [],
            id="claim-without-speaker-is-no-quote",
        ),
        pytest.param(
            "The trade ministry said the reviews of photoresist shipments had been shortened.",
            [("the reviews of photoresist shipments had been shortened", "indirect", None, "title", "trade ministry")],
            id="a-ministry-of-no-country-is-quoted-with-no-speaker",
        ),
        pytest.param(
            "South Korea's foreign minister said the licensing rules should be withdrawn.",
            [("the licensing rules should be withdrawn", "indirect", None, "title", "South Korea's foreign minister")],
            id="a-country-office-with-no-holder-is-quoted-with-no-speaker",
        ),
        pytest.param(
            "A spokesperson for the ministry said that the talks on the licensing rules would resume in December.",
            [("the talks on the licensing rules would resume in December", "indirect", None, "title", "spokesperson")],
            id="a-spokesperson-for-an-unnamed-ministry-is-quoted-with-no-speaker",
        ),
        pytest.param(
            "They said the talks on the licensing rules had been useful.",
            [],
            id="a-plural-pronoun-is-not-quoted",
        ),
        pytest.param(
            "Hanmi Semitech said the licensing rules had delayed its orders of photoresist.",
            [],
            id="an-unknown-name-is-not-quoted",
        ),
        pytest.param(
            "Sung Yun-mo told a news conference that the licensing rules were \"unjust\" and hurt both economies.",
            [("unjust", "partial", "sung_yunmo", "name", "Sung Yun-mo"),
             ('the licensing rules were "unjust" and hurt both economies', "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="told-a-news-conference-that-read-as-a-relative-clause-of-the-conference",
        ),
        pytest.param(
            "In Tokyo, the government's top spokesman said the licensing rules would stay for now.",
            [("the licensing rules would stay for now", "indirect", "suga_yoshihide", "title", "government's top spokesman")],
            id="the-governments-top-spokesman",
        ),
        pytest.param(
            "South Korea and Japan said in a joint statement that the talks on the licensing rules had been constructive.",
            [("the talks on the licensing rules had been constructive", "indirect", None, "name", "South Korea and Japan")],
            id="two-actors-joined-speak-for-neither-alone",
        ),
        pytest.param(
            "Kajiyama said in an interview with a broadcaster that the reviews of photoresist would continue.",
            [("the reviews of photoresist would continue", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="said-in-an-interview-with",
        ),
        pytest.param(
            "Moon Jae-in wrote on social media that Korean firms would outgrow their need for Japanese etching gas.",
            [("Korean firms would outgrow their need for Japanese etching gas", "indirect", "moon_jaein", "name", "Moon Jae-in")],
            id="wrote-on-social-media",
        ),
        pytest.param(
            "Japan's top government spokesman said the licensing rules were no diplomatic weapon.",
            [("the licensing rules were no diplomatic weapon", "indirect", "suga_yoshihide", "title", "Japan's top government spokesman")],
            id="title-alias-of-an-office",
        ),
        pytest.param(
            "The rules on photoresist remain in force, according to a statement from METI.",
            [("The rules on photoresist remain in force", "indirect", "jpn_meti", "statement", "METI")],
            id="according-to-a-statement-from-a-body",
        ),
        pytest.param(
            "The rules will stay for the time being, according to Japanese officials.",
            [("The rules will stay for the time being", "indirect", "jpn_gov", "title", "Japanese officials")],
            id="according-to-a-group",
        ),
        pytest.param(
            "Seoul, for its part, said the rules were a reprisal.",
            [("the rules were a reprisal", "indirect", "kor_gov", "name", "Seoul")],
            id="for-its-part",
        ),
        pytest.param(
            "Japanese officials commented on press reports that Seoul had shipped hydrogen fluoride to a third country.",
            [],
            id="a-clause-on-what-is-commented-on-is-not-what-was-said",
        ),
        pytest.param(
            "Sung Yun-mo said last week that the complaint would go ahead, and Kajiyama said the rules would stay.",
            [("the complaint would go ahead", "indirect", "sung_yunmo", "name", "Sung Yun-mo"),
             ("the rules would stay", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="two-reports-joined-by-and",
        ),
        pytest.param(
            "Moon Jae-in: “Our chipmakers will never again depend on one supplier.”",
            [("Our chipmakers will never again depend on one supplier", "direct", "moon_jaein", "name", "Moon Jae-in")],
            id="a-name-before-a-colon-labels-a-quotation",
        ),
        pytest.param(
            "South Korea's trade ministry criticised the rules on Monday. It said the reviews of photoresist were arbitrary.",
            [("the reviews of photoresist were arbitrary", "indirect", "kor_motie", "pronoun", "It")],
            id="it-is-the-body-that-acted-before",
        ),
        pytest.param(
            "Kajiyama met officials of the Korean trade ministry. It said the reviews of photoresist were arbitrary.",
            [("the reviews of photoresist were arbitrary", "indirect", None, "pronoun", "It")],
            id="it-is-left-empty-when-a-later-sentence-names-another-body",
        ),
        pytest.param(
            "Sung Yun-mo and Kajiyama met in Vienna. He said the talks had been useful.",
            [("the talks had been useful", "indirect", None, "pronoun", "He")],
            id="he-is-left-empty-after-two-persons-joined",
        ),
        pytest.param(
            "A Japanese government source said the licensing rules would not be eased this year.",
            [("the licensing rules would not be eased this year", "indirect", "jpn_gov", "title", "Japanese government source")],
            id="a-source-of-a-government",
        ),
        pytest.param(
            "The official, who asked not to be named, said the reviews of photoresist would be shortened.",
            [("the reviews of photoresist would be shortened", "indirect", None, "title", "official")],
            id="an-official-who-asked-not-to-be-named",
        ),
        pytest.param(
            "South Korean officials were quoted by a news agency as saying that the complaint would be filed next week.",
            [("the complaint would be filed next week", "indirect", "kor_gov", "title", "South Korean officials")],
            id="quoted-by-a-medium-as-saying",
        ),
        pytest.param(
            "Asked about the licensing rules, Kajiyama said they were a matter of export management.",
            [("they were a matter of export management", "indirect", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="asked-about-then-said",
        ),
        pytest.param(
            "Sung Yun-mo said the licensing rules “make no sense” for either country.",
            [("make no sense", "partial", "sung_yunmo", "name", "Sung Yun-mo"),
             ("the licensing rules “make no sense” for either country", "indirect", "sung_yunmo", "name", "Sung Yun-mo")],
            id="partial-inside-a-report",
        ),
        pytest.param(
            "Tokyo proposed that the dispute be settled by arbitration under the 1965 accord, when relations were restored.",
            [("the dispute be settled by arbitration under the 1965 accord", "indirect", "jpn_gov", "name", "Tokyo")],
            id="a-when-clause-after-the-report-is-the-reporters",
        ),
        pytest.param(
            "“It is regrettable,” Japan's foreign ministry said of the complaint.",
            [("It is regrettable", "direct", "jpn_mofa", "title", "Japan's foreign ministry")],
            id="short-quotation-opening-its-sentence-before-a-comma-is-direct",
        ),
        pytest.param(
            "“White lists” are a matter of trust between governments.",
            [],
            id="short-quoted-term-opening-a-sentence-is-no-quotation",
        ),
        pytest.param(
            "Japan rejected South Korea's demand that Tokyo withdraw the rules on hydrogen fluoride.",
            [("Tokyo withdraw the rules on hydrogen fluoride", "indirect", "kor", "name", "South Korea")],
            id="possessive-demand-that-subjunctive",
        ),
        pytest.param(
            "Kajiyama dismissed Seoul's accusation that the rules were retaliation for the court rulings.",
            [("the rules were retaliation for the court rulings", "indirect", "kor_gov", "name", "Seoul")],
            id="possessive-accusation-of-a-capital",
        ),
        pytest.param(
            "“The door to dialogue remains open,” Kajiyama told lawmakers on Tuesday. “But the rules stay.”",
            [("The door to dialogue remains open", "direct", "kajiyama_hiroshi", "name", "Kajiyama"),
             ("But the rules stay", "direct", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="second-quoted-sentence-continues-the-speaker",
        ),
        pytest.param(
            "South Korea's trade ministry answered on Monday. A spokesperson for the ministry said the rules broke WTO commitments.",
            [("the rules broke WTO commitments", "indirect", "kor_motie", "title", "spokesperson")],
            id="a-spokesperson-for-a-ministry-named-before",
        ),
        pytest.param(
            "An official at the ministry said the reviews of hydrogen fluoride had been shortened.",
            [("the reviews of hydrogen fluoride had been shortened", "indirect", None, "title", "official")],
            id="an-official-at-a-ministry-named-nowhere-is-left-empty",
        ),
        pytest.param(
            "Japan's trade ministry published the list on Monday. An official at the ministry said the reviews of hydrogen fluoride had been shortened.",
            [("the reviews of hydrogen fluoride had been shortened", "indirect", "jpn_meti", "title", "official")],
            id="an-official-at-a-ministry-named-before",
        ),
    ],
)
def test_reported_speech_and_speakers(extract, text, expected):
    assert quotes(extract, text) == expected
