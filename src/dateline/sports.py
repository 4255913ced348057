"""Sports reports: "Arsenal's attack tore Chelsea apart", "Liverpool beat Everton 2-0" use the
words of violence for play. A match report codes no event; a riot or an attack at a match does."""
from __future__ import annotations

import re

# words that, several together, make a text a report of play (each counted once)
_PLAY_WORDS = re.compile(
    r"\b(?:Premier League|Champions League|Europa League|La Liga|Serie A|Bundesliga|Ligue 1|World Cup|Super Bowl|"
    r"NBA|NFL|NHL|MLB|FIFA|UEFA|Grand Slam|Formula One|Olympics|derby|striker|midfielder|goalkeeper|defender|"
    r"scored|goals?|equali[sz]er|kick-off|half-time|halftime|penalty|stadium|innings|wickets?|touchdown|quarterback|"
    r"play-?offs?|semi-finals?|quarter-finals?|tournament|championship|league|title race|hat-trick|fixture|"
    r"cup final|football|soccer|basketball|rugby|cricket|layup|dunk|rebounds?|assists|three-pointer|free throws?|"
    r"seconds left|UFC|MMA|knockout|bout|welterweight|lightweight|heavyweight|fight card|boxing|wrestling|tennis|golf)\b", re.I)
# a scoreline after a result ("beat Everton 2-0", "a 4-1 win", "were held 1-1")
_SCORE = re.compile(r"\b(?:beat|beating|beats|won|lost|drew|held|defeated|thrashed|edged)\b[^.]{0,40}?\b\d{1,3}-\d{1,3}\b|"
                    r"\b\d{1,3}-\d{1,3}\s+(?:win|victory|draw|defeat|loss|lead|home|away|over)\b", re.I)
# what makes a sentence in a sports report a real event: crowds, force, weapons, arrests
_REAL = re.compile(r"\b(?:police|security forces|troops|fans|supporters|hooligans|spectators|tear ?gas|arrest\w*|"
                   r"stabb\w*|riot\w*|clash\w*|gunm[ae]n|bomb\w*|explos\w*|protest\w*|demonstrat\w*|shooting|"
                   r"gunfire|hostage|abduct\w*|kidnap\w*)\b", re.I)


def is_sports_report(text: str) -> bool:
    """A result with its score and the words of play, or many words of play."""
    words = {m.group(0).lower() for m in _PLAY_WORDS.finditer(text)}
    return (bool(_SCORE.search(text)) and len(words) >= 2) or len(words) >= 5


def is_play(sentence: str) -> bool:
    """A sentence of a sports report that tells play, not a crowd, force or weapons ("clashes
    between players ... three players were sent off" is play; "at this year's Clash VI--National
    Duals": a meet's name)."""
    players = _PLAYERS.search(sentence) is not None
    return not any(not ((players or m.group(0).startswith("Clash")) and m.group(0).lower().startswith("clash"))
                   for m in _REAL.finditer(sentence))


_PLAYERS = re.compile(r"\b(?:clash\w*|scuffles?|brawl)\s+(?:between|among|involving)\s+(?:the\s+)?(?:rival\s+)?players\b|"
                      r"\bsent off\b", re.I)
