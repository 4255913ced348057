"""Counts in news text: crowd size ("three supporters") and fatalities ("killing 12 people")."""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
_VAGUE = {"dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
          "hundreds of thousands": 200000, "several hundred": 200, "a few hundred": 200, "several thousand": 2000, "a few thousand": 2000}

# (a count is no clock time: not the 15 of "11:15 GMT"; nor ends with a comma: "On 21 May 2020, around
# 200 residents" is not a count of "2020,")
NUMBER = r"(?:(?<![\d:])\d(?:[\d,]*\d)?(?![:\d])|(?:a |one )?(?:dozen|hundred|thousand)|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: (?:hundred|thousand))?|a|an)"
PEOPLE = r"(?:people|persons|civilians|soldiers|jawans|troops|fighters|militants|members|protesters|demonstrators|men|women|children|policemen|police officers|officers|rebels|insurgents|gunmen|assailants|attackers|jihadists|bandits|militiamen|tribesmen|elements|personnel|combatants|guards|recruits|students|workers|residents|villagers|farmers|migrants|refugees|prisoners|others|\w+ (?:soldiers|fighters|members|civilians|people|officers|militants))"
ONE_PERSON = (r"(?:individual|man|woman|child|boy|girl|civilian|member|fighter|soldier|jawan|officer|person|prisoner|detainee|"
              r"commander|leader|policeman|militant|tribesman|militiaman|gunman|gendarme|guard|driver|farmer|shepherd|worker|doctor|teacher|student|journalist|"
              r"official|employee|activist|mayor|judge|cleric|imam|priest|lawyer|nurse|engineer|businessman|trader|merchant|"
              r"reporter|photographer|cameraman|editor|blogger|broadcaster|analyst|researcher|academic|professor|writer|poet|"
              r"youth|resident|villager|pilgrim|worshipper|politician|candidate|councillor|councilor|chief|kolbar|porter|"
              r"patient|passenger|pedestrian|tourist|vendor|herder|fisherman|motorist|"
              r"protester|demonstrator|marcher|rioter|striker|passer-by|bystander|"
              r"son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|grandson|granddaughter|relative)")
