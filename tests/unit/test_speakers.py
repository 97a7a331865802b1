"""Who said a quotation (extract/speech.py, extract/speakers.py, extract/quotes.py): attribution patterns of news
writing on sentences written for this test, with the attribution before, after and inside the quotation,
speakers of both countries and of invented parties, in the dictionary and out of it."""

from __future__ import annotations

import datetime as dt

import pytest


def attributed(extract, text):
    return [
        (q["text"], q["kind"], q["speaker_actor_id"], q["attribution"], q["speaker_mention"])
        for q in extract(text)["quotes"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“The export controls will stay until trust is restored,” said Hiroshi Kajiyama.",
            [("The export controls will stay until trust is restored", "direct", "kajiyama_hiroshi", "name", "Hiroshi Kajiyama")],
            id="after-inverted-said",
        ),
        pytest.param(
            "“Seoul will never accept these export curbs,” Moon Jae-in says.",
            [("Seoul will never accept these export curbs", "direct", "moon_jaein", "name", "Moon Jae-in")],
            id="after-subject-verb-present-tense",
        ),
        pytest.param(
            "Sung Yun-mo told lawmakers: “We will find new suppliers for every chemical under the export curbs.”",
            [("We will find new suppliers for every chemical under the export curbs", "direct", "sung_yunmo", "name",
              "Sung Yun-mo")],
            id="before-told-with-colon",
        ),
        pytest.param(
            "“The white list decision was a grave mistake,” Yoo Myung-hee said, “and we want it reversed at once.”",
            [("The white list decision was a grave mistake", "direct", "yoo_myunghee", "name", "Yoo Myung-hee"),
             ("and we want it reversed at once", "direct", "yoo_myunghee", "name", "Yoo Myung-hee")],
            id="inside-split-by-the-attribution",
        ),
        pytest.param(
            "Japan's trade ministry defended the export curbs on Monday, insisting to reporters that “the measures "
            "concern security, not history.”",
            [("the measures concern security, not history", "direct", "jpn_meti", "title", "Japan's trade ministry")],
            id="participle-insisting-to-reporters-that",
        ),
        pytest.param(
            "Moon Jae-in criticised the export controls, telling his cabinet that “we will not lose this trade fight.”",
            [("we will not lose this trade fight", "direct", "moon_jaein", "name", "Moon Jae-in")],
            id="participle-telling-takes-the-main-subject",
        ),
        pytest.param(
            "Kim In-chul repeated the objection to the export curbs, adding that “talks remain the only way forward.”",
            [("talks remain the only way forward", "direct", "kim_inchul", "name", "Kim In-chul")],
            id="participle-adding-that",
        ),
        pytest.param(
            "“Export controls on the three chemicals will be reviewed case by case,” according to a statement from "
            "the Japanese government.",
            [("Export controls on the three chemicals will be reviewed case by case", "direct", "jpn_gov", "statement",
              "Japanese government")],
            id="according-to-a-statement",
        ),
        pytest.param(
            "“Supply chains have already adjusted to the export curbs,” said Choi Min-jae, an economist at the Hanbit "
            "Institute in Seoul.",
            [("Supply chains have already adjusted to the export curbs", "direct", "cand_choi_min_jae", "name", "Choi Min-jae")],
            id="new-person-named-after-the-verb-with-apposition",
        ),
        pytest.param(
            "Yumi Tanabe, a researcher at a Tokyo think tank, said: “Nobody expected the white list quarrel to last "
            "so long.”",
            [("Nobody expected the white list quarrel to last so long", "direct", "cand_yumi_tanabe", "name", "Yumi Tanabe")],
            id="new-person-with-apposition-before-the-verb",
        ),
        pytest.param(
            "Ministry spokesperson Han Ji-woo said the export restrictions must be withdrawn without conditions.",
            [("the export restrictions must be withdrawn without conditions", "indirect", "cand_han_ji_woo", "name",
              "Han Ji-woo")],
            id="new-person-after-a-title-reported-speech",
        ),
        pytest.param(
            "Ruritania's trade minister, Ana Vidal, said “our export controls on resins are fair and final.”",
            [("our export controls on resins are fair and final", "direct", "cand_ana_vidal", "name", "Ana Vidal")],
            id="invented-party-title-then-name",
        ),
        pytest.param(
            "“We will answer these export curbs in kind,” Sung Yun-mo said. “Nobody in Tokyo should doubt it.”",
            [("We will answer these export curbs in kind", "direct", "sung_yunmo", "name", "Sung Yun-mo"),
             ("Nobody in Tokyo should doubt it", "direct", "sung_yunmo", "name", "Sung Yun-mo")],
            id="continuation-in-the-same-paragraph",
        ),
        pytest.param(
            "Hiroshi Kajiyama defended the export controls. “Each shipment will take up to ninety days to review,” "
            "he said.\n“That rule applies to every trading partner alike.”",
            [("Each shipment will take up to ninety days to review", "direct", "kajiyama_hiroshi", "pronoun", "he"),
             ("That rule applies to every trading partner alike", "direct", "kajiyama_hiroshi", "pronoun", "he")],
            id="continuation-opening-the-next-paragraph",
        ),
        pytest.param(
            "Yoo Myung-hee flew to Geneva to argue the export curb case. “The measures break the trade rules,” she "
            "told the panel.",
            [("The measures break the trade rules", "direct", "yoo_myunghee", "pronoun", "she")],
            id="pronoun-she-is-the-person-named-before",
        ),
        pytest.param(
            "Trade Minister Hiroshi Kajiyama spoke after the export control talks. “Both delegations were frank with "
            "each other,” the minister said.",
            [("Both delegations were frank with each other", "direct", "kajiyama_hiroshi", "title", "minister")],
            id="role-noun-the-minister",
        ),
        pytest.param(
            "South Korea's trade ministry filed the complaint over the export curbs. “Our case at the panel is "
            "strong,” the ministry said in a statement.",
            [("Our case at the panel is strong", "direct", "kor_motie", "title", "ministry")],
            id="role-noun-the-ministry-in-a-statement",
        ),
        pytest.param(
            "Sung Yun-mo visited a chip plant hit by the export curbs. “Production never stopped here,” Sung told "
            "workers.",
            [("Production never stopped here", "direct", "sung_yunmo", "name", "Sung")],
            id="surname-of-a-dictionary-person",
        ),
        pytest.param(
            "“The curbs are not a retaliation for anything,” Japanese officials said.",
            [("The curbs are not a retaliation for anything", "direct", "jpn_gov", "title", "Japanese officials")],
            id="group-of-officials-is-their-government",
        ),
        pytest.param(
            "A South Korean official said the export restrictions violate the trade rules.",
            [("the export restrictions violate the trade rules", "indirect", "kor_gov", "title", "South Korean official")],
            id="group-reported-speech-of-the-other-country",
        ),
        pytest.param(
            "“These export controls hurt the suppliers more than anyone,” analysts said.",
            [("These export controls hurt the suppliers more than anyone", "direct", None, "title", "analysts")],
            id="group-that-names-no-actor-has-no-speaker",
        ),
        pytest.param(
            "The export curbs will be lifted next month, Tokyo said on Tuesday.",
            [("The export curbs will be lifted next month", "indirect", "jpn_gov", "name", "Tokyo")],
            id="clause-first-then-metonym-said",
        ),
        pytest.param(
            "Seoul had urged that the white list removal be reversed before the summit.",
            [("the white list removal be reversed before the summit", "indirect", "kor_gov", "name", "Seoul")],
            id="past-perfect-urged-that",
        ),
        pytest.param(
            "Yoshihide Suga was quoted as saying that “the export controls are not a ban on trade.”",
            [("the export controls are not a ban on trade", "direct", "suga_yoshihide", "name", "Yoshihide Suga")],
            id="passive-quoted-as-saying",
        ),
        pytest.param(
            "Shinzo Abe, who said “the export controls will not be revisited,” left for Osaka.",
            [("the export controls will not be revisited", "direct", "abe_shinzo", "name", "Shinzo Abe")],
            id="relative-clause-speaks-for-its-noun",
        ),
        pytest.param(
            "Lee Ho-hyeon met Hiroshi Kajiyama in Vienna on the export controls. “We disagreed on every point,” "
            "Kajiyama wrote later.",
            [("We disagreed on every point", "direct", "kajiyama_hiroshi", "name", "Kajiyama")],
            id="verb-write-with-a-surname-after-two-persons",
        ),
        pytest.param(
            "Freedonia's government did not say whether the export curbs would be eased.",
            [],
            id="negated-verb-and-indirect-question-report-nothing",
        ),
        pytest.param(
            "Japan kept its export curbs in place. The presidential office said the decision was regrettable.",
            [("the decision was regrettable", "indirect", "kor_president_office", "title", "presidential office")],
            id="an-organisation-only-one-party-has-needs-no-country-word",
        ),
        pytest.param(
            "Park Ji-woo, chairman of a Seoul chemicals association, put it bluntly: “The export curbs are a weapon.”",
            [("The export curbs are a weapon", "direct", "cand_park_ji_woo", "name", "Park Ji-woo")],
            id="a-colon-after-any-verb-gives-the-quotation-to-the-clauses-opening-name",
        ),
        pytest.param(
            "A senior Korean diplomat, asking not to be named, summed it up: “The export curbs must go first.”",
            [("The export curbs must go first", "direct", "kor_gov", "title", "senior Korean diplomat")],
            id="a-colon-gives-the-quotation-to-the-unnamed-official-its-clause-opens-with",
        ),
        pytest.param(
            "Seoul's trade ministry had a blunt message for Tokyo: “Withdraw the export curbs at once.”",
            [("Withdraw the export curbs at once", "direct", "kor_motie", "title", "Seoul's trade ministry")],
            id="a-colon-after-a-body-that-opens-the-clause",
        ),
        pytest.param(
            "Asked about the export curbs on Tuesday, Moon Ha-eun, a lawmaker, was blunt: “Seoul must not back down.”",
            [("Seoul must not back down", "direct", "cand_moon_ha_eun", "name", "Moon Ha-eun")],
            id="a-colon-gives-the-quotation-to-the-name-after-a-phrase-set-off-before-it",
        ),
        pytest.param(
            "Olivia Grant of the Ruritania Institute of Trade summed up the export curbs in one line: “Nobody wins this fight.”",
            [("Nobody wins this fight", "direct", "cand_olivia_grant", "name", "Olivia Grant")],
            id="a-name-followed-by-the-organisation-it-belongs-to-is-a-person",
        ),
        pytest.param(
            "Tokyo kept its export curbs on Seoul.\n“Both sides lose from the export curbs.” — Choi Yoon-ah, economist at "
            "a Freedonia bank",
            [("Both sides lose from the export curbs", "direct", "cand_choi_yoon_ah", "name", "Choi Yoon-ah")],
            id="a-dash-after-a-quoted-sentence-attributes-it-to-a-name-and-role-closing-the-line",
        ),
        pytest.param(
            "“The export curbs will outlast this government,” said Nora Feld of Ruritania Risk Group.",
            [("The export curbs will outlast this government", "direct", "cand_nora_feld", "name", "Nora Feld")],
            id="a-name-of-a-group-is-a-person",
        ),
        pytest.param(
            "“Tokyo misjudged how fast Korean firms adapt to the export curbs,” said Daniel Okafor at Freedonia University.",
            [("Tokyo misjudged how fast Korean firms adapt to the export curbs", "direct", "cand_daniel_okafor", "name",
              "Daniel Okafor")],
            id="a-name-at-a-university-is-a-person",
        ),
        pytest.param(
            "Tokyo said it had granted a licence for photoresist shipments, but a senior official said the export "
            "curbs would stay.",
            [("it had granted a licence for photoresist shipments", "indirect", "jpn_gov", "name", "Tokyo"),
             ("the export curbs would stay", "indirect", "jpn_gov", "title", "senior official")],
            id="an-official-of-no-country-after-a-government-spoke-in-the-sentence-is-its",
        ),
        pytest.param(
            "Sung Yun-mo said the export curbs hurt, and a senior official said the talks would go on.",
            [("the export curbs hurt", "indirect", "sung_yunmo", "name", "Sung Yun-mo"),
             ("the talks would go on", "indirect", None, "title", "senior official")],
            id="a-person-speaking-before-gives-an-official-no-country",
        ),
        pytest.param(
            "Japan's trade ministry released a statement calling the export curbs “a matter of security.”",
            [("a matter of security", "partial", "jpn_meti", "statement", "Japan's trade ministry")],
            id="a-statement-released-by-a-body-speaks-for-it",
        ),
        pytest.param(
            "South Korea's trade ministry protested on Monday. Seoul will raise the export curbs at the WTO, according "
            "to the foreign ministry.",
            [("Seoul will raise the export curbs at the WTO", "indirect", None, "title", "foreign ministry")],
            id="the-foreign-ministry-is-not-a-trade-ministry-named-before",
        ),
        pytest.param(
            "Tokyo eased its export curbs on Friday. The Korean side said the step was welcome but late.",
            [("the step was welcome but late", "indirect", "kor_gov", "title", "Korean side")],
            id="a-country-side-speaks-for-its-government",
        ),
        pytest.param(
            "Japan kept its export curbs in place. Cheong Wa Dae said talks would continue.",
            [("talks would continue", "indirect", "kor_president_office", "name", "Cheong Wa Dae")],
            id="the-presidential-office-by-its-name",
        ),
        pytest.param(
            "South Korea's trade ministry spoke first. “The export curbs are under review,” the ministries of both "
            "countries said.",
            [("The export curbs are under review", "direct", None, "title", "ministries")],
            id="a-plural-role-noun-names-no-one-actor",
        ),
        pytest.param(
            "Tokyo eased its export curbs on Friday. “The talks went well,” South Korean and Japanese officials said.",
            [("The talks went well", "direct", None, "title", "South Korean and Japanese officials")],
            id="a-group-of-two-countries-speaks-for-neither",
        ),
    ],
)
def test_attribution_patterns(extract, text, expected):
    assert attributed(extract, text) == expected


