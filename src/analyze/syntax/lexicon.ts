import type { TriggerEntry } from '../../core/model.js';
// A type here is a PLOVER type (events/ontology.ts); events.test.ts checks every one is.
// Our event lexicon: which words signal which PLOVER event. Written from the PLOVER manual's category
// definitions and CAMEO's verb classes (CAMEO2PLOVER-2021.txt), in our own words and lists.
//
// A pattern is a list of words: the first (and each word in an `a|b` alternative) is a lemma, later
// words match any inflection; `~` lets up to three filler words in (determiners, adjectives, numbers:
// "lifted a night curfew"), `…` up to eight ("designated five groups affiliated with Hamas as terrorist").
// The longest pattern that matches at a word wins.

// Governs (core/model.ts) says how a verb treats the "to V" (or "that ...") clause after it:
//   request      "urged Russia to expel": a REQUEST; the inner act is its content, not an event
//   intent       "offered to hand over": AGREE (THREATEN when the inner act is conflict)
//   threat       "threatened to ban": THREATEN
//   refuse       "declined to designate": REJECT; the inner act is kept, negated
//   transparent  "attempted to assassinate", "continued to send": the inner act is the event
//   hedge        "is expected to visit", "may have to commit": the inner act, hedged
//   prepare      "prepared to resume shelling": MOBILIZE for conflict, else a hedge
export type { Governs } from '../../core/model.js';
export type LexEntry = TriggerEntry;

const entries = (type: string | undefined, patterns: string, extra: Omit<LexEntry, 'pattern' | 'type'> = {}): LexEntry[] =>
  patterns.split(';').map((p) => p.trim()).filter(Boolean).map((pattern) => ({ pattern, ...(type ? { type } : {}), ...extra }));

const CONFLICT_OBJECTS = 'attack|offensive|strike|airstrike|raid|assault|war|fighting|bombing|shelling|operation|invasion|hostility|violence';
const RESTRICTIONS = 'ban|curfew|sanction|restriction|embargo|blockade|measure|emergency|siege|control|limit|law';