# (not "rescued five of the passengers, but one officer was shot dead": a count of those who lived)
_FATAL = [
    re.compile(rf"\b(?:at least |some |about |around |nearly |over |more than )?(?P<n>{NUMBER})\s+(?:(?!(?:injured|wounded|hurt),?\s+and\b)(?!(?:but|while|whereas)\b)[\w'’-]+,?\s+(?:\([A-Z][\w-]*\)\s+)?){{0,6}}?{PEOPLE}?,?\s*(?:were|was|have been|had been|are|being)?\s*(?:reported(?:ly)?\s+|confirmed\s+|found\s+)?(?:killed|dead|died|slain|shot dead|executed|assassinated|murdered|gunned down|beheaded|lynched|martyred|lost (?:their|his|her) li(?:ves|fe)|paid the (?:supreme|ultimate) (?:price|sacrifice)|sent to hell|(?:tortured|beaten|stabbed|burned|burnt|stoned) to death)\b"
               r"(?!,?\s+(?:injured|wounded|or\b))(?!\s+in (?:a |an )?(?:[\w-]+ )?(?:accident|crash|collision)s?\b)", re.I),
    # "Two suspected members of the New People's Army (NPA) were killed": a group's members, its long name
    re.compile(rf"\b(?i:at least |some |about |around |nearly |over |more than )?(?P<n>(?i:{NUMBER}))\s+(?:suspected\s+|alleged\s+)?"
               r"(?:members?|fighters?|militants?|rebels?|cadres?|commanders?)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}"
               r"(?:\([A-Z][\w-]*\)\s+)?(?:were|was|have been|had been)\s+(?:reportedly\s+)?(?:killed|shot dead|slain)\b"),
    # "Two men wanted for the murder of a lawyer were killed": the men, past what they were sought for
    re.compile(rf"\b(?:at least |some |about |nearly |more than )?(?P<n>{NUMBER})\s+(?:[\w-]+\s+)?{PEOPLE}\s+"
               r"(?:wanted|sought|accused|suspected)\s+(?:by|for|of|in)\s+[^.;,]{2,60}?\s+(?:were|have been|had been)\s+"
               r"(?:killed|shot dead|gunned down)\b", re.I),
    # "four terrorists were neutralised": a military statement's word for killed (of fighters only,
    # not "two checkpoints were eliminated")
    re.compile(rf"\b(?:at least |some |about |around |nearly |over |more than )?(?P<n>{NUMBER})\s+(?:[\w'’-]+\s+){{0,3}}?"
               r"(?:terrorists?|militants?|insurgents?|fighters?|rebels?|attackers?|assailants?|bandits?|gunmen|khwarij|"
               r"khawarij|kharjis?|jihadists?|extremists?)\s+(?:were|was|have been|had been)\s+[\"“‘']?(?:neutrali[sz]ed|eliminated)\b", re.I),
    # ("killed, injured or captured" is no death count, nor "a classmate killed in a road accident")
    re.compile(rf"\b(?:killing|killed|kills|neutrali[sz]ed|neutrali[sz]ing|shot dead|shooting dead|gunned down|lynched|lynching)[\"”’']?\s+(?:at least |some |about |around |nearly |over |more than |all )?(?P<n>{NUMBER})\b(?!\s*(?:km|kilomet|miles|%|percent))"
               r"(?!\s+(?:group|number|few|couple|lot|series|dozen)\b)", re.I),
    # "leaving 5 people dead"; not "leaving 3 police personnel injured", "after he left a mosque"
    re.compile(rf"\b(?:leaving|left)\s+(?:at least |some |about |nearly |over |more than )?(?P<n>{NUMBER})"
               r"(?=(?:\s+(?!injured\b|wounded\b|hurt\b)[\w-]+){0,3}?\s+(?:dead|killed)\b)", re.I),
    # "executed an individual", "assassinated a commander"
    # ("assassinated a regime military intelligence officer")
    # ("assassinated a former Free Syrian Army commander")
    re.compile(rf"\b(?:executed|executing|assassinated|assassinating|shot dead|shooting dead|beheaded|beheading)\s+(?:at least )?(?P<n>{NUMBER})\s+"
               rf"(?:[\w-]+\s+){{0,5}}?(?:{PEOPLE}|{ONE_PERSON})\b", re.I),
    # a body found: "a man's body was found", "the body of a civilian"
    re.compile(rf"\b(?P<n>a|an)\s+(?:[\w-]+\s+){{0,2}}?{ONE_PERSON}['’]s\s+body\b|\bthe\s+body\s+of\s+(?P<n2>a|an)\b", re.I),
    # "The bodies of six men were found dumped on a highway"
    # ("The bodies of two of the musicians": two of those the story told of)
    re.compile(rf"\bbodies\s+of\s+(?:at least |some |about |nearly |more than )?(?P<n>{NUMBER})\s+(?:of\s+the\s+[\w-]+\b|"
               rf"(?:[\w-]+\s+)?(?:{PEOPLE}|{ONE_PERSON}s)\b)", re.I),
    # "killing both", "Both men were killed": the two just told
    re.compile(r"\b(?:killed|killing|kills|shot dead|shooting dead)\s+(?P<n>both)\b(?!\s+(?:sides|parties)\b)|"
               r"\b(?P<n2>[Bb]oth)\s+(?:of them|men|women|victims|brothers|soldiers|fighters)\s+(?:were|have been|had been)\s+"
               r"(?:killed|shot dead)\b"),
    # one person named by a pronoun or a definite role: "shot and killed him", "killing the driver"
    re.compile(rf"\b(?:killed|killing|kills|shot dead|executed|executing|assassinated|murdered|beheaded)\s+"
               rf"(?P<n>him|her)\b", re.I),
    re.compile(rf"\b(?:killed|killing|kills|shot dead|executed|executing|assassinated|murdered)\s+(?P<n>the)\s+"
               rf"(?:[\w-]+\s+){{0,2}}?{ONE_PERSON}\b(?!['’]s)", re.I),
    # ("killing the two men inside": those the story counted)
    re.compile(rf"\b(?:killed|killing|kills|shot dead|executed|executing|assassinated|murdered)\s+(?:all\s+)?the\s+"
               rf"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?(?:{PEOPLE}|{ONE_PERSON}s)\b", re.I),
    # ("The mayor of Uruapan, in the western state of Michoacan, was shot dead")
    re.compile(rf"\b(?P<n>he|she|the\s+(?:[\w-]+\s+){{0,2}}?{ONE_PERSON})(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
               rf"(?:,\s+[^,;.]{{1,80}},)?\s+(?:was|had been|has been)\s+"
               rf"(?:killed|shot dead|executed|assassinated|murdered)\b|\b(?P<n2>he|she)\s+died\b", re.I),
    # "the killing of reporter Luis Ramírez", "the murder of a farmer" (not "of the protesters")
    re.compile(rf"\b(?P<n>the|a|an)\s+(?:killing|murder|assassination)\s+of\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
               rf"{ONE_PERSON}\b(?!['’]s)", re.I),
    re.compile(rf"\b(?:killings?|murders?|deaths?)\s+of\s+(?:at least |some |about |more than )?(?P<n>{NUMBER})\s+"
               rf"(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE}|{ONE_PERSON})\b(?!['’]s)", re.I),
    # "killed a family of five in their home"
    re.compile(rf"\b(?:killed|killing|kills|shot dead|shooting dead|massacred|executed)\s+(?:an entire |a whole |a )?"
               rf"family of (?P<n>{NUMBER})\b", re.I),
    # "leaving him dead", "left her killed"
    re.compile(r"\b(?:leaving|left)\s+(?P<n>him|her)\s+(?:dead|killed)\b", re.I),
    # "beat him to death", "stabbed her to death" (one person named by a pronoun)
    # ("A mob beat a man to death", "hacked two farmers to death")
    re.compile(rf"\b(?:beat|beating|stabbed|stabbing|stoned|stoning|hacked|hacking|burned|burnt|burning|clubbed|clubbing)\s+"
               rf"(?:(?P<n>him|her)|(?:at least )?(?P<n2>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE}|{ONE_PERSON})"
               # ("beat a man accused of stealing a mobile phone to death")
               rf"(?:\s+(?:accused|suspected)\s+of\s+[\w-]+(?:\s+[\w'’-]+){{0,5}}?)?)\s+to death\b|"
               # ("beat to death a man they accused of stealing")
               rf"\b(?:beat|stabbed|stoned|hacked|burned|burnt|clubbed)\s+to death\s+(?:(?P<n3>an?|one)\s+(?:[\w-]+\s+){{0,2}}?"
               rf"{ONE_PERSON}|(?:at least )?(?P<n4>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE}|{ONE_PERSON}))\b", re.I),
    # "The driver, 21-year-old Affan Kurniawan, died"
    re.compile(rf"\b(?P<n>the)\s+(?:[\w-]+\s+){{0,2}}?{ONE_PERSON},\s+[^,;.]{{1,60}},\s+(?:died|was killed|was shot dead)\b", re.I),
    # "another kolbar was killed"; "a 32-year-old protester died after being hit by a tear gas canister"
    re.compile(rf"\b(?P<n>another|one)\s+(?:[\w-]+\s+)?{ONE_PERSON}\s+(?:was|had been|has been)\s+(?:killed|shot dead)\b|"
               rf"\b(?P<n2>an?|one|another)\s+(?:[\w-]+\s+){{0,2}}?{ONE_PERSON}\s+(?:later\s+)?died\b"
               r"(?!\s+(?:of|from)\s+(?:natural|a heart|heart|an? illness|illness|disease|cancer|old age|exhaustion|heat))", re.I),
    re.compile(rf"\bdeath toll (?:\w+ ){{0,3}}?(?:to|of|at|reached|rose to)\s+(?:at least )?(?P<n>{NUMBER})\b", re.I),
    # "The death toll from Monday's suicide bombing at a mosque ... rose to 101"
    re.compile(rf"\bdeath toll\b[^.;]{{0,120}}?\b(?:rose|has risen|had risen|climbed|jumped|increased|reached)\s+(?:to\s+)?"
               rf"(?:at least )?(?P<n>{NUMBER})\b", re.I),
    re.compile(rf"\b(?P<n>{NUMBER})\s+(?:[A-Z][\w-]+\s+)?(?:deaths|fatalities|bodies|dead)\b"),
    re.compile(rf"\b(?P<n>{NUMBER})\s+(?:deaths|fatalities|bodies|dead)\b", re.I),
]
# "Two communist guerrillas and a soldier were killed": two counts of one toll
# ("48 members of the security forces and 28 gunmen were killed": 76)
_FATAL_SUM = re.compile(
    rf"\b(?:at least )?(?P<a>{NUMBER})\s+(?:[a-z-]+\s+){{0,4}}?[a-z-]+\s+and\s+(?:at least )?"
    # ("Two soldiers and three New People's Army (NPA) rebels were killed": a group's name in the second)
    rf"(?P<b>{NUMBER})\s+(?:[a-z-]+\s+|(?:[A-Z][\w'’-]*\s+){{1,4}}(?:\([A-Z]{{2,6}}\)\s+)?){{0,2}}?[a-z-]+,?\s+(?:(?:were|have been|had been)\s+"
    r"(?:killed|shot dead|slain)|lost their lives|died)\b", re.I)
