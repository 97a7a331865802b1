"""The date of an event mention (extract/events.py `_date`, extract/frames.py `modifies_predicate` and
`shares_date`): the temporal words the parse attaches to the act, directly or through the noun, the conjoined
verb, the verb of saying or the verb of performing its phrase depends on, resolved against the publication
date (curated/ANNOTATION.md, section 6). Sentences written for these tests; the default publication date is
Friday 29 November 2019."""

from __future__ import annotations

import datetime as dt

import pytest

WEDNESDAY = dt.date(2020, 6, 10)


def dates(extract, text: str, event_type: str, published: dt.date = dt.date(2019, 11, 29)) -> list[tuple]:
    rows = extract(text, published=published)["event_mention_candidates"]
    return [(e["date"], e["date_precision"]) for e in rows if e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "published", "expected"),
    [
        # a temporal modifier inside the phrase of a noun that tells the act
        pytest.param("Exporters in Seoul struggled after Tokyo's tightened controls last month on shipments of etching "
                     "gas.", "impose_export_control", None, [("2019-10-01", "month")], id="participle-noun-last-month"),
        pytest.param("Chipmakers in Seoul lost orders because of Japan's toughened restrictions in July on sales of "
                     "hydrogen fluoride.", "impose_export_control", None, [("2019-07-01", "month")],
                     id="participle-noun-in-july-before-its-on-phrase"),
        pytest.param("South Korea welcomed Japan's decision last week to grant a two-year licence to a chemical maker "
                     "shipping photoresist to Seoul.", "approve_export_licence", None, [("2019-11-18", "week")],
                     id="decision-last-week-to-grant"),
        pytest.param("Seoul's trade minister spoke warmly of Japan's decision last week to grant a permit to a maker of "
                     "etching gas.", "approve_export_licence", None, [("2019-11-18", "week")],
                     id="decision-last-week-under-a-verb-of-saying"),
        pytest.param("The Japanese trade minister defended Seoul's removal last month of Japan from its list of trusted "
                     "trade partners.", "remove_from_preferential_list", None, [("2019-10-01", "month")],
                     id="nominal-removal-last-month-of"),
        pytest.param("The two capitals have quarrelled ever since Tokyo's move in last July to restrict exports of "
                     "three materials to Seoul.", "impose_export_control", None, [("2019-07-01", "month")],
                     id="move-in-last-july-to-restrict"),
        pytest.param("Seoul criticized Japan's removal of South Korea from its whitelist on Monday.",
                     "remove_from_preferential_list", None, [(None, None)],
                     id="a-back-reference-takes-no-date-of-the-verb-that-governs-it"),
        pytest.param("South Korea criticized Japan's removal last month of Seoul from its export whitelist.",
                     "criticize", None, [(None, None)], id="a-date-inside-the-object-act-is-not-the-criticism"),
        pytest.param("South Korea criticized Japan's removal last month of Seoul from its export whitelist.",
                     "remove_from_preferential_list", None, [("2019-10-01", "month")],
                     id="a-date-inside-the-object-act-is-its-own"),
        # a fronted date on the first of two conjoined verbs
        pytest.param("In 2019, Seoul filed a complaint with the WTO against Japan and removed Japan from its list of "
                     "trusted trading partners.", "remove_from_preferential_list", None, [("2019-01-01", "year")],
                     id="fronted-year-dates-the-second-conjunct"),
        pytest.param("In August, South Korea dropped Japan from its list of trusted partners and filed a complaint with "
                     "the WTO.", "file_wto_complaint", None, [("2019-08-01", "month")],
                     id="fronted-month-dates-the-second-conjunct"),
        pytest.param("Last week, Tokyo tightened its checks on exports of photoresist and struck Seoul off its whitelist.",
                     "remove_from_preferential_list", None, [("2019-11-18", "week")],
                     id="fronted-week-dates-the-second-conjunct"),
        pytest.param("In December, Japan eased its controls on photoresist, and South Korea dropped its complaint with "
                     "the WTO.", "withdraw_wto_complaint", None, [("2018-12-01", "month")],
                     id="fronted-month-dates-a-conjoined-clause-with-its-own-subject"),
        pytest.param("Japan on Friday eased its curbs on photoresist and approved a shipment of etching gas to South "
                     "Korea.", "approve_export_licence", None, [("2019-11-29", "day")],
                     id="a-date-before-the-first-verb-dates-the-second"),
        pytest.param("Japan eased its curbs on photoresist and on Friday approved a shipment of etching gas to South "
                     "Korea.", "lift_export_control", None, [(None, None)], id="a-date-of-the-second-verb-is-its-own"),
        pytest.param("In July, Japan tightened export controls on three chemicals and will remove South Korea from its "
                     "whitelist.", "remove_from_preferential_list", None, [(None, None)],
                     id="a-fronted-date-is-not-a-conjunct-of-another-time"),
        pytest.param("Last week, South Korea was dropped from Japan's export whitelist and was told to apply for "
                     "licences.", "remove_from_preferential_list", None, [("2019-11-18", "week")],
                     id="fronted-week-on-a-passive"),
        # parts of a month are the month
        pytest.param("Japan tightened controls on three chemicals bound for South Korea at the start of July.",
                     "impose_export_control", None, [("2019-07-01", "month")], id="at-the-start-of-july"),
        pytest.param("South Korea struck Japan off its whitelist of trusted trade partners at the end of September.",
                     "remove_from_preferential_list", None, [("2019-09-01", "month")], id="at-the-end-of-september"),
        pytest.param("Japan removed South Korea from its whitelist at the beginning of August.",
                     "remove_from_preferential_list", None, [("2019-08-01", "month")], id="at-the-beginning-of-august"),
        pytest.param("Japan imposed export curbs on South Korea in late July.", "impose_export_control", None,
                     [("2019-07-01", "month")], id="in-late-july"),
        pytest.param("Seoul will remove Tokyo from its list of trusted trading partners in early March.",
                     "remove_from_preferential_list", None, [("2020-03-01", "month")], id="future-early-march"),
        pytest.param("Export curbs on three materials were imposed on South Korea by Japan at the start of July.",
                     "impose_export_control", None, [("2019-07-01", "month")], id="passive-at-the-start-of-july"),
        pytest.param("Tokyo tightened export controls on Seoul in mid-August.", "impose_export_control", None,
                     [("2019-08-01", "month")], id="in-mid-august"),
        pytest.param("South Korea's removal from Japan's whitelist in late August angered Seoul.",
                     "remove_from_preferential_list", None, [("2019-08-01", "month")], id="nominal-removal-in-late-august"),
        pytest.param("Seoul's move last month to drop Tokyo from its whitelist angered Japan.",
                     "remove_from_preferential_list", None, [("2019-10-01", "month")], id="move-last-month-to-drop"),
        # a participle of a verb of saying takes its date
        pytest.param("The curbs hurt chipmakers, South Korea's trade minister said Tuesday, urging Japan to scrap them.",
                     "demand", None, [("2019-11-26", "day")], id="said-tuesday-urging"),
        pytest.param("Tokyo's decision was regrettable, Seoul's foreign ministry said on Wednesday, urging Japan to "
                     "withdraw the export restrictions.", "demand", WEDNESDAY, [("2020-06-10", "day")],
                     id="said-on-wednesday-urging-in-a-wednesday-report"),
        pytest.param("Japan tightened export restrictions on three chemicals to South Korea in July, citing security "
                     "concerns.", "impose_export_control", None, [("2019-07-01", "month")],
                     id="a-participle-of-an-act-that-is-no-speech-keeps-its-own"),
        pytest.param("The measures are unjust, Moon Jae-in said on Tuesday, calling on Japan to retract the export "
                     "curbs.", "demand", None, [("2019-11-26", "day")], id="said-on-tuesday-calling-on"),
        pytest.param("Earlier this month, South Korea filed a complaint with the WTO and urged Japan to scrap the export "
                     "curbs.", "demand", None, [("2019-11-01", "month")], id="fronted-earlier-this-month-on-a-demand"),
        # a noun act takes the date of the verb of performing whose object it is
        pytest.param("Seoul made a formal request Friday for Tokyo to withdraw the export restrictions.", "demand", None,
                     [("2019-11-29", "day")], id="made-a-request-friday"),
        pytest.param("South Korea renewed its demand on Thursday for Japan to lift the export curbs.", "demand", None,
                     [("2019-11-28", "day")], id="renewed-its-demand-on-thursday"),
        pytest.param("Tokyo took the step on Tuesday of dropping Seoul from its list of trusted trading partners.",
                     "remove_from_preferential_list", None, [("2019-11-26", "day")], id="took-the-step-on-tuesday-of"),
        # a date in a prepositional phrase that the parser hangs on the object noun dates the verb
        pytest.param("The quarrel started when Seoul tightened export controls on shipments of resist to Japan in August 2019.",
                     "impose_export_control", None, [("2019-08-01", "month")], id="date-hung-on-the-object"),
        # relative dates
        pytest.param("South Korea protested on Tuesday, a day after Japan removed it from the whitelist.",
                     "remove_from_preferential_list", None, [("2019-11-25", "day")], id="a-day-after-a-clause"),
        pytest.param("Japan eased its curbs on photoresist in October. Seoul had urged Tokyo to lift them the previous "
                     "month.", "demand", None, [("2019-09-01", "month")], id="the-previous-month"),
        pytest.param("Japan and South Korea held talks on the export curbs on Monday. Later that day, Seoul urged Tokyo to "
                     "withdraw the curbs.", "demand", None, [("2019-11-25", "day")], id="later-that-day"),
        pytest.param("Japan tightened its export controls on July 4. South Korea filed a complaint with the WTO the "
                     "following week.", "file_wto_complaint", None, [("2019-07-08", "week")], id="the-following-week"),
        pytest.param("South Korea urged Japan last Friday to withdraw its export restrictions.", "demand", None,
                     [("2019-11-22", "day")], id="last-friday-in-a-friday-report"),
        pytest.param("Japan and South Korea will hold talks on the export controls next week.", "announce_talks", None,
                     [("2019-12-02", "week")], id="next-week"),
        pytest.param("Seoul filed a complaint with the WTO on Aug. 28 against Tokyo's export controls.",
                     "file_wto_complaint", None, [("2019-08-28", "day")], id="aug-with-a-period"),
        pytest.param("Japan removed South Korea from its whitelist of trusted trading partners on Sept. 11.",
                     "remove_from_preferential_list", None, [("2019-09-11", "day")], id="sept-with-a-period"),
        pytest.param("Japan tightened export controls on South Korea on Sep 3.", "impose_export_control", None,
                     [("2019-09-03", "day")], id="sep-without-a-period"),
        pytest.param("Tokyo imposed new curbs on exports to Seoul on July 4th.", "impose_export_control", None,
                     [("2019-07-04", "day")], id="ordinal-day"),
        pytest.param("Seoul dropped Tokyo from its whitelist of trusted trade partners in September last year.",
                     "remove_from_preferential_list", WEDNESDAY, [("2019-09-01", "month")], id="a-month-last-year"),
        pytest.param("Japan eased its export curbs on photoresist bound for South Korea on Friday last week.",
                     "lift_export_control", None, [("2019-11-22", "day")], id="a-weekday-last-week"),
        pytest.param("South Korea urged Japan in May to withdraw its export restrictions.", "demand", WEDNESDAY,
                     [("2020-05-01", "month")], id="a-month-is-never-given-a-day"),
        pytest.param("Tokyo said it would ease the licensing rules on shipments of resist to Seoul, effective Monday.",
                     "lift_export_control", WEDNESDAY, [("2020-06-15", "day")], id="effective-weekday-after-would"),
        pytest.param("Seoul put Japan back on its list of trusted trading partners effective June 1.",
                     "restore_preferential_status", WEDNESDAY, [("2020-06-01", "day")], id="effective-date-no-comma"),
        pytest.param("Seoul announced on May 28 that it would drop Tokyo from its white list from June 2.",
                     "remove_from_preferential_list", WEDNESDAY, [("2020-06-02", "day")],
                     id="would-date-shortly-before-publication"),
        pytest.param("Tokyo said in March that it would ease the curbs on resist from Sept. 1.",
                     "lift_export_control", WEDNESDAY, [("2020-09-01", "day")], id="would-date-after-publication"),
    ],
)
def test_event_date(extract, text, event_type, published, expected):
    assert dates(extract, text, event_type, *([published] if published else [])) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Japan will remove South Korea from its list of trusted trade partners from March 3.",
                     [("remove_from_preferential_list", "scheduled", "2020-03-03", "day")],
                     id="from-a-day-starts-an-act-to-come"),
        pytest.param("South Korea will drop Japan from its whitelist starting Jan. 6.",
                     [("remove_from_preferential_list", "scheduled", "2020-01-06", "day")],
                     id="starting-a-day-starts-an-act-to-come"),
        pytest.param("Japan has restricted exports of three chemicals to South Korea from 2019.",
                     [("impose_export_control", "occurred", None, None)], id="from-a-year-bounds-an-act-told-as-done"),
        pytest.param("Seoul said on Monday it will strike Tokyo off its list of preferred trading partners from Dec. 18.",
                     [("announce_remove_from_preferential_list", "occurred", "2019-11-25", "day"),
                      ("remove_from_preferential_list", "scheduled", "2019-12-18", "day")],
                     id="the-announcing-and-the-announced-act-each-take-their-own-date"),
        pytest.param("South Korea's cabinet on Tuesday approved a plan to drop Japan from its export whitelist, effective "
                     "next month.", [("announce_remove_from_preferential_list", "occurred", "2019-11-26", "day"),
                                     ("remove_from_preferential_list", "scheduled", "2019-12-01", "month")],
                     id="a-cabinet-approval-on-a-past-weekday-and-the-act-effective-next-month"),
        pytest.param("Japan plans to lift its export curbs on South Korea later this month.",
                     [("lift_export_control", "scheduled", "2019-11-01", "month"),
                      ("announce_lift_export_control", "occurred", None, None)],
                     id="an-act-to-come-later-in-the-publication-month-is-scheduled"),
        pytest.param("Officials of South Korea and Japan will hold talks on the export curbs this week.",
                     [("announce_talks", "scheduled", "2019-11-25", "week")],
                     id="talks-to-come-in-the-publication-week-are-scheduled"),
        pytest.param("The reinstatement of Tokyo to Seoul's whitelist (preferred-partner nations) takes effect on Dec. 18, "
                     "the industry ministry said.", [("restore_preferential_status", "scheduled", "2019-12-18", "day")],
                     id="a-participle-joined-by-a-hyphen-is-no-past-tense"),
        pytest.param("The restoration of Tokyo to Seoul's revised whitelist takes effect on Dec. 18.",
                     [("restore_preferential_status", "scheduled", "2019-12-18", "day")],
                     id="a-participle-after-a-possessive-is-no-past-tense"),
    ],
)
def test_an_act_to_come_takes_its_own_date_and_status(extract, text, expected):
    rows = extract(text)["event_mention_candidates"]
    assert [(e["event_type"], e["status"], e["date"], e["date_precision"]) for e in rows] == expected