export const LEXICON: readonly LexEntry[] = [
  // AGREE: intentions, offers, promises; agreements reached
  ...entries('AGREE', 'agree; agree on; accept; accept ~ offer|proposal|plan|invitation|deal|agreement|ceasefire|truce; reach ~ agreement|deal|accord|compromise|settlement|consensus; strike ~ deal; seal ~ deal; invite'),
  ...entries('AGREE', 'promise; pledge; agree to', { governs: 'intent' }),
  // these say nothing without their clause: "offered to mediate", not "offering hope"
  ...entries(undefined, 'offer; vow; swear; commit; volunteer; intend; be willing; be ready; be prepared; willing; ready', { governs: 'intent' }),
  ...entries('AGREE', 'offer ~ help|aid|support|assistance|talk|negotiation|concession|compromise|deal|ceasefire|truce|compensation|asylum|mediation|protection|guarantee|amnesty|troop|peacekeeper'),
  // CONSULT: meetings, visits, talks
  ...entries('CONSULT', 'meet; meet with; consult; confer; negotiate; discuss; talk with; talk to; speak with; hold ~ talk|meeting|discussion|negotiation|consultation|summit; mediate; phone; telephone'),
  ...entries('CONSULT', 'visit; host; tour; travel to; fly to; arrive in; arrive at; embark on ~ mission|visit|trip|tour; receive ~ delegation|visitor|counterpart|minister|president|envoy', { mode: 'visit' }),
  ...entries('CONSULT', 'meeting; talk; negotiation; summit; consultation; discussion; mediation; dialogue; dialog; conversation', { noun: true }),
  ...entries('CONSULT', 'visit; trip; mission; tour', { noun: true, mode: 'visit' }),
  // SUPPORT: praise, endorsement, verbal backing, ties, agreements signed
  ...entries('SUPPORT', 'praise; commend; laud; hail; applaud; welcome; endorse; support; defend; apologize; apologise; forgive; recognize; recognise; congratulate; thank; sign ~ agreement|treaty|accord|deal|pact|memorandum|declaration|protocol; ratify; upgrade ~ tie|relation; restore ~ tie|relation; normalize ~ tie|relation; establish ~ tie|relation; express ~ support|solidarity|condolence|sympathy; offer ~ condolence|support|sympathy; reaffirm ~ support|commitment; vouch'),
  // CONCEDE: easing restrictions, pardons, calling off actions, regret
  ...entries('CONCEDE', `concede; yield; pardon; acquit; amnesty; relent; back down; lift|ease|relax|cancel|loosen|suspend|end ~ ${RESTRICTIONS}; call off ~ strike|protest|boycott|demonstration|offensive; regret; accede; give in`),
  // COOPERATE: mutual material cooperation
  ...entries('COOPERATE', 'cooperate; collaborate; extradite; share ~ information|intelligence|expertise|data|technology; exchange ~ prisoner|information|intelligence; hold ~ exercise|drill|maneuver|manoeuvre; trade'),
  // AID: material help to the recipient
  ...entries('AID', 'approve ~ loan|aid|grant|funding|package|assistance; aid; assist; donate; rescue; fund; finance; airlift; provide|supply|deliver ~ aid|assistance|support|food|weapon|arm|fund|money|shelter|water|medicine|relief|loan|equipment|training|ammunition|fuel|supply|help|protection|asylum; send ~ aid|arm|weapon|food|medicine|supply|assistance|help|money|equipment|relief|tank|missile|ammunition|vehicle|jet|artillery; give ~ aid|grant|loan|money|assistance|asylum|refuge; grant ~ asylum|aid|loan|credit|refuge; hand over ~ aid|medicine|food|supply|equipment; evacuate ~ wounded|injured|civilian|refugee|resident|citizen'),
  // RETREAT: releases, withdrawals, ceasefires observed, access allowed, resignations
  ...entries('RETREAT', 'withdraw; retreat; pull out; pull back; release; free; repatriate; disarm; demobilize; demobilise; surrender; resign; step down; quit; hand over; return ~ territory|land|property|prisoner|hostage|body|remains; pay ~ compensation|reparation|damage; declare ~ ceasefire|truce; observe ~ ceasefire|truce; allow|grant|permit ~ access|entry; open ~ border|crossing; reopen|re-open ~ border|crossing|embassy|consulate; receive ~ observer|inspector|monitor|peacekeeper|mission; evacuate ~ settlement|base|post|territory|troop|position; lift ~ siege|blockade'),
  ...entries('RETREAT', 'withdrawal; release; pullout; resignation; retreat', { noun: true }),
  // REQUEST: requests, demands, appeals, orders
  ...entries('REQUEST', 'urge; ask; request; demand; call ~ on; call upon; appeal; appeal to; press; plead; implore; beg; order; instruct; direct; petition; insist; tell ~ to; call for; lobby; encourage', { governs: 'request' }),
  ...entries(undefined, 'seek', { governs: 'request' }),
  ...entries('REQUEST', 'seek ~ aid|help|assistance|support|asylum|refuge|release|ceasefire|truce|talk|meeting|clarification|extradition|compensation|apology|explanation|protection|permission|investigation|withdrawal|resignation|removal|return'),
  ...entries('REQUEST', 'demand; appeal; request', { noun: true }),
  // ACCUSE: disapproval, accusations, complaints, lawsuits, investigations
  ...entries('ACCUSE', 'accuse; condemn; denounce; criticize; criticise; blame; charge; allege; decry; deplore; slam; blast; rebuke; censure; reproach; complain; lambast; chastise; assail; fault; castigate; disapprove; object; lodge ~ protest|complaint; file ~ complaint|lawsuit|suit|charge; summon ~ ambassador|envoy|diplomat|charge; brand; label; sue; indict; prosecute', { mode: 'disapprove' }),
  ...entries('ACCUSE', 'investigate; probe; inquire; examine; inspect; audit; open ~ investigation|inquiry|probe|case; launch ~ investigation|inquiry|probe; complete ~ investigation|inquiry|probe; conduct ~ investigation|inquiry|probe; dispatch|send ~ inspector|investigator|monitor', { mode: 'investigate' }),
  ...entries('ACCUSE', 'condemnation; accusation; criticism; complaint; investigation; probe; inquiry', { noun: true }),
  // REJECT: rejections, refusals, defiance
  ...entries('REJECT', 'deny ~ involvement|responsibility|accusation|allegation|charge|claim|report|request|permission|access|entry|visa; reject; dismiss; rebuff; veto; renege; spurn; repudiate; disavow; defy; oppose; resist; turn down; walk out; bar ~ entry; deny ~ entry|access|admission|visa; refuse ~ entry|access|admission|admittance; violate ~ ban|law|order|rule|agreement|accord; break ~ promise|pledge; cancel ~ meeting|visit|talk|summit; call off ~ meeting|visit|talk|summit'),
  ...entries('REJECT', 'refuse; decline; rule out', { governs: 'refuse' }),
  ...entries(undefined, 'fail', { governs: 'refuse' }),
  // THREATEN
  ...entries('THREATEN', 'threaten; issue ~ ultimatum|threat|warning; give ~ ultimatum; vow to fight', { governs: 'threat' }),
  ...entries('THREATEN', 'threat; ultimatum', { noun: true }),
  // PROTEST: demonstrations and other collective dissent
  ...entries('PROTEST', 'protest; demonstrate|rally|march against|in|outside|near|at|for|through|on|to; picket; riot; walk off ~ job|work; boycott; go on ~ strike; go on hunger strike; stage ~ protest|demonstration|rally|strike|sit-in|march|walkout; hold ~ protest|demonstration|rally|vigil|march; block ~ road|street|highway|access|entrance|traffic; barricade; shun ~ work; take to ~ street; collect ~ signature; throw ~ stone|rock; converge'),
  ...entries('PROTEST', 'protest; demonstration; rally; riot; strike; boycott; sit-in; walkout', { noun: true }),
  // SANCTION: reducing relations
  ...entries('SANCTION', `sanction; impose ~ sanction|embargo|boycott; suspend|freeze|halt|cut|stop|reduce|withhold ~ aid|tie|relation|link|cooperation|assistance|contact|talk|negotiation|program|programme|funding|delivery|flight; sever ~ tie|relation; break off ~ tie|relation|talk|negotiation; downgrade ~ tie|relation; recall ~ ambassador|envoy; withdraw ~ inspector|observer|monitor|diplomat|peacekeeper|peacekeeping|ambassador|envoy|aid|worker|staff|mission|support; expel ~ diplomat|ambassador|envoy|observer|inspector|monitor|peacekeeper|journalist|attache; expel; close ~ embassy|consulate; force ~ out; ship out`, { mode: undefined }),
  ...entries('SANCTION', 'sanction; embargo; suspension; expulsion', { noun: true }),
  ...entries('SANCTION', 'convict; find ~ guilty', { mode: 'convict' }),
  // MOBILIZE: military or police moves short of force
  ...entries('MOBILIZE', 'mobilize; mobilise; deploy; mass ~ troop|force; put ~ on alert; place ~ on alert; reinforce; station ~ troop|force|missile; order ~ patrol|reinforcement|deployment|mobilization|mobilisation; send ~ troop|force|reinforcement|soldier|warship; move ~ troop|force; test-fire; build up; commit ~ troop|force|soldier|forces'),
  // COERCE: repression and coercion short of violence
  ...entries('COERCE', 'arrest; detain; jail; imprison; sentence ~ to; round up; apprehend; kidnap; abduct; hold ~ hostage|captive; hold … as ~ shield|hostage', { mode: 'arrest' }),
  ...entries('COERCE', `seize; blockade; confiscate; raid; occupy; demolish; bulldoze; blow up; impose ~ curfew|restriction|ban|blockade|state|martial|lockdown|limit|control; declare ~ emergency|martial|curfew|lockdown; ban; outlaw; censor; shut down; close ~ newspaper|station|office|border|crossing; deport; crack down; prevent; hack; hack into; suspend ~ publication|broadcast|newspaper; designate … as ~ terrorist|terror; blacklist; besiege`),
  ...entries('COERCE', 'arrest; detention; crackdown; curfew; raid', { noun: true }),
  // ASSAULT: force that can do substantial harm
  ...entries('ASSAULT', `attack; assault; kill; bomb; shell; shoot; shoot down; fire on; fire at; open fire; strike; invade; ambush; massacre; assassinate; murder; behead; execute; torture; beat; beat up; wound; injure; hijack; capture; clash; fight; battle; bombard; storm; raze; destroy; burn; stab; rape; launch ~ ${CONFLICT_OBJECTS}; fire ~ rocket|missile|shell|mortar|shot|bullet|round|gas|artillery|grenade|projectile|salvo|volley; carry out ~ ${CONFLICT_OBJECTS}; violate ~ ceasefire|truce; engage in ~ cleansing|fighting|combat; retaliate; gun down; blow up ~ bus|car|building|vehicle|checkpoint; blow himself|herself|themselves up`),
  ...entries('ASSAULT', 'attack; assault; bombing; airstrike; air strike; missile strike; drone strike; rocket strike; raid; invasion; offensive; massacre; killing; shelling; ambush; gunbattle; clash; bombardment; assassination', { noun: true }),
  // Not events, though their verb is in the lexicon: "released a statement", "in order to".
  ...entries(undefined, 'release ~ statement|report|video|document|figure|detail|information|photo|footage|result|album|film; issue ~ statement|report|decree; launch ~ website|campaign|product|appeal; free ~ trade|market|speech|press|election; open ~ session|meeting'),
  // Verbs that only shape the act after them.
  ...entries(undefined, 'try; attempt; continue; begin; start; resume; keep; manage; help; move; resort', { governs: 'transparent' }),
  ...entries(undefined, 'expect; be expected; be likely; likely; be set; be due; be scheduled; plan; be going; be about; be able; have; hope; aim; be poised; poised', { governs: 'hedge' }),
  ...entries(undefined, 'prepare', { governs: 'prepare' }),
];

/** Verbs of saying: their clause is reported speech (quotes) and their subject the speaker. */
export const SPEECH_VERBS = new Set(`say tell state declare announce add claim argue insist warn note explain report confirm deny
  acknowledge allege assert stress emphasize emphasise reiterate admit write tweet reply respond contend maintain conclude indicate
  suggest predict signal hint remark comment observe caution complain testify disclose reveal estimate affirm announce told`
  .split(/\s+/).filter(Boolean));

/** Verbs that carry an event noun: "launched an attack", "held talks", "staged a protest". */
export const LIGHT_VERBS = new Set(`launch hold stage carry conduct begin start organize organise mount lodge impose issue make pay open
  resume continue call declare announce sign reach seal strike give embark undertake go join lead host plan order
  have take end complete`.split(/\s+/).filter(Boolean));

/** Nouns naming events that are not themselves actors or places (a target search steps over them). */
export const EVENT_NOUNS = new Set(`attack assault bombing airstrike strike raid invasion offensive massacre killing shelling meeting talk
  negotiation summit consultation discussion visit trip mission protest demonstration rally riot boycott arrest crackdown
  decision invitation support war conflict fighting ceasefire truce violence terrorism`.split(/\s+/).filter(Boolean));