# "Eight members of the District Reserve Guard (DRG) and their driver were killed": one more
_FATAL_PLUS_ONE = re.compile(
    rf"\b(?:at least )?(?P<a>{NUMBER})\s+(?:[\w'’-]+\s+(?:\([A-Z][\w-]*\)\s+)?){{1,7}}?and\s+(?:their|a|an|one|his)\s+"
    rf"(?:[\w-]+\s+)?{ONE_PERSON}\s+(?:were|have been|had been)\s+(?:killed|shot dead)\b", re.I)
_TIME_UNIT = re.compile(r"\s+(?:days?|nights?|weeks?|months?|years?|hours?|decades?)\b", re.I)
# a count of things, or of things then another verb: "300 head of cattle and killed", "300 cows were killed"
_NOT_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+)?(?:head of cattle|cattle|cows|goats|sheep|camels|livestock|animals|donkeys|"
                         r"vehicles|cars|houses|homes|shops|incidents|occasions|attacks|raids)\b", re.I)
_NO_COUNT = re.compile(r"\s+(?:unknown|undisclosed|unspecified|unconfirmed)\s+number\b", re.I)
_THEN_KILLED = re.compile(r"\band\s+(?:killed|killing)$", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being)\b", re.I)
# "gunmen killed a father and his son": one more, told actively (also "killing two officers and the driver")
_FATAL_PLUS_ONE_ACTIVE = re.compile(
    rf"\b(?:killed|killing|shot dead)\s+(?:at least )?(?P<a>{NUMBER})\s+(?:[\w'’-]+\s+){{0,3}}?and\s+(?:his|her|their|the)\s+"
    rf"(?:[\w-]+\s+)?{ONE_PERSON}\b(?!s)|"
    # ("killing a senior commander of the Kurdistan Workers' Party (PKK) and his driver")
    # (and "killed a Hezbollah field commander and another member of the group")
    rf"\b(?:killed|killing|shot dead)\s+(?P<a2>an?|one)\s+(?:[\w-]+\s+){{0,2}}?{ONE_PERSON}\s+(?:of\s+(?:[\w'’-]+\s+){{1,6}}?"
    rf"(?:\([A-Z][\w-]*\)\s+)?)?and\s+(?:his|her|another)\s+"
    rf"(?:[\w-]+\s+)?{ONE_PERSON}\b(?!s)(?!\s+(?:was|had been)\s+(?:wounded|injured|hurt))", re.I)