def test_speaker_offsets_point_at_the_speaker(extract):
    text = ("“Supply chains have already adjusted to the export curbs,” said Choi Min-jae, an economist at the Hanbit "
            "Institute in Seoul.")
    (quote,) = extract(text)["quotes"]
    assert text[quote["char_start"] : quote["char_end"]] == quote["text"]
    assert text[quote["speaker_char_start"] : quote["speaker_char_end"]] == "Choi Min-jae"


def test_new_speaker_becomes_an_uncurated_actor_with_the_title_as_written(extract):
    rows = extract("“Supply chains have already adjusted to the export curbs,” said Choi Min-jae, an economist at the "
                   "Hanbit Institute in Seoul.")
    (actor,) = [a for a in rows["candidate_actors"] if a["actor_id"] == "cand_choi_min_jae"]
    assert (actor["name"], actor["actor_type"], actor["title"], actor["country"]) == (
        "Choi Min-jae", "person", "economist at the Hanbit Institute in Seoul", "KOR")


def test_a_listed_surname_after_another_persons_full_name_with_it_is_that_persons(extract):
    text = ("Trade Minister Moon Sung-wook told parliament the export curbs still hurt. Moon said Seoul would keep "
            "pressing Tokyo on the curbs.")
    speakers = [q["speaker_actor_id"] for q in extract(text, published=dt.date(2021, 7, 1))["quotes"]]
    assert speakers == ["moon_sungwook", "moon_sungwook"]


