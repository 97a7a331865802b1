"""Quotations and their speakers in the attribution styles of wire and newspaper copy (extract/quotes.py,
speech.py, speakers.py, candidates.py): sentences written for this test, each varying one pattern (where the
speaker stands, the verb, a title or apposition, a statement, a pronoun, a role noun, a group, a continuation),
with Japanese and South Korean speakers alike, in the dictionary and out of it."""

from __future__ import annotations

import pytest


def quotes(extract, text):
    return sorted((q["text"], q["kind"], q["speaker_actor_id"], q["attribution"]) for q in extract(text)["quotes"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Tokyo has no reason to keep these export curbs,” said Park Seo-yeon, a senior analyst at the Asan "
            "Trade Forum.",
            [("Tokyo has no reason to keep these export curbs", "direct", "cand_park_seo_yeon", "name")],
            id="said-new-name-analyst-at",
        ),
        pytest.param(
            "Takeshi Morimoto, a trade law professor at Keio University, said: “The export controls rest on weak "
            "legal ground.”",
            [("The export controls rest on weak legal ground", "direct", "cand_takeshi_morimoto", "name")],
            id="name-title-at-org-said-colon",
        ),
        pytest.param(
            "“We are watching the export controls closely,” Chief Cabinet Secretary Katsunobu Kato told a press "
            "conference in Tokyo.",
            [("We are watching the export controls closely", "direct", "kato_katsunobu", "name")],
            id="chief-cabinet-secretary-told-a-press-conference",
        ),
        pytest.param(
            "“The revised export rules meet every international standard,” the Ministry of Economy, Trade and "
            "Industry said in a statement.",
            [("The revised export rules meet every international standard", "direct", "jpn_meti", "name")],
            id="ministry-said-in-a-statement",
        ),
        pytest.param(
            "In a statement, South Korea's foreign ministry said: “Export controls have no place between partners.”",
            [("Export controls have no place between partners", "direct", "kor_mofa", "title")],
            id="in-a-statement-ministry-said",
        ),
        pytest.param(
            "South Korea's trade ministry protested the export curbs. “We were given no notice at all,” a "
            "spokesperson for the ministry said.",
            [("We were given no notice at all", "direct", "kor_motie", "title")],
            id="spokesperson-for-the-ministry",
        ),
        pytest.param(
            "“These export curbs insult every Korean worker,” Kim Do-hyun, a ruling party lawmaker, wrote on "
            "Facebook.",
            [("These export curbs insult every Korean worker", "direct", "cand_kim_do_hyun", "name")],
            id="lawmaker-wrote-on-facebook",
        ),
        pytest.param(
            "Yasutoshi Nishimura said the export controls would stay. “We see no change in the situation,” he added.",
            [("We see no change in the situation", "direct", "nishimura_yasutoshi", "pronoun"),
             ("the export controls would stay", "indirect", "nishimura_yasutoshi", "name")],
            id="he-added",
        ),
        pytest.param(
            "“Japan remains our third-largest trading partner despite the export curbs,” Lee Chang-yang noted.",
            [("Japan remains our third-largest trading partner despite the export curbs", "direct", "lee_changyang",
              "name")],
            id="name-noted",
        ),
        pytest.param(
            "Ken Saito stressed that “export controls are not sanctions of any kind.”",
            [("export controls are not sanctions of any kind", "direct", "saito_ken", "name")],
            id="stressed-that-quotation",
        ),
        pytest.param(
            "“Seoul chose confrontation over dialogue,” argued Hirokazu Matsuno, adding that the export controls "
            "were lawful.",
            [("Seoul chose confrontation over dialogue", "direct", "matsuno_hirokazu", "name"),
             ("the export controls were lawful", "indirect", "matsuno_hirokazu", "name")],
            id="argued-name-adding-that",
        ),
        pytest.param(
            "Trade minister Moon Sung-wook rejected the export curbs on Tuesday, insisting that “no security lapse "
            "ever occurred.”",
            [("no security lapse ever occurred", "direct", "moon_sungwook", "name")],
            id="participle-insisting-that",
        ),
        pytest.param(
            "“If the export controls stay, we will go to the WTO,” Yoo Myung-hee warned.",
            [("If the export controls stay, we will go to the WTO", "direct", "yoo_myunghee", "name")],
            id="name-warned",
        ),
        pytest.param(
            "Yoshimasa Hayashi defended the export curbs, telling reporters, “The decision was made on security "
            "grounds alone.”",
            [("The decision was made on security grounds alone", "direct", "hayashi_yoshimasa", "name")],
            id="participle-telling-reporters-comma",
        ),
        pytest.param(
            "“The export controls will stay,” Fumio Kishida said, “until the review is complete.”",
            [("The export controls will stay", "direct", "kishida_fumio", "name"),
             ("until the review is complete", "direct", "kishida_fumio", "name")],
            id="split-by-name-said",
        ),
        pytest.param(
            "“South Korea will not bow to export curbs,” Yoon Suk Yeol said.\n“Our chipmakers have found new "
            "suppliers.”",
            [("Our chipmakers have found new suppliers", "direct", "yoon_sukyeol", "name"),
             ("South Korea will not bow to export curbs", "direct", "yoon_sukyeol", "name")],
            id="continuation-next-paragraph",
        ),
        pytest.param(
            "“We regret the export restrictions,” said Toshimitsu Motegi. “They are not a punishment.”",
            [("They are not a punishment", "direct", "motegi_toshimitsu", "name"),
             ("We regret the export restrictions", "direct", "motegi_toshimitsu", "name")],
            id="second-sentence-no-attribution",
        ),
        pytest.param(
            "Yoko Kamikawa met her counterpart about the export controls. “We agreed to keep talking,” she said.",
            [("We agreed to keep talking", "direct", "kamikawa_yoko", "pronoun")],
            id="pronoun-she",
        ),
        pytest.param(
            "Kwon Youngse said Japan should drop the export curbs. Koichi Hagiuda rejected the call for an end to the "
            "export curbs. “Security comes first,” he said.",
            [("Japan should drop the export curbs", "indirect", "kwon_youngse", "name"),
             ("Security comes first", "direct", "hagiuda_koichi", "pronoun")],
            id="pronoun-he-is-the-last-person-named",
        ),
        pytest.param(
            "A Japanese trade official, who asked not to be named, said the export curbs would not be eased this year.",
            [("the export curbs would not be eased this year", "indirect", "jpn_gov", "title")],
            id="official-who-asked-not-to-be-named",
        ),
        pytest.param(
            "“The export curbs have changed nothing for chipmakers,” said a South Korean trade official, who asked "
            "not to be named.",
            [("The export curbs have changed nothing for chipmakers", "direct", "kor_gov", "title")],
            id="said-official-who-asked-not-to-be-named",
        ),
        pytest.param(
            "Japan's trade ministry announced new export rules on Monday. “The review will take ninety days,” a "
            "senior official at the ministry said.",
            [("The review will take ninety days", "direct", "jpn_meti", "title")],
            id="senior-official-at-the-ministry",
        ),
        pytest.param(
            "“The export controls are a matter of national security,” Japanese officials said.",
            [("The export controls are a matter of national security", "direct", "jpn_gov", "title")],
            id="japanese-officials",
        ),
        pytest.param(
            "South Korean officials said the export curbs had hurt both economies.",
            [("the export curbs had hurt both economies", "indirect", "kor_gov", "title")],
            id="korean-officials-reported",
        ),
        pytest.param(
            "Hiroshi Kajiyama met analyst Ryo Tanaka to talk about the export controls. “Talks with Seoul will "
            "continue,” the minister told a news conference.",
            [("Talks with Seoul will continue", "direct", "kajiyama_hiroshi", "title")],
            id="the-minister-skips-a-person-of-another-role",
        ),
        pytest.param(
            "Sung Yun-mo visited Washington to discuss the export curbs. Back in Seoul, the minister told a news "
            "conference: “The measures hurt global supply chains.”",
            [("The measures hurt global supply chains", "direct", "sung_yunmo", "title")],
            id="the-minister-before-the-quotation",
        ),
        pytest.param(
            "Hirokazu Matsuno said at a parliamentary session: “Our export controls were never meant as retaliation.”",
            [("Our export controls were never meant as retaliation", "direct", "matsuno_hirokazu", "name")],
            id="said-at-a-parliamentary-session",
        ),
        pytest.param(
            '"The export curbs hurt our business," said Haruka Ishida, chief executive of a chemical maker in Osaka.',
            [("The export curbs hurt our business", "direct", "cand_haruka_ishida", "name")],
            id="straight-marks-new-executive",
        ),
        pytest.param(
            "Moon Jae-in said Japan's export curbs were a “selfish” act.",
            [("Japan's export curbs were a “selfish” act", "indirect", "moon_jaein", "name"),
             ("selfish", "partial", "moon_jaein", "name")],
            id="partial-inside-indirect",
        ),
        pytest.param(
            "The export controls will be eased next month, according to two Japanese government sources.",
            [("The export controls will be eased next month", "indirect", "jpn_gov", "title")],
            id="according-to-government-sources",
        ),
        pytest.param(
            "“Samsung has enough photoresist stock to ride out the export curbs,” according to Lee Ji-hoon, an "
            "analyst at Mirae Securities.",
            [("Samsung has enough photoresist stock to ride out the export curbs", "direct", "cand_lee_ji_hoon", "name")],
            id="according-to-new-analyst",
        ),
        pytest.param(
            "Some analysts say the export curbs backfired on Japanese suppliers.",
            [("the export curbs backfired on Japanese suppliers", "indirect", None, "title")],
            id="some-analysts-say",
        ),
        pytest.param(
            "The government will keep localising key materials hit by the export curbs, Vice Trade Minister Park "
            "Jin-kyu said.",
            [("The government will keep localising key materials hit by the export curbs", "indirect",
              "cand_park_jin_kyu", "name")],
            id="clause-first-then-vice-minister-name-said",
        ),
        pytest.param(
            "“The export curbs are a wake-up call for our industry,” says Choi Yoon-seo, who runs a parts supplier "
            "in Ansan.",
            [("The export curbs are a wake-up call for our industry", "direct", "cand_choi_yoon_seo", "name")],
            id="says-new-name-who-runs",
        ),
        pytest.param(
            "Economy, Trade and Industry Minister Koichi Hagiuda told reporters on Tuesday that the export controls "
            "were under constant review.",
            [("the export controls were under constant review", "indirect", "hagiuda_koichi", "name")],
            id="long-title-told-reporters-that",
        ),
        pytest.param(
            "Foreign Minister Taro Kono, speaking to reporters in Tokyo, said: “The ball is in Seoul's court on the "
            "export controls.”",
            [("The ball is in Seoul's court on the export controls", "direct", "kono_taro", "name")],
            id="name-speaking-to-reporters-said-colon",
        ),
        pytest.param(
            "The Ministry of Trade, Industry and Energy stated that it would file a complaint over the export "
            "restrictions.",
            [("it would file a complaint over the export restrictions", "indirect", "kor_motie", "name")],
            id="ministry-stated-that",
        ),
        pytest.param(
            "“It is a lose-lose situation,” said Yuki Nakamura, a senior economist at Daiwa Research in Tokyo, "
            "referring to the export curbs.",
            [("It is a lose-lose situation", "direct", "cand_yuki_nakamura", "name")],
            id="said-name-economist-referring-to",
        ),
        pytest.param(
            "Kim In-chul briefed reporters on the export curbs.\n“We have asked Tokyo for a formal reply on the "
            "export curbs,” he said.",
            [("We have asked Tokyo for a formal reply on the export curbs", "direct", "kim_inchul", "pronoun")],
            id="pronoun-he-across-paragraphs",
        ),
        pytest.param(
            "South Korea's foreign ministry summoned a diplomat over the export curbs. “This is an unfriendly act,” "
            "it said.",
            [("This is an unfriendly act", "direct", "kor_mofa", "pronoun")],
            id="pronoun-it-is-the-ministry",
        ),
        pytest.param(
            "“We will respond sternly to the export restrictions,” the presidential office said in a text message "
            "to reporters.",
            [("We will respond sternly to the export restrictions", "direct", "kor_president_office", "title")],
            id="presidential-office-in-a-text-message",
        ),
        pytest.param(
            "The export curbs were a turning point, Kang Hye-jin, a researcher at the Korea Development Institute, "
            "said on Wednesday.",
            [("The export curbs were a turning point", "indirect", "cand_kang_hye_jin", "name")],
            id="clause-first-new-name-apposition-said",
        ),
        pytest.param(
            "Taro Kono told reporters that Seoul had “ignored” the export control talks.",
            [("Seoul had “ignored” the export control talks", "indirect", "kono_taro", "name"),
             ("ignored", "partial", "kono_taro", "name")],
            id="told-reporters-partial",
        ),
        pytest.param(
            "Imports of hydrogen fluoride from Japan fell sharply after the export curbs, according to South Korea's "
            "trade ministry.",
            [("Imports of hydrogen fluoride from Japan fell sharply after the export curbs", "indirect", "kor_motie",
              "name")],
            id="according-to-trade-ministry",
        ),
        pytest.param(
            "Trade Minister Yoo Myung-hee arrived in Geneva for the hearing on the export curbs.\n“Our case is "
            "simple,” she said. “The curbs are political.”",
            [("Our case is simple", "direct", "yoo_myunghee", "pronoun"),
             ("The curbs are political", "direct", "yoo_myunghee", "pronoun")],
            id="pronoun-she-then-continuation",
        ),
        pytest.param(
            "Vice Minister Nam Ji-woo said on Friday that Seoul would answer the export curbs at the WTO.\n“Our case "
            "is ready. We will not wait long.”",
            [("Our case is ready. We will not wait long", "direct", "cand_nam_ji_woo", "name"),
             ("Seoul would answer the export curbs at the WTO", "indirect", "cand_nam_ji_woo", "name")],
            id="a-paragraph-opening-with-a-quotation-continues-the-report-before",
        ),
        pytest.param(
            "The export curbs are not linked to the wartime labour dispute, Japanese officials have said.",
            [("The export curbs are not linked to the wartime labour dispute", "indirect", "jpn_gov", "title")],
            id="clause-first-officials-have-said",
        ),
        pytest.param(
            "Japan's trade ministry tightened the export rules in July. “Nothing has changed since,” a spokesman for "
            "the ministry said on Friday.",
            [("Nothing has changed since", "direct", "jpn_meti", "title")],
            id="spokesman-for-the-ministry-on-friday",
        ),
        pytest.param(
            'Yoo Myung-hee spoke after the talks on the export controls. "The export curbs are outdated," she said, '
            '"and they hurt Japanese firms as much as ours."',
            [("The export curbs are outdated", "direct", "yoo_myunghee", "pronoun"),
             ("and they hurt Japanese firms as much as ours", "direct", "yoo_myunghee", "pronoun")],
            id="straight-marks-split-by-she-said",
        ),
        pytest.param(
            "“It is regrettable that Tokyo kept the export curbs,” a MOTIE official said.",
            [("It is regrettable that Tokyo kept the export curbs", "direct", "kor_motie", "title")],
            id="acronym-official",
        ),
        pytest.param(
            "Shinzo Abe said on Sunday the export controls were “appropriate” and would stay.",
            [("appropriate", "partial", "abe_shinzo", "name"),
             ("the export controls were “appropriate” and would stay", "indirect", "abe_shinzo", "name")],
            id="said-on-day-partial",
        ),
        pytest.param(
            "“Dialogue is the only way out of the export curbs row,” South Korea's Unification Minister Kim Yung-ho "
            "told lawmakers.",
            [("Dialogue is the only way out of the export curbs row", "direct", "kim_yungho", "name")],
            id="possessive-country-title-name-told",
        ),
        pytest.param(
            "“We will not let the export curbs stand,” he told Reuters in an interview, referring to Japan. Lee "
            "Chang-yang spoke in Seoul.",
            [("We will not let the export curbs stand", "direct", None, "pronoun")],
            id="pronoun-with-no-person-before-names-nobody",
        ),
        pytest.param(
            "Japan's top government spokesman said the export controls were “not a countermeasure.”",
            [("not a countermeasure", "partial", "suga_yoshihide", "title"),
             ("the export controls were “not a countermeasure.”", "indirect", "suga_yoshihide", "title")],
            id="top-government-spokesman",
        ),
        pytest.param(
            "Sung Yun-mo told Yonhap News Agency in a phone interview that the export curbs had cost Japanese firms "
            "more than Korean ones.",
            [("the export curbs had cost Japanese firms more than Korean ones", "indirect", "sung_yunmo", "name")],
            id="told-news-agency-in-a-phone-interview",
        ),
        pytest.param(
            "According to the trade ministry in Seoul, “the export curbs have not disrupted production.”",
            [("the export curbs have not disrupted production", "direct", "kor_motie", "title")],
            id="according-to-before-the-quotation",
        ),
        pytest.param(
            "Hiroshi Kajiyama spoke to reporters about the export controls on Friday. “We have explained our "
            "position many times. The decision will not change,” the minister said.",
            [("We have explained our position many times. The decision will not change", "direct", "kajiyama_hiroshi",
              "title")],
            id="two-sentence-quotation-then-the-minister",
        ),
        pytest.param(
            "Moon Jae-in chaired a meeting on the export curbs.\n“Japan will pay for this,” he said. “We will never "
            "lose to Japan again.”\nHe did not elaborate.",
            [("Japan will pay for this", "direct", "moon_jaein", "pronoun"),
             ("We will never lose to Japan again", "direct", "moon_jaein", "pronoun")],
            id="pronoun-then-continuation-then-unrelated",
        ),
        pytest.param(
            "“The export restrictions remain in force,” Suga said Tuesday, when asked about the talks.",
            [("The export restrictions remain in force", "direct", "suga_yoshihide", "name")],
            id="surname-alone-of-the-office-holder-of-the-day",
        ),
        pytest.param(
            "The Korea International Trade Association said exports of memory chips had held up despite the export "
            "curbs.",
            [("exports of memory chips had held up despite the export curbs", "indirect",
              "cand_korea_international_trade_association", "name")],
            id="new-organisation-said",
        ),
        pytest.param(
            "Experts said the export curbs had pushed Korean chipmakers to buy more from local suppliers, while "
            "Japanese exporters lost market share.",
            [("the export curbs had pushed Korean chipmakers to buy more from local suppliers", "indirect", None,
              "title")],
            id="experts-said-while",
        ),
        pytest.param(
            "Lee Ho-hyeon, who led the Korean delegation, said after the talks on export controls that “both sides "
            "understood each other better.”",
            [("both sides understood each other better", "direct", "lee_hohyeon", "name")],
            id="name-who-led-said-after-the-talks-that",
        ),
        pytest.param(
            "Finance Minister Hong Nam-ki said the government would spend more on materials hit by the export "
            "curbs. “We must cut our reliance on Japan,” Hong said.",
            [("We must cut our reliance on Japan", "direct", "cand_hong_nam_ki", "name"),
             ("the government would spend more on materials hit by the export curbs", "indirect", "cand_hong_nam_ki",
              "name")],
            id="new-minister-then-surname",
        ),
        pytest.param(
            "Yoshihide Suga, the chief cabinet secretary, told reporters: “The export controls are an internal "
            "matter.”",
            [("The export controls are an internal matter", "direct", "suga_yoshihide", "name")],
            id="name-then-title-apposition",
        ),
        pytest.param(
            "“The export controls have nothing to do with history,” the Japanese government said.",
            [("The export controls have nothing to do with history", "direct", "jpn_gov", "name")],
            id="the-japanese-government-said",
        ),
        pytest.param(
            "The South Korean government said the export curbs were retaliation for the court rulings.",
            [("the export curbs were retaliation for the court rulings", "indirect", "kor_gov", "name")],
            id="the-korean-government-said",
        ),
        pytest.param(
            "“We have more than enough inventory to weather the export curbs,” an SK Hynix spokeswoman said.",
            [("We have more than enough inventory to weather the export curbs", "direct", None, "title")],
            id="company-spokeswoman-not-in-the-dictionary",
        ),
        pytest.param(
            "Taro Kono called the export curbs talks “constructive” on Monday.",
            [("constructive", "partial", "kono_taro", "name")],
            id="called-partial",
        ),
        pytest.param(
            "Moon Jae-in on Monday urged Japan to withdraw the export curbs, calling them “unwise.”",
            [("unwise", "partial", "moon_jaein", "name")],
            id="participle-calling-partial",
        ),
        pytest.param(
            "Tokyo says the export controls are needed for security. Seoul says they are retaliation.",
            [("the export controls are needed for security", "indirect", "jpn_gov", "name"),
             ("they are retaliation", "indirect", "kor_gov", "name")],
            id="present-tense-capitals",
        ),
        pytest.param(
            "Kim Hyun-jong, deputy director of the presidential national security office, told reporters the export "
            "curbs were “a betrayal of trust.”",
            [("a betrayal of trust", "partial", "cand_kim_hyun_jong", "name"),
             ("the export curbs were “a betrayal of trust.”", "indirect", "cand_kim_hyun_jong", "name")],
            id="new-official-told-reporters-partial-phrase",
        ),
        pytest.param(
            "Seoul's trade ministry said in a release on Thursday that shipments under the export curbs had been "
            "approved within days.",
            [("shipments under the export curbs had been approved within days", "indirect", "kor_motie", "title")],
            id="said-in-a-release-that",
        ),
        pytest.param(
            "Fumio Kishida urged Seoul to “settle the labour question first” before the export curbs could go.",
            [("settle the labour question first", "partial", "kishida_fumio", "name")],
            id="quoted-infinitive-phrase-is-partial",
        ),
        pytest.param(
            "Yoo Myung-hee spoke about the export curbs in Geneva. The export curbs, she said, were “an attack on "
            "our economy.”",
            [("an attack on our economy", "partial", "yoo_myunghee", "pronoun"),
             ("The export curbs, she said, were “an attack on our economy.”", "indirect", "yoo_myunghee", "pronoun")],
            id="aside-between-commas-inside-the-clause-with-a-quotation",
        ),
        pytest.param(
            "Koichi Hagiuda briefed lawmakers on the export controls. The new licensing rules, he said, had not "
            "slowed a single shipment.",
            [("The new licensing rules, he said, had not slowed a single shipment", "indirect", "hagiuda_koichi",
              "pronoun")],
            id="aside-between-commas-inside-reported-speech",
        ),
        pytest.param(
            "The export curbs are in place “to ensure proper trade management,” the Japanese embassy in Seoul said "
            "in a statement.",
            [("to ensure proper trade management", "partial", "jpn_embassy_kor", "name"),
             ("The export curbs are in place “to ensure proper trade management,”", "indirect", "jpn_embassy_kor",
              "name")],
            id="phrase-inside-a-clause-before-the-speaker-is-partial",
        ),
        pytest.param(
            "Seoul's export rules for strategic items are “as strict as anyone's,” South Korean officials insisted.",
            [("Seoul's export rules for strategic items are “as strict as anyone's,”", "indirect", "kor_gov", "title"),
             ("as strict as anyone's", "partial", "kor_gov", "title")],
            id="phrase-inside-a-clause-before-officials",
        ),
        pytest.param(
            "South Korea's trade ministry said on Sunday it had asked Japan to scrap the export curbs.",
            [("it had asked Japan to scrap the export curbs", "indirect", "kor_motie", "name")],
            id="said-on-day-then-clause-without-that",
        ),
        pytest.param(
            "Kim In-chul said the export curbs were deeply regrettable and urged Tokyo to reverse them.",
            [("the export curbs were deeply regrettable", "indirect", "kim_inchul", "name")],
            id="said-clause-and-urged-ends-the-report",
        ),
        pytest.param(
            "Hiroshi Kajiyama said the export controls would stay and warned that Seoul must act first.",
            [("Seoul must act first", "indirect", "kajiyama_hiroshi", "name"),
             ("the export controls would stay", "indirect", "kajiyama_hiroshi", "name")],
            id="said-clause-and-warned-that-is-a-second-report",
        ),
        pytest.param(
            "“The export curbs hurt no legitimate trade,” the foreign ministry in Tokyo said.",
            [("The export curbs hurt no legitimate trade", "direct", "jpn_mofa", "title")],
            id="generic-ministry-with-its-country-after-it",
        ),
        pytest.param(
            "Japan's ambassador to South Korea, Koji Tomita, said the export curbs were not retaliation.",
            [("the export curbs were not retaliation", "indirect", "cand_koji_tomita", "name")],
            id="role-with-prepositional-phrase-then-name-in-apposition",
        ),
        pytest.param(
            "The presidential office quoted Yoon Suk-yeol as saying that the export curbs had to end.",
            [("the export curbs had to end", "indirect", "yoon_sukyeol", "name")],
            id="source-quoted-speaker-as-saying",
        ),
        pytest.param(
            "“The licensing rules were never about security,” said Laura B. Whitfield, an economist at a Tokyo bank.",
            [("The licensing rules were never about security", "direct", "cand_laura_b_whitfield", "name")],
            id="middle-initial",
        ),
        pytest.param(
            "Rep. Park Hye-won of the opposition party said the export curbs were “a warning to Seoul.”",
            [("a warning to Seoul", "partial", "cand_park_hye_won", "name"),
             ("the export curbs were “a warning to Seoul.”", "indirect", "cand_park_hye_won", "name")],
            id="abbreviated-title-before-name",
        ),
        pytest.param(
            "Tokyo's statement said the export controls were “an internal matter.”",
            [("an internal matter", "partial", "jpn_gov", "statement"),
             ("the export controls were “an internal matter.”", "indirect", "jpn_gov", "statement")],
            id="a-partys-own-statement-said",
        ),
        pytest.param(
            "A statement from the presidential office said the export curbs were “unacceptable.”",
            [("the export curbs were “unacceptable.”", "indirect", "kor_president_office", "statement"),
             ("unacceptable", "partial", "kor_president_office", "statement")],
            id="statement-from-a-body-named-by-its-title",
        ),
        pytest.param(
            "Japan's trade ministry defended the export controls. A ministry statement said the export control reviews "
            "would take ninety days.",
            [("the export control reviews would take ninety days", "indirect", "jpn_meti", "statement")],
            id="ministry-statement-said",
        ),
        pytest.param(
            "Moon Jae-in criticised Shinzo Abe over the export curbs. “We will overcome this,” he said.",
            [("We will overcome this", "direct", "moon_jaein", "pronoun")],
            id="pronoun-is-the-subject-not-the-object",
        ),
        pytest.param(
            "Yoo Myung-hee met Hiroshi Kajiyama's deputy over the export curbs. “The talks were useful,” she said.",
            [("The talks were useful", "direct", "yoo_myunghee", "pronoun")],
            id="pronoun-is-the-subject-not-a-possessor",
        ),
        pytest.param(
            "Shinzo Abe told Moon Jae-in the export curbs were lawful. Moon Jae-in disagreed with the export curbs. "
            "“They are retaliation,” he said.",
            [("They are retaliation", "direct", "moon_jaein", "pronoun"),
             ("the export curbs were lawful", "indirect", "abe_shinzo", "name")],
            id="pronoun-is-the-person-of-the-last-sentence",
        ),
        pytest.param(
            "A senior official at Japan's trade ministry said the export controls would stay. The official added "
            "that Seoul had not answered Tokyo's questions.",
            [("Seoul had not answered Tokyo's questions", "indirect", "jpn_meti", "title"),
             ("the export controls would stay", "indirect", "jpn_meti", "title")],
            id="the-official-refers-back-to-the-ministry-official",
        ),
        pytest.param(
            "“The export curbs will not be lifted soon,” a South Korean official said. “We are ready for a long "
            "fight,” the official added.",
            [("The export curbs will not be lifted soon", "direct", "kor_gov", "title"),
             ("We are ready for a long fight", "direct", "kor_gov", "title")],
            id="the-official-refers-back-to-a-government-official",
        ),
        pytest.param(
            "“Nothing about the export curbs has changed,” the official said.",
            [("Nothing about the export curbs has changed", "direct", None, "title")],
            id="the-official-with-no-one-before-names-nobody",
        ),
        pytest.param(
            "Kim Hyun-chong, a senior presidential aide, said Seoul was weighing its options on the export curbs.",
            [("Seoul was weighing its options on the export curbs", "indirect", "cand_kim_hyun_chong", "name")],
            id="name-aide-apposition",
        ),
        pytest.param(
            "“Our suppliers can live with the export controls,” opposition leader Kenji Arai told a rally in Osaka.",
            [("Our suppliers can live with the export controls", "direct", "cand_kenji_arai", "name")],
            id="leader-before-the-name",
        ),
        pytest.param(
            "“Nobody here buys Japanese beer since the export curbs,” said Seoul shop owner Baek Ji-soo.",
            [("Nobody here buys Japanese beer since the export curbs", "direct", "cand_baek_ji_soo", "name")],
            id="shop-owner-before-the-name",
        ),
        pytest.param(
            "Moon Jae-in criticized Japan's export curbs as “an act of economic retaliation.”",
            [("an act of economic retaliation", "partial", "moon_jaein", "name")],
            id="criticized-as-partial",
        ),
        pytest.param(
            "Yoshihide Suga accused Seoul of “breaking promises” over the export curbs.",
            [("breaking promises", "partial", "suga_yoshihide", "name")],
            id="accused-of-partial",
        ),
        pytest.param(
            "Seoul protested that the export curbs violated the trade rules of the WTO.",
            [("the export curbs violated the trade rules of the WTO", "indirect", "kor_gov", "name")],
            id="protested-that",
        ),
        pytest.param(
            "Taro Kono tweeted that the export controls were “not a ban.”",
            [("not a ban", "partial", "kono_taro", "name"),
             ("the export controls were “not a ban.”", "indirect", "kono_taro", "name")],
            id="tweeted-that-with-partial",
        ),
        pytest.param(
            "In a statement on the export curbs, South Korea's foreign ministry said:\n“We urge Japan to withdraw "
            "the export curbs without delay.”",
            [("We urge Japan to withdraw the export curbs without delay", "direct", "kor_mofa", "title")],
            id="colon-ends-the-paragraph-before-the-quotation",
        ),
        pytest.param(
            "Hirokazu Matsuno told reporters after the talks on the export curbs:\n“Both sides agreed to meet again "
            "next month.”",
            [("Both sides agreed to meet again next month", "direct", "matsuno_hirokazu", "name")],
            id="colon-line-without-closing-punctuation-is-a-sentence",
        ),
        pytest.param(
            "Exporters will now need a licence for each shipment under the export curbs, local media reported.",
            [("Exporters will now need a licence for each shipment under the export curbs", "indirect", None, "title")],
            id="local-media-reported",
        ),
        pytest.param(
            "Japanese newspapers said Tokyo would keep the export curbs until Seoul acted.",
            [("Tokyo would keep the export curbs until Seoul acted", "indirect", None, "title")],
            id="newspapers-of-a-country-speak-for-no-government",
        ),
        pytest.param(
            "Seoul said it would ask the WTO to rule on the export curbs amid rising anger at Tokyo.",
            [("it would ask the WTO to rule on the export curbs", "indirect", "kor_gov", "name")],
            id="amid-phrase-is-the-reporter-s-context",
        ),
        pytest.param(
            "Japan's trade ministry defended the export controls. Its director-general for trade control, Ayumi "
            "Nakano, repeated the position in talks with South Korean officials on the export controls, earlier in "
            "the week, the ministry said in a release.",
            [("Its director-general for trade control, Ayumi Nakano, repeated the position in talks with South Korean "
              "officials on the export controls, earlier in the week", "indirect", "jpn_meti", "title")],
            id="clause-then-the-ministry-said-in-a-release",
        ),
        pytest.param(
            "TOKYO (Reuters) - Japan will keep its export curbs on chip materials, Yasutoshi Nishimura said on Friday.",
            [("Japan will keep its export curbs on chip materials", "indirect", "nishimura_yasutoshi", "name")],
            id="dateline-with-a-spaced-hyphen",
        ),
        pytest.param(
            "SEOUL - The export curbs have cost Korean chipmakers little so far, South Korean officials told "
            "lawmakers.",
            [("The export curbs have cost Korean chipmakers little so far", "indirect", "kor_gov", "title")],
            id="dateline-hyphen-then-officials",
        ),
        pytest.param(
            "Japan's Foreign Ministry spokesperson told reporters in Tokyo that Japan's position on the export "
            "controls had not changed.",
            [("Japan's position on the export controls had not changed", "indirect", "jpn_mofa", "title")],
            id="ministry-spokesperson-of-a-country-whose-office-is-not-curated",
        ),
        pytest.param(
            "Japanese officials dismissed the criticism of the export controls. “The export controls have nothing to "
            "do with history,” one official said.",
            [("The export controls have nothing to do with history", "direct", "jpn_gov", "title")],
            id="one-official-of-the-officials-named-before",
        ),
        pytest.param(
            "South Korean diplomats met their counterparts over the export curbs in Geneva. Another diplomat said "
            "the export curbs were discussed only briefly.",
            [("the export curbs were discussed only briefly", "indirect", "kor_gov", "title")],
            id="another-diplomat-of-the-diplomats-named-before",
        ),
        pytest.param(
            "The export curbs “hurt us more than them,” one Japanese executive told Bloomberg.",
            [("The export curbs “hurt us more than them,”", "indirect", None, "title"),
             ("hurt us more than them", "partial", None, "title")],
            id="quoted-predicate-whose-subject-stands-outside-is-partial",
        ),
        pytest.param(
            "Seoul's trade envoy said Japan's export controls “have no basis in the trade rules.”",
            [("Japan's export controls “have no basis in the trade rules.”", "indirect", "kor_gov", "title"),
             ("have no basis in the trade rules", "partial", "kor_gov", "title")],
            id="quoted-predicate-after-said-is-partial",
        ),
        pytest.param(
            "Sung Yun-mo said the export curbs were unfair, according to Yonhap News Agency.",
            [("the export curbs were unfair", "indirect", "sung_yunmo", "name")],
            id="according-to-a-source-after-the-report-ends-it",
        ),
        pytest.param(
            "According to Kyodo News, Hiroshi Kajiyama told reporters the export controls would stay.",
            [("the export controls would stay", "indirect", "kajiyama_hiroshi", "name")],
            id="according-to-a-source-of-a-report-gives-way-to-the-speaker",
        ),
        pytest.param(
            "Licences were granted after Japanese officials confirmed the export curbs raised no concern, according "
            "to Yoshihide Suga.",
            [("Licences were granted after Japanese officials confirmed the export curbs raised no concern", "indirect",
              "suga_yoshihide", "name")],
            id="according-to-keeps-a-report-inside-its-clause",
        ),
        pytest.param(
            "Sung Yun-mo said the talks on the export curbs would continue. “We are ready for a long negotiation.”",
            [("We are ready for a long negotiation", "direct", "sung_yunmo", "name"),
             ("the talks on the export curbs would continue", "indirect", "sung_yunmo", "name")],
            id="quotation-after-a-report-in-its-paragraph-continues-it",
        ),
        pytest.param(
            "Tokyo rejected a Korean diplomat's claim that the export curbs were political. “Even chemicals for "
            "weapons could have leaked.”",
            [("Even chemicals for weapons could have leaked", "direct", None, "none"),
             ("the export curbs were political", "indirect", "kor_gov", "title")],
            id="quotation-after-a-claim-inside-another-clause-has-no-speaker",
        ),
        pytest.param(
            "‘It’s unfair and it won’t work,’ Moon Jae-in said of Japan’s export curbs.",
            [("It’s unfair and it won’t work", "direct", "moon_jaein", "name")],
            id="single-curly-marks-and-a-said-the-tagger-reads-as-a-noun",
        ),
    ],
)
def test_wire_attribution(extract, text, expected):
    assert quotes(extract, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        pytest.param("Yasutoshi Nishimura said on Tuesday the export controls would not be eased.", "2019-11-26",
                     id="said-on-tuesday-clause"),
        pytest.param("“The export curbs must be withdrawn,” Moon Jae-in said on Wednesday.", "2019-11-27",
                     id="said-on-wednesday-after-quotation"),
        pytest.param("Moon Jae-in said on Wednesday's call that the export curbs must be withdrawn.", None,
                     id="a-possessive-date-is-not-the-day-of-speaking"),
        pytest.param("Speaking to reporters on Tuesday, Yoo Myung-hee said the export curbs must be withdrawn.",
                     "2019-11-26", id="participle-of-the-occasion-before-the-speaker"),
        pytest.param("Hiroshi Kajiyama, speaking at a news conference on Monday, said the export controls would stay.",
                     "2019-11-25", id="participle-of-the-occasion-after-the-speaker"),
        pytest.param("After meeting Sung Yun-mo on Tuesday, Hiroshi Kajiyama said the export controls would stay.",
                     None, id="a-participle-after-a-conjunction-dates-another-act"),
    ],
)
def test_said_on_from_the_occasion_of_the_speech(extract, text, said_on):
    assert {q["said_on"] for q in extract(text)["quotes"]} == {said_on}


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        pytest.param("Japan's ambassador to South Korea, Koji Tomita, said the export curbs were not retaliation.",
                     ("cand_koji_tomita", "Japan's ambassador to South Korea", "JPN"), id="ambassador-to"),
        pytest.param("Moon Jae-in's chief of staff, Noh Young-min, told lawmakers the export curbs were a test.",
                     ("cand_noh_young_min", "Moon Jae-in's chief of staff", "KOR"), id="chief-of-staff"),
    ],
)
def test_a_role_before_a_name_in_apposition_is_the_whole_phrase(extract, text, candidate):
    rows = extract(text)
    assert [(a["actor_id"], a["title"], a["country"]) for a in rows["candidate_actors"]] == [candidate]


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        pytest.param("SK Hynix, the world's second-largest memory chipmaker, said the export curbs had not disrupted "
                     "production.", ("cand_sk_hynix", "company"), id="chipmaker"),
        pytest.param("“The export curbs cost us a month of output,” said Dongjin Semichem, a South Korean supplier of "
                     "photoresist.", ("cand_dongjin_semichem", "company"), id="supplier-after-said"),
        pytest.param("Keidanren, Japan's biggest business lobby, said the export controls should be settled by talks.",
                     ("cand_keidanren", "group"), id="business-lobby"),
    ],
)
def test_an_organisation_noun_in_apposition_makes_a_speaking_organisation(extract, text, candidate):
    rows = extract(text)
    assert [(a["actor_id"], a["actor_type"]) for a in rows["candidate_actors"]] == [candidate]
    assert [q["speaker_actor_id"] for q in rows["quotes"]] == [candidate[0]]


