"""Event mentions (extract/events.py) on hand-written sentences, and their de-duplication into events
(assemble/events.py) on small candidate tables in a DuckDB workspace."""

from __future__ import annotations

import pandas as pd
import pytest
from jkec.assemble.database import Workspace
from jkec.assemble.events import deduplicate_events
from jkec.extract.rows import candidate_fields
from jkec.project import Project
from jkec.tables.records import Fields
from jkec.tables.schema import load_schema

from tests.support import PROJECT_ROOT

EVENT_MENTIONS = load_schema(Project(PROJECT_ROOT), "event_mentions")
MENTION_FIELDS = Fields.of(EVENT_MENTIONS)
CANDIDATE_COLUMNS = candidate_fields(EVENT_MENTIONS).names

STATES = [("jpn", "jpn", "JPN"), ("jpn_gov", "jpn", "JPN"), ("kor", "kor", "KOR"), ("kor_gov", "kor", "KOR")]
EVENT_TYPES = [{"event_type": "impose_export_control", "plover_type": "SANCTION", "plover_mode": "discontinue",
                "measure_effect": "impose"},
               {"event_type": "hold_talks", "plover_type": "CONSULT", "plover_mode": None, "measure_effect": None}]


def candidate(source_id: str, date: str | None = None, precision: str | None = None, *, at: int = 0,
              event_type: str = "impose_export_control", actor: str | None = "jpn_gov", target: str | None = "kor",
              status: str = "occurred") -> dict:
    row = dict.fromkeys(CANDIDATE_COLUMNS)
    row.update(source_id=source_id, passage_no=1, char_start=at, char_end=at + 40, text="x" * 40, trigger_char_start=at + 1,
               trigger_char_end=at + 9, trigger_text="x" * 8, date=date, date_precision=precision, event_type=event_type,
               actor_id=actor, target_actor_id=target, status=status)
    return row


def dedupe(rows: list[dict]):
    workspace = Workspace()
    try:
        workspace.put("candidates", pd.DataFrame(rows, columns=CANDIDATE_COLUMNS).astype({"date": "object", "products": "object"}))
        workspace.put("actor_states", pd.DataFrame(STATES, columns=["actor_id", "state_id", "country"]))
        workspace.put("event_types", pd.DataFrame(EVENT_TYPES))
        return deduplicate_events(workspace, MENTION_FIELDS)
    finally:
        workspace.close()


def event_of(result) -> dict[str, str]:
    """source_id → event_id of its mention."""
    return dict(zip(result.event_mentions["source_id"], result.event_mentions["event_id"]))


def test_day_and_month_mentions_of_one_group_merge_at_the_day():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-01", "month", actor="jpn")])
    (event,) = result.events.itertuples()
    assert (str(event.date)[:10], event.date_precision, event.n_mentions, event.n_sources) == ("2019-07-04", "day", 2, 2)
    assert result.conflicts.empty


def test_month_mention_compatible_with_two_days_is_a_conflict_and_stays_apart():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-11", "day"), candidate("c", "2019-07-01", "month")])
    events = event_of(result)
    assert len(set(events.values())) == 3
    assert result.conflicts[["source_id", "date", "date_precision"]].values.tolist() == [["c", "2019-07-01", "month"]]
    month = result.events[result.events["event_id"] == events["c"]].iloc[0]
    assert (str(month["date"])[:10], month["date_precision"]) == ("2019-07-01", "month")


def test_undated_mentions_without_a_dated_seed_never_merge():
    result = dedupe([candidate("a"), candidate("b"), candidate("a", at=100)])
    assert len(result.events) == 3 and result.events["date"].isna().all()


def test_undated_talks_never_merge_even_with_one_dated_meeting():
    talks = {"event_type": "hold_talks", "actor": "jpn", "target": "kor"}
    result = dedupe([candidate("a", "2019-07-12", "day", **talks), candidate("b", **talks)])
    assert len(result.events) == 2


def test_undated_measure_step_joins_the_one_dated_event_of_its_group():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", target=None), candidate("c", actor=None)])
    (event,) = result.events.itertuples()
    assert (str(event.date)[:10], event.n_mentions, event.n_sources) == ("2019-07-04", 3, 3)
    assert result.conflicts.empty