def test_a_person_introduced_off_the_dispute_speaks_on_it_by_surname(extract):
    text = ("Park Min-ho, a deputy director at the presidential office, briefed reporters on the naval pact on "
            "Thursday.\n\nPark said the export curbs imposed by Tokyo were a breach of trust.")
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == ["cand_park_min_ho"]


def test_a_day_naming_the_occasion_of_the_speech_dates_it_before_a_coarser_one(extract):
    text = ("Japan kept its export curbs on Seoul. Sung Yun-mo said in his Nov. 25 budget speech this year that the "
            "curbs still hurt.")
    assert [(q["said_on"], q["said_on_precision"]) for q in extract(text)["quotes"]] == [("2019-11-25", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lee Su-jin wrote on Facebook: “Tokyo's export curbs are a political weapon.”", ["cand_lee_su_jin"]),
    ("“Tokyo's export curbs are a political weapon,” Oh Dong-hyun said.", ["cand_oh_dong_hyun"]),
    ("“Tokyo's export curbs have cut our sales,” Shin-Etsu Chemical said.", ["cand_shin_etsu_chemical"]),
])
def test_a_name_of_a_family_name_and_a_hyphenated_given_name_speaks_as_a_person(extract, text, expected):
    """A hyphenated first word is no given name: "Shin-Etsu Chemical" speaks as the company its suffix makes it."""
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == expected


