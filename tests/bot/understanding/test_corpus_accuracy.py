"""Per-field accuracy of the parser on the labelled corpus and on the held-out file."""

import pytest

from tests.bot.understanding.corpus_eval import evaluate, load, table

CASES = [
    ("call-logs.jsonl", 300, 0.97),
    ("heldout.jsonl", 60, 0.90),
    # Written apart from the parser and never tuned on (README); held to its weakest field as
    # measured, so a change that makes unseen text worse fails.
    ("heldout2.jsonl", 180, 0.86),
    # The same, written at the end of the asks/answers and people rounds (2026-11-30); first run
    # (README): kind 86, organisation 82, contacts 91, roles 81, money 92, items 83, asks 75,
    # answer 78, no-publicity 86, follow-ups 93, suggested 82 %; after the third round (fields-dev12,
    # four asks labels corrected, README): items 85 % is the weakest. Held to its weakest field.
    ("heldout3.jsonl", 150, 0.85),
    # Written in stop 24 by a session that read DOMAIN.md, the seed and the label format only, and
    # never scored by the sessions that changed the parser. First run (after round 3): kind 98,
    # organisation 88, contacts 93, roles 90, money 96, items 97, asks 93, answer 94,
    # no-publicity 88, publicity 81, follow-ups 94, suggested 100 %. Held to its weakest field.
    ("heldout4.jsonl", 150, 0.81),
    # Written in stop 24 by a separate session from DOMAIN.md, the seed and the README conventions
    # only, before the fifth round's changes were merged, and never scored by those who changed the
    # parser. First run (after the fifth round): kind 98.1, organisation 96.2, contacts 96.2, roles
    # 87.5, money 93.0, items 97.8, asks 88.9, answer 88.8, no-publicity 100, publicity 100, item
    # values 90.0, follow-ups 96.0, suggested 88.5 %. Held to its weakest field.
    ("heldout5.jsonl", 150, 0.87),
    # Written in stop 25 by a separate session before round 7 was merged (README: it read the per-file
    # notes by mistake, never the parser). First run, after round 7: kind 98.6, organisation 96.2,
    # contacts 95.6, roles 90.0, money 100 / 94.4, items 97.4, asks 89.1, answer 95.4, publicity 100,
    # follow-ups 93.2, suggested 100 %. Held to its weakest field.
    ("heldout6.jsonl", 150, 0.89),
    # Issue 19's field families (roles, organisations, two people, kind, answer, publicity, items
    # with a value): the first dev set, and the second written after the first round of changes.
    ("fields-dev.jsonl", 150, 0.97),
    ("fields-dev2.jsonl", 60, 0.97),
    ("fields-dev3.jsonl", 55, 0.97),
    ("fields-dev4.jsonl", 50, 0.97),
    ("fields-dev5.jsonl", 45, 0.97),
    ("fields-dev6.jsonl", 40, 0.97),
    ("fields-dev7.jsonl", 24, 0.97),
    # Issue 19's unseen-text round for asks, answers and money (pledges, refusals, partial and
    # conditional yeses, counter-offers, in-kind values, amounts written every way).
    ("fields-dev8.jsonl", 120, 0.97),
    # Contacts, roles and organisations only, by the families of issue 19's second round.
    ("fields-dev9.jsonl", 120, 0.97),
    ("fields-dev10.jsonl", 60, 0.97),
    ("fields-dev11.jsonl", 40, 0.97),
    # Issue 19's third round: every field, by the families of heldout3's misses (Slack shorthand,
    # roles after the organisation, answers said every way, asks from purposes and offers).
    ("fields-dev12.jsonl", 120, 0.97),
    # Issue 19's fourth round: answers said every way, asks against offers and mentions,
    # organisations in every position, roles, Slack shorthand, suggestions, items against people.
    ("fields-dev13.jsonl", 120, 0.97),
    # Written after the fourth round's changes as a blind check (first run: organisation 87.5,
    # contacts 90.6, roles 86.7, asks 68.2, answer 76.3, suggested 75.7 %, the rest 100 %); some
    # general changes followed. Held to its weakest field, like the held-out files.
    ("fields-dev14.jsonl", 40, 0.87),
    # Issue 19's fifth round, organisations, contacts and roles only: unions and names made of digits
    # or abbreviations, abbreviated titles with a stop, titles before the name, the organisation
    # first, possessives and departments, two people, our own colleagues, project names nearby,
    # lowercase typing, sign-offs (first run: organisation 87.9, contacts 90.0, roles 67.6 %).
    ("fields-dev15.jsonl", 100, 0.97),
    # Written at the end of the fifth round as its blind check (first run: organisation 90.0, contacts
    # 95.0, roles 100 %, kind 100 %). General changes by family followed (ordinals and capitalised stop
    # words inside names, a shop named after a person in a town, two unknown first names spoken to,
    # lowercase 'X i <town>'); it now stands at 100 % and is held at 97 %, as the other dev files.
    ("fields-dev16.jsonl", 40, 0.97),
    # Issue 19's fifth round: publicity both ways and unsaid, answers, asks against mentions and
    # offers, items with per-piece values, kind shorthand (first run: publicity 86, no-publicity 95,
    # asks 93.4, answer 93.8, organisation 94.8, contacts 96.4, item values 91.7 %).
    ("fields-dev17.jsonl", 100, 0.97),
    # Written after the fifth round's first changes as a blind check (first run: publicity 67.5,
    # no-publicity 87.5, asks 85.3, answer 97.5, kind 97.5, organisation 97.4, contacts 96.0 %, the
    # rest 100 %); general changes by family followed. Held to its weakest field, like dev14.
    ("fields-dev18.jsonl", 40, 0.96),
    # Issue 19's sixth round, roles and the contacts and organisations they touch, by family: titles
    # the parser did not know, before/after the name, "som"/"as", "(the owner)", two people, stops,
    # lowercase, pipe signatures (first run: roles 80.0, contacts 90.0, organisation 91.2, kind 95.0 %).
    ("fields-dev19.jsonl", 80, 0.97),
    # Written after dev19 reached 97 % as the sixth round's blind check (first run: roles 90.0,
    # organisation 93.3, contacts 96.7, kind 100 %); general changes by family followed and it stands
    # at 100 %, held at 97 % like dev16.
    ("fields-dev20.jsonl", 30, 0.97),
    # Issue 19's sixth round, answers, asks, money, item values and suggestions by family (deferred
    # answers, thinking it over, not this year, partial and conditional yeses, asks against mentions,
    # prizes, the bus, premises and shop windows, amounts every way, history, per-piece values, promised
    # e-mails and calls). First run: money 84.6 / 85.7, asks 83.3, answer 81.2, follow-ups 98.6,
    # suggested 91.1 %, the rest 100 %. Its "thinking it over" lines were relabelled maybe when the
    # shared example settled that convention (README); now held at 97 % like the other dev files.
    ("fields-dev21.jsonl", 80, 0.97),
    # Written at the end of the sixth round as its blind check (first run: asks 77.3, answer 66.7,
    # follow-ups 95.8, suggested 75.0 %, the rest 100 %); general changes by family followed. Held to
    # its weakest field, like dev14 and dev18.
    ("fields-dev22.jsonl", 30, 0.93),
    # Issue 19's seventh round, organisations, contacts and roles by family: new titles (Danish compounds
    # and definite forms, abbreviations, C-suite, "X lead/officer", "Cllr", "Lt."), roles with a place of
    # work, signatures, first names alone, people named by role only, names made of ordinary words or with
    # og/and/& inside, foundations, council departments, clubs, chains with a town, lowercase, no æ/ø/å,
    # Slack mentions (first run: organisation 88.0, contacts 89.0, roles 77.8, kind 100 %).
    ("fields-dev23.jsonl", 100, 0.97),
    # Written after dev23 reached 97 % as the seventh round's blind check (first run: roles 78.6, contacts
    # 90.0, organisation 93.3, kind 100 %); general changes by family followed. Held to its weakest field.
    ("fields-dev24.jsonl", 30, 0.96),
    # Issue 19's seventh round, answers, asks, money and suggestions by family: yes idioms, taken back, no
    # for now, a yes for later after a no, deferred to a deciding body, amounts changed or another's, our
    # own plans, pasted e-mails (first run: answer 84.0, suggested 82.0, asks 97.4, money 94.1 %).
    ("fields-dev25.jsonl", 100, 0.97),
    # Written after dev25 reached 97 % as that round's blind check (first run: answer 83.3, suggested
    # 86.7, asks 90.9 %, the rest 100 %); general changes by family followed. Held to its weakest field.
    ("fields-dev26.jsonl", 30, 0.95),
    # Issue 19's eighth round, roles by family: trades and occupations, surnames that are title words,
    # abbreviations after a hyphen ("CSR-ansv."), departments before a head, "<title> is <name>", titles
    # corrected later in the line, titles in "Fra:"/"From:" lines, an organisation before its person,
    # lowercase names set off by dashes, numbered lodges (first run: roles 80.0, contacts 93.3,
    # organisation 95.0, kind 100 %).
    ("fields-dev27.jsonl", 60, 0.97),
    # Written after dev27 reached 97 % as the eighth round's blind check (first run: roles 90.0, contacts
    # 95.0, organisation and kind 100 %); general changes by family followed; it stands at 100 %, held at 97 %.
    ("fields-dev28.jsonl", 20, 0.97),
    # Round 8, asks and follow-ups by family: asks against offers and mentions, asks as our need, several in one
    # line, premises, transport, printing, people and advice; follow-ups in Slack shorthand, a time before its action
    # or far from it, two promises, theirs and ours, the logged interaction and events (first run: asks 78.0,
    # follow-ups 81.7, suggested 87.7, answer 94.1 %).
    ("fields-dev29.jsonl", 60, 0.97),
    # Written after dev29 reached 97 % as the round's blind check (first run: asks 80.0, answer 90.0, follow-ups
    # 90.0, suggested 84.2 %, kind and items 100 %); general changes by family followed. Held to its weakest field.
    ("fields-dev30.jsonl", 20, 0.97),
    # Round 9, answers, asks, publicity, items with values and money by family: oral and informal yeses, conditional
    # and deferred answers, polite and for-now refusals, a yes to meeting again, partial yeses and counter-offers, asks
    # asked for against offered, publicity both ways, items priced per piece, amounts written every way and in £/$/€
    # (first run: money 88.2, items 96.4, asks 94.4, answer 88.6, follow-ups 93.7, suggested 87.5 %, the rest 100 %).
    ("fields-dev33.jsonl", 80, 0.97),
    # Round 9, organisations, contacts and roles by family: roles in parentheses or after a comma, roles before
    # "på/at/ved" that must not swallow the organisation, multi-word English titles, owners and franchisees, the
    # organisation after a preposition, opening the line or in a possessive, departments and projects near the
    # partner, two people with a role each, lowercase Slack lines, titles before names and signatures (first run:
    # organisation 93.8, contacts 96.2, roles 94.7, asks 63.6, answer 95.5 %, kind, money and items 100 %).
    ("fields-dev31.jsonl", 80, 0.97),
    # Round 9, follow-ups, suggestions and kind as typed in Slack: unusual follow-up verbs ("vender retur", "tager
    # fat i", "drop her a line"), Slack times ("man. formiddag", "EOD fri", "by the 15th"), several owners in one
    # line, partner promises, what already happened, unreadable times, kind shorthand (first run: kind 95.0,
    # answer 97.3, follow-ups 72.5, suggested 85.5 %).
    ("fields-dev35.jsonl", 80, 0.97),
    # Round 9's blind checks, each written by a separate session from DOMAIN.md and the conventions only, before
    # the round's parser changes were merged, and run first on the code of their round's other part. People
    # (first run: organisation 97.5, contacts 95.0, roles 81.5 %), answers and asks (asks 77.1, answer 87.5,
    # suggested 82.4, publicity 90.9 %), follow-ups and kind (kind 91.9, follow-ups 87.5, suggested 94.6 %).
    # General changes by family followed; each is held to its weakest field now (tests/corpus/README.md).
    ("fields-dev32.jsonl", 40, 0.88),
    ("fields-dev34.jsonl", 40, 0.82),
    ("fields-dev36.jsonl", 40, 0.97),
    # Round 10, organisations, contacts and roles (kind where clear) by family: roles after a comma, in
    # parentheses, after "som"/"as"/"who is"; multi-word titles with a part of the organisation ("chief of
    # pediatrics", "leder af børne- og ungeområdet"); abbreviated and shop titles; two people each with a role,
    # "X is the <title>, Y ..."; organisations in every position; Slack mentions and sign-offs; lowercase
    # shorthand; lines naming no person or no organisation (first run: kind 96.0, organisation 91.2, contacts
    # 96.2, roles 80.9, mentions 100 %).
    ("fields-dev37.jsonl", 80, 0.97),
    # Round 10, follow-ups, suggestions and kind by family: our promises with times said every way, the partner's
    # promises with and without a time, meetings agreed, several follow-ups and colleagues' ones in a line, kind
    # shorthand ("Re:" openings, "lagde besked", "kaffe med"), loose times said not guessed, the practice's
    # suggestions, times near weekends, holidays and DST (first run: kind 97.4, answer 94.7, follow-ups 89.6,
    # suggested 91.2, mentions 100 %).
    ("fields-dev41.jsonl", 80, 0.97),
    # Round 11, the practice's suggestions with the kind and answer that decide them, by family: calls with a yes,
    # a maybe or a no; lines that already promise the summary or the callback ("recap goes out tonight", "følger op
    # i næste uge"); meetings, e-mails, notes, texts and voicemails; Fridays, Saturdays, before jul, påske, Kristi
    # himmelfart and pinse, late evenings; kind from openings ("Fik denne mail:", "fwd from x@y.com:"); answers that
    # decide them; colleagues' follow-ups and the partner's promises; agreements already signed, paid, delivered or
    # withdrawn (first run: kind 96.6, answer 98.0, follow-ups 98.2, suggested 88.3, mentions 100 %).
    ("fields-dev42.jsonl", 60, 0.97),
    # Round 11, organisations, contacts and roles on forms of text earlier rounds covered less: pasted e-mails
    # with signature blocks, lowercase and forwarded ones, the firm only in the address; a project or event
    # beside the partner; public bodies and institutions with "the"; multi-word titles before the name; lowercase
    # names known and unknown; two or three people, one ours; possessives and e-mail domains; no organisation
    # or only a town (first run: kind 98.3, organisation 83.1, contacts 89.3, roles 77.8, mentions 100 %).
    ("fields-dev43.jsonl", 60, 0.97),
    # Round 10 (r10b), answers, asks, money and publicity by family: pledges in passing, oral, partial, conditional
    # and deferred answers, polite refusals, a yes to meeting again; counter-offers in money and in counts; asks said
    # through a need or a purpose and what is merely mentioned; £/$/€/SEK/NOK and kroner written every way; items
    # with values and discounts; publicity both ways; history, goals and our own budget (first run: money_total
    # 88.2, money 84.6, items 80.0, asks 84.5, answer 92.4, contacts 98.8 %, the rest 100 %).
    ("fields-dev39.jsonl", 80, 0.97),
    # Round 12 (r12a), asks and answers on text written apart from the parser, by family: asks said as needs and
    # purposes ("vi mangler nogen til at", "we're short of prizes", "would they chip in for the bus"); several asks
    # in one line, some answered; what money is for against things given beside it; answers in passing and in slang
    # ("fedt, de er med!", "no dice", "lukewarm", "jep", "nope", "mabye"); waiting on others against our condition;
    # polite refusals; our own questions and plans and agreements made earlier (first run: asks 80.0, answer 82.0 %,
    # kind, money and items 100 %).
    ("fields-dev45.jsonl", 50, 0.97),
    # Round 12 (r12b), follow-ups and suggestions by family: a weekday with a part of the day or an hour said many
    # ways, dates in numbers and words and counted from today, things done today beside things to do, the partner's
    # promises and ours in one line, colleagues' follow-ups, weekends, holidays and DST, the practice's suggestions,
    # loose times reported not guessed (first run: kind 100, answer 100, follow-ups 93.9, suggested 100, mentions
    # 100 %).
    ("fields-dev46.jsonl", 50, 0.97),
    # Round 13 (r13b), follow-ups and suggestions by family: kind and answer said in new ways, a follow-up promised
    # standing in for a suggestion, things done today beside things to do, both sides' promises in one sentence,
    # colleagues' follow-ups, times said in new ways, weekends, holidays and DST, loose times reported not guessed
    # (first run: kind 98.3, answer 93.9, follow-ups 87.9, suggested 88.9, mentions 100 %).
    ("fields-dev48.jsonl", 60, 0.97),
    # Round 13 (r13c), organisations in every position (after i/på/ved/hos/fra/from/at/with, possessives, parentheses,
    # line start, signatures, an e-mail domain only, a branch or town after the name, a project or referral nearby),
    # chains with two words, amounts in other currencies and DKK written every way, counter-offers and history, items
    # priced per piece or in total, publicity wishes both ways and silent (first run: organization 95.0, contacts
    # 98.3, roles 91.7, money_total 94.1, money 92.3 %, kind, items, item_values and publicity 100 %).
    ("fields-dev49.jsonl", 60, 0.97),
    # Round 13 (r13a), asks and answers on text written apart from the parser, by family: needs, wishes and purposes in
    # new words ("vi står og mangler", "kunne I tænke jer at bakke op om", "looking for someone to", "any chance of");
    # several asks, some answered; what is merely mentioned (history, what we have, what another partner pays, our own
    # budget); money's purpose against things given; premises, transport, food, time; answers in passing and slang;
    # conditions, deferrals, referrals, partial yeses, a yes to meeting again (first run: kind 100, money_total 91.7,
    # money 87.5, items 92.9, asks 65.0, answer 80.0 %).
    ("fields-dev47.jsonl", 60, 0.97),
    # Round 14 (r14b), answers and the practice's suggestions by family: yeses said in passing about a service or an
    # event, counter-offers where we asked for more, deferred and conditional answers, refusals with reasons, votes
    # and policies, our own questions with "om"/"whether"; the summary e-mail and the callback after each, with
    # voicemails, texts, notes, weekends and holidays (first run: kind 100, answer 77.5, suggested 80.0 %).
    ("fields-dev51.jsonl", 40, 0.97),
    # Round 14 (r14a), publicity and item values by family: wishes said in new ways both ways, a wish that changed, the
    # topic said not to be discussed, values of goods said every way and amounts beside goods that stay cash (first run:
    # publicity 52.5, no_publicity 63.6, item_values 88.2 %, kind, money_total, money and items 100 %). Held to its
    # weakest field: two uncounted goods with a value ("gavekort til en værdi af 2.000 kr.") carry no item.
    ("fields-dev50.jsonl", 40, 0.88),
    # Round 15 (r15b), items, item values, money and publicity by family: goods priced per piece in every notation
    # ("à 150,-", "45 kr stk", "@ 200", "each worth", "x 10"), the lot's value before or after its count and said
    # roughly, cash beside goods and discounts, money in every notation with ranges, totals said twice, history, budget,
    # another partner's gift and a goal, publicity both ways and for one channel, a wish that changed (first run:
    # kind 100, money_total 92.0, money 78.6, items 85.3, no_publicity 87.5, publicity 96.7, item_values 73.3 %).
    ("fields-dev53.jsonl", 60, 0.97),
    # Round 15 (r15d), the practice's suggestions and follow-ups by family: what decides the suggestions (kind, answer,
    # the summary or callback promised in new words, the partner calling back), late calls, weekends, Danish holidays and
    # DST, times said in new ways and loose ones, several follow-ups with colleagues' mentions and the partner's clause,
    # things done today beside things to do, agreements signed, paid, delivered or withdrawn (first run: kind 100,
    # agreement 93.3, follow-ups 96.6, suggested 94.8, mentions 100 %).
    ("fields-dev55.jsonl", 60, 0.97),
    # Round 15 (r15c), organisations, contacts, roles and kind by family: Slack openings with the person and a colon,
    # dash or slash ("Tlf m. X (Y):", "mtg X/Y", "vm til", "teams m."), organisations after the verb, a role, a branch
    # or in a possessive, acronyms, firms named like persons or places, two or three people with ours and referrers
    # ("via", "through", "cc"), roles in new words and positions, kind in new shorthand, lines with no organisation
    # (first run: kind 96.0, organisation 83.3, contacts 85.0, roles 97.2 %).
    ("fields-dev54.jsonl", 60, 0.97),
    # Round 15 (r15a), asks and answers on fresh text by family: asks through needs, wishes, hints and indirect
    # questions in new words; several asks of different kinds, some yes, some no, some not answered; what is merely
    # mentioned (history, another partner's gift, our own money, an offer, a colleague's ask of another partner);
    # goods named by brand, category or loosely; time and advice said many ways; answers in passing, hedged,
    # deferred, referred, refused and partial; asks and answers inside pasted and forwarded e-mails (first run: kind
    # 100, asks 65.0, answer 83.3 %).
    ("fields-dev52.jsonl", 60, 0.97),
    # Round 17 (r17b), items and their values, roles and organisations, written blind: goods priced per piece or in
    # total in both languages, counts offered against counts asked, people counted, amounts in other currencies, titles
    # before and after names (two people with one plural title or two titles, English titles with a department), the
    # organisation in a possessive, before a title or after a dash (first run: kind 98.3, organization 91.7, contacts
    # 96.7, roles 91.7, money_total 97.7, items 94.6, asks 85.0, agreement 98.3, item_values 91.7 %, money 100 %;
    # on the labels as corrected after it, organization 95.0 and asks 88.3 %).
    ("fields-dev57.jsonl", 60, 0.97),
    # Round 17 (r17c), kind, money, publicity, follow-up times and suggestions by family, written blind (first run:
    # organization 96.7, roles 95.7, money_total 93.3, asks 88.3, agreement 90.0, item_values 75.0, followups 94.1,
    # suggested 97.1 %, the rest 98-100 %). Held to its weakest field, item values 75.0 % (3 of 4): uncounted gift cards
    # with a value ("gavekort til en værdi af 3.000 kr.") carry no item, as in dev50, for the project to settle; roles
    # (95.7, "(HR, Vestervig Mejeri)") and asks (96.7, money "for the reading tent" labelled money only where dev13 and
    # dev47 also ask other) stay where the writers disagree.
    ("fields-dev58.jsonl", 60, 0.75),
    # Round 17 (r17a), asks and answers written blind by family (first run on main: asks 73.3, agreement 93.3,
    # suggested 94.4, roles 92.6, organisation 98.3 %, the rest 100 %; eleven asks labels then corrected by the README's
    # purpose rule, asks 88.3 %): partial yeses with any verb and without a contrast, permissions granted, goods and
    # copies named in new words, people coming to read, a department or a haulier named (README, round 17).
    ("fields-dev56.jsonl", 60, 0.97),
    # Stop 27, written blind (DOMAIN.md and the README conventions only) by separate sessions, each first run on main
    # before the parser was changed for it; held to its weakest field as measured at the end of the stop
    # (tests/corpus/README.md gives the first runs).
    ("fields-dev38.jsonl", 40, 0.79),
    ("fields-dev40.jsonl", 40, 0.93),
    ("fields-dev44.jsonl", 70, 0.80),
    # Never tuned on: first run after round 9 kind 94.9, organisation 92.3, contacts 90.9, roles 82.1, other
    # currencies 90.5, asks 82.4, answer 87.8, publicity 94.7, item values 87.5, follow-ups 90.3, suggested 86.7 %.
    ("heldout7.jsonl", 160, 0.82),
    # Written blind at the start of stop 28 (DOMAIN.md, the seed and the README conventions only), first run after
    # rounds 13 (dev47-dev49) and the stop's story work: kind 95.4, organisation 91.2, contacts 96.7, roles 100, money
    # (DKK) 96.2, other currencies 100, items 94.3, asks 75.0, answer 90.6, no-publicity 82.4, publicity 75.0, item
    # values 70.0, follow-ups 97.2, suggested 86.8, mentions 100 %. Its misses were printed with that run, and round 14
    # (dev50, dev51) was pointed at the families they showed, so later figures on it are no longer independent.
    ("heldout8.jsonl", 160, 0.70),
    # Written blind at the start of stop 29, first run before round 15: kind 97.5, organisation 93.1, contacts 96.1,
    # roles 87.9, money (DKK) 92.9, items 93.0, asks 70.5, answer 89.7, publicity 89.7, item values 82.4, follow-ups
    # 94.8, suggested 93.1 %, the rest 100 %; round 15 left it as it was. Its odd lines were then opened and fixed by
    # family (round 16); its even lines stayed shut: they moved from asks 70.3 to 73.0 % and nothing else (README).
    # Held to its weakest field now (asks 84.6 %).
    ("heldout9.jsonl", 160, 0.84),
    # Written blind at the start of stop 30, first run on stop 29's parser: kind 98.8, organisation 97.5, contacts
    # 96.2, roles 100, money (DKK) 96.5, items 97.6, asks 85.0, answer 90.6, publicity 88.9, item values 93.8,
    # follow-ups 97.3, suggested 95.7 %, the rest 100 %. Never opened; after round 17 answer 91.2, follow-ups 98.6,
    # suggested 97.1 %, the rest unchanged. Held to its weakest field (asks 85.0 %).
    ("heldout10.jsonl", 160, 0.85),
]


