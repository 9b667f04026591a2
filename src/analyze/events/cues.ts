// Words the event reading keys on, each list named once (closed classes are in syntax/words.ts).

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Adjectives made of participles: "alleged crimes", "suspected militants". */
export const PARTICIPLE_ADJECTIVES = set('alleged suspected proposed disputed armed occupied wanted so-called besieged');
/** Words after which a participle is a verb ("Serb forces killed three"): auxiliaries and pronouns. */
export const AUX_OR_PRONOUN = /^(?:is|are|was|were|be|been|being|has|have|had|he|she|they|it|we|who|which|that)$/;
/** What may follow a participle that takes no object: "16 citizens killed and eight missing", "kidnapped in Syria". */
export const NO_OBJECT_AFTER: ReadonlySet<string> = new Set(['', ',', '.', ';', ...set('and or in by during as when after on at since while')]);   // '': the sentence ends
export const DETERMINERS_OR_PREPS = /^(?:the|a|an|of|in|on|at|to|for|from|with|by)$/;
export const SUBORDINATE = /^(?:that|which|who|when|while|after|before|because|as|if|and|but|or|since|although|though)$/;
export const RETALIATE = /^(?:retaliate|respond|react)$/;
/** Prepositions after an event noun that name what it is aimed at or done with ("the attack on Israel", "talks with"). */
export const AIMED_PREPS = set('on against with to toward towards at upon');
/** The prepositions that introduce an event noun's participants: who acts ("by", "of"), both sides ("between"), the aim. */
export const NOMINAL_PREPS: ReadonlySet<string> = new Set([...set('by of between among'), ...AIMED_PREPS]);
/** Words that end the stretch before an event noun's preposition: another clause or phrase begins. */
export const NOMINAL_STOPS = set('in for from during after before that which who until since as because while when where but and or');
/** Prepositions that make a place of an object-side name: where ("in Moscow") or whence ("from Gaza"), not whom. */
export const WHERE_OR_WHENCE = set('in at near from outside inside across');
/** Nouns that name an act ("denounced the meeting"): what criticism aims at is whoever did it. */
const ACT_WORDS = set('meeting visit decision move attack invitation talks statement remarks policy plan action actions step trip deal agreement proposal offer call demand');
export const isActWord = (w: string) => ACT_WORDS.has(w);
