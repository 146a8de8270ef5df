"""A council-governance thesaurus: the words people use in a chat ("slag off", "shouting", "my
patch", "texting her at the weekend") mapped to the concepts protocols are written in
("criticise in public", "bullying and harassment", "ward", "free time"). Built from how many
protocols phrase each topic, not from any one council's text; one concept per entry.

Used to expand a question for the lexical ranker and, as a second query, for the dense one."""

from __future__ import annotations

import re
from functools import lru_cache

from index.query import tokens
from ingest.lazy_regex import lazy_compile

OFFICERS_PROCEDURE = (
    "procedure for officers when the relationship with a councillor breaks down or becomes strained: "
    "recourse to the grievance policy, conciliation, the Monitoring Officer, raising the concern"
)
# (triggers, what protocols call it). Triggers are whole words or phrases, lower case.
# fmt: off
CONCEPTS: list[tuple[tuple[str, ...], str]] = [
    (("shout", "shouts", "shouting", "shouted", "yell", "yelling", "rude", "rudely", "rudeness", "aggressive",
      "aggression", "nasty", "abusive", "abuse", "bully", "bullying", "bullied", "harass", "harassed",
      "harassing", "harassment", "intimidate", "intimidating", "intimidated", "threaten", "threatening",
      "hard time", "offhand", "out of order", "swear", "swearing", "swore", "sworn at", "screamed", "screaming",
      "hostile", "belittle", "treats", "treated"),
     "bullying, harassment or intimidation; courtesy and respect"),
    (("sick leave record", "sick leave records", "sickness record", "sickness records", "how much sick leave",
      "personnel file", "personnel files", "hr file", "hr files", "hr records", "appraisal records",
      # (asking after one member of staff's sickness or pay: "how she's getting on with her sick leave")
      "her sick leave", "his sick leave", "their sick leave", "her sickness", "his sickness", "their sickness",
      "colleague's sickness", "colleague's pay", "colleague's salary"),
     "personal information about staff: personnel files, pay, sickness and appraisal records"),
    (("book the mayor", "invite the mayor", "mayor's diary", "mayoral diary", "mayor to open", "mayor to come",
      "chairman to open our", "civic engagement", "civic engagements"),
     "the Mayor's diary and civic engagements; invitations to the Mayor or Chairman"),
    (("hang up on", "hung up on", "put the phone down on", "end the call", "end a call"),
     "staff may end a telephone call or meeting in which they are abused"),
    (("slag", "slagging", "slagged", "badmouth", "badmouthing", "useless", "rubbish", "incompetent", "criticise",
      "criticize", "criticising", "criticism", "moan", "moaning", "attack", "blame", "undermine", "name and shame",
      # (British for criticising someone to their face or behind their back)
      "have a go at", "having a go at", "had a go at", "has a go at", "have a pop at", "having a pop at",
      "take a pop at", "lay into", "laying into", "tear into", "tearing into", "rip into", "ripping into"),
     "criticise officers or their advice in public; undermine"),
    (("facebook", "twitter", "whatsapp", "instagram", "tiktok", "online", "social media", "blog", "tweet"),
     "social media"),
    (("bottle of wine", "wine", "bottle", "whisky", "whiskey", "gin", "champagne", "prosecco", "chocolates",
      "box of chocolates", "flowers", "bouquet", "voucher", "vouchers",
      "hamper", "freebie", "freebies", "backhander", "bung", "christmas present", "thank you present",
      "take me out for lunch", "buy me lunch", "bought me lunch", "free lunch", "free tickets", "whip-round",
      "whip round", "leaving present", "leaving gift", "cuppa", "tea and biscuits", "a biscuit", "buy her a drink",
      "buy him a drink", "buy them a drink", "buy her a meal", "buy him a meal", "buy them a meal", "out for a meal",
      "out for a drink", "out for dinner", "xmas present", "xmas presents", "christmas presents", "birthday present",
      "a present", "gift", "gifts", "hospitality", "chocs",
      # (the promotional freebies suppliers leave; not "pens for the office" or "a calendar month")
      "biro", "biros", "keyring", "keyrings", "their logo", "goody bag", "promotional items", "promotional gifts",
      "branded pens", "branded mug", "branded mugs", "free pens", "free calendar", "free mug"),
     "gifts and hospitality; refreshments; a collection"),
    (("paper", "rag", "newspaper", "reporter", "journalist", "journalists", "press", "radio", "tv", "television",
      "media", "quote"),
     "the media and press releases"),
    (("evening", "evenings", "weekend", "weekends", "sunday", "saturday", "night", "late at night",
      "out of hours", "after hours", "on holiday", "home number", "own mobile", "personal mobile",
      "private number", "texting", "text her", "text him", "ring", "ringing", "phone", "phoning", "hours"),
     "respecting officers' free time and private life: contacting them at home, outside working hours, in the "
     "evenings or at weekends"),
    (("lean on", "leaning on", "push", "pushing", "pressure", "pressurise", "force", "forced", "twist",
      "persuade", "change my recommendation", "change the recommendation", "change what they recommend",
      "change his advice", "change her advice", "influence"),
     "undue pressure on officers to change their advice or recommendations"),
    # ("job" alone is as often a task - "give the groundsman jobs to do" - as a post)
    (("interview", "interviews", "interviewing", "panel", "hire", "hiring", "applying", "applied", "for a job",
      "for the job", "job application", "job applicant", "job applicants", "job interview", "new job",
      "appoint", "appointment", "appointments", "recruit", "recruiting", "recruitment", "shortlist", "vacancy",
      "judging", "candidates", "best person"),
     "appointment and recruitment of staff on merit"),
    (("mate", "mates", "friend", "friends", "pal", "pals", "relative", "relatives", "family", "partner",
      "dating", "related to", "closeness", "wife", "husband", "son", "daughter", "brother", "sister", "cousin",
      "nephew", "niece", "in law", "in-law", "brother-in-law", "sister-in-law", "mum", "dad", "girlfriend",
      "boyfriend", "in a relationship with", "dating one of", "romantically", "an affair",
      # (socialising: "go for a pint with the clerk after meetings")
      "for a pint", "a pint with", "pints with", "socialise", "socialising", "socialize", "socializing",
      "night out", "nights out", "out socially", "round for dinner", "over for dinner"),
     "close personal relationships and familiarity between councillors and officers"),
    (("rummage", "nosy", "file", "files", "records", "papers", "documents", "paperwork", "see the",
      "look at", "confidential", "secret", "info", "information", "foi", "freedom of information"),
     "access to information and documents; need to know; confidentiality"),
    (("email", "emails", "emailing", "letter", "letters", "post", "copy", "copied", "copying", "cc",
      "bcc", "blind copy", "correspondence"),
     "correspondence between councillors and officers, and copies"),
    (("who do i go to", "who do i tell", "where do i take", "where does", "who can he go to",
      "who can she go to", "complain", "complaint", "complaining", "fed up", "not happy", "unhappy",
      "problem with", "grievance", "report him", "report her"),
     "complaints and concerns: who to raise them with"),
    # (someone treated badly asking what to do: in a protocol that is the procedure for officers, whose
    # clauses name recourse, not the bad behaviour - "the relationship may break down or become strained
    # ... officers have recourse to the grievance policy")
    (("rude to me", "shouted at me", "shouting at me", "shouts at me", "yelled at me", "yelling at me",
      "swore at me", "swearing at me", "sworn at me", "screamed at me", "screaming at me", "bullying me",
      "bullied me", "bullies me", "harassing me", "harassed me", "picking on me", "picked on me",
      "having a go at me", "had a go at me", "has a go at me", "abusive to me", "aggressive to me",
      "nasty to me", "threatened me", "threatening me", "intimidating me", "belittled me", "belittling me"),
     OFFICERS_PROCEDURE),
    (("get the clerk to", "get the deputy", "ask the deputy", "tell staff", "tell the clerk to", "order",
      "tell an officer to", "tell the officer to", "tell officers to", "tell the staff to", "instruct",
      "contractor", "firm", "supplier", "job for me", "do a job", "without going through", "clerk directly",
      "officer directly", "officers directly", "staff directly", "them directly", "her directly", "him directly",
      "go direct to", "straight to the deputy", "straight to the assistant", "straight to the groundsman",
      "straight to staff", "bypass the clerk", "go round the clerk", "over the clerk's head"),
     "instructions to staff: individual councillors cannot direct officers"),
    (("patch", "ward", "my area", "my village", "constituents", "residents", "locality", "division"),
     "ward councillors and local issues"),
    (("campaign", "campaigning", "election", "elections", "re-election", "leaflet", "leaflets", "canvass",
      "canvassing", "manifesto", "labour", "tory", "tories", "conservative", "conservatives", "lib dem",
      "lib dems", "liberal democrat", "green party", "independents"),
     "party political activity and elections; political neutrality of officers"),
    (("for my party", "for our party", "for the party", "party leaflet", "party leaflets", "party newsletter",
      "party newsletters", "party work", "party stuff", "my party's", "our party's", "campaign leaflet",
      "campaign leaflets", "election leaflet", "election leaflets", "help me campaign", "help with my campaign",
      "help my campaign", "for my campaign", "for my re-election", "my election campaign"),
     "asking officers to undertake work of a party-political nature, or that supports or benefits a political "
     "party"),
    (("non-councillors", "non councillors", "not councillors", "aren't councillors", "arent councillors",
      "isn't a councillor", "isnt a councillor", "non-members", "not members", "party members who",
      "party activists", "activists", "our agent", "the agent", "party agent"),
     "party group meetings that include persons who are not members of the council"),
    (("briefing", "brief us", "brief our", "briefed", "privately"),
     "officer briefings for political groups"),
    (("count on", "entitled", "expect", "can expect", "what can"),
     "what councillors and officers can expect from each other"),
    (("how long", "come back", "get back", "reply", "respond", "answer my", "ignored", "weeks", "days",
      "how quickly", "how soon", "how fast", "promptly", "response time", "turnaround", "hear back"),
     "response times to councillors' enquiries"),
    (("illegal", "isn't legal", "not legal", "unlawful", "against the law", "against the rules"),
     "unlawful or improper requests; refuse"),
    # ("can I say no to a councillor?": "entitled to decline such requests", "should politely decline")
    # (verbs only with what follows them: not "when is the refuse collected?", "a decline in volunteers")
    (("say no", "said no", "saying no", "turn down", "turned down", "turn it down", "turn them down", "push back",
      "refuse to", "refuse a", "refuse my", "refuse his", "refuse her", "refuse their", "refuse the", "refused",
      "refusing", "decline to", "decline a", "decline my", "decline his", "decline her", "decline their",
      "decline the", "declined", "declining"),
     "officers declining or refusing councillors' requests; entitled to decline"),
    (("warning", "discipline", "disciplinary", "sack", "sacked", "fire", "fired", "dismiss", "dismissal",
      "penalised", "punished", "victimised"),
     "disciplinary matters and the employer's role"),
    (("pop into", "drop in", "drop into", "turn up", "the office", "visit the office", "without prior arrangement",
      "by prior arrangement"),
     "visits to the council office"),
    (("stand behind", "protect", "support me", "back me up", "look after", "duty of care"),
     "support for officers; the council as employer"),
    (("outside advice", "independent advice", "monitoring officer", "standards"),
     "the monitoring officer and standards"),
    (("bust up", "bust-up", "row", "rows", "argument", "arguments", "fall out", "fell out", "falling out",
      "fallen out", "disagree", "disagreed", "disagreement", "disagreements", "clash", "clashed", "spat",
      "thrash it out", "have it out", "dispute"),
     "disagreements between councillors and officers resolved in private, not in public"),
    (("keep me posted", "keep me informed", "in the loop", "kept informed", "keep us posted", "heads up",
      "what's happening", "whats happening", "told about", "let me know"),
     "keeping ward councillors informed of matters affecting their ward"),
    # (an induction question: "what is the role of the clerk?"; not the clerk's job or duties, which are
    # as often her contract: "is the clerk's job full time?")
    (("role of the clerk", "role of clerks", "role of the town clerk", "role of the parish clerk", "role of officers",
      "role of the officers", "role of an officer", "role of staff", "role of councillors", "role of a councillor",
      "role of members", "roles of councillors", "roles of members", "roles of officers", "respective roles",
      "clerk's role", "officer's role", "officers' role", "councillor's role", "councillors' role", "member's role",
      "members' role", "what does the clerk do", "what do officers do", "what does an officer do",
      "what do councillors do", "what does a councillor do"),
     "the roles of councillors and officers: councillors set policy and represent, officers advise and implement"),
    (("answerable", "accountable", "responsible to", "report to", "reports to", "who's the boss",
      "who is the boss", "work for"),
     "to whom councillors and officers are accountable: the council as a whole, the electorate"),
    (("line manager", "line managers", "line manage", "line manages", "line-manage", "line-manages",
      "line management", "who do i report to", "who does she report to", "who does he report to",
      "who manages me", "who manages the staff", "in charge of the staff",
      "in charge of staff", "head of staff", "head of the staff", "take instructions from", "take my instructions"),
     "line management of staff: the Clerk or Proper Officer as head of paid service; officers work to the "
     "instructions of their senior officers"),
    (("get ahead", "personally", "personal gain", "career", "promotion", "advance", "favours", "favour", "perks"),
     "officers using their relationship with councillors to advance personal interests"),
    (("part timer", "part-timer", "junior", "negotiate", "negotiating", "sign off", "beyond their",
      "above their pay grade", "exceed", "authority", "above her level", "above his level", "above their level",
      "above her pay grade", "above his pay grade", "beyond her", "beyond his", "above her remit",
      "above his remit", "outside her remit", "outside his remit", "out of her depth", "out of his depth"),
     "staff asked to act beyond their level of authority"),
    (("flyers", "flyer", "poster", "posters", "run off", "printing", "print", "photocopy", "photocopying",
      "photocopier", "stationery", "council laptop", "council phone", "franking"),
     "use of council resources and facilities for private or party political purposes"),
    (("rota", "rotas", "organise the office", "run the office", "running the office", "manage the staff",
      "managing the staff", "day to day", "day-to-day", "week to week", "micromanage", "micromanaging", "swamped",
      "step in", "stepping in", "take over"),
     "councillors do not involve themselves in the day-to-day management of staff and the office"),
    (("pull together", "dig out", "compile", "research", "big job", "lots of work", "a lot of work", "every single",
      "last ten years", "last 10 years", "spreadsheet", "workload", "too much work", "time consuming",
      "time-consuming"),
     "requests that take a substantial amount of officer time; the council decides whether the work is done"),
    (("site", "sites", "depot", "land", "premises", "look round", "look around", "wander", "walk round",
      "walk around", "inspect"),
     "councillors' access to council land, premises and sites"),
    (("pay worries", "my pay", "my salary", "my contract", "my hours", "personal problems", "personal issues",
      "personal matters", "at the pub", "off the record", "gossip", "confide", "my problems", "my own problems",
      "problems with my manager", "problems with my boss", "issues with my manager", "issues with my boss",
      "moan about my manager", "moan about my boss", "complain about my manager", "complain about my boss"),
     "officers and councillors not raising personal or employment matters with each other outside procedures"),
    (("every other councillor", "all the councillors", "all councillors", "other councillors", "everyone else",
      "the rest of the council", "share it with", "shared with", "circulate", "circulated"),
     "information given to one councillor made available to all councillors"),
]
# fmt: on