@pytest.mark.parametrize(("name", "min_lines", "threshold"), CASES)
def test_every_field_reaches_the_threshold(name, min_lines, threshold):
    rows = load(name)
    assert len(rows) >= min_lines
    scores, misses = evaluate(rows)
    print(f"\n{name}\n{table(scores)}")
    for n, field, text, _asked in misses:
        print(f"  miss line {n} {field}: {text[:90]}")
    low = {f: ok / total for f, (ok, total) in scores.items() if ok / total < threshold}
    assert not low, f"fields below {threshold:.0%}: {low}"


def test_corpus_is_half_danish_half_english():
    from bot.understanding.text import language

    rows = load("call-logs.jsonl")
    danish = sum(language(r["input"]["text"].lower()) == "da" for r in rows)
    assert 0.4 <= danish / len(rows) <= 0.6


def test_corpus_varies_now_and_timezone():
    rows = load("call-logs.jsonl")
    assert len({r["input"]["now"] for r in rows}) >= 15
    assert len({r["input"]["tz"] for r in rows}) >= 3


@pytest.mark.parametrize(
    "name",
    [
        "fields-dev.jsonl",
        "fields-dev2.jsonl",
        "fields-dev3.jsonl",
        "fields-dev4.jsonl",
        "fields-dev5.jsonl",
        "fields-dev6.jsonl",
        "fields-dev7.jsonl",
        "fields-dev8.jsonl",
        "fields-dev9.jsonl",
        "fields-dev10.jsonl",
        "fields-dev11.jsonl",
        "fields-dev12.jsonl",
        "fields-dev13.jsonl",
        "fields-dev14.jsonl",
        "fields-dev15.jsonl",
        "fields-dev16.jsonl",
        "fields-dev17.jsonl",
        "fields-dev18.jsonl",
        "fields-dev19.jsonl",
        "fields-dev20.jsonl",
        "fields-dev21.jsonl",
        "fields-dev22.jsonl",
        "fields-dev23.jsonl",
        "fields-dev24.jsonl",
        "fields-dev25.jsonl",
        "fields-dev26.jsonl",
        "fields-dev27.jsonl",
        "fields-dev28.jsonl",
        "fields-dev29.jsonl",
        "fields-dev30.jsonl",
        "fields-dev33.jsonl",
        "fields-dev31.jsonl",
        "fields-dev35.jsonl",
        "fields-dev32.jsonl",
        "fields-dev34.jsonl",
        "fields-dev36.jsonl",
        "fields-dev37.jsonl",
        "fields-dev41.jsonl",
        "fields-dev42.jsonl",
        "fields-dev43.jsonl",
        "fields-dev39.jsonl",
        "fields-dev45.jsonl",
        "fields-dev46.jsonl",
        "fields-dev48.jsonl",
        "fields-dev49.jsonl",
        "fields-dev47.jsonl",
        "fields-dev51.jsonl",
        "fields-dev50.jsonl",
        "fields-dev53.jsonl",
        "fields-dev55.jsonl",
        "fields-dev54.jsonl",
        "fields-dev52.jsonl",
        "fields-dev57.jsonl",
        "fields-dev58.jsonl",
        "fields-dev56.jsonl",
    ],
)
def test_field_dev_sets_are_half_danish_half_english(name):
    from bot.understanding.text import language

    rows = load(name)
    danish = sum(language(r["input"]["text"].lower()) == "da" for r in rows)
    assert 0.4 <= danish / len(rows) <= 0.6