def test_said_on_is_dated_by_the_speech_not_by_an_earlier_meeting(extract):
    dated = extract("“The export curbs must end,” Sung Yun-mo said on Tuesday.")["quotes"]
    undated = extract("“The export curbs must end,” Sung Yun-mo said after a meeting on Tuesday.")["quotes"]
    assert [(q["said_on"], q["said_on_precision"]) for q in dated + undated] == [("2019-11-26", "day"), (None, None)]


def test_a_subject_the_parser_gives_as_a_hyphen_is_read_without_failing(extract):
    """Some hyphenated names are parsed with the hyphen as the subject ("Gu Seo-soo said"): no apposition, no
    crash."""
    rows = extract("Gu Seo-soo said that an “emergency inspection” found no export control breach.")["quotes"]
    assert ("emergency inspection", "partial") in [(q["text"], q["kind"]) for q in rows]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo tightened export controls on Seoul in July.\nThe country then struck Seoul off its white list.", "jpn_gov"),
    ("South Korea answered the export curbs with a WTO complaint.\nThe nation also dropped Japan from its white list.",
     "kor"),
])
def test_the_country_refers_back_to_the_last_state_that_acted(extract, text, expected):
    rows = [e for e in extract(text)["event_mention_candidates"] if e["event_type"] == "remove_from_preferential_list"]
    assert [e["actor_id"] for e in rows] == [expected]


