"""Every event type of the codebook on sentences written for this test: at least five each, varying voice
(active, passive), tense and modality (done, planned, scheduled), verb or nominalisation, and which party
acts. Each must yield a mention of its type with the actor, target and status the annotation guide gives."""

from __future__ import annotations

import pytest
from jkec.curated import Curated
from jkec.extract.parse import parser_text

CASES = [
    # impose_export_control
    ('South Korea tightened its export controls on Japan last month.', 'impose_export_control', 'kor', 'jpn', 'occurred'),
    ('Export restrictions on the three chemicals were imposed by Tokyo in July.', 'impose_export_control', 'jpn_gov', None, 'occurred'),
    ('Seoul slapped new export curbs on Tokyo after the ruling.', 'impose_export_control', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Japan has placed licensing requirements on shipments of etching gas to South Korea.', 'impose_export_control', 'jpn', 'kor', 'occurred'),
    ('Officials urged the repeal of the export curbs that Seoul had put in place against Japan.', 'impose_export_control', 'kor_gov', 'jpn', 'occurred'),
    ("Japan's tightening of export rules for hydrogen fluoride angered Korean chipmakers.", 'impose_export_control', 'jpn', None, 'occurred'),
    ('Seoul will introduce stricter licensing requirements on shipments to Japan next year.', 'impose_export_control', 'kor_gov', 'jpn', 'scheduled'),
    ('Japan has been restricting exports of photoresist to South Korea since the summer.', 'impose_export_control', 'jpn', 'kor', 'occurred'),
    ('Japan has tightened chemical exports to South Korea since July.', 'impose_export_control', 'jpn', 'kor', 'occurred'),
    ('South Korea lifted some of its curbs on exports to Japan on Friday.', 'lift_export_control', 'kor', 'jpn', 'occurred'),
    ('Tokyo eased part of the licensing requirements on shipments to South Korea.', 'lift_export_control', 'jpn_gov', 'kor', 'occurred'),
    ("Seoul's tightened controls on shipments of the resin to Japan hurt buyers in Osaka.", 'impose_export_control', 'kor_gov', 'jpn', 'occurred'),
    ("Korean suppliers lost orders because of Tokyo's restrictions on exports of etching gas.", 'impose_export_control', 'jpn_gov', None, 'occurred'),
    ("Tokyo's export restrictions, which took effect on Thursday, hit Korean chipmakers hard.", 'impose_export_control', 'jpn_gov', None, 'occurred'),
    ("South Korea's new licensing rules for shipments to Japan came into force last week.", 'impose_export_control', 'kor', None, 'occurred'),
    # lift_export_control
    ("Tokyo's curbs on chip material exports to Seoul lifted.", 'lift_export_control', 'jpn_gov', None, 'occurred'),
    ('Seoul agreed to halt its WTO case in return for Tokyo easing the export curbs.', 'lift_export_control', 'jpn_gov', None, 'planned'),
    ('Tokyo pledged to mend ties with Seoul by scrapping the export curbs.', 'lift_export_control', 'jpn_gov', None, 'planned'),
    ('The export curbs were eased after Yoon Suk-yeol and Fumio Kishida met in March.', 'lift_export_control', None, None, 'occurred'),
    ('Japan scrapped the export curbs on South Korea on Thursday.', 'lift_export_control', 'jpn', 'kor', 'occurred'),
    ('The licensing requirements for Korean buyers were eased by Tokyo last week.', 'lift_export_control', 'jpn_gov', 'kor', 'occurred'),
    ('South Korea plans to relax its export controls on Japan.', 'lift_export_control', 'kor', 'jpn', 'planned'),
    ('Japan lifts its curbs on exports of three chemicals on Dec. 10.', 'lift_export_control', 'jpn', None, 'scheduled'),
    ('Seoul decided to loosen the trade restrictions it placed on Tokyo.', 'lift_export_control', 'kor_gov', 'jpn_gov', 'planned'),
    ("Japan's lifting of the export controls on fluorinated polyimide was welcomed by Korean firms.", 'lift_export_control', 'jpn', None, 'occurred'),
    ('Seoul tightened its export rules on resist to Japan in 2018 and eased them a year later.', 'lift_export_control', 'kor_gov', 'jpn', 'occurred'),
    ('The curbs on etching gas were imposed by Tokyo in 2019, and Tokyo scrapped them last spring.', 'lift_export_control', 'jpn_gov', None, 'occurred'),
    ("Seoul's licensing rules for shipments of resist were relaxed in October.", 'lift_export_control', 'kor_gov', None, 'occurred'),
    # remove_from_preferential_list
    ('Tokyo kicked Seoul off its list of trusted buyers in 2019.', 'remove_from_preferential_list', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Seoul stripped Japan of its preferential trading status in September.', 'remove_from_preferential_list', 'kor_gov', 'jpn', 'occurred'),
    ("Tokyo lowered Seoul's export status to the second tier of its list on Wednesday.", 'remove_from_preferential_list', 'jpn_gov', 'kor_gov', 'occurred'),
    ('The removal of Japan from the white list by South Korea took effect in September.', 'remove_from_preferential_list', 'kor', 'jpn', 'occurred'),
    ("Seoul scrapped Japan's status as a preferred trading partner in September.", 'remove_from_preferential_list', 'kor_gov', 'jpn', 'occurred'),
    ('South Korea dropped Japan from its list of trusted trading partners in September.', 'remove_from_preferential_list', 'kor', 'jpn', 'occurred'),
    ("Seoul was removed from Japan's white list of preferred export destinations.", 'remove_from_preferential_list', 'jpn', 'kor_gov', 'occurred'),
    ('Tokyo will strike South Korea off its white list of trusted buyers next month.', 'remove_from_preferential_list', 'jpn_gov', 'kor', 'scheduled'),
    ("Japan's removal of South Korea from the white list took effect in August.", 'remove_from_preferential_list', 'jpn', 'kor', 'occurred'),
    ("Seoul downgraded Tokyo's status on its list of favoured export destinations.", 'remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'occurred'),
    ('The removal of Japan from the white list took effect last month.', 'remove_from_preferential_list', None, 'jpn', 'occurred'),
    ("Japan's exclusion from South Korea's white list hurt its chemical exporters.", 'remove_from_preferential_list', 'kor', 'jpn', 'occurred'),
    ("Seoul's move in 2019 to exclude Tokyo from its white list angered Japanese exporters.", 'remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Tokyo took Seoul off its list of trusted export destinations in August.', 'remove_from_preferential_list', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Seoul has demoted Tokyo to a lower category of its trusted export destinations.', 'remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'occurred'),
    # restore_preferential_status
    ('Seoul moved Tokyo back onto its white list of trusted buyers on Monday.', 'restore_preferential_status', 'kor_gov', 'jpn_gov', 'occurred'),
    ("The restoration of Japan's white-list status by South Korea took effect in April.", 'restore_preferential_status', 'kor', 'jpn', 'occurred'),
    ("Japan and South Korea are at odds over export curbs. The reinstatement of Seoul's preferential status was completed in July.", 'restore_preferential_status', None, 'kor_gov', 'occurred'),
    ("Japan restored South Korea's fast-track export status on Friday.", 'restore_preferential_status', 'jpn', 'kor', 'occurred'),
    ("South Korea will return to Japan's white list of trusted trading partners next month.", 'restore_preferential_status', 'jpn', 'kor', 'scheduled'),
    ("Japan came back onto South Korea's list of favoured export destinations on Monday.", 'restore_preferential_status', 'kor', 'jpn', 'occurred'),
    ('Japan put South Korea back on its white list of trusted trading partners on Friday.', 'restore_preferential_status', 'jpn', 'kor', 'occurred'),
    ('Seoul reinstated Japan on its list of preferred export destinations.', 'restore_preferential_status', 'kor_gov', 'jpn', 'occurred'),
    ('South Korea will return Japan to its white list next week.', 'restore_preferential_status', 'kor', 'jpn', 'scheduled'),
    ("Tokyo was restored to Seoul's white list of trusted partners.", 'restore_preferential_status', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Japan plans to readmit South Korea to its white list.', 'restore_preferential_status', 'jpn', 'kor', 'planned'),
    ("Tokyo was readmitted to Seoul's white list of trusted buyers on Monday.", 'restore_preferential_status', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Tokyo regained its spot on Seoul's white list of trusted buyers last week.", 'restore_preferential_status', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Korea will win back its preferential export status as a trusted partner of Japan next month.', 'restore_preferential_status', 'jpn', 'kor', 'scheduled'),
    ("Japan lost its place on South Korea's list of favoured export destinations on Wednesday.", 'remove_from_preferential_list', 'kor', 'jpn', 'occurred'),
    ('Seoul is set to forfeit its white-list status as a trusted buyer of Japanese goods.', 'remove_from_preferential_list', None, 'kor_gov', 'planned'),
    ('South Korea will change its rules to take Japan off its list of trusted trading partners.', 'remove_from_preferential_list', 'kor', 'jpn', 'planned'),
    ('Seoul is poised to strike Tokyo off its white list of trusted buyers.', 'remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'planned'),
    ("Seoul's delisting of Tokyo during the trade row hurt exporters of chemicals.", 'remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'occurred'),
    # file_wto_complaint
    ('Tokyo requested consultations with Seoul under WTO rules over the export curbs on Tuesday.', 'file_wto_complaint', 'jpn_gov', 'kor_gov', 'occurred'),
    ("South Korea filed a complaint with the WTO over Japan's export curbs on Wednesday.", 'file_wto_complaint', 'kor', 'jpn', 'occurred'),
    ("Seoul lodged a formal complaint at the World Trade Organization against Tokyo's export restrictions.", 'file_wto_complaint', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Japan will file a WTO complaint over South Korea's export controls.", 'file_wto_complaint', 'jpn', 'kor', 'planned'),
    ("Tokyo complained to the WTO about Seoul's new export rules last week.", 'file_wto_complaint', 'jpn_gov', 'kor_gov', 'occurred'),
    ("Seoul took Japan's export curbs to the WTO last week.", 'file_wto_complaint', 'kor_gov', 'jpn', 'occurred'),
    ("Tokyo called Seoul's export curbs a ploy and took the case to the WTO in May.", 'file_wto_complaint', 'jpn_gov', 'kor', 'occurred'),
    ('A complaint against the export curbs was brought to the WTO by South Korea.', 'file_wto_complaint', 'kor', None, 'occurred'),
    # suspend_wto_complaint
    ("South Korea suspended its WTO complaint over Japan's export curbs on Friday.", 'suspend_wto_complaint', 'kor', 'jpn', 'occurred'),
    ("Seoul halted the complaint procedure at the WTO against Tokyo's export controls.", 'suspend_wto_complaint', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Tokyo has put its WTO case over Seoul's export curbs on hold.", 'suspend_wto_complaint', 'jpn_gov', 'kor_gov', 'occurred'),
    ("Japan will suspend its WTO case over South Korea's export restrictions.", 'suspend_wto_complaint', 'jpn', 'kor', 'planned'),
    ("Tokyo froze the complaint it filed at the WTO over Seoul's export curbs.", 'suspend_wto_complaint', 'jpn_gov', 'kor_gov', 'occurred'),
    ('The WTO complaint over the export curbs was suspended by South Korea last month.', 'suspend_wto_complaint', 'kor', None, 'occurred'),
    # resume_wto_complaint
    ("Seoul filed a fresh request for a WTO dispute panel on Tokyo's export curbs.", 'resume_wto_complaint', 'kor_gov', 'jpn_gov', 'occurred'),
    ("South Korea resumed its WTO complaint over Japan's export curbs on Tuesday.", 'resume_wto_complaint', 'kor', 'jpn', 'occurred'),
    ("Seoul revived the WTO case against Tokyo's export restrictions.", 'resume_wto_complaint', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Seoul said it would ask the WTO to set up a dispute panel on Japan's export curbs.", 'resume_wto_complaint', 'kor_gov', 'jpn', 'planned'),
    ("South Korea called on the World Trade Organization to establish a panel over Tokyo's export restrictions.", 'resume_wto_complaint', 'kor', 'jpn_gov', 'occurred'),
    ("Japan will restart its WTO complaint over South Korea's export controls.", 'resume_wto_complaint', 'jpn', 'kor', 'planned'),
    ('The WTO complaint over the export curbs was reopened by South Korea last week.', 'resume_wto_complaint', 'kor', None, 'occurred'),
    ("Seoul requested a WTO panel on Tokyo's export restrictions.", 'resume_wto_complaint', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Tokyo revived its WTO fight against the export curbs of Seoul in June.', 'resume_wto_complaint', 'jpn_gov', 'kor_gov', 'occurred'),
    ('South Korea will launch a WTO challenge to the export restrictions next week.', 'file_wto_complaint', 'kor', None, 'scheduled'),
    ('Japan dropped its WTO battle over the export controls on Friday.', 'withdraw_wto_complaint', 'jpn', None, 'occurred'),
    # withdraw_wto_complaint
    ("The WTO complaint over Japan's export curbs was pulled by South Korea after the summit.", 'withdraw_wto_complaint', 'kor', 'jpn', 'occurred'),
    ("Japan has pulled its complaint against South Korea at the WTO.", 'withdraw_wto_complaint', 'jpn', 'kor', 'occurred'),
    ("South Korea withdrew its WTO complaint over Japan's export curbs on Thursday.", 'withdraw_wto_complaint', 'kor', 'jpn', 'occurred'),
    ("Seoul will drop the WTO case against Tokyo's export restrictions.", 'withdraw_wto_complaint', 'kor_gov', 'jpn_gov', 'planned'),
    ("Japan retracted its complaint at the WTO over South Korea's export controls.", 'withdraw_wto_complaint', 'jpn', 'kor', 'occurred'),
    ('The complaint against the export curbs was withdrawn by South Korea last week.', 'withdraw_wto_complaint', 'kor', None, 'occurred'),
    ("Tokyo plans to end its WTO complaint over Seoul's export controls.", 'withdraw_wto_complaint', 'jpn_gov', 'kor_gov', 'planned'),
    # hold_talks
    ('Japan and South Korea are at odds over export curbs. Korean and Japanese negotiators met in Geneva to discuss the export curbs.', 'hold_talks', 'jpn', 'kor', 'occurred'),
    ('Japan and South Korea are at odds over export curbs. The third round of consultations on the export curbs took place in Tokyo last week.', 'hold_talks', 'jpn', 'kor', 'occurred'),
    ('Japan and South Korea are at odds over export curbs. Senior trade officials of both governments sat down for talks on the export curbs in Seoul.', 'hold_talks', 'jpn', 'kor', 'occurred'),
    ('The export control dialogue between Tokyo and Seoul collapsed in 2020.', 'hold_talks', 'jpn_gov', 'kor_gov', 'occurred'),
    ("Seoul hosted Japan's delegation for talks on the export curbs.", 'hold_talks', 'kor_gov', 'jpn', 'occurred'),
    ('Japan and South Korea differ on the export curbs, but their leaders met in Osaka on Monday.', 'hold_talks', 'jpn', 'kor', 'occurred'),
    ('Japan and South Korea differ on the export curbs; the two delegations met in Geneva for six hours.', 'hold_talks', 'jpn', 'kor', 'occurred'),
    ('Japan and South Korea held talks on the export controls in Vienna on Wednesday.', 'hold_talks', 'jpn', 'kor', 'occurred'),
    ('South Korean and Japanese trade officials met in Tokyo to discuss the export curbs last week.', 'hold_talks', None, None, 'occurred'),
    ("Tokyo's trade minister spoke by phone with South Korea's industry minister about the export curbs.", 'hold_talks', 'kajiyama_hiroshi', 'sung_yunmo', 'occurred'),
    ('Japan and South Korea are at odds over export curbs. A South Korean delegation visited Tokyo for consultations on them.', 'hold_talks', 'kor_gov', 'jpn', 'occurred'),
    ('Japan held a video call with South Korea on the export curbs on Friday.', 'hold_talks', 'jpn', 'kor', 'occurred'),
    ('Talks on the export restrictions were held by Seoul and Tokyo on Monday.', 'hold_talks', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Seoul and Tokyo are negotiating over the export curbs.', 'hold_talks', 'kor_gov', 'jpn_gov', 'occurred'),
    ('South Korea and Japan discussed the white list restoration on Friday.', 'hold_talks', 'kor', 'jpn', 'occurred'),
    ('Japan and South Korea differ on export rules. The two neighbouring countries held a third round of talks on them.',
     'hold_talks', 'jpn', 'kor', 'occurred'),
    ('A series of negotiations on the export curbs was conducted by Tokyo and Seoul in the spring.', 'hold_talks', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Fresh discussions between Seoul and Tokyo about the export controls ended without a deal.', 'hold_talks', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Sung Yun-mo raised the export curbs during phone talks with his Japanese counterpart in May.', 'hold_talks', 'sung_yunmo', None, 'occurred'),
    ('Seoul and Tokyo still differ on the export curbs. A second round of talks was held in Geneva on Tuesday.', 'hold_talks', 'kor', 'jpn', 'occurred'),
    ('Seoul exchanged views with Tokyo on the licensing rules for photoresist at the meeting.', 'hold_talks', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Japan and South Korea will exchange opinions on the white list in Vienna next week.', 'announce_talks', 'jpn', 'kor', 'scheduled'),
    ("The restoration of Japan to Seoul's white list was completed last month.", 'restore_preferential_status', 'kor_gov', 'jpn', 'occurred'),
    ("Tokyo upgraded Seoul's status on its list of trusted export destinations in July.", 'restore_preferential_status', 'jpn_gov', 'kor_gov', 'occurred'),
    ("Korea's reinstatement on Japan's list of favoured export destinations was approved on Friday.", 'restore_preferential_status', 'jpn', 'kor', 'planned'),
    ('Seoul decided to start the process of putting Tokyo back on its white list of trusted partners.', 'restore_preferential_status', 'kor_gov', 'jpn_gov', 'planned'),
    # announce_talks
    ("Japan and South Korea remain at odds over the export curbs. The third round of consultations is slated for May.", 'announce_talks', 'jpn', 'kor', 'scheduled'),
    ('Japan and South Korea will hold talks on the export controls next month.', 'announce_talks', 'jpn', 'kor', 'scheduled'),
    ('Officials of Japan and South Korea are set to meet in Tokyo next month to discuss the export curbs.', 'announce_talks', 'jpn', 'kor', 'scheduled'),
    ('Japan and South Korea differ on export rules. Talks between the two sides are scheduled for next week.', 'announce_talks', 'jpn', 'kor', 'scheduled'),
    ('Seoul is expected to put Japan back on its white list of trusted partners next month.', 'restore_preferential_status', 'kor_gov', 'jpn', 'scheduled'),
    ('South Korea and Japan agreed to resume talks on the export curbs.', 'announce_talks', 'kor', 'jpn', 'planned'),
    ('Trade officials of Seoul and Tokyo will meet on Wednesday to discuss the export restrictions.', 'announce_talks', 'kor_gov', 'jpn_gov', 'scheduled'),
    ('Talks on the export curbs between Japan and South Korea will take place next week.', 'announce_talks', 'jpn', 'kor', 'scheduled'),
    ('Tokyo and Seoul plan to hold a dialogue on the export controls.', 'announce_talks', 'jpn_gov', 'kor_gov', 'planned'),
    ('A meeting between Japan and South Korea on the export curbs is scheduled for next week.', 'announce_talks', 'jpn', 'kor', 'scheduled'),
    ('Seoul will take part in new talks with Tokyo on the export curbs.', 'announce_talks', 'kor_gov', 'jpn_gov', 'planned'),
    # agree
    ('Tokyo and Seoul reached a settlement on the export curbs in March.', 'agree', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Japan and South Korea agreed on Friday to end the export curbs dispute.', 'agree', 'jpn', 'kor', 'occurred'),
    ('South Korea and Japan reached an agreement on the export controls last week.', 'agree', 'kor', 'jpn', 'occurred'),
    ('Seoul and Tokyo signed a deal on the export restrictions on Monday.', 'agree', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Tokyo accepted Seoul's offer of a review of the export curbs.", 'agree', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Tokyo agreed with Seoul to restore the white lists.', 'agree', 'jpn_gov', 'kor_gov', 'occurred'),
    ("South Korea agreed to Japan's proposal on the export curbs.", 'agree', 'kor', 'jpn', 'occurred'),
    # summon_envoy
    ("South Korea summoned Japan's ambassador to protest the export curbs.", 'summon_envoy', 'kor', 'jpn', 'occurred'),
    ('Japan summoned the South Korean ambassador over the export controls on Tuesday.', 'summon_envoy', 'jpn', 'kor_gov', 'occurred'),
    ('Tokyo called in a South Korean embassy official to protest the new export curbs.', 'summon_envoy', 'jpn_gov', 'kor_gov', 'occurred'),
    ("Seoul called in Tokyo's envoy over the export restrictions.", 'summon_envoy', 'kor_gov', 'jpn_gov', 'occurred'),
    ('The Japanese ambassador was summoned by South Korea over the export curbs.', 'summon_envoy', 'kor', 'jpn_gov', 'occurred'),
    ('Tokyo summoned a South Korean diplomat to complain about the export controls.', 'summon_envoy', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Seoul called in Japanese Ambassador Kenji Sato on Friday over the export curbs.', 'summon_envoy', 'kor_gov', 'cand_kenji_sato', 'occurred'),
    # state_position
    ('Japan insisted that its export controls were a matter of national security.', 'state_position', 'jpn', None, 'occurred'),
    ('South Korea maintained that the export curbs concern only three chemicals.', 'state_position', 'kor', None, 'occurred'),
    ('Tokyo stressed that the export restrictions were a matter of national security.', 'state_position', 'jpn_gov', None, 'occurred'),
    # an actor phrase that names no actor itself is read as a speaker's would be
    ('Japanese officials tightened the export controls on South Korea in July.', 'impose_export_control', 'jpn_gov', 'kor', 'occurred'),
    ("South Korea's trade ministry held a briefing on the export curbs. The ministry filed a complaint with the WTO on Monday.",
     'file_wto_complaint', 'kor_motie', None, 'occurred'),
    # a negated act: a refusal to yield, or an act that did not or will not happen
    ('Japan will not lift the export curbs on South Korea.', 'reject_demand', 'jpn', 'kor', 'occurred'),
    ('Seoul said it does not plan to withdraw its complaint against Tokyo at the WTO.', 'reject_demand', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Tokyo has no intention of putting Seoul back on its white list.', 'reject_demand', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Japan has not imposed any new export controls on South Korea since July.', 'impose_export_control', 'jpn', 'kor', 'denied'),
    ('South Korea never removed Japan from its list of trusted trading partners.', 'remove_from_preferential_list', 'kor', 'jpn', 'denied'),
    # a statement whose words allege, deny or criticize takes that type (the statements block of the codebook)
    ('South Korea maintained that the export curbs violate WTO rules.', 'accuse', 'kor', None, 'occurred'),
    ('Tokyo stressed that the export restrictions were not retaliation against Seoul.', 'deny_allegation', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Seoul has argued that the export curbs are being used as leverage by Japan.', 'accuse', 'kor_gov', 'jpn', 'occurred'),
    ("Japan's trade minister said the South Korean boycott was unfair to Japanese firms.", 'criticize', 'kajiyama_hiroshi', None, 'occurred'),
    ('Seoul argued that the export controls would hurt both economies.', 'state_position', 'kor_gov', None, 'occurred'),
    ('Japan told Seoul that the export curbs would stay.', 'state_position', 'jpn', 'kor_gov', 'occurred'),
    # accuse
    ("Tokyo filed a protest on Monday, calling Seoul's new export controls discriminatory.", 'accuse', 'jpn_gov', 'kor_gov', 'occurred'),
    ('South Korea accused Japan of using export controls as a political weapon.', 'accuse', 'kor', 'jpn', 'occurred'),
    ('Japan blamed South Korea for lax management of sensitive materials under the export controls.', 'accuse', 'jpn', 'kor', 'occurred'),
    ("Seoul cited Tokyo's discriminatory treatment of Korean buyers as grounds for its WTO case.", 'accuse', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Seoul called Tokyo's export curbs retaliatory.", 'accuse', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Tokyo alleged that Seoul had mishandled the export controls on sensitive materials.', 'accuse', 'jpn_gov', 'kor_gov', 'occurred'),
    ("South Korea's accusation against Japan over the export curbs drew a sharp response.", 'accuse', 'kor', 'jpn', 'occurred'),
    ("Tokyo described South Korea's export controls as lax and unreliable.", 'accuse', 'jpn_gov', 'kor', 'occurred'),
    ("Seoul's trade minister has branded the licensing rules an infringement of free trade.", 'accuse', 'kor_motie', None, 'occurred'),
    ("Sung Yun-mo urged Tokyo to scrap what he described as a politically motivated export restriction.", 'accuse',
     'sung_yunmo', 'jpn', 'occurred'),
    ("Japan asked Seoul to withdraw the new export rules, which it called discriminatory against Japanese firms.", 'accuse',
     'jpn', 'kor', 'occurred'),
    # criticize
    ("Tokyo described Seoul's new export rules as 'a provocation.'", 'criticize', 'jpn_gov', 'kor_gov', 'occurred'),
    ("Tokyo's licensing rules drew angry protests from South Korea.", 'criticize', 'kor', 'jpn', 'occurred'),
    ('Japan removed South Korea from its white list despite strong objections from South Korea.', 'criticize', 'kor', 'jpn', 'occurred'),
    ("South Korea criticized Japan's export curbs on Monday.", 'criticize', 'kor', 'jpn', 'occurred'),
    ("Seoul slammed Tokyo's export restrictions as unfair.", 'criticize', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Japan condemned South Korea's export controls.", 'criticize', 'jpn', 'kor', 'occurred'),
    ("Tokyo denounced Seoul's decision to end the WTO talks.", 'criticize', 'jpn_gov', 'kor_gov', 'occurred'),
    ("South Korea called Japan's export controls unjust.", 'criticize', 'kor', 'jpn', 'occurred'),
    ("Tokyo expressed deep regret over Seoul's new curbs on exports of etching gas.", 'criticize', 'jpn_gov', 'kor_gov', 'occurred'),
    ("South Korea lodged a formal protest with Japan over the export controls on Tuesday.", 'criticize', 'kor', 'jpn', 'occurred'),
    ("Japan strongly protested South Korea's removal of it from the white list.", 'criticize', 'jpn', 'kor', 'occurred'),
    # deny_allegation
    ("Seoul's trade ministry contested Tokyo's account that Korean export controls were lax.", 'deny_allegation', 'kor_motie', 'jpn_gov', 'occurred'),
    ("Seoul rebuffed Tokyo's charge that its export controls were lax.", 'deny_allegation', 'kor_gov', 'jpn_gov', 'occurred'),
    ("Japan's trade ministry labelled Seoul's claims about the export curbs baseless.", 'deny_allegation', 'jpn_meti', 'kor_gov', 'occurred'),
    ('Japan denied that the export curbs were retaliation.', 'deny_allegation', 'jpn', None, 'occurred'),
    ('South Korea rejected claims that it had mishandled sensitive materials under the export controls.', 'deny_allegation', 'kor', None, 'occurred'),
    ('Tokyo dismissed allegations that the export restrictions were political.', 'deny_allegation', 'jpn_gov', None, 'occurred'),
    ("Seoul denied Japan's claim about the export controls.", 'deny_allegation', 'kor_gov', 'jpn', 'occurred'),
    ("Japan's denial of any link between the export curbs and the court rulings did not convince Seoul.", 'deny_allegation', 'jpn', 'kor', 'occurred'),
    # reject_demand
    ("Tokyo brushed off Seoul's call to withdraw the export curbs.", 'reject_demand', 'jpn_gov', 'kor_gov', 'occurred'),
    ('South Korea turned down the offer on the export controls.', 'reject_demand', 'kor', None, 'occurred'),
    ("Japan rejected South Korea's demand to lift the export curbs.", 'reject_demand', 'jpn', 'kor', 'occurred'),
    ('Seoul refused to withdraw its WTO complaint over the export controls.', 'reject_demand', 'kor_gov', None, 'occurred'),
    ("Tokyo rebuffed Seoul's call for talks on the export restrictions.", 'reject_demand', 'jpn_gov', 'kor_gov', 'occurred'),
    ("South Korea turned down Japan's proposal on the export curbs.", 'reject_demand', 'kor', 'jpn', 'occurred'),
    ("Japan's rejection of South Korea's request to lift the export controls came on Monday.", 'reject_demand', 'jpn', 'kor', 'occurred'),
    # threaten_countermeasure
    ('South Korea threatened new export restrictions on Japan if the curbs stayed.', 'threaten_countermeasure', 'kor', 'jpn', 'threatened'),
    ('Japan threatened to expand the export curbs to more chemicals.', 'threaten_countermeasure', 'jpn', None, 'threatened'),
    ('Seoul warned that it could strike Japan off its white list of trusted partners.', 'threaten_countermeasure', 'kor_gov', 'jpn', 'threatened'),
    ("South Korea threatened countermeasures against Japan's export curbs.", 'threaten_countermeasure', 'kor', 'jpn', 'threatened'),
    ('Japan warned of retaliation if South Korea kept its export controls.', 'threaten_countermeasure', 'jpn', 'kor', 'threatened'),
    ("Seoul vowed a firm response to Tokyo's export restrictions.", 'threaten_countermeasure', 'kor_gov', 'jpn_gov', 'threatened'),
    ("Tokyo will take countermeasures against Seoul's export controls.", 'threaten_countermeasure', 'jpn_gov', 'kor_gov', 'threatened'),
    ('Seoul warned Tokyo of consequences over the export curbs.', 'threaten_countermeasure', 'kor_gov', 'jpn_gov', 'threatened'),
    ('Japan threatened to take South Korea to the WTO over its new export rules.', 'threaten_countermeasure', 'jpn', 'kor', 'threatened'),
    ('Seoul vowed to retaliate against the export curbs that Tokyo imposed.', 'threaten_countermeasure', 'kor_gov', 'jpn_gov', 'threatened'),
    # demand
    ("Tokyo turned down Seoul's proposal that Japan let a panel of outside experts review the licensing rules.", 'demand', 'kor_gov', 'jpn', 'demanded'),
    ("Seoul's proposal that Tokyo withdraw the export curbs within a month was ignored.", 'demand', 'kor_gov', 'jpn_gov', 'demanded'),
    ("Japan ignored South Korea's appeal to restore its place on the white list.", 'demand', 'kor', 'jpn', 'demanded'),
    ('South Korea urged Japan to lift the export curbs.', 'demand', 'kor', 'jpn', 'demanded'),
    ('The Moon Jae-in administration urged Tokyo to scrap the export curbs.', 'demand', 'kor_gov', 'jpn_gov', 'demanded'),
    ("Tokyo's call for Seoul to tighten its export controls went unheeded.", 'demand', 'jpn_gov', 'kor_gov', 'demanded'),
    ("South Korea turned down Japan's demand that it loosen the export curbs.", 'demand', 'jpn', 'kor', 'demanded'),
    ('Japan demanded that South Korea tighten its export controls.', 'demand', 'jpn', 'kor', 'demanded'),
    ('Seoul called on Tokyo to withdraw the export restrictions.', 'demand', 'kor_gov', 'jpn_gov', 'demanded'),
    ('Tokyo pressed for a review of the white list by Seoul.', 'demand', 'jpn_gov', 'kor_gov', 'demanded'),
    ('Seoul proposed that its quarrel over the export curbs be settled by outside experts.', 'demand', 'kor_gov', None, 'demanded'),
    ('Japan insists South Korea tighten its controls on exports of resist first.', 'demand', 'jpn', 'kor', 'demanded'),
    ('Tokyo repeated its demand that Seoul tighten its controls on exports of etching gas.', 'demand', 'jpn_gov', 'kor_gov', 'demanded'),
    ('Tokyo told Seoul to tighten its export controls.', 'demand', 'jpn_gov', 'kor_gov', 'demanded'),
    ('Japan repeated its call for South Korea to tighten its export controls.', 'demand', 'jpn', 'kor', 'demanded'),
    ('Tokyo asked Seoul to drop its WTO complaint over the export controls.', 'demand', 'jpn_gov', 'kor_gov', 'demanded'),
    ("South Korea's appeal to Japan to scrap the export curbs went unanswered.", 'demand', 'kor', 'jpn', 'demanded'),
    ('Tokyo kept pressuring Seoul to tighten its checks on exports of etching gas.', 'demand', 'jpn_gov', 'kor_gov', 'demanded'),
    # threats read from a verb of weighing, a warning of steps, a vow to respond
    ("Seoul is weighing countermeasures against Tokyo's export curbs.", 'threaten_countermeasure', 'kor_gov', 'jpn_gov', 'threatened'),
    ("Japan warned of further steps over South Korea's curbs on exports.", 'threaten_countermeasure', 'jpn', 'kor', 'threatened'),
    ("South Korea vowed to respond in kind to Japan's new export curbs.", 'threaten_countermeasure', 'kor', 'jpn', 'threatened'),
    # a verdict of a breach of the rules accuses
    ("Tokyo labelled Seoul's export curbs a breach of WTO rules.", 'accuse', 'jpn_gov', 'kor_gov', 'occurred'),
    # approve_export_licence
    ('Japan okayed a shipment of etching gas to a South Korean chipmaker under the export curbs.', 'approve_export_licence', 'jpn', 'kor', 'occurred'),
    ('Japan approved a shipment of hydrogen fluoride to South Korea on Thursday.', 'approve_export_licence', 'jpn', 'kor', 'occurred'),
    ('Export licences for photoresist were granted by Tokyo last week.', 'approve_export_licence', 'jpn_gov', None, 'occurred'),
    ('South Korea granted an export permit for hydrogen fluoride to Japan.', 'approve_export_licence', 'kor', 'jpn', 'occurred'),
    ('Japan has allowed exports of fluorinated polyimide to South Korea.', 'approve_export_licence', 'jpn', 'kor', 'occurred'),
    ("Tokyo's approval of a second shipment of photoresist to South Korea came on Monday.", 'approve_export_licence', 'jpn_gov', 'kor', 'occurred'),
    ('Seoul cleared two shipments of etching gas bound for Japan last week.', 'approve_export_licence', 'kor_gov', 'jpn', 'occurred'),
    ('Japan restarted exports of photoresist to South Korea after a two-month halt.', 'approve_export_licence', 'jpn', 'kor', 'occurred'),
    ('Korean regulators gave the nod to exports of photoresist to Japan.', 'approve_export_licence', 'kor_gov', 'jpn', 'occurred'),
    # announce_remove_from_preferential_list
    ("Japan's cabinet approved a revised order on Friday to remove South Korea from the white list on Aug. 28.", 'announce_remove_from_preferential_list', 'jpn_gov', 'kor', 'occurred'),
    ('South Korea announced on Monday that it would drop Japan from its white list next month.', 'announce_remove_from_preferential_list', 'kor', 'jpn', 'occurred'),
    # announce_lift_export_control
    ('Japan notified South Korea that it would ease the export curbs.', 'announce_lift_export_control', 'jpn', 'kor', 'occurred'),
    ('Japan announced that it will lift the export controls on South Korea next week.', 'announce_lift_export_control', 'jpn', 'kor', 'occurred'),
    # announce_restore_preferential_status
    ("Seoul decided to restore Tokyo's place on its white list.", 'announce_restore_preferential_status', 'kor_gov', 'jpn_gov', 'occurred'),
    # announce_export_control
    ('Tokyo announced on Monday that it will tighten export controls on Seoul from Thursday.', 'announce_export_control', 'jpn_gov', 'kor_gov', 'occurred'),
    # announcings of every measure step
    ('South Korea said on Tuesday it would tighten export controls on Japan from next month.', 'announce_export_control', 'kor', 'jpn', 'occurred'),
    ("Japan's trade ministry decided to impose stricter export controls on South Korea.", 'announce_export_control', 'jpn_meti', 'kor', 'occurred'),
    ('Seoul unveiled a plan to introduce export licensing requirements for shipments to Japan.', 'announce_export_control', 'kor_gov', 'jpn', 'occurred'),
    ('Japan announced plans to tighten its export controls on South Korea in July.', 'announce_export_control', 'jpn', 'kor', 'occurred'),
    ('Seoul announced that it would scrap its export restrictions on Japan.', 'announce_lift_export_control', 'kor_gov', 'jpn', 'occurred'),
    ("Japan's cabinet decided on Tuesday to ease the export controls on South Korea.", 'announce_lift_export_control', 'jpn_gov', 'kor', 'occurred'),
    ('South Korea unveiled a plan to relax its export curbs on Japan next year.', 'announce_lift_export_control', 'kor', 'jpn', 'occurred'),
    ('Tokyo decided to withdraw the export curbs on Seoul from March.', 'announce_lift_export_control', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Seoul approved a plan to exclude Tokyo from its list of trusted trading partners.', 'announce_remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Japan decided on Friday to strike South Korea off its white list.', 'announce_remove_from_preferential_list', 'jpn', 'kor', 'occurred'),
    ("South Korea unveiled a plan to downgrade Japan's status on its white list.", 'announce_remove_from_preferential_list', 'kor', 'jpn', 'occurred'),
    ('Seoul said on Thursday it will drop Tokyo from its white list in September.', 'announce_remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Japan announced that it would put South Korea back on its white list.', 'announce_restore_preferential_status', 'jpn', 'kor', 'occurred'),
    ("South Korea's trade ministry decided to return Japan to its white list next week.", 'announce_restore_preferential_status', 'kor_motie', 'jpn', 'occurred'),
    ('Tokyo approved a plan on Monday to reinstate Seoul on its white list of trusted partners.', 'announce_restore_preferential_status', 'jpn_gov', 'kor_gov', 'occurred'),
    ('Seoul announced plans to restore Japan to its list of preferred export destinations.', 'announce_restore_preferential_status', 'kor_gov', 'jpn', 'occurred'),
    ('Yoon Suk Yeol told his cabinet that Seoul would put Japan back on its white list.', 'announce_restore_preferential_status', 'yoon_sukyeol', 'jpn', 'occurred'),
    # a legal instrument whose relative clause tells the act it decides
    ('Seoul promulgated a decree on Friday that drops Tokyo from its white list of trusted buyers.', 'announce_remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'occurred'),
    ('Seoul promulgated a decree on Friday that drops Tokyo from its white list of trusted buyers.', 'remove_from_preferential_list', 'kor_gov', 'jpn_gov', 'planned'),
    ('The Japanese cabinet endorsed an amendment that would readmit South Korea to its white list.', 'announce_restore_preferential_status', 'jpn_gov', 'kor', 'occurred'),
    ('The Japanese cabinet endorsed an amendment that would readmit South Korea to its white list.', 'restore_preferential_status', 'jpn_gov', 'kor', 'planned'),
    ("South Korea's trade ministry approved an ordinance that scraps the licensing rules for exports to Japan.", 'announce_lift_export_control', 'kor_motie', 'jpn', 'occurred'),
]


def event_types(extract, text: str) -> list[str]:
    """The event types of the mentions extracted from the text, in order."""
    return [e["event_type"] for e in extract(text)["event_mention_candidates"]]


def acts(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    """The type, actor and target of the mentions extracted from the text, in order."""
    return [(e["event_type"], e["actor_id"], e["target_actor_id"]) for e in extract(text)["event_mention_candidates"]]


def test_every_event_type_has_at_least_five_sentences(curated: Curated):
    counts = {code: sum(case[1] == code for case in CASES) for code in curated.event_types}
    assert {code: n for code, n in counts.items() if n < 5} == {}


def test_a_pronoun_object_may_stand_for_an_earlier_object_than_the_nearest(extract):
    text = "Tokyo tightened the export curbs in 2019, citing security worries, and scrapped them in 2023."
    assert "lift_export_control" in event_types(extract, text)


def test_what_talks_are_about_is_not_done(extract):
    rows = event_types(extract, "The two governments held discussions on putting each other back on their white lists.")
    assert rows == ["hold_talks"]


def test_a_step_of_a_measure_naming_no_country_takes_the_one_named_for_the_same_measure(extract):
    text = ("Seoul tightened its export controls on Japan in September. Japanese exporters of valves complained "
            "after Seoul restricted shipments of the parts in October, and Tokyo has lifted its own curbs.")
    rows = acts(extract, text)
    assert rows.count(("impose_export_control", "kor_gov", "jpn")) == 2
    assert ("lift_export_control", "jpn_gov", None) in rows  # the other side's measure takes nothing from it


def test_officials_who_name_no_party_meet_for_the_articles_parties(extract):
    text = ("Seoul and Tokyo are still at odds over the export curbs. Sung Yun-mo said senior trade officials would "
            "meet in Geneva on Friday.")
    rows = acts(extract, text)
    assert ("announce_talks", "kor", "jpn") in rows


@pytest.mark.parametrize("verb", ["agreed to seek", "failed to find"])
def test_a_person_of_no_known_country_acts_jointly_with_the_one_named_beside(extract, verb):
    text = f"Trade Minister Oh Ji-hoon and Hiroshi Kajiyama {verb} a way out of the export curbs row on Friday."
    rows = acts(extract, text)
    assert [row for row in rows if row[0] == "agree"] == (
        [("agree", "cand_oh_ji_hoon", "kajiyama_hiroshi")] if verb.startswith("agreed") else [])


def test_a_venue_agreeing_or_meeting_is_no_joint_act_of_the_parties(extract):
    rows = event_types(extract, "WTO members met on Monday and agreed to look into Tokyo's export curbs on Seoul.")
    assert "agree" not in rows and "hold_talks" not in rows


def test_a_negation_outside_a_that_clause_refuses_nothing_inside_it(extract):
    text = "Seoul has not answered Tokyo's demand that it explain its plans to ease the export curbs on Japanese goods."
    assert "reject_demand" not in event_types(extract, text)


def test_a_call_dated_by_its_preposition_asks_for_nothing(extract):
    assert "demand" not in event_types(extract, "Seoul called in Japanese Ambassador Kenji Sato on Friday over the export curbs.")


@pytest.mark.parametrize("text", [
    "Shipments of resist to Seoul slowed after the tightened controls took hold.",
    "Traders complained about the restrictions on exports of etching gas.",
])
def test_a_described_measure_with_no_owner_is_no_act(extract, text):
    assert extract(text)["event_mention_candidates"] == []


@pytest.mark.parametrize("text", [
    "Japan hopes to reach an agreement with South Korea on the export curbs soon.",
    "Seoul is weighing scrapping its own export curbs on Japan.",
    "The export curbs eased tensions between Japan and South Korea.",
    "Seoul is considering steps to return Tokyo to its white list of trusted buyers.",
])
def test_what_a_party_hopes_for_or_weighs_and_a_measure_acting_on_something_else_are_no_act(extract, text):
    assert event_types(extract, text) == []


def test_a_fight_is_a_complaint_only_where_the_wto_is_named(extract):
    rows = event_types(extract, "Japan and South Korea vowed on Friday to end their fight over the export curbs.")
    assert "withdraw_wto_complaint" not in rows


@pytest.mark.parametrize("text", [
    "Ruritania restricted exports of two solvents last year.",
    "The United States tightened its export controls on chips last year.",
])
def test_a_trade_measure_of_a_country_outside_the_dispute_is_no_event(extract, text):
    context = "Japan and South Korea are at odds over export curbs. "
    assert event_types(extract, context + text) == []


@pytest.mark.parametrize("text", [
    "Seoul will keep its complaint at the WTO alive unless Tokyo scraps the export curbs.",
    "If Japan lifts the curbs on etching gas, Korean buyers would return quickly.",
    "Korea's trade minister said Seoul would go to the WTO if Japan did not withdraw the export curbs.",
    "Seoul vowed to keep its WTO case alive until Tokyo lifts the export curbs on etching gas.",
])
def test_a_condition_is_no_act_nor_a_refusal(extract, text):
    rows = event_types(extract, text)
    assert not {"lift_export_control", "announce_lift_export_control", "reject_demand"} & set(rows), rows


@pytest.mark.parametrize("text", [
    "Tokyo said Seoul would soon drop its curbs on exports of resist to Japan.",
    "Korean officials announced that Japan will scrap its export controls on etching gas.",
])
def test_a_party_reporting_the_other_sides_plan_announces_nothing(extract, text):
    rows = event_types(extract, text)
    assert "announce_lift_export_control" not in rows and "lift_export_control" in rows, rows


@pytest.mark.parametrize("text", [
    "Japan's trade minister met reporters after the export curbs were announced.",
    "South Korean officials will meet journalists on Friday to explain the export controls.",
])
def test_meeting_an_audience_is_no_talks(extract, text):
    rows = event_types(extract, text)
    assert not {"hold_talks", "announce_talks"} & set(rows), rows


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea called on Japan to scrap its “unfair” curbs on exports of resist.", ["demand"]),
    ("Tokyo insisted that Seoul drop its new curbs on exports of etching gas before any talks.", ["demand"]),
    ("Tokyo repeated its demand that Seoul tighten its controls on exports of etching gas.", ["demand"]),
    ("The licensing rules require Korean buyers to wait for approval of each shipment.", []),
    ("Seoul will require exporters to obtain approval for every shipment of resist to Japan under new export rules.",
     ["impose_export_control"]),
    ("Japan's cabinet endorsed the removal of South Korea from its white list on Friday.",
     ["announce_remove_from_preferential_list", "remove_from_preferential_list"]),
    ("The Korean trade ministry unveiled tighter curbs on exports of etching gas to Japan on Monday.",
     ["announce_export_control"]),
    ("Seoul's March 3 announcement of new curbs on exports of etching gas to Japan angered Tokyo.",
     ["announce_export_control"]),
    ("Seoul granted two licences last week and warned that it could tighten curbs on exports of resist to Japan.",
     ["approve_export_licence", "threaten_countermeasure"]),
])
def test_requests_descriptions_and_announcements(extract, text, expected):
    """A verdict word inside a request is no criticism, a wish told in the subjunctive and a rule that only
    describes are no acts; a cabinet that endorses an act, or a ministry that unveils curbs, announces; a possible
    act announces nothing."""
    assert sorted(event_types(extract, text)) == sorted(expected)


def test_a_gerund_after_a_preposition_takes_the_subject_of_its_verb(extract):
    text = "After announcing curbs on exports of resist to Japan, Seoul granted the first licences in May."
    rows = {(e["event_type"], e["actor_id"], e["status"]) for e in extract(text)["event_mention_candidates"]}
    assert ("announce_export_control", "kor_gov", "occurred") in rows, rows


@pytest.mark.parametrize("text", [
    "Japan has expressed its regret and apology for the wartime past, the Korean trade minister said of the export curbs.",
    "Analysts warned that the dispute over the export curbs threatens to drag the WTO into security questions.",
    "Analysts warned of consequences for chipmakers if the export curbs stay.",
    "Seoul is studying its response to the new export curbs.",
    "Japan is pushing to finish the review of the export curbs by spring.",
    "Seoul's presidential office called a crisis meeting on the export curbs for Friday morning.",
    "Tokyo will press ahead with the export curbs on Seoul, officials say.",
    "Either Seoul or Tokyo can appeal once the WTO panel rules on the export curbs.",
])
def test_words_that_blame_threaten_or_ask_no_one_are_no_verdict_threat_or_demand(extract, text):
    """Contrition is no criticism; a trend, a warning by no party or a response still studied is no threat; a push
    that asks no one, calling a meeting, pressing ahead and a right to appeal are no demand."""
    rows = event_types(extract, text)
    assert not {"criticize", "threaten_countermeasure", "demand"} & set(rows), rows


@pytest.mark.parametrize(("text", "absent"), [
    ("Tokyo dismissed the accusation about its curbs on exports of resist out of hand.", "accuse"),
    ("Seoul will ease restrictions on exports of etching gas to Japan next month.", "impose_export_control"),
    ("Tokyo said it would lift its restrictions on exports of resist to Seoul in March.", "impose_export_control"),
    ("Tokyo has rebuffed calls from Seoul to lift the export restrictions.", "lift_export_control"),
])
def test_a_noun_act_that_a_verb_rejects_or_undoes_is_not_the_verbs_subjects(extract, text, absent):
    """Only a verb of performing ("announced plans", "repeated the call") lends its subject to the act its object
    names."""
    rows = event_types(extract, text)
    assert absent not in rows, rows


@pytest.mark.parametrize(("title", "expected"), [
    ("Seoul to drop Tokyo from its white list of trusted trade partners", ("remove_from_preferential_list", "planned")),
    ("Japan, S. Korea to hold export control talks next week", ("announce_talks", "scheduled")),
    ("Tokyo drops Seoul from white list of trusted trade partners", ("remove_from_preferential_list", "occurred")),
])
def test_a_headline_infinitive_is_to_come_and_its_present_is_done(extract, title, expected):
    rows = extract(f"{title}\nThe quarrel over the export curbs went on.", title=title)["event_mention_candidates"]
    assert [(e["event_type"], e["status"]) for e in rows if e["char_start"] < len(title)] == [expected]


def test_each_infinitive_of_a_headline_joining_two_acts_is_to_come(extract):
    title = "Japan to ease chip curbs on Korea; Seoul to withdraw its WTO case"
    rows = extract(f"{title}\nThe quarrel over the export curbs went on.", title=title)["event_mention_candidates"]
    assert sorted((e["event_type"], e["status"]) for e in rows if e["char_start"] < len(title)) == [
        ("lift_export_control", "planned"), ("withdraw_wto_complaint", "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    ("It was the second time Seoul had struck a neighbour off its white list.", [("kor_gov", None)]),
    ("Japan became the only country to be dropped from Seoul's list of trusted trade partners.", [("kor_gov", "jpn")]),
    ("Tokyo's export restrictions imposed on three chemicals hit Korean buyers.", [("jpn_gov", None)]),
])
def test_a_clause_modifying_a_noun_names_its_own_actor(extract, text, expected):
    """A relative clause with its own object acts on that object, not on the noun it modifies; a passive
    participle with no agent is the act of the modified noun's owner, or of no one named."""
    rows = extract(text)["event_mention_candidates"]
    assert [(e["actor_id"], e["target_actor_id"]) for e in rows if e["event_type"].endswith(("_list", "_control"))] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Seoul Drops Tokyo From Its White List Of Trusted Buyers", ("remove_from_preferential_list", "kor_gov", "jpn_gov")),
    ("Japan Restores South Korea To Its White List After Four Years", ("restore_preferential_status", "jpn", "kor")),
])
def test_a_title_case_headline_is_read_like_a_sentence_case_one(extract, title, expected):
    rows = extract(f"{title}\nThe quarrel over the export curbs went on.", title=title)["event_mention_candidates"]
    assert [(e["event_type"], e["actor_id"], e["target_actor_id"]) for e in rows if e["char_start"] < len(title)] == [expected]


def test_the_parser_reads_a_title_case_headlines_common_words_in_lower_case_at_the_same_offsets():
    common = {"drops", "from", "its", "list", "white"}.__contains__
    title = "Seoul Drops Tokyo From Its White List"
    assert parser_text(title, lambda w: common(w.lower())) == "Seoul drops Tokyo from its white list"
    assert parser_text("Seoul drops Tokyo from its list", lambda w: True) == "Seoul drops Tokyo from its list"


@pytest.mark.parametrize("title", [
    "Tokyo, Seoul restore each other's white list status",
    "Seoul & Tokyo put each other back on trade white lists",
])
def test_a_headline_joining_two_parties_by_a_comma_is_a_reciprocal_act(extract, title):
    rows = extract(f"{title}\nThe quarrel over the export curbs went on.", title=title)["event_mention_candidates"]
    pairs = {(e["actor_id"], e["target_actor_id"]) for e in rows if e["event_type"] == "restore_preferential_status"}
    assert pairs == {("jpn_gov", "kor_gov"), ("kor_gov", "jpn_gov")}, rows


@pytest.mark.parametrize(("text", "absent"), [
    ("Seoul approved a shipment of resist to Japan for the first time since its export curbs came into force.",
     "announce_export_control"),
    ("Tokyo decided to resume talks with Seoul after the export curbs on resist were eased.", "announce_lift_export_control"),
])
def test_a_time_clause_is_not_the_content_of_the_verb_it_modifies(extract, text, absent):
    rows = event_types(extract, text)
    assert absent not in rows, rows


def test_an_act_whose_subject_is_a_noun_of_its_type_is_one_mention(extract):
    rows = event_types(extract, "The consultations between Tokyo and Seoul over the export curbs ended without a deal.")
    assert rows == ["hold_talks"], rows


@pytest.mark.parametrize("text", [
    "Seoul urged the WTO to examine whether Tokyo's tightened curbs on etching gas broke its rules.",
    "Negotiators will meet in May to discuss Seoul's toughened export rules for shipments of resist to Japan.",
])
def test_an_owned_participle_is_a_done_act_whatever_governs_it(extract, text):
    rows = [(e["event_type"], e["status"]) for e in extract(text)["event_mention_candidates"]]
    assert ("impose_export_control", "occurred") in rows, rows


def test_saying_an_act_will_not_happen_announces_nothing(extract):
    rows = event_types(extract, "South Korea's trade minister said Seoul would not ease its export curbs on Japan.")
    assert "announce_lift_export_control" not in rows and "reject_demand" in rows, rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Hiroshi Kajiyama said Tokyo could tighten its curbs on exports of resist if Seoul did not act.",
     [("kajiyama_hiroshi", "threatened")]),
    ("Analysts said Tokyo could tighten its curbs on exports of resist to Seoul.", []),
    ("Moon Jae-in said Tokyo could tighten its curbs on exports of resist to Seoul.", []),
])
def test_a_measure_of_ones_own_side_said_to_be_possible_is_a_threat(extract, text, expected):
    rows = extract(text)["event_mention_candidates"]
    assert [(e["actor_id"], e["status"]) for e in rows if e["event_type"] == "threaten_countermeasure"] == expected


def test_a_promise_to_lift_is_no_threat(extract):
    text = "Japan vowed to lift the export curbs on South Korea in response to Seoul's new rules."
    rows = event_types(extract, text)
    assert rows == ["lift_export_control"]


@pytest.mark.parametrize("text", [
    "It is still unclear whether Tokyo will lift the curbs on exports of etching gas.",
    "Some traders expect that Japan could lift its curbs on exports of resist within a year.",
    "Japan may lift the export curbs on Korea after the summit, officials hinted.",
    "Seoul urged Tokyo not to lift the curbs on exports of resist.",
    "Tokyo told Seoul to lift its export curbs on Japan.",
    "Seoul proposed that Tokyo lift the export curbs within a month.",
    "The objective of the new round of talks is to restore Freedonia's place on Ruritania's white list.",
    "Japan's goal in the negotiations was to have Seoul lift the export curbs.",
    "Korean negotiators urged the removal of the curbs that Tokyo imposed on three chemicals.",
    "Many traders believe Tokyo should lift the export curbs on etching gas this year.",
    "Seoul argues that Japan must restore its white list status without conditions.",
    "Tokyo would lift the export curbs on Seoul if the row over wartime labour were settled.",
])
def test_an_aim_or_a_request_is_no_act(extract, text):
    rows = event_types(extract, text)
    assert not {"restore_preferential_status", "lift_export_control"} & set(rows), rows


@pytest.mark.parametrize(("text", "event_type", "actor", "target", "status"), CASES, ids=[case[0][:50] for case in CASES])
def test_sentence_yields_its_event(extract, text, event_type, actor, target, status):
    rows = [(e["event_type"], e["actor_id"], e["target_actor_id"], e["status"]) for e in extract(text)["event_mention_candidates"]]
    assert (event_type, actor, target, status) in rows, rows


def test_returning_to_a_former_state_through_talks_is_no_visit_for_talks(extract):
    text = "Tokyo expects its export rules for Seoul to be returned to the state before 2019 through the dialogue."
    assert not {"hold_talks", "announce_talks"} & set(event_types(extract, text))


@pytest.mark.parametrize("day", ["Tuesday's", "Last week's"])
def test_a_day_that_owns_the_talks_is_no_party_to_them(extract, day):
    text = f"Seoul and Tokyo remain at odds over the export curbs. {day} talks on the export curbs ended without a deal."
    rows = acts(extract, text)
    assert ("hold_talks", "kor", "jpn") in rows, rows


def test_a_deadline_given_to_the_other_side_is_a_demand_and_its_act_is_not_done(extract):
    text = "Tokyo gave Seoul until the end of June to drop its curbs on exports of resist to Japan."
    assert acts(extract, text) == [("demand", "jpn_gov", "kor_gov")]


def test_time_given_for_an_act_is_no_act(extract):
    text = "Seoul filed a WTO case over the export curbs. The two sides now have 60 days to hold consultations in Geneva."
    assert "hold_talks" not in event_types(extract, text)


@pytest.mark.parametrize("text", [
    "Sung Yun-mo, asked whether Seoul would drop its WTO case, said the export curbs had to go first.",
    "Hiroshi Kajiyama, asked about the export curbs, said Tokyo saw no reason to change them.",
])
def test_a_question_put_to_the_subject_is_no_demand_of_theirs(extract, text):
    assert "demand" not in event_types(extract, text)


def test_a_request_set_off_by_commas_that_no_saying_verb_follows_is_still_a_demand(extract):
    rows = extract("Seoul, stung by the export curbs, asked Tokyo to scrap them at once.")["event_mention_candidates"]
    assert [(e["event_type"], e["actor_id"]) for e in rows if e["event_type"] == "demand"] == [("demand", "kor_gov")]


def test_the_two_ministers_are_the_two_named_last(extract):
    text = ("Trade Minister Oh Ji-hoon met Hiroshi Kajiyama in Geneva on the export curbs. The two ministers agreed to "
            "meet again in March.")
    rows = acts(extract, text)
    assert ("agree", "cand_oh_ji_hoon", "kajiyama_hiroshi") in rows, rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul welcomed the easing of Japan's export curbs on the three chip chemicals.", ("lift_export_control", "jpn")),
    ("Tokyo confirmed the scrapping of its licensing rules for resist exports to Korea.",
     ("lift_export_control", "jpn_gov")),
    ("Japanese exporters protested the tightening of South Korea's export controls on Japan.",
     ("impose_export_control", "kor")),
])
def test_a_step_on_a_measure_someone_owns_is_the_owners_act(extract, text, expected):
    rows = extract(text)["event_mention_candidates"]
    assert expected in [(e["event_type"], e["actor_id"]) for e in rows], rows


def test_a_step_noun_on_a_measure_no_one_owns_is_no_act(extract):
    rows = extract("Exporters asked about the easing of export curbs on chip chemicals to Korea.")["event_mention_candidates"]
    assert "lift_export_control" not in [e["event_type"] for e in rows]


@pytest.mark.parametrize("text", [
    "Japanese and South Korean trade officials held a videoconference on Friday about the export curbs.",
    "The two trade ministers spoke by telephone on Tuesday about Japan's licensing rules for the chemicals.",
    "South Korea's trade minister sat down with his Japanese counterpart over the export restrictions in Osaka.",
    "Negotiators of both governments wrapped up three days of talks on the export controls in Tokyo.",
    "Korean and Japanese officials convened in Geneva for a second round of consultations on the export curbs.",
])
def test_meetings_by_phone_video_or_in_person_and_their_ending_are_talks_held(extract, text):
    assert "hold_talks" in event_types(extract, text)


@pytest.mark.parametrize("text", [
    "Japan's trade minister held a news conference on the export curbs on South Korea.",
    "South Korea's trade ministry held a press conference about Japan's licensing rules.",
])
def test_a_news_conference_is_no_talks(extract, text):
    assert "hold_talks" not in event_types(extract, text)


@pytest.mark.parametrize(("text", "target"), [
    ("South Korea's trade minister pressed his Japanese counterpart to scrap the export curbs on the three chemicals.",
     "jpn_gov"),
    ("Japan's foreign minister told the South Korean ambassador to take the export control dispute off the table.",
     "kor_gov"),
])
def test_a_request_that_must_name_its_party_may_name_it_by_a_group_noun(extract, text, target):
    rows = extract(text)["event_mention_candidates"]
    assert [e["target_actor_id"] for e in rows if e["event_type"] == "demand"] == [target]


def test_an_act_a_procedure_or_process_is_begun_for_is_still_to_come(extract):
    rows = extract("South Korea will start procedures to put Japan back on its list of trusted trading partners.")
    assert [e["status"] for e in rows["event_mention_candidates"] if e["event_type"] == "restore_preferential_status"] == [
        "planned"]


@pytest.mark.parametrize("text", [
    "Seoul stopped short of pledging to withdraw its WTO complaint against Japan's export curbs.",
    "Tokyo refrained from lifting the export restrictions on the three chemicals to South Korea.",
])
def test_an_act_stopped_short_of_or_refrained_from_is_no_act(extract, text):
    assert not {"withdraw_wto_complaint", "lift_export_control"} & set(event_types(extract, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Cabinet on Tuesday approved a plan to strike South Korea off the list of trusted trade partners.",
     ("announce_remove_from_preferential_list", "jpn_gov", "kor")),
    ("The government has tightened its export controls on Japan, officials in the capital confirmed.",
     ("impose_export_control", "kor_gov", "jpn")),
    ("The trade ministry will restore Japan to its white list of preferred destinations next month.",
     ("restore_preferential_status", "kor_motie", "jpn")),
    ("The Cabinet approved an amendment to the decree that strikes Japan off the list of trusted destinations.",
     ("remove_from_preferential_list", "kor_gov", "jpn")),
])
def test_a_generic_body_with_no_country_is_the_one_facing_the_acts_target(extract, text, expected):
    """"The Cabinet", "the government", "the trade ministry" with no country word and no one named before: of the
    two parties' bodies of that kind, the one of the country the act is not done to."""
    rows = acts(extract, text)
    assert expected in rows


def test_a_relative_clause_on_a_phrase_of_the_object_is_the_act_of_the_verbs_subject(extract):
    text = "Seoul promulgated a revision to the trade rules that drops Japan from its top tier of partners."
    assert ("remove_from_preferential_list", "kor_gov", "jpn") in acts(extract, text)


def test_putting_a_decision_into_effect_restores_nothing(extract):
    types = event_types(extract, "Seoul on Monday put into effect its decision to strike Japan off its list of trusted "
                                 "trade partners.")
    assert "restore_preferential_status" not in types
    assert "remove_from_preferential_list" in types


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul slammed Japan's decision to remove it from the white list as reckless.",
     ("remove_from_preferential_list", "jpn", "kor_gov")),
    ("Tokyo accused Seoul of lax export controls and struck it off the white list.",
     ("remove_from_preferential_list", "jpn_gov", "kor_gov")),
    ("Japan welcomed South Korea's plan to put it back on the list of trusted export destinations.",
     ("restore_preferential_status", "kor", "jpn")),
])
def test_a_pronoun_a_party_acts_on_is_the_last_party_of_another_country(extract, text, expected):
    assert expected in acts(extract, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan rejected a South Korean proposal to resolve the export control dispute through talks.",
     ("reject_demand", "jpn", "kor")),
    ("Seoul imposed tighter export controls on Japanese chemicals.", ("impose_export_control", "kor_gov", "jpn")),
    ("A Japanese request for talks on the export curbs was turned down by South Korea.",
     ("reject_demand", "kor", "jpn")),
])
def test_a_country_word_in_what_the_act_is_done_to_names_the_target(extract, text, expected):
    assert expected in acts(extract, text)


def test_a_body_of_a_third_country_is_no_partys_body(extract):
    rows = extract("The Chinese government tightened its export controls on Japan's chipmakers last year.")
    assert [e for e in rows["event_mention_candidates"] if e["actor_id"] in ("kor_gov", "kor")] == []