# "without an appointment", "by appointment", "an appointment with the clerk", "make an appointment to
# see her": a time booked to see someone, not the appointment of staff ("his appointment as clerk",
# "make an appointment of a relative", "an appointment panel").
_BOOKED = (
    (lazy_compile(r"\bwithout (?:an? |any |prior )?appointments?\b"), "without prior arrangement"),
    (lazy_compile(r"\bby appointment\b"), "by prior arrangement"),
    (lazy_compile(r"\b(?:an |my |your |the |her |his )?appointments? (?=with\b|to see\b)"), "prior arrangement "),
    (
        lazy_compile(
            r"\b(book|booked|booking|make|made|making|get|got|need|needs|have|has) (?:an? )?appointment\b(?! of\b)"
        ),
        r"\1 prior arrangement",
    ),
)


def booked_time_said_plainly(text: str) -> str:
    """The lower-cased text with an appointment to see someone said as "prior arrangement", so
    that neither the thesaurus nor the glossary reads it as recruitment."""
    for pattern, plain in _BOOKED:
        text = pattern.sub(plain, text)
    return text


@lru_cache(maxsize=1)
def patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for triggers, concept in CONCEPTS:
        alternatives = "|".join(re.escape(t) for t in sorted(triggers, key=len, reverse=True))
        out.append((re.compile(rf"\b(?:{alternatives})\b"), concept))
    return out