def test_a_title_several_offices_share_names_a_holder_named_in_the_article_or_their_organisation(extract):
    expected = {  # "trade minister": South Korea's MOTIE minister or its Minister for Trade
        "South Korea's trade minister said the export curbs were unjust.": "kor_motie",
        "Yoo Myung-hee led the case against the export curbs. The Korean trade minister said on Monday that the "
        "curbs were unjust.": "yoo_myunghee",
        "The Korean trade minister said the export curbs were unjust, a day after Sung Yun-mo met industry "
        "leaders.": "sung_yunmo",
    }
    found = {text: [q["speaker_actor_id"] for q in extract(text)["quotes"]] for text in expected}
    assert found == {text: [speaker] for text, speaker in expected.items()}


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The chief cabinet secretary told reporters that the export controls on Seoul were legitimate.",
     dt.date(2019, 7, 4), "suga_yoshihide"),
    ("Seoul asked again for talks on the export controls, but the chief cabinet secretary said there was nothing to "
     "discuss.", dt.date(2021, 3, 2), "kato_katsunobu"),
    ("Foreign Minister Taro Kono spoke on Monday. Japan's vice foreign minister said on Tuesday that the white list "
     "removal would go ahead.", dt.date(2019, 8, 1), "jpn_mofa"),
    ("Tokyo removed Seoul from its white list. South Korea's deputy trade minister said the move broke WTO rules.",
     dt.date(2019, 8, 3), "kor_motie"),
    ("Tokyo removed Seoul from its white list. The vice foreign minister said the move broke WTO rules.",
     dt.date(2019, 8, 3), None),
    ("A presidential spokeswoman said the export curbs imposed by Tokyo were retaliation.", dt.date(2019, 7, 4),
     "kor_president_office"),
])
def test_an_office_of_one_country_needs_no_country_word_and_its_deputy_speaks_for_its_body(extract, text, published,
                                                                                           expected):
    assert [q["speaker_actor_id"] for q in extract(text, published=published)["quotes"]] == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Japan's top diplomat told reporters the white list removal was not a sanction.", dt.date(2020, 2, 5),
     "motegi_toshimitsu"),
    ("The export curbs stay, Japan's trade chief said on Friday after talks with Seoul.", dt.date(2022, 9, 2),
     "nishimura_yasutoshi"),
    ("Seoul will answer the white list removal in kind, South Korea's industry chief warned.", dt.date(2019, 8, 2),
     "sung_yunmo"),
    ("South Korea's top trade negotiator said the export curbs broke WTO rules.", dt.date(2019, 7, 20), "yoo_myunghee"),
    ("Japan's economy and trade minister said the export curbs would stay.", dt.date(2019, 7, 20), "seko_hiroshige"),
    ("Japan's top spokesman told reporters the export curbs were legitimate.", dt.date(2022, 7, 19), "matsuno_hirokazu"),
])
def test_a_title_in_the_press_s_own_words_names_the_office_holder(extract, text, published, expected):
    assert [q["speaker_actor_id"] for q in extract(text, published=published)["quotes"]] == [expected]