def test_a_country_inside_an_organisation_name_is_part_of_that_name(extract):
    rows = extract("The Japan Chemical Industry Association said shipments had slowed under the export controls.")
    assert [(m["actor_id"], m["text"]) for m in rows["actor_mentions"]] == [
        ("cand_japan_chemical_industry_association", "Japan Chemical Industry Association")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("“Who gains from these export curbs?” asked Hiroshige Seko at a briefing.", "seko_hiroshige",
                     id="question-asked-name"),
        pytest.param("“How long can Korean chipmakers live with these export curbs?” Kim Ha-neul, an analyst at a Seoul "
                     "brokerage, asked.", "cand_kim_ha_neul", id="question-name-asked"),
        pytest.param("“Withdraw the export curbs now!” shouted Yoon Ji-ho, a protester outside the embassy.",
                     "cand_yoon_ji_ho", id="exclamation-shouted-name"),
    ],
)
def test_a_question_or_exclamation_does_not_end_the_sentence_of_its_attribution(extract, text, speaker):
    assert [q["speaker_actor_id"] for q in extract(text)["quotes"]] == [speaker]


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        pytest.param("“Exporters adapted to the licensing rules within a year,” said Oh Se-young, head of the Korea "
                     "Display Industry Association.", ("cand_oh_se_young", "person"), id="head-of-association"),
        pytest.param("“The export controls were a mistake from the start,” the Chosun Ilbo said in an editorial.",
                     ("cand_chosun_ilbo", "media"), id="newspaper-editorial"),
        pytest.param("The Nikkei Times, a business daily, reported that the export curbs would be eased soon.",
                     ("cand_nikkei_times", "media"), id="business-daily-apposition"),
    ],
)
def test_a_role_or_a_newspaper_name_makes_a_speaker(extract, text, candidate):
    rows = extract(text)
    assert [(a["actor_id"], a["actor_type"]) for a in rows["candidate_actors"]] == [candidate]
    assert [q["speaker_actor_id"] for q in rows["quotes"]] == [candidate[0]]


