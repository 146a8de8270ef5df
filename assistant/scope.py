"""Does the corpus answer this question at all? Abstain rather than quote something unrelated.

The signals:
- the best clause's cosine similarity to the question must reach `abstain_threshold` - a
  floor for questions unlike anything in the protocols;
- how much closer the question is to its best clause (in the whole index, whichever council it
  names) than to any of a few descriptions of council business that member/officer protocols do
  not cover (planning, allowances, elections, meeting procedure, facilities, staff pay ...): a
  zero-shot "out of scope" class, since the model judges "how much is the Clerk paid" nearer to
  "the Clerk's salary and contract" than to any clause about the Clerk;
- whether the question is in the thesaurus's words about councillors and staff.

With the bundled model these and the question's own vector go to a logistic regression
(`ScopeGate`, weights in `scope_gate.json`, trained by `python -m evals.scope_gate` on the read
question sets' answerable and out-of-scope questions), which learned which subjects users ask
about that the protocols do not govern. With any other model, or without the weights, the
margin rule decides alone (`scope_margin`, `concept_scope_margin`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.concepts import triggers_in
from ingest.errors import some_names

# General council business that member/officer protocols do not govern.
OUT_OF_SCOPE_TOPICS = (
    "planning applications, planning committee and development control",
    "objecting to a neighbour's extension or a planning application",
    "planning permission or building regulations for work on my own house, an extension or a dormer",
    "dress codes, uniforms and what to wear",
    "council tax, the precept, budgets, grants and council finances",
    "councillors' allowances, expenses, mileage and payments",
    "election dates, polling stations, nomination papers and the electoral register",
    "quorum, agendas, minutes, voting and procedure at council meetings",
    "the number of councillors, committee membership and who sits on which committee",
    "remote or online meetings on Zoom or Teams",
    "booking the village hall, community centre, sports pitches and facilities",
    "allotments, cemeteries, burial grounds, parks and play areas",
    "allotment rents, fees and charges, leases and rents of council land",
    "roads, potholes, street lighting, parking, litter, waste collection and recycling",
    "the Clerk's salary, pay scale, contract, notice period, pension, holidays and sick leave",
    "pay grades and salaries of council officers and staff",
    "how to contact the council, opening hours and office address",
    "civic events, town twinning and the mayor's charity",
    "sport, football, the World Cup, celebrities, the weather and general knowledge",
    "thanks, hello, goodbye and small talk",
    "reporting dog fouling, fly-tipping, a missed bin collection or a problem in the street as a resident",
    "the dates, times and agendas of cabinet, committee and full council meetings",
    "how much the precept or council tax is going up and the annual budget",
    # (one idea: "allotments, cemeteries, burial grounds, parks and play areas" embeds far from "how
    # do i get an allotment")
    "allotment waiting lists and allotment plots",
    # (probe S, read: a pavilion's hire charge and mooring charges were answered with whatever clause
    # shared a word: a caretaker's hours, who sets the charges. A topic for school places refused
    # "can I just turn up at a primary school in my division?", and was left out.)
    "harbour moorings, berthing and mooring charges",
    "registering disclosable pecuniary interests: shares, property, land and employment on the register of interests",
)

EXAMPLE_QUESTIONS = (
    "Must the Clerk attend a party group meeting?",
    "Can a councillor give instructions to the Clerk?",
    "What should a councillor do if they are unhappy with an officer's work?",
)

_SMALL_TALK = re.compile(
    r"^(?:hi|hello|hey|hiya|thanks?|thank you|thanks a lot|cheers|ta|ok|okay|great|cool|nice|good|bye|goodbye|"
    r"good (?:morning|afternoon|evening)|how are you|who are you|what can you do|help|test|testing|yes|no|"
    r"lol|sorry|please)(?: (?:very much|so much|again|then|there|mate|all))?[\s!.?,:)]*$",
    re.I,
)
# "thanks, that's helpful", "great thank you that answers it", "ok cheers, got it": thanks and a
# few words of the kind, with nothing asked.
_THANKS = re.compile(
    r"^(?:(?:ok|okay|great|brilliant|perfect|lovely|right)[\s,!.]+)?(?:many )?(?:thanks?|thank you|cheers|ta)\b"
    r"(?:[\s,!.]+(?:very much|so much|a lot|again|mate|all|that(?:'s|s| is| was)? (?:very |really |so )?"
    r"(?:helpful|useful|great|clear|brilliant|perfect|it|everything)|that helps|that answers it|got it|"
    r"understood|perfect|great|brilliant|lovely|appreciated))*[\s!.,:)]*$",
    re.I,
)


def not_a_question(question: str) -> str | None:
    """Why this is no question for the protocols ('empty', 'small talk', 'too short'), or None."""
    text = " ".join(question.split())
    if not text:
        return "empty"
    if _SMALL_TALK.match(text) or _THANKS.match(text.replace("\u2019", "'")):
        return "small talk"
    words = re.findall(r"[A-Za-z]+", text)
    if len(words) < 2:
        return "too short"
    return None


def help_text(councils: list[str], reason: str | None = None, question: str = "") -> str:
    """A helpful reply without clauses: what the assistant covers and some example questions."""
    thanks = re.search(r"\b(?:thank|cheers|ta\b)", question, re.I)
    opener = {
        "empty": "Please type a question.",
        "small talk": "You're welcome." if thanks else "Hello.",
        "too short": "Could you ask that as a full question?",
        "follow-up": "What would you like to know about "
        + (f"{councils[0]}'s protocol" if len(councils) == 1 else "the protocols of " + " and ".join(councils[:12]))
        + "? Ask a full question.",
    }.get(reason or "", "The protocols don't cover this.")
    examples = " ".join(f"\u201c{q}\u201d" for q in EXAMPLE_QUESTIONS)
    covers = some_names(councils) if councils else "the councils in the index"
    return (
        f"{opener} I answer questions about how councillors and council staff work together, quoting the "
        f"member/officer protocols of {covers}. For example: {examples}"
    )


_PARTY = re.compile(
    r"\b(?:clerks?|officers?|staff|employees?|assistants?|part[ -]?timers?|cllrs?|councillors?|councilors?|"
    r"members?|chair\w*|mayor|lads|crew|workers|workforce|operatives|supervisors?|caretakers?|lengthsm[ae]n|"
    r"groundsm[ae]n|wardens?)\b",
    re.I,
)
# Thesaurus words as common in questions about council business the protocols do not cover
# ("the office opening hours", "how many days holiday", "the may elections", "the planning
# panel") as in questions about councillors and staff: no evidence either way.
_WEAK_TRIGGERS = frozenset(
    "hours days weeks post panel election elections job appointment appointments info information file files "
    "records papers documents paper order online ward residents division expect entitled reply respond fire "
    "fired ring phone phoning quote copy letter letters email emails press media campaign campaigning authority "
    "advance treats treated".split()
) | {"how long", "how soon", "how quickly", "how fast", "what can", "answer my", "the office"}
# ... and, when the one asking is the only party ("can i claim childcare costs for evening meetings?",
# "can i hire the hall on a saturday?"), the days and times of the free-time entry
# and complaining or criticising, which a resident does of a service as often ("can i complain about
# my council tax bill?", "am i allowed to criticise the new car park plans?")
_WEAK_FOR_ME = (
    _WEAK_TRIGGERS
    | frozenset(
        "evening evenings night saturday sunday weekend weekends hire complain complaint complaining unhappy "
        "criticise criticize criticising criticism moan moaning attack blame".split()
    )
    | {"fed up", "not happy", "problem with", "who do i go to", "who do i tell", "where do i take"}
    # ("can i lay into the government's funding cuts?", "can i socialise with residents at the pub?")
    | {
        "lay into",
        "laying into",
        "tear into",
        "tearing into",
        "rip into",
        "ripping into",
        "have a go at",
        "having a go at",
        "had a go at",
        "has a go at",
        "have a pop at",
        "having a pop at",
        "take a pop at",
        "socialise",
        "socialising",
        "socialize",
        "socializing",
        "night out",
        "nights out",
    }
)


# A question about a gift or hospitality, and a clause that deals with them: a protocol that says
# nothing of gifts (many leave them to the code of conduct) does not answer "can I keep the chocs?"
# with whatever else its clauses say.
_GIFT_ASKED = re.compile(
    r"\b(?:gifts?|presents|(?:a|any|little|small|nice|christmas|xmas|easter|birthday|leaving|wedding|retirement|farewell|"
    r"thank[- ]you)\s+present|"
    r"pressies?|chocs|chocolates|wine|whisky|gin|champagne|prosecco|hampers?|vouchers?|"
    r"gift cards?|hospitality|flowers|bouquet|free tickets|biscuits|shortbread)\b"
)
_GIFT_ACT = re.compile(
    r"\b(?:accept\w*|keep|kept|receive\w*|give|giving|gave|buy|bought|declare\w*|register\w*|hang on to|"
    r"turn (?:it |them )?down|refuse\w*|say yes)\b"
)
# ("present" is a gift only as a noun: "has the right to present reports" is no rule on gifts)
_GIFT_RULE = re.compile(
    r"\b(?:gifts?|hospitality|presents|(?:a|small)\s+present(?!\s+or\b)|benefits? in kind|inducements?|gratuit\w*)\b",
    re.I,
)


def gifts_unanswered(question: str, clause_texts: list[str]) -> bool:
    """The question is about a gift or hospitality and none of the clauses found deals with them."""
    q = question.lower()
    return bool(_GIFT_ASKED.search(q) and _GIFT_ACT.search(q)) and not any(_GIFT_RULE.search(t) for t in clause_texts)


# "can i just pop into the depot?": the one asking is a councillor or an officer (who the assistant
# is for), a party to the relationship as much as one the question names.
_FIRST_PERSON = re.compile(r"\b(?:can|could|may|must|should|am) i\b|\bis it ok(?:ay)? (?:for me|if i)\b", re.I)


def about_relations(question: str) -> bool:
    """Whether a question is in the thesaurus's words about councillors and staff: it names a
    party to the relationship ('a cllr', 'staff', 'the clerk') and uses a thesaurus word that is
    not as common in other council business ('giving me a hard time', 'interview', 'count on';
    not 'hours' or 'elections'). Either alone is weak evidence."""
    if not question:
        return False
    if _PARTY.search(question):
        weak = _WEAK_TRIGGERS
    elif _FIRST_PERSON.search(question):
        weak = _WEAK_FOR_ME
    else:
        return False
    return any(t not in weak for t in triggers_in(question))


GATE_FILE = Path(__file__).with_name("scope_gate.json")


def topics_fingerprint() -> str:
    """What the gate's weights were trained against: its features include the nearest of these topics."""
    return hashlib.sha256("\n".join(OUT_OF_SCOPE_TOPICS).encode()).hexdigest()[:16]