def test_a_person_named_before_is_not_the_holder_of_an_office_taken_only_later(extract):
    text = ("Yoshimasa Hayashi met his Korean counterpart on the export curbs. Japan's top government spokesman said "
            "on Tuesday that the export curbs were under review.")
    assert [q["speaker_actor_id"] for q in extract(text, published=dt.date(2022, 7, 19))["quotes"]] == ["matsuno_hirokazu"]


@pytest.mark.parametrize(("place", "expected"), [("In Seoul", "kor_motie"), ("Back in Tokyo", "jpn_meti")])
def test_a_place_opening_the_sentence_gives_a_generic_organisation_its_country(extract, place, expected):
    text = (f"South Korea's and Japan's trade ministries both spoke on the export curbs. {place}, the trade ministry "
            "said the export curbs would be reviewed.")
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [expected]


@pytest.mark.parametrize(("dateline", "expected"), [
    ("SEOUL, Aug. 2 (Yonhap) -- ", "kor_motie"), ("TOKYO (Kyodo) - ", "jpn_meti"), ("SEOUL/TOKYO (AP) — ", None)])
def test_a_dateline_of_one_place_gives_a_generic_organisation_in_its_sentence_that_country(extract, dateline, expected):
    text = f"{dateline}The trade ministry said the export curbs would stay in place."
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [expected]


def test_a_plural_role_before_two_names_introduces_the_first(extract):
    text = "Trade ministers Oh Ji-hoon and Hiroshi Kajiyama met in Geneva on the export curbs on Tuesday."
    rows = extract(text)["event_mention_candidates"]
    assert [(e["event_type"], e["actor_id"], e["target_actor_id"]) for e in rows] == [
        ("hold_talks", "cand_oh_ji_hoon", "kajiyama_hiroshi")]


def test_the_aide_named_before_speaks_again_for_the_same_body(extract):
    text = ("A senior aide at Cheong Wa Dae said the export curbs were a political weapon. The aide said Seoul could "
            "take the export curbs back to the WTO at any time.")
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == ["kor_president_office"] * 2


def test_a_question_put_to_the_speaker_leaves_what_they_said_theirs(extract):
    text = "Hiroshi Kajiyama, asked whether Tokyo would reconsider, said the export curbs would stay in place."
    assert [(q["text"], q["speaker_actor_id"]) for q in extract(text)["quotes"]] == [
        ("the export curbs would stay in place", "kajiyama_hiroshi")]


def test_the_words_before_a_group_noun_name_the_body_it_speaks_for(extract):
    expected = {  # a generic organisation before "official(s)", placed by a country word, a capital or its uniqueness
        "“The export curbs are regrettable,” a presidential official told reporters.": "kor_president_office",
        "“We protested the export curbs,” a foreign ministry official in Seoul said.": "kor_mofa",
        "“The export curbs stay,” Japanese trade ministry officials said on Monday.": "jpn_meti",
        "“We have not decided on the export curbs,” a senior Tokyo official said.": "jpn_gov",
    }
    found = {text: [q["speaker_actor_id"] for q in extract(text)["quotes"]] for text in expected}
    assert found == {text: [speaker] for text, speaker in expected.items()}


def test_a_name_in_either_order_and_a_role_in_any_of_its_forms_find_the_dictionary_person(extract):
    expected = {  # family name first; "spokesman" for a title written "Spokesperson"
        "“The export controls will be reviewed in full,” Prime Minister Kishida Fumio said.": "kishida_fumio",
        "Foreign ministry spokesperson Kim In-chul condemned the export curbs on Tuesday. “Tokyo has to think again,” "
        "the spokesman told reporters.": "kim_inchul",
    }
    found = {text: [q["speaker_actor_id"] for q in extract(text, published=dt.date(2021, 11, 29))["quotes"]]
             for text in expected}
    assert found == {text: [speaker] for text, speaker in expected.items()}