@pytest.mark.parametrize(
    ("text", "parent", "country"),
    [
        pytest.param("“The export curbs taught Korean firms a lesson,” said Han Seung-ah, an analyst at a Seoul "
                     "brokerage.", None, "KOR", id="capital-as-place-of-a-firm"),
        pytest.param("“The export curbs stay until Seoul acts,” said Mori Kenta, a spokesman for Tokyo in the "
                     "talks.", "jpn_gov", "JPN", id="capital-as-government-of-an-office"),
    ],
)
def test_a_capital_in_a_role_names_a_government_only_for_an_office(extract, text, parent, country):
    [candidate] = extract(text)["candidate_actors"]
    assert (candidate["parent_actor_id"], candidate["country"]) == (parent, country)


def test_a_name_after_a_colon_or_dash_that_ends_the_quotation_s_line_speaks(extract):
    headline = "‘The export controls stay as they are’: Kajiyama"
    expected = {  # a headline's label after the words, and a dash before the speaker and an aside
        headline: "kajiyama_hiroshi",
        "“These export curbs will not outlast the year” — Moon Jae-in, speaking in Busan.": "moon_jaein",
    }
    found = {text: [q["speaker_actor_id"] for q in extract(f"{text}\nSeoul protested the export curbs.",
                                                              title=text if text == headline else "Untitled")["quotes"]]
             for text in expected}
    assert found == {text: [speaker] for text, speaker in expected.items()}
