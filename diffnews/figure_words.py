"""Word tables for matching figures across documents: what kinds of thing a figure may count.

General English news vocabulary, never words from particular articles.  Used by
:mod:`diffnews.figures`.
"""

from __future__ import annotations

# Small classes of general English news vocabulary whose members count the same kind of thing.
THING_CLASSES = (
    "troop soldier serviceman servicemember force personnel fighter militiaman commando marine sailor airman "
    "trooper guard recruit militia army combatant",
    "militant insurgent rebel guerrilla fighter jihadist combatant",
    "person people resident civilian inhabitant local villager citizen individual",
    "death dead fatality casualty victim body",
    # A job cut is a worker laid off: "cut 9,000 jobs" / "axes 9,000 staff" / "9,000 posts" / "lay off 9,000 workers".
    "worker employee staff staffer job position post role layoff redundancy",
    "police policeman policemen officer cop",
    "child kid minor",
    "student pupil",
    "home house dwelling",
    "refugee migrant asylum-seeker",
    "vote ballot",
    "aircraft plane airplane airliner jet",
    "ship vessel boat",
    # Railway vehicles: British "carriage"/"coach" and American "car"/"railcar" name one thing; "car" is left out,
    # as in most news it is a motor car.  A coach is also a bus (long-distance), hence the second class.
    "carriage coach wagon railcar",
    "bus coach minibus",
    "case infection",
    "country nation",
    "company firm corporation",
)
# People named by sex, and the civilian roles a plain "people"/"women" figure may stand for
# ("hundreds of thousands of female workers" / "500,000 women").  Soldiers, police, children and
# prisoners stay apart: reports contrast them with civilians, so a match there would mislead.
GENDERED = {"woman": "female", "women": "female", "girl": "female", "female": "female", "man": "male",
             "men": "male", "boy": "male", "male": "male"}
GENERIC_PEOPLE = frozenset("person people individual adult woman women man men girl boy".split())
CIVILIAN_ROLES = frozenset(
    "person people individual adult resident civilian inhabitant citizen worker employee staffer passenger traveler "
    "traveller commuter tourist visitor pilgrim worshipper spectator patient customer shopper consumer voter member "
    "participant attendee guest protester demonstrator hostage survivor".split())
STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from into onto over under about after before since as "
    "than that this these those there here it its it's he she they we you i his her their our your my me him "
    "them us who whom whose which what when where while why how is are was were be been being has have had do "
    "does did will would could should may might can must not no nor so too very also just only now then still "
    "said says say told tell according added claimed reported more most less some any all each every other such "
    "own same one two three up down out off again once new additional further extra".split())