def test_one_of_a_group_named_in_a_sentence_the_parse_skipped_speaks_for_that_groups_government(extract):
    text = "South Korean officials defended the export controls. “We see no reason to back down,” one official said."
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == ["kor_gov"]


def test_a_statement_that_reads_a_clause_speaks_it(extract):
    text = ("South Korea's trade ministry issued a statement on the export curbs on Monday. The statement read that the "
            "curbs lacked any legal basis.")
    assert [(q["speaker_actor_id"], q["attribution"]) for q in extract(text)["quotes"]] == [("kor_motie", "statement")]


def test_the_document_a_party_issued_before_speaks_for_it(extract):
    text = ("Japan's foreign ministry issued a statement on the export controls on Monday. “Seoul has misread the "
            "licensing rules,” the statement said.")
    assert [(q["speaker_actor_id"], q["attribution"]) for q in extract(text)["quotes"]] == [("jpn_mofa", "statement")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sung Yun-mo expressed hope that Japan would drop the export curbs within weeks.",
     [("Japan would drop the export curbs within weeks", "sung_yunmo")]),
    ("Tokyo voiced the concern that Seoul's own export controls let sensitive items slip through.",
     [("Seoul's own export controls let sensitive items slip through", "jpn_gov")]),
    ("The hope that the export curbs would end by spring faded in Seoul.", []),
    ("Hiroshi Kajiyama repeated Tokyo's position that the export curbs were a matter of security.",
     [("the export curbs were a matter of security", "kajiyama_hiroshi")]),
])
def test_the_subject_of_a_verb_of_uttering_speaks_the_noun_it_takes(extract, text, expected):
    assert [(q["text"], q["speaker_actor_id"]) for q in extract(text)["quotes"]] == expected


def test_a_statement_uttered_as_a_noun_is_one_event_of_its_verb(extract):
    rows = extract("Tokyo voiced the concern that Seoul's own export controls let sensitive items slip through.")
    assert [e["actor_id"] for e in rows["event_mention_candidates"]] == ["jpn_gov"]


@pytest.mark.parametrize(("role", "expected"), [("a vice foreign minister", "cand_oh_ji_hoon"),
                                                 ("a researcher at a think tank", None)])
def test_the_official_with_no_group_before_is_the_last_person_named_if_they_hold_an_office(extract, role, expected):
    text = (f"Oh Ji-hoon, {role}, said Tokyo had ignored every request to review the export curbs. “Patience has "
            "run out,” the official added.")
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]][-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hiroshi Kajiyama defended the export curbs on Friday. “Our rules are fair,” the ministry said.", "jpn_meti"),
    ("Hiroshi Kajiyama's ministry tightened the export curbs. Sung Yun-mo objected. “This is retaliation,” the ministry "
     "said.", "kor_motie"),
])
def test_the_ministry_after_a_minister_is_the_ministry_that_minister_serves(extract, text, expected):
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [expected]


def test_a_name_and_title_between_the_quotation_and_its_verb_speak_when_the_parse_gives_no_subject(extract):
    text = '"The export curbs will be lifted," Ahn Duk-geun, South Korea\'s trade minister, told reporters.'
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == ["cand_ahn_duk_geun"]


@pytest.mark.parametrize("verb", ["denounced", "dubbed"])
def test_a_verb_that_characterises_gives_its_quoted_words_to_its_subject(extract, verb):
    text = f"Seoul {verb} Tokyo's export curbs “a blatant act of economic retaliation” on Friday."
    assert [(q["kind"], q["speaker_actor_id"]) for q in extract(text)["quotes"]] == [("partial", "kor_gov")]


@pytest.mark.parametrize("verb", ["welcomed", "hailed"])
def test_a_verb_of_welcoming_gives_the_words_it_welcomes_a_step_as_to_its_subject(extract, verb):
    text = f"Tokyo {verb} the end of Seoul's export curbs as “a return to normal trade” on Friday."
    rows = extract(text)
    assert [(q["kind"], q["speaker_actor_id"]) for q in rows["quotes"]] == [("partial", "jpn_gov")]
    assert sorted((e["event_type"], e["actor_id"]) for e in rows["event_mention_candidates"]) == [
        ("lift_export_control", "kor_gov"), ("state_position", "jpn_gov")]  # the end of Seoul's curbs is Seoul's act


