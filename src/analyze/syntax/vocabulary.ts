// Open-class word lists that describe who can act: the nouns that head an actor phrase without a
// name ("officials", "the military", "rebels"), the titles that stand before a person's name, and the
// modifiers an actor phrase may carry. Knowledge of English and of news, not of any one text.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Singular lemmas of nouns that head an actor phrase: "Russian officials", "the Israeli military". */
export const SECTOR_NOUNS = set(`official officer government authority administration ministry minister president leader spokesman
  spokeswoman spokesperson envoy ambassador diplomat delegation delegate representative negotiator mediator military army navy
  troop soldier force police policeman militia militiaman militant rebel guerrilla guerilla insurgent fighter gunman terrorist
  jihadist extremist separatist protester protestor demonstrator activist student worker farmer union party opposition parliament
  lawmaker legislator congress senate court judge prosecutor regime junta cabinet council committee commission agency company firm
  group organization organisation movement coalition alliance faction member supporter citizen civilian refugee migrant resident
  villager people doctor journalist newspaper media embassy consulate team unit squad aircraft jet helicopter warship detainee
  prisoner hostage peacekeeper observer inspector monitor teacher employee crew settler state nation country emir king queen prince
  premier chancellor governor mayor general commander chief head secretary deputy cleric imam bishop priest community tribe clan gang
  mob crowd youth youngster bulldozer warplane plane drone tank vessel ship navy airforce diaspora service intelligence network
  bloc side population nationals national staff personnel sources source ruler lobby directorate bureau department office
  legislature assembly thief robber attacker assailant suspect bandit pirate kidnapper smuggler criminal hacker sniper bomber
  raider looter rioter gunmen trafficker poacher firefighter rescuer medic paramedic nurse pilot driver miner lawyer engineer
  scientist researcher`);

/** Sector nouns too generic to stand alone as an actor (they need a modifier or a name). */
export const WEAK_SECTOR = set('people member side population state country nation head source sources office service staff network national nationals');

/** Role nouns a person is known by ("Kremlin spokesman Dmitry Peskov" is 'the spokesman'). */
export const ROLE_NOUNS = set(`spokesman spokeswoman spokesperson minister president leader envoy ambassador chief secretary official
  commander general premier chancellor governor mayor king queen prince emir judge prosecutor negotiator mediator diplomat
  representative delegate activist lawyer director chairman chairwoman head founder cleric editor analyst expert adviser advisor`);

/** Title words that stand before a name (capitalised in running text). */
export const TITLE_WORDS = set(`president prime minister deputy foreign secretary general chancellor king queen prince princess sheikh
  emir ayatollah pope senator sen rep governor gov mayor ambassador envoy spokesman spokeswoman spokesperson chief commander colonel
  col lt gen admiral sergeant mr mrs ms dr prof judge justice leader chairman director officer vice defence defense interior finance
  speaker lord lady sir saint premier marshal brigadier major captain lieutenant secretary-general vice-president former late
  acting interim outgoing incoming junior senior top international relations affairs state home economy trade health
  education energy planning investment security intelligence cabinet opposition rebel militia party army military police`);

/** Modifiers an actor phrase may carry before its head. */
export const ACTOR_MODIFIERS = set(`senior top former radical local foreign armed rebel opposition security riot defeated angry ethnic
  militant islamist islamic ruling national regional provincial federal municipal interim new outgoing incoming acting leading main
  hardline moderate independent peacekeeping aid relief tribal civilian unidentified masked suspected alleged junior chief state
  government army police military border coast naval air special elite allied hostile enemy pro-government anti-government
  fundamentalist separatist nationalist communist conservative liberal socialist democratic republican religious human rights
  jewish muslim christian catholic buddhist hindu sunni shia shiite arab kurdish western eastern northern southern central
  young elderly unnamed american-led several many some thousands hundreds dozens scores few
  striking disgruntled irate furious jubilant hungry unemployed retired veteran deputy assistant vice frontline militant
  humanitarian international intelligence diplomatic official unarmed heavily temporary ordinary`);

/** Definite descriptions that point back to the last thing of a kind: "the group" is the last organisation. */
export const ANAPHOR_KINDS: Readonly<Record<string, 'ORG' | 'LOC' | 'PER'>> = {
  group: 'ORG', organization: 'ORG', organisation: 'ORG', movement: 'ORG', party: 'ORG', company: 'ORG', agency: 'ORG',
  country: 'LOC', nation: 'LOC', state: 'LOC', kingdom: 'LOC', republic: 'LOC',
};

// Whether an act named by a noun is done ("a planned visit", "the cancelled talks"): the predicate
// finder needs these to read "planned meeting" as a noun; events/mood.ts to read the mood.
/** Modifiers that make the act not (yet, or not surely) done: "a planned visit", "the alleged meeting". */
export const UNREALISED_MODIFIERS = set(`planned proposed expected upcoming forthcoming possible potential prospective scheduled
  future anticipated mooted intended rumoured rumored alleged purported supposed postponed delayed`);
/** Modifiers and predicates that say it did not happen: "the cancelled summit", "the talks were scrapped". */
export const CALLED_OFF = set('cancelled canceled scrapped aborted');
/** Either kind: before an event noun they make a noun phrase ("a planned meeting" is no verb "meeting"). */
export const isMoodModifier = (w: string) => UNREALISED_MODIFIERS.has(w) || CALLED_OFF.has(w);