@pytest.mark.parametrize(
    "undated",
    [
        pytest.param(candidate("c", actor=None, target=None), id="knows-neither-actor-nor-target"),
        pytest.param(candidate("c", actor="kor_gov", target="jpn"), id="other-actor-state"),
        pytest.param(candidate("c", status="planned"), id="other-status"),
    ],
)
def test_undated_measure_step_that_cannot_be_placed_stays_apart(undated):
    result = dedupe([candidate("a", "2019-07-04", "day"), undated])
    assert len(result.events) == 2


def test_undated_measure_step_compatible_with_two_equally_told_events_stays_apart_and_is_no_date_conflict():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2020-07-04", "day"), candidate("c")])
    assert len(result.events) == 3
    assert result.conflicts.empty


def test_year_mention_of_a_measure_step_joins_the_seed_most_mentions_tell():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-01", "month"),
                     candidate("c", "2019-06-01", "month"), candidate("d", "2019-01-01", "year")])
    events = event_of(result)
    assert events["d"] == events["a"] == events["b"] != events["c"]
    assert result.conflicts.empty


def test_year_mention_of_talks_compatible_with_two_meetings_is_still_a_conflict():
    talks = dict(event_type="hold_talks")
    result = dedupe([candidate("a", "2019-07-04", "day", **talks), candidate("b", "2019-07-01", "month", **talks),
                     candidate("c", "2019-06-01", "month", **talks), candidate("d", "2019-01-01", "year", **talks)])
    events = event_of(result)
    assert len({events["a"], events["c"], events["d"]}) == 3
    assert result.conflicts["source_id"].tolist() == ["d"]


def test_undated_measure_step_joins_the_dated_event_most_mentions_tell():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-01", "month"),
                     candidate("c", "2020-07-04", "day"), candidate("d")])
    events = event_of(result)
    assert events["d"] == events["a"] == events["b"] != events["c"]


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(candidate("b", "2019-07-04", "day", event_type="hold_talks"), id="other-type"),
        pytest.param(candidate("b", "2019-07-04", "day", status="planned"), id="other-status"),
        pytest.param(candidate("b", "2019-07-04", "day", actor="kor_gov", target="jpn"), id="other-actor-state"),
        pytest.param(candidate("b", "2019-07-05", "day"), id="other-day"),
    ],
)
def test_mentions_that_differ_in_type_status_actor_or_day_stay_apart(other):
    assert len(dedupe([candidate("a", "2019-07-04", "day"), other]).events) == 2


def test_same_day_in_two_articles_is_one_event():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-04", "day", actor="jpn")])
    (event,) = result.events.itertuples()
    assert (event.n_mentions, event.n_sources) == (2, 2) and result.conflicts.empty


def test_less_precise_mention_with_unknown_target_joins_the_targeted_event():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-01", "month", target=None)])
    (event,) = result.events.itertuples()
    assert (event.n_mentions, event.target_actor_id) == (2, "kor")