# "killed a senior commander of the militia and two other people"; "resulting in the killing of 5
# Houthis and 2 pro-Hadi fighters"
_FATAL_SUM_ACTIVE = re.compile(
    rf"\b(?:killed|killing(?:\s+of)?|deaths?\s+of)\s+(?:at least )?(?P<a>{NUMBER}|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+(?:\([A-Z][\w-]*\)\s+)?){{0,8}}?and\s+(?:his |her |their )?(?:at least |about |some |around |nearly |more than )?(?P<b>{NUMBER})\s+"
    rf"(?:other\s+|more\s+)?(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE}|{ONE_PERSON}s?)\b", re.I)
# "leaving six security personnel and at least 10 gunmen dead"
_FATAL_SUM_LEFT = re.compile(
    rf"\b(?:leaving|left)\s+(?:at least )?(?P<a>{NUMBER})\s+(?:(?!(?:injured|wounded|hurt),?\s+and\b)[\w'’-]+\s+){{0,4}}?and\s+(?:at least |about |some |"
    rf"around |nearly |more than )?(?P<b>{NUMBER})\s+(?:[\w'’-]+\s+){{0,4}}?dead\b", re.I)
# "6 fighters were killed by direct fire and 3 were killed by IEDs": the dead of two means, one toll (the
# first told by what killed them, in lower-case words: no place's clause)
_FATAL_SUM_MEANS = re.compile(
    rf"\b(?P<a>{NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?(?:were|had been|have been)\s+killed\s+(?:by|with|from|in)\s+(?:[a-z-]+\s+){{0,3}}?"
    rf"[a-z-]+,?\s+and\s+(?P<b>{NUMBER})\s+(?:others?\s+|more\s+)?(?:were|had been|have been)\s+killed\s+(?:by|with|from)\s")