def _as_read(question: str) -> str:
    """The question as the thesaurus reads it: lower case, plain apostrophes, a booked time said plainly."""
    return booked_time_said_plainly(question.lower().replace("\u2019", "'"))


# A concept that does not hold when the question says otherwise: "a member of staff is rude to me" is
# asked by a councillor, for whom the procedure for officers is the wrong way round.
_UNLESS = {
    OFFICERS_PROCEDURE: re.compile(
        r"\b(?:officers?|clerks?|staff|employees?|receptionists?|caretakers?)\b"
        r"(?:(?!\b(?:councillors?|cllrs?|members?|chair\w*|mayor)\b)[^.?!,;])*?"
        r"\b(?:rude|shout\w*|yell\w*|swore|swearing|sworn|scream\w*|bull\w*|harass\w*|picking|picked|"
        r"having a go|had a go|has a go|abusive|aggressive|nasty|threaten\w*|intimidat\w*|belittl\w*)\b"
        r"[^.?!,;]*\bme\b"
        # (or by one who says they are a councillor: "i'm a councillor and the chair keeps picking on me")
        r"|\b(?:i'm|i am|im|as) (?:a |an |the )?(?:councillor|cllr|member)\b|\b(?:councillor|cllr) here\b"
    ),
}


def _set_aside(concept: str, question: str) -> bool:
    """The question (as read) says the concept does not hold for it (`_UNLESS`)."""
    unless = _UNLESS.get(concept)
    return bool(unless and unless.search(question))