def scope_features(query_vector: np.ndarray, topics: np.ndarray, best: float, domain: float, about: bool) -> np.ndarray:
    """The gate's inputs: the question's vector, then the best clause's similarity (in the whole
    index for a question that names a council), the nearest out-of-scope topic's, their difference
    and whether the question is in the thesaurus's words about councillors and staff (`about_relations`)."""
    q = np.asarray(query_vector, dtype="float64").reshape(-1)
    nearest = float(np.max(topics @ q))
    top = max(best, domain)
    return np.concatenate([q, [top, nearest, top - nearest, float(about)]])


@dataclass(frozen=True)
class ScopeGate:
    """A logistic regression over `scope_features`: the probability a question is about something
    the protocols do not govern. Plain numbers in JSON, so loading it runs no code."""

    model: str
    weights: np.ndarray
    bias: float
    threshold: float
    topics: str  # `topics_fingerprint()` at training

    def probability(self, features: np.ndarray) -> float:
        z = float(features @ self.weights) + self.bias
        return float(1.0 / (1.0 + np.exp(-z)))

    def to_json(self, **about: object) -> str:
        data = {
            "model": self.model,
            "threshold": self.threshold,
            "topics": self.topics,
            "bias": self.bias,
            **about,
            "weights": [round(float(w), 7) for w in self.weights],
        }
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ScopeGate:
        data = json.loads(text)
        return cls(
            str(data["model"]),
            np.asarray(data["weights"], dtype="float64"),
            float(data["bias"]),
            float(data["threshold"]),
            str(data["topics"]),
        )