_DOZENS_KILLED = re.compile(r"\b(?:killing|killed|kills|neutrali[sz]ed|neutrali[sz]ing|shot dead)[\"”’']?\s+[\"“‘']?(?:dozens[\"”’']?\s+of|several\s+dozen)\b|"
                            r"\bdozens\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:were|have been|had been)\s+killed\b", re.I)
_CODED_AS = re.compile(rf"\bfatalit(?:y|ies|es)\b[^.;]{{0,60}}?\bcoded as (?P<n>{NUMBER})\b", re.I)
# deaths reported without a number: ACLED's codebook codes "several"/"a number of" fatalities as 10
VAGUE_FATALITIES = 10
_VAGUE_FATAL = [
    re.compile(r"\b(?:several|many|multiple|numerous|an unknown number of|a number of|heavy)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:fatalities|deaths|dead)\b", re.I),
    re.compile(r"\b(?:killing|killed|kills)(?:\s+and\s+(?:injuring|wounding))?\s+(?:several|many|a number of|"
               r"a group of|an unknown number of|scores of|numerous)\b", re.I),
    # "an unknown number of people were killed in clashes"
    re.compile(r"\b(?:several|many|numerous|an unknown number of|a number of)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:were|have been|had been)\s+(?:killed|shot dead)\b", re.I),
    # the dead and the wounded counted together: how many died is not known
    re.compile(r"\b(?:killing|killed) and (?:injuring|wounding|injured|wounded)\s+(?:more than |at least |about |over )?\d+", re.I),
    re.compile(r"\b(?:incurr(?:ing|ed)|caus(?:ing|ed)|resulting in|resulted in|with)\s+(?:heavy\s+|several\s+)?"
               r"(?:fatalities|deaths)\b", re.I),
]
# "between 43 and 52 persons were killed": ACLED codes the lowest estimate
_RANGE = re.compile(r"\bbetween (\d[\d,]*) and \d[\d,]*\b|\b(?<![-/])(\d[\d,]*) (?:to|or) \d[\d,]*\b(?![-/])")
_NEGATED = re.compile(r"\b(?:no|not|without|neither|nor|any)\s+(?:[\w-]+\s+){0,3}$", re.I)
_NO_ONE = re.compile(r"\bno\s+one$", re.I)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_AFTER = re.compile(rf"^\s*(?:of\s+)?{_MONTH}\b", re.I)
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*$", re.I)
_SIZE = re.compile(
    rf"\b(?:about |around |some |nearly |over |more than |at least |up to |an estimated )?(?P<n>(?:several|a few) (?:hundred|thousand)|{NUMBER}|dozens|hundreds of thousands|hundreds|thousands|tens of thousands|scores)\s+(?:of\s+)?(?:[\w/'’-]+\s+){{0,2}}?(?:(?:and|or)\s+[\w/'’-]+\s+)?(?P<who>supporters|protesters|demonstrators|people|students|workers|activists|residents|women|men|farmers|teachers|nurses|doctors|lawyers|retirees|pensioners|graduates|villagers|members|mourners|marchers|youths|fans|followers|participants|traders|shopkeepers|merchants|truckers|drivers|miners|growers|depositors|employees|migrants|refugees|(?<=of )them|veterans|relatives|families|mothers|parents|"
    # ("around 200 retired military officers staged a sit-in": officers who are the crowd, not sent to it)
    r"officers(?=\s+(?:staged|held|protested|rallied|demonstrated|marched|gathered|blocked)\b)|"
    # ("Tens of thousands of Israelis rallied in Tel Aviv")
    rf"(?-i:[A-Z][a-z]+(?:ans|is|ese)|Kurds))\b",
    re.I,
)

# a crowd told by its size alone, as the subject of its act ("Tens of thousands gathered outside city hall")
_BARE_SIZE = re.compile(
    rf"\b(?:about |around |some |nearly |over |more than |at least |up to |an estimated )?(?P<n>(?:several|a few) (?:hundred|thousand)|"
    rf"{NUMBER}|dozens|hundreds of thousands|hundreds|thousands|tens of thousands|scores)"
    r"(?=\s+(?:had\s+|have\s+)?(?:gathered|rallied|marched|protested|demonstrated|took to the streets|turned out|assembled)\b)",
    re.I,
)