def triggers_in(question: str) -> list[str]:
    """The thesaurus words a question uses ('hard time', 'interview', 'count on')."""
    q = _as_read(question)
    return [m[0] for pattern, concept in patterns() if not _set_aside(concept, q) for m in pattern.finditer(q)]


def concepts_for(question: str) -> list[str]:
    """The concepts a question touches, in thesaurus order."""
    q = _as_read(question)
    return [concept for pattern, concept in patterns() if pattern.search(q) and not _set_aside(concept, q)]


# The parties themselves, which every protocol names: no sign that it covers a topic.
_PARTIES = frozenset(
    "councillor councillors cllr cllrs member members officer officers staff employee employees clerk "
    "clerks council councils protocol protocols".split()
)


def word_stem(word: str) -> str:
    """A word by its first six letters, singular: "politics" and "political" are one, "gift" and "gifts",
    not "press" and "pressures"."""
    if len(word) >= 5 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


def topic_stems(topic: str) -> frozenset[str]:
    """The words of a topic ("social media", "whistleblowing") and of the thesaurus's names for what it
    touches (`word_stem`), without stop words and the parties every protocol names: a protocol that
    covers the topic says at least one of them (`Catalogue.mentions`)."""
    return frozenset(word_stem(w) for w in tokens(f"{topic} {' '.join(concepts_for(topic))}") if w not in _PARTIES)