def test_same_day_mention_with_unknown_target_joins_the_targeted_event():
    result = dedupe([candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-04", "day", target=None)])
    assert result.conflicts.empty
    assert len(result.events) == 1


def test_event_ids_do_not_depend_on_row_order():
    rows = [candidate("a", "2019-07-04", "day"), candidate("b", "2019-07-01", "month"), candidate("c"),
            candidate("d", "2019-01-01", "year", event_type="hold_talks"), candidate("e", "2019-07-11", "day", actor="kor", target="jpn")]
    expected = event_of(dedupe(rows))
    for order in ([4, 3, 2, 1, 0], [2, 0, 4, 1, 3]):
        assert event_of(dedupe([rows[i] for i in order])) == expected


def event_rows(extract, text: str):
    return [(e["event_type"], e["actor_id"], e["target_actor_id"], e["status"], e["date"], e["date_precision"])
            for e in extract(text)["event_mention_candidates"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Japan tightened export controls on South Korea in July 2019.",
                     [("impose_export_control", "jpn", "kor", "occurred", "2019-07-01", "month")], id="actor-target-month"),
        pytest.param("In 2019, Japan tightened export controls on South Korea.",
                     [("impose_export_control", "jpn", "kor", "occurred", "2019-01-01", "year")], id="year-opening-the-sentence"),
        pytest.param("Japan will tighten export controls on South Korea.",
                     [("impose_export_control", "jpn", "kor", "planned", None, None)], id="future-is-planned"),
        pytest.param("Lee Ho-hyeon said Japanese officials tightened export controls on South Korea.",
                     [("impose_export_control", "jpn_gov", "kor", "occurred", None, None),
                      ("state_position", "lee_hohyeon", None, "occurred", None, None)],
                     id="reporter-is-not-the-actor-of-what-he-reports-but-states-a-position"),
        pytest.param("Since July 2019, Japan has tightened export controls on South Korea.",
                     [("impose_export_control", "jpn", "kor", "occurred", None, None)], id="duration-does-not-date-the-event"),
        pytest.param("Japan tightened export controls on South Korea before July 2019.",
                     [("impose_export_control", "jpn", "kor", "occurred", None, None)], id="a-bound-does-not-date-the-event"),
        pytest.param("Japan has tightened export controls on South Korea since the 2019 dispute.",
                     [("impose_export_control", "jpn", "kor", "occurred", None, None)],
                     id="a-duration-with-its-preposition-in-the-expression-does-not-date-the-event"),
        pytest.param("Seoul and Tokyo downgraded each other’s trade status during the 2019 dispute.",
                     [("remove_from_preferential_list", "kor_gov", "jpn_gov", "occurred", "2019-01-01", "year"),
                      ("remove_from_preferential_list", "jpn_gov", "kor_gov", "occurred", "2019-01-01", "year")],
                     id="during-the-2019-dispute-dates-the-year"),
        pytest.param("Japan revoked South Korea’s preferential status for three materials used to produce semiconductors and "
                     "display panels in early July.",
                     [("impose_export_control", "jpn", "kor", "occurred", "2019-07-01", "month")],
                     id="date-at-the-end-of-a-relative-phrase-dates-the-trigger"),
        pytest.param("Japan will lift export controls on three materials imposed in 2019 against South Korea.",
                     [("impose_export_control", "jpn", "kor", "occurred", "2019-01-01", "year"),
                      ("lift_export_control", "jpn", "kor", "planned", None, None)],
                     id="date-of-a-participle-is-not-the-trigger-date-but-its-own-back-reference"),
        pytest.param("Japan tightened export controls on South Korea in early July. It then removed Seoul from its whitelist "
                     "of reliable export partners the following month.",
                     [("impose_export_control", "jpn", "kor", "occurred", "2019-07-01", "month"),
                      ("remove_from_preferential_list", "jpn", "kor_gov", "occurred", "2019-08-01", "month")],
                     id="opening-pronoun-is-the-previous-actor"),
        pytest.param("They then removed Seoul from a whitelist.",
                     [("remove_from_preferential_list", None, "kor_gov", "occurred", None, None)],
                     id="opening-pronoun-with-no-previous-actor-stays-empty"),
        pytest.param("Tokyo and Seoul downgraded each other’s trade status during the dispute.",
                     [("remove_from_preferential_list", "jpn_gov", "kor_gov", "occurred", None, None),
                      ("remove_from_preferential_list", "kor_gov", "jpn_gov", "occurred", None, None)],
                     id="reciprocal-act-is-two-mentions"),
        pytest.param("Senior trade officials from Japan and South Korea will meet next month to discuss the export controls.",
                     [("announce_talks", "jpn", "kor", "scheduled", "2019-12-01", "month")],
                     id="joint-act-has-the-first-named-party-as-actor"),
            pytest.param("Japan will lift export controls on South Korea next month.",
                         [("lift_export_control", "jpn", "kor", "scheduled", "2019-12-01", "month")],
                         id="future-with-a-date-to-come-is-scheduled"),
            pytest.param("Japan said that effective Friday the country would lift export controls on South Korea, while "
                         "Seoul said it would drop its complaint with the World Trade Organization.",
                         [("lift_export_control", "jpn", "kor", "occurred", "2019-11-29", "day"),
                          ("announce_lift_export_control", "jpn", "kor", "occurred", None, None),
                          ("withdraw_wto_complaint", "kor_gov", "jpn", "planned", None, None)],
                         id="reported-future-is-planned-unless-its-date-has-come-and-its-saying-is-the-announcing-"
                            "and-the-complaint-is-against-the-other-party"),
            pytest.param("Japan and South Korea agreed on Thursday to restart the stalled talks on export controls.",
                         [("announce_talks", "jpn", "kor", "planned", None, None),
                          ("agree", "jpn", "kor", "occurred", "2019-11-28", "day")],
                         id="agreed-talks-are-planned-and-the-past-date-is-the-agreements"),
            pytest.param("Preparatory talks on the export controls will be held Wednesday in Vienna.",
                         [("announce_talks", None, None, "scheduled", "2019-12-04", "day")],
                         id="talks-to-be-held-are-scheduled-on-their-own-date"),
            pytest.param("Japan tells South Korea officials export curbs are not countermeasures.",
                         [("state_position", "jpn", "kor", "occurred", None, None)], id="a-statement-targets-its-addressee"),
            pytest.param("Japan maintained that the tighter controls on exports to South Korea are based on national security.",
                         [("state_position", "jpn", None, "occurred", None, None)],
                         id="a-party-a-statement-speaks-of-is-no-target"),
            pytest.param("South Korea protested after Japan tightened export controls. The two sides agreed to the plan. "
                         "The two countries are still discussing restoring each other’s trade status.",
                         [("impose_export_control", "jpn", None, "occurred", None, None),
                          ("criticize", "kor", "jpn", "occurred", None, None),
                          ("agree", "kor", "jpn", "occurred", None, None),
                          ("hold_talks", "kor", "jpn", "occurred", None, None)],
                         id="the-two-sides-are-the-article-parties-in-order-of-first-mention-and-talks-are-one-joint-act"),
            pytest.param("The two sides agreed to the plan to end the export controls dispute.",
                         [("agree", None, None, "occurred", None, None)],
                         id="the-two-sides-of-an-article-naming-no-two-countries-stay-unknown"),
            pytest.param("Moon Jae-in on Monday urged Tokyo to withdraw the export restrictions.",
                         [("demand", "moon_jaein", "jpn_gov", "demanded", "2019-11-25", "day")],
                         id="a-demand-is-demanded-and-dated-when-made"),
            pytest.param("Moon Jae-in said Seoul would be forced to take countermeasures against Japan.",
                         [("threaten_countermeasure", "moon_jaein", "jpn", "threatened", None, None)],
                         id="a-threat-is-threatened-by-who-tells-his-own-sides-countermeasure"),
            pytest.param("Moon Jae-in said Japan would take countermeasures against South Korea.",
                         [("threaten_countermeasure", "jpn", "kor", "threatened", None, None),
                          ("state_position", "moon_jaein", None, "occurred", None, None)],
                         id="the-other-sides-threat-told-by-a-speaker-is-that-sides"),
            pytest.param("Japan will tighten export controls on South Korea from Aug. 1.",
                         [("impose_export_control", "jpn", "kor", "scheduled", "2020-08-01", "day")],
                         id="from-an-abbreviated-day-starts-an-act-to-come-and-dates-it"),
            pytest.param("Japan has tightened export controls on South Korea from Aug. 1.",
                         [("impose_export_control", "jpn", "kor", "occurred", None, None)],
                         id="from-an-abbreviated-day-is-a-bound-of-an-act-told-as-done"),
            pytest.param("Japan tightened export controls on South Korea effective Aug. 1.",
                         [("impose_export_control", "jpn", "kor", "occurred", "2019-08-01", "day")],
                         id="effective-an-abbreviated-day-dates-the-act"),
            pytest.param("Seoul filed a complaint with the WTO on Sept. 11 against Japan's export curbs.",
                         [("file_wto_complaint", "kor_gov", "jpn", "occurred", "2019-09-11", "day")],
                         id="sept-dates-the-filing"),
            pytest.param("Japan tightened export controls on South Korea in July. Seoul filed a complaint with the WTO "
                         "two months later.",
                         [("impose_export_control", "jpn", "kor", "occurred", "2019-07-01", "month"),
                          ("file_wto_complaint", "kor_gov", "jpn", "occurred", "2019-09-01", "month")],
                         id="months-later-count-from-the-previous-sentence-and-the-complaint-is-against-the-other-party"),
            pytest.param("Japan's trade ministry first restricted exports of raw silk to Korea in 1911. Some three years "
                         "later, Japan imposed export restrictions on Korea again.",
                         [("impose_export_control", "jpn_meti", "kor", "occurred", None, None),
                          ("impose_export_control", "jpn", "kor", "occurred", None, None)],
                         id="dates-before-the-schemas-window-stay-empty"),
            pytest.param("Seoul protested to Japan's trade ministry, which dropped Korea from its white list in August.",
                         [("remove_from_preferential_list", "jpn_meti", "kor", "occurred", "2019-08-01", "month"),
                          ("criticize", "kor_gov", "jpn_meti", "occurred", None, None)],
                         id="a-relative-pronoun-acts-for-its-antecedent-not-for-the-sentences-subject"),
            pytest.param("Seoul was dropped from Japan's white list in August, a step that requires exporters to apply "
                         "for licences for more goods.",
                         [("remove_from_preferential_list", "jpn", "kor_gov", "occurred", "2019-08-01", "month")],
                         id="a-relative-pronoun-for-a-noun-that-names-no-party-names-no-actor"),
            pytest.param("The removal of Japan from Seoul's list of trusted partners, approved by President Moon "
                         "Jae-in's cabinet on Sept. 11, took effect on Wednesday.",
                         [("remove_from_preferential_list", "kor_gov", "jpn", "occurred", "2019-11-27", "day")],
                         id="an-act-noun-approved-by-a-leaders-cabinet-is-the-governments-and-its-dates-are-its-own"),
            pytest.param("Prime Minister Fumio Kishida's cabinet approved the return of South Korea to the white list "
                         "on Tuesday.",
                         [("restore_preferential_status", "jpn_gov", "kor", "planned", None, None),
                          ("announce_restore_preferential_status", "jpn_gov", "kor", "occurred", "2019-11-26", "day")],
                         id="a-leaders-cabinet-is-the-government-though-his-name-owns-it"),
            pytest.param("The export curbs drew an angry reaction from Seoul, which accused Tokyo of weaponizing trade.",
                         [("accuse", "kor_gov", "jpn_gov", "occurred", None, None)],
                         id="a-capital-after-a-reaction-from-is-its-government-and-acts-in-the-relative-clause"),
            pytest.param("Seoul announced the removal of Japan from its list of trusted trading partners on Monday.",
                         [("announce_remove_from_preferential_list", "kor_gov", "jpn", "occurred", "2019-11-25", "day"),
                          ("remove_from_preferential_list", "kor_gov", "jpn", "planned", None, None)],
                         id="an-announced-step-noun-is-to-come-and-the-announcing-is-dated"),
            pytest.param("The easing of Japan's curbs on photoresist shipments to South Korea was announced on Friday.",
                         [("impose_export_control", "jpn", "kor", "occurred", None, None),
                          ("lift_export_control", "jpn", "kor", "planned", None, None),
                          ("announce_lift_export_control", "jpn", "kor", "occurred", "2019-11-29", "day")],
                         id="a-step-on-a-measure-with-no-agent-is-the-measure-owners-and-so-is-its-announcing"),
            pytest.param("SEOUL, South Korea (AP) — Japan eased its export curbs on Seoul on Friday.",
                         [("lift_export_control", "jpn", "kor_gov", "occurred", "2019-11-29", "day")],
                         id="a-dateline-is-no-subject-and-its-agency-makes-no-party"),
            pytest.param("TOKYO (Kyodo) — South Korea removed Japan from its list of trusted trading partners on "
                         "Wednesday.",
                         [("remove_from_preferential_list", "kor", "jpn", "occurred", "2019-11-27", "day")],
                         id="a-dateline-capital-is-no-actor"),
            pytest.param("Japanese Prime Minister Fumio Kishida unveiled plans Tuesday to return South Korea to the "
                         "white list.",
                         [("restore_preferential_status", "kishida_fumio", "kor", "planned", None, None),
                          ("announce_restore_preferential_status", "kishida_fumio", "kor", "occurred", "2019-11-26",
                           "day")],
                         id="an-infinitive-hung-on-the-verb-is-still-the-plans-content-and-the-date-the-plans"),
            pytest.param("Japanese officials said Seoul had not asked for the export curbs to be withdrawn at the meeting.",
                         [("state_position", "jpn_gov", None, "occurred", None, None)],
                         id="an-act-not-asked-for-is-neither-done-nor-announced"),
            pytest.param("Seoul gave no sign that it was ready to drop its WTO complaint against Japan.", [],
                         id="an-act-one-is-ready-for-is-not-done"),
            pytest.param("A Japanese official said the goal of the talks was to restore Seoul to the white list.",
                         [("state_position", "jpn_gov", None, "occurred", None, None)],
                         id="a-goal-is-not-announced"),
            pytest.param("South Korea's cabinet approved a proposal on Tuesday to strike Japan off its list of trusted "
                         "trading partners.",
                         [("announce_remove_from_preferential_list", "kor_gov", "jpn", "occurred", "2019-11-26", "day"),
                          ("remove_from_preferential_list", "kor_gov", "jpn", "planned", None, None)],
                         id="a-proposal-adopted-is-announced-and-asks-nothing"),
            pytest.param("Japan's trade minister met chipmaker executives on Friday to explain the export curbs on Seoul.",
                         [], id="meeting-business-people-is-no-talks"),
            pytest.param("Tokyo urged the WTO not to set up a panel on its export curbs against Seoul.", [],
                         id="asking-the-wto-not-to-set-up-a-panel-is-no-resumption-and-no-demand-on-a-party"),
            pytest.param("Seoul drops Tokyo from its list of trusted buyers; Tokyo vows to retaliate.",
                         [("remove_from_preferential_list", "kor_gov", "jpn_gov", "occurred", None, None),
                          ("threaten_countermeasure", "jpn_gov", "kor", "threatened", None, None)],
                         id="a-clause-after-a-semicolon-neither-governs-nor-holds-the-clause-before"),
            pytest.param("Tokyo approved the removal of Seoul from its white list on Friday. The change, which takes "
                         "effect on Dec. 20, means exporters need approval for more goods.",
                         [("announce_remove_from_preferential_list", "jpn_gov", "kor_gov", "occurred", "2019-11-29", "day"),
                          ("remove_from_preferential_list", "jpn_gov", "kor_gov", "planned", None, None),
                          ("remove_from_preferential_list", "jpn_gov", "kor_gov", "scheduled", "2019-12-20", "day")],
                         id="a-step-noun-entering-into-force-tells-the-last-step-again-with-its-date"),
            pytest.param("South Korea struck Japan off its list of trusted trading partners. The measure came into force "
                         "on Wednesday.",
                         [("remove_from_preferential_list", "kor", "jpn", "occurred", None, None),
                          ("remove_from_preferential_list", "kor", "jpn", "occurred", "2019-11-27", "day")],
                         id="a-step-noun-that-came-into-force-tells-the-step-done"),
            pytest.param("Japan will put South Korea back on its white list from Dec. 21.",
                         [("restore_preferential_status", "jpn", "kor", "scheduled", "2019-12-21", "day")],
                         id="a-past-form-right-after-will-is-its-verb-not-a-past-tense"),
            pytest.param("After Tokyo's export curbs, South Korea struck its neighbour off its list of trusted trading "
                         "partners in September.",
                         [("remove_from_preferential_list", "kor", "jpn", "occurred", "2019-09-01", "month")],
                         id="its-neighbour-is-the-other-party"),
            pytest.param("South Korea tightened its checks on strategic exports to Japan in August and dropped the "
                         "country from its white list in September.",
                         [("impose_export_control", "kor", "jpn", "occurred", "2019-08-01", "month"),
                          ("remove_from_preferential_list", "kor", "jpn", "occurred", "2019-09-01", "month")],
                         id="the-country-an-act-moves-is-the-other-party"),
            pytest.param("South Korea will drop its WTO complaint against Japan, as the two leaders met in Tokyo on "
                         "Thursday.",
                         [("withdraw_wto_complaint", "kor", "jpn", "planned", None, None),
                          ("hold_talks", "kor", "jpn", "occurred", "2019-11-28", "day")],
                         id="a-past-clause-of-its-own-is-not-to-come-with-the-main-clause"),
            pytest.param("The next round of talks between Japan and South Korea on export controls is expected to be "
                         "held in Seoul next month.",
                         [("announce_talks", "jpn", "kor", "scheduled", "2019-12-01", "month")],
                         id="talks-expected-to-be-held-are-one-mention-of-talks-to-come"),
            pytest.param("Tokyo approved the removal of Seoul from its white list on Friday, and Seoul said it would drop "
                         "Japan from its own list. The decision takes effect on Dec. 20.",
                         [("announce_remove_from_preferential_list", "jpn_gov", "kor_gov", "occurred", "2019-11-29", "day"),
                          ("announce_remove_from_preferential_list", "kor_gov", "jpn", "occurred", None, None),
                          ("remove_from_preferential_list", "jpn_gov", "kor_gov", "planned", None, None),
                          ("remove_from_preferential_list", "kor_gov", "jpn", "planned", None, None),
                          ("remove_from_preferential_list", "jpn_gov", "kor_gov", "scheduled", "2019-12-20", "day")],
                         id="a-step-noun-tells-again-the-main-step-of-the-passage-not-one-reported-beside-it"),
    ],
)
def test_event_mention_fields(extract, text, expected):
    assert event_rows(extract, text) == expected


def test_trigger_inside_an_unattributed_quotation_is_not_an_event(extract):
    text = "Officials discussed the curbs. “Japan tightened export controls on South Korea.”"
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [None]
    assert "impose_export_control" not in [row[0] for row in event_rows(extract, text)]


def test_an_event_keeps_its_id_when_a_later_article_narrows_its_date():
    (alone,) = dedupe([candidate("001_a", "2019-07-01", "month")]).events.itertuples()
    narrowed = dedupe([candidate("001_a", "2019-07-01", "month"), candidate("002_b", "2019-07-04", "day")])
    (event,) = narrowed.events.itertuples()
    assert (event.event_id, str(event.date)[:10], event.date_precision) == (alone.event_id, "2019-07-04", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Japan and South Korea held talks on the export controls in Vienna. “The two sides agreed to meet "
                     "again,” Sung Yun-mo said.", [("agree", "jpn", "kor")], id="the-two-sides-in-quoted-words-are-the-parties"),
        pytest.param("Hiroshi Kajiyama met Sung Yun-mo to discuss the export curbs. “Kajiyama agreed to keep the dialogue "
                     "going,” Sung told reporters.", [("agree", "kajiyama_hiroshi", "sung_yunmo")],
                     id="a-joint-act-reported-by-another-is-done-with-the-speaker"),
    ],
)
def test_joint_acts_in_reported_words(extract, text, expected):
    rows = extract(text)["event_mention_candidates"]
    assert [(e["event_type"], e["actor_id"], e["target_actor_id"]) for e in rows if e["event_type"] == "agree"] == expected


def test_a_count_after_a_clause_dates_that_clause_not_the_act_before_it(extract):
    text = ("Seoul dropped Tokyo from its white list of trusted buyers in 2019. Seoul restored Tokyo's "
            "preferential trade status, nearly four years after the removal.")
    rows = {e["event_type"]: (e["date"], e["date_precision"]) for e in extract(text)["event_mention_candidates"]}
    assert rows["restore_preferential_status"] == (None, None)
    assert rows["remove_from_preferential_list"] == ("2019-01-01", "year")