def read_gate(model: str, dim: int | None = None, path: Path = GATE_FILE) -> tuple[ScopeGate | None, str]:
    """The trained gate for this embedding model (of `dim` dimensions, when known) and what it is, or
    None and why not: another model's vectors, another list of topics, a damaged file or none leave the
    decision to the margin rule."""
    retrain = "retrain it: python -m evals.scope_gate"
    try:
        gate = ScopeGate.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, f"no usable gate file ({path.name}: {type(exc).__name__}); {retrain}"
    if gate.model != model:
        return None, f"the gate was trained for the {gate.model!r} model's vectors, not {model!r}"
    if dim is not None and gate.weights.shape != (dim + 4,):
        return None, f"the gate has {gate.weights.size} weights, not {dim + 4} for {dim}-d vectors; {retrain}"
    if gate.topics != topics_fingerprint():
        return None, f"the gate was trained against another list of out-of-scope topics; {retrain}"
    # (a damaged file - a NaN weight, a threshold of 2 - would refuse nothing, or everything)
    if not (np.isfinite(gate.weights).all() and np.isfinite(gate.bias) and 0.0 < gate.threshold < 1.0):
        return None, f"the gate file {path.name} is damaged (a weight that is not a number, or a threshold outside 0-1)"
    return gate, f"the trained gate ({path.name}, threshold {gate.threshold})"