@pytest.mark.parametrize(("text", "decision", "act"), [
    pytest.param("Tokyo decided to drop Seoul from its white list of trusted buyers on Monday.",
                 ("announce_remove_from_preferential_list", [("2020-06-08", "day")]),
                 ("remove_from_preferential_list", [(None, None)]), id="a-day-gone-dates-the-deciding"),
    pytest.param("Seoul decided to restore Tokyo's white list status on June 29.",
                 ("announce_restore_preferential_status", [(None, None)]),
                 ("restore_preferential_status", [("2020-06-29", "day")]), id="a-day-to-come-dates-the-act"),
    pytest.param("Seoul decided to restore Tokyo's white list status from June 1.",
                 ("announce_restore_preferential_status", [(None, None)]),
                 ("restore_preferential_status", [("2020-06-01", "day")]), id="a-start-dates-the-act"),
])
def test_a_day_in_a_decided_infinitive_dates_the_deciding_when_gone_by_publication(extract, text, decision, act):
    for event_type, expected in (decision, act):
        assert dates(extract, text, event_type, WEDNESDAY) == expected, event_type


def test_a_date_the_parser_hangs_on_the_subject_dates_the_verb(extract):
    text = "South Korea's cabinet on Monday approved a plan to drop Japan from its white list of trusted buyers."
    assert dates(extract, text, "announce_remove_from_preferential_list", WEDNESDAY) == [("2020-06-08", "day")]


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("The feud began in August 2019, when Seoul struck Tokyo off its white list of trusted buyers.",
     "remove_from_preferential_list", [("2019-08-01", "month")]),
    ("Tokyo answered in October 2019 by filing a WTO complaint over Seoul's export curbs.", "file_wto_complaint",
     [("2019-10-01", "month")]),
    ("Seoul again urged Tokyo to scrap the export curbs on Wednesday, the trade ministry said, a day after Seoul gave "
     "Tokyo until the end of the year to act.", "demand", [("2019-11-27", "day"), ("2019-11-26", "day")]),
])
def test_a_when_clause_of_a_time_and_the_means_of_a_dated_act_share_its_date(extract, text, event_type, expected):
    rows = [e for e in extract(text)["event_mention_candidates"] if e["event_type"] == event_type]
    assert [(e["date"], e["date_precision"]) for e in rows] == expected


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("Seoul lifted its curbs on exports of resist to Japan from Nov. 18.", "lift_export_control", [("2019-11-18", "day")]),
    ("Seoul has restricted exports of resist to Japan from 2019.", "impose_export_control", [(None, None)]),
    ("Japan cited security to justify its export curbs on Seoul beginning in July.", "state_position", [(None, None)]),
])
def test_the_start_of_a_period_dates_a_step_on_a_measure_told_as_done(extract, text, event_type, expected):
    rows = [e for e in extract(text)["event_mention_candidates"] if e["event_type"] == event_type]
    assert [(e["date"], e["date_precision"]) for e in rows] == expected


def test_a_future_in_the_next_passage_does_not_reach_back_to_a_weekday(extract):
    text = ("Japan lifted its licensing rules on resist exports to Korea on Thursday.\n\n"
            "Seoul will drop its WTO case against Tokyo once the rules are gone, officials said.")
    assert dates(extract, text, "lift_export_control") == [("2019-11-28", "day")]


def test_a_step_noun_raised_to_a_verb_of_expecting_tells_the_step_again(extract):
    text = ("Tokyo's cabinet approved an order on Tuesday that removes South Korea from its white list of trusted "
            "destinations.\n\nThe change is expected to take effect on Dec. 12.")
    rows = extract(text)["event_mention_candidates"]
    assert [(e["status"], e["date"]) for e in rows if e["event_type"] == "remove_from_preferential_list"
            and e["trigger_text"] == "take"] == [("scheduled", "2019-12-12")]


def test_a_date_of_the_clause_goes_before_the_gap_that_opens_it(extract):
    text = ("Seoul's WTO filing comes a week before its removal of Japan from the list of trusted trading partners "
            "takes effect on Sept. 18.")
    assert dates(extract, text, "remove_from_preferential_list", dt.date(2019, 9, 11)) == [("2019-09-18", "day")]
