// Words the event reading keys on, each list named once (closed classes are in syntax/words.ts).

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Adjectives made of participles: "alleged crimes", "suspected militants". */
export const PARTICIPLE_ADJECTIVES = set('alleged suspected proposed disputed armed occupied wanted so-called besieged');
/** Words after which a participle is a verb ("Serb forces killed three"): auxiliaries and pronouns. */
export const AUX_OR_PRONOUN = /^(?:is|are|was|were|be|been|being|has|have|had|he|she|they|it|we|who|which|that)$/;
/** What may follow a participle that takes no object: "16 citizens killed and eight missing", "kidnapped in Syria". */
export const NO_OBJECT_AFTER = ['', ',', '.', 'and', 'or', 'in', 'by', 'during', 'as', 'when', 'after', 'on', 'at', 'since', 'while', ';'];
export const DETERMINERS_OR_PREPS = /^(?:the|a|an|of|in|on|at|to|for|from|with|by)$/;
export const SUBORDINATE = /^(?:that|which|who|when|while|after|before|because|as|if|and|but|or|since|although|though)$/;
export const RETALIATE = /^(?:retaliate|respond|react)$/;
/** Prepositions after an event noun that introduce its participants ("the attack on Israel", "talks between"). */
export const NOMINAL_PREPS = ['by', 'of', 'between', 'among', 'on', 'against', 'with', 'to', 'toward', 'towards', 'at', 'upon'];
/** Words that end the stretch before an event noun's preposition: another clause or phrase begins. */
export const NOMINAL_STOPS = ['in', 'for', 'from', 'during', 'after', 'before', 'that', 'which', 'who', 'until', 'since', 'as', 'because', 'while', 'when', 'where', 'but', 'and', 'or'];
/** Nouns that name an act ("denounced the meeting"): what criticism aims at is whoever did it. */
const ACT_WORDS = set('meeting visit decision move attack invitation talks statement remarks policy plan action actions step trip deal agreement proposal offer call demand');
export const isActWord = (w: string) => ACT_WORDS.has(w);
export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