def load_gate(model: str, dim: int, path: Path = GATE_FILE) -> ScopeGate | None:
    """The trained gate for this model, or None (see `read_gate`)."""
    return read_gate(model, dim, path)[0]


@dataclass(frozen=True)
class ScopeVerdict:
    answerable: bool
    best_similarity: float
    out_of_scope_similarity: float
    nearest_out_of_scope_topic: str
    reason: str = ""
    out_of_scope_probability: float | None = None  # the gate's, when it decided


class ScopeCheck:
    """Decides whether retrieved clauses answer a question."""

    def __init__(
        self,
        embedder,  # noqa: ANN001
        floor: float,
        margin: float,
        concept_margin: float | None = None,
        gate: ScopeGate | None = None,
    ) -> None:
        self._embedder = embedder
        self._topics: np.ndarray | None = None
        self.floor = floor
        self.margin = margin
        self.concept_margin = margin if concept_margin is None else concept_margin
        self.gate = gate

    def topic_vectors(self) -> np.ndarray:
        if self._topics is None:
            # (the ONNX embedder keeps the vectors of fixed texts on disk: `embed_fixed`)
            embed = getattr(self._embedder, "embed_fixed", self._embedder.embed)
            self._topics = embed(list(OUT_OF_SCOPE_TOPICS))
        return self._topics

    def verdict(
        self,
        query_vector: np.ndarray,
        best_similarity: float,
        domain_similarity: float = 0.0,
        question: str = "",
        by_gate: bool = True,
    ) -> ScopeVerdict:
        """`best_similarity`: the best clause among those searched (one council's, when the
        question names one); `domain_similarity`: the best in the whole index. Whether the
        question is about member/officer relations at all is judged on the whole index: one
        council's protocol words a topic less closely than the best of many, so judging a
        council-named question on that council alone refused questions its protocol answers.
        With a gate, it decides, unless `by_gate` is false (a topic to compare, a word or two unlike the
        questions it learned from) or the question is in the thesaurus's words ('giving me a hard time',
        'sit on the interview panel'): those need only `concept_margin`. Either way the best clause
        searched must reach the floor."""
        sims = self.topic_vectors() @ np.asarray(query_vector).reshape(-1)
        i = int(np.argmax(sims))
        oos, topic = float(sims[i]), OUT_OF_SCOPE_TOPICS[i]
        if best_similarity < self.floor:
            return ScopeVerdict(False, best_similarity, oos, topic, "no clause is close")
        about = about_relations(question)
        # (a question in the thesaurus's words about councillors and staff, "the chair keeps giving me a
        # hard time", is the margins' to judge: evidence the gate weighs too little; cross-validated, that
        # refuses one out-of-scope question fewer and no answerable one more)
        if self.gate is not None and by_gate and not about:
            features = scope_features(query_vector, self.topic_vectors(), best_similarity, domain_similarity, about)
            p = self.gate.probability(features)
            if p > self.gate.threshold:
                return ScopeVerdict(False, best_similarity, oos, topic, "another subject", p)
            return ScopeVerdict(True, best_similarity, oos, topic, out_of_scope_probability=p)
        margin = self.concept_margin if about else self.margin
        if max(best_similarity, domain_similarity) - oos < margin:
            return ScopeVerdict(False, best_similarity, oos, topic, "another subject")
        return ScopeVerdict(True, best_similarity, oos, topic)