def test_someone_at_a_unit_an_organisation_owns_speaks_for_the_organisation(extract):
    text = ("South Korea's trade ministry answered the export curbs on Monday. “We will find other suppliers,” an "
            "official at the ministry's materials policy bureau said.")
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == ["kor_motie"]


def test_a_clause_before_a_noun_someone_denies_is_not_their_words(extract):
    text = "Lawmakers in Seoul see the export curbs as revenge for the labour rulings, a charge Tokyo denies."
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == []


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("A spokeswoman for Japan's trade ministry said Kajiyama would not meet his Korean counterpart over the export "
         "curbs.\n“The minister has no such plans,” she added.", "she", "jpn_meti"),
        ("Yoo Myung-hee met the press in Geneva. A South Korean official later said the WTO complaint would go ahead.\n"
         "“We are ready for a long dispute,” he told reporters.", "he", "kor_gov"),
        ("Moon Jae-in criticised the export restrictions. A spokesperson said the cabinet would meet. Kim Bo-ra, a "
         "professor at Korea University, disagreed.\n“The curbs will not last,” she said.", "she", "cand_kim_bo_ra"),
    ],
    ids=["role-subject-before-a-person-in-its-words", "role-subject-after-a-person-in-an-earlier-sentence",
         "a-person-named-after-the-role-speaker"],
)
def test_he_or_she_after_a_role_noun_that_spoke_is_that_speaker(extract, text, pronoun, expected):
    assert [(q["speaker_mention"], q["speaker_actor_id"]) for q in extract(text)["quotes"] if q["kind"] == "direct"] == [
        (pronoun, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea's first vice foreign minister said the export restrictions broke the trade rules.", "kor_mofa"),
        ("Japan's senior vice trade minister told reporters the white list decision would stand.", "jpn_meti"),
        ("Japan's vice minister for international affairs said the export controls concerned security alone.", "jpn_gov"),
        ("The South Korean ambassador in Tokyo said Seoul would keep pressing for the curbs to be lifted.", "kor_gov"),
        ("A Japanese envoy to Seoul said the licensing rules on the three chemicals would not change.", "jpn_gov"),
    ],
    ids=["first-vice", "senior-vice", "office-of-no-curated-body", "ambassador-in-the-other-capital",
         "envoy-to-the-other-capital"],
)
def test_an_office_of_one_country_speaks_for_its_body_or_else_its_government(extract, text, expected):
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo's position is that the licensing rules for the three chemicals concern security alone.",
     ("the licensing rules for the three chemicals concern security alone", "jpn_gov")),
    ("South Korea's view was that Japan's export curbs broke the rules of the WTO.",
     ("Japan's export curbs broke the rules of the WTO", "kor")),
])
def test_a_noun_of_saying_that_is_the_subject_of_be_reports_its_clause(extract, text, expected):
    assert [(q["text"], q["speaker_actor_id"]) for q in extract(text)["quotes"]] == [expected]


def test_they_after_a_group_that_spoke_is_that_group(extract):
    text = ("South Korean officials said the licensing rules on the three chemicals broke the WTO's rules. They added "
            "that Seoul would not retaliate.\n“We want talks on the export curbs, not a trade war,” they said.")
    assert [(q["speaker_mention"], q["speaker_actor_id"]) for q in extract(text)["quotes"]] == [
        ("they", "kor_gov"), ("South Korean officials", "kor_gov"), ("They", "kor_gov")]


def test_they_after_a_person_spoke_names_nobody(extract):
    text = "Yoo Myung-hee said the export curbs broke the trade rules.\n“The curbs must go,” they said."
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"] if q["kind"] == "direct"] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Industry officials in Tokyo said the export curbs on resist had cut their sales to Korea.", None),
    ("Trade ministry officials in Tokyo said the export curbs on resist would stay in place.", "jpn_meti"),
])
def test_a_sector_noun_before_a_group_makes_it_no_states_people(extract, text, expected):
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [expected]