_ESTIMATE = re.compile(
    rf"\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|numbered)\s+(?:the|their|its)\s+"
    rf"(?:crowd|turnout|attendance|numbers?|number of (?:protesters|demonstrators|participants|marchers))\s+at\s+"
    # ("estimated the crowd at between 275,000 and 325,000": the lower figure)
    rf"(?:about |around |some |nearly |over |more than |at least |up to |between )?(?P<n>{NUMBER})\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    start: int
    end: int
    text: str
    exact: bool


def parse_number(text: str) -> tuple[int, bool] | None:
    """'three' -> (3, True); '1,200' -> (1200, True); 'hundreds' -> (200, False)."""
    t = text.lower().strip().replace(",", "")
    if t in ("a", "an", "another", "him", "her", "he", "she", "the") or t.startswith("the "):
        return 1, True
    if t == "both":
        return 2, True
    if t.isdigit():
        return int(t), True
    if t in _VAGUE:
        return _VAGUE[t], False
    total, current = 0, 0
    for word in re.split(r"[\s-]+", t):
        if word in ("a", "one") and current == 0:
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word == "and":
            continue
        else:
            return None
    value = total + current
    return (value, True) if value else None


def fatalities(text: str, *, offset: int = 0) -> Count | None:
    """The largest fatality count stated in a sentence, or None if it states none."""
    if (m := _CODED_AS.search(text)) and (parsed := parse_number(m.group("n"))):
        # "Unclear fatalities coded as 10": the coder's own figure (ACLED notes)
        return Count(parsed[0], offset + m.start(), offset + m.end(), text[m.start():m.end()], parsed[1])
    best: Count | None = None
    sides: list[tuple[Count, bool]] = []
    original, text = text, _RANGE.sub(_lowest, text)  # same length, so spans still hold
    # ('13 "terrorists" were "neutralised"': the words quoted, a space for each mark)
    text = text.translate(_DOUBLE_QUOTES)
    for pattern in _FATAL:
        for m in _overlapping(pattern, text):
            n_group = next(g for g in ("n", "n2", "n3", "n4") if g in m.re.groupindex and m.group(g) is not None)
            parsed = parse_number(m.group(n_group))
            if parsed is None or parsed[0] > 100_000 or _is_year_or_article(m.group(n_group)) and parsed[0] > 1:
                continue
            if _in_date(text, m.start(n_group), m.end(n_group)):
                continue  # "On 28 April 2020, forces killed ...": a day of the month, not a count
            if _NO_ONE.search(text[max(0, m.start(n_group) - 4):m.end(n_group)]):
                continue  # "No one was killed": none
            if _NO_COUNT.match(text, m.end(n_group)):
                continue  # "an unknown number of people were killed": no count (a vague one, below)
            if _TIME_UNIT.match(text, m.end(n_group)):
                continue  # "a day after a protester was shot dead": a time, not a count (the protester is counted on its own)
            if _NOT_PEOPLE.match(text, m.end(n_group)) or (_THEN_KILLED.search(m.group(0)) and not _PASSIVE_AUX.search(m.group(0))):
                # "stole more than 300 head of cattle and killed two herders": what was stolen; "300 cows
                # were killed": no people (but "a man was found handcuffed and killed")
                continue
            count = Count(parsed[0], offset + m.start(), offset + m.end(), original[m.start():m.end()], parsed[1])
            sides.append((count, attackers_count(text, m.start(), m.end())))
            if best is None or count.value > best.value:
                best = count
    attackers = max((c for c, a in sides if a), key=lambda c: c.value, default=None)
    # (the other side named as such: not "14 insurgents were killed, but Interfax cited the FSB as saying
    # 12 died", one toll told twice)
    others = max((c for c, a in sides if not a and attackers is not None
                  and (c.end <= attackers.start or attackers.end <= c.start)
                  and _OTHER_SIDE.match(text, c.start - offset, min(len(text), c.end - offset + 30))),
                 key=lambda c: c.value, default=None)
    if attackers is not None and others is not None and best is not None and attackers.value + others.value > best.value:
        # "killing five soldiers, the army said, adding that it had 'neutralised' about ten assailants":
        # the dead of both sides (ACLED counts them all)
        lo, hi = min(attackers.start, others.start), max(attackers.end, others.end)
        best = Count(attackers.value + others.value, lo, hi, original[lo - offset:hi - offset], attackers.exact and others.exact)
    if (m := _HIM_AND_KIN.search(text)) and (best is None or best.value < 2):
        # "killing him and his son": two
        best = Count(2, offset + m.start(), offset + m.end(), original[m.start():m.end()], True)
    if best is None and (m := _NAMED_VICTIM.search(text) or _NAMED_DEAD.search(text)):
        # "shot dead journalist Mauricio Cruz Solis": one person, named by role and name
        best = Count(1, offset + m.start(), offset + m.end(), original[m.start():m.end()], True)
    for m in [*_FATAL_PLUS_ONE.finditer(text), *_FATAL_PLUS_ONE_ACTIVE.finditer(text)]:
        group = "a" if m.group("a") is not None else "a2"
        a = parse_number(m.group(group))
        if a and not _in_date(text, m.start(group), m.end(group)) and (best is None or a[0] + 1 > best.value):
            best = Count(a[0] + 1, offset + m.start(), offset + m.end(), original[m.start():m.end()], a[1])
    for m in [*_overlapping(_FATAL_SUM, text), *_overlapping(_FATAL_SUM_ACTIVE, text), *_overlapping(_FATAL_SUM_LEFT, text),
              *_overlapping(_FATAL_SUM_MEANS, text)]:
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None and m.group("a")[-2:] in ("'s", "’s") and re.search(
                rf"\b{ONE_PERSON}\b", text[m.end("a"):m.start("b")], re.I):
            a = (1, True)  # "killed Hezbollah's top military commander and four other people"
        if a and b and not _in_date(text, m.start("a"), m.end("a")) and (best is None or a[0] + b[0] > best.value):
            best = Count(a[0] + b[0], offset + m.start(), offset + m.end(), original[m.start():m.end()], a[1] and b[1])
    if best is None and (m := _DOZENS_KILLED.search(text)):
        # "had neutralised dozens of terrorists": a dozen at least, as ACLED reads "dozens"
        return Count(12, offset + m.start(), offset + m.end(), original[m.start():m.end()], False)
    if best is None:
        for pattern in _VAGUE_FATAL:
            m = pattern.search(text)
            if m and not _NEGATED.search(text[max(0, m.start() - 40):m.start()]):
                return Count(VAGUE_FATALITIES, offset + m.start(), offset + m.end(), original[m.start():m.end()], False)
    return best


_OTHER_SIDE = re.compile(r"[^.;]*?\b(?:soldiers?|troops|police(?:men)?|officers?|personnel|gendarmes?|guards?|"
                         r"conscripts|civilians?|villagers|residents)\b")


_DOUBLE_QUOTES = str.maketrans({'"': " ", "“": " ", "”": " "})


def _lowest(m: re.Match[str]) -> str:
    """'between 43 and 52' -> 'between 43' padded to the same length."""
    group = 1 if m.group(1) is not None else 2
    return m.group(0)[:m.end(group) - m.start()].ljust(len(m.group(0)))


_NAMED_VICTIM = re.compile(rf"\b(?:killed|killing|shot dead|shooting dead|gunned down|assassinated|assassinating|murdered|"
                           rf"executed|beheaded)\s+(?:(?:local|prominent|veteran|opposition|former|retired|well-known|leading|"
                           rf"security|political|human rights|rights|civil society|[A-Z][a-z]+)\s+){{0,3}}"
                           rf"{ONE_PERSON}\s+(?:[A-Z][\w'’.-]+\s+)*[A-Z][\w'’.-]+")
# (told passively: "Hezbollah leader Sayyed Hassan Nasrallah was killed in an Israeli air strike")
_NAMED_DEAD = re.compile(r"\b(?:leader|commander|chief|head|spokesman|spokeswoman|official|journalist|activist|lawmaker|mayor|"
                         r"governor|general|minister|cleric|imam|priest|judge)\s+(?:[A-Z][\w'’.-]+\s+){1,4}"
                         r"(?:was|has been|had been)\s+(?:killed|shot dead|assassinated|gunned down)\b")
_HIM_AND_KIN = re.compile(r"\b(?:killing|killed|shot dead|shooting dead)\s+(?:him|her)\s+and\s+(?:his|her)\s+(?:son|daughter|wife|"
                          r"husband|brother|sister|father|mother|child|nephew|niece|cousin|companion|driver|bodyguard|guard)\b", re.I)


def _overlapping(pattern: re.Pattern[str], text: str):
    """Matches that may start inside an earlier match ("2020, 2 members ... were found dead")."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        group = "n" if "n" in pattern.groupindex else "a"  # (a sum: "2020, two policemen and a civilian")
        end = m.end(group) if m.group(group) is not None else m.end()
        pos = end if end > pos else pos + 1


def _in_date(text: str, start: int, end: int) -> bool:
    return bool(_DATE_AFTER.match(text[end:end + 12]) or _DATE_BEFORE.search(text[max(0, start - 12):start]))


def is_estimate(text: str) -> bool:
    """'police put the number at 22,000': a crowd's estimate, not a count of its own."""
    return _ESTIMATE.fullmatch(text) is not None


def crowd_sizes(text: str, *, offset: int = 0) -> list[Count]:
    """Every crowd count: 'three PMOI/MEK supporters' -> 3; 'hundreds of protesters' -> 200 (inexact);
    an estimate of it: 'organisers put their crowd at 180,000' -> 180000."""
    out = []
    for m in _ESTIMATE.finditer(text):
        parsed = parse_number(m.group("n"))
        if parsed is not None and parsed[0] >= 1:
            out.append(Count(parsed[0], offset + m.start(), offset + m.end(), m.group(0), parsed[1]))
    for m in [*_SIZE.finditer(text), *_BARE_SIZE.finditer(text)]:
        if _is_year_or_article(m.group("n")) or _HARMED_BEFORE.search(text[max(0, m.start() - 60):m.start()]) \
                or _HARMED_AFTER.match(text, m.end()) or _in_date(text, m.start("n"), m.end("n")) \
                or _HARMED_INSIDE.search(text, m.end("n"), m.end()):
            continue  # "killing two protesters", "12 people were arrested": victims, not the crowd; "Oct 28, 2023 - Supporters"
            # (also "at least 10 injured when supporters of two parties clashed")
        parsed = parse_number(m.group("n"))
        if parsed is not None and parsed[0] >= 1:
            out.append(Count(parsed[0], offset + m.start(), offset + m.end(), m.group(0), parsed[1]))
    return out



_HARMED = r"(?:killed|killing|kills|lynched|lynching|wounded|wounding|injured|injuring|hurt|arrested|arresting|detained|detaining|" \
          r"shot|shooting|abducted|abducting|kidnapped|kidnapping|rounded up|" \
          r"treated|hospitali[sz]ed)"  # ("four people were treated for tear gas inhalation")
# ("The bodies of seven people were found": the dead, not a crowd)
# ("to demand the release of 11 young men": whom the crowd speaks for)
_HARMED_BEFORE = re.compile(rf"\b(?:{_HARMED}(?:\s+dead)?|left|leaving|bodies\s+of|remains\s+of|(?:release|freedom|detention|"
                            rf"arrest|trial|killing|deaths?|execution|sentencing)\s+of)\s+(?:and\s+{_HARMED}\s+)?"
                            # ("detained at least 15 protesters, including two women": some of those harmed)
                            rf"(?:(?:at least |about |some |more than )?\w+\s+(?:[\w-]+\s+){{0,2}}?[\w-]+,\s+including\s+)?$", re.I)
_HARMED_INSIDE = re.compile(rf"\b{_HARMED}\b", re.I)
# "12 people were arrested", "more than 100 people injured"
# (also "more than 100 people, including 80 police officers, were injured")
_HARMED_AFTER = re.compile(rf"(?:,\s+including\s+[^,;.]{{1,50}},)?,?\s+(?:(?:were|was|have been|had been|are|being)\s+(?:\w+\s+)?)?(?:{_HARMED}|dead|died|"
                           rf"have died|had died|lost their lives)\b", re.I)


def _is_year_or_article(token: str) -> bool:
    t = token.lower().strip().rstrip(",")
    return t in ("a", "an") or (len(t) == 4 and t.isdigit() and t[:2] in ("19", "20"))


def attackers_count(text: str, start: int, end: int) -> bool:
    """The count at text[start:end] is of the attackers ("35 assailants were killed", "neutralised
    about 20 assailants"), not of those they attacked: the other side's dead, added to an event's."""
    return _ATTACKERS.search(text, start, end) is not None or _ATTACKERS_AFTER.match(text, end) is not None


# the words for those who attack, whose count is added to their victims'
ATTACKER_WORDS = r"(?:assailants|attackers|militants|insurgents|jihadists|terrorists|rebels|gunmen|bandits|raiders)"
_ATTACKERS = re.compile(rf"\b{ATTACKER_WORDS}\b", re.I)
# (the noun of the count, maybe after one adjective: not "11 soldiers were killed when jihadists attacked")
# ("killed 21 of the attackers")
_ATTACKERS_AFTER = re.compile(rf"[\"”’']?\s+(?:of\s+(?:the|their|those)\s+)?(?:(?!(?:when|as|after|by|in|while|and|who|were|was|had|have)\b)[\w-]+\s+)?"
                              rf"{ATTACKER_WORDS}\b", re.I)
